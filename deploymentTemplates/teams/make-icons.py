# Regenerates color.png (192x192, full colour) and outline.png (32x32, transparent with a white outline) with zlib only.
# Usage: python3 deploymentTemplates/teams/make-icons.py deploymentTemplates/teams   (standard library only)
import struct, zlib, sys
def png(path, w, h, pixels):  # pixels: list of rows of (r,g,b,a)
    raw = b''.join(b'\x00' + bytes(c for px in row for c in px) for row in pixels)
    def chunk(t, d): return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 6, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b'')
    open(path, 'wb').write(data)

# A newspaper glyph: a page with a headline bar, a picture block and text lines, plus a speech-bubble tail.
def glyph(x, y, s):
    """Return 'outline' | 'fill' | None for the point (x,y) in unit coords scaled to size s."""
    u, v = x / s, y / s
    # page rectangle 0.18..0.82 x 0.16..0.78, rounded-ish
    inside_page = 0.18 <= u <= 0.82 and 0.16 <= v <= 0.78
    # bubble tail: triangle below page on left
    tail = 0.30 <= u <= 0.46 and 0.78 < v <= 0.90 and (u - 0.30) <= (0.90 - v) * 1.3
    return inside_page, tail, u, v

def color_icon(s=192):
    bg = (0x1F, 0x6F, 0xB2, 255)
    white = (255, 255, 255, 255)
    ink = (0x1F, 0x6F, 0xB2, 255)
    accent = (0xF2, 0xA9, 0x00, 255)
    rows = []
    for y in range(s):
        row = []
        for x in range(s):
            inside, tail, u, v = glyph(x + 0.5, y + 0.5, s)
            px = bg
            if inside or tail:
                px = white
                if inside:
                    if 0.25 <= u <= 0.75 and 0.23 <= v <= 0.31: px = ink          # headline
                    elif 0.25 <= u <= 0.46 and 0.37 <= v <= 0.55: px = accent     # picture
                    elif 0.51 <= u <= 0.75 and any(a <= v <= a + 0.035 for a in (0.37, 0.44, 0.51)): px = ink
                    elif 0.25 <= u <= 0.75 and any(a <= v <= a + 0.035 for a in (0.60, 0.67)): px = ink
            row.append(px)
        rows.append(row)
    return rows

def outline_icon(s=32):
    white = (255, 255, 255, 255)
    clear = (0, 0, 0, 0)
    rows = []
    for y in range(s):
        row = []
        for x in range(s):
            on = (x in (5, 26) and 4 <= y <= 24) or (y in (4, 24) and 5 <= x <= 26)  # page
            on = on or (y == 8 and 9 <= x <= 22)                                        # headline
            on = on or (y in (12, 16, 20) and 9 <= x <= 22)                             # text lines
            on = on or (x == 10 and 25 <= y <= 28)                                      # bubble tail
            on = on or (25 <= y <= 28 and x == 14 - (y - 25))
            if y == 24 and 11 <= x <= 13:
                on = False                                                              # tail opening
            row.append(white if on else clear)
        rows.append(row)
    return rows

out = sys.argv[1]
png(out + '/color.png', 192, 192, color_icon())
png(out + '/outline.png', 32, 32, outline_icon())

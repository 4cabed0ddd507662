using System.Buffers.Binary;
using System.IO.Compression;

namespace NewsBot.Deployment.Tests;

/// <summary>A minimal PNG reader: the IHDR header, and RGBA pixels of 8-bit, non-interlaced images.</summary>
internal sealed class Png
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private Png(int width, int height, byte bitDepth, byte colorType, byte interlace, byte[] idat, byte[]? palette, byte[]? transparency)
    {
        Width = width;
        Height = height;
        BitDepth = bitDepth;
        ColorType = colorType;
        Interlace = interlace;
        _idat = idat;
        _palette = palette;
        _transparency = transparency;
    }

    private readonly byte[] _idat;
    private readonly byte[]? _palette;
    private readonly byte[]? _transparency;

    public int Width { get; }

    public int Height { get; }

    public byte BitDepth { get; }

    /// <summary>0 gray, 2 RGB, 3 palette, 4 gray+alpha, 6 RGBA.</summary>
    public byte ColorType { get; }

    public byte Interlace { get; }

    public bool HasAlphaChannel => ColorType is 4 or 6 || _transparency is not null;

    public static Png Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length < 33 || !bytes.AsSpan(0, 8).SequenceEqual(Signature))
        {
            throw new InvalidDataException($"{path} is not a PNG file.");
        }

        int width = 0, height = 0;
        byte bitDepth = 0, colorType = 0, interlace = 0;
        byte[]? palette = null, transparency = null;
        using var idat = new MemoryStream();
        var offset = 8;
        var first = true;
        while (offset + 12 <= bytes.Length)
        {
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (first && type != "IHDR")
            {
                throw new InvalidDataException($"{path}: the first chunk is {type}, not IHDR.");
            }

            first = false;
            switch (type)
            {
                case "IHDR":
                    width = (int)BinaryPrimitives.ReadUInt32BigEndian(data);
                    height = (int)BinaryPrimitives.ReadUInt32BigEndian(data[4..]);
                    bitDepth = data[8];
                    colorType = data[9];
                    interlace = data[12];
                    break;
                case "PLTE":
                    palette = data.ToArray();
                    break;
                case "tRNS":
                    transparency = data.ToArray();
                    break;
                case "IDAT":
                    idat.Write(data);
                    break;
            }

            offset += 12 + length;
            if (type == "IEND")
            {
                break;
            }
        }

        return new Png(width, height, bitDepth, colorType, interlace, idat.ToArray(), palette, transparency);
    }

    /// <summary>Decodes the image into RGBA rows (8-bit, non-interlaced images only).</summary>
    public (byte R, byte G, byte B, byte A)[,] ReadPixels()
    {
        if (BitDepth != 8 || Interlace != 0)
        {
            throw new NotSupportedException($"Only 8-bit non-interlaced PNGs are decoded (bit depth {BitDepth}, interlace {Interlace}).");
        }

        var channels = ColorType switch
        {
            0 => 1,
            2 => 3,
            3 => 1,
            4 => 2,
            6 => 4,
            _ => throw new InvalidDataException($"Unknown PNG color type {ColorType}."),
        };
        var stride = Width * channels;
        byte[] raw;
        using (var z = new ZLibStream(new MemoryStream(_idat), CompressionMode.Decompress))
        using (var buffer = new MemoryStream())
        {
            z.CopyTo(buffer);
            raw = buffer.ToArray();
        }

        if (raw.Length < Height * (stride + 1))
        {
            throw new InvalidDataException("PNG image data is too short.");
        }

        var previous = new byte[stride];
        var current = new byte[stride];
        var pixels = new (byte, byte, byte, byte)[Height, Width];
        for (var y = 0; y < Height; y++)
        {
            var filter = raw[y * (stride + 1)];
            Array.Copy(raw, y * (stride + 1) + 1, current, 0, stride);
            for (var i = 0; i < stride; i++)
            {
                int a = i >= channels ? current[i - channels] : 0;
                int b = previous[i];
                int c = i >= channels ? previous[i - channels] : 0;
                current[i] = filter switch
                {
                    0 => current[i],
                    1 => (byte)(current[i] + a),
                    2 => (byte)(current[i] + b),
                    3 => (byte)(current[i] + ((a + b) >> 1)),
                    4 => (byte)(current[i] + Paeth(a, b, c)),
                    _ => throw new InvalidDataException($"Unknown PNG filter {filter}."),
                };
            }

            for (var x = 0; x < Width; x++)
            {
                var p = x * channels;
                pixels[y, x] = ColorType switch
                {
                    0 => (current[p], current[p], current[p], GrayAlpha(current[p])),
                    2 => (current[p], current[p + 1], current[p + 2], 255),
                    3 => PaletteEntry(current[p]),
                    4 => (current[p], current[p], current[p], current[p + 1]),
                    _ => (current[p], current[p + 1], current[p + 2], current[p + 3]),
                };
            }

            (previous, current) = (current, previous);
        }

        return pixels;
    }

    private byte GrayAlpha(byte gray) =>
        _transparency is { Length: >= 2 } t && BinaryPrimitives.ReadUInt16BigEndian(t) == gray ? (byte)0 : (byte)255;

    private (byte, byte, byte, byte) PaletteEntry(byte index)
    {
        var palette = _palette ?? throw new InvalidDataException("Palette PNG without PLTE.");
        var alpha = _transparency is not null && index < _transparency.Length ? _transparency[index] : (byte)255;
        return (palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2], alpha);
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var pa = Math.Abs(p - a);
        var pb = Math.Abs(p - b);
        var pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

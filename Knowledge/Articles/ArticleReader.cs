using System.Text;

namespace NewsBot.Knowledge.Articles;

/// <summary>Reads one article file, refusing what is not a UTF-8 text article with a reason a person can act on.</summary>
public static class ArticleReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Article Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Parse(Path.GetFileNameWithoutExtension(path), bytes);
    }

    public static Article Parse(string id, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.IndexOf((byte)0) >= 0) throw new InvalidArticleException("it looks binary (it contains NUL bytes)");
        string text;
        try { text = StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { throw new InvalidArticleException("it is not valid UTF-8 text"); }
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidArticleException("it is empty");
        // a stray control character happens in real text; many of them mean it is not text
        int controls = StrayControls(text);
        if (controls > Math.Max(2, text.Length / 100))
            throw new InvalidArticleException("it looks binary (it contains control characters)");
        return ArticleParser.Parse(id, text);
    }

    // Control characters other than line breaks, tabs and form feeds; a loop over the characters, which Count over
    // the string as an IEnumerable<char> made an interface call per character of every article indexed
    private static int StrayControls(string text)
    {
        int controls = 0;
        foreach (char c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) controls++;
        return controls;
    }
}

namespace NewsBot.Knowledge.Articles;

public enum ParagraphKind { Headline, Subheading, Body }

/// <summary>A paragraph as a span of the article text; number 0 is the headline.</summary>
public sealed record Paragraph(int Number, int Start, int End, ParagraphKind Kind)
{
    public bool IsHeading => Kind != ParagraphKind.Body;
}

/// <summary>An article as read from disk: its id (file name), its exact text and its paragraphs.</summary>
public sealed record Article(string Id, string Text, IReadOnlyList<Paragraph> Paragraphs)
{
    public string Headline => TextOf(Paragraphs[0]);

    public string TextOf(Paragraph paragraph) => Text[paragraph.Start..paragraph.End];

    public Paragraph ParagraphAt(int offset)
    {
        foreach (var paragraph in Paragraphs)
            if (offset < paragraph.End) return paragraph;
        return Paragraphs[^1];
    }
}

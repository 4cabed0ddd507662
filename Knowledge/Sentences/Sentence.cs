namespace NewsBot.Knowledge.Sentences;

/// <summary>A sentence as a span of its article's text, with the paragraph it stands in.</summary>
public sealed record Sentence(int Index, int Paragraph, int Start, int End, string Text);

using NewsBot.Knowledge.Sentences;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Sentences;

public sealed class SentenceSplitterTests
{
    private static List<string> Split(string body) =>
        SentenceSplitter.Split(TestArticles.Parse("Headline\n" + body)).Where(s => s.Paragraph > 0).Select(s => s.Text).ToList();

    [Theory]
    [InlineData("Mr. Smith met Gen. Jones in the U.S. capital at 9 a.m. on Jan. 5 to talk.")]
    [InlineData("Sen. Elizabeth Warren and John F. Kennedy Jr. were named.")]
    [InlineData("Growth was 3.5 percent, or 1,000 jobs, in the period.")]
    [InlineData("\"Why now?\" she asked reporters.")]
    [InlineData("\"Stop!\" he shouted at the crowd.")]
    [InlineData("The suit, Marlow v. Harbor Board, began in 2019 over a pier lease.")]
    [InlineData("Rep. Tova Lind, D-St. Cloud, voted against the pier bill on Monday.")]
    public void AbbreviationsInitialsNumbersAndInnerMarksDoNotEndASentence(string sentence) =>
        Assert.Equal([sentence], Split(sentence));

    [Fact]
    public void AStatesAbbreviationAfterAPartysHyphenMayStillEndASentence() =>
        Assert.Equal(["The bill passed, said Sen. Jo Marsh, R-Fla.", "The vote was close."], Split("The bill passed, said Sen. Jo Marsh, R-Fla. The vote was close."));

    [Fact]
    public void AQuoteThatEndsASentenceEndsItWithItsClosingMark()
    {
        var sentences = Split("\"We're ready,\" Psaki said. \"It is late.\" Then she left.");
        Assert.Equal(["\"We're ready,\" Psaki said.", "\"It is late.\"", "Then she left."], sentences);
    }

    [Fact]
    public void AnAttributionAfterAQuotedQuestionStaysInItsSentence()
    {
        Assert.Equal(["\u201cWhy isn\u2019t this proof?\u201d Reed demanded.", "The hearing went on."],
            Split("\u201cWhy isn\u2019t this proof?\u201d Reed demanded. The hearing went on."));
        Assert.Equal(["\"Is it over?\"", "The answer came later."], Split("\"Is it over?\" The answer came later."));
    }

    [Fact]
    public void AnEllipsisBeforeACapitalEndsASentenceButNotBeforeLowercase()
    {
        Assert.Equal(["He paused... then went on.", "We waited..."], Split("He paused... then went on. We waited..."));
        Assert.Equal(["We waited...", "Nothing came."], Split("We waited... Nothing came."));
    }

    [Fact]
    public void ADottedAcronymBeforeASentenceOpenerEndsTheSentence() =>
        Assert.Equal(["He flew to the U.S.", "The trip was short."], Split("He flew to the U.S. The trip was short."));

    [Fact]
    public void ASignatureAtTheEndOfALineEndsTheSignedQuotesSentence()
    {
        // a paragraph of several lines (the article's paragraphs are separated by blank lines)
        var sentences = Split("Readers wrote in.\n\n\u201cWe are tired. Nobody listens.\u201d \u2015 Marta Quill\n\u201cBuild a bridge instead.\u201d\u2015 Dario J. Fenn.\n\u201cVote.\u201d - Ines Ola");
        Assert.Equal(["Readers wrote in.", "\u201cWe are tired.", "Nobody listens.\u201d \u2015 Marta Quill", "\u201cBuild a bridge instead.\u201d\u2015 Dario J. Fenn.",
            "\u201cVote.\u201d - Ines Ola"], sentences);
    }

    [Fact]
    public void ASignatureAfterANoBreakSpaceEndsItsLineToo() =>
        Assert.Equal(["Intro.", "\u201cWe are tired.\u201d \u2015\u00a0Marta Quill", "\u201cVote.\u201d\u00a0\u2015 Ines Ola"],
            Split("Intro.\n\n\u201cWe are tired.\u201d \u2015\u00a0Marta Quill\n\u201cVote.\u201d\u00a0\u2015 Ines Ola"));

    [Fact]
    public void ALineBreakWithoutASignatureDoesNotEndASentence() =>
        Assert.Equal(["Intro.", "The mayor regularly\nvisits the harbor \u2015 Pier Nine\nand the docks."], Split("Intro.\n\nThe mayor regularly\nvisits the harbor \u2015 Pier Nine\nand the docks."));

    [Fact]
    public void AnAbbreviationAfterAnOddlyTurnedOpeningQuoteDoesNotEndASentence() =>
        Assert.Equal(["Intro.", "\u201dMr. Vance left early.\u201d \u2015 Rosa Lind"], Split("Intro.\n\n\u201dMr. Vance left early.\u201d \u2015 Rosa Lind"));

    [Fact]
    public void OffsetsPointIntoTheArticleText()
    {
        var article = TestArticles.Parse("Headline\n\nFirst one. Second one!\nStill second paragraph.");
        foreach (var s in SentenceSplitter.Split(article)) Assert.Equal(s.Text, article.Text[s.Start..s.End]);
    }

    [Fact]
    public void HeadingsAreOneSentenceEach()
    {
        var article = TestArticles.Parse("Big news. It happened\nBody sentence one. Body two.\nA subheading here\nMore body.");
        var sentences = SentenceSplitter.Split(article);
        Assert.Equal("Big news. It happened", sentences[0].Text);
        Assert.Contains(sentences, s => s.Text == "A subheading here" && s.Paragraph == 2);
    }

    [Fact]
    public void TextWithNoPunctuationIsOneSentence() =>
        Assert.Single(Split(string.Join(' ', Enumerable.Repeat("word", 5000))));
}

using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories of a spoken quote that runs over two paragraphs: the first paragraph leaves it open after a sentence
/// with no quote mark of its own, and the next one opens with a fresh mark, attributed again or not.
/// </summary>
public sealed class QuoteOverParagraphsQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly QuoteOverParagraphsKnowledge _knowledge;

    public QuoteOverParagraphsQuestionsTests()
    {
        File.WriteAllText(_articles["tram-strike.txt"], """
            Tram drivers in Velmora walk out for a third day

            VELMORA (Wire) – No trams ran in Velmora on Wednesday as drivers stayed out for a third day.

            Orla Fenwick, who runs the city's transport board, spoke at the depot. "This walkout has cost the board more than any winter storm. We lose a fortune every day, and riders lose their patience.

            "We cannot let it drag on into the holidays," Fenwick said.

            "Nobody wants this to last," said Tobin Marr, who leads the drivers. "But we were left no choice."
            """);
        File.WriteAllText(_articles["pier-closed.txt"], """
            Old pier shut after storm damage in Harrowick

            HARROWICK (Wire) – Waves tore planks from Harrowick's old pier on Sunday night.

            Pier keeper Nils Aubert said on Monday: "The pier is unsafe. Nobody may walk on it until the engineers are done.

            "They need a fortnight, perhaps three weeks."

            "We will reopen the café as soon as we can," said its owner, Hedda Lunn.
            """);
        _knowledge = new QuoteOverParagraphsKnowledge(_articles.Path);
    }

    [Fact]
    public void AQuoteLeftOpenAtTheParagraphsEndGoesOnInTheNextParagraphAttributedAgain()
    {
        // the topic is written only in the first paragraph, whose last sentence has no quote mark
        var answer = _knowledge.Answerer.Ask("What did Fenwick say about the walkout?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("cost the board"));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("into the holidays") && q.Speaker?.Name == "Orla Fenwick");
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("Nobody wants this"));
    }

    [Fact]
    public void TheNextParagraphOfAnOpenQuoteIsTheSpeakersThoughNotAttributedAgain()
    {
        var answer = _knowledge.Answerer.Ask("What did Aubert say about the pier?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("pier is unsafe"));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("need a fortnight") && q.Speaker?.Name == "Nils Aubert");
        Assert.DoesNotContain(answer.Quotes, q => q.Text.Contains("reopen the café"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class QuoteOverParagraphsKnowledge(string path) : IndexedKnowledge(path);
}

using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up story of a collapsed gym roof: the firm that built it is named once with what kind of firm it is, where
/// it is based before the kind and a relative clause running on after it ("Brannholt Takverk, an Orvik-based roofing
/// company that has worked for the council for two decades"), and is quoted after as "the company"; a reader asks for it by
/// that kind.
/// </summary>
public sealed class ApposedBodyQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ApposedBodyKnowledge _knowledge;

    public ApposedBodyQuestionsTests()
    {
        File.WriteAllText(_articles["gym-roof.txt"], """
            School gym roof gives way under snow

            ASKERBY (Wire) – The roof of the Askerby school gym fell in under heavy snow on Sunday night; nobody was inside.

            The roof was rebuilt six winters ago by Brannholt Takverk, an Orvik-based roofing company that has worked for the council for two decades. The company said the council had been warned twice that the snow load needed checking.

            Headteacher Ylva Tornqvist said classes would move to the library until the gym reopened.
            """);
        _knowledge = new ApposedBodyKnowledge(_articles.Path);
    }

    [Fact]
    public void AKindWrittenBeforeARelativeClauseIsTheApposedBodys()
    {
        var answer = _knowledge.Answerer.Ask("What did the roofing company say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Brannholt Takverk", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("snow load needed checking"));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ApposedBodyKnowledge(string path) : IndexedKnowledge(path);
}

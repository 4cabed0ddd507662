using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A figure belongs to someone: asked for one person's time, the sentence giving it beside their name answers before a
/// sentence of the same article giving another's time in the question's words.
/// </summary>
public sealed class WhoseFigureQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly FigureOwnerKnowledge _knowledge;

    public WhoseFigureQuestionsTests()
    {
        File.WriteAllText(_articles["lake-swim.txt"], """
            Varga breaks the lake crossing record at Telmor

            TELMOR, Aug 3 - Hungary's Petra Anna Varga set a new record for the Telmor lake crossing on Saturday, finishing in 1:52:07 to cut four minutes from the old mark.

            The 24-year-old led from the first buoy and touched the pontoon well ahead of the field.

            "The water was cold but calm, and I felt strong all the way," Varga said.

            Norway's Sigrid Aalberg was second, three minutes behind.

            In the men's event, Canada's Tom Reyes won the crossing in 1:47:55.

            Varga will receive a trophy and a cheque from the organisers on Sunday.

            About 300 swimmers started the crossing, which runs 8 kilometres from the old ferry pier to the north beach.

            Rescue boats followed the field, and two swimmers were helped from the water with cramp.

            Organisers said the water temperature was 17 degrees at the start.

            The crossing has been held every summer since 1962, apart from two years when storms closed the lake.

            Next year's race will be moved to July to avoid the August winds, the organisers said.
            """);
        File.WriteAllText(_articles["harbour-dredging.txt"], """
            Telmor harbour dredging to start in October

            Dredgers will begin clearing silt from Telmor harbour in October, the port board said on Monday.

            The work will deepen the main channel by two metres so that larger cargo ships can dock.

            Fishing crews have complained for years that boats run aground at low tide.

            The board said the work would take about five months.

            Silt taken from the channel will be used to rebuild the dunes north of the town.

            Environmental groups asked the board to pause the work during the spring spawning season.

            The board said it would stop dredging between April and June.

            Shipping firms welcomed the plan, saying it would cut costs.

            The harbour handled more cargo last year than in any year since 1990.

            A public meeting on the plan will be held at the town hall next week.
            """);
        _knowledge = new FigureOwnerKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("What was Varga's winning time?")]
    [InlineData("What was Varga's time?")]
    public void TheFigureBesideTheAskedNameAnswers(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Contains("1:52:07", answer.Quotes.First().Text);
    }

    [Fact]
    public void AnotherNameAskedGetsItsOwnFigure()
    {
        var answer = _knowledge.Answerer.Ask("What was Reyes's winning time?");
        Assert.Contains("1:47:55", answer.Quotes.First().Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class FigureOwnerKnowledge(string path) : IndexedKnowledge(path);
}

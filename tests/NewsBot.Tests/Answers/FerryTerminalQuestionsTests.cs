using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions for a sum or a place of a council's decision: a price in a currency named in English ("48 million
/// crowns") is a sum of money, and a place given beside the verb asked ("will be built at the north end of Harbour
/// Street") answers where, before the lede that writes more of the question's words beside a place of something else.
/// </summary>
public sealed class FerryTerminalQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly FerryTerminalKnowledge _knowledge;

    public FerryTerminalQuestionsTests()
    {
        File.WriteAllText(_articles["terminal.txt"], """
            Council approves new ferry terminal for Ostwick

            OSTWICK — The Ostwick town council on Monday approved a new ferry terminal that will double the number of crossings to the Varn Islands, ending a decade of debate.

            The terminal will open in March 2028, council planners said.

            It will cost 48 million crowns and handle 30 sailings a day, up from 14 now.

            The terminal will be built at the north end of Harbour Street, on the old coal wharf.

            Councillor Brita Lund, who voted against the plan, said the town could not afford it.

            About 1,900 residents signed a petition opposing the terminal last year.
            """);
        _knowledge = new FerryTerminalKnowledge(_articles.Path);
    }

    private string First(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer.Quotes[0].Text;
    }

    [Fact]
    public void APriceInCrownsIsASumOfMoney() =>
        Assert.Contains("48 million crowns", First("How much will the ferry terminal cost?"));

    [Fact]
    public void APlaceBesideTheVerbAskedAnswersBeforeTheLede() =>
        Assert.Contains("Harbour Street", First("Where will the new ferry terminal be built?"));

    [Fact]
    public void TheLedeStillAnswersForItsOwnDeed() =>
        Assert.Contains("on Monday approved", First("When did the council approve the ferry terminal?"));

    [Fact]
    public void StartingToOperateIsOpening() =>
        Assert.Contains("March 2028", First("When will the new ferry terminal start operating?"));

    [Fact]
    public void BeginningServiceIsOpening() =>
        Assert.Contains("March 2028", First("When will the terminal begin service?"));

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class FerryTerminalKnowledge(string path) : IndexedKnowledge(path);
}

using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions asked in a reader's everyday words where made-up stories write the news words for them: the existing
/// contract is the current one, a medicine's side effects are its safety record, a weather forecast is what rain is
/// likely, and knowing beforehand is being informed before; a question none of them answers stays unanswered.
/// </summary>
public sealed class ReaderParaphraseQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ReaderParaphraseKnowledge _knowledge;

    public ReaderParaphraseQuestionsTests()
    {
        File.WriteAllText(_articles["bakers-vote.txt"], """
            Bakery workers at Crumwell authorize walkout

            DUNLOW — Bakers at the Crumwell Foods plant in Dunlow voted 412 to 19 on Monday to allow a walkout.

            The current pay agreement expires at midnight on Saturday, and talks on a new one resumed Tuesday.
            """);
        File.WriteAllText(_articles["ointment-trial.txt"], """
            Burn ointment speeds healing in small trial

            Patients treated with the ointment healed in a median of nine days, against fourteen days for the usual dressing.

            The ointment trial found no serious safety concerns, though a few patients reported mild itching.
            """);
        File.WriteAllText(_articles["gale-warning.txt"], """
            Gales lash the Orrin coast

            Strong gales and heavy rain are very likely over Porthwell and the Orrin coast during the next 36 hours, the coastal weather office said.
            """);
        File.WriteAllText(_articles["mill-closure.txt"], """
            Tessa Mills to shut its last paper mill

            Tessa Mills said on Friday it would close its paper mill in Quenby, putting 600 people out of work.

            The labour ministry said it had not been informed of the closure before it was announced.
            """);
        File.WriteAllText(_articles["kiln-fault.txt"], """
            Kiln fault stops Ardley brickworks

            The owners of the Ardley brickworks said output would stay suspended for three weeks while a cracked kiln is rebuilt.

            The canal towpath beside the works was closed to walkers on Thursday.
            """);
        _knowledge = new ReaderParaphraseKnowledge(_articles.Path);
    }

    private string First(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        return answer.Quotes[0].Text;
    }

    [Theory]
    // "existing": "current", and "run out": "expires"
    [InlineData("When does the existing union agreement run out?", "expires at midnight on Saturday")]
    // a medicine's "side effects" are its adverse effects, which a trial reports as safety
    [InlineData("Did the ointment have any serious side effects?", "no serious safety concerns")]
    // a weather forecast: what rain or wind is likely over the hours ahead
    [InlineData("What is the weather forecast for Porthwell?", "very likely over Porthwell")]
    // knowing beforehand is being informed before, and the government speaks through its ministry
    [InlineData("Did the government know about the Quenby closure beforehand?", "not been informed of the closure")]
    // production "halted" is output "suspended", and a path "shut" is one "closed"
    [InlineData("How long will brick production at Ardley be halted?", "stay suspended for three weeks")]
    [InlineData("Which path beside the brickworks has been shut?", "towpath beside the works was closed")]
    public void AReadersWordsFindTheSentenceWrittenInNewsWords(string question, string expected) =>
        Assert.Contains(expected, First(question));

    [Fact]
    public void AQuestionNoneOfThemAnswersStaysUnanswered() =>
        Assert.Equal(AnswerKind.NotFound, _knowledge.Answerer.Ask("What did the ointment cost per tube?").Kind);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ReaderParaphraseKnowledge(string path) : IndexedKnowledge(path);
}

using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// "When can Brannock skate again?": the time a halt ends is worded as a return of its own ("may return to the lineup
/// on March 14"), not in the question's verb; a sentence dating the verb itself ("skated for the old Herons in the 1990s")
/// tells when it happened before, not when it happens again.
/// </summary>
public sealed class ResumptionTimeQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly ResumptionKnowledge _knowledge;

    public ResumptionTimeQuestionsTests()
    {
        File.WriteAllText(_articles["suspension.txt"], """
            Herons winger Brannock banned eight games for late hit

            The Tarn Valley Rink League has banned Ossian Brannock of the Tullow Herons for eight games after a late hit on a Dunmore Kites centre last Tuesday.

            Brannock's uncle, Perrin Brannock, who skated for the old Herons in the 1990s, watched the hearing from the gallery.

            The ban starts with Friday's game against the Kites, and Brannock may return to the lineup on March 14, the league said.

            Velsh cheese imports were halted in June after a listeria scare.

            Shipments of Velsh cheese will resume from September 9 for dairies on the approved list, the food agency said.

            The tribunal adjourned the Marrow Quay dispute, which it will hear again on April 2.

            Its chair, who heard cases in Vellmar for a decade, plans to return home on Friday.
            """);
        _knowledge = new ResumptionKnowledge(_articles.Path);
    }

    [Theory]
    [InlineData("When can Brannock skate again?", "return to the lineup on March 14")]
    [InlineData("When can Velsh cheese be imported again?", "resume from September 9")]
    // "the dispute" is no verb to return: the sentence writing "again" beside its date answers, not a chair's trip home
    [InlineData("When will the tribunal hear the dispute again?", "hear again on April 2")]
    public void WhenItHappensAgainIsTheTimeTheHaltEnds(string question, string expected)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Contains(expected, answer.Quotes[0].Text);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class ResumptionKnowledge(string path) : IndexedKnowledge(path);
}

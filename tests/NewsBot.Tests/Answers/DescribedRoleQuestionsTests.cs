using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories whose speakers a reader asks for by how the article describes them, not by a title an attribution
/// gives: a board member written as "with board member … dissenting", and a retired ferry pilot introduced by that
/// description, then named a sentence later as "The pilot, …"; a harbour clerk quoted too, who is neither; and two ministry officials, one asked by what she spoke of.
/// </summary>
public sealed class DescribedRoleQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DescribedRoleKnowledge _knowledge;

    public DescribedRoleQuestionsTests()
    {
        File.WriteAllText(_articles["levy-vote.txt"], """
            Water board raises the levy, one member dissents

            BRACKWELL (Wire) -- The Brackwell Water Board voted 4-1 on Monday to raise the drainage levy, with board member Odile Farrant dissenting.

            "The pumps are forty years old and we cannot wait another winter," chairman Cyprian Holt told reporters after the vote.

            Farrant said in a written note that the rise was too steep for pensioners. "People on fixed incomes will pay for a decade of neglect," Farrant said.
            """);
        File.WriteAllText(_articles["ferry-strait.txt"], """
            Last ferry of the season crosses in a gale

            KELMOUTH (Wire) -- The final crossing of the season left Kelmouth two hours late on Sunday as the wind rose.

            Among the passengers was a retired ferry pilot who steered the same route for 30 years. "I have crossed in worse, but not by much," he said.

            The pilot, Bertil Sandmo, 68, said the new boats rolled less than the old ones.

            "We kept to the timetable as best we could," said harbour clerk Wenna Tulloch.
            """);
        File.WriteAllText(_articles["rail-fares.txt"], """
            Rail fares to rise in spring

            Fares on regional lines will rise 6% in April, the operator said on Tuesday.

            "Commuters have had three rises in two years," said Maren Adebayo, a former transport ministry official who now advises a passenger group.
            """);
        File.WriteAllText(_articles["clinic-plan.txt"], """
            Rural clinics to open on weekends

            Forty rural clinics will open on Saturdays from next month under a pilot scheme.

            An official at the welfare ministry said on Thursday that the budget for the weekend clinics would be a fifth larger in 2027.
            """);
        _knowledge = new DescribedRoleKnowledge(_articles.Path);
    }

    [Theory]
    // "with board member Odile Farrant dissenting": the participle after the name is the title's word too
    [InlineData("What did the dissenting board member say?", "Odile Farrant")]
    // "a retired ferry pilot …" then "The pilot, Bertil Sandmo, 68, said"
    [InlineData("What did the retired ferry pilot say?", "Bertil Sandmo")]
    public void ARoleTheArticleDescribesFindsThePerson(string question, string speaker)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.NotEmpty(answer.Quotes);
        Assert.All(answer.Quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    [Fact]
    public void ATitleAskedWithATopicFindsTheSpeakerOfItWhomTheTitleFitsLessClosely()
    {
        // the former transport ministry official's title holds more of the words asked, but she said nothing of the budget
        var answer = _knowledge.Answerer.Ask("What did the ministry official say about the budget?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("a fifth larger"));
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Maren Adebayo");
    }

    [Theory]
    // nobody dissenting is a chairman, and no retired pilot is a clerk
    [InlineData("What did the dissenting chairman say?")]
    [InlineData("What did the retired harbour clerk say?")]
    public void APersonTheArticleDoesNotDescribeSoIsNeverTheRole(string question)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DescribedRoleKnowledge(string path) : IndexedKnowledge(path);
}

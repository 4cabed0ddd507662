using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

/// <summary>"How old is …": an age is asked for, and found beside the name.</summary>
public sealed class AgeAnswerTests
{
    [Fact]
    public void HowOldAsksForAnAgeAndOldIsNoWordToLookFor()
    {
        var parsed = Question.Parse("How old is Nora Pell?");
        Assert.Equal(AnswerType.Age, parsed.Expected);
        Assert.DoesNotContain("old", parsed.Topic);
    }

    [Theory]
    [InlineData("As the senior organizer, Pell, 58, has emerged as the favorite.", true)]
    [InlineData("The 58-year-old crane operator won.", true)]
    [InlineData("Her father sent her to a boarding school at age 12.", false)]
    [InlineData("Reed, 58, has emerged as the favorite.", false)]
    public void AnAgeIsTheAppositionBesideTheNameAskedAbout(string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(AnswerType.Age, sentence, "how old is nora pell?"));

    [Theory]
    [InlineData("Who quoted Rocky Vance?", "Rocky Vance")]
    [InlineData("Who cited the report?", "the report")]
    public void WhoQuotedOrCitedAsksWhoSaidIt(string question, string topic)
    {
        var parsed = Question.Parse(question);
        Assert.Equal(QuestionKind.WhoSaid, parsed.Kind);
        Assert.Equal(topic, parsed.Topic);
    }
}

using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

/// <summary>The words by which a sentence settles a yes/no question: a no, or a refusal to say.</summary>
public sealed class SettlingAnswerTests
{
    [Theory]
    [InlineData("The mill said it would not reopen the east wing.", true)]
    [InlineData("\"Nobody is closing anything,\" the owner said.", true)]
    [InlineData("Tovar declined to say whether the league would step in.", true)]
    [InlineData("The board stopped short of banning the boats.", true)]
    [InlineData("The strike is about safety, not about pay, the union said.", false)]
    [InlineData("The plan would cut not only fares but also waiting times.", false)]
    [InlineData("The mill reopened its east wing on Friday.", false)]
    public void ANoOrARefusalSettlesAndAContrastDoesNot(string sentence, bool settles) =>
        Assert.Equal(settles, Ranker.SettlesAQuestion(sentence));
}

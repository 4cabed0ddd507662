using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Commissioner A said …, while the minister, B, said …. ¶ She added …": of two people who spoke in the sentence
/// before, "she" is the one known to be a woman, not merely the later one; when nothing tells either's gender, it is
/// left unresolved rather than given to the later speaker.
/// </summary>
public sealed class TwoSpeakersPronounTests
{
    private const string After = "\n\nShe added that the gates would stay shut until Sunday.";

    [Fact]
    public void ThePronounIsTheSpeakerKnownToBeOfItsGender()
    {
        var quotes = Quotes("Commissioner Mary Brenn, who led the operation, said nine fans were detained, while the security minister, Tavro Lorch, said the stewards had kept their heads." + After);
        Assert.Equal("Mary Brenn", quotes[^1].Speaker?.Name);
    }

    [Fact]
    public void TwoSpeakersOfUnknownGenderLeaveThePronounUnresolved()
    {
        var quotes = Quotes("Commissioner Odalys Brenn, who led the operation, said nine fans were detained, while the security minister, Tavro Lorch, said the stewards had kept their heads." + After);
        Assert.Null(quotes[^1].Speaker);
    }
}

using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// The role a person holds in a body, kept with the body: "Its rector, Anke Dorn," after the sentence that names the
/// university is the university's rector; "said Ivo Prent, head of the Harbor Authority" and "Rector Tove Lund" give
/// their roles. An "its" after a sentence whose subject is another body says nothing of the body named in passing.
/// </summary>
public sealed class RoleInNamedBodyTests
{
    [Fact]
    public void ItsRoleIsTheRoleInTheBodyNamedBefore()
    {
        var quote = Assert.Single(Quotes("The University of Amsel closed its campus. Its rector, Anke Dorn, said lectures would move online."));
        Assert.Equal(("Anke Dorn", "rector of the University of Amsel"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    [Fact]
    public void ItsAfterABodyNamedInPassingGivesNoBody()
    {
        var quote = Assert.Single(Quotes("Inspectors from the Vessa Harbor Board boarded the ferry. Its captain, Piet Okker, said the crew was ready."));
        Assert.Equal(("Piet Okker", "captain"), (quote.Speaker?.Name, quote.Speaker?.Role));
    }

    [Theory]
    [InlineData("\"Nobody can reach the islands,\" said Ivo Prent, head of the Norland Maritime Authority.", "Ivo Prent", "head of the Norland Maritime Authority")]
    [InlineData("Jorun Halle, head of the Vessa Ferry Board, said the boats were tied up.", "Jorun Halle", "head of the Vessa Ferry Board")]
    [InlineData("Rector Tove Lund said the library would stay open.", "Tove Lund", "Rector")]
    [InlineData("Edda Brun, rector of the Amsel Art School, said classes would go on.", "Edda Brun", "rector of the Amsel Art School")]
    public void TheRoleIsKept(string sentence, string name, string role)
    {
        var quote = Assert.Single(Quotes(sentence));
        Assert.Equal((name, role), (quote.Speaker?.Name, quote.Speaker?.Role));
    }
}

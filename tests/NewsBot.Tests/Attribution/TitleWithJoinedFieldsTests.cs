using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Minister of Lakes and Rivers Ivo Brannsk", "the minister of lakes and rivers, Ivo Brannsk,": an office whose field
/// is two words joined by "and" is one title; the name is only the words after it, and "the minister" later is him.
/// </summary>
public sealed class TitleWithJoinedFieldsTests
{
    private const string Later = "\n\nThe rains came a month early this year.\n\n\"We are watching every sluice gate,\" the minister said.";

    [Theory]
    [InlineData("Minister of Lakes and Rivers Ivo Brannsk said the dams at Vessby would hold.")]
    [InlineData("Minister of Lakes and Rivers Orsk Brannsk said the dams at Vessby would hold.")]
    [InlineData("The minister of lakes and rivers, Ivo Brannsk, said the dams at Vessby would hold.")]
    [InlineData("Norland's minister of lakes and rivers, Orsk Brannsk, said the dams at Vessby would hold.")]
    public void TheMinisterLaterIsTheOneNamedWithTheJoinedFields(string opening)
    {
        var quotes = Quotes(opening + Later);
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.EndsWith(" Brannsk", q.Speaker?.Name));
        Assert.All(quotes, q => Assert.Equal(2, q.Speaker?.Name.Split(' ').Length));
        Assert.Contains("lakes and rivers", quotes[1].Speaker?.Role, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnAndBeforeAPossessiveOpensASecondPerson()
    {
        var quotes = Quotes("The minister of lakes and his deputy, Orsk Brannsk, said the dams at Vessby would hold." + Later);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "Orsk Brannsk" && q.Speaker?.Role?.Contains("minister", StringComparison.OrdinalIgnoreCase) == true);
        Assert.NotEqual("Orsk Brannsk", quotes[^1].Speaker?.Name);
    }
}

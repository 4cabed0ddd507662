using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Orchard Keepers’ Federation of Westmark said …": a body's name that goes on after its head ("of Westmark") keeps
/// the plural owner that opens it, with a straight or a curly apostrophe, and is not cut to "Federation of Westmark".
/// </summary>
public sealed class PluralOwnerConnectedNameTests
{
    [Theory]
    [InlineData("’")]
    [InlineData("'")]
    public void ThePluralOwnerOpensTheBodysName(string apostrophe)
    {
        var quote = Assert.Single(Quotes($"The Orchard Keepers{apostrophe} Federation of Westmark said payments should have started in autumn."));
        Assert.Equal($"Orchard Keepers{apostrophe} Federation of Westmark", quote.Speaker?.Name);
    }

    [Fact]
    public void APluralOwnerThatEndsALongerNameIsNotTheBodys()
    {
        // the larger office owns this one: "Canal Works'" alone opens no name
        var quote = Assert.Single(Quotes("The Ostrevar Office of Ports and Canal Works' Office for Ferry Safety said it would look into the sinking."));
        Assert.Equal("Office for Ferry Safety", quote.Speaker?.Name);
    }
}

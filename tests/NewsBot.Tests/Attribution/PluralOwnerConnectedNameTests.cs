using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The Grain Growers’ Federation of Tasmania said …": a body's name that goes on after its head ("of Tasmania") keeps
/// the plural owner that opens it, with a straight or a curly apostrophe, and is not cut to "Federation of Tasmania".
/// </summary>
public sealed class PluralOwnerConnectedNameTests
{
    [Theory]
    [InlineData("’")]
    [InlineData("'")]
    public void ThePluralOwnerOpensTheBodysName(string apostrophe)
    {
        var quote = Assert.Single(Quotes($"The Grain Growers{apostrophe} Federation of Tasmania said payments should have started in autumn."));
        Assert.Equal($"Grain Growers{apostrophe} Federation of Tasmania", quote.Speaker?.Name);
    }

    [Fact]
    public void APluralOwnerThatEndsALongerNameIsNotTheBodys()
    {
        // the ministry owns the office: "Inland Waterways'" alone opens no name
        var quote = Assert.Single(Quotes("The Ministry of Roads and Inland Waterways' Office for Ferry Safety said it had opened an inquiry."));
        Assert.Equal("Office for Ferry Safety", quote.Speaker?.Name);
    }
}

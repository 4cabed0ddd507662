using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Round 17: businesses named by their trade in the plural ("Ferry operators including …") are organizations; a
/// writing the sentence's subject put out ("disclosed … in a blog post") speaks for it when "the post" says more.
/// </summary>
public sealed class TradeGroupAndPostTests
{
    [Fact]
    public void CarriersIncludingNamedOnesAreOrganizations()
    {
        var quotes = Quotes("Ferry operators including Bluewake Lines and Tern Shipping said travellers could change their tickets for free.");
        var quote = Assert.Single(quotes);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }

    [Theory]
    [InlineData("Pellamo, the meal-kit company, disclosed the leak on Tuesday in a blog post that said about 80,000 customers were affected.")]
    [InlineData("Pellamo, the meal-kit company, said on Tuesday that about 80,000 customers were affected.\n\nPellamo disclosed the leak in a blog post.")]
    public void ThePostIsTheCompanyThatPublishedIt(string first)
    {
        var quotes = Quotes(first + "\n\n"
            + "The post said it had found \"no sign\" that payment details were taken.");
        var quote = Assert.Single(quotes, q => ContentOf(q).Contains("no sign"));
        Assert.Equal(("Pellamo", SpeakerType.Organization), (quote.Speaker?.Name, quote.Speaker?.Type));
    }
}

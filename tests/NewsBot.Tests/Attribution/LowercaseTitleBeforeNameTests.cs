using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "At Hollybrook, principal Oona Frelsted said …" then "the principal said": a lowercase title that opens
/// the clause after a comma is the named person's title, so the title alone later finds her.
/// </summary>
public sealed class LowercaseTitleBeforeNameTests
{
    [Theory]
    [InlineData("principal")]
    [InlineData("coach")]
    public void TheTitleAloneLaterFindsThePersonItNamed(string title)
    {
        var quotes = Quotes("At Hollybrook, where 12 pupils are ill, " + title + " Oona Frelsted said classes would move online for a week.\n\n"
            + "\"We saw coughing for days,\" Frelsted said.\n\n"
            + "\"We can shut the gates,\" the " + title + " said, \"but that will not stop it.\"");
        Assert.Equal(3, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(("Oona Frelsted", title), (q.Speaker?.Name, q.Speaker?.Role)));
    }
}

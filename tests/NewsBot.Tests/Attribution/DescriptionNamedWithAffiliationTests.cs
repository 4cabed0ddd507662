using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "A structural engineer … said …" then "“…,” said the engineer, Associate Professor Lina Barrow of Kellerby
/// University's School of Mining.": the name given to the description is the person's, though titles open it and
/// an affiliation that ends in the body it owns closes it, so every quote of the engineer is hers.
/// </summary>
public sealed class DescriptionNamedWithAffiliationTests
{
    [Fact]
    public void TheDescriptionNamedWithATitledNameAndAnAffiliationIsThatPerson()
    {
        var quotes = Quotes("A structural engineer at Kellerby University who reviewed the report said it confirmed what many had suspected.\n\n"
            + "\"Bearings are not exotic technology,\" said the engineer, Associate Professor Lina Barrow of Kellerby University's School of Mining.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal("Lina Barrow", q.Speaker?.Name));
    }
}

using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>Who a "he wrote" or "she wrote" stands for: the writer of the letter the article just brought in.</summary>
public sealed class WritingCueTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void SheWroteAfterALetterFromSomeoneIsTheLettersWriter()
    {
        var quotes = BodyQuotes(
            "Harbor commissioner Ana Ruiz opened the lighthouse on Saturday.\n\n"
            + "\u201cThis light belongs to the whole coast,\u201d Ms. Ruiz said. \u201cIt will burn again every night.\u201d\n\n"
            + "Ms. Ruiz then read aloud a letter from Margaret Dunmore, 91, whose father kept the light for thirty years.\n\n"
            + "\u201cMy father climbed those stairs every evening of his life,\u201d she wrote. \u201cHe would be glad.\u201d");
        var letter = Assert.Single(quotes, q => q.Paragraph == 4 && q.Kind == QuoteKind.Direct && q.Content[0].Text.Contains("stairs"));
        Assert.Equal("Margaret Dunmore", letter.Speaker?.Name);
    }

    [Fact]
    public void SheSaidAfterALetterIsStillTheLastSpeaker()
    {
        var quotes = BodyQuotes(
            "Harbor commissioner Ana Ruiz opened the lighthouse on Saturday.\n\n"
            + "Later a volunteer read aloud a letter from Margaret Dunmore, 91, whose father kept the light for thirty years.\n\n"
            + "\u201cThis light belongs to the whole coast,\u201d Ms. Ruiz said.\n\n"
            + "\u201cIt will burn again every night,\u201d she said.");
        Assert.Equal("Ana Ruiz", quotes.Single(q => q.Paragraph == 4).Speaker?.Name);
    }

    [Fact]
    public void AStatementFromSomeonesWidowIsTheWidowsNotTheOwners()
    {
        var quotes = BodyQuotes(
            "Peter Dunmore, a ferry pilot, died in the crash in March.\n\n"
            + "After the hearing, a statement from Mr Dunmore\u2019s widow, Margaret Dunmore, was handed to reporters.\n\n"
            + "\u2018Peter was the gentlest man on the harbour,\u2019 the statement said.");
        var statement = Assert.Single(quotes, q => q.Paragraph == 3);
        Assert.Equal("Margaret Dunmore", statement.Speaker?.Name);
    }

    [Fact]
    public void TheReportIsTheOneWhoseReportTheArticleNamed()
    {
        var quotes = BodyQuotes(
            "Rents in Port Vellan rose again last month, according to the Harbor Housing Trust\u2019s monthly rental report.\n\n"
            + "The report said the average rent for a two-bedroom flat reached $1,900.");
        Assert.Equal("Harbor Housing Trust", quotes.Single(q => q.Paragraph == 2).Speaker?.Name);
    }
}

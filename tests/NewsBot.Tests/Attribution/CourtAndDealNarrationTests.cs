using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Cue words in the narration of a case or a deal, where nobody speaks: the counted "accused" who stand trial, people
/// charged in court, a request to the reader in the passive, a deal struck for a sum.
/// </summary>
public sealed class CourtAndDealNarrationTests
{
    [Fact]
    public void TheCountedAccusedAreThePeopleOnTrialNotACue()
    {
        var quotes = Quotes("The other six accused, aged between 20 and 40, were released on bail and will appear in court in May.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void PeopleChargedAfterARaidSayNothing()
    {
        var quotes = Quotes("Nine dockers were charged after a raid on a warehouse in the port.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void APassiveRequestToTheReaderIsNoStatement()
    {
        var quotes = Quotes("Anyone who saw the crash is asked to call the station on the usual number.");
        Assert.Empty(quotes);
    }

    [Fact]
    public void AHeadlineDealStruckForASumIsNoStatement()
    {
        var quotes = Attribute("Danish dairy agrees $30m deal for rival cheesemaker\n\nThe dairy will pay cash.").Quotes;
        Assert.Empty(quotes);
    }

    [Fact]
    public void AChargeMadeWithAThatClauseIsStillSpeech()
    {
        var quotes = Quotes("The union charged that the owners had hidden the losses from the staff.");
        var quote = Assert.Single(quotes);
        Assert.StartsWith("the owners had hidden", ContentOf(quote));
    }
}

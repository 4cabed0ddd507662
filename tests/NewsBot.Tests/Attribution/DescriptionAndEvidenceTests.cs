using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// Who a description, a pronoun or a document stands for when the article only ties them to a name indirectly, and
/// what must stay unresolved rather than go to the wrong person.
/// </summary>
public sealed class DescriptionAndEvidenceTests
{
    private static List<Speaker?> Speakers(string body) => Quotes(body).Select(q => q.Speaker).ToList();

    [Fact]
    public void GopAndRepublicanAreTheSameParty()
    {
        var speakers = Speakers("Republican presidential nominee Carl Brandt is demanding a recount.\n\n"
            + "The GOP presidential nominee argued that the count was rigged.");
        Assert.Equal("Carl Brandt", speakers[^1]?.Name);
    }

    [Fact]
    public void TheJudgeIsTheOneJusticeTheArticleNames()
    {
        var speakers = Speakers("County Court Justice Alma Reyes ruled on Friday.\n\nThe judge wrote that the law was clear.");
        Assert.Equal("Alma Reyes", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void AnIndefiniteDescriptionInTheLeadIsThePersonNamedLater()
    {
        var speakers = Speakers("A Harrow County judge has turned down a bid to unseal the records, saying courts should stay out of politics.\n\n"
            + "Circuit Judge Alma Reyes issued the ruling on Friday.\n\nThe judge agreed with the family that nothing justified the intrusion.");
        Assert.Equal("Alma Reyes", speakers[0]?.Name);
        Assert.Equal("Alma Reyes", speakers[^1]?.Name);
    }

    [Fact]
    public void AnIndefiniteDescriptionStaysUnnamedWhenTwoPeopleFitIt()
    {
        var speakers = Speakers("A Harrow County judge has turned down a bid to unseal the records, saying courts should stay out of politics.\n\n"
            + "Circuit Judge Alma Reyes issued the ruling, and Judge Tom Pell agreed with it.");
        Assert.EndsWith("(unnamed)", speakers[0]?.Name);
    }

    [Fact]
    public void AShorterFormOfANameWithoutSurnameIsTheSamePerson()
    {
        var speakers = Speakers("Mya Thein Su visited the capital on Monday, a year after she was released from prison.\n\n"
            + "Later, Thein Su met President Kael Durn, whom she advises.\n\n\"Unity means prosperity,\" she said.");
        Assert.Equal("Mya Thein Su", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void APronounTheArticleUsesForAPersonGivesThemAGender()
    {
        var speakers = Speakers("Mya Thein Su visited the capital on Monday, a year after she was released from prison.\n\n"
            + "She now advises President Kael Durn.\n\n\"Unity means prosperity,\" she said.");
        Assert.NotEqual("Kael Durn", Assert.Single(speakers)?.Name);
    }

    [Fact]
    public void ItSaysIsNoOrganizationMentionedParagraphsBefore()
    {
        var speakers = Speakers("Ana Ruiz, an economist at the Harlow Institute, said the plan was vague.\n\n"
            + "\"I see no details,\" she said.\n\n"
            + "The campaign proposes a tax credit. It also wants to extend paid leave through the state's insurance program. "
            + "The typical monthly payment, it says, would be $900.");
        Assert.DoesNotContain(speakers, s => s?.Name == "Harlow Institute");
    }

    [Fact]
    public void AnAgeAndAHometownAreNoSpeaker()
    {
        var speaker = Assert.Single(Speakers("Dana Pruitt Wells, 59, of Dover, Del., who watched the parade, said the event was moving."));
        Assert.Equal("Dana Pruitt Wells", speaker?.Name);
    }

    [Fact]
    public void APossessiveEndsAName()
    {
        var speakers = Speakers("Critics seized on Mr. Vance's CNN appearance, in which he said the polls were wrong.");
        Assert.DoesNotContain(speakers, s => s?.Name.Contains("CNN") == true);
    }

    [Fact]
    public void AContractedPronounIsNoName()
    {
        var speakers = Speakers("If, as I've suggested, the builders benefit from the rule, the rule should go.");
        Assert.DoesNotContain(speakers, s => s?.Name.Contains("I've") == true);
    }

    [Fact]
    public void AQuoteCueInAWhenClauseReportsOnlyTheQuote()
    {
        var quotes = Quotes("Ms. Bell drew loud cheers from the audience when, at the close of her set, she added the words, ''Stay Loud.''");
        Assert.DoesNotContain(quotes, q => q.Content.Any(c => c.Text.Contains("cheers")));
    }

    [Fact]
    public void ALoneQuoteAfterAReportOfWhatSomeoneSaidIsTheirs()
    {
        var quotes = Quotes("On Sunday, Sen. Ana Ruiz (Ore.), who lost the primary, argued that voters' fatigue with scandal is a reason to vote. "
            + "\"The voters are ... more than ever before, tired of corruption and lies.\"");
        // one statement, as PolNeAR annotates it: the report and the speaker's own words for it
        var statement = Assert.Single(quotes, q => q.Content.Any(c => c.Text.StartsWith("\"The voters")));
        Assert.NotEqual(QuoteKind.Indirect, statement.Kind);
        Assert.Equal("Ana Ruiz", statement.Speaker?.Name);
    }

    [Fact]
    public void IdentifiedAsReportsWhatSomeoneSaid()
    {
        var quote = Assert.Single(Quotes("Sen. Ana Ruiz identified voters' fatigue with scandal as one of the reasons to vote."));
        Assert.Equal("Ana Ruiz", quote.Speaker?.Name);
    }

    [Fact]
    public void APassiveCueWithAnAdverbIsNoStatementOfItsSubject()
    {
        var speakers = Speakers("The coalition said the rate had tripled.\n\nThe policy was first declared by the governor in 1971.");
        Assert.Single(speakers);
    }
}

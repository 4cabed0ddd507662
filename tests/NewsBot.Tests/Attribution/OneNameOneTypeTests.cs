using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// What kind of speaker a source is: a name the article gave a body stays a body, a digest of a writing is a document,
/// a title's capitals over a subheading stand for the person who holds it.
/// </summary>
public sealed class OneNameOneTypeTests
{
    [Fact]
    public void ANameTheArticleGaveABodyStaysABodyWhenItSpeaksAgain()
    {
        var quotes = Quotes("Danish brewing group Dalgren Hof has agreed to buy the Tarn mill, the two firms confirmed.\n\nThe deal was signed on Friday.\n\nIn a statement, Dalgren Hof said the purchase would give it \"a strong local brand\" and room to grow.");
        var statement = Assert.Single(quotes, q => q.Paragraph == 3);
        Assert.Equal("Dalgren Hof", statement.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, statement.Speaker?.Type);
    }

    [Fact]
    public void ASynopsisIsADocumentNotAPerson()
    {
        var quotes = Quotes("According to a court synopsis, the gang paid clerks to look away.\n\nThe synopsis said the gang kept ledgers of every payment.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(SpeakerType.Organization, q.Speaker?.Type));
    }

    [Fact]
    public void TheCapitalsOfATitleOverASubheadingAreItsHolderNeverABody()
    {
        var quotes = Attribute("Storm leaves island without power\n\nVC: Repairs will take weeks\n\nVice Chancellor Ilka Brandt said on Sunday that crews were working.").Quotes;
        Assert.DoesNotContain(quotes, q => q.Speaker?.Type == SpeakerType.Organization);
        Assert.DoesNotContain(quotes, q => q.Speaker?.Name == "VC");
    }
}

using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Flooding: Death toll rises to 12 …": a headline label the body writes as a common noun is the topic, not a
/// speaker. "The Harbin District Tribunal said …": a tribunal is a court, an organization.
/// </summary>
public sealed class TopicLabelAndTribunalTests
{
    [Fact]
    public void ALowercaseTopicLabelIsNoSpeaker()
    {
        var article = Attribute("Flooding: Death toll rises to 12 in river towns as rain continues\n\nThe flooding began after a week of rain.");
        Assert.DoesNotContain(article.Quotes, q => q.Paragraph == 0);
    }

    [Fact]
    public void ANameLabelStillSpeaks()
    {
        var article = Attribute("Varga: Talks with the unions will resume\n\nLaszlo Varga, the transport minister, spoke on Monday. Varga said talks would resume.");
        Assert.Contains(article.Quotes, q => q.Paragraph == 0 && q.Speaker?.Name == "Laszlo Varga");
    }

    [Fact]
    public void ATribunalIsAnOrganization()
    {
        var quote = Assert.Single(Quotes("The Harbin District Tribunal said the evidence against the former mayor was overwhelming."));
        Assert.Equal("Harbin District Tribunal", quote.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, quote.Speaker?.Type);
    }
}

using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// A "he" that opens a cue after a sentence whose subject is the article's main person stands for that person, not for
/// a man the paragraph before named only to say he did not answer — also when the headline put the word for what the
/// person is before the surname ("Climber Olwen"), which is no given name making the bare surname ambiguous.
/// </summary>
public sealed class PronounAfterSubjectSentenceTests
{
    [Theory]
    [InlineData("Cyclist banned for two years")]
    [InlineData("Climber Olwen banned for two years over steroid")]
    public void AHeAfterTheSubjectsSentenceIsThatSubject(string headline)
    {
        var quotes = Attribute(headline + "\n\nDaniel Olwen, a climber from Harrowby, was suspended on Tuesday.\n\n"
            + "Olwen's Belgian manager, Joost Vanderklee, did not answer calls or emails asking for comment.\n\n"
            + "Olwen skipped Tuesday's hearing. In a brief message on his blog that night, he wrote: "
            + "\"I did nothing wrong. I will appeal.\"").Quotes;
        var appeal = Assert.Single(quotes, q => ContentOf(q).Contains("I will appeal"));
        Assert.Equal("Daniel Olwen", appeal.Speaker?.Name);
    }
}

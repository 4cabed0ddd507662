using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>"In a note mailed to parents, the district said …" then "…, the note said": the writing the opening phrase names is the speaker's.</summary>
public sealed class FrontedDocumentTests
{
    private static IReadOnlyList<Quote> BodyQuotes(string body) => TestArticles.Attribute("Headline\n\n" + body).Quotes;

    [Fact]
    public void TheNoteIsTheDistrictsWhoseSentenceOpenedWithIt()
    {
        var quotes = BodyQuotes("The Corrin Hills School District said on Wednesday that its pupil records system had been breached overnight.\n\n"
            + "In a note mailed to parents on Thursday, the district said children's home addresses may have been copied. \"Grades and health files were kept on another server,\" the note said.");
        Assert.Equal("Corrin Hills School District", Assert.Single(quotes, q => q.Cue?.Text == "said" && q.Source?.Text == "the note").Speaker?.Name);
    }

    [Fact]
    public void ANoteNobodyIssuedStaysTheNotes()
    {
        var quotes = BodyQuotes("The Corrin Hills School District said on Wednesday that its pupil records system had been breached overnight.\n\n"
            + "\"Grades and health files were kept on another server,\" the note said.");
        Assert.NotEqual("Corrin Hills School District", Assert.Single(quotes, q => q.Source?.Text == "the note").Speaker?.Name);
    }
}

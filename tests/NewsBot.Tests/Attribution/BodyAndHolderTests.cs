using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The county said", "the group said": a word for a body stands for the body, never for a person whose title or
/// description holds that word ("County Sheriff Dan Ortiz", "the group's president").
/// </summary>
public sealed class BodyAndHolderTests
{
    [Theory]
    [InlineData("county", "Harrow County Sheriff Dan Ortiz")]
    [InlineData("city", "Marden City Manager Dan Ortiz")]
    public void TheBodyIsNotThePersonWhoseTitleNamesIt(string body, string source)
    {
        var quotes = Quotes($"Flood hits Marden\n\n{source} said the roads were closed. \"We are doing what we can,\" Ortiz said.\n\n"
            + $"The {body} said it had opened two cooling centers.");
        var shelter = Assert.Single(quotes, q => ContentOf(q).Contains("cooling centers"));
        Assert.NotEqual("Dan Ortiz", shelter.Speaker?.Name);
        Assert.Equal(SpeakerType.Organization, shelter.Speaker?.Type);
    }

    [Theory]
    [InlineData("Tomás Ruiz")]
    [InlineData("Leo Kamau")]
    public void ThePresidentNamedAfterAQuoteIsAPersonAndTheGroupIsTheGroup(string president)
    {
        var quotes = Quotes("Strike\n\nThe Ferry Workers Guild, which represents 4,000 deckhands, said in a statement that the schedule was unsafe. "
            + $"\"The schedule will get someone killed,\" the group's president, {president}, told reporters on the pier.\n\nThe group said its members would stop work on Monday.");
        Assert.Equal((president, SpeakerType.Person), Assert.Single(quotes, q => ContentOf(q).Contains("someone killed")).Speaker is { } s ? (s.Name, s.Type) : default);
        Assert.Equal(("Ferry Workers Guild", SpeakerType.Organization), Assert.Single(quotes, q => ContentOf(q).Contains("stop work")).Speaker is { } g ? (g.Name, g.Type) : default);
    }
}

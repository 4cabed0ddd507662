using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

/// <summary>A name and its acronym are one name, whichever a question or an article writes.</summary>
public sealed class AcronymsTests
{
    [Theory]
    [InlineData("DNC", "all 212 voting members of the Democratic National Committee", true)]
    [InlineData("NAACP", "the National Association for the Advancement of Colored People said", true)]
    [InlineData("DNC", "the Democratic Party's national convention", false)]
    [InlineData("U.N.", "a report the United Nations released", true)]
    [InlineData("E.U.", "the union's European partners", false)]
    public void AnAcronymFindsItsSpelledOutName(string acronym, string sentence, bool spells) =>
        Assert.Equal(spells, Acronyms.Written($"How big is the {acronym}?").Single().Spelling.IsMatch(sentence));

    [Fact]
    public void ASpelledOutNameGivesItsAcronym() =>
        Assert.Equal(("Harbor Workers Alliance", "HWA"), Acronyms.Spelled("How many members does the Harbor Workers Alliance have?", new HashSet<string> { "How" }).Single());

    [Fact]
    public void ATwoWordNameGivesNoAcronym() =>
        Assert.Empty(Acronyms.Spelled("What did Nadia Kestrel say?", new HashSet<string> { "What" }));
}

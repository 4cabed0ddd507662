using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

/// <summary>The names an article writes beside a title, and what a title asked for is.</summary>
public sealed class TitledNamesTests
{
    [Theory]
    [InlineData("Port commission chairman Victor Lund watched the count.", "Victor Lund")]
    [InlineData("\"It is late,\" said Ada Quist, a labor historian at Bay College.", "Ada Quist")]
    [InlineData("\"It is late,\" said Ada Quist, president of the historians' guild.", null)]
    public void ANameIsReadBesideTheTitlesWords(string sentence, string? name)
    {
        var title = sentence.Contains("historian") ? new[] { "labor", "historian" } : ["commission", "chairman"];
        Assert.Equal(name is null ? [] : new[] { name }, TitledNames.Beside(sentence, title).ToArray());
    }

    [Theory]
    [InlineData("the NAACP president", true)]
    [InlineData("Tim Kaine", false)]
    public void ATitleIsAskedWithAWordThatIsNoName(string asked, bool isTitle) =>
        Assert.Equal(isTitle, TitledNames.IsTitle(asked));

    [Theory]
    [InlineData("\"We will appeal,\" Lena Ortiz, the Democratic attorney general of Vermont, said on Monday.", "Lena Ortiz")]
    [InlineData("\"We will appeal,\" said Lena Ortiz, the attorney general of Vermont.", "Lena Ortiz")]
    [InlineData("\"We will appeal,\" said Lena Ortiz, a critic of the Vermont attorney general.", null)]
    public void ANameIsReadBeforeAnAppositionHoldingTheTitleThoughItOpensWithACapitalizedWord(string sentence, string? name) =>
        Assert.Equal(name is null ? [] : new[] { name }, TitledNames.Apposed(sentence, ["vermont", "attorney", "general"]).ToArray());

    [Theory]
    [InlineData("The council passed the budget 8-1, with council member Ivo Brandt dissenting.", "Ivo Brandt")]
    // a word between the name and the participle: the name is no longer inside the title
    [InlineData("The council passed the budget 8-1, with council member Ivo Brandt loudly dissenting.", null)]
    public void ANameIsReadInsideATitleWhoseParticipleFollowsIt(string sentence, string? name) =>
        Assert.Equal(name is null ? [] : new[] { name }, TitledNames.Beside(sentence, ["dissenting", "council", "member"]).ToArray());

    [Fact]
    public void ACapitalizedWordOfTheTitleIsNoNameInsideIt() =>
        Assert.Empty(TitledNames.Beside("A senior Harbor official said the berth would close.", ["senior", "harbor", "official"]));

    [Theory]
    [InlineData("The pilot, Bertil Sandmo, 68, said the boats rolled less.", "Bertil Sandmo")]
    [InlineData("The clerk, Bertil Sandmo, 68, said the boats rolled less.", null)]
    [InlineData("The pilot said Bertil Sandmo, 68, was on board.", null)]
    public void ASentenceNamesThePersonByTheHeadNounOfTheirDescription(string sentence, string? name) =>
        Assert.Equal(name, TitledNames.Renamed(sentence, "pilot"));

    [Fact]
    public void ACourtesyTitleBeforeTheNameSetOffAfterTheTitleIsNoOtherOffice() =>
        Assert.Equal(["Ines Vale"], TitledNames.Beside("She was met by the county's health director, Dr. Ines Vale, who said the water was safe.", ["health", "director"]).ToArray());
}

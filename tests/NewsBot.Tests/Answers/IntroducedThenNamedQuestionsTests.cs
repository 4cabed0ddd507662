using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up stories that introduce someone by a description in narration ("a beekeeper who has kept hives on the ridge
/// for 40 years stood …") and quote them in the next paragraph by a name alone, met there for the first time: asked
/// by the description, that person is meant. A person the article named before, or quoted with a role of their own,
/// is never taken for the one introduced.
/// </summary>
public sealed class IntroducedThenNamedQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly IntroducedKnowledge _knowledge;

    public IntroducedThenNamedQuestionsTests()
    {
        File.WriteAllText(_articles["hive-frost.txt"], """
            Late frost kills half the hives on Colder Ridge

            A frost in the first week of May killed about half of the honeybee colonies on Colder Ridge, growers said on Monday.

            On the ridge road, a beekeeper who has kept hives there for 40 years stood over a row of empty boxes.

            "I opened the lids and there was nothing moving, not one bee," said Tamsin Orrell, 66. "I have never lost so many."

            Orrell said she would buy new queens from a breeder in the valley.
            """);
        File.WriteAllText(_articles["orchard-hail.txt"], """
            Hail strips the orchards of Pellow Vale

            Pellow Vale councillor Idris Fane said the hail on Sunday was the worst in memory.

            In the lower orchard, a farmhand who picks there every autumn looked at the bruised apples.

            "There will be no crop to pick this year," said Fane.

            "We lost the lot in ten minutes," said county agronomist Wren Quillfeather.
            """);
        File.WriteAllText(_articles["mill-fire.txt"], """
            Fire guts the old wool mill at Darrow

            The old wool mill at Darrow burned down overnight, and its caretaker, Ewan Tolley, is missing.

            In the village Tolley was known as a gentle giant who fed the stray cats by the weir every evening.

            "He would give you the coat off his back," said Maud Quennell, 70, who lives by the weir.
            """);
        _knowledge = new IntroducedKnowledge(_articles.Path);
    }

    [Fact]
    public void ThePersonNamedRightAfterTheDescriptionIsTheOneIntroduced()
    {
        var answer = _knowledge.Answerer.Ask("What did the beekeeper say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Tamsin Orrell", q.Speaker?.Name));
    }

    [Fact]
    public void SomeoneNamedBeforeOrWithARoleIsNotTheOneIntroduced()
    {
        // the councillor was named a paragraph before the farmhand; the agronomist has a title of her own
        var answer = _knowledge.Answerer.Ask("What did the farmhand say?");
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name is "Idris Fane" or "Wren Quillfeather");
    }

    [Fact]
    public void ADescriptionSaidOfSomeoneElseIntroducesNobody()
    {
        // "Tolley was known as a gentle giant who …": the neighbour quoted next is no giant
        var answer = _knowledge.Answerer.Ask("What did the gentle giant say?");
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Maud Quennell");
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class IntroducedKnowledge(string path) : IndexedKnowledge(path);
}

using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

public sealed class SpeakerDirectoryTests
{
    [Fact]
    public void TheBoundedEditCheckAgreesWithTheFullEditDistance()
    {
        var random = new Random(7);
        string Word() => new(Enumerable.Range(0, random.Next(0, 10)).Select(_ => "abcdeps"[random.Next(7)]).ToArray());
        for (int n = 0; n < 5_000; n++)
        {
            string a = Word(), b = Word();
            int max = random.Next(0, 3);
            Assert.Equal(SpeakerResolver.EditDistance(a, b) <= max, SpeakerDirectory.WithinEdits(a, b, max));
        }
    }

    [Theory]
    [InlineData("psaky", "psaki", true)]
    [InlineData("blinkin", "blinken", true)]
    [InlineData("lavrov", "ivanov", false)]
    [InlineData("psa", "psi", false)]
    public void ATypoOfALongEnoughNameIsSimilar(string asked, string name, bool similar) =>
        Assert.Equal(similar, SpeakerDirectory.Similar(asked, name));
}

public sealed class SpeakerMatchTests
{
    private static SpeakerCount Person(string name, int quotes = 2) => new(name, SpeakerType.Person, null, quotes, quotes, 0);

    [Fact]
    public void PeopleWhoShareAGivenNameAreNotOnePerson()
    {
        var roster = new SpeakerRoster([Person("Joe Biden"), Person("Joe Manchin"), Person("Donald Trump", 5), Person("Donald J. Trump"), Person("Trump")]);

        Assert.Equal(2, SpeakerDirectory.People(roster.Match("Joe"), roster).Count);
        var trump = Assert.Single(SpeakerDirectory.People(roster.Match("Trump"), roster));
        Assert.Equal(["Donald J. Trump", "Donald Trump", "Trump"], trump.Names.Order());
    }

    [Fact]
    public void ANameAsAskedWinsOverNamesThatOnlyLookLikeIt()
    {
        var roster = new SpeakerRoster([Person("Keren Levi"), Person("Karen Smith"), Person("Karen Wang")]);

        Assert.Equal(["Keren Levi"], roster.Match("Keren"));
        Assert.Equal(["Keren Levi"], roster.Match("Levy"));
        Assert.Equal(["Karen Smith", "Karen Wang"], roster.Match("Karen").Order());
    }
}

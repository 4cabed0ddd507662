using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Tests.Retrieval;

public sealed class SpeakerDirectoryTests
{
    [Theory]
    [InlineData("the U.N. envoy", "the un envoy")]
    [InlineData("the UN envoy", "the un envoy")]
    [InlineData("C.N.F. secretary general", "cnf secretary general")]
    [InlineData("Mark Z. Barrow", "mark z barrow")]
    [InlineData("Mr. Ryu", "mr ryu")]
    public void ADottedAcronymIsOneWordWithoutItsDots(string text, string words) =>
        Assert.Equal(words, string.Join(' ', SpeakerDirectory.Words(text)));

    [Fact]
    public void TheBoundedEditCheckAgreesWithTheFullDistanceWhereASwapOfNeighboursIsOneEdit()
    {
        var random = new Random(7);
        string Word() => new(Enumerable.Range(0, random.Next(0, 10)).Select(_ => "abcdeps"[random.Next(7)]).ToArray());
        for (int n = 0; n < 5_000; n++)
        {
            string a = Word(), b = Word();
            int max = random.Next(0, 3);
            Assert.Equal(Distance(a, b) <= max, SpeakerDirectory.WithinEdits(a, b, max));
        }
    }

    // the optimal string alignment distance, the whole table
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
            {
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        return d[a.Length, b.Length];
    }

    [Theory]
    [InlineData("psaky", "psaki", true)]
    [InlineData("blinkin", "blinken", true)]
    [InlineData("rangle", "rangel", true)]
    [InlineData("lavrov", "ivanov", false)]
    [InlineData("psa", "psi", false)]
    public void ATypoOfALongEnoughNameIsSimilar(string asked, string name, bool similar) =>
        Assert.Equal(similar, SpeakerDirectory.Similar(asked, name));

    [Theory]
    // a name's accents are no letters the user must type: two edits of a long name written with them
    [InlineData("valenzida", "valenzuéla", false)]
    [InlineData("ibarreta", "ibárrate", true)]
    [InlineData("montañero", "montanero", true)]
    [InlineData("montenaro", "montañero", true)]
    // a short name allows one edit, accents or not
    [InlineData("peña", "pena", true)]
    [InlineData("pano", "peña", false)]
    public void ALettersAccentIsNoEdit(string asked, string name, bool similar) =>
        Assert.Equal(similar, SpeakerDirectory.Similar(asked, name));
}

public sealed class SpeakerMatchTests
{
    private static SpeakerCount Person(string name, int quotes = 2) => new(name, SpeakerType.Person, null, quotes, quotes, 0);

    [Fact]
    public void TwoEditsOfALongNameFindItWhereNoOtherNameIsCloser()
    {
        var roster = new SpeakerRoster([Person("Inés Montañero"), Person("Pablo Rivas")]);
        Assert.Equal(["Inés Montañero"], roster.Match("Montenaro"));
    }

    [Fact]
    public void DoubledLettersWrittenOnceFindTheName()
    {
        // two letters short of "Fennelly", each a doubled one written once: a slip, not a name of its own
        var roster = new SpeakerRoster([Person("Mairead Fennelly"), Person("Rory Finn")]);
        Assert.Equal(["Mairead Fennelly"], roster.Match("Mairead Fenely"));
        Assert.Equal(["Mairead Fennelly"], roster.Match("Fenely"));
    }

    [Theory]
    [InlineData("fenely", "fennelly", true)]
    [InlineData("fenly", "fennelly", false)]
    [InlineData("hal", "hall", false)]
    public void ADoubledLetterWrittenOnceIsNoEdit(string asked, string name, bool similar) =>
        Assert.Equal(similar, SpeakerDirectory.Similar(asked, name));

    [Fact]
    public void ANameOneEditAwayIsCloserThanOneTwoEditsAway()
    {
        var roster = new SpeakerRoster([Person("Anna Kowalczyk"), Person("Olek Kowalczak")]);
        Assert.Equal(["Anna Kowalczyk"], roster.Match("Kowalczyc"));
    }

    [Fact]
    public void PeopleWhoShareAGivenNameAreNotOnePerson()
    {
        var roster = new SpeakerRoster([Person("Joe Biden"), Person("Joe Manchin"), Person("Donald Trump", 5), Person("Donald J. Trump"), Person("Trump")]);

        Assert.Equal(2, SpeakerDirectory.People(roster.Match("Joe"), roster).Count);
        var trump = Assert.Single(SpeakerDirectory.People(roster.Match("Trump"), roster));
        Assert.Equal(["Donald J. Trump", "Donald Trump", "Trump"], trump.Names.Order());
    }

    [Fact]
    public void ADoubleSurnameShortenedToItsFirstPartIsOnePerson()
    {
        var roster = new SpeakerRoster([Person("Tomasa Ccori Layme"), Person("Tomasa Ccori", 2), Person("Tomasa Layme")]);

        var ccori = Assert.Single(SpeakerDirectory.People(roster.Match("Ccori"), roster));
        Assert.Equal(["Tomasa Ccori", "Tomasa Ccori Layme"], ccori.Names.Order());
        // the given name alone is no shortened surname: Tomasa Ccori and Tomasa Layme are two people
        Assert.Equal(2, SpeakerDirectory.People(roster.Match("Tomasa"), roster).Count);
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

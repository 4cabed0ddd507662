using System.Text.RegularExpressions;
using NewsBot.Knowledge.Attribution;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// The search for a given name written before a surname ("Orla “Ori” Penrick" before "Penrick said") tries the
/// pattern only at the offsets where a match can start; it must find exactly what a scan of every offset finds.
/// </summary>
public sealed class GivenNameSearchTests
{
    [Theory]
    [InlineData("Penrick", "Orla Penrick runs the ferry. \"We sail at dawn,\" Penrick said.")]
    [InlineData("Penrick", "The pilot, Orla “Ori” Penrick, docked late; later Tomas Penrick and Penrick Penrick spoke.")]
    [InlineData("Penrick", "Penrick Penrick, said Penrick, and Penrick.")]
    [InlineData("Penrick", "OrlaPenrick and ORLA Penrick and Orla \"Ori\" Penrick and (Orla Penrick) — Orla Penrick.")]
    [InlineData("Penrick", "Orla Penricks is no Penrick; mayor Dov Penrick, with Dr. Orla Penrick, met. Penrick")]
    [InlineData("Vale Aster", "Mina Vale Aster and Vale Aster, with the harbor chief Oren Vale Aster, of Qesh.")]
    [InlineData("Stroud", "no capital here stroud, nor Stroud at the start, nor x Stroud; only ïda Stroud and Éda Stroud.")]
    [InlineData("Hale", "Hale")]
    [InlineData("Hale", "A Hale, Ab Hale, Abc “D” Hale, Abc “D”  Hale, Abc  Hale.")]
    public void FindsWhatEveryOffsetFinds(string surname, string text)
    {
        var pattern = SpeakerResolver.GivenNameBefore(surname);
        var everywhere = Regex.Matches(text, pattern, RegexOptions.CultureInvariant).Select(Describe).ToList();
        var found = SpeakerResolver.NamesBefore(pattern, text, surname, TimeSpan.FromSeconds(1)).Select(Describe).ToList();
        Assert.Equal(everywhere, found);
    }

    [Fact]
    public void FindsTheNamesBeforeTheSurnameAndTheirNicknames()
    {
        const string text = "The pilot, Orla “Ori” Penrick, docked late. Tomas Penrick waited. \"Soon,\" Penrick said.";
        var found = SpeakerResolver.NamesBefore(SpeakerResolver.GivenNameBefore("Penrick"), text, "Penrick", TimeSpan.FromSeconds(1)).Select(Describe).ToList();
        Assert.Equal(["11:18 Orla inside nickname", "44:13 Tomas"], found);
    }

    private static string Describe(Match m) =>
        $"{m.Index}:{m.Length} {m.Groups[1].Value}" + (m.Groups["inside"].Success ? " inside" : "") + (m.Groups["nickname"].Success ? " nickname" : "");
}

/// <summary>A name's words joined by the loop that replaced Skip and Take: the same string for every range, in or out of the list.</summary>
public sealed class JoinWordsTests
{
    [Theory]
    [InlineData(0, 3)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    [InlineData(0, 0)]
    [InlineData(3, 5)]
    [InlineData(5, 2)]
    [InlineData(-1, 2)]
    [InlineData(1, -1)]
    public void JoinsWhatSkipAndTakeJoin(int from, int count)
    {
        List<string> words = ["harbor", "chief", "Orla", "Penrick"];
        Assert.Equal(string.Join(' ', words.Skip(from).Take(count)), SpeakerResolver.JoinWords(words, from, count));
    }
}

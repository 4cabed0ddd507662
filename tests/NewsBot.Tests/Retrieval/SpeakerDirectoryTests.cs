using NewsBot.Knowledge.Attribution;
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

using NewsBot.Knowledge.Attribution;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// The sample article's answer key, carried here as our own data: every statement it attributes, with the speakers
/// a reader would accept. Required ones must be found with such a speaker; none may be given anyone else.
/// </summary>
public sealed class SampleArticleAttributionTests
{
    private sealed record Statement(int Paragraph, string Content, string[] Speakers, bool Required);

    private static readonly Statement[] Key =
    [
        new(0, "could attack Ukraine 'at any point'", ["White House"], true),
        new(1, "expressing fear over an alleged Russian invasion", ["White House"], false),
        new(2, "Russia is preparing for an attack on Ukraine", ["White House"], true),
        new(2, "the US response will be comprehensive", ["White House"], true),
        new(3, "No option is off the table", ["Jen Psaki"], true),
        new(3, "extremely dangerous situation", ["Jen Psaki"], true),
        new(4, "We're now at a stage where Russia could at any point launch an attack on Ukraine", ["Jen Psaki"], true),
        new(5, "Russia rejects new talks", ["Blinken"], false),
        new(6, "refused to hold new talks on Ukraine", ["Moscow", "Russia"], false),
        new(6, "invade Ukraine", ["West"], false),
        new(7, "called for a diplomatic approach to end the crisis in Ukraine", ["State Department", "Blinken"], true),
        new(9, "will visit Russian Foreign Minister Sergey Lavrov in Geneva", ["official"], true),
        new(10, "Secretary Blinken is 150 percent committed", ["official"], true),
        new(11, "It's really an opportunity for the US to share our major concerns", ["official"], true),
        new(13, "dire consequences", ["Western nations"], false),
        new(14, "concern over Russian moves into Belarus", ["Blinken"], false),
        new(15, "Blinken agreed to the meetings with Lavrov over the phone", ["official"], true),
        new(16, "I think it's still too early to tell", ["official"], true),
        new(16, "the US is ready to invade if Russia chooses to do so", ["official"], true),
        new(17, "we will provide additional defensive materials to the Ukrainians", ["official"], true),
        new(18, "concern over Russian moves into Belarus on Tuesday", ["official", "Blinken"], false),
        new(19, "The fact that we are seeing this movement into Belarus", ["official"], true),
        new(20, "Russian troops had come for military exercises", ["Belarus"], true),
    ];

    private static readonly AttributedArticle Sample = Attributor.Default.Attribute(TestArticles.Sample());

    public static TheoryData<int> Required() => new(Enumerable.Range(0, Key.Length).Where(i => Key[i].Required));

    public static TheoryData<int> Every() => new(Enumerable.Range(0, Key.Length));

    [Theory]
    [MemberData(nameof(Required))]
    public void EveryRequiredStatementIsFoundWithAnAcceptedSpeaker(int index)
    {
        var statement = Key[index];
        var found = QuotesHolding(statement).ToList();
        Assert.True(found.Count > 0, $"no quote in paragraph {statement.Paragraph} holds \"{statement.Content}\"");
        Assert.Contains(found, q => Accepted(statement, q.Speaker));
    }

    [Theory]
    [MemberData(nameof(Every))]
    public void NoStatementIsGivenASpeakerOutsideItsAcceptedList(int index)
    {
        var statement = Key[index];
        foreach (var quote in QuotesHolding(statement).Where(q => q.Speaker is not null))
            Assert.True(Accepted(statement, quote.Speaker), $"\"{statement.Content}\" was given to {quote.Speaker!.Name}");
    }

    [Fact]
    public void TheUnnamedOfficialStaysOneSpeakerApartFromEveryNamedPerson()
    {
        var official = Sample.Quotes.Select(q => q.Speaker).OfType<Speaker>().Where(s => s.Name.Contains("official")).Distinct().ToList();
        Assert.Equal([new Speaker("US official (unnamed)", SpeakerType.Person, null)], official);
    }

    [Fact]
    public void PsakiIsNamedInFullWithHerTitle() =>
        Assert.Contains(Sample.Quotes, q => q.Speaker == new Speaker("Jen Psaki", SpeakerType.Person, "Press Secretary"));

    private static IEnumerable<Quote> QuotesHolding(Statement statement) =>
        Sample.Quotes.Where(q => Normalize(string.Concat(q.Content.Select(c => c.Text + " "))).Contains(Normalize(statement.Content))
                                 && q.Content.Any(c => Sample.Article.ParagraphAt(c.Start).Number == statement.Paragraph));

    private static bool Accepted(Statement statement, Speaker? speaker) =>
        speaker is not null && statement.Speakers.Any(s => speaker.Name.Contains(s, StringComparison.OrdinalIgnoreCase));

    private static string Normalize(string text) => string.Join(' ', text.Replace('’', '\'').Replace('“', '"').Replace('”', '"').Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using NewsBot.Bot.Bots;
using NewsBot.Bot.Rendering;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;
using Newtonsoft.Json.Linq;

namespace NewsBot.Tests.Channels;

public sealed class AnswerRendererTests(SampleKnowledge knowledge) : IClassFixture<SampleKnowledge>
{
    private Reply PsakiReply() => new(knowledge.Answerer.Ask(Question.Parse("what did Psaki say?"), null), ["What else did Jen Psaki say?", "more", "who is quoted?", "help"]);

    private IReadOnlyList<IMessageActivity> Render(Reply reply, string channelId) =>
        AnswerRenderer.Render(reply, Channel.For(channelId), knowledge.Store.Index.ParagraphOf);

    [Theory]
    [InlineData("emulator")]
    [InlineData("webchat")]
    [InlineData("directline")]
    public void TheEmulatorAndWebChatGetMarkdownQuotationsAndAnAdaptiveCard(string channelId)
    {
        var message = Assert.Single(Render(PsakiReply(), channelId));
        Assert.Equal(TextFormatTypes.Markdown, message.TextFormat);
        Assert.Contains("> \"No option is off the table,\"", message.Text);
        Assert.Contains("— **Jen Psaki, Press Secretary**, in *US believes Russia could attack Ukraine 'at any point': White House*, paragraph 3", message.Text);
        Assert.Contains(message.Entities, e => e.Type == Quotations.EntityType && ((string?)e.Properties["text"])!.StartsWith("\"No option is off the table,\""));
        Assert.DoesNotContain(message.Entities, e => e.Type == TeamsCitations.EntityType);

        var attachment = Assert.Single(message.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var card = JObject.Parse(attachment.Content.ToString()!);
        Assert.Equal("AdaptiveCard", (string?)card["type"]);
        Assert.Equal("1.5", (string?)card["version"]);
        Assert.Contains("No option is off the table", card.ToString());
        Assert.Equal(4, message.SuggestedActions.Actions.Count);
    }

    [Fact]
    public void TheCardButtonShowsTheQuotesWholeParagraphWithTheQuoteHighlighted()
    {
        var before = Sentence(0, "The ferry resumes on Monday.");
        var quote = Sentence(1, "\"Crossings will be hourly at first,\" the operator said.");
        var after = Sentence(2, "Night sailings return in spring.");
        var reply = new Reply(new Answer(AnswerKind.Found, "Found:", [quote], []), []);
        var message = AnswerRenderer.Render(reply, Channel.For("emulator"), _ => [before, quote, after])[0];

        var card = JObject.Parse(message.Attachments[0].Content.ToString()!);
        var show = Assert.Single(card.SelectTokens("$..actions[?(@.type == 'Action.ShowCard')]").Cast<JObject>());
        Assert.Equal($"Show paragraph {quote.Paragraph} in context", (string?)show["title"]);
        var runs = show.SelectTokens("card.body[*].inlines[*]").Cast<JObject>().ToList();
        var highlighted = Assert.Single(runs, r => (bool?)r["highlight"] == true);
        Assert.Equal(quote.Text, (string?)highlighted["text"]);
        var shown = string.Concat(runs.Skip(1).Select(r => (string?)r["text"])); // the first run is the headline
        Assert.Equal($"{before.Text} {quote.Text} {after.Text}", shown);
    }

    [Fact]
    public void AQuoteThatIsItsWholeParagraphGetsNoButtonRepeatingItInContext()
    {
        var alone = Sentence(0, "The ferry resumes on Monday, the harbour master said.");
        var opening = Sentence(1, "Crossings will be hourly at first.");
        var rest = Sentence(2, "Night sailings return in spring.");
        var reply = new Reply(new Answer(AnswerKind.Found, "Found:", [alone, opening], []), []);
        var message = AnswerRenderer.Render(reply, Channel.For("emulator"), s => s.Position == alone.Position ? [alone] : [opening, rest])[0];

        var card = JObject.Parse(message.Attachments[0].Content.ToString()!);
        var button = Assert.Single(card.SelectTokens("$..actions[?(@.type == 'Action.ShowCard')]"));
        Assert.Contains("Night sailings return in spring.", button.ToString());
        Assert.Contains("The ferry resumes on Monday", card.ToString());
    }

    [Fact]
    public void TeamsGetsCitationsMatchingNumberedMarkersAndNoCard()
    {
        var message = Assert.Single(Render(PsakiReply(), "msteams"));
        Assert.True(message.Attachments is null or { Count: 0 });
        var quotes = message.Entities.Where(e => e.Type == Quotations.EntityType).ToList();
        var citations = Assert.Single(message.Entities, e => e.Type == TeamsCitations.EntityType).Properties["citation"]!.Cast<JObject>().ToList();
        Assert.Equal(quotes.Count, citations.Count);
        for (int n = 1; n <= citations.Count; n++)
        {
            Assert.Contains($"[{n}]", message.Text);
            Assert.Equal(n, (int?)citations[n - 1]["position"]);
            Assert.Equal("Claim", (string?)citations[n - 1]["@type"]);
        }
        Assert.DoesNotContain($"[{citations.Count + 1}]", message.Text);
        Assert.Contains("Jen Psaki", (string?)citations[0]["appearance"]!["abstract"]);
    }

    [Fact]
    public void TeamsCitationsKeepWithinTeamsLimitsWhateverTheArticleSays()
    {
        var headline = string.Join(' ', Enumerable.Repeat("Very long headline words", 20));
        var speaker = new Speaker("Maximilian Alexander Fitzgerald-Worthington the Third", SpeakerType.Person, "Deputy Assistant Secretary");
        var sentences = Enumerable.Range(0, 10).Select(i => Sentence(i, new string('x', 500), headline, speaker)).ToList();
        var messages = AnswerRenderer.Render(new Reply(new Answer(AnswerKind.Found, "Found:", sentences, []), []), Channel.Teams, s => [s]);
        var citations = messages.SelectMany(m => m.Entities.Single(e => e.Type == TeamsCitations.EntityType).Properties["citation"]!.Cast<JObject>()).ToList();
        Assert.Equal(10, citations.Count);
        Assert.All(messages, m => Assert.InRange(m.Entities.Single(e => e.Type == TeamsCitations.EntityType).Properties["citation"]!.Count(), 1, 20));
        Assert.All(citations, c =>
        {
            Assert.InRange(((string?)c["appearance"]!["name"])!.Length, 1, 80);
            Assert.InRange(((string?)c["appearance"]!["abstract"])!.Length, 1, 160);
            var keywords = c["appearance"]!["keywords"]!.Select(k => (string)k!).ToList();
            Assert.InRange(keywords.Count, 0, 3);
            Assert.All(keywords, k => Assert.InRange(k.Length, 1, 28));
        });
    }

    [Fact]
    public void TeamsShowsAtMostThreeSuggestedActions()
    {
        var message = Assert.Single(Render(PsakiReply(), "msteams"));
        Assert.Equal(["What else did Jen Psaki say?", "more", "who is quoted?"], message.SuggestedActions.Actions.Select(a => (string)a.Value));
    }

    [Fact]
    public void EmailGetsNeitherCardsNorSuggestedActionsButStillTheQuotations()
    {
        var message = Assert.Single(Render(PsakiReply(), "email"));
        Assert.True(message.Attachments is null or { Count: 0 });
        Assert.Null(message.SuggestedActions);
        Assert.Contains(message.Entities, e => e.Type == Quotations.EntityType);
    }

    [Theory]
    [InlineData("msteams")]
    [InlineData("emulator")]
    public void AnAnswerTooBigForOneMessageIsSplitKeepingEveryQuoteVerbatimAndInOrder(string channelId)
    {
        var channel = Channel.For(channelId);
        var sentences = Enumerable.Range(0, 10).Select(i => Sentence(i, $"Sentence {i}: " + new string((char)('a' + i), 7_000))).ToList();
        var messages = AnswerRenderer.Render(new Reply(new Answer(AnswerKind.Found, "Found:", sentences, sentences.Take(3).ToList()), ["more"]), channel, s => [s]);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(MessageSize.Of(m) + MessageSize.Envelope <= channel.MaxMessageBytes, $"{MessageSize.Of(m)} bytes"));
        var quoted = messages.SelectMany(m => m.Entities.Where(e => e.Type == Quotations.EntityType)).Select(e => (string?)e.Properties["text"]);
        Assert.Equal(sentences.Select(s => s.Text), quoted);
        Assert.StartsWith("Found:", messages[0].Text);
        Assert.StartsWith(AnswerRenderer.Continued, messages[1].Text);
        Assert.Contains("3 more", messages[^1].Text);
        Assert.NotNull(messages[^1].SuggestedActions);
        Assert.All(messages.SkipLast(1), m => Assert.Null(m.SuggestedActions));
    }

    [Theory]
    [InlineData("plain ASCII words")]
    [InlineData("Zürich — “quoted” ½ \"escaped\" \\ \n tab\t")]
    [InlineData("emoji 👍🏽 and 中文 text")]
    public void AMessageIsMeasuredAsItsJsonIsLongInUtf16AndUtf8(string text)
    {
        var message = MessageFactory.Text(text);
        var json = Newtonsoft.Json.JsonConvert.SerializeObject(message, new Newtonsoft.Json.JsonSerializerSettings { NullValueHandling = Newtonsoft.Json.NullValueHandling.Ignore });
        Assert.Equal(Math.Max(json.Length * 2, System.Text.Encoding.UTF8.GetByteCount(json)), MessageSize.Of(message));
    }

    [Fact]
    public void ASentenceTooLongForAnyMessageIsShortenedRatherThanRejectedByTeams()
    {
        var giant = Sentence(0, string.Join(' ', Enumerable.Repeat("word", 30_000)));
        var message = Assert.Single(AnswerRenderer.Render(new Reply(new Answer(AnswerKind.Found, "Found:", [giant], []), []), Channel.Teams, s => [s]));
        Assert.True(MessageSize.Of(message) + MessageSize.Envelope <= Channel.TeamsMaxMessageBytes);
        Assert.Contains("…", message.Text);
    }

    [Fact]
    public void ALongListIsSplitAtLineBreaksWithNothingLost()
    {
        var lines = Enumerable.Range(1, 3_000).Select(i => $"- Article number {i} with a fairly long headline").ToList();
        var text = "I have 3000 articles:\n" + string.Join("\n", lines);
        var messages = AnswerRenderer.Text(text, ["help"], Channel.Teams);
        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(MessageSize.Of(m) + MessageSize.Envelope <= Channel.TeamsMaxMessageBytes));
        Assert.Equal(text, string.Join("\n", messages.Select(m => m.Text)));
        Assert.NotNull(messages[^1].SuggestedActions);
    }

    [Fact]
    public void ParagraphOfGivesTheSentencesOfTheQuotesParagraphInOrder()
    {
        var quote = knowledge.Answerer.Ask(Question.Parse("what did Psaki say?"), null).Quotes.First(q => q.Paragraph == 3);
        var paragraph = knowledge.Store.Index.ParagraphOf(quote);
        Assert.All(paragraph, s => Assert.Equal(3, s.Paragraph));
        Assert.Equal(paragraph.Select(s => s.Position).Order(), paragraph.Select(s => s.Position));
        Assert.Contains(paragraph, s => s.Position == quote.Position);
        var article = TestArticles.Sample();
        Assert.Equal(Normalize(article.TextOf(article.Paragraphs[3])), Normalize(string.Join(" ", paragraph.Select(s => s.Text))));
    }

    private static IndexedSentence Sentence(int position, string text, string headline = "A headline", Speaker? speaker = null) =>
        new("article", headline, position + 1, position, 0, text.Length, text, speaker is null ? null : QuoteKind.Direct, speaker, false);

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

using Microsoft.Bot.Schema;
using NewsBot.Bot.Bots;
using NewsBot.Bot.Rendering;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;
using Newtonsoft.Json;

namespace NewsBot.Tests.Channels;

public sealed class RenderedRepliesTests(SampleKnowledge knowledge) : IClassFixture<SampleKnowledge>
{
    private static string Json(IEnumerable<IMessageActivity> messages) => JsonConvert.SerializeObject(messages, new JsonSerializerSettings { NullValueHandling = NullValueHandling.Ignore });

    [Theory]
    [InlineData("emulator")]
    [InlineData("msteams")]
    public void AnAnswerRenderedAgainGivesNewActivitiesWithTheSameContent(string channelId)
    {
        var answer = new Answerer(knowledge.Store, cacheSize: 8).Ask(Question.Parse("What did Psaki say?"));
        var reply = new Reply(answer, ["more"]);
        var channel = Channel.For(channelId);

        var first = RenderedReplies.Render(reply, channel, knowledge.Store.Index.ParagraphOf);
        var again = RenderedReplies.Render(reply, channel, knowledge.Store.Index.ParagraphOf);

        Assert.Equal(Json(AnswerRenderer.Render(reply, channel, knowledge.Store.Index.ParagraphOf)), Json(again));
        Assert.Equal(Json(first), Json(again));
        Assert.All(first.Zip(again), pair => Assert.NotSame(pair.First, pair.Second));
        // the adapter stamps each reply: stamping one must not show on the next turn's
        first[0].Id = "stamped";
        Assert.Null(RenderedReplies.Render(reply, channel, knowledge.Store.Index.ParagraphOf)[0].Id);
    }

    [Fact]
    public void OtherSuggestionsOrAnotherChannelAreRenderedForThemselves()
    {
        var answer = knowledge.Answerer.Ask(Question.Parse("What did Psaki say?"));
        var emulator = RenderedReplies.Render(new Reply(answer, ["more"]), Channel.For("emulator"), knowledge.Store.Index.ParagraphOf);

        var otherSuggestions = RenderedReplies.Render(new Reply(answer, ["help"]), Channel.For("emulator"), knowledge.Store.Index.ParagraphOf);
        var teams = RenderedReplies.Render(new Reply(answer, ["more"]), Channel.Teams, knowledge.Store.Index.ParagraphOf);

        Assert.Equal("help", otherSuggestions[^1].SuggestedActions.Actions[0].Title);
        Assert.Equal("more", emulator[^1].SuggestedActions.Actions[0].Title);
        Assert.Contains(teams[0].Entities, e => e.Type == TeamsCitations.EntityType);
        Assert.DoesNotContain(emulator[0].Entities, e => e.Type == TeamsCitations.EntityType);
    }
}

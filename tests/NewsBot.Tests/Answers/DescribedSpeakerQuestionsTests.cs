using NewsBot.Knowledge.Answers;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Made-up flood stories: two from two villages, each quoting a retired schoolteacher: a speaker asked for by the end of
/// a compound title ("the retired teacher") and narrowed down by the place the article writes ("in Marrow Bend"), and
/// a quote of two sentences whose second speaks of the topic; and a lawsuit whose plaintiff's lawyer is asked for by
/// whose lawyer she is ("Krell's lawyer").
/// </summary>
public sealed class DescribedSpeakerQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly DescribedSpeakerKnowledge _knowledge;

    public DescribedSpeakerQuestionsTests()
    {
        File.WriteAllText(_articles["marrow-bend-flood.txt"], """
            River bursts its banks in overnight flood

            MARROW BEND (Wire) – The Tessel river rose two metres overnight and flooded some 80 homes, the county said on Tuesday.

            Odile Vance, a 61-year-old retired schoolteacher whose garden is under water, said the sirens never sounded. "We had no warning at all, not even a knock on the door," Vance said.

            "Nobody came to help us for a week. They have treated this village like an afterthought," Vance said of the county council.
            """);
        File.WriteAllText(_articles["keswold-flood.txt"], """
            Second village evacuated as rain goes on

            KESWOLD (Wire) – Rescue boats took 40 people from their homes on Wednesday as the rain kept falling.

            Henrik Dahl, a retired schoolteacher who has lived on the green since 1970, said the boats came just in time. "I have never seen the water this high in my life," Dahl said.

            Bram Oost, a lawyer for the village, said the insurers had been told of the damage.
            """);
        File.WriteAllText(_articles["ostmoor-lawsuit.txt"], """
            Farmer sues water board over flooded fields

            Anton Krell, whose fields at Ostmoor lay under water for a month, has sued the regional water board. His lawyer, Mirela Sand, said the board had ignored three warnings about the dyke.

            "They knew the dyke was failing and did nothing," Sand said.
            """);
        File.WriteAllText(_articles["pass-closed.txt"], """
            High pass reopens after three days of snow

            Ploughs cleared the Varga pass on Friday and the first coaches crossed at noon.

            Near the summit sat a 58-year-old driver from Orvella who had waited two nights in his coach with eleven hikers aboard. "We shared the last biscuits on Thursday morning," the driver said. "After that we melted snow for tea. The hikers sang to keep warm."

            The driver, Teodor Brana Vesk, said the hikers had kept each other warm with songs. "Nobody panicked, not once," Brana said.

            Lida Moor, a taxi driver who took stranded skiers down the valley road, said the snow came faster than anyone had warned.
            """);
        _knowledge = new DescribedSpeakerKnowledge(_articles.Path);
    }

    [Fact]
    public void ADescriptionTheRosterDoesNotHoldIsFoundByItsHeadNounWhereTheArticleWritesItAll()
    {
        // the roster calls him only "driver"; the article writes the coach and the village beside it, and names him
        // only after his quote of several sentences
        var answer = _knowledge.Answerer.Ask("What did the coach driver from Orvella say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("Teodor Brana Vesk", answer.Message);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("last biscuits"));
        Assert.DoesNotContain(answer.Quotes, q => q.Speaker?.Name == "Lida Moor");
    }

    [Fact]
    public void AHeadNounWhoseWholeDescriptionNoSentenceWritesWithThePlaceFindsNobody()
    {
        // two drivers are quoted, but no sentence writes a bus driver from Orvella
        var answer = _knowledge.Answerer.Ask("What did the bus driver from Orvella say?");
        Assert.NotEqual(AnswerKind.Statements, answer.Kind);
        Assert.DoesNotContain("Teodor Brana Vesk said", answer.Message);
    }

    [Fact]
    public void TheEndOfACompoundTitleFindsTheSpeaker()
    {
        var answer = _knowledge.Answerer.Ask("What did the retired teacher say?");
        // two retired schoolteachers are quoted: which one is asked, not a guess
        Assert.Equal(AnswerKind.Clarify, answer.Kind);
        Assert.Contains("Odile Vance", answer.Message);
        Assert.Contains("Henrik Dahl", answer.Message);
    }

    [Fact]
    public void APlaceTheArticleWritesNarrowsTheDescriptionDown()
    {
        var answer = _knowledge.Answerer.Ask("What did the retired teacher in Marrow Bend say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.NotEmpty(answer.Quotes);
        Assert.All(answer.Quotes, q => Assert.Equal("Odile Vance", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("We had no warning at all"));
    }

    [Fact]
    public void TheOwnerOfATitleNarrowsItDownToTheArticleThatNamesThem()
    {
        var answer = _knowledge.Answerer.Ask("What did Krell's lawyer say?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.All(answer.Quotes, q => Assert.Equal("Mirela Sand", q.Speaker?.Name));
        Assert.Contains(answer.Quotes, q => q.Text.Contains("They knew the dyke was failing"));
    }

    [Fact]
    public void AStatementOnTheTopicIsShownWithTheSentenceItsQuoteBeganWith()
    {
        var answer = _knowledge.Answerer.Ask("What did Vance say about the county council?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains("like an afterthought", answer.Quotes[0].Text);
        Assert.Contains("Nobody came to help us for a week.", answer.Quotes[1].Text);
        Assert.All(answer.Quotes, q => Assert.Equal("Odile Vance", q.Speaker?.Name));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class DescribedSpeakerKnowledge(string path) : IndexedKnowledge(path);
}

using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A topic asked about as a whole ("what's the latest on …", "what happened with …"), answered first by the lede of the
/// article about it, which tells its news in full, before a later sentence that only echoes more of the question's
/// words; and who finished first in a made-up race, which the winner's sentence answers, not one of a runner-up.
/// </summary>
public sealed class TopicAndOrdinalQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly TopicKnowledge _knowledge;

    public TopicAndOrdinalQuestionsTests()
    {
        File.WriteAllText(_articles["calder-ferry.txt"], """
            Calder Bay ferry crews walk out over rosters

            Ferry crews in Calder Bay began a 48-hour strike on Friday, halting crossings to Orme Island after talks on new rosters broke down.

            The operator, Orme Link, said the latest ferry strike would cost it 200,000 crowns a day.

            "Nobody wants the ferries tied up," said Ilse Varga, who speaks for the crews.

            The Calder Bay ferry strike is the second this year, and the latest talks are set for Monday.
            """);
        File.WriteAllText(_articles["harrow-marathon.txt"], """
            Ruto takes Harrow marathon in course record

            Ana Ruto won the Harrow marathon on Sunday in 2:21:05, a course record.

            Lise Marr finished second, 40 seconds behind, and Tove Brand finished third.

            Marr said she had finished the race with a sore knee.

            Ruto first ran in Harrow in 2019, when she finished fifth.

            The first Harrow marathon was held in 1981 and drew 300 runners.

            Eld's coach, Bo Hart, said the junior race would be his last season with the club.

            Tomas Eld, 17, finished first in the junior race.
            """);
        _knowledge = new TopicKnowledge(_articles.Path);
    }

    private Answer Ask(string question) => _knowledge.Answerer.Ask(question);

    [Theory]
    [InlineData("What's the latest on the Calder Bay ferry strike?")]
    [InlineData("Tell me about the Calder Bay ferry strike")]
    [InlineData("What happened with the Calder Bay ferry strike?")]
    [InlineData("What's happening with the ferry strike in Calder Bay?")]
    public void ATopicAskedAsAWholeLeadsWithTheLedeOfItsArticle(string question)
    {
        var answer = Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.StartsWith("Ferry crews in Calder Bay began", answer.Quotes[0].Text);
    }

    [Theory]
    [InlineData("What happened with the Calder Bay ferry strike?")]
    [InlineData("What's happening with the ferry strike in Calder Bay?")]
    public void WhatHappenedWithSomethingAsksAboutATopic(string question) => Assert.True(Question.Parse(question).AsksAboutATopic);

    [Fact]
    public void WhatHappenedToOneThingIsNoTopic() => Assert.False(Question.Parse("What happened at the Orme Island pier on Friday?").AsksAboutATopic);

    [Theory]
    [InlineData("Who finished first in the Harrow marathon?")]
    [InlineData("Who came first in the marathon?")]
    public void WhoFinishedFirstIsAnsweredByTheWinner(string question) =>
        Assert.Contains("Ana Ruto won", Ask(question).Quotes[0].Text);

    [Fact]
    public void WhoWonIsAnsweredByWhoFinishedFirst() =>
        Assert.Contains("Tomas Eld, 17, finished first", Ask("Who won the junior race?").Quotes[0].Text);

    [Fact]
    public void WhoFinishedSecondIsStillTheRunnerUp() =>
        Assert.Contains("Lise Marr finished second", Ask("Who finished second in the marathon?").Quotes[0].Text);

    [Theory]
    [InlineData("When was the first Harrow marathon held?", "1981")]
    [InlineData("What was the first year Ruto ran in Harrow?", "2019")]
    public void TheFirstOfSomethingIsTheOneTheArticleCallsFirst(string question, string expected) =>
        Assert.Contains(expected, Ask(question).Quotes[0].Text);

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class TopicKnowledge(string path) : IndexedKnowledge(path);
}

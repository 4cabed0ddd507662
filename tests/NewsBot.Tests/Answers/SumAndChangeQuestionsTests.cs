using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// Questions for a figure the article gives in a form the question does not name: a sum in a currency known by its name
/// ("riel"), the size of a change ("by how much"), a number to ring, and the price a sale settled on rather than the sum
/// it was expected to fetch.
/// </summary>
public sealed class SumAndChangeQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly SumKnowledge _knowledge;

    public SumAndChangeQuestionsTests()
    {
        File.WriteAllText(_articles["delta-fishers.txt"], """
            Fishers on the lower delta promised help after the salt surge

            Fishers on the lower delta say the salt surge of the spring has emptied their ponds of shrimp.

            The provincial council has offered fishers 3.65 million riel for each pond lost, a sum the fishers' guild called too small.

            Guild members will meet the council again next month.
            """);
        File.WriteAllText(_articles["bread-prices.txt"], """
            Bread prices climb in the river towns

            Bakers in the river towns have raised bread prices again this month.

            Flour merchant Odile Varsk said bread prices in Pell Crossing had risen by about 23 percent since the mill closed.

            "Prices will keep going up," said baker Tomas Quill.
            """);
        File.WriteAllText(_articles["depot-fire.txt"], """
            Police appeal for witnesses after depot fire

            Police are appealing for witnesses after a fire destroyed a bus depot in Marrowby overnight.

            Inspector Hana Dolek said anyone who saw a grey van near the depot after midnight should ring 0800 316 482.

            Nobody was hurt in the fire.
            """);
        File.WriteAllText(_articles["lantern-sale.txt"], """
            Old lighthouse lantern sold at harbour auction

            The Corran Point lantern, made in 1881, was tipped to fetch between $31,500 and $42,500 at the harbour auction on Friday.

            The Corran Point lantern sold for $93,400 after a bidding contest between two collectors.
            """);
        _knowledge = new SumKnowledge(_articles.Path);
    }

    [Fact]
    public void ASumInACurrencyWrittenByItsNameIsASum()
    {
        var answer = _knowledge.Answerer.Ask("How much compensation per pond has the council offered fishers?");
        Assert.Contains("3.65 million riel", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("2.85 million kip for each field", true)]
    [InlineData("865 million won in damages", true)]
    [InlineData("the side had 3 won and 2 lost", false)]
    public void ACurrencyNamedLikeAWordCountsOnlyAsASum(string sentence, bool money)
    {
        Assert.Equal(money, AnswerTypes.Matches(AnswerType.Money, sentence, ""));
    }

    [Fact]
    public void ByHowMuchAsksANumber()
    {
        Assert.Equal(AnswerType.Number, Question.Parse("By how much have bread prices gone up in Pell Crossing?").Expected);
        var answer = _knowledge.Answerer.Ask("By how much have bread prices gone up in Pell Crossing?");
        Assert.Contains("about 23 percent", answer.Quotes.First().Text);
    }

    [Fact]
    public void WhatNumberAsksAFigureNotAName()
    {
        Assert.Equal(AnswerType.Number, Question.Parse("What number should witnesses ring?").Expected);
    }

    [Fact]
    public void WhatAThingWentForIsThePricePaidNotTheEstimate()
    {
        Assert.Equal(AnswerType.Money, Question.Parse("How much did the Corran Point lantern go for?").Expected);
        var answer = _knowledge.Answerer.Ask("How much did the Corran Point lantern go for?");
        Assert.Contains("$93,400", answer.Quotes.First().Text);
    }

    [Theory]
    [InlineData("The clock was expected to fetch $5,250.", true)]
    [InlineData("The clock, estimated at $5,250, sold for $12,750.", false)]
    [InlineData("The clock sold for $12,750.", false)]
    public void AnEstimateAloneIsNoPricePaid(string sentence, bool foreseen)
    {
        Assert.Equal(foreseen, AnswerTypes.GivesOnlyAForeseenSum(sentence));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class SumKnowledge(string path) : IndexedKnowledge(path);
}

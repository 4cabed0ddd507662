using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Retrieval;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>A count of the deed asked in another word for it; money set aside in the words of allocating it, in a currency written by its letter; a structure that came down.</summary>
public sealed class ReserveQuestionsTests(ReserveKnowledge knowledge) : IClassFixture<ReserveKnowledge>
{
    private Answer Ask(string question) => knowledge.Answerer.Ask(question);

    [Fact]
    public void MoneySetAsideIsTheSumEarmarked() =>
        Assert.Contains("R85 million", Ask("How much money has the council set aside for the relief effort?").Quotes.First().Text);

    [Fact]
    public void WhatTimeAStructureCameDownIsWhenItCollapsed() =>
        Assert.Contains("6:20 a.m.", Ask("What time did the roof come down?").Quotes.First().Text);

    [Fact]
    public void WhatTimeIsAnsweredByTheHourBeforeThePartOfTheDay() =>
        Assert.Contains("5:40 a.m.", Ask("What time did the Maren run aground?").Quotes.First().Text);

    [Fact]
    public void HowManySupportedIsTheCountOfThoseWhoBackedItNotOfThoseAgainst() =>
        Assert.Contains("6 of the 11", Ask("How many councillors supported the plan?").Quotes.First().Text);

    [Theory]
    [InlineData("The board set aside N320 million for the ferries.", true)]
    [InlineData("The fund holds ₦12,000 per family.", true)]
    [InlineData("Farmers were paid 40 million naira in all.", true)]
    [InlineData("The agency spent USD 3 billion on roads.", true)]
    [InlineData("Nurses asked for 500 more N95 masks.", false)]
    [InlineData("Route R2 was closed for 3 hours.", false)]
    [InlineData("The ferry line could lose Kr40 million in fares this winter.", true)]
    [InlineData("The port set aside Tk12bn for new cranes.", true)]
    [InlineData("At 5 million viewers, the final drew a record crowd.", false)]
    public void ASumInAnyCurrencyIsMoney(string sentence, bool matches) =>
        Assert.Equal(matches, AnswerTypes.Matches(AnswerType.Money, sentence, "how much money did they get?"));
}

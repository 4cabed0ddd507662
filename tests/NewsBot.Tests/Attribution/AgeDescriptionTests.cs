using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "The 45-year-old said": an age used as a description is the one named person the article gave that age, and
/// stays an unnamed source when the age fits several people or nobody.
/// </summary>
public sealed class AgeDescriptionTests
{
    [Fact]
    public void AnAgeAsADescriptionIsThePersonOfThatAge()
    {
        var quote = Assert.Single(Quotes("Helen Vell, 58, met Peter Gorrie, 41, at the mill. The 41-year-old said the loom repairs \"cannot wait.\""));
        Assert.Equal("Peter Gorrie", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAgeBeforeAWordForAPersonIsThePersonOfThatAgeToo()
    {
        var quote = Assert.Single(Quotes("Peter Gorrie, 41, greeted Helen Vell, 58, at the mill. The 58-year-old weaver said the looms were \"older than the town.\""));
        Assert.Equal("Helen Vell", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAgeTwoPeopleShareNamesNeither()
    {
        var quote = Assert.Single(Quotes("Helen Vell, 58, toured the mill with Peter Gorrie, 58. The 58-year-old said the looms were \"older than the town.\""));
        Assert.Equal("58-year-old (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAgeNobodyHasNamesNobody()
    {
        var quote = Assert.Single(Quotes("Helen Vell, 58, met Peter Gorrie, 41, at the mill. The 30-year-old said the looms were \"older than the town.\""));
        Assert.Equal("30-year-old (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAgeSetOffAfterAnUnknownGivenNameMakesItAPerson()
    {
        // "Orsolya" is in no list of given names; ", 58," says the name is a person's all the same
        var quote = Assert.Single(Quotes("Peter Gorrie, 41, greeted Orsolya Vell, 58, at the mill. The 58-year-old said the looms were \"older than the town.\""));
        Assert.Equal("Orsolya Vell", quote.Speaker?.Name);
    }

    [Fact]
    public void AnObjectWithAnAgeIsThePersonAPronounLaterMeans()
    {
        var quote = Assert.Single(Quotes("The council thanked Orsolya Vell, 58, at the mill.\n\n\"The looms are older than the town,\" she said."));
        Assert.Equal("Orsolya Vell", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAgeNobodyWasGivenIsThePersonTheSentenceBeforeIsAbout()
    {
        var quotes = Quotes("The mill's Danish foreman, Peter Holm, kept his answers short. Pressed on whether he would rehire Tomas Ekwall, the 58-year-old said the decision could wait.\n\n"
            + "\"My job is to run the looms,\" he added.");
        Assert.Equal(["Peter Holm", "Peter Holm"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void AnAgeBeforeATradeAfterAQuoteIsItsSpeaker()
    {
        var quotes = Quotes("\"The owners swore the boilers were safe,\" said Rita Vale, head of the weavers' union. \"We are tired,\" the 44-year-old welder added.");
        Assert.Equal(["Rita Vale", "Rita Vale"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void AnAgeAfterASentenceAboutTwoPeopleNamesNeither()
    {
        var quote = Assert.Single(Quotes("Peter Holm and Tomas Ekwall toured the mill on Monday. The 58-year-old said the looms were \"older than the town.\""));
        Assert.Equal("58-year-old (unnamed)", quote.Speaker?.Name);
    }

    [Fact]
    public void AnAgeInADescriptionAfterTheQuoteIsThatPerson()
    {
        var quotes = Quotes("\"We will ride it out,\" said Ravi Osei, a 58-year-old boatbuilder from Kessa.\n\n"
            + "\"My father fished these waters,\" the 58-year-old added.");
        Assert.Equal(["Ravi Osei", "Ravi Osei"], quotes.Select(q => q.Speaker?.Name));
    }

    [Fact]
    public void AnAgeTwoDescriptionsGiveNamesNeither()
    {
        var quotes = Quotes("\"We will ride it out,\" said Ravi Osei, a 58-year-old boatbuilder from Kessa. Lena Marsk, a 58-year-old baker, agreed.\n\n"
            + "\"My father fished these waters,\" the 58-year-old added.");
        Assert.Equal("58-year-old (unnamed)", quotes[^1].Speaker?.Name);
    }
}

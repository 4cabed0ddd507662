using Lucene.Net.Index;
using Lucene.Net.Search;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Tests.Support;

namespace NewsBot.Tests.Answers;

/// <summary>
/// A made-up ferry article whose sentences report two speakers each ("A said …, and B countered that …"; "A said …;
/// B said …"): each speaker finds the sentence, is shown as the one who said it, and is never given the other's words.
/// </summary>
public sealed class SeveralSpeakersQuestionsTests : IDisposable
{
    private readonly TempFolder _articles = new();
    private readonly SeveralSpeakersKnowledge _knowledge;

    public SeveralSpeakersQuestionsTests()
    {
        File.WriteAllText(_articles["ferry-fares.txt"], """
            Ferry fares to rise in spring

            The harbor board voted on Tuesday to raise ferry fares by 15 percent in April, after its chairman, Aldo Belardi, warned that the fleet was running out of money.

            Councilwoman Tamsin Brisco said the increase would push commuters onto the congested bridge, and Belardi countered that the fleet could not run another winter without new engines. "New engines will not fix a route nobody can afford," Brisco said.

            Ines Lisle, a deckhand, said the crews had patched the hulls for eleven years; Hector Quint, the ferry union's steward, said the crews were tired of apologizing to passengers.

            Brisco said she would ask the council to delay the increase until the summer.

            The new fares take effect on April 1.
            """);
        // one speaker's own words and another's reported speech in one sentence, credited to the quote
        File.WriteAllText(_articles["tram-repairs.txt"], """
            Tram line to close for repairs

            The city will close the east tram line for six weeks in June, the transit office said on Monday.

            "The rails are older than most of our drivers," said Ilse Marnow, the transit director, and Piet Vandam said the closure would cost shops on the line their summer trade.

            Marnow said buses would run every ten minutes while the line was closed.

            "We were told about this by a flyer," Vandam said.
            """);
        // a quote that opens in a sentence credited to another speaker's longer quote, and goes on in the next one
        File.WriteAllText(_articles["library-hours.txt"], """
            Library to close on Sundays

            The county library will close on Sundays from March, its board said on Thursday.

            "The budget left us no other choice this winter," said Orla Kimber, the board's treasurer, but Teo Vasquez replied: "The children cannot wait. Sunday is the only day their parents are free to bring them."
            """);
        _knowledge = new SeveralSpeakersKnowledge(_articles.Path);
    }

    [Fact]
    public void EverySpeakerOfASentenceFindsItInTheIndexAndItsMainSpeakerStaysItsOwn()
    {
        foreach (var name in new[] { "Tamsin Brisco", "Aldo Belardi" })
        {
            var filter = new TermQuery(new Term("speaker_key", SentenceIndex.SpeakerKey(name)));
            Assert.Contains(_knowledge.Store.Index.Search(filter, 10), h => h.Sentence.Text.Contains("countered"));
        }
        var (shared, _) = _knowledge.Store.Index.Search(new TermQuery(new Term("text", "counter")), 1).Single();
        Assert.Equal("Tamsin Brisco", shared.Speaker?.Name);
        Assert.Equal(["Tamsin Brisco", "Aldo Belardi"], shared.Voices!.Select(v => v.Speaker.Name));
        Assert.Contains("without new engines", shared.PartOf(shared.Voices![1]));
        Assert.DoesNotContain("congested bridge", shared.PartOf(shared.Voices![1]));
    }

    [Theory]
    [InlineData("What did Belardi say?", "Aldo Belardi", "countered")]
    [InlineData("What did Tamsin Brisco say?", "Tamsin Brisco", "countered")]
    [InlineData("What did Hector Quint say?", "Hector Quint", "apologizing")]
    [InlineData("What did Ines Lisle say?", "Ines Lisle", "apologizing")]
    [InlineData("What did Quint say about the passengers?", "Hector Quint", "apologizing")]
    public void EachSpeakerOfTheSentenceIsQuotedInItUnderTheirOwnName(string question, string speaker, string words)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        var shown = Assert.Single(answer.Quotes, q => q.Text.Contains(words));
        Assert.Equal(speaker, shown.Speaker?.Name);
        Assert.All(answer.Quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    [Theory]
    [InlineData("What did Belardi say about the bridge?", "Aldo Belardi")]
    [InlineData("What did Brisco say about the winter?", "Tamsin Brisco")]
    public void AskedAboutATopicTheOtherSpeakersWordsInTheSentenceAreNotTheirs(string question, string speaker)
    {
        var answer = _knowledge.Answerer.Ask(question);
        // nothing they said names it: the reply says so before it shows what they said, and never claims the other's words are about it
        Assert.Contains($"no statement by {speaker} that names", answer.Message);
        Assert.All(answer.Quotes, q => Assert.Equal(speaker, q.Speaker?.Name));
    }

    [Theory]
    [InlineData("Who said the fleet could not run another winter without new engines?", "Aldo Belardi")]
    [InlineData("Who said the increase would push commuters onto the bridge?", "Tamsin Brisco")]
    [InlineData("Who said the crews were tired of apologizing to passengers?", "Hector Quint")]
    [InlineData("Who said the crews had patched the hulls for eleven years?", "Ines Lisle")]
    public void WhoSaidItNamesTheSpeakerWhosePartOfTheSentenceItIs(string question, string speaker)
    {
        var answer = _knowledge.Answerer.Ask(question);
        Assert.Equal(AnswerKind.Found, answer.Kind);
        Assert.Equal(speaker, answer.Quotes[0].Speaker?.Name);
        Assert.StartsWith(speaker, answer.Message);
    }

    [Fact]
    public async Task TheQuotationEntityNamesTheSpeakerAskedAboutAndTheFollowUpKeepsThem()
    {
        var bot = new TestBot(_knowledge);
        var reply = (await bot.AskAsync("What did Hector Quint say?")).First();
        var quoted = Assert.Single(reply.Quotes(), q => q.Text.Contains("apologizing"));
        Assert.Equal("Hector Quint", quoted.Speaker);
        var more = (await bot.AskAsync("What else did he say?")).First();
        Assert.DoesNotContain("Lisle", more.Text.Split('\n')[0]);
        Assert.All(more.Quotes(), q => Assert.Equal("Hector Quint", q.Speaker));
    }

    [Fact]
    public void TheirReportedSpeechInASentenceCreditedToSomeoneElsesQuoteComesAfterTheirOwnQuotes()
    {
        var answer = _knowledge.Answerer.Ask("What did Piet Vandam say?");
        Assert.Collection(answer.Quotes,
            q => Assert.Equal(("\"We were told about this by a flyer,\" Vandam said.", QuoteKind.Direct), (q.Text, q.Kind)),
            q => Assert.Equal((true, QuoteKind.Indirect), (q.Text.Contains("summer trade"), q.Kind)));
        Assert.All(answer.Quotes, q => Assert.Equal("Piet Vandam", q.Speaker?.Name));
        Assert.Equal("Ilse Marnow", _knowledge.Answerer.Ask("Who said the rails are older than the drivers?").Quotes[0].Speaker?.Name);
        Assert.Equal("Piet Vandam", _knowledge.Answerer.Ask("Who said the closure would cost shops their summer trade?").Quotes[0].Speaker?.Name);
    }

    [Fact]
    public void AQuoteThatOpensInASharedSentenceIsReadWholeUnderItsSpeaker()
    {
        var answer = _knowledge.Answerer.Ask("What did Vasquez say about the parents?");
        Assert.Equal(AnswerKind.Statements, answer.Kind);
        Assert.Contains(answer.Quotes, q => q.Text.Contains("cannot wait"));
        Assert.All(answer.Quotes, q => Assert.Equal("Teo Vasquez", q.Speaker?.Name));
    }

    [Fact]
    public void AQuoteAfterTheSharedSentenceIsNoContinuationOfTheOtherSpeakersWords()
    {
        // Brisco's quote borrows no words from Belardi's part of the sentence before: his words are his
        var answer = _knowledge.Answerer.Ask("Who said the fleet could not run another winter without new engines?");
        var shared = answer.Quotes.Where(q => q.Text.Contains("countered")).ToList();
        Assert.NotEmpty(shared);
        Assert.All(shared, q => Assert.Equal("Aldo Belardi", q.Speaker?.Name));
        Assert.Equal("Aldo Belardi", answer.Quotes[0].Speaker?.Name);
    }

    [Theory]
    [InlineData("What did Hector Quint say?", "Hector Quint")]
    [InlineData("Who said the fleet could not run another winter without new engines?", "Aldo Belardi")]
    public async Task WhoSaidThatNamesTheSpeakerTheSentenceWasShownAs(string question, string speaker)
    {
        var bot = new TestBot(_knowledge);
        await bot.AskAsync(question);
        var reply = (await bot.AskAsync("who said that?")).First();
        Assert.StartsWith(speaker, reply.Text);
        Assert.All(reply.Quotes(), q => Assert.Equal(speaker, q.Speaker));
    }

    public void Dispose()
    {
        _knowledge.Dispose();
        _articles.Dispose();
    }

    private sealed class SeveralSpeakersKnowledge(string path) : IndexedKnowledge(path);
}

using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Pieter Voss, 56, has spent three decades on the line. ¶ “…,” he said.": a paragraph that only introduces someone,
/// by a full name whose given name the lexicon lacks, hands its "he" or "she" on to the next paragraph; and a relative
/// sharing the surname of the person the article is about ("Orla Marsh, his wife, …") never takes that person's bare
/// surname.
/// </summary>
public sealed class NarrationIntroductionTests
{
    [Theory]
    [InlineData("Pieter Voss, 56, has spent three decades on the Tarvo line, like his uncle before.", "Pieter Voss")]
    [InlineData("Dieter Voss, 56, has spent three decades on the Tarvo line.", "Dieter Voss")]
    public void APronounAfterAnIntroducingParagraphIsThePersonItIntroduced(string introduction, string name)
    {
        var quotes = Quotes("Plant closes\n\nOutside the gates on Wednesday, workers gathered in small groups.\n\n" + introduction
            + "\n\n‘I have nothing else but this line,’ he said. ‘I came here at 20.’\n\nHe said he would look for work in the north.");
        Assert.Equal(2, quotes.Count);
        Assert.All(quotes, q => Assert.Equal(name, q.Speaker?.Name));
    }

    private const string Retirement = "Marsh retires\n\n{0} Marsh coached his final match on Sunday. \"I feel fine,\" Marsh said. Marsh, 68, won 2,000 games.\n\n"
        + "Marsh never managed in the majors. \"I liked the small towns,\" Marsh said.\n\n"
        + "{1} Marsh, his wife of 30 years, sat in the front row at nearly every home game.\n\n"
        + "\"Nobody sees the long drives,\" she said. \"Nobody.\"\n\nShe said the worst winter was 2001.\n\n"
        + "{1} Marsh said she had sold the camper van. \"He will miss it by June,\" she said.";

    // (paragraphs count from the headline: the wife is introduced in the fourth)
    [Theory]
    [InlineData("Tavin", "Orla")]
    [InlineData("Ivo", "Anna")]
    public void TheWifeKeepsHerQuotesAndTheBareSurnameStaysHis(string his, string hers)
    {
        var quotes = Quotes(string.Format(Retirement, his, hers));
        Assert.All(quotes.Where(q => q.Paragraph <= 3), q => Assert.Equal($"{his} Marsh", q.Speaker?.Name));
        Assert.All(quotes.Where(q => q.Paragraph > 3), q => Assert.Equal($"{hers} Marsh", q.Speaker?.Name));
        Assert.Equal(6, quotes.Count);
    }
}

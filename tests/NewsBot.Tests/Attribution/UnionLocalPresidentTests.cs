using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "Mara Quill, president of the National Harbor Pilots Association local at the Tarn port, said …": a description
/// whose organization's name runs to several capitalized words is still one person's description (the name counts
/// as one word toward the apposition's length), so she keeps her role and stays a person, and "the union said"
/// afterwards is never taken for her.
/// </summary>
public sealed class UnionLocalPresidentTests
{
    private const string Text =
        "Mara Quill, president of the National Harbor Pilots Association local at the Tarn port, said the report confirmed what pilots had said for years.\n\n"
        + "\"We are running on empty,\" Quill said.\n\n"
        + "The union said on Monday that the port had 12 pilots.";

    [Fact]
    public void TheLongDescriptionIsStillHers()
    {
        var quotes = Quotes(Text);
        var hers = quotes.Where(q => q.Speaker?.Name == "Mara Quill").ToList();
        Assert.Equal(2, hers.Count);
        Assert.All(hers, q => Assert.Equal(SpeakerType.Person, q.Speaker?.Type));
        Assert.All(hers, q => Assert.StartsWith("president of the National Harbor Pilots Association", q.Speaker?.Role));
    }

    [Fact]
    public void TheUnionIsNotThePersonWhoLeadsItsLocal() =>
        Assert.NotEqual("Mara Quill", Assert.Single(Quotes(Text), q => q.Source?.Text == "The union").Speaker?.Name);
}

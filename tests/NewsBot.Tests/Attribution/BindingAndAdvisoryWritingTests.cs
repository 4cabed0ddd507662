using NewsBot.Knowledge.Attribution;
using static NewsBot.Tests.Support.TestArticles;

namespace NewsBot.Tests.Attribution;

/// <summary>
/// "the protocol states that …", "…,” the advice states.": a writing states bind or an advisory body's written advice
/// speaks as a document, its own unnamed source.
/// </summary>
public sealed class BindingAndAdvisoryWritingTests
{
    [Fact]
    public void AProtocolSpeaksAsADocument()
    {
        var quote = Assert.Single(Quotes("The pact was signed in 2033. The protocol states that “no side shall raise duties on grain without notice.”"));
        Assert.Equal("protocol (unnamed)", quote.Speaker?.Name);
        Assert.Contains("raise duties on grain", ContentOf(quote));
    }

    [Fact]
    public void WrittenAdviceSpeaksAsADocument()
    {
        var quote = Assert.Single(Quotes("“Hake numbers have fallen faster than boats can follow them,” the advice states."));
        Assert.Equal("advice (unnamed)", quote.Speaker?.Name);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
    }
}

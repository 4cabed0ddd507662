using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace NewsBot.Knowledge.Index;

/// <summary>
/// Lucene's English analysis (possessives dropped, lowercased, stop words removed, Porter stems) with accents folded
/// after lowercasing: readers type "Cordoba", "Sao Tome" and "Malmo" for the "Córdoba", "São Tomé" and "Malmö"
/// the wire wrote, and both sides of a match must meet on the same term.
/// </summary>
public sealed class NewsAnalyzer : Analyzer
{
    private readonly LuceneVersion _version;

    public NewsAnalyzer(LuceneVersion version) => _version = version;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var source = new StandardTokenizer(_version, reader);
        TokenStream result = new StandardFilter(_version, source);
        result = new EnglishPossessiveFilter(_version, result);
        result = new LowerCaseFilter(_version, result);
        result = new ASCIIFoldingFilter(result);
        result = new StopFilter(_version, result, EnglishAnalyzer.DefaultStopSet);
        result = new PorterStemFilter(result);
        return new TokenStreamComponents(source, result);
    }
}

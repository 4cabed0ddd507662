using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Sentences;

namespace NewsBot.Knowledge.Attribution;

/// <summary>An article with its sentences and attributed quotes, and for each sentence the quote it belongs to.</summary>
public sealed record AttributedArticle(Article Article, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Quote> Quotes)
{
    private Quote?[]? _bySentence;

    /// <summary>The statement a sentence reports (the quote whose content or attribution overlaps it most), or null for narration.</summary>
    public Quote? QuoteOf(Sentence sentence)
    {
        _bySentence ??= Sentences.Select(s => BestQuote(s)).ToArray();
        return _bySentence[sentence.Index];
    }

    private Quote? BestQuote(Sentence sentence)
    {
        Quote? best = null;
        (bool Direct, bool Attributed, int Overlap) bestRank = default;
        foreach (var quote in Quotes)
        {
            int overlap = quote.Content.Sum(c => Math.Max(0, Math.Min(c.End, sentence.End) - Math.Max(c.Start, sentence.Start)));
            if (overlap == 0 && quote.Cue is { } cue && cue.Overlaps(sentence.Start, sentence.End)) overlap = 1;
            if (overlap == 0) continue;
            // a sentence that holds someone's own words is first of all a direct quote
            var rank = (quote.Kind == QuoteKind.Direct, quote.Speaker is not null, overlap);
            if (best is null || rank.CompareTo(bestRank) > 0) (best, bestRank) = (quote, rank);
        }
        return best;
    }
}

/// <summary>
/// Finds who said what in an article: splits it into sentences, finds the quoted spans, reads each sentence's
/// attribution frame (cue + source + content) and resolves every source to a speaker.
/// </summary>
public sealed class Attributor(Lexicon lexicon)
{
    public static Attributor Default { get; } = new(Lexicon.Default);

    public AttributedArticle Attribute(Article article)
    {
        var sentences = SentenceSplitter.Split(article);
        var quoteSpans = QuoteMarks.Find(article);
        var resolver = new SpeakerResolver(lexicon);
        var text = article.Text;
        var tokenized = sentences.Select(s => Tokenizer.Tokenize(text, s.Start, s.End, o => Inside(quoteSpans, o))).ToList();

        // Names first, so a surname or title anywhere in the article finds the person's full name.
        for (int i = 0; i < sentences.Count; i++)
            foreach (var run in NameRuns(tokenized[i], text))
                if (run.Tokens.Count(t => t.IsWord) >= 2) resolver.Observe(run, sentences[i].Paragraph, outsideQuotes: false);

        var quotes = new List<Quote>();
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var tokens = tokenized[i];
            var frames = new SentenceFrames(lexicon, text, tokens, quoteSpans, article.Paragraphs[sentence.Paragraph]).Find();
            int next = 0;
            foreach (var run in NameRuns(tokens, text).Where(r => !r.Tokens[0].InQuote))
            {
                // recency in reading order: names before a frame's source are seen before it is resolved
                foreach (var frame in frames.Skip(next).Where(f => f.Source is null || f.Source.Span.Start <= run.Span.Start))
                {
                    quotes.Add(Resolve(frame, resolver, sentence.Paragraph));
                    next++;
                }
                resolver.Observe(run, sentence.Paragraph, outsideQuotes: true);
            }
            foreach (var frame in frames.Skip(next)) quotes.Add(Resolve(frame, resolver, sentence.Paragraph));
        }
        AddContinuedQuotes(article, sentences, quoteSpans, quotes);
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new AttributedArticle(article, sentences, quotes);
    }

    private static Quote Resolve(Frame frame, SpeakerResolver resolver, int paragraph)
    {
        var speaker = frame.Source is null ? frame.Inherited : resolver.Resolve(frame.Source, paragraph);
        return new Quote(frame.Kind, paragraph, frame.Content, frame.Source?.Span, frame.Cue, speaker);
    }

    /// <summary>
    /// A quote with no attribution of its own that follows one of the same speaker's quotes in the same or the
    /// previous paragraph continues that speaker's words (newswire: the attribution is given once).
    /// </summary>
    private static void AddContinuedQuotes(Article article, IReadOnlyList<Sentence> sentences, List<TextSpan> quoteSpans, List<Quote> quotes)
    {
        foreach (var span in quoteSpans)
        {
            if (quotes.Any(q => q.Content.Any(c => c.Overlaps(span.Start, span.End)))) continue;
            int paragraph = article.ParagraphAt(span.Start).Number;
            if (article.Paragraphs[paragraph].IsHeading || CountWords(span.Text) < 4) continue;
            // it must stand as a sentence of its own, not as words quoted inside narration
            var sentence = sentences.FirstOrDefault(s => s.Start <= span.Start && span.Start < s.End);
            if (sentence is null || span.Start - sentence.Start > 1) continue;
            var previous = quotes.Where(q => q.End <= span.Start && q.Kind != QuoteKind.Indirect).MaxBy(q => q.End);
            if (previous?.Speaker is null || paragraph - article.ParagraphAt(previous.End - 1).Number > 1) continue;
            if (NarrationBetween(sentences, previous.End, span.Start, quoteSpans)) continue;
            quotes.Add(new Quote(QuoteKind.Direct, paragraph, [span], null, null, previous.Speaker));
        }
    }

    private static bool NarrationBetween(IReadOnlyList<Sentence> sentences, int from, int to, List<TextSpan> quoteSpans) =>
        sentences.Any(s => s.Start >= from && s.End <= to && !quoteSpans.Any(q => q.Overlaps(s.Start, s.End)));

    private static int CountWords(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    private static bool Inside(List<TextSpan> spans, int offset)
    {
        int lo = 0, hi = spans.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) / 2;
            if (spans[mid].End <= offset) lo = mid + 1;
            else if (spans[mid].Start > offset) hi = mid - 1;
            else return true;
        }
        return false;
    }

    /// <summary>Runs of capitalized words (with "of", "the" inside them) that may name a person or organization.</summary>
    private static IEnumerable<Mention> NameRuns(List<Token> tokens, string text)
    {
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized || NounPhrases.Determiners.Contains(tokens[i].Text)) continue;
            int j = i;
            while (j + 1 < tokens.Count && tokens[j + 1].InQuote == tokens[i].InQuote
                   && (tokens[j + 1].IsCapitalized || (tokens[j + 1].Text is "of" && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized))) j++;
            if (i == 0 || !tokens[i - 1].IsWord || j > i)
            {
                var span = new TextSpan(tokens[i].Start, tokens[j].End, text[tokens[i].Start..tokens[j].End]);
                yield return new Mention(span, MentionKind.Name, tokens.GetRange(i, j - i + 1));
            }
            else
                yield return new Mention(new TextSpan(tokens[i].Start, tokens[i].End, tokens[i].Text), MentionKind.Name, [tokens[i]]);
            i = j;
        }
    }
}

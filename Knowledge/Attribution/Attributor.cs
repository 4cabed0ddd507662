using NewsBot.Knowledge.Articles;
using NewsBot.Knowledge.Sentences;

namespace NewsBot.Knowledge.Attribution;

/// <summary>An article with its sentences and attributed quotes, and for each sentence the quote it belongs to.</summary>
public sealed record AttributedArticle(Article Article, IReadOnlyList<Sentence> Sentences, IReadOnlyList<Quote> Quotes)
{
    /// <summary>The quotes that hold something their source said: every quote but the refusals ("declined to comment").</summary>
    public IEnumerable<Quote> Statements => Quotes.Where(q => !q.Refusal);

    private Quote?[]? _bySentence;

    /// <summary>The statement a sentence reports (the quote whose content or attribution overlaps it most), or null for narration.</summary>
    public Quote? QuoteOf(Sentence sentence)
    {
        _bySentence ??= BestQuotes();
        return _bySentence[sentence.Index];
    }

    // One pass over the quotes: each content span (and cue) touches only the sentences it overlaps.
    private Quote?[] BestQuotes()
    {
        var best = new Quote?[Sentences.Count];
        var bestRank = new (int OwnWords, bool Attributed, int Overlap)[Sentences.Count];
        var overlap = new Dictionary<int, int>();
        foreach (var quote in Quotes)
        {
            // a refusal reports that nobody spoke: its sentence is narration about them
            if (quote.Refusal) continue;
            overlap.Clear();
            foreach (var c in quote.Content)
                for (int k = FirstSentenceEndingAfter(c.Start); k < Sentences.Count && Sentences[k].Start < c.End; k++)
                    overlap[k] = overlap.GetValueOrDefault(k) + Math.Max(0, Math.Min(c.End, Sentences[k].End) - Math.Max(c.Start, Sentences[k].Start));
            if (quote.Cue is { } cue)
                for (int k = FirstSentenceEndingAfter(cue.Start); k < Sentences.Count && Sentences[k].Start < cue.End; k++)
                    if (overlap.GetValueOrDefault(k) == 0) overlap[k] = 1;
            foreach (var (k, o) in overlap)
            {
                if (o == 0) continue;
                // a sentence that holds someone's own words is first of all a direct quote, and one that holds some of
                // their words in quotation marks is theirs before what it reports at greater length that someone else
                // announced ("when the board signaled …, Ms. X said, "…"")
                int ownWords = quote.Kind switch { QuoteKind.Direct => 2, QuoteKind.Mixed => 1, _ => 0 };
                var rank = (ownWords, quote.Speaker is not null, o);
                if (best[k] is null || rank.CompareTo(bestRank[k]) > 0) (best[k], bestRank[k]) = (quote, rank);
            }
        }
        return best;
    }

    /// <summary>The index of the first sentence that ends after this offset (binary search: sentences are in text order).</summary>
    internal int FirstSentenceEndingAfter(int offset)
    {
        int lo = 0, hi = Sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Sentences[mid].End <= offset) lo = mid + 1; else hi = mid;
        }
        return lo;
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
        var resolver = new SpeakerResolver(lexicon, article.Text);
        var text = article.Text;
        var tokenized = sentences.Select(s => Tokenizer.Tokenize(text, s.Start, s.End, o => Inside(quoteSpans, o))).ToList();

        var nameRuns = new List<Mention>[sentences.Count];
        for (int i = 0; i < sentences.Count; i++) nameRuns[i] = NameRuns(tokenized[i], text);

        // Names first, so a surname or title anywhere in the article finds the person's full name (not from a
        // title-case headline, where every word is capitalized and "Retired Colonel Warns" would look like one).
        var titleCase = new bool[sentences.Count];
        for (int i = 0; i < sentences.Count; i++)
            titleCase[i] = article.Paragraphs[sentences[i].Paragraph].IsHeading && SentenceFrames.IsTitleCased(tokenized[i]);
        // "his divorce from wife Ivana": a word for a relative before a capitalized word makes it a person's given name
        for (int i = 0; i < sentences.Count; i++)
            if (!titleCase[i])
                foreach (var run in nameRuns[i])
                    if (!run.Tokens[0].InQuote && (KinBefore(tokenized[i], tokenized[i].IndexOf(run.Tokens[0])) ?? KinAfter(tokenized[i], tokenized[i].IndexOf(run.Tokens[^1]))) is { } kin)
                        resolver.KnowRelative(run, kin);
        for (int i = 0; i < sentences.Count; i++)
            if (!titleCase[i])
            {
                // where the name stands matters: a headline opens with a verb ("Hold Ana Ruiz to …") as often as with a name
                resolver.BeginSentence(sentences[i].Paragraph, heading: article.Paragraphs[sentences[i].Paragraph].IsHeading);
                foreach (var run in nameRuns[i])
                    if (WordCount(run.Tokens) >= 2)
                    {
                        resolver.Observe(run, Salience.None);
                        int first = tokenized[i].IndexOf(run.Tokens[0]), last = tokenized[i].IndexOf(run.Tokens[^1]);
                        if ((Apposition(tokenized[i], last) ?? DescriptionBefore(tokenized[i], first, last)) is { } description) resolver.DescribeAhead(run, description);
                        else if (ReferringPartyTitle(tokenized[i], nameRuns[i], run, resolver) is { } title) resolver.DescribeAhead(run, title);
                    }
                    // "Dutch toy maker Brindle is recalling …": a one-word name after words for a business is that
                    // organization, though nobody has spoken by it yet, so "the company said" later finds it
                    // (not a name's first part: "Harlan & Vose")
                    else if (!NameGoesOn(tokenized[i], tokenized[i].IndexOf(run.Tokens[^1])) && WordsRightBefore(tokenized[i], tokenized[i].IndexOf(run.Tokens[0])) is { } trade)
                        resolver.DescribeAheadAsOrganization(run, trade);
            }

        // "Whitlock closed the call. “…,” she said.": what the article calls each person, learned from the whole article
        // before any pronoun is resolved, so that an early "he" never goes to a woman the article only later calls "she"
        for (int i = 0; i < sentences.Count; i++)
            if (!article.Paragraphs[sentences[i].Paragraph].IsHeading && PronounAfterSoleName(sentences, tokenized, nameRuns, i, resolver) is var (name, gender))
                resolver.VoteGender(name, gender);
        resolver.LearnGenders();

        var quotes = new List<Quote>();
        bool previousFramed = true;
        for (int i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var tokens = tokenized[i];
            // "According to the board, anyway." reports the sentence before it, when that one reports nobody
            var unframedBefore = !previousFramed && i > 0 && sentences[i - 1].Paragraph == sentence.Paragraph
                ? new TextSpan(sentences[i - 1].Start, sentences[i - 1].End, text[sentences[i - 1].Start..sentences[i - 1].End]) : null;
            var frames = new SentenceFrames(lexicon, text, tokens, quoteSpans, article.Paragraphs[sentence.Paragraph],
                sentence.Paragraph + 1 < article.Paragraphs.Count ? article.Paragraphs[sentence.Paragraph + 1] : null, unframedBefore).Find();
            // "Her neighbour, the mechanic Ivo Brandt, was more blunt. “…”": a quote closing its paragraph with no attribution,
            // right after a sentence that only sets its one named speaker's tone, is theirs
            if (frames.Count == 0 && !previousFramed && i > 0 && !article.Paragraphs[sentences[i - 1].Paragraph].IsHeading
                && sentence.Paragraph - sentences[i - 1].Paragraph is 0 or 1
                && QuoteClosingParagraph(tokens, quoteSpans, article.Paragraphs[sentence.Paragraph], text) is { } closing
                && ToneSetter(tokenized[i - 1], nameRuns[i - 1], text) is var (setter, tone))
                frames = [new Frame(QuoteKind.Direct, [closing], setter, tone)];
            previousFramed = frames.Count > 0;
            resolver.BeginSentence(sentence.Paragraph, titleCase[i], article.Paragraphs[sentence.Paragraph].IsHeading);
            int next = 0;
            if (OpeningPronoun(tokens, frames) is { } opening) resolver.ObservePronoun(opening);
            if (OpeningDescription(tokens, text, frames) is { } described) resolver.ObserveDescription(described);
            else if (frames.Count == 0 && IntroducedByBeing(tokens, text, resolver) is { } introduced) resolver.ObserveDescription(introduced, anyPersonHead: true);
            else if (OpeningPossessive(tokens, text, frames) is { } possessive) resolver.ObservePossessiveTitle(possessive);
            else if (OpeningTitle(tokens, text, frames, resolver) is { } title) resolver.ObserveTitle(title);
            foreach (var run in nameRuns[i])
            {
                if (run.Tokens[0].InQuote) continue;
                // recency in reading order: names before a frame's source are seen before it is resolved
                while (next < frames.Count && (frames[next].Source is null || frames[next].Source!.Span.Start <= run.Span.Start))
                    quotes.Add(Resolve(frames[next++], resolver, sentence.Paragraph, article));
                // "Ms. Berg, she added, is …": a "he" or "she" set off between a name and its verb is someone speaking
                // about that person, so it is resolved before the name is seen
                if (next < frames.Count && PronounSetOffAfter(tokens, run, frames[next])) quotes.Add(Resolve(frames[next++], resolver, sentence.Paragraph, article));
                var salience = SalienceOf(run, tokens, frames);
                resolver.Observe(run, salience, salience == Salience.Subject ? PronounFor(run, tokens, nameRuns[i], resolver) : Gender.Unknown);
                if ((Apposition(tokens, tokens.IndexOf(run.Tokens[^1])) ?? DescriptionBefore(tokens, tokens.IndexOf(run.Tokens[0]), tokens.IndexOf(run.Tokens[^1]))) is { } description)
                    resolver.Describe(run, description, salience);
                else if (OrganizationKindBefore(tokens, tokens.IndexOf(run.Tokens[0]), tokens.IndexOf(run.Tokens[^1])) is { } kind) resolver.Describe(run, kind, salience);
                if ((KinBefore(tokens, tokens.IndexOf(run.Tokens[0])) ?? KinAfter(tokens, tokens.IndexOf(run.Tokens[^1]))) is { } kin)
                {
                    var owner = KinOwner(tokens, tokens.IndexOf(run.Tokens[0]));
                    resolver.DescribeKin(run, kin, owner, owner is { } o ? OnlyNameBefore(nameRuns, sentences, i, o) : null);
                }
                if (RepresentsPeople(tokens, tokens.IndexOf(run.Tokens[^1]))) resolver.DescribeAsUnion(run);
                if (DescriptionNaming(tokens, text, tokens.IndexOf(run.Tokens[0]), tokens.IndexOf(run.Tokens[^1]), resolver) is { } named) resolver.NameDescribed(named, run);
                if (IntroducesExcerpt(tokens, tokens.IndexOf(run.Tokens[^1]))) resolver.ObserveExcerptAuthor(run);
            }
            for (; next < frames.Count; next++) quotes.Add(Resolve(frames[next], resolver, sentence.Paragraph, article));
            if (!titleCase[i] && WritingAuthored(tokens, text, nameRuns[i]) is var (author, writing)) resolver.ObserveAuthor(author, writing);
        }
        AddContinuedQuotes(article, sentences, tokenized, quoteSpans, quotes);
        AddSignedLetters(article, sentences, tokenized, resolver, quotes);
        // an unnamed source the article went on to name is that person in every quote given to it
        for (int q = 0; q < quotes.Count; q++)
            if (resolver.Named(quotes[q].Speaker) is var named && !ReferenceEquals(named, quotes[q].Speaker)) quotes[q] = quotes[q] with { Speaker = named };
        for (int q = 0; q < quotes.Count; q++)
            if (IsRefusal(quotes[q], text)) quotes[q] = quotes[q] with { Refusal = true };
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        return new AttributedArticle(article, sentences, quotes);
    }

    /// <summary>
    /// "Ruiz declined to be interviewed", "refused to say when …", "has not said how she will vote", "did not immediately
    /// respond": a report whose cue is a refusal or is negated tells that the source said nothing, whatever its content
    /// names. Only a report in the writer's words: words of theirs in quotation marks were said.
    /// </summary>
    private static bool IsRefusal(Quote quote, string text)
    {
        if (quote.Kind != QuoteKind.Indirect || quote.Cue is not { } cue) return false;
        var verb = FirstWord(cue.Text).ToLowerInvariant();
        if (verb is "declined" or "declines" or "decline" or "declining" or "refused" or "refuses" or "refuse" or "refusing") return true;
        // back over a few adverbs ("has not yet said", "did not immediately respond"), not "not only said", which says
        int k = cue.Start;
        for (int words = 0; words < 4; words++)
        {
            var word = WordBefore(text, ref k);
            if (word is null) return false;
            if (word is "not" or "never" || word.EndsWith("n't", StringComparison.Ordinal) || word.EndsWith("n’t", StringComparison.Ordinal)) return true;
            if (word is "only" or "just" || !(word.EndsWith("ly", StringComparison.Ordinal) || word is "yet" or "also" or "still" or "even")) return false;
        }
        return false;
    }

    private static string FirstWord(string s)
    {
        int end = 0;
        while (end < s.Length && (char.IsLetter(s[end]) || s[end] is '\'' or '’')) end++;
        return s[..end];
    }

    // the word that ends right before <paramref name="end"/> (past spaces only), moving <paramref name="end"/> to its start; null at punctuation
    private static string? WordBefore(string text, ref int end)
    {
        int e = end;
        while (e > 0 && text[e - 1] == ' ') e--;
        int s = e;
        while (s > 0 && (char.IsLetter(text[s - 1]) || text[s - 1] is '\'' or '’')) s--;
        if (s == e) return null;
        end = s;
        return text[s..e];
    }

    /// <summary>
    /// "he wrote a letter to the editor", "Ruiz sent an email to the crews": a "he" or "she", or a name, right before a verb
    /// of writing or sending and a writing ("a", "an" or a possessive, at most three modifiers, then the writing's noun).
    /// The writer and the writing's noun, or null.
    /// </summary>
    private (Mention Author, string Writing)? WritingAuthored(List<Token> tokens, string text, List<Mention> names)
    {
        for (int k = 1; k + 2 < tokens.Count; k++)
        {
            // "The Harbor Office issued a warning", "released a summary": a body puts out the writing it speaks through
            if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("wrote" or "sent" or "penned" or "signed" or "drafted" or "issued" or "released" or "published")) continue;
            int d = k + 1;
            if (!tokens[d].IsWord || tokens[d].InQuote || tokens[d].Text is not ("a" or "an" or "his" or "her" or "their" or "its")) continue;
            int n = d + 1;
            while (n < tokens.Count && n - d <= 3 && tokens[n].IsWord && !tokens[n].InQuote && !lexicon.Documents.Contains(tokens[n].Text) && char.IsLower(tokens[n].Text[0])) n++;
            if (n >= tokens.Count || !tokens[n].IsWord || tokens[n].InQuote || !lexicon.Documents.Contains(tokens[n].Text)) continue;
            var before = tokens[k - 1];
            if (before.IsWord && !before.InQuote && before.Text is "he" or "she" or "He" or "She")
                return (new Mention(new TextSpan(before.Start, before.End, before.Text), MentionKind.Pronoun, [before]), tokens[n].Text.ToLowerInvariant());
            if (NameEndingAt(names, before.Start) is { } name) return (name, tokens[n].Text.ToLowerInvariant());
        }
        // "the Harbor Board's monthly report", "Quarrie's blog post": the one whose writing it is put it out
        foreach (var name in names)
        {
            if (name.Tokens[0].InQuote || !IsPossessive(name.Tokens[^1])) continue;
            int n = tokens.IndexOf(name.Tokens[^1]) + 1;
            int first = n;
            while (n < tokens.Count && n - first < 3 && tokens[n].IsWord && !tokens[n].InQuote && char.IsLower(tokens[n].Text[0]) && !lexicon.Documents.Contains(tokens[n].Text)) n++;
            if (n < tokens.Count && tokens[n].IsWord && !tokens[n].InQuote && lexicon.Documents.Contains(tokens[n].Text)) return (name, tokens[n].Text.ToLowerInvariant());
        }
        if (SubjectReportingInWriting(tokens, names) is { } reported) return reported;
        // "a staff member read aloud a letter from Jo Doe": the one a writing comes from wrote it
        for (int n = 0; n + 2 < tokens.Count; n++)
        {
            if (!tokens[n].IsWord || tokens[n].InQuote || !lexicon.Documents.Contains(tokens[n].Text) || tokens[n + 1].Text is not "from" || tokens[n + 1].InQuote) continue;
            // "A letter from him was handed over by his son": the one a "him" or "her" stands for sent it, not its reader
            // ("a letter from her lawyer": a "her" before a noun is its owner's, and the lawyer sent it)
            if (tokens[n + 2] is { IsWord: true, InQuote: false, Text: "him" or "her" } sent && (sent.Text is "him" || n + 3 >= tokens.Count || !tokens[n + 3].IsWord
                || tokens[n + 3].Text is "was" or "is" or "were" or "had" or "has" or "that" or "which" or "and"))
                return (new Mention(new TextSpan(sent.Start, sent.End, sent.Text), MentionKind.Pronoun, [sent]), tokens[n].Text.ToLowerInvariant());
            if (NameStartingAt(names, tokens[n + 2].Start) is not { } sender) continue;
            // "a statement from Mr Doe's mother, Ana Doe": the one a possessive's noun names after a comma sent it, never the owner
            if (IsPossessive(sender.Tokens[^1]))
            {
                int k = tokens.IndexOf(sender.Tokens[^1]) + 1;
                while (k < tokens.Count && k - n <= 8 && tokens[k].IsWord && !tokens[k].InQuote && char.IsLower(tokens[k].Text[0])) k++;
                if (k + 1 >= tokens.Count || !tokens[k].Is(',') || NameStartingAt(names, tokens[k + 1].Start) is not { } named) continue;
                sender = named;
            }
            return (sender, tokens[n].Text.ToLowerInvariant());
        }
        return null;
    }

    /// <summary>
    /// "Pellamo disclosed the leak in a blog post", "Ruiz, the director, announced the cuts on Friday in a memo": a name
    /// opening the sentence (an apposition set off by commas aside), then a speech cue of its own and, with no other name
    /// between, "in a" or "in an" and a writing (at most three lowercase modifiers before its noun): the subject put that
    /// writing out, so "the post said" later speaks for it. The writer and the writing's noun, or null.
    /// </summary>
    private (Mention Author, string Writing)? SubjectReportingInWriting(List<Token> tokens, List<Mention> names)
    {
        if (names.Count == 0 || names[0].Tokens[0] != tokens[0] || names[0].Tokens[0].InQuote) return null;
        var subject = names[0];
        int k = tokens.IndexOf(subject.Tokens[^1]) + 1;
        // "Pellamo, the meal-kit company, disclosed …": past an apposition of lowercase words
        if (k < tokens.Count && tokens[k].Is(','))
        {
            int close = k + 1;
            while (close < tokens.Count && close - k <= 10 && !tokens[close].InQuote && !tokens[close].IsCapitalized && !tokens[close].Is(',') && !tokens[close].Is('.')) close++;
            if (close >= tokens.Count || !tokens[close].Is(',')) return null;
            k = close + 1;
        }
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || !lexicon.CueVerbs.Contains(tokens[k].Text) || !char.IsLower(tokens[k].Text[0])) return null;
        for (int i = k + 1; i + 2 < tokens.Count; i++)
        {
            if (tokens[i].InQuote || tokens[i].Is('.') || tokens[i].Is(';')) return null;
            // another name before the writing may be the one who wrote it
            if (tokens[i].IsCapitalized && !lexicon.IsCalendarWord(tokens[i].Text) && names.Exists(n => n.Tokens[0] == tokens[i])) return null;
            if (!tokens[i].IsWord || tokens[i].Text is not "in" || tokens[i + 1].Text is not ("a" or "an")) continue;
            int n = i + 2;
            while (n < tokens.Count && n - i <= 4 && tokens[n].IsWord && !tokens[n].InQuote && char.IsLower(tokens[n].Text[0]) && !lexicon.Documents.Contains(tokens[n].Text)) n++;
            if (n >= tokens.Count || !tokens[n].IsWord || tokens[n].InQuote || !lexicon.Documents.Contains(tokens[n].Text)) continue;
            // "a blog post", "a news release": the writing is the last of its nouns
            while (n + 1 < tokens.Count && tokens[n + 1].IsWord && !tokens[n + 1].InQuote && lexicon.Documents.Contains(tokens[n + 1].Text)) n++;
            return (subject, tokens[n].Text.ToLowerInvariant());
        }
        return null;
    }

    private static Mention? NameStartingAt(List<Mention> names, int start)
    {
        foreach (var name in names)
            if (name.Tokens[0].Start == start && !name.Tokens[0].InQuote) return name;
        return null;
    }

    // The first name outside quote marks whose last word starts at this offset, or null. A loop, not a lambda: a lambda
    // over the loop's token made WritingAuthored allocate a closure for every token of every sentence.
    private static Mention? NameEndingAt(List<Mention> names, int start)
    {
        foreach (var name in names)
            if (name.Tokens[^1].Start == start && !name.Tokens[0].InQuote) return name;
        return null;
    }

    /// <summary>
    /// The one name opening sentence <paramref name="i"/> (no other name outside quote marks in it) and the gender of
    /// the first "he" or "she" after it — later in that sentence, or opening the next sentence of the paragraph or
    /// standing there before any capitalized word outside quote marks ("“…,” she said.") — when no other name comes
    /// between. Null otherwise.
    /// </summary>
    private (Mention Name, Gender Gender)? PronounAfterSoleName(IReadOnlyList<Sentence> sentences, List<List<Token>> tokenized, List<Mention>[] nameRuns, int i, SpeakerResolver resolver)
    {
        Mention? sole = null;
        foreach (var run in nameRuns[i])
        {
            if (run.Tokens[0].InQuote || resolver.IsNoPerson(run)) continue;
            // "… has worked on the Eisborn line for 30 years": a lone capitalized word after the name that is nobody's
            // given name or a surname the article gave is a place's or a thing's, no second person
            if (sole is not null && WordCount(run.Tokens) == 1 && !lexicon.IsGivenName(run.Tokens[0].Text) && !resolver.IsKnownSurname(StripPossessive(run.Tokens[0].Text))) continue;
            if (sole is not null) return null;
            sole = run;
        }
        var tokens = tokenized[i];
        if (sole is null || tokens.Count == 0) return null;
        int first = tokens.IndexOf(sole.Tokens[0]);
        if (first > (tokens[0].IsWord && Connectives.Contains(tokens[0].Text) ? 1 : 0)) return null;
        for (int k = tokens.IndexOf(sole.Tokens[^1]) + 1; k < tokens.Count; k++)
            if (SubjectPronoun(tokens[k]) is { } gender) return (sole, gender);
        // "Orla Hale, 56, has worked at the plant for 30 years. ¶ “…,” she said.": a paragraph that only introduces
        // someone hands its pronoun on to the next paragraph's opening words
        if (i + 1 >= sentences.Count || sentences[i + 1].Paragraph - sentences[i].Paragraph is not (0 or 1)) return null;
        foreach (var t in tokenized[i + 1])
        {
            if (t.InQuote || !t.IsWord) continue;
            if (SubjectPronoun(t) is { } gender) return (sole, gender);
            if (t.IsCapitalized) return null;
        }
        return null;
    }

    private static Gender? SubjectPronoun(Token t) =>
        !t.IsWord || t.InQuote ? null : t.Text is "he" or "He" ? Gender.Male : t.Text is "she" or "She" ? Gender.Female : null;

    /// <summary>
    /// "Ana Ruiz's recent gains may fade if the Republican nominee's stance …": a sentence that opens with a person's full
    /// name and later, with no other name between, refers to "the" + a party + a title ("the Democratic candidate") calls
    /// that person by the title. The title's words, or null — also when a name follows the title ("the Republican nominee
    /// Tom Ellery" is someone else).
    /// </summary>
    private static IReadOnlyList<Token>? ReferringPartyTitle(List<Token> tokens, List<Mention> runs, Mention run, SpeakerResolver resolver)
    {
        if (runs.Count == 0 || !ReferenceEquals(runs[0], run) || tokens.Count == 0) return null;
        int first = tokens.IndexOf(run.Tokens[0]), last = tokens.IndexOf(run.Tokens[^1]);
        if (first != (tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0)) return null;
        for (int k = last + 1; k + 2 < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.InQuote) continue;
            // another person comes first ("Ruiz's attack on Ellery angered the Democratic nominee"); places do not
            if (t.IsCapitalized && (Lexicon.Default.IsGivenName(t.Text) || resolver.IsKnownSurname(StripPossessive(t.Text)) || Lexicon.Default.Titles.Contains(t.Text))) return null;
            if (!t.IsWord || t.Text is not "the" || !tokens[k + 1].IsCapitalized || tokens[k + 1].InQuote || !PartyWords.Contains(tokens[k + 1].Text)) continue;
            int head = k + 2;
            while (head < tokens.Count && head - k <= 4 && tokens[head].IsWord && !tokens[head].InQuote && !tokens[head].IsCapitalized
                   && !Lexicon.Default.Titles.Contains(StripPossessive(tokens[head].Text))) head++;
            if (head >= tokens.Count || !tokens[head].IsWord || tokens[head].IsCapitalized || !Lexicon.Default.Titles.Contains(StripPossessive(tokens[head].Text))) return null;
            if (head + 1 < tokens.Count && (tokens[head + 1].IsCapitalized || tokens[head + 1].Text is "of" or "for")) return null;
            // "the Republican nominee’s": the title without its possessive
            var words = new List<Token>(head - k + 1);
            for (int m = k; m <= head; m++) words.Add(tokens[m]);
            var bare = StripPossessive(tokens[head].Text);
            words[^1] = tokens[head] with { Text = bare, End = tokens[head].Start + bare.Length };
            return words;
        }
        return null;
    }

    private static readonly HashSet<string> PartyWords = new(StringComparer.Ordinal) { "Republican", "Democratic", "GOP", "Libertarian", "Green" };

    private static string StripPossessive(string word) =>
        word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal) ? word[..^2] : word;

    /// <summary>
    /// A letters column: each letter's paragraphs, written in the first person, are followed by a paragraph that is only
    /// its writer's name ("Dana Pike."). A reader credits every paragraph of a letter to the name under it, so each
    /// becomes that writer's own words. Only where the article has two such signatures or more, so a single byline
    /// under an opinion column, or a name alone in a caption, signs nothing.
    /// </summary>
    private void AddSignedLetters(Article article, IReadOnlyList<Sentence> sentences, List<List<Token>> tokenized, SpeakerResolver resolver, List<Quote> quotes)
    {
        var signatures = new List<(int Paragraph, Mention Name)>();
        for (int i = 0; i < sentences.Count; i++)
            if (sentences[i].Paragraph > 0 && (i + 1 == sentences.Count || sentences[i + 1].Paragraph != sentences[i].Paragraph)
                && (i == 0 || sentences[i - 1].Paragraph != sentences[i].Paragraph) && Signature(tokenized[i], article.Text) is { } name)
                signatures.Add((sentences[i].Paragraph, name));
        if (signatures.Count < 2) return;
        int previous = 0;
        var letters = new List<(int From, int To, Mention Name)>();
        foreach (var (paragraph, name) in signatures)
        {
            // the letter runs back to the last signature, over paragraphs long enough to be text (not "Springfield, Ore." or a
            // section label), and opens at its first paragraph in the first person
            int from = paragraph;
            while (from - 1 > previous && WordsOf(article, from - 1, sentences, tokenized) >= 5) from--;
            while (from < paragraph && !FirstPerson(article.Paragraphs[from], sentences, tokenized)) from++;
            previous = paragraph;
            if (from == paragraph) return; // a signature under no letter: this is no letters column
            letters.Add((from, paragraph - 1, name));
        }
        foreach (var (from, to, name) in letters)
        {
            if (resolver.Resolve(name, []) is not { Type: SpeakerType.Person } writer) continue;
            for (int p = from; p <= to; p++)
            {
                var paragraph = article.Paragraphs[p];
                quotes.Add(new Quote(QuoteKind.Direct, p, [new TextSpan(paragraph.Start, paragraph.End, article.TextOf(paragraph))], name.Span, null, writer));
            }
        }
    }

    // "Dana Pike.", "Toni Lee Ames": two to four capitalized words (not all capitals, no comma, no place or organization) alone
    private Mention? Signature(List<Token> tokens, string text)
    {
        int n = tokens.Count;
        if (n > 0 && tokens[^1].Is('.')) n--;
        if (n is < 2 or > 4) return null;
        for (int k = 0; k < n; k++)
        {
            var t = tokens[k];
            if (!t.IsCapitalized || t.InQuote || t.Text.Length < 2 || t.Text.Skip(1).All(c => !char.IsLower(c)) || NounPhrases.IsFunctionWord(t.Text)
                || lexicon.Places.Contains(t.Text) || lexicon.OrganizationHeads.Contains(t.Text) || lexicon.Titles.Contains(t.Text) || lexicon.IsCalendarWord(t.Text)) return null;
        }
        return new Mention(new TextSpan(tokens[0].Start, tokens[n - 1].End, text[tokens[0].Start..tokens[n - 1].End]), MentionKind.Name, new TokenSlice(tokens, 0, n));
    }

    private static int WordsOf(Article article, int paragraph, IReadOnlyList<Sentence> sentences, List<List<Token>> tokenized)
    {
        int words = 0;
        for (int i = 0; i < sentences.Count; i++)
            if (sentences[i].Paragraph == paragraph) words += tokenized[i].Count(t => t.IsWord);
        return words;
    }

    private static bool FirstPerson(Paragraph paragraph, IReadOnlyList<Sentence> sentences, List<List<Token>> tokenized)
    {
        for (int i = 0; i < sentences.Count; i++)
            if (sentences[i].Paragraph == paragraph.Number)
                foreach (var t in tokenized[i])
                    if (t.IsWord && !t.InQuote && NounPhrases.Uncontracted(t.Text) is "I" or "me" or "my" or "we" or "We" or "us" or "our" or "Our" or "My") return true;
        return false;
    }

    /// <summary>
    /// The quote a sentence opens with, when nothing but the quote follows it to its paragraph's end (it may run over
    /// several sentences); otherwise null.
    /// </summary>
    private static TextSpan? QuoteClosingParagraph(List<Token> tokens, List<TextSpan> quoteSpans, Paragraph paragraph, string text)
    {
        if (tokens.Count < 3 || tokens[0].Kind != TokenKind.QuoteMark || QuoteMarks.Containing(quoteSpans, tokens[0].Start) is not { } quote
            || quote.Start != tokens[0].Start || quote.End > paragraph.End) return null;
        var rest = text.AsSpan(quote.End, paragraph.End - quote.End);
        foreach (char c in rest) if (char.IsLetterOrDigit(c)) return null;
        return quote;
    }

    /// <summary>
    /// "Ivo Brandt was more blunt.", "Her neighbour, the baker Ivo Brandt, was less patient.", "She disagreed.": a short
    /// sentence whose one named person (or opening "he" or "she") only gets a tone of speaking or a stance, no words.
    /// The person's mention and the words that set the tone, or null.
    /// </summary>
    private static (Mention Source, TextSpan Tone)? ToneSetter(List<Token> tokens, List<Mention> names, string text)
    {
        int n = tokens.Count;
        if (n < 3 || n > 18 || !tokens[^1].Is('.') || tokens.Exists(t => t.InQuote)) return null;
        int verb;
        if (tokens[n - 2] is { IsWord: true } stance && StanceVerbs.Contains(stance.Text)) verb = n - 2;
        else if (tokens[n - 2] is { IsWord: true } tone && ToneWords.Contains(tone.Text))
        {
            verb = n - 3;
            while (verb > 0 && tokens[verb].IsWord && Degrees.Contains(tokens[verb].Text)) verb--;
            if (!tokens[verb].IsWord || tokens[verb].Text is not ("was" or "is" or "were" or "are" or "sounded" or "seemed")) return null;
        }
        else return null;
        int end = verb - 1;
        if (end >= 0 && tokens[end].Is(',')) end--;
        if (end < 0) return null;
        var toneSpan = new TextSpan(tokens[verb].Start, tokens[n - 2].End, text[tokens[verb].Start..tokens[n - 2].End]);
        if (end == 0 && tokens[0].IsWord && tokens[0].Text is "He" or "She")
            return (new Mention(new TextSpan(tokens[0].Start, tokens[0].End, tokens[0].Text), MentionKind.Pronoun, [tokens[0]]), toneSpan);
        if (names.Count != 1 || names[0].Tokens[^1].End != tokens[end].End) return null;
        return (names[0], toneSpan);
    }

    // how someone spoke, as news sets it before their words: "was more blunt", "was less diplomatic"
    private static readonly HashSet<string> ToneWords = new(StringComparer.Ordinal)
    {
        "blunt", "blunter", "direct", "frank", "candid", "scathing", "defiant", "sceptical", "skeptical", "cautious", "optimistic",
        "pessimistic", "upbeat", "gloomy", "emphatic", "unimpressed", "unconvinced", "unmoved", "dismissive", "philosophical",
        "diplomatic", "forthright", "outspoken", "succinct", "angry", "furious", "hopeful", "doubtful", "circumspect", "guarded",
        "patient", "impatient", "critical", "measured", "combative", "conciliatory", "resigned", "bitter", "scornful",
    };

    private static readonly HashSet<string> Degrees = new(StringComparer.Ordinal) { "more", "less", "far", "even", "much", "rather", "equally", "similarly", "no" };

    // a stance taken toward what was said before, with the words after it: "She disagreed. “…”"
    private static readonly HashSet<string> StanceVerbs = new(StringComparer.Ordinal) { "disagreed", "agreed", "demurred", "concurred", "objected", "dissented" };

    private static Quote Resolve(Frame frame, SpeakerResolver resolver, int paragraph, Article article)
    {
        // "one Twitter user @harborwatcher pointed out": a social-media handle names its owner as it stands
        var speaker = frame.Source is null ? frame.Inherited
            : frame.Source.Tokens is [{ IsWord: true } handle] && handle.Text.Length > 1 && handle.Text[0] == '@' ? new Speaker(handle.Text, SpeakerType.Person, null)
            : resolver.Resolve(frame.Source, frame.Content, CueAsWritten(frame, article.Text));
        // "He said:" closing a paragraph introduces a quote that starts the next one: the quote's paragraph is its own
        int quoteParagraph = Math.Max(paragraph, article.ParagraphAt(frame.Content[0].Start).Number);
        return new Quote(frame.Kind, quoteParagraph, frame.Content, frame.Source?.Span, frame.Cue, speaker);
    }

    // "said in a written statement that …": the cue with the words up to what it reports, when they are few
    private static string? CueAsWritten(Frame frame, string text)
    {
        if (frame.Cue is not { } cue) return null;
        int content = frame.Content[0].Start;
        return content > cue.End && content - cue.End <= 40 && content <= text.Length ? text[cue.Start..content] : cue.Text;
    }

    // "Whitcombe reports:" closing its sentence: the name is the writer of the excerpt that follows, not its subject
    private static bool IntroducesExcerpt(List<Token> tokens, int end) =>
        end + 3 == tokens.Count && tokens[end + 1].IsWord && !tokens[end + 1].InQuote
        && ExcerptVerbs.Contains(tokens[end + 1].Text) && tokens[end + 2].Text == ":";

    private static readonly HashSet<string> ExcerptVerbs = ["reports", "reported", "writes", "wrote"];

    // "She now advises …": a pronoun opening a sentence of narration, not the source of one of its frames
    private static Token? OpeningPronoun(List<Token> tokens, List<Frame> frames)
    {
        int k = tokens.Count > 1 && tokens[0].IsWord && Connectives.Contains(tokens[0].Text) ? 1 : 0;
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("He" or "She" or "he" or "she")) return null;
        foreach (var frame in frames)
            if (frame.Source is { } source && source.Span.Start == tokens[k].Start) return null;
        return tokens[k];
    }

    /// <summary>
    /// The gender of the first "he", "she", "his", "him" or "her" after a subject name in its own sentence, when no
    /// other name that could be a person comes between: "Mya Thein Su visited the White House, a year after she was
    /// released" says Mya Thein Su is a woman.
    /// </summary>
    /// <summary>
    /// "A woman waiting for the ferry held a sign.", "The man at the front of the line waved": a sentence of narration
    /// opening with an article, at most two lowercase modifiers and a lowercase head, followed by a lowercase word —
    /// the description of its subject (its head decides whether it names a gender). Null when a frame reports it.
    /// </summary>
    private static Mention? OpeningDescription(List<Token> tokens, string text, List<Frame> frames)
    {
        int k = tokens.Count > 0 && tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0;
        // "In the children's ward, a mother who had sat …": a fronted phrase of place or time before the description
        if (k == 0 && tokens.Count > 4 && tokens[0].IsWord && !tokens[0].InQuote && tokens[0].Text is "In" or "At" or "On" or "Outside" or "Inside" or "Near" or "Beside" or "Across" or "Along" or "Nearby" or "Downstairs" or "Upstairs")
        {
            int comma = tokens.FindIndex(1, Math.Min(8, tokens.Count - 1), t => t.Is(',') || t.InQuote || t.Kind == TokenKind.QuoteMark);
            if (comma > 1 && tokens[comma].Is(',') && !tokens[comma].InQuote && comma + 1 < tokens.Count && tokens[comma + 1].Text is "a" or "an") k = comma + 1;
        }
        if (k + 2 >= tokens.Count || tokens[k].InQuote || tokens[k].Text is not ("A" or "An" or "The" or "One" or "a" or "an") || tokens[k].Text is "a" or "an" && k == 0) return null;
        int head = k + 1;
        while (head + 1 < tokens.Count && head - k <= 3 && tokens[head + 1].IsWord && !tokens[head + 1].InQuote && !tokens[head + 1].IsCapitalized
               && !NounPhrases.IsFunctionWord(tokens[head + 1].Text) && GenderWord(tokens[head].Text) is false) head++;
        if (!tokens[head].IsWord || tokens[head].InQuote || tokens[head].IsCapitalized || !GenderWord(tokens[head].Text)) return null;
        if (head + 1 >= tokens.Count || !tokens[head + 1].IsWord || tokens[head + 1].InQuote || tokens[head + 1].IsCapitalized) return null;
        if (InSomeSource(frames, tokens[head].Start)) return null;
        var span = new TextSpan(tokens[k].Start, tokens[head].End, text[tokens[k].Start..tokens[head].End]);
        return new Mention(span, MentionKind.Nominal, new TokenSlice(tokens, k, head - k + 1));
    }

    /// <summary>
    /// "Among the mourners was a retired miner who worked the pit …", "There was a nurse at the door.": a sentence that
    /// introduces one person by a description after "was" or "is" makes that person the one a "he" or "she" right after
    /// means. The description ("a retired miner"), or null.
    /// </summary>
    private static Mention? IntroducedByBeing(List<Token> tokens, string text, SpeakerResolver resolver)
    {
        if (tokens.Count < 4 || !tokens[0].IsWord || tokens[0].InQuote || tokens[0].Text is not ("Among" or "There" or "With" or "Next")) return null;
        for (int v = 1; v + 2 < tokens.Count && v < 8; v++)
        {
            if (tokens[v].InQuote) return null;
            if (!tokens[v].IsWord || tokens[v].Text is not ("was" or "is") || tokens[v + 1].Text is not ("a" or "an")) continue;
            int head = v + 2;
            while (head + 1 < tokens.Count && head - v <= 5 && tokens[head + 1].IsWord && !tokens[head + 1].InQuote && !tokens[head + 1].IsCapitalized
                   && !NounPhrases.IsFunctionWord(tokens[head + 1].Text) && tokens[head + 1].Text is not "who") head++;
            if (!tokens[head].IsWord || tokens[head].IsCapitalized || !resolver.IsPersonWord(tokens[head].Text) || tokens[head].Text.EndsWith('s')) return null;
            // the description ends there: "who …", a comma or the end of the sentence
            if (head + 1 < tokens.Count && !(tokens[head + 1].Text is "who" || tokens[head + 1].Is(',') || tokens[head + 1].Is('.'))) return null;
            var span = new TextSpan(tokens[v + 1].Start, tokens[head].End, text[tokens[v + 1].Start..tokens[head].End]);
            return new Mention(span, MentionKind.Nominal, new TokenSlice(tokens, v + 1, head - v));
        }
        return null;
    }

    /// <summary>
    /// "The Republican vice presidential nominee toured a ferry dock …": "The", at most four modifiers (capitalized or
    /// not) and a lowercase word for a person, followed by a lowercase word, opening narration. Null when a frame
    /// reports it.
    /// </summary>
    // "On Tuesday evening, the governor …", "In Pellham, the mayor …": a short phrase of time or place set off by a
    // comma before the subject leaves it the subject; the index of the word after the comma, or null
    private static int? AfterOpeningPhrase(List<Token> tokens)
    {
        if (tokens.Count == 0 || !tokens[0].IsWord || !OpeningPrepositions.Contains(tokens[0].Text.ToLowerInvariant())) return null;
        for (int k = 1; k <= 5 && k + 1 < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.InQuote) return null;
            if (t.Is(',')) return tokens[k + 1].Text is "the" ? k + 1 : null;
            if (!t.IsWord) return null;
        }
        return null;
    }

    // Whether some frame's source covers this offset. A loop: a lambda over the caller's tokens cost it a closure on
    // every call (or every word it tried).
    private static bool InSomeSource(List<Frame> frames, int offset)
    {
        foreach (var frame in frames)
            if (frame.Source is { } source && source.Span.Start <= offset && offset < source.Span.End) return true;
        return false;
    }

    // Whether tokens from..to (both included) speak of a name: "name", "identified". A loop, as InSomeSource.
    private static bool AboutTheName(List<Token> tokens, int from, int to)
    {
        for (int i = from; i <= to; i++)
            if (tokens[i].Text is "name" or "identified") return true;
        return false;
    }

    // Whether some frame's source starts at this offset. A loop, as InSomeSource.
    private static bool SourceStartsAt(List<Frame> frames, int offset)
    {
        foreach (var frame in frames)
            if (frame.Source is { } source && source.Span.Start == offset) return true;
        return false;
    }

    private static readonly HashSet<string> OpeningPrepositions = new(StringComparer.Ordinal)
        { "in", "on", "at", "after", "before", "during", "late", "early", "later", "earlier", "since", "by", "within", "until" };

    private static Mention? OpeningTitle(List<Token> tokens, string text, List<Frame> frames, SpeakerResolver resolver)
    {
        int k = tokens.Count > 0 && tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0;
        if (k == 0 && AfterOpeningPhrase(tokens) is int after) k = after;
        if (k + 2 >= tokens.Count || tokens[k].InQuote || tokens[k].Text is not ("The" or "the") || tokens[k].Text is "the" && k == 0) return null;
        for (int head = k + 1; head <= k + 5 && head + 1 < tokens.Count; head++)
        {
            var t = tokens[head];
            if (t.InQuote || !(t.IsWord || t.Is('-')) || t.IsWord && (NounPhrases.IsFunctionWord(t.Text) || IsPossessive(t))) return null;
            if (!t.IsWord || t.IsCapitalized || !resolver.IsPersonWord(t.Text)) continue;
            var next = tokens[head + 1];
            if (!next.IsWord || next.InQuote || next.IsCapitalized || resolver.IsPersonWord(next.Text)) continue;
            if (InSomeSource(frames, t.Start)) return null;
            return new Mention(new TextSpan(tokens[k].Start, t.End, text[tokens[k].Start..t.End]), MentionKind.Nominal, new TokenSlice(tokens, k, head - k + 1));
        }
        return null;
    }

    /// <summary>"The president's Pacific roots …": "The", at most one lowercase modifier and a lowercase possessive opening narration.</summary>
    private static Mention? OpeningPossessive(List<Token> tokens, string text, List<Frame> frames)
    {
        if (tokens.Count < 3 || !tokens[0].IsWord || tokens[0].InQuote || tokens[0].Text is not "The" || SourceStartsAt(frames, tokens[0].Start)) return null;
        for (int k = 1; k <= 2 && k < tokens.Count; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized) return null;
            if (IsPossessive(tokens[k]))
                return new Mention(new TextSpan(tokens[0].Start, tokens[k].End, text[tokens[0].Start..tokens[k].End]), MentionKind.Nominal, new TokenSlice(tokens, 0, k + 1));
        }
        return null;
    }

    /// <summary>
    /// "said the woman, Melanie Ortiz.", "The woman, who gave only her first name, Melanie, said …": a definite
    /// description of a person (at most two lowercase modifiers before its head) with the name the article gives
    /// them in apposition — right after it, or after a clause about their name ("who gave only her first name",
    /// "identified only as"). The description, or null when the name at <paramref name="first"/>..<paramref
    /// name="last"/> stands in no such place.
    /// </summary>
    private static Mention? DescriptionNaming(List<Token> tokens, string text, int first, int last, SpeakerResolver resolver)
    {
        // ("the engineer, Lina Barrow of Kellerby University's School of Mining.": an affiliation that ends in a
        // possessive runs on into the body it owns)
        if (IsPossessive(tokens[last]))
            while (last + 1 < tokens.Count && tokens[last + 1].IsWord && !tokens[last + 1].InQuote && (tokens[last + 1].IsCapitalized || tokens[last + 1].Text is "of" or "and")) last++;
        // the name closes the apposition
        if (last + 1 < tokens.Count && !(tokens[last + 1].Is(',') || tokens[last + 1].Is('.')) || tokens[first].InQuote) return null;
        int k = first - 1;
        // "said the woman, 74-year-old Ana Vos": the age may stand before the name
        if (k >= 2 && tokens[k].IsWord && !tokens[k].InQuote && SpeakerResolver.IsAgeAdjective(tokens[k].Text)) k--;
        if (k < 1 || !tokens[k].Is(',') || tokens[k].InQuote) return null;
        k--;
        // ", who gave only her first name," / ", identified only as": a clause about the person's name
        int clause = k;
        while (clause >= 0 && k - clause < 10 && tokens[clause].IsWord && !tokens[clause].InQuote && tokens[clause].Text is not ("who" or "identified")) clause--;
        if (clause >= 1 && k - clause < 10 && tokens[clause].IsWord && tokens[clause].Text is "who" or "identified" && tokens[clause - 1].Is(',')
            && AboutTheName(tokens, clause, k))
            k = clause - 2;
        if (k < 1 || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized
            || !(GenderWord(tokens[k].Text) || resolver.IsPersonWord(tokens[k].Text) || resolver.IsUnnamedPersonHead(tokens[k].Text))) return null;
        int head = k;
        for (int modifiers = 0; k > 0 && modifiers < 2 && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && !tokens[k - 1].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[k - 1].Text); modifiers++) k--;
        if (k < 1 || !tokens[k - 1].IsWord || tokens[k - 1].InQuote || !tokens[k - 1].Text.Equals("the", StringComparison.OrdinalIgnoreCase)) return null;
        k--;
        return new Mention(new TextSpan(tokens[k].Start, tokens[head].End, text[tokens[k].Start..tokens[head].End]), MentionKind.Nominal, new TokenSlice(tokens, k, head - k + 1));
    }

    // the heads whose gender a description gives, before the resolver decides ("woman", "man", "widow", "son")
    private static bool GenderWord(string word) =>
        word is not ("women" or "men") && SpeakerResolver.GenderOfHead(Lexicon.Default, word) is Gender.Male or Gender.Female;

    private static Gender PronounFor(Mention run, List<Token> tokens, List<Mention> runs, SpeakerResolver resolver)
    {
        if (WordCount(run.Tokens) < 2) return Gender.Unknown;
        int from = tokens.IndexOf(run.Tokens[^1]) + 1;
        for (int k = from; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote) continue;
            var gender = t.Text switch { "he" or "his" => Gender.Male, "she" or "her" => Gender.Female, _ => Gender.Unknown };
            if (gender == Gender.Unknown) continue;
            // ("His daughter, Ondina Varo, defended him on the radio": an object pronoun in the subject's own clause is
            // someone else; "her" is an object when no noun follows it, a possessive, "her plan", when one does)
            if (t.Text is "her" && (k + 1 >= tokens.Count || !tokens[k + 1].IsWord || NounPhrases.IsFunctionWord(tokens[k + 1].Text))) continue;
            foreach (var other in runs)
                if (other.Span.Start > run.Span.Start && other.Span.Start < t.Start && !other.Tokens[0].InQuote && !resolver.IsNoPerson(other)) return Gender.Unknown;
            return gender;
        }
        return Gender.Unknown;
    }

    /// <summary>
    /// How prominent a name of narration is for a later pronoun: the subject of its clause, or merely mentioned — a
    /// possessive ("Mr. Tribe's client"), a name inside the words a frame reports ("said Putin would …"), or an object.
    /// </summary>
    private Salience SalienceOf(Mention run, List<Token> tokens, List<Frame> frames)
    {
        foreach (var frame in frames)
            foreach (var c in frame.Content)
                if (c.Overlaps(run.Span.Start, run.Span.End)) return Salience.Mentioned;
        var last = run.Tokens[^1];
        int first = tokens.IndexOf(run.Tokens[0]), end = tokens.IndexOf(last);
        // "Asked about Alderman's proposal, she said …": a name in a fronted question is what the speaker was asked about,
        // and the one asked is the subject after the comma, so the name is no antecedent for that subject's pronoun
        if (InFrontedQuestion(tokens, first)) return Salience.None;
        // "The families of Tomas Reyna and Ana Oduya said": the people the relatives are named by speak through them and
        // are no antecedent for a later "she said", which is one of the relatives or nobody the article names
        if (NamedForTheirKin(tokens, first)) return Salience.None;
        if (last.Text.EndsWith("'s", StringComparison.Ordinal) || last.Text.EndsWith("’s", StringComparison.Ordinal)) return Salience.Mentioned;
        // "The first witness, Tomas Ledesma, ran …": the name set off after the description that opens the sentence is its subject
        return IsClauseSubject(tokens, first, end) || IsIntroduced(tokens, first, end) || DescriptionBefore(tokens, first, end) is not null ? Salience.Subject : Salience.Mentioned;
    }

    /// <summary>
    /// "the families of Tomas Reyna and Ana Oduya", "relatives of Ana Oduya": the name at <paramref name="first"/> stands
    /// after "of" (past other names joined by commas or "and") and a word for a person's relatives ("family", "parents",
    /// "widow").
    /// </summary>
    private bool NamedForTheirKin(List<Token> tokens, int first)
    {
        int k = first - 1;
        while (k > 0 && !tokens[k].InQuote && (tokens[k].IsCapitalized || tokens[k].Is(',') || tokens[k].IsWord && tokens[k].Text is "and")) k--;
        if (k < 1 || tokens[k].InQuote || !tokens[k].IsWord || tokens[k].Text is not "of" || !tokens[k - 1].IsWord) return false;
        return lexicon.IsKinWord(tokens[k - 1].Text);
    }

    // "Asked about …, she said", "When pressed on …,": the token at <paramref name="k"/> stands in a phrase opened by a
    // participle of questioning and not yet closed by a comma, at the start of the sentence
    private static bool InFrontedQuestion(List<Token> tokens, int k)
    {
        int s = tokens.Count > 1 && tokens[0].IsWord && tokens[0].Text is "When" ? 1 : 0;
        if (k <= s || !tokens[s].IsWord || tokens[s].InQuote || tokens[s].Text.ToLowerInvariant() is not ("asked" or "pressed" or "questioned")) return false;
        for (int m = s + 1; m < k; m++)
            if (!tokens[m].InQuote && !tokens[m].IsWord && tokens[m].Text is "," or ";" or ":" or "." or "?") return false;
        return true;
    }

    /// <summary>
    /// ", which represents about 3,000 nurses", ", that represents the city's bus drivers": a relative clause after the
    /// name ending at <paramref name="last"/> saying it represents people of a trade or a workplace (a plural word for
    /// people, past a count or a possessive) — what a union does. Not "represents 900 shops": a trade group's members are firms.
    /// </summary>
    private bool RepresentsPeople(List<Token> tokens, int last)
    {
        int k = last + 1;
        if (k + 3 >= tokens.Count || !tokens[k].Is(',') || tokens[k].InQuote) return false;
        if (!tokens[k + 1].IsWord || tokens[k + 1].InQuote || tokens[k + 1].Text is not ("which" or "that")) return false;
        if (tokens[k + 2].InQuote || tokens[k + 2].Text is not ("represents" or "represented")) return false;
        for (int n = k + 3; n < tokens.Count && n - k <= 9 && !tokens[n].InQuote; n++)
        {
            var word = tokens[n].Text;
            if (tokens[n].IsWord && word.Length > 3 && word.EndsWith('s') && lexicon.PersonHeads.Contains(word.ToLowerInvariant())) return true;
            // a count, a possessive owner or a modifier before them: "about 3,000", "the city's", "its", "bus" in "bus drivers"
            if (!tokens[n].IsWord || !(char.IsDigit(word[0]) || char.IsLower(word[0]) && (!NounPhrases.IsFunctionWord(word) || word is "about" or "some" or "over" or "more" or "than" or "the" or "its" or "all")
                  || word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))) return false;
        }
        return false;
    }

    /// <summary>
    /// The description in apposition after the name ending at <paramref name="last"/>: ", the mayor's former campaign
    /// manager,", ", a lawyer for the family.", ", Garcia's chief strategist," — up to the comma or full stop that
    /// closes it, or up to a "who" that goes on to tell about the person (", an economist who once ran …") or an
    /// "and a" that adds a second description (", director of the center and a professor at …"). Null when none follows.
    /// </summary>
    /// <summary>
    /// "Near Vesk, a captain who …", "In the harbour at Vesk, a ferry pilot said …": the comma at <paramref name="comma"/>
    /// closes a short phrase of place that opens the sentence, the name before it the object of a preposition of place,
    /// and the description after it is the main clause's subject — never a description of that place, which would
    /// make the place a person. ("In a letter to Orla Venn, a nurse who …": a name after another preposition keeps it.)
    /// </summary>
    private static bool ClosesOpeningPlacePhrase(List<Token> tokens, int comma)
    {
        if (comma < 2 || comma > 8 || !tokens[0].IsWord || tokens[0].InQuote || !PlacePrepositions.Contains(tokens[0].Text)) return false;
        for (int k = 1; k < comma; k++) if (!tokens[k].IsWord || tokens[k].InQuote) return false;
        int b = comma - 1;
        while (b > 0 && tokens[b].IsCapitalized) b--;
        return PlacePrepositions.Contains(tokens[b].Text) && (b == 0 || !tokens[b].IsCapitalized);
    }

    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "at", "near", "outside", "inside", "behind", "beside", "across", "along", "around", "throughout",
    };

    private IReadOnlyList<Token>? Apposition(List<Token> tokens, int last)
    {
        int open = BracketedShortNameAfter(tokens, last) + 1;
        if (open + 1 >= tokens.Count || !tokens[open].Is(',') || tokens[open].InQuote) return null;
        if (ClosesOpeningPlacePhrase(tokens, open)) return null;
        var first = tokens[open + 1];
        bool possessive = first.IsCapitalized && (first.Text.EndsWith("'s", StringComparison.Ordinal) || first.Text.EndsWith("’s", StringComparison.Ordinal));
        if (!first.IsWord || first.InQuote || !(first.Text is "a" or "an" or "the" || possessive
            || !first.IsCapitalized && !NounPhrases.IsFunctionWord(first.Text) && first.Text is not "of" && (lexicon.Titles.Contains(first.Text) || lexicon.PersonHeads.Contains(first.Text))
            // "said Ivo Prent, head of the Harbor Authority": who leads a body, without "the" as news style writes it
            || first.Text is "head" && open + 2 < tokens.Count && tokens[open + 2].Text is "of")) return null;
        int end = open + 1, second = -1, words = 0;
        bool tooLong = false;
        for (; end < tokens.Count && (tokens[end].IsWord || tokens[end].Is('-')) && !tokens[end].InQuote && tokens[end].Text is not ("who" or "which" or "that" or "whose")
               && !ParticipleAfterOrganization(tokens, end); end++)
        {
            // at most 12 words, a name of several capitalized words counting as one ("head of the Western Harbor Pilots
            // Benevolent Society branch at the port" is one person's description, not a clause)
            if (!(end > open + 1 && tokens[end].IsCapitalized && tokens[end - 1].IsCapitalized) && ++words > 12) { tooLong = true; break; }
            if (second < 0 && end > open + 2 && tokens[end].Text is "and" && end + 1 < tokens.Count && tokens[end + 1].Text is "a" or "an") second = end;
            // "Ruiz, the answer is no", "Ruiz, Lee's podcast proved a …": a verb makes it a clause, not a description
            if (tokens[end].Text is "is" or "was" or "are" or "were" or "has" or "have" or "had" or "will" or "would" or "can" or "could" or "did" or "does"
                || possessive && end > open + 2 && tokens[end].Text.EndsWith("ed", StringComparison.Ordinal) && !tokens[end].Text.Contains('-') && !tokens[end - 1].Text.EndsWith("ly", StringComparison.Ordinal)
                   && !NounPhrases.IsFunctionWord(tokens[end - 1].Text) && !lexicon.Titles.Contains(tokens[end].Text)) return null;
        }
        if (second > 0) end = second;
        // "Coldwell, the shipping company that owns the dock,": "that" after a word for an organization opens its relative clause
        else if (tooLong || end < tokens.Count && !(tokens[end].Is(',') || tokens[end].Is('.') || tokens[end].Text is "who" or "whose"
                 || tokens[end].Text is "that" && lexicon.OrganizationNouns.Contains(tokens[end - 1].Text) || ParticipleAfterOrganization(tokens, end))) return null;
        // "…, the director at the center and whose …": a conjunction left before the relative clause is not the description's
        while (end > open + 2 && tokens[end - 1].Text is "and" or "or") end--;
        if (tokens[end - 1].Text is "a" or "an" or "the") return null;
        return new TokenSlice(tokens, open + 1, end - open - 1);
    }

    // "the Ostmark Power Commission (OPC), the state-run utility, reported": the short name a body is given in brackets right
    // after its full name stands between that name and its apposition, which still says what the body is. The index of
    // the closing bracket, or <paramref name="last"/> when no such bracket follows.
    private static int BracketedShortNameAfter(List<Token> tokens, int last)
    {
        int k = last + 1;
        if (k + 2 >= tokens.Count || !tokens[k].Is('(') || tokens[k].InQuote) return last;
        int close = k + 1;
        while (close < tokens.Count && close <= k + 3 && tokens[close].IsWord && tokens[close].IsCapitalized && !tokens[close].InQuote) close++;
        return close > k + 1 && close < tokens.Count && tokens[close].Is(')') ? close : last;
    }

    // "Ms. Berg, she added, is …": the frame's source is a pronoun right after the name and a comma, and its cue is
    // followed by a comma that resumes the interrupted clause
    private static bool PronounSetOffAfter(List<Token> tokens, Mention run, Frame frame)
    {
        if (frame.Source is not { Kind: MentionKind.Pronoun } source || frame.Cue is not { } cue) return false;
        int last = tokens.IndexOf(run.Tokens[^1]);
        if (last < 0 || last + 2 >= tokens.Count || !tokens[last + 1].Is(',') || tokens[last + 2].Start != source.Span.Start) return false;
        int after = tokens.FindIndex(last + 2, t => t.Start >= cue.End);
        return after > 0 && tokens[after].Is(',') && !tokens[after].InQuote;
    }

    // "the Dealers Association, a trade group representing 900 shops,": a present participle right after a word for an
    // organization opens what it does, as "that represents" would, and ends its description
    private bool ParticipleAfterOrganization(List<Token> tokens, int at) =>
        at > 0 && tokens[at].IsWord && !tokens[at].InQuote && tokens[at].Text.Length > 5 && tokens[at].Text.EndsWith("ing", StringComparison.Ordinal)
        && !tokens[at].IsCapitalized && lexicon.OrganizationNouns.Contains(tokens[at - 1].Text);

    /// <summary>
    /// "Her longtime partner at Corvane, Lara B. Bix, called her …": the description that opens the sentence
    /// before a name set off by commas is that person's. Its tokens (with the determiner), or null when the name does
    /// not stand so.
    /// </summary>
    /// <summary>
    /// "the watchdog group Friends of the Canal sent …", "the nurses' union Care First said": a word for an organization
    /// (after at most two lowercase modifiers and "the" or "a") right before a name says what kind of body it is, so
    /// "the group" later finds it. The description's words, or null.
    /// </summary>
    private IReadOnlyList<Token>? OrganizationKindBefore(List<Token> tokens, int first, int last)
    {
        // ("the group Voters for Clean Water": a name the runs split at its "for" or "of" is not whole here)
        if (last + 2 < tokens.Count && tokens[last + 1].IsWord && tokens[last + 1].Text is "for" or "of" or "and" && tokens[last + 2].IsCapitalized) return null;
        int k = first - 1;
        if (k < 1 || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized) return null;
        // "after state operator Velna Rail cancelled …": a trade that is a company's (see CompanysTradeBefore) says so
        // without an article, as news style writes it
        bool trade = CompanysTradeBefore(tokens, k);
        if (!trade && !lexicon.OrganizationNouns.Contains(tokens[k].Text)) return null;
        int start = k;
        while (start - 1 >= 0 && first - start < 3 && tokens[start - 1].IsWord && !tokens[start - 1].InQuote && !tokens[start - 1].IsCapitalized
               && !NounPhrases.IsFunctionWord(tokens[start - 1].Text)) start--;
        if (start < 1 || !tokens[start - 1].IsWord || tokens[start - 1].InQuote) return null;
        if (tokens[start - 1].Text.ToLowerInvariant() is not ("the" or "a" or "an") && !(trade && !tokens[start - 1].IsCapitalized && NounPhrases.IsFunctionWord(tokens[start - 1].Text))) return null;
        return new TokenSlice(tokens, start, first - start);
    }

    // "state operator", "ferry carrier": a trade that is also a job, after what a business runs or carries, is a company's
    private bool CompanysTradeBefore(List<Token> tokens, int k) =>
        lexicon.Trades.Contains(tokens[k].Text) && k >= 1 && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && !tokens[k - 1].IsCapitalized
        && lexicon.TradeObjects.Contains(tokens[k - 1].Text);

    // the words that open a sentence (or follow its dateline's dash) and stand right before a name, the last of them
    // lower-case: "Dutch toy maker" of "BRUSSELS - Dutch toy maker Brindle is recalling …"; null for any other name
    // ("Damm told the court Vass had hidden the losses": words inside a sentence may end a clause of their own)
    private static TokenSlice? WordsRightBefore(List<Token> tokens, int first)
    {
        if (first < 1 || !tokens[first - 1].IsWord || tokens[first - 1].IsCapitalized || tokens[first - 1].InQuote) return null;
        int start = first - 1;
        while (start > 0 && tokens[start - 1].IsWord && !tokens[start - 1].InQuote) start--;
        bool opens = start == 0 || tokens[start - 1].Text is "-" or "—" or "–";
        if (!opens || first - start > 4) return null;
        for (int k = start + 1; k < first; k++)
            if (tokens[k].IsCapitalized || NounPhrases.Determiners.Contains(tokens[k].Text)) return null;
        return new TokenSlice(tokens, start, first - start);
    }

    // "&" or "and" and a capitalized word right after a name's last word: the name goes on
    private static bool NameGoesOn(List<Token> tokens, int last) =>
        last + 2 < tokens.Count && tokens[last + 1].Text is "&" or "and" && tokens[last + 2].IsCapitalized;

    private static IReadOnlyList<Token>? DescriptionBefore(List<Token> tokens, int first, int last)
    {
        // "The arbitrator, Helen Coll of the Regional Labor Board, …": an affiliation may follow the name
        last = AfterAffiliation(tokens, first, last);
        // "The dockers' union, the Sindicato Portuario Unido, …": a body's name set off after its description may keep its "the"
        if (first >= 4 && tokens[first - 1].IsWord && tokens[first - 1].Text is "the" && !tokens[first - 1].InQuote && tokens[first - 2].Is(',')) first--;
        if (first < 3 || !tokens[first - 1].Is(',') || tokens[first - 1].InQuote || last + 1 >= tokens.Count || !tokens[last + 1].Is(',')) return null;
        // "A pilot at the port of Ostby, Vendel, …": a word set off after a place's name is its region, no one's name
        if (first == last && NounPhrases.IsRegionAfterTown(tokens, first)) return null;
        // "“We were sold out,” the guild's president, Ana Vos, told reporters": the description may open the words after a
        // quote the sentence begins with
        int start = QuoteOpening(tokens);
        // "LISBURG — The mayor of Lisburg, Helen Marsh, …": a dateline's dash opens the sentence's own words
        if (start == 0 && SentenceFrames.DatelineEnd(tokens) is int dateline and > 0) start = dateline;
        // "… said that her coach, Ruben Oskar, had watched …": a reported clause opens with a description as a sentence does
        if (ClauseOpening(tokens, first) is var clause and > 0) start = clause;
        if (first - start < 3) return null;
        // "WFP's regional director for East Africa, Samuel Otieno, …": an organization's possessive opens a description too
        // ("Upper Wendel's premier, …": the owner's name may take a few words)
        int owned = start;
        while (owned < first - 2 && owned - start < 3 && tokens[owned].IsCapitalized && !IsPossessive(tokens[owned])) owned++;
        bool opensSentence = start == 0 || start == SentenceFrames.DatelineEnd(tokens);
        bool owner = opensSentence && tokens[owned].IsCapitalized && IsPossessive(tokens[owned]);
        // (after a quote the determiner is lowercase, at the sentence's start capitalized)
        var opener = opensSentence ? tokens[start].Text : Capitalized(tokens[start].Text);
        if (!tokens[start].IsWord || tokens[start].InQuote || !opensSentence && tokens[start].IsCapitalized
            || !owner && opener is not ("His" or "Her" or "Their" or "Its" or "The" or "A" or "An" or "Another") || first - 1 - start > 12) return null;
        bool lowercase = false;
        for (int k = start + 1; k < first - 1; k++)
        {
            // "for East and Central Africa": an "and" between capitalized words is a name's, not a second person's
            bool inName = tokens[k].Text is "and" && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized;
            // "The minister of lakes and rivers, Ivo Brannsk, …": an "and" inside the field after a title's "of" or "for"
            // joins two fields of one office; before a determiner ("of lakes and his deputy") it opens a second person
            inName |= NounPhrases.JoinsComplement(tokens, k);
            if (NounPhrases.IsPluralPossessiveMark(tokens, k)) continue;
            // ("The flaw was found when a student, Jo Hale, …": a subordinate clause's opening is no description's)
            if (!tokens[k].IsWord || tokens[k].InQuote || !inName && tokens[k].Text is "and" or "or" or "who" or "which" or "that" or "when" or "where" or "while" or "because" or "since" or "until" or "if") return null;
            // "The failings were raised by a compliance analyst, Jo Hale, …": a clause with its own verb, not a description
            if (tokens[k].Text is "is" or "was" or "were" or "are" or "has" or "have" or "had" or "been" or "will" or "would") return null;
            lowercase |= !tokens[k].IsCapitalized;
        }
        return lowercase ? new TokenSlice(tokens, start, first - 1 - start) : null;
    }

    // where a reported clause that opens with a description ("that her coach, …", "that the board's chair, …") begins:
    // the lowercase "his", "her", "their" or "the" right after "that" (or "the" before a lowercase owner), a few
    // lowercase words before the name's comma; else 0
    private static int ClauseOpening(List<Token> tokens, int first)
    {
        for (int k = first - 2; k >= 1 && first - k <= 6; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return 0;
            if (tokens[k].Text is "his" or "her" or "their" or "the" && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && tokens[k - 1].Text is "that") return k;
            // "… said the vessel's operator, Pellion Lines, had …": "the" and a lowercase owner ("the vessel's") open a
            // description of what the name is wherever it stands, with or without "that" before it
            if (tokens[k].Text is "the" && tokens[k + 1].IsWord && !tokens[k + 1].InQuote && !tokens[k + 1].IsCapitalized && IsPossessive(tokens[k + 1])) return k;
        }
        return 0;
    }

    // where the words after a quote that opens the sentence begin ("“…,” the guild's president, …"), or 0 when the
    // sentence opens with no quote
    private static int QuoteOpening(List<Token> tokens)
    {
        if (tokens.Count == 0 || tokens[0].Kind != TokenKind.QuoteMark) return 0;
        int k = 1;
        while (k < tokens.Count && (tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark)) k++;
        // the quote's closing mark, and the comma that may stand outside it
        while (k < tokens.Count && tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "," && !tokens[k].InQuote) k++;
        return k < tokens.Count ? k : 0;
    }

    private static string Capitalized(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>
    /// "Helen Coll of the Regional Labor Board": the last token of "of", "at" or "from", maybe "the", and the
    /// capitalized words of an organization or place after the name ending at <paramref name="last"/>; else <paramref name="last"/>.
    /// </summary>
    private static int AfterAffiliation(List<Token> tokens, int first, int last)
    {
        int k = last + 1;
        // "Owen Delacroix of Harwick & Lowe": the name run took "of Harwick" in, and the firm's name goes on
        bool within = tokens[last].IsCapitalized && OfBeforeCapitalized(tokens, first, last);
        if (!within)
        {
            if (k + 1 >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("of" or "at" or "from")) return last;
            k++;
            if (tokens[k].IsWord && tokens[k].Text is "the") k++;
        }
        int end = within ? last : k - 1;
        while (k < tokens.Count && !tokens[k].InQuote && (tokens[k].IsCapitalized
               || (tokens[k].Text is "of" or "and" or "for" or "&") && k + 1 < tokens.Count && tokens[k + 1].IsCapitalized)) end = k++;
        return end > last + 1 && tokens[end].IsCapitalized ? end : last;
    }

    // An "of" outside quote marks before a capitalized word, from token first up to last. A loop: a lambda over the
    // tokens made every call of AfterAffiliation allocate a closure.
    private static bool OfBeforeCapitalized(List<Token> tokens, int first, int last)
    {
        for (int m = first; m < last; m++)
            if (tokens[m].IsWord && !tokens[m].InQuote && tokens[m].Text is "of" && tokens[m + 1].IsCapitalized) return true;
        return false;
    }

    /// <summary>
    /// The relation a word for a relative right before a name gives them: "wife" in "his wife, Heidi," or "son Eric
    /// Doe", "former wife" in "his ex-wife Ivana" — and in "his divorce from wife Ivana", where a spouse one divorced
    /// is a former one. Null when no such word stands there.
    /// </summary>
    private string? KinBefore(List<Token> tokens, int first)
    {
        int k = first - 1;
        if (k > 0 && tokens[k].Is(',') && !tokens[k].InQuote) k--;
        if (k < 0 || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized) return null;
        var words = k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && tokens[k - 1].Text is "former" or "ex" ? new[] { "former", tokens[k].Text } : [tokens[k].Text];
        // the comma form needs its owner: "his wife, Heidi," (not "a list of names, Heidi …")
        if (k < first - 1 && KinOwner(tokens, first) is null) return null;
        if (lexicon.Relation(words) is not { } kin) return null;
        for (int m = k - 1; m >= 0 && k - m <= 4 && !kin.StartsWith("former ", StringComparison.Ordinal); m--)
            if (tokens[m].IsWord && !tokens[m].InQuote && tokens[m].Text.StartsWith("divorc", StringComparison.OrdinalIgnoreCase)) kin = "former " + kin;
        return kin;
    }

    /// <summary>
    /// "his sister, Carla,", "Doe's younger brother, Teo,": the owner word of a relative set off by name after a comma,
    /// past an adjective of age ("older", "younger"), or null.
    /// </summary>
    private static Token? KinOwner(List<Token> tokens, int first)
    {
        int k = first - 2;
        if (k < 1 || !tokens[k + 1].Is(',') || tokens[k + 1].InQuote) return null;
        int owner = k - 1;
        if (owner > 0 && tokens[owner].IsWord && AgeAdjectives.Contains(tokens[owner].Text)) owner--;
        if (owner < 0 || !tokens[owner].IsWord || tokens[owner].InQuote) return null;
        // "His younger brother, Teo,": a sentence may open with the owner when the relative goes by a first name alone
        bool firstNameAlone = first + 1 < tokens.Count && tokens[first + 1].Is(',');
        return tokens[owner].Text is "his" or "her" or "their" || firstNameAlone && tokens[owner].Text is "His" or "Her" || IsPossessive(tokens[owner]) ? tokens[owner] : null;
    }

    /// <summary>
    /// "Ivo Doe, 38, runs the bakery. His younger brother, Teo,": the one name of two words or more
    /// before <paramref name="owner"/> in its sentence, or else in the sentence before it in the same paragraph — whom
    /// an owner pronoun there can only stand for. Null when there are none or several.
    /// </summary>
    private static Mention? OnlyNameBefore(List<Mention>[] nameRuns, IReadOnlyList<Sentence> sentences, int i, Token owner)
    {
        var here = nameRuns[i].Where(r => !r.Tokens[0].InQuote && r.Span.End <= owner.Start && WordCount(r.Tokens) >= 2).ToList();
        if (here.Count == 0 && i > 0 && sentences[i - 1].Paragraph == sentences[i].Paragraph)
            here = nameRuns[i - 1].Where(r => !r.Tokens[0].InQuote && WordCount(r.Tokens) >= 2).ToList();
        return here.Count == 1 ? here[0] : null;
    }

    private static readonly HashSet<string> AgeAdjectives = new(StringComparer.Ordinal) { "older", "younger", "elder", "eldest", "oldest", "youngest", "big", "little", "twin", "baby" };

    /// <summary>
    /// "Orla Hale, his wife of 30 years, …", "Eric Doe, her former husband,": an apposition of "his", "her" or "their"
    /// and a word for a relative right after a name makes that person the relative. The relation, or null.
    /// </summary>
    private string? KinAfter(List<Token> tokens, int last)
    {
        int k = last + 1;
        if (last < 0 || k + 2 >= tokens.Count || !tokens[k].Is(',') || tokens[k].InQuote) return null;
        var owner = tokens[k + 1];
        if (!owner.IsWord || owner.InQuote || owner.Text is not ("his" or "her" or "their")) return null;
        var words = tokens[k + 2].IsWord && tokens[k + 2].Text is "former" or "ex" && k + 3 < tokens.Count ? new[] { "former", tokens[k + 3].Text } : [tokens[k + 2].Text];
        return tokens[k + 2].InQuote ? null : lexicon.Relation(words);
    }

    // "… concerns Oscar Vedder, president of the guild.": a person introduced with an apposition is about to speak
    private bool IsIntroduced(List<Token> tokens, int first, int last)
    {
        if (!lexicon.IsGivenName(tokens[first].Text) && !lexicon.Titles.Contains(tokens[first].Text)) return false;
        if (last + 2 >= tokens.Count || !tokens[last + 1].Is(',') || tokens[last + 1].InQuote) return false;
        var next = tokens[last + 2];
        return next.IsWord && !next.InQuote && (next.Text is "a" or "an" or "the" || !next.IsCapitalized && (lexicon.Titles.Contains(next.Text) || lexicon.PersonHeads.Contains(next.Text)));
    }

    /// <summary>
    /// A name opening its clause — at the sentence's start, after a connective ("But"), or after the comma that closes
    /// a fronted phrase ("In a statement, Gov. Ana Ruiz …"), with at most a short description before it ("White House
    /// spokesman …") — and followed by what can be its verb, or by an apposition when it opens the sentence.
    /// </summary>
    private bool IsClauseSubject(List<Token> tokens, int first, int last)
    {
        int k = first - 1, described = 0;
        while (k >= 0 && described < 4 && tokens[k].IsWord && !tokens[k].InQuote && !NounPhrases.IsFunctionWord(tokens[k].Text)) { k--; described++; }
        // "The Rev. Jo Doe", "The former mayor Jo Doe": the article before a title or description opens the sentence too
        bool opensSentence = k < 0 || k == 0 && tokens[0].IsWord && (Connectives.Contains(tokens[0].Text)
            || tokens[0].Text is "The" && (described > 0 || lexicon.Titles.Contains(tokens[first].Text) || lexicon.Titles.Contains(tokens[first].Text.TrimEnd('.'))));
        if (!opensSentence && !(k > 0 && tokens[k].Is(',') && !tokens[k].InQuote)) return false;
        int n = last + 1;
        if (n < tokens.Count && tokens[n].Is('('))
            while (n < tokens.Count && !tokens[n - 1].Is(')')) n++;
        // "Jo Doe of Grace Baptist Church stood …": the affiliation after the name is part of its noun phrase
        else if (opensSentence) n = AfterAffiliation(tokens, n);
        if (n >= tokens.Count) return false;
        // "Christie, who has campaigned for …, blasted": an apposition or relative clause after the opening name
        if (tokens[n].Is(',')) return opensSentence && !tokens[n].InQuote;
        var verb = tokens[n];
        return verb.IsWord && !verb.InQuote && !verb.IsCapitalized && !NounPhrases.Determiners.Contains(verb.Text) && !NounPhrases.IsPronoun(verb.Text)
            && (!NounPhrases.IsStop(verb.Text) || lexicon.CueVerbs.Contains(verb.Text));
    }

    // past "of (the) Grace Baptist Church" at <paramref name="n"/>: an affiliation of capitalized words; else n itself
    private static int AfterAffiliation(List<Token> tokens, int n)
    {
        if (n >= tokens.Count || !tokens[n].IsWord || tokens[n].InQuote || tokens[n].Text is not "of") return n;
        int k = n + 1;
        if (k < tokens.Count && tokens[k].IsWord && tokens[k].Text is "the") k++;
        int start = k;
        while (k < tokens.Count && !tokens[k].InQuote && tokens[k].IsCapitalized) k++;
        return k > start ? k : n;
    }

    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase)
    {
        "but", "and", "so", "yet", "still", "then", "now", "meanwhile", "however", "instead", "also", "later", "earlier", "separately",
    };

    /// <summary>
    /// A quote with no attribution of its own that follows one of the same speaker's quotes continues that speaker's
    /// words (newswire: the attribution is given once). In the same paragraph it is more of the same quote
    /// (<c>"A," he said. "B."</c> is one statement, as PolNeAR annotates it); in the next paragraph it is a new
    /// quote by the same speaker. Quotes, spans and sentences are all in text order, so one sweep does.
    /// </summary>
    private void AddContinuedQuotes(Article article, IReadOnlyList<Sentence> sentences, List<List<Token>> tokenized, List<TextSpan> quoteSpans, List<Quote> quotes)
    {
        quotes.Sort((a, b) => a.Start.CompareTo(b.Start));
        var contents = new List<TextSpan>();
        foreach (var q in quotes) contents.AddRange(q.Content);
        contents.Sort((a, b) => a.Start.CompareTo(b.Start));
        var byEnd = Enumerable.Range(0, quotes.Count).OrderBy(i => quotes[i].End).ToList();
        int contentAt = 0, coveredUntil = -1, sentenceAt = 0, endAt = 0, previous = -1;
        var added = new List<Quote>();
        foreach (var span in quoteSpans)
        {
            while (contentAt < contents.Count && contents[contentAt].Start < span.End) coveredUntil = Math.Max(coveredUntil, contents[contentAt++].End);
            while (endAt < byEnd.Count && quotes[byEnd[endAt]].End <= span.Start)
            {
                previous = byEnd[endAt];
                endAt++;
            }
            while (sentenceAt < sentences.Count && sentences[sentenceAt].End <= span.Start) sentenceAt++;
            if (coveredUntil > span.Start || previous < 0 || sentenceAt >= sentences.Count) continue;
            var sentence = sentences[sentenceAt];
            int paragraph = sentence.Paragraph;
            if (article.Paragraphs[paragraph].IsHeading || CountWords(span.Text) < 2) continue;
            // it must stand as a sentence of its own, not as words quoted inside narration
            if (span.Start - sentence.Start > 1 || !OnlyPunctuationAfter(article.Text, span.End, sentence.End)) continue;
            var before = quotes[previous];
            // "Ruiz argued that voters are tired of scandal. “The voters are sick of it.”": a quote standing alone right
            // after a report of what someone said, in the same paragraph, gives that speaker's own words for it, and
            // PolNeAR annotates the two as one statement
            if (before.Kind == QuoteKind.Indirect)
            {
                if (before.Speaker is null || sentenceAt == 0 || sentences[sentenceAt - 1].Paragraph != paragraph || before.End <= sentences[sentenceAt - 1].Start) continue;
                quotes[previous] = before with { Kind = QuoteKind.Mixed, Content = [.. before.Content, span] };
                continue;
            }
            // more of the same quote needs no resolved speaker ("She has to pull through," she said. "I promise …"); a new quote does
            bool sameQuote = before.Kind == QuoteKind.Direct && article.ParagraphAt(before.End - 1).Number == paragraph;
            if (!sameQuote && (before.Speaker is null || paragraph - before.Paragraph > 1 && paragraph - article.ParagraphAt(before.End - 1).Number > 1)) continue;
            if (NarrationBetween(sentences, tokenized, sentenceAt, before, quoteSpans, sameQuote)) continue;
            if (sameQuote)
                quotes[previous] = before with { Content = [.. before.Content, span] };
            else
                added.Add(new Quote(QuoteKind.Direct, paragraph, [span], null, null, before.Speaker));
        }
        quotes.AddRange(added);
    }

    private static bool OnlyPunctuationAfter(string text, int from, int to)
    {
        for (int i = from; i < to; i++) if (char.IsLetterOrDigit(text[i])) return false;
        return true;
    }

    /// <summary>
    /// Is there a sentence of plain narration after quote <paramref name="before"/> and before sentence <paramref name="at"/>?
    /// The quote's own attribution ("“A?” Clinton said. “B.”") is not narration.
    /// </summary>
    private bool NarrationBetween(IReadOnlyList<Sentence> sentences, List<List<Token>> tokenized, int at, Quote before, List<TextSpan> quoteSpans, bool sameQuote)
    {
        for (int k = at - 1; k >= 0 && sentences[k].Start >= before.End; k--)
        {
            if (Inside(quoteSpans, sentences[k].Start) || Inside(quoteSpans, sentences[k].End - 1)) continue;
            bool attribution = before.Cue is { } cue && cue.Start >= sentences[k].Start && cue.End <= sentences[k].End
                && (before.Source is null || before.Source.Start >= sentences[k].Start && before.Source.End <= sentences[k].End);
            // "“A,” the mayor said after the vote. She did not stay long. “B.”": a short aside about the speaker,
            // naming nobody else and reporting nobody, does not hand the quote to someone new
            if (!attribution && !(sameQuote && IsNeutralAside(tokenized[k], before.Speaker)) && !(k == at - 1 && IsWritersQuestion(sentences, tokenized, k, before.Speaker))) return true;
        }
        return false;
    }

    /// <summary>
    /// "Was it a hard decision for the council? “Less than you'd expect.”": in an interview the writer's own question,
    /// unquoted, opens the paragraph and the answer follows in quote marks. The question names nobody new (no capitalized
    /// word past its first but the speaker's own names), so the answer stays with the one interviewed.
    /// </summary>
    private bool IsWritersQuestion(IReadOnlyList<Sentence> sentences, List<List<Token>> tokenized, int k, Speaker? speaker)
    {
        var tokens = tokenized[k];
        if (speaker is not { Type: SpeakerType.Person } || tokens.Count < 4 || !tokens[^1].Is('?') || tokens[^1].InQuote) return false;
        if (k > 0 && sentences[k - 1].Paragraph == sentences[k].Paragraph) return false;
        var names = speaker.Name.Split(' ');
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.InQuote || t.Kind == TokenKind.QuoteMark) return false;
            // (a verb of speech inside the question asks about words, it reports none: "would he object if the board accepted …?")
            if (t.IsWord && i > 0 && t.IsCapitalized && !names.Contains(t.Text)) return false;
        }
        return true;
    }

    private bool IsNeutralAside(List<Token> tokens, Speaker? speaker)
    {
        if (tokens.Count == 0 || tokens.Count > 16 || !tokens[0].IsWord || tokens[0].Text is not ("He" or "She")) return false;
        // the pronoun must fit the speaker: "“A,” Ms. Lopez said. He left. “B.”" may be someone else's words
        var gender = speaker is { Type: SpeakerType.Person } ? lexicon.GenderOfGivenName(speaker.Name.Split(' ')[0]) : Gender.Unknown;
        if (gender == Gender.Male && tokens[0].Text is "She" || gender == Gender.Female && tokens[0].Text is "He" || speaker?.Type == SpeakerType.Organization) return false;
        for (int i = 1; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.InQuote || t.Kind == TokenKind.QuoteMark) return false;
            if (t.IsWord && (t.IsCapitalized || lexicon.CueVerbs.Contains(t.Text) || lexicon.CueParticiples.Contains(t.Text))) return false;
        }
        return true;
    }

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

    private static bool IsPossessive(Token t) => t.Text.EndsWith("'s", StringComparison.Ordinal) || t.Text.EndsWith("’s", StringComparison.Ordinal);

    private static int WordCount(IReadOnlyList<Token> tokens)
    {
        int n = 0;
        for (int i = 0; i < tokens.Count; i++) if (tokens[i].IsWord) n++;
        return n;
    }

    /// <summary>
    /// "Minister of Lakes and Rivers Ivo Brannsk": after a title's "of" or "for" and one field word, an "and" and a
    /// run of three capitalized words or more (the second field and the holder's name) are one mention. Not when the
    /// run opens with a given name or a title ("Minister of Lakes and Mayor Ivo Brannsk" are two people).
    /// </summary>
    private int TitleFieldEnd(List<Token> tokens, int i, int j)
    {
        bool quoted = tokens[i].InQuote;
        if (j - i < 2 || tokens[j - 1].Text is not ("of" or "for") || !lexicon.Titles.Contains(tokens[j - 2].Text)
            || j + 2 >= tokens.Count || !tokens[j + 1].IsWord || tokens[j + 1].Text is not "and" || tokens[j + 1].InQuote != quoted) return j;
        int end = j + 2;
        while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && tokens[end + 1].InQuote == quoted && !IsPossessive(tokens[end])) end++;
        if (!tokens[j + 2].IsCapitalized || end - (j + 2) < 2 || lexicon.IsGivenName(tokens[j + 2].Text) || lexicon.Titles.Contains(tokens[j + 2].Text)) return j;
        return end;
    }

    /// <summary>Runs of capitalized words (with "of", "the" inside them) that may name a person or organization.</summary>
    private List<Mention> NameRuns(List<Token> tokens, string text)
    {
        var runs = new List<Mention>();
        for (int i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsCapitalized || NounPhrases.Determiners.Contains(tokens[i].Text)) continue;
            int j = i;
            // "Mr. Trump's RT appearance": a possessive closes the name it ends
            while (j + 1 < tokens.Count && tokens[j + 1].InQuote == tokens[i].InQuote && !IsPossessive(tokens[j])
                   && (tokens[j + 1].IsCapitalized
                       || ((tokens[j + 1].Text is "of" || lexicon.NameParticles.Contains(tokens[j + 1].Text)) && j + 2 < tokens.Count && tokens[j + 2].IsCapitalized)
                       // "Pieter van den Hoek": particles may come two at a time
                       || lexicon.NameParticles.Contains(tokens[j + 1].Text) && j + 3 < tokens.Count && lexicon.NameParticles.Contains(tokens[j + 2].Text) && tokens[j + 3].IsCapitalized)) j++;
            // "the Regional Office for the Upland Forests", "the Ministry of Economy, Industry and Trade": one body's name
            j = NounPhrases.BodyNameEnd(tokens, i, j);
            j = TitleFieldEnd(tokens, i, j);
            // "What Mr. Obama said", "But Clinton": a capitalized function word opens the sentence, not the name
            while (i < j && NounPhrases.IsFunctionWord(tokens[i].Text)) i++;
            if (i == 0 || !tokens[i - 1].IsWord || j > i)
            {
                var span = new TextSpan(tokens[i].Start, tokens[j].End, text[tokens[i].Start..tokens[j].End]);
                runs.Add(new Mention(span, MentionKind.Name, new TokenSlice(tokens, i, j - i + 1)));
            }
            else
                runs.Add(new Mention(new TextSpan(tokens[i].Start, tokens[i].End, tokens[i].Text), MentionKind.Name, new TokenSlice(tokens, i, 1)));
            i = j;
        }
        return runs;
    }
}

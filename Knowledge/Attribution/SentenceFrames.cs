using NewsBot.Knowledge.Articles;

namespace NewsBot.Knowledge.Attribution;

/// <summary>An attribution read off one sentence, before its source is resolved to a speaker.</summary>
internal sealed record Frame(QuoteKind Kind, IReadOnlyList<TextSpan> Content, Mention? Source, TextSpan? Cue, Speaker? Inherited = null);

/// <summary>
/// Reads the attribution frames of one sentence: a cue from the lexicon, the source phrase beside it (before the cue,
/// or after it: "said Psaki", "according to a US official"), and the content — the adjacent quote(s) for direct speech,
/// the reported clause for indirect and mixed speech. Participle cues ("…, warning of …") add a frame for the same source.
/// </summary>
internal sealed class SentenceFrames(Lexicon lexicon, string text, List<Token> tokens, List<TextSpan> quoteSpans, Paragraph paragraph, Paragraph? next = null,
    TextSpan? unframedBefore = null)
{
    private const int MinContentWords = 2;

    public List<Frame> Find()
    {
        var frames = new List<Frame>();
        if (BlockAfterColon() is { } block)
        {
            frames.Add(block);
            return frames;
        }
        if (!paragraph.IsHeading && SignedPostFrame() is { } post)
        {
            frames.Add(post);
            return frames;
        }
        if (paragraph.IsHeading)
        {
            // "Ruiz made the following comment:" is short enough to look like a subheading, but introduces the next paragraph
            if (paragraph.Kind == ParagraphKind.Subheading && (IntroducedParagraph(authorOnly: true) ?? IntroducedParagraph(authorOnly: false)) is { } introduced) frames.Add(introduced);
            else if (HeadingFrame() is { } heading) frames.Add(heading);
            else if (LabelledHeadline() is { } labelled) frames.Add(labelled);
            // a subheading inside the body ("Watchdog report faults the ferry board") labels the section after it in a
            // headline's shorthand: the statement it sums up is reported in full below, so only the headline's verb is a
            // cue, or a short line's whose colon opens the words below it ("In a statement, the mayor said:")
            else if ((paragraph.Kind == ParagraphKind.Headline || EndsWithColon()) && CueFrame(0) is { } cued) frames.Add(cued.Frame);
            else frames.AddRange(DashFrames()); // a short signed quote looks like a subheading
            return frames;
        }
        if (TranscriptFrame() is { } line)
        {
            frames.Add(line);
            return frames;
        }
        if ((AsPutItFrame() ?? ByOwnAccountFrame() ?? PutItColonFrame()) is { } putIt)
        {
            frames.Add(putIt);
            return frames;
        }
        if (IntroducedParagraph(authorOnly: true) is { } byAuthor)
        {
            frames.Add(byAuthor);
            return frames;
        }
        if (CueFrame(0) is not { } main)
        {
            if (IntroducedParagraph(authorOnly: false) is { } introduced)
            {
                frames.Add(introduced);
                return frames;
            }
            frames.AddRange(DashFrames());
            if (frames.Count == 0 && NounCueFrame() is { } claim) frames.Add(claim);
            if (frames.Count == 0 && QuotedObjectFrame() is { } quoted) frames.Add(quoted);
            if (frames.Count == 0 && SubjectParticipleFrame() is { } participle) frames.Add(participle);
            if (frames.Count == 0 && OpportunityToSpeakFrame() is { } occasion) frames.Add(occasion);
            if (frames.Count == 0 && AccordingToBefore() is { } before) frames.Add(before);
            return frames;
        }
        if (SpeakerInsideReport(main) is { } inner) main = inner;
        // "The fund said the plan had been described as “a betrayal” by residents": the quoted words are the residents',
        // reported by the fund; what the fund said holds no words of its own in quote marks
        var othersWords = main.Frame.Kind == QuoteKind.Mixed && main.Frame.Source is not null ? OthersQuotedWords(main.Frame) : null;
        if (othersWords is not null && othersWords.Count == QuotesInside(main.Frame)) main = (main.Frame with { Kind = QuoteKind.Indirect }, main.CueEnd);
        // "said her office found no sign of theft, but that “the board knew”": a second "that" clause of the same verb
        if (main.Frame.Kind != QuoteKind.Direct && main.Frame.Source is not null && SecondThatClause(main.Frame) is { } alsoThat)
            main = (main.Frame with { Content = [.. main.Frame.Content, alsoThat], Kind = HasQuoteMark(alsoThat) ? QuoteKind.Mixed : main.Frame.Kind }, main.CueEnd);
        frames.Add(main.Frame);
        if (othersWords is not null) frames.AddRange(othersWords);
        // "He claimed great savings and said they meant …": a second cue verb conjoined to the first, same speaker
        if (main.Frame.Source is not null && main.Frame.Kind != QuoteKind.Direct)
            for (int i = main.CueEnd + 2; i < tokens.Count - 2; i++)
            {
                // ("said she backed the plan but warned that …": "but" conjoins a second report as "and" does)
                if (tokens[i].InQuote || !tokens[i].IsWord || !lexicon.CueVerbs.Contains(tokens[i].Text) || ConjunctionBefore(i) is not int and || tokens[and].Text is not ("and" or "but")) continue;
                // "said the boat was checked and found to comply": a conjoined verb in no sense of speech reports nothing
                if (IsNoSpeechSense(i)) break;
                if (StanceInsideReportedClause(i, and)) break;
                // "said the mayor was at the pier when guards stopped her and told her to leave": the verb is conjoined
                // inside the reported clause's own subordinate clause, and its subject is someone else
                if (SubordinateClauseBetween(main.CueEnd + 1, and) || and > 0 && tokens[and - 1].Is('(')) break;
                // "said fares would rise, but the ministry rejected the claim and accused it of …": a clause with a subject of its
                // own opened after a comma owns the verb conjoined after it (a later attribution may still find that subject)
                if (OwnClauseBetween(main.CueEnd + 1, and)) break;
                // "wanted to shield her dealings and favors to …": a present form after a past cue is a noun, not a second verb
                if (IsPastForm(tokens[main.CueEnd].Text) && tokens[i].Text.EndsWith('s') && !tokens[i].Text.EndsWith("ss", StringComparison.Ordinal)) break;
                if (Clause(i + 1, ParticipleCut(i + 1), skipLeading: true) is { } second)
                    frames.Add(new Frame(KindOf(second), [second], main.Frame.Source, TokenSpan(i, i)));
                break;
            }
        // "…," Psaki told reporters, warning of an "extremely dangerous situation."
        for (int i = main.CueEnd + 1; i < tokens.Count; i++)
        {
            // "…, warning of …", "… before asking her, “…”"
            if (tokens[i].InQuote || !lexicon.CueParticiples.Contains(tokens[i].Text)
                || !(CommaBefore(i) || tokens[i - 1].IsWord && !tokens[i - 1].InQuote && tokens[i - 1].Text is "before" or "while")) continue;
            // "ruled that police must get a warrant before demanding that …": a participle inside what was reported is its subject's
            if (!CommaBefore(i) && main.Frame.Kind != QuoteKind.Direct && main.Frame.Content.Any(c => c.Start <= tokens[i].Start && tokens[i].End <= c.End)) continue;
            // "…, adding to signs that …": adding to a thing reports nothing
            if (IsActNotSpeech(i, i)) continue;
            // "…, saying, “That makes me smart.”" reports the quote itself, past a listener ("asking her, “…”")
            if (AdjacentQuoteAfter(lexicon.ListenerVerbs.Contains(tokens[i].Text) ? SkipListener(i) : i) is { } quote && StartsClause(quote))
            {
                frames.Add(new Frame(QuoteKind.Direct, [quote], main.Frame.Source, TokenSpan(i, i)));
                break;
            }
            var content = Clause(i + 1, tokens.Count, skipLeading: true);
            if (content is null) continue;
            frames.Add(new Frame(HasQuoteMark(content) ? QuoteKind.Mixed : QuoteKind.Indirect, [content], main.Frame.Source, TokenSpan(i, i)));
            break;
        }
        // "Aides said the talks failed, but the senator said they would resume.": a later cue with its own source
        for (int n = 0; n < 3; n++)
        {
            int after = FirstTokenAfter(frames);
            if (after >= tokens.Count) break;
            // "…, said Ana Ruiz, 41, a nurse, while her brother, Leo, said …": a contrasting clause after a comma speaks for its own subject
            int? contrast = ContrastingClauseAfter(after);
            if (contrast is int opens) after = opens;
            // "… as a “failure” after she criticized the council": a cue in the reporter's subordinate clause reports nothing
            else if (tokens[after].IsWord && !tokens[after].InQuote && (lexicon.Subordinators.Contains(tokens[after].Text) || lexicon.QuoteClauseBreaks.Contains(tokens[after].Text))) break;
            _reportFrom = after;
            var found = CueFrame(after);
            _reportFrom = 0;
            if (found is not { } next) break;
            // the contrasting clause's own subject said it, named before its verb: not "…, while the vote, the mayor said, …"
            if (contrast is not null && (next.Frame.Source is not { } own || own.Span.Start < tokens[after].Start || next.Frame.Cue is not { } said || own.Span.Start > said.Start
                || next.Frame.Kind == QuoteKind.Direct && next.Frame.Content[0].Start < said.Start || CueVerbBetween(after, IndexAt(own.Span.Start)))) break;
            // what it reports lies after it: the words before belong to the first attribution
            if (next.Frame.Content[0].Start < tokens[after].Start) break;
            frames.Add(next.Frame);
        }
        // "Harbor rules called for a delay, officials said.": a closing attribution with a source of its own reports the
        // whole sentence before it; what that sentence's own subject decided or called for is no speech of theirs
        if (TrailingFrame(frames) is { } trailing)
        {
            bool governs = AnonymousSourceOfConjoinedClauses(frames, trailing);
            frames.RemoveAll(f => governs || !IsNestedSpeech(f));
            frames.Add(trailing);
        }
        return frames;
    }

    /// <summary>
    /// Quoted words inside a report that the report itself gives to others: "… had been described as “a betrayal” by
    /// residents", "what critics called “daylight robbery”", "the levy, which opponents have branded “a tax on the poor,”".
    /// A frame for each, its source the others named (never the one whose report it is); null when there are none.
    /// </summary>
    private List<Frame>? OthersQuotedWords(Frame report)
    {
        List<Frame>? found = null;
        foreach (var q in quoteSpans)
        {
            if (!report.Content.Any(c => c.Start <= q.Start && q.End <= c.End)) continue;
            int open = IndexAt(q.Start), close = IndexAt(q.End - 1);
            if (open < 2 || close < open) continue;
            int verb = open - 1;
            if (tokens[verb].IsWord && !tokens[verb].InQuote && tokens[verb].Text is "as") verb--;
            if (!tokens[verb].IsWord || tokens[verb].InQuote || !QuotedNamingVerbs.Contains(tokens[verb].Text)) continue;
            Mention? others = null;
            // passive, its agent after the quote: "described as “…” by residents"
            if (close + 1 < tokens.Count && tokens[close + 1].IsWord && !tokens[close + 1].InQuote && tokens[close + 1].Text is "by")
                others = NounPhrases.RightOf(tokens, close + 1, text) ?? ShortPhrase(close + 2, forward: true);
            else
            {
                // "what critics called “…”", "which opponents have branded “…”": the subject of a relative clause
                int left = verb;
                while (left > 1 && tokens[left - 1].IsWord && !tokens[left - 1].InQuote && tokens[left - 1].Text is "have" or "has" or "had" or "once" or "long") left--;
                if ((NounPhrases.LeftOf(tokens, left, text) ?? ShortPhrase(left - 1, forward: false)) is { } subject && IndexAt(subject.Span.Start) is int first and > 0
                    && tokens[first - 1].IsWord && !tokens[first - 1].InQuote && tokens[first - 1].Text is "what" or "which" or "that")
                    others = subject;
            }
            if (others is null || others.Kind == MentionKind.Pronoun || report.Source is { } own && own.Span.Start == others.Span.Start) continue;
            (found ??= []).Add(new Frame(QuoteKind.Mixed, [q], others, TokenSpan(verb, verb)));
        }
        return found;
    }

    // "residents", "many farmers", "the union": a few words with no verb, read from token k forward or back to the edge of
    // the phrase (a comma, a quote, a function word other than an article); null when none
    private Mention? ShortPhrase(int k, bool forward)
    {
        int step = forward ? 1 : -1, end = k;
        while (end + step >= 0 && end + step < tokens.Count && Math.Abs(end + step - k) < 4 && IsPhraseWord(end + step)) end += step;
        if (k < 0 || k >= tokens.Count || !IsPhraseWord(k)) return null;
        int a = Math.Min(k, end), b = Math.Max(k, end);
        if (!forward && a > 0 && tokens[a - 1].IsWord && !tokens[a - 1].InQuote && tokens[a - 1].Text is "the" or "some" or "many") a--;
        return new Mention(TokenSpan(a, b), MentionKind.Nominal, tokens.GetRange(a, b - a + 1));
    }

    private bool IsPhraseWord(int k) =>
        tokens[k].IsWord && !tokens[k].InQuote && (!NounPhrases.IsFunctionWord(tokens[k].Text) || tokens[k].Text is "the" or "some" or "many")
        && !Auxiliaries.Contains(tokens[k].Text) && !lexicon.CueVerbs.Contains(tokens[k].Text);

    // the quotes that stand inside a frame's content
    private int QuotesInside(Frame frame) => quoteSpans.Count(q => frame.Content.Any(c => c.Start <= q.Start && q.End <= c.End));

    // verbs that give a thing a name in someone's words: "called it “…”", "branded “…”", "described as “…”"
    private static readonly HashSet<string> QuotedNamingVerbs = new(StringComparer.Ordinal)
    {
        "called", "branded", "dubbed", "labelled", "labeled", "termed", "described", "denounced", "derided", "decried",
    };

    /// <summary>
    /// "According to the Ledger, port spokesman Ivo Marsh said …": the opening "according to" names who reported it,
    /// the source with the verb of saying right after its comma is who said it. Null for any other frame.
    /// </summary>
    private (Frame Frame, int CueEnd)? SpeakerInsideReport((Frame Frame, int CueEnd) report)
    {
        if (report.Frame is not { Cue: { } cue, Source: { } source } || !lexicon.SourceAfterPhrases.Contains(cue.Text.ToLowerInvariant())
            || !OnlyPunctuationBefore(IndexAt(cue.Start)))
            return null;
        int comma = IndexAt(source.Span.End - 1) + 1;
        // past where the document was filed: "According to an affidavit filed in court, a witness told …"
        if (comma > 0 && comma < tokens.Count && !tokens[comma].Is(',')) comma = DescriptionEnd(comma) - 1;
        if (comma <= 0 || comma + 1 >= tokens.Count || !tokens[comma].Is(',') || tokens[comma].InQuote) return null;
        if (CueFrame(comma + 1) is not { } inner || !IsNestedSpeech(inner.Frame)) return null;
        // the speaker opens the clause after the comma, past a few words describing them ("port spokesman Ivo Marsh")
        int speaker = IndexAt(inner.Frame.Source!.Span.Start);
        if (speaker <= comma || speaker - comma > 4) return null;
        for (int k = comma + 1; k < speaker; k++)
            if (!tokens[k].IsWord || tokens[k].InQuote || lexicon.CueVerbs.Contains(tokens[k].Text)
                || NounPhrases.IsFunctionWord(tokens[k].Text) && !(k == comma + 1 && tokens[k].Text is "the" or "The" or "a" or "an")) return null;
        return inner;
    }

    /// <summary>
    /// "…, a source said.", "…, said one aide.", "…, according to officials.": the attribution after the sentence's last
    /// comma, with a source of its own, reporting everything before that comma. Null when the frames found already
    /// include it, or when one of them is a direct quote (whose attribution is its own).
    /// </summary>
    private Frame? TrailingFrame(List<Frame> frames)
    {
        if (frames.Count == 0 || frames.Exists(f => f.Kind == QuoteKind.Direct)) return null;
        int comma = tokens.FindLastIndex(t => t.Is(',') && !t.InQuote);
        if (comma < 3) return null;
        // "…, the Ministry of Ports, Roads and Bridges said.": the last comma may stand inside the body's name, and
        // the attribution opens after the one before it
        if (TrailingFrameAt(frames, comma) is { } frame) return frame;
        int before = tokens.FindLastIndex(comma - 1, t => t.Is(',') && !t.InQuote);
        return before >= 3 && comma - before >= 3 && InsideBodysName(before, comma) ? TrailingFrameAt(frames, before) : null;
    }

    // "…, the Ministry of Ports, Roads …": a capitalized name with "of" before the comma, capitalized words after it
    private bool InsideBodysName(int before, int comma)
    {
        bool of = false;
        for (int k = before + 1; k < comma; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            of |= tokens[k].Text is "of" or "for";
            if (!tokens[k].IsCapitalized && tokens[k].Text is not ("of" or "for" or "the" or "and")) return false;
        }
        return of && lexicon.OrganizationHeads.Contains(tokens[before + 1].Text is "the" ? tokens[before + 2].Text : tokens[before + 1].Text)
            && comma + 1 < tokens.Count && tokens[comma + 1].IsWord && tokens[comma + 1].IsCapitalized;
    }

    private Frame? TrailingFrameAt(List<Frame> frames, int comma)
    {
        foreach (var f in frames)
            if (f.Cue is { } c && c.Start > tokens[comma].Start || f.Source is { } s && s.Span.Start > tokens[comma].Start) return null;
        var found = CueFrame(comma + 1);
        // "…, the sheriff's office said.": an office, a ministry or a bureau speaks for itself as a person does
        // ("…, according to a court filing": a document that "according to" names is a source as well)
        if (found is not { Frame: var frame } || frame.Source is not { } source || frame.Cue is not { } cue
            || !(IsPerson(source) || IsOrganization(source) || IsDocument(source) && lexicon.SourceAfterPhrases.Contains(cue.Text.ToLowerInvariant()))) return null;
        // the source or the cue right after the comma: not "…, but the chairman refused", "…, including Monday's posts"
        if (source.Span.Start < tokens[comma].End || source.Span.Start != tokens[comma + 1].Start && cue.Start != tokens[comma + 1].Start) return null;
        // a verb of speech, not a venue ("…, in an interview"); "according to" only where nobody in the sentence spoke
        // already ("The Ledger reports that …, according to the Harbor Institute" is the Ledger's)
        bool according = lexicon.SourceAfterPhrases.Contains(cue.Text.ToLowerInvariant());
        // "told reporters" is a phrase of the lexicon: its verb is what speaks
        if (!according && !lexicon.CueVerbs.Contains(cue.Text.Split(' ')[0]) || according && frames.Exists(IsNestedSpeech) && !AnonymousSourceOfConjoinedClauses(frames, frame)) return null;
        // (a dateline before it is the writer's: "MARLOW (AP) - The library will …, the library announced.")
        int opening = DatelineEnd() is int dateline and > 0 ? dateline : 0;
        // (what the unnamed source vouches for is the whole sentence, not the last clause alone)
        if (according && frame.Content.Count == 1 && AnonymousSourceOfConjoinedClauses(frames, frame))
            frame = frame with { Content = [new TextSpan(tokens[opening].Start, tokens[comma - 1].End, text[tokens[opening].Start..tokens[comma - 1].End])] };
        if (frame.Content.Count != 1 || frame.Content[0].Start != tokens[0].Start && frame.Content[0].Start != tokens[opening].Start || frame.Content[0].End > tokens[comma].Start) return null;
        return frame;
    }

    /// <summary>
    /// "Minister Hal Dorsey has called on insurers to cut premiums, and a vote is likely before the recess, according to two
    /// aides close to the talks": an unnamed source after "according to" vouches for the whole sentence, whose
    /// clauses are joined by ", and" past what its subject said, so the subject's speech is the source's report, not a
    /// quote of the subject's. A named source or a sentence of one clause keeps the subject's speech its own.
    /// </summary>
    private bool AnonymousSourceOfConjoinedClauses(List<Frame> frames, Frame trailing)
    {
        if (trailing.Source is not { Kind: MentionKind.Nominal } source || trailing.Cue is not { } cue
            || !lexicon.SourceAfterPhrases.Contains(cue.Text.ToLowerInvariant())) return false;
        if (source.Tokens.Any(t => t.IsCapitalized)) return false;
        int nestedEnd = 0;
        foreach (var f in frames)
            if (IsNestedSpeech(f))
                foreach (var c in f.Content) nestedEnd = Math.Max(nestedEnd, c.End);
        if (nestedEnd == 0) return false;
        // a comma and "and" or "but" after the subject's report, then a clause of its own that opens with a determiner
        for (int k = 0; k + 2 < tokens.Count && tokens[k].Start < source.Span.Start; k++)
            if (tokens[k].Start >= nestedEnd && tokens[k].Is(',') && !tokens[k].InQuote && tokens[k + 1].Text is "and" or "but"
                && NounPhrases.Determiners.Contains(tokens[k + 2].Text)) return true;
        return false;
    }

    /// <summary>
    /// A frame inside a trailing attribution's content that still reports speech: a verb of saying (not of deciding,
    /// expecting or believing) whose source is a person — a name, a pronoun or a word for people — not "harbor rules".
    /// </summary>
    private bool IsNestedSpeech(Frame frame)
    {
        if (frame.Source is not { } source || frame.Cue is not { } cue) return false;
        var verb = cue.Text.Split(' ')[0];
        return !lexicon.StanceCues.Contains(verb) && IsPerson(source);
    }

    // a person or a group, an organization or a document ("the report", "the ministry"): not "the fear", "the plan"
    private bool CanSpeak(Mention source)
    {
        if (source.Kind != MentionKind.Nominal || IsPerson(source)) return true;
        var head = source.Tokens[^1].Text.ToLowerInvariant();
        return lexicon.Documents.Contains(head) || lexicon.OrganizationHeads.Contains(head) || IsPluralWord(head);
    }

    // "a court filing", "the report": a nominal whose head names a writing
    private bool IsDocument(Mention source) =>
        source.Kind == MentionKind.Nominal && source.Tokens[^1].IsWord && lexicon.Documents.Contains(source.Tokens[^1].Text.ToLowerInvariant());

    // "the sheriff's office", "the ministry": a nominal whose head names an organization
    private bool IsOrganization(Mention source) =>
        source.Kind == MentionKind.Nominal && source.Tokens[^1].IsWord && lexicon.OrganizationHeads.Contains(source.Tokens[^1].Text) && !IsPluralWord(source.Tokens[^1].Text.ToLowerInvariant());

    // "she", "Ms. Ruiz", "a source", "officials", "the spokesman", "a person close to him": not "port safety rules", "the recording"
    private bool IsPerson(Mention source)
    {
        if (source.Kind == MentionKind.Pronoun) return source.Text is not ("it" or "It");
        var head = source.Tokens[^1];
        // "a person close to him", "an aide familiar with it": the head stands before its complement
        for (int k = 1; k + 2 < source.Tokens.Count; k++)
            if (source.Tokens[k].Text is "close" or "familiar" && source.Tokens[k + 1].Text is "to" or "with" && NounPhrases.IsPronoun(source.Tokens[^1].Text))
            {
                head = source.Tokens[k - 1];
                break;
            }
        // "three people familiar" (with the plans): a phrase cut before its complement still has its head before the adjective
        if (head.Text is "close" or "familiar" && source.Tokens.Count >= 2) head = source.Tokens[^2];
        if (head.IsCapitalized) return true;
        var word = head.Text.ToLowerInvariant();
        // ("…, his brother said": a word for a relative is a person's)
        return lexicon.PersonHeads.Contains(word) || lexicon.Titles.Contains(word) && !lexicon.TitleModifiers.Contains(word) || lexicon.Groups.Contains(word)
            || lexicon.Kin.ContainsKey(word) || word.EndsWith("man", StringComparison.Ordinal) || word.EndsWith("men", StringComparison.Ordinal) || word.EndsWith("woman", StringComparison.Ordinal);
    }

    /// <summary>
    /// "As Ms. Ruiz put it in a letter, the plan is “dead.”": a sentence opening with "As" + a source + "put it" gives
    /// that source the main clause after the comma that closes the opening phrase.
    /// </summary>
    private Frame? AsPutItFrame()
    {
        if (tokens.Count < 6 || !tokens[0].IsWord || tokens[0].InQuote || tokens[0].Text is not "As") return null;
        int put = 2, cueEnd = -1;
        for (; put + 1 < tokens.Count && put < 10; put++)
        {
            if (!tokens[put].IsWord || tokens[put].InQuote) continue;
            if (tokens[put].Text is "put" && tokens[put + 1].Text is "it") { cueEnd = put + 1; break; }
            // "As one user pointed out, …", "As the mayor noted on Monday, …": a verb of speech, not of stance ("As she expected, …")
            if (MatchPhrase(put) is int end && end > put && !lexicon.SourceAfterPhrases.Contains(Words(put, end))) { cueEnd = end; break; }
            if (char.IsLower(tokens[put].Text[0]) && lexicon.CueVerbs.Contains(tokens[put].Text) && !lexicon.StanceCues.Contains(tokens[put].Text)
                && !lexicon.QuoteOnlyCues.Contains(tokens[put].Text)) { cueEnd = put; break; }
        }
        if (cueEnd < 0) return null;
        var source = HandleBefore(put) ?? NounPhrases.LeftOf(tokens, put, text);
        if (source is null || IndexAt(source.Span.Start) != 1) return null;
        int comma = cueEnd + 1;
        while (comma < tokens.Count && !(tokens[comma].Is(',') && !tokens[comma].InQuote))
        {
            // "As she put it to me: “…”", "As he put it “…”": a colon or a quote opens what was said without a comma
            if (tokens[comma].Is(':') || tokens[comma].Kind == TokenKind.QuoteMark || tokens[comma].InQuote) break;
            // "As Ruiz said she would, …", "As Ruiz noted that …": a clause of its own after a verb of speech is what it reports,
            // not an aside; only "put it" or a short adjunct ("with a chart", "on Monday") may stand before the comma
            if (cueEnd != put + 1 || tokens[put].Text is not "put")
                if (comma - cueEnd > 6 || tokens[comma].IsWord && (NounPhrases.IsPronoun(tokens[comma].Text) || tokens[comma].Text is "that" || IsFiniteVerbLike(comma))) return null;
            comma++;
        }
        if (comma >= tokens.Count) return null;
        int from = tokens[comma].Is(',') || tokens[comma].Is(':') ? comma + 1 : comma;
        var content = Clause(from, tokens.Count, skipLeading: false);
        return content is null ? null : new Frame(KindOf(content), [content], source, TokenSpan(put, cueEnd));
    }

    /// <summary>
    /// "She put it more plainly at dinner: “…”", "Ruiz put it this way: “…”": the subject opening the
    /// sentence, "put it", a few words of manner, place or time and a colon, then a quote: the quote is the subject's.
    /// </summary>
    private Frame? PutItColonFrame()
    {
        int put = -1;
        for (int k = 1; k + 1 < tokens.Count && k < 8 && put < 0; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "put" && tokens[k + 1].IsWord && tokens[k + 1].Text is "it") put = k;
        if (put < 0) return null;
        var source = NounPhrases.LeftOf(tokens, put, text);
        if (source is null || IndexAt(source.Span.Start) is var first && !(first == 0 || first == 1 && tokens[0].IsWord && tokens[0].Text is "But" or "And")) return null;
        if (source.Kind == MentionKind.Nominal && !IsPerson(source) && !IsOrganization(source)) return null;
        int colon = put + 2;
        // the words before the colon tell how, where or when, with no clause of their own
        while (colon < tokens.Count && colon - put <= 16 && tokens[colon].IsWord && !tokens[colon].InQuote
               && !Auxiliaries.Contains(tokens[colon].Text) && !NounPhrases.IsPronoun(tokens[colon].Text) && tokens[colon].Text is not "that") colon++;
        if (colon + 2 >= tokens.Count || !tokens[colon].Is(':') || tokens[colon].InQuote || tokens[colon + 1].Kind != TokenKind.QuoteMark) return null;
        if (SpanAt(tokens[colon + 1].Start) is not { } quote || quote.Text.Count(c => c == ' ') < 1) return null;
        return new Frame(QuoteKind.Direct, [quote], source, TokenSpan(put, put + 1));
    }

    /// <summary>
    /// "By Ruiz's own admission, the pier is late.", "By his account, …": the possessor of an admission or account that
    /// opens the sentence is the source of the main clause after the comma.
    /// </summary>
    private Frame? ByOwnAccountFrame()
    {
        if (tokens.Count < 7 || !tokens[0].IsWord || tokens[0].InQuote || tokens[0].Text is not "By") return null;
        int noun = 2;
        while (noun < 6 && noun < tokens.Count && tokens[noun].IsWord && !tokens[noun].InQuote && tokens[noun].Text is not ("admission" or "account")) noun++;
        if (noun >= 6 || noun + 2 >= tokens.Count || !tokens[noun].IsWord || !tokens[noun + 1].Is(',') || tokens[noun + 1].InQuote) return null;
        int owner = tokens[noun - 1].Text is "own" ? noun - 2 : noun - 1;
        if (owner < 1) return null;
        Mention? source;
        var o = tokens[owner];
        if (o.Text is "his" or "her" or "their" or "its") source = owner == 1 ? NameMention(1, 1) with { Kind = MentionKind.Pronoun } : null;
        else if (o.IsCapitalized && (o.Text.EndsWith("’s", StringComparison.Ordinal) || o.Text.EndsWith("'s", StringComparison.Ordinal)))
        {
            for (int k = 1; k < owner; k++) if (!tokens[k].IsCapitalized || tokens[k].InQuote) return null;
            source = NameMention(1, owner);
        }
        else return null;
        if (source is null || Clause(noun + 2, tokens.Count, skipLeading: false) is not { } content) return null;
        return new Frame(KindOf(content), [content], source, TokenSpan(noun - 1 == owner ? noun : noun - 1, noun));
    }

    /// <summary>
    /// "Fares will double. According to the harbor board, anyway.": "According to X" with nothing of its own to report
    /// (an adverb at most) covers the sentence before it in the paragraph, when that sentence has no attribution of its own.
    /// </summary>
    private Frame? AccordingToBefore()
    {
        if (unframedBefore is null || tokens.Count < 4 || !tokens[0].IsWord || tokens[0].InQuote || MatchPhrase(0) is var cueEnd && cueEnd < 1
            || !lexicon.SourceAfterPhrases.Contains(Words(0, cueEnd))) return null;
        var source = NounPhrases.RightOf(tokens, cueEnd, text) ?? BarePluralAfter(cueEnd);
        if (source is null) return null;
        for (int k = IndexAt(source.Span.End - 1) + 1; k < tokens.Count; k++)
            if (tokens[k].InQuote || tokens[k].IsWord && !(tokens[k].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[k].Text is "anyway" or "at" or "least")
                || !tokens[k].IsWord && tokens[k].Text is not ("," or "." or "!")) return null;
        // the sentence before without its closing mark (and a tag question: "…, right?")
        var before = unframedBefore.Text.TrimEnd();
        int end = before.Length;
        while (end > 0 && before[end - 1] is '.' or '?' or '!') end--;
        foreach (var tag in TagQuestions)
            if (before[..end].EndsWith(tag, StringComparison.OrdinalIgnoreCase)) { end -= tag.Length; break; }
        if (end < 8 || before.Contains('"') || before.Contains('“')) return null;
        var content = new TextSpan(unframedBefore.Start, unframedBefore.Start + end, before[..end]);
        return new Frame(QuoteKind.Indirect, [content], WithIssuer(source), TokenSpan(0, cueEnd));
    }

    private static readonly string[] TagQuestions = [", right", ", no", ", eh", ", huh"];

    /// <summary>
    /// "one Twitter user @harborwatcher pointed out": a social-media handle right before the cue is a name, and the words
    /// before it from the sentence's second word describe its owner. The whole phrase, named by the handle; or null.
    /// </summary>
    private Mention? HandleBefore(int cue)
    {
        int h = cue - 1;
        if (h < 2 || !tokens[h].IsWord || tokens[h].InQuote || !tokens[h - 1].Is('@') || tokens[h - 1].End != tokens[h].Start) return null;
        for (int k = 1; k < h - 1; k++) if (!tokens[k].IsWord || tokens[k].InQuote) return null;
        var handle = new Token(tokens[h - 1].Start, tokens[h].End, TokenKind.Word, text[tokens[h - 1].Start..tokens[h].End], false);
        return new Mention(TokenSpan(1, h), MentionKind.Name, [handle]);
    }

    /// <summary>
    /// A sentence that closes its paragraph with a colon and names a statement, followed by a paragraph that is one
    /// quote from end to end: "… this statement by Ana Ruiz on June 11:" (the name after "by" is the source) or "Ruiz
    /// made the following comment:" (the subject of the verb that made it). The next paragraph's quote is their words.
    /// With <paramref name="authorOnly"/> only the first form, which outweighs any other cue of the sentence ("… how the
    /// council rated this statement by Ruiz:" reports Ruiz's statement, not the council's rating). Null otherwise.
    /// </summary>
    private Frame? IntroducedParagraph(bool authorOnly)
    {
        int colon = tokens.Count - 1;
        if (colon < 3 || !tokens[colon].Is(':') || tokens[colon].InQuote || QuoteOpeningNextParagraph(tokens[colon].End) is not { } quote) return null;
        // the quote is the whole paragraph: nothing but space after it before the paragraph ends
        int after = quote.End;
        while (after < text.Length && text[after] is ' ' or '\t' or '\r') after++;
        if (after < text.Length && text[after] != '\n') return null;
        for (int noun = colon - 1; noun >= 1 && colon - noun <= 8; noun--)
        {
            var t = tokens[noun];
            if (!t.IsWord || t.InQuote) return null;
            if (!StatementNouns.Contains(t.Text)) continue;
            // "this statement by Ana Ruiz on June 11:"
            if (noun + 2 < colon && tokens[noun + 1].Text is "by" && tokens[noun + 2].IsCapitalized)
            {
                int end = noun + 2;
                while (end + 1 < colon && tokens[end + 1].IsCapitalized && !lexicon.IsCalendarWord(tokens[end + 1].Text)) end++;
                return new Frame(QuoteKind.Direct, [quote], NameMention(noun + 2, end), TokenSpan(noun, noun));
            }
            if (authorOnly) return null;
            // "Ruiz made the following comment:", "the mayor issued this statement:"
            int verb = noun - 1;
            while (verb > 0 && tokens[verb].IsWord && !tokens[verb].InQuote && tokens[verb].Text is "the" or "following" or "this" or "these" or "a" or "short" or "brief" or "written") verb--;
            if (verb == noun - 1 || !tokens[verb].IsWord || tokens[verb].InQuote || !StatementVerbs.Contains(tokens[verb].Text)) return null;
            var source = NounPhrases.LeftOf(tokens, verb, text);
            if (source is null || source.Kind == MentionKind.Nominal && !IsPerson(source) && !CanSpeak(source)) return null;
            return new Frame(QuoteKind.Direct, [quote], source, TokenSpan(verb, noun));
        }
        return null;
    }

    /// <summary>
    /// "Fisk continued:", "The governor added:" — a paragraph that is only a source, a verb of saying and a colon
    /// introduces the next paragraph as that source's words, printed as a block without quote marks of its own (or with
    /// an opening mark that is never closed). The frame, or null when the paragraph says more or the next one is a
    /// quote the quote marks already give.
    /// </summary>
    private Frame? BlockAfterColon()
    {
        if (next is not { Kind: ParagraphKind.Body } block || tokens.Count < 3 || tokens.Count > 8) return null;
        int colon = tokens.Count - 1, cue = colon - 1;
        if (!tokens[colon].Is(':') || tokens[colon].InQuote || tokens[0].Start != paragraph.Start || tokens[colon].End != paragraph.End) return null;
        if (!tokens[cue].IsWord || tokens[cue].InQuote || !char.IsLower(tokens[cue].Text[0]) || !lexicon.CueVerbs.Contains(tokens[cue].Text) || lexicon.StanceCues.Contains(tokens[cue].Text)) return null;
        if (NounPhrases.LeftOf(tokens, cue, text) is not { } source || IndexAt(source.Span.Start) != 0 || source.Kind == MentionKind.Nominal && !IsPerson(source)) return null;
        foreach (var q in quoteSpans)
            if (q.Start >= block.Start && q.Start < block.Start + 2) return null;
        int end = block.End;
        while (end > block.Start && char.IsWhiteSpace(text[end - 1])) end--;
        if (end - block.Start < 10) return null;
        var content = new TextSpan(block.Start, end, text[block.Start..end]);
        return new Frame(QuoteKind.Direct, [content], source, TokenSpan(cue, cue));
    }

    private static readonly HashSet<string> StatementNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "statement", "statements", "comment", "comments", "remark", "remarks", "words", "tweet", "tweets", "message", "response", "reply", "answer", "explanation",
    };

    private static readonly HashSet<string> StatementVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        "made", "makes", "issued", "issues", "gave", "gives", "released", "releases", "offered", "offers", "posted", "posts", "delivered", "sent", "added", "had",
    };

    /// <summary>
    /// "said her office had found no sign of theft, but that “the board was told”": the clause after a comma and a
    /// "but that"/"and that" right after what a verb reported is reported by the same verb; null when none follows.
    /// </summary>
    private TextSpan? SecondThatClause(Frame frame)
    {
        int k = FirstTokenAfter([frame]);
        if (k < tokens.Count && tokens[k].Is(',') && !tokens[k].InQuote) k++;
        if (k + 2 >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("but" or "and")
            || !tokens[k + 1].IsWord || tokens[k + 1].InQuote || tokens[k + 1].Text is not "that") return null;
        return Clause(k + 1, tokens.Count, skipLeading: true);
    }

    /// <summary>
    /// "…," said Ana Ruiz, 41, who rides it daily, while her brother, Leo Ruiz, said …: the first token of a clause opened by a
    /// contrasting "while"/"whereas" after a comma (one closing a quote too), at or after <paramref name="from"/> and outside
    /// quotes, past no other verb of speech; null when there is none. Unlike a fronted "While aides said …, the senator …",
    /// or a "while" of time with no comma ("said it while she was driving"), such a clause is a statement of its own.
    /// </summary>
    private int? ContrastingClauseAfter(int from)
    {
        for (int k = Math.Max(from, 1); k + 2 < tokens.Count; k++)
        {
            if (tokens[k].InQuote) continue;
            if (tokens[k].IsWord && lexicon.CueVerbs.Contains(tokens[k].Text)) return null;
            if (!tokens[k].IsWord || tokens[k].Text is not ("while" or "whereas")) continue;
            int before = k - 1;
            if (before > 0 && tokens[before].Kind == TokenKind.QuoteMark) before--;
            return tokens[before].Is(',') ? k + 1 : null;
        }
        return null;
    }

    // a verb of speech outside quotes from token from up to (not including) token to
    private bool CueVerbBetween(int from, int to)
    {
        for (int k = from; k < to && k < tokens.Count; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && lexicon.CueVerbs.Contains(tokens[k].Text)) return true;
        return false;
    }

    /// <summary>The first token past every span (content, source, cue) of the frames found so far.</summary>
    private int FirstTokenAfter(List<Frame> frames)
    {
        int end = 0;
        foreach (var f in frames)
        {
            foreach (var c in f.Content) end = Math.Max(end, c.End);
            if (f.Cue is { } cue) end = Math.Max(end, cue.End);
            if (f.Source is { } source) end = Math.Max(end, source.Span.End);
        }
        int k = 0;
        while (k < tokens.Count && tokens[k].Start < end) k++;
        return k;
    }

    private (Frame Frame, int CueEnd)? CueFrame(int from)
    {
        for (int i = from; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // a cue is a lowercase word: "the United States" and "Show" are not speech
            if (!token.IsWord || token.InQuote) continue;
            int cueEnd = MatchPhrase(i);
            // "climbed 15 basis points to 2.9%": a phrase opening with a counted unit is a figure, not a cue
            if (cueEnd >= 0 && IsCountedUnit(i)) cueEnd = -1;
            bool phrase = cueEnd >= 0;
            // "Said Ellery: “…”" opens its sentence with the cue, capitalized
            if (!phrase && !char.IsLower(token.Text[0]) && !(i > 0 && TitleCase) && !(i == 0 && tokens.Count > 1 && tokens[1].IsCapitalized)) continue;
            // "The trust sent the council a letter saying …": what the writing says, whoever sent it says
            if (!phrase && SentWritingSaying(i) is { } sent) return (sent, i);
            // "went on to say that …": the phrase only leads to the verb that says it
            if (phrase && cueEnd + 2 < tokens.Count && Words(i, cueEnd) is "went on" or "goes on" && tokens[cueEnd + 1].Text is "to" && IsCueBase(tokens[cueEnd + 2]))
            {
                i = cueEnd;
                continue;
            }
            // "continues to insist", "keeps insisting": the verb of going on carries the subject, and the frame starts there
            int? continued = phrase ? null : ContinuedFrom(i);
            if (!phrase && !lexicon.CueVerbs.Contains(token.Text) && !IsParticipleCue(i) && !IsPluralCue(i) && continued is null) continue;
            if (!phrase) cueEnd = i;
            // "A nurse who asked not to be named says …": a cue inside the relative clauses of the opening subject is theirs, not the sentence's
            if (!phrase && InOpeningRelatives(i)) continue;
            // "Researchers identified the barge by …, said Professor Holm, a historian.": a verb before a closing inverted
            // "…, said <Name>" is in the clause that name reports
            if (!phrase && ClosingInvertedAfter(i)) continue;
            // "his series of late-night tweets criticizing …": what the tweets say, their owner says
            if (!phrase && CountedSpeechNoun(i) is int measure)
            {
                // "… tweets early Friday saying …": past a time, the participle that tells what they said
                int p = i + 1;
                while (p < tokens.Count && p - i <= 3 && tokens[p].IsWord && !tokens[p].InQuote && (tokens[p].Text is "early" or "late" || NounPhrases.IsTimeWord(tokens[p]) || lexicon.IsWeekday(tokens[p].Text))) p++;
                if (OwnerOf(measure) is { } owner && p < tokens.Count && tokens[p].IsWord && !tokens[p].InQuote && lexicon.CueParticiples.Contains(tokens[p].Text)
                    && Clause(p + 1, ParticipleCut(p + 1), skipLeading: true) is { } said)
                    return (new Frame(KindOf(said), [said], owner, TokenSpan(i, i)), p);
                continue;
            }
            // "was endorsed by dozens of papers", "is called": a passive cue's subject is not its speaker
            if (!phrase && (IsNounUse(i) || IsOwnedNoun(i))) continue;
            if (!phrase && (IsNoSpeechSense(i) || IsReducedPassive(i) || IsAttributiveParticiple(i) || IsCounterfactual(i) || InFrontedQuestion(i) || IsStanceInTimeClause(i))) continue;
            bool passive = !phrase && lexicon.CueVerbs.Contains(token.Text) && IsPassive(i);
            // "was endorsed by dozens of papers": the agent after "by" is the source, not the subject
            if (passive && i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Text is "by") continue;
            var frame = phrase && lexicon.SourceAfterPhrases.Contains(Words(i, cueEnd))
                ? AccordingTo(i, cueEnd)
                : VerbFrame(continued ?? i, cueEnd);
            // "is expected to …", "was charged with …": something was reported, but the passive's subject did not say it
            if (passive && frame is not null) frame = frame with { Source = null };
            // "… in Tarnby, where six fires were reported": a passive inside a relative clause tells of its own
            // subject, never reports the main clause before it
            if (passive && frame is not null && frame.Content[^1].End <= token.Start && RelativeWordBetween(IndexAt(frame.Content[^1].End - 1) + 1, i)) frame = null;
            // "Construction is expected to begin next spring": an expectation nobody is said to hold is the reporter's own
            if (passive && frame is not null && lexicon.StanceCues.Contains(token.Text)) frame = null;
            // "…, with the governor and her aide expected to tour the port": a participle after "with" raising its subject to an
            // infinitive is passive too (not "with leaders worried about …", who hold the worry)
            if (!phrase && frame?.Source is { } subject && token.Text.EndsWith("ed", StringComparison.Ordinal) && i + 1 < tokens.Count && tokens[i + 1].Text is "to"
                && IsAbsoluteWith(IndexAt(subject.Span.Start), i))
                frame = frame with { Source = null };
            if (frame is not null && TellsAboutWithoutSpeaking(frame)) frame = null;
            if (frame is not null && !phrase && IsShowingByPerson(frame, i)) frame = null;
            if (frame is not null && !phrase && (IsBareObjectOfAct(frame, i) || passive && IsAgentlessEvent(frame, i))) frame = null;
            if (frame is not null && !phrase && frame.Kind != QuoteKind.Direct && IsActOfOffice(i) && !ThatFollows(i + 1)) frame = null;
            if (frame is not null && frame.Kind != QuoteKind.Direct && (IsActNotSpeech(i, cueEnd) || IsEmbeddedQuestionSubject(frame))) frame = null;
            if (frame is not null && !phrase && (IsNegated(i) && (IsObjectOnly(frame) || ReportsWhatCameBefore(frame)) || IsHypothetical(frame) || IsObjectGap(frame, cueEnd) || IsAdjunctOnly(frame, i))) frame = null;
            if (frame?.Source is { } source && InFreeRelative(source)) frame = null;
            if (frame?.Source is { } reportedSubject && IsSubjectOfReportedClause(reportedSubject, i)) frame = null;
            if (frame?.Source is { } pronoun && OpensUnframedReport(pronoun, from)) frame = null;
            if (frame?.Source is { Kind: not MentionKind.Pronoun } gapped && IsSpeechNounBeforeName(gapped)) frame = null;
            // "The leak is the second-largest reported to regulators", "Ruiz has been the mayor voters called when …": a phrase
            // holding a copula is a clause, no speaker
            if (frame?.Source is { Kind: not MentionKind.Pronoun } nominal && nominal.Tokens.Any(t => t.IsWord && !t.InQuote && t.Text is "is" or "was" or "are" or "were" or "been")) frame = null;
            if (frame is not null) return (frame, cueEnd);
            i = cueEnd;
        }
        return null;
    }

    /// <summary>
    /// "…, an accusation Moldova has always denied", "a claim Korvania has long denied": a word for something said, then
    /// a name, is the object of a relative clause without its "that"; the name denied the claim and reported nothing,
    /// and the claim is no description of the name.
    /// </summary>
    private bool IsSpeechNounBeforeName(Mention source)
    {
        var t = source.Tokens;
        for (int k = 0; k + 1 < t.Count; k++)
            if (t[k].IsWord && !t[k].InQuote && char.IsLower(t[k].Text[0]) && lexicon.CueNouns.Contains(t[k].Text) && t[k + 1].IsCapitalized) return true;
        return false;
    }

    /// <summary>
    /// "continues to insist", "went on to say", "keeps insisting": a verb of speech after a verb of going on, which stands
    /// between it and its subject. The index of the verb of going on ("continues", "went"), or null.
    /// </summary>
    private int? ContinuedFrom(int i)
    {
        if (i < 2 || !tokens[i].IsWord || !char.IsLower(tokens[i].Text[0]) || !tokens[i - 1].IsWord || tokens[i - 1].InQuote) return null;
        var before = tokens[i - 1].Text;
        if (lexicon.CueParticiples.Contains(tokens[i].Text))
            return before is "keeps" or "kept" or "continues" or "continued" ? i - 1 : null;
        if (before is not "to" || !IsCueBase(tokens[i]) || !tokens[i - 2].IsWord || tokens[i - 2].InQuote) return null;
        if (tokens[i - 2].Text is "continues" or "continued") return i - 2;
        return i >= 3 && tokens[i - 2].Text is "on" && tokens[i - 3].IsWord && !tokens[i - 3].InQuote && tokens[i - 3].Text is "went" or "goes" ? i - 3 : null;
    }

    // a "where", "which" or "when" outside quote marks from token from up to token to (exclusive)
    private bool RelativeWordBetween(int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < tokens.Count; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "where" or "which" or "when") return true;
        return false;
    }

    // "insist", "say", "deny": a plain form whose "-s" form is a verb of speech (not one of stance: "continues to expect")
    private bool IsCueBase(Token t)
    {
        if (!t.IsWord || t.InQuote || t.Text.Length < 3 || !char.IsLower(t.Text[0])) return false;
        var w = t.Text;
        string[] forms = [w + "s", w + "es", w.EndsWith('y') ? w[..^1] + "ies" : w + "s"];
        foreach (var f in forms)
            if (lexicon.CueVerbs.Contains(f) && !lexicon.StanceCues.Contains(f) && !lexicon.QuoteOnlyCues.Contains(f)) return true;
        return false;
    }

    /// <summary>
    /// "What Mr. Vance calls “thrifty” strikes his critics as stingy", "But what the mayor calls a plan …": the source
    /// stands in a free relative that is the sentence's subject, and the words after the cue are the reporter's about it.
    /// </summary>
    private bool InFreeRelative(Mention source)
    {
        int s = IndexAt(source.Span.Start);
        // "Everything Trump says is a lie": a quantifier before the name opens a free relative as "what" does, and the
        // capitalized "Everything" may have been read into the name
        if (source.Tokens[0].IsWord && FreeRelativeHeads.Contains(source.Tokens[0].Text) && source.Tokens.Count > 1) return true;
        if (s >= 1 && tokens[s - 1].IsWord && !tokens[s - 1].InQuote && FreeRelativeHeads.Contains(tokens[s - 1].Text)) return true;
        if (s < 1 || !tokens[s - 1].IsWord || tokens[s - 1].InQuote || tokens[s - 1].Text is not ("What" or "what")) return false;
        return s == 1 || tokens[s - 2].Is(',') && !tokens[s - 2].InQuote || s == 2 && tokens[0].IsWord && tokens[0].Text is "But" or "And";
    }

    /// <summary>
    /// "Asked whether the winger wanted to leave, Doyle paused.": a cue inside the fronted question put to someone is what
    /// they were asked about, never a statement of the one asked about.
    /// </summary>
    private bool InFrontedQuestion(int i)
    {
        int s = tokens.Count > 1 && tokens[0].IsWord && tokens[0].Text is "When" or "If" ? 1 : 0;
        if (i <= s + 1 || !tokens[s].IsWord || tokens[s].InQuote || tokens[s].Text is not ("Asked" or "asked")) return false;
        for (int k = s + 1; k < i; k++)
            if (!tokens[k].InQuote && !tokens[k].IsWord && tokens[k].Text is "," or ";" or ":" or "." or "?") return false;
        return true;
    }

    /// <summary>
    /// "… the two occasions he lied to agents before he agreed to cooperate.": a cue of deciding or agreeing inside a clause
    /// of time ("before", "after", "until", "once" and its subject) tells when something happened, no statement.
    /// </summary>
    private bool IsStanceInTimeClause(int i)
    {
        if (!lexicon.StanceCues.Contains(tokens[i].Text)) return false;
        for (int k = i - 1; k >= 0 && i - k <= 4; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            // (its subject a pronoun or a name: "after the regatta showed …" is a phrase of time before a subject's verb)
            if (tokens[k].Text is "before" or "after" or "until" or "once" or "Before" or "After" or "Until" or "Once")
                return k < i - 1 && (k == i - 2 && NounPhrases.IsPronoun(tokens[k + 1].Text) || Enumerable.Range(k + 1, i - k - 1).All(j => tokens[j].IsCapitalized));
            // "…, when the port board agreed to pay for the cranes": "when" (no preposition) always opens a clause, so its
            // definite subject consented to an act at that time; an agreement to do something is no statement
            if (tokens[k].Text is "when" && k < i - 1 && tokens[k + 1].Text is "the" && i + 2 < tokens.Count && tokens[i + 1].Text is "to" && tokens[i + 2].IsWord
                && !tokens[i + 2].InQuote && char.IsLower(tokens[i + 2].Text[0]) && !NounPhrases.Determiners.Contains(tokens[i + 2].Text))
                return true;
            if (lexicon.CueVerbs.Contains(tokens[k].Text) || Auxiliaries.Contains(tokens[k].Text) || tokens[k].Text is "that") return false;
        }
        return false;
    }

    private static readonly HashSet<string> FreeRelativeHeads = new(StringComparer.OrdinalIgnoreCase) { "everything", "anything", "nothing", "whatever", "something" };

    // "Lumen," or "Lumen Pro," after "called": one to three capitalized words closed by a comma
    private bool IsNamedAside(int from)
    {
        int k = from;
        while (k < tokens.Count && k - from < 3 && tokens[k].IsCapitalized && !tokens[k].InQuote) k++;
        return k > from && k < tokens.Count && tokens[k].Is(',') && !tokens[k].InQuote;
    }

    /// <summary>
    /// Senses of cue verbs that report no speech: "called into a radio show" (a phrasal verb), "agreed to a brief
    /// meeting" (consent to an event, not to a proposal), "sales declined by 3 percent" (a fall).
    /// </summary>
    private bool IsNoSpeechSense(int i)
    {
        var word = tokens[i].Text.ToLowerInvariant();
        var next = i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote ? tokens[i + 1].Text : null;
        var after = i + 2 < tokens.Count && tokens[i + 2].IsWord && !tokens[i + 2].InQuote ? tokens[i + 2].Text : null;
        // "who asked not to be identified", "for fear of being quoted": a wish not to be named, which reports nothing
        // "moving cocaine in containers declared as fruit": a thing declared as something is a reduced passive, no speech
        if (word is "declared" && next is "as" && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].InQuote && !tokens[i - 1].IsCapitalized
            && !NounPhrases.IsPronoun(tokens[i - 1].Text) && !NounPhrases.IsFunctionWord(tokens[i - 1].Text)) return true;
        if (word is "identified" or "named" or "quoted" or "cited" && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].InQuote && tokens[i - 1].Text is "be" or "being") return true;
        switch (word)
        {
            // "Let's say you save $100 a month": the writer's hypothesis, nobody's speech
            case "say" when i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Text.Replace('’', '\'').ToLowerInvariant() is "let's"
                || i > 1 && tokens[i - 1].Text is "us" && tokens[i - 2].Text is "Let" or "let":
                return true;
            // "Having said that, …", "That said, …": a connective that reports nobody's words
            case "said" when i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].InQuote && (tokens[i - 1].Text is "Having" or "having" && next is "that" or "this"
                    && i + 2 < tokens.Count && tokens[i + 2].Is(',') || tokens[i - 1].Text is "That" or "That's" or "That’s" && i + 1 < tokens.Count && tokens[i + 1].Is(',')):
                return true;
            case "called" or "calls" or "call":
                // "called in a statement for …" is still speech
                // "still calls him every Sunday", "called her twice a week": a telephone call to someone, with no words of it
                // "…, as Ornvik was once called, before …": a passive with nothing after it is what a thing was named, no speech
                return next is "into" || next is "in" or "off" && !(after is "a" or "an" or "his" or "her" or "their" or "its") || IsNaming(i)
                    || word is "called" && IsPassive(i) && (i + 1 >= tokens.Count || !tokens[i + 1].IsWord)
                    || next is "him" or "her" or "them" or "me" or "us" && (i + 2 >= tokens.Count || tokens[i + 2].Is('.') || after is "every" or "each" or "twice" or "once" or "daily" or "weekly" or "regularly" or "often");
            case "recalls" or "recalled" or "recalling" or "recall":
                // "recalls 12,740 kettles", "is recalling about 8,200 cars": taking back goods counted by a figure, no memory told
                // ("Tarvish brewer recalls bottled cider over glass fears", "recalled its vans": or goods named by a bare
                // noun, or the maker's own; "recalled that …", "recalled being …", "recalled his first day" still tell one)
                return next is not null && (char.IsDigit(next[0]) || next is "about" or "some" or "nearly" or "almost" or "roughly" or "around" or "over" or "more"
                    && after is not null && (char.IsDigit(after[0]) || after is "than") || next is "its" or "their" || BareNounAt(i + 1));
            case "confirmed":
                // "Two people have been confirmed dead": a count of the dead or missing, with nobody confirming it
                return next is "dead" or "killed" or "missing" or "injured" or "alive" or "drowned";
            case "agreed" or "agrees" or "agree":
                // "agreed on Thursday to a truce": past a time, the same consent to an event
                if (TimeAdjunctEnd(i + 1) is int time && time + 2 < tokens.Count && tokens[time + 1].IsWord && !tokens[time + 1].InQuote && tokens[time + 2].IsWord && !tokens[time + 2].InQuote)
                    (next, after) = (tokens[time + 1].Text, tokens[time + 2].Text);
                if (next is "to" && after is not null && (after is "a" or "an" or "the" or "his" or "her" or "their" or "its" || char.IsDigit(after[0]))) return true;
                // "Creamery agrees $30m deal for rival": a deal struck, its sum right after the verb, is no statement (consent to
                // an act, "agreed to buy the chain", is left an attribution as annotators count one)
                return i + 1 < tokens.Count && !tokens[i + 1].InQuote && (tokens[i + 1].Text is "$" or "€" or "£" || char.IsDigit(tokens[i + 1].Text[0]));
            case "worried" or "worries":
                // "worried about how much was lost", "worries over the cost": a feeling about something, no words said
                // ("worried that …" still reports what they fear)
                return next is "about" or "over" or "for";
            case "charged" or "charges":
                // "Man charged with starting fire": an accusation brought against the subject, who says nothing
                // ("Nine dockers were charged after a raid": charged in court, passive, with nothing said or billed after
                // it but when or why — "were charged fees they never agreed to" still reports)
                return next is "with" || word is "charged" && IsPassive(i) && (i + 1 >= tokens.Count || !tokens[i + 1].IsWord && tokens[i + 1].Text is "." or "," or ";"
                    || next is "after" or "following" or "over" or "in" or "on");
            case "accused" when i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].InQuote
                && (IsCardinal(tokens[i - 1].Text) || char.IsDigit(tokens[i - 1].Text[0]) || tokens[i - 1].Text is "other" or "both" or "co")
                && (i + 1 >= tokens.Count || !tokens[i + 1].IsWord && !tokens[i + 1].InQuote && tokens[i + 1].Text is "," or "." or ";" || next is not null && Auxiliaries.Contains(next)):
                // "The other four accused, aged …", "the two accused were released": counted, "accused" is the people on trial
                return true;
            case "asked" or "urged" or "advised" or "encouraged" or "requested" when IsPassive(i) && next is "to" && after is not null && char.IsLower(after[0])
                && !NounPhrases.Determiners.Contains(after) && !IsCardinal(after):
                // "Anyone who saw the crash is asked to contact police": a request to the reader, nobody's words
                return true;
            case "found":
                // "was inspected and found to comply with the rules": "found to" is a passive verdict on its subject, nobody's words
                if (next is "to") return true;
                // "have found ways to make the code work for them": a means found is no finding reported
                if (next is "ways" or "way" || after is "ways" or "way" && next is "a" or "new" or "other" or "many" or "some") return true;
                // "chemicals found in refrigerants": a place after it, and no "that" of a finding, describes a thing
                return next is "in" or "on" or "at" or "among" or "inside" or "near" or "across" or "throughout"
                    && !tokens.Skip(i + 2).Take(8).Any(t => t.IsWord && !t.InQuote && t.Text is "that");
            case "ruled" or "rules":
                // "has ruled the island since 1994", "ruled Norland for three decades": a reign over a land for a span of time,
                // not a ruling ("ruled that …", "ruled out", "ruled on the appeal")
                return next is not (null or "that" or "out" or "on" or "in" or "against" or "for") && IsReignSpan(i + 1);
            case "threatened" or "threatens" or "threaten":
                // "had hurt exporters and threatened the future of the fleet": a thing put at risk, nobody threatening
                // anyone ("threatened to quit", "threatened legal action", "threatened them with fines" still report)
                return next is "the" or "its" or "their" or "his" or "her" or "our" && (Endangered.Contains(after ?? "")
                    || i + 3 < tokens.Count && tokens[i + 3].IsWord && !tokens[i + 3].InQuote && tokens[i + 3].Text is "of")
                    || next is not null && Endangered.Contains(next);
            case "declined" or "declines" or "decline":
                // a refusal takes "to" and a verb ("declined to comment") or an object ("declined the invitation")
                // ("declined an interview request": a request turned down says nothing; what was declined is no content)
                return !(next is "to" && after is not null && char.IsLower(after[0]) || next is "comment" or "comments");
        }
        return false;
    }

    // what a trend or a danger, not a person, threatens: "threatened the survival of", "threatens jobs"
    private static readonly HashSet<string> Endangered = new(StringComparer.Ordinal)
    {
        "future", "survival", "existence", "livelihood", "livelihoods", "jobs", "health", "safety", "stability", "security",
        "lives", "independence", "viability", "place", "supply", "supplies", "habitat", "habitats", "economy", "harvest",
    };

    /// <summary>
    /// "a local group called Harbor Watch", "a new app called “Tide”": "called" right after an indefinite noun phrase
    /// that names no person gives the thing its name; nobody speaks.
    /// </summary>
    private bool IsNaming(int i)
    {
        if (i < 2 || i + 1 >= tokens.Count || !(tokens[i + 1].IsCapitalized || tokens[i + 1].Kind == TokenKind.QuoteMark)) return false;
        // "The glasses, called Lumen, will …": an aside giving a thing its name, a capitalized name alone between commas
        if (tokens[i - 1].Is(',') && !tokens[i - 1].InQuote && IsNamedAside(i + 1)) return true;
        var noun = tokens[i - 1];
        if (!noun.IsWord || noun.InQuote || noun.IsCapitalized || NounPhrases.IsFunctionWord(noun.Text)) return false;
        var head = noun.Text.ToLowerInvariant();
        if (lexicon.PersonHeads.Contains(head) || lexicon.Titles.Contains(head) || lexicon.Groups.Contains(head) || head.EndsWith("man", StringComparison.Ordinal)
            || head.EndsWith("men", StringComparison.Ordinal) || head.EndsWith("woman", StringComparison.Ordinal) || head.EndsWith("ed", StringComparison.Ordinal)) return false;
        // the noun phrase is indefinite: "a", "an" or "one" opens it, past a few modifiers
        for (int k = i - 2; k >= 0 && i - k <= 4; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote) return false;
            if (t.Text is "a" or "an" or "A" or "An" or "one") return true;
            if (NounPhrases.IsFunctionWord(t.Text)) return false;
        }
        return false;
    }

    /// <summary>
    /// "people accused of fraud", "voters told by the clerk": a verb that needs its listener as object, with none
    /// before the preposition, is a passive participle describing the noun before it, whose speaker is someone else
    /// ("warned of" is active: one warns of a danger without a listener). After "was" the passive reading is the usual one.
    /// </summary>
    // "… since 1994", "… for three decades": a span of time in the clause from <paramref name="from"/>, with no "that" before it
    private bool IsReignSpan(int from)
    {
        for (int k = from; k < tokens.Count && k - from < 14; k++)
        {
            var t = tokens[k];
            if (t.InQuote || !t.IsWord && t.Text is "." or ";" or ":" or "?" or "!") return false;
            if (!t.IsWord) continue;
            if (t.Text is "that") return false;
            if (t.Text is not ("since" or "for") || k + 1 >= tokens.Count || !tokens[k + 1].IsWord || tokens[k + 1].InQuote) continue;
            var span = tokens[k + 1].Text;
            if (char.IsDigit(span[0]) || IsCardinal(span) || span is "decades" or "years" or "nearly" or "almost" or "more" or "over" or "most") return true;
        }
        return false;
    }

    /// <summary>
    /// "The number of confirmed cases has climbed", "among reported deaths": an "-ed" cue right after a preposition and
    /// before a lowercase word modifies the noun it stands before; no verb follows a preposition, so nobody speaks. So
    /// does one after a number ("recorded 412 confirmed cases") or after an article and an "-ly" adverb ("a newly
    /// identified virus"), before a noun: no determiner or pronoun, which would make it a verb's object or subject
    /// ("12 confirmed the report", "12 confirmed they had …").
    /// </summary>
    private bool IsAttributiveParticiple(int i)
    {
        if (i == 0 || i + 1 >= tokens.Count || !tokens[i].Text.EndsWith("ed", StringComparison.Ordinal)) return false;
        var before = tokens[i - 1];
        var after = tokens[i + 1];
        if (!before.IsWord || before.InQuote || !after.IsWord || after.InQuote || !char.IsLower(after.Text[0]) || after.Text is "that" or "to" or "by") return false;
        if (AttributivePrepositions.Contains(before.Text)) return true;
        bool afterNumber = char.IsDigit(before.Text[0]) || IsCardinal(before.Text);
        bool afterArticleAdverb = i >= 2 && before.Text.Length > 4 && before.Text.EndsWith("ly", StringComparison.Ordinal) && tokens[i - 2].IsWord && !tokens[i - 2].InQuote
            && tokens[i - 2].Text.ToLowerInvariant() is "a" or "an" or "the";
        return (afterNumber || afterArticleAdverb) && !NounPhrases.Determiners.Contains(after.Text) && !NounPhrases.IsPronoun(after.Text) && !Auxiliaries.Contains(after.Text);
    }

    private static readonly HashSet<string> AttributivePrepositions = ["of", "in", "on", "for", "from", "among", "about", "with", "without", "into", "between"];

    private bool IsReducedPassive(int i)
    {
        var word = tokens[i].Text;
        // "Agencies told to prepare for furloughs": a verb that needs its listener, with an infinitive and no listener
        // after it, is passive ("asked to speak" and "warned to expect" may be active)
        if (word is "told" || word.EndsWith("ed", StringComparison.Ordinal) && lexicon.ListenerVerbs.Contains(word) && word is not ("asked" or "warned"))
            if (i + 2 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote && tokens[i + 1].Text is "to" && tokens[i + 2].IsWord && !tokens[i + 2].InQuote
                && char.IsLower(tokens[i + 2].Text[0]) && !NounPhrases.Determiners.Contains(tokens[i + 2].Text) && !IsPassive(i)) return true;
        // "Islanders told they must leave", "Drivers told it is safe to cross": "told" right before the subject of a clause
        // (a subject pronoun, or "it" and its verb) has no listener after it, so its own subject is the one told
        if (word is "told" && i + 2 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote && !IsPassive(i)
            && (tokens[i + 1].Text is "they" or "he" or "she" or "we" || tokens[i + 1].Text is "it" && tokens[i + 2].IsWord && !tokens[i + 2].InQuote && Auxiliaries.Contains(tokens[i + 2].Text)))
            return true;
        // "Three men charged after raid", "Mayor accused of lying": a headline drops a passive's "were", and writes what
        // someone says in the present ("Mayor says …"), so its past participle right after the subject is passive
        if (paragraph.Kind == ParagraphKind.Headline && word.EndsWith("ed", StringComparison.Ordinal) && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].InQuote
            && !Auxiliaries.Contains(tokens[i - 1].Text) && !NounPhrases.IsPronoun(tokens[i - 1].Text) && !IsPassive(i)) return true;
        if (!word.EndsWith("ed", StringComparison.Ordinal) || !lexicon.ListenerVerbs.Contains(word) || word is "warned" || i + 1 >= tokens.Count || IsPassive(i)) return false;
        var next = tokens[i + 1];
        return next.IsWord && !next.InQuote && (next.Text is "by" || next.Text is "of" && i > 0 && tokens[i - 1].IsWord && !tokens[i - 1].InQuote);
    }

    /// <summary>
    /// What follows a negated cue reports nothing anyone said: a short object of three words at most ("Ruiz has not
    /// endorsed a candidate"), or a phrase of ten at most with no quote, verb or "who" in it ("has not endorsed anyone in
    /// the primary", "has not commented publicly on the complaint"): what was not done, never words said. Neither holds
    /// a clause's auxiliary, "to", "that", "whether" or a question word (a negated report of what was not said, "did not
    /// say when they would vote", still tells what the question was).
    /// </summary>
    private bool IsObjectOnly(Frame frame)
    {
        if (frame.Kind != QuoteKind.Indirect || frame.Content.Count != 1) return false;
        int words = 0;
        bool phrase = true;
        for (int k = IndexAt(frame.Content[0].Start); k >= 0 && k < tokens.Count && tokens[k].Start < frame.Content[0].End; k++)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark) phrase = false;
            if (!tokens[k].IsWord) continue;
            if (++words > 10 || Auxiliaries.Contains(tokens[k].Text) || tokens[k].Text is "to" or "that" or "whether" or "if" or "how" or "what" or "when" or "why") return false;
            if (phrase && (tokens[k].Text is "who" || IsFiniteVerbLike(k))) phrase = false;
        }
        return words > 0 && (words <= 3 || phrase);
    }

    /// <summary>
    /// "Prosecutors showed jurors a text message …", "Kessler showed little reaction": a person who shows something
    /// displays it, and says nothing by it; only a writing or data "shows" a finding ("The poll showed that …"). Not
    /// beside a quote, which the frame then reports as theirs.
    /// </summary>
    private bool IsShowingByPerson(Frame frame, int cue)
    {
        if (tokens[cue].Text is not ("showed" or "shows" or "show") || frame.Kind == QuoteKind.Direct || frame.Source is not { } source) return false;
        if (source.Kind == MentionKind.Pronoun) return source.Text is not ("it" or "It" or "they" or "They");
        var head = source.Tokens[^1].Text.ToLowerInvariant();
        if (lexicon.Documents.Contains(head) || IsOrganization(source) || lexicon.OrganizationNouns.Contains(head)) return false;
        return IsPerson(source);
    }

    /// <summary>
    /// "Ivo Marsh found the first broken fence on a Monday", "he had found four more", "as she accepted the cup from the
    /// mayor": finding or accepting a thing — an article, a possessive or a number opening a noun phrase, with no clause
    /// and no quote after the verb — is an act, not words anyone said. A writing, a study or a body still reports its
    /// findings so ("The audit found errors in six accounts"), and a judgement on a named or pointed-out party stays one
    /// ("the court found Harbor Freight liable", "finds that pitch compelling"). (Showing is left alone: "Video of the
    /// stop shows him with his hands up" is the evidence speaking, as news reads it.)
    /// </summary>
    private bool IsBareObjectOfAct(Frame frame, int cue)
    {
        if (frame.Kind != QuoteKind.Indirect || tokens[cue].Text is not ("found" or "finds" or "accepted" or "accepts")) return false;
        if (cue + 1 >= tokens.Count || !tokens[cue + 1].IsWord || tokens[cue + 1].InQuote
            || !(tokens[cue + 1].Text is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "my" or "our" || char.IsDigit(tokens[cue + 1].Text[0]) || IsCardinal(tokens[cue + 1].Text)))
            return false;
        if (frame.Source is { } source && source.Kind != MentionKind.Pronoun)
        {
            var head = source.Tokens[^1].Text.ToLowerInvariant();
            if (lexicon.Documents.Contains(head) || IsOrganization(source) || lexicon.OrganizationNouns.Contains(head)) return false;
            // ("A 2019 study by the economist Ana Ruiz found 30 cases": the writing's author stands in its phrase)
            if (source.Tokens.Any(t => t.IsWord && lexicon.Documents.Contains(t.Text.ToLowerInvariant()))) return false;
        }
        // (a pronoun "it" may stand for a writing: "It found that …" — and for one, a bare object too is a finding)
        if (frame.Source is { Kind: MentionKind.Pronoun } pronoun && pronoun.Text is "it" or "It") return false;
        return !ClauseFollows(cue + 1) && !tokens.Skip(cue + 1).Any(t => !t.IsWord && !t.InQuote && t.Text is ":")
            && !frame.Content.Any(c => tokens.Any(t => t.IsWord && !t.InQuote && t.Text is "that" && c.Start <= t.Start && t.End <= c.End));
    }

    /// <summary>
    /// "…, said the size of the loans suggested a plan": a phrase right after an earlier verb of saying (and its "that") is
    /// the subject of the clause that verb reports, so a verb after it ("suggested", "showed", "meant") is part of what was
    /// said, never a speaker's own verb. When the outer verb's speaker went unfound, no speaker is better than the phrase.
    /// (A pronoun is left alone: "said he expected …" is the speaker's own view.)
    /// </summary>
    private bool IsSubjectOfReportedClause(Mention source, int cue)
    {
        int k = IndexAt(source.Span.Start) - 1;
        // the verb right after the phrase: not "…,” said Mr. Ruiz, who stressed that …", where the phrase is who said it
        if (source.Kind == MentionKind.Pronoun || k < 1 || k >= cue || IndexAt(source.Span.End - 1) + 1 != cue) return false;
        if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "that") k--;
        if (k < 1 || !tokens[k].IsWord || tokens[k].InQuote || !char.IsLower(tokens[k].Text[0]) || tokens[k].Text is not ("said" or "says" or "told" or "tells" or "added" or "adds")) return false;
        // ("“…,” said the panel chair" is an inverted attribution right after a quote, whose phrase is its speaker)
        return !(tokens[k - 1].Kind == TokenKind.QuoteMark || tokens[k - 1].InQuote);
    }

    /// <summary>
    /// "A driver stuck at the border, who gave only his first name, Milan, said he backed the strike": a pronoun right
    /// after a verb of saying this search already passed (its own subject went unfound) opens the clause that verb
    /// reports. Its cue is inside what was said, and its "he" is the unfound speaker, never whoever the article named
    /// last: no speaker is better than that guess, and the words before the verb are no report of theirs.
    /// </summary>
    private bool OpensUnframedReport(Mention source, int from)
    {
        if (source.Kind != MentionKind.Pronoun) return false;
        int k = IndexAt(source.Span.Start) - 1;
        if (k >= from && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "that") k--;
        return k >= from && tokens[k].IsWord && !tokens[k].InQuote && IsPlainSaying(k);
    }

    /// <summary>
    /// "The result was confirmed an hour after the race": a passive cue with no agent followed only by how long after or
    /// before something it happened tells when something was settled, not what anyone said. (A passive's other
    /// complements still report: "was criticized for being slow", "were charged fees they never agreed to".)
    /// </summary>
    private bool IsAgentlessEvent(Frame frame, int cue)
    {
        if (frame.Kind != QuoteKind.Indirect || ClauseFollows(cue + 1)) return false;
        bool unit = false;
        for (int k = cue + 1; k < tokens.Count && k - cue <= 6; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            if (unit && tokens[k].Text is "after" or "before" or "later" or "earlier") return true;
            unit = tokens[k].Text is "minute" or "minutes" or "hour" or "hours" or "day" or "days" or "week" or "weeks" or "month" or "months" or "year" or "years";
        }
        return false;
    }

    // "unveiled a folding phone", "declared a 30-day state of emergency": unveiling reports words only with a "that"
    // clause or a quote, and declaring a thing into being ("a"/"an" before it) is an act, not a statement ("declared
    // war on the board" still is one)
    // ("endorsed a candidate for governor whom Calloway called “a lightweight”": backing someone unnamed is an act too)
    private bool IsActOfOffice(int cue) => tokens[cue].Text is "unveiled" or "unveils" or "unveil"
        || tokens[cue].Text is "declared" or "declares" or "declare" or "endorsed" or "endorses" or "endorse" && cue + 1 < tokens.Count && tokens[cue + 1].IsWord && !tokens[cue + 1].InQuote && tokens[cue + 1].Text is "a" or "an";

    // a "that" within the few words from <paramref name="cueEnd"/>, right after the cue: "declared on Friday that …"
    private bool ThatFollows(int cueEnd)
    {
        for (int k = cueEnd; k < tokens.Count && k - cueEnd < 5; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            if (tokens[k].Text is "that") return true;
            // only a time or an adverb may come first: "unveils phone that …" is a relative clause on its object
            if (!(tokens[k].Text is "on" or "last" or "this" or "also" || lexicon.IsCalendarWord(tokens[k].Text) || tokens[k].Text.EndsWith("ly", StringComparison.Ordinal))) return false;
        }
        return false;
    }

    /// <summary>
    /// What a verb of speech names when its object is no report: a refusal ("asked no questions", "said nothing"), a
    /// quantity or a thing added ("added 64,000 jobs", "adding to signs of …"), an action gone on with ("went on strike").
    /// None of these holds a clause or a quote of what was said, so nothing was stated.
    /// </summary>
    private bool IsActNotSpeech(int cue, int cueEnd)
    {
        int next = cueEnd + 1;
        if (next >= tokens.Count || !tokens[next].IsWord || tokens[next].InQuote) return false;
        var word = tokens[next].Text;
        // a negative object: what was not said or asked (not the subject of a clause said: "said no decision had been
        // made", nor what a proposal lacked: "proposed nothing that would raise taxes")
        if (word is "no" or "nothing" or "none") return !ClauseFollows(word is "nothing" or "none" ? next + 1 : next + 2);
        var verb = Words(cue, cueEnd);
        // "she wrote a note to the board, which …": writing a writing is an act; what the writing says is told elsewhere
        if (verb is "wrote" or "writes" or "write" && word is "a" or "an")
        {
            int n = next + 1;
            while (n < tokens.Count && n - next <= 3 && tokens[n].IsWord && !tokens[n].InQuote && !lexicon.Documents.Contains(tokens[n].Text) && char.IsLower(tokens[n].Text[0])) n++;
            if (n < tokens.Count && tokens[n].IsWord && !tokens[n].InQuote && lexicon.Documents.Contains(tokens[n].Text) && !ClauseFollows(n + 1)) return true;
        }
        // "went on strike", "goes on trial": going on to an action, not on talking ("went on to say", "went on about …")
        if (verb is "went on" or "goes on" or "go on") return word is not ("to" or "that" or "about");
        if (verb is "added" or "adds" or "add" or "adding")
        {
            // "adding to signs that …", "added to the pressure": adding to a thing is no statement
            if (word is "to" && !(next + 1 < tokens.Count && tokens[next + 1].Text is "reporters" or "journalists")) return true;
            // "added just 64,000 jobs", "added another 3 percent": a counted object is a quantity, no words
            int k = next;
            while (k < tokens.Count && k - next < 3 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "just" or "only" or "about" or "nearly" or "some" or "another" or "roughly" or "almost" or "more" or "than" or "a" or "net") k++;
            if (k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && (char.IsDigit(tokens[k].Text[0]) || tokens[k].Text is "$" || IsCardinal(tokens[k].Text))) return true;
            if (k < tokens.Count && tokens[k].Is('$')) return true;
        }
        return false;
    }

    // a verb, a relative pronoun or "that" within the next few words, before any punctuation: "no decision had been made"
    private bool ClauseFollows(int from)
    {
        for (int k = from; k < tokens.Count && k - from < 5; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            if (Auxiliaries.Contains(tokens[k].Text) || tokens[k].Text is "that" or "which" or "who" || IsFiniteVerbLike(k)) return true;
        }
        return false;
    }

    /// <summary>
    /// "… asked whether the firm meant to hire a new chief": a subject right after "whether" stands in
    /// an indirect question, where nothing is asserted; "Mayor Ruiz, whom the paper has criticized forty times, …": after
    /// "whom" the cue's object is the person the clause describes, and the words after it are no report.
    /// </summary>
    private bool IsEmbeddedQuestionSubject(Frame frame)
    {
        if (frame.Source is not { } source) return false;
        int s = IndexAt(source.Span.Start);
        if (s <= 0 || !tokens[s - 1].IsWord || tokens[s - 1].InQuote) return false;
        return tokens[s - 1].Text is "whether" || tokens[s - 1].Text is "whom" && frame.Kind == QuoteKind.Indirect;
    }

    /// <summary>
    /// "…, a finding the company has not disclosed publicly", "…, the port did not say": a negated cue after the words it
    /// would report says they were not said by its source — whoever reported them is someone else, and this frame no one.
    /// </summary>
    private static bool ReportsWhatCameBefore(Frame frame) =>
        frame.Kind != QuoteKind.Direct && frame.Source is { } source && frame.Content.Count > 0 && frame.Content[^1].End <= source.Span.Start;

    /// <summary>"Ruiz has not endorsed", "the port did not say", "never said": the cue is negated.</summary>
    private bool IsNegated(int i)
    {
        int k = i - 1;
        while (k >= 0 && i - k <= 3 && tokens[k].IsWord && !tokens[k].InQuote && (tokens[k].Text.EndsWith("ly", StringComparison.Ordinal) || tokens[k].Text is "yet" or "also" or "still" or "even")) k--;
        if (k < 0 || !tokens[k].IsWord || tokens[k].InQuote) return false;
        var w = tokens[k].Text;
        return w is "not" or "never" || w.EndsWith("n't", StringComparison.Ordinal) || w.EndsWith("n’t", StringComparison.Ordinal);
    }

    /// <summary>"… could stall the plan if every member opposes it": a source inside a condition says nothing yet.</summary>
    private bool IsHypothetical(Frame frame)
    {
        if (frame.Source is not { } source || frame.Kind == QuoteKind.Direct) return false;
        // back over the rest of the subject: "if every member of the minority opposes it"
        for (int k = IndexAt(source.Span.Start) - 1; k >= 0 && tokens[k].IsWord && !tokens[k].InQuote; k--)
        {
            if (tokens[k].Text is "if" or "unless" or "If" or "Unless") return true;
            if (IsFiniteVerbLike(k) || lexicon.CueVerbs.Contains(tokens[k].Text) || Auxiliaries.Contains(tokens[k].Text)) return false;
        }
        return false;
    }

    /// <summary>
    /// "…, an accusation the union denied.", "…, which the negotiators agreed to put off until June": the cue's object
    /// is the noun the clause describes, so what the frame would report is someone else's words or no words at all.
    /// </summary>
    private bool IsObjectGap(Frame frame, int cueEnd)
    {
        if (frame.Source is not { } source || frame.Kind == QuoteKind.Direct) return false;
        // ("a proposal the guild dismissed as unworkable": what the cue's object was called, no clause of its own)
        bool gapAfter = cueEnd + 1 >= tokens.Count || tokens[cueEnd + 1].Text is "." or "," or ";" or "to" or "as" && !tokens[cueEnd + 1].InQuote;
        if (!gapAfter) return IsWhichObject(source) && !ClauseBeforeComma(cueEnd + 1);
        // the phrase read leftward may take the noun in: "an accusation the union"
        for (int k = 1; k < source.Tokens.Count; k++)
            if (source.Tokens[k].IsWord && source.Tokens[k].Text is "the" or "a" or "an" or "its" or "their" && source.Tokens[k - 1].IsWord && !source.Tokens[k - 1].IsCapitalized
                && !NounPhrases.IsFunctionWord(source.Tokens[k - 1].Text)) return true;
        int s = IndexAt(source.Span.Start);
        if (s < 2 || !tokens[s - 1].IsWord || tokens[s - 1].InQuote) return false;
        var before = tokens[s - 1].Text;
        if (before is "which") return true;
        // a noun right before the subject, no comma or verb between: "an accusation the union denied"
        return !tokens[s - 1].IsCapitalized && !NounPhrases.IsFunctionWord(before) && !NounPhrases.IsPronoun(before) && !lexicon.CueVerbs.Contains(before)
            && !IsFiniteVerbLike(s - 1) && !before.EndsWith("ly", StringComparison.Ordinal) && tokens[s - 2].IsWord && !tokens[s - 2].InQuote
            && (NounPhrases.Determiners.Contains(tokens[s - 2].Text) || !NounPhrases.IsFunctionWord(tokens[s - 2].Text) && tokens[s - 3 < 0 ? 0 : s - 3].Text is "a" or "an" or "the");
    }

    // how long or until when: "testified for four hours", "argued into the night" (not "believe in", "decided after …")
    private static readonly HashSet<string> DurationPrepositions = new(StringComparer.Ordinal) { "for", "into", "until", "throughout", "during" };

    // where or when a thing described by a participle was: "the last strike declared in the harbor was …"
    private static readonly HashSet<string> PlacePrepositions = new(StringComparer.Ordinal) { "in", "at", "on", "by", "for", "into", "from", "across" };

    // "nearly four hours", "two days", "weeks": a length of time within the next few words
    private bool TimeFollows(int from)
    {
        for (int k = from; k < tokens.Count && k - from < 4; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && (NounPhrases.IsTimeWord(tokens[k]) || tokens[k].Text is "hours" or "hour" or "minutes" or "days" or "weeks" or "months" or "years")) return true;
        return false;
    }

    // "The clip, which the agency posted online, shows …": the source follows "which", so the cue's object is the noun before it
    private bool IsWhichObject(Mention source)
    {
        int s = IndexAt(source.Span.Start);
        return s >= 2 && tokens[s - 1].IsWord && !tokens[s - 1].InQuote && tokens[s - 1].Text is "which";
    }

    /// <summary>
    /// Whether the words from <paramref name="from"/> to the next comma hold a verb or a quote, as a reported clause does
    /// ("which the mayor said would cost millions"); "which the agency posted online on Monday" holds only where and when.
    /// </summary>
    private bool ClauseBeforeComma(int from)
    {
        for (int k = from; k < tokens.Count && !tokens[k].Is(',') && !tokens[k].Is(';'); k++)
            if (tokens[k].InQuote || tokens[k].IsWord && (tokens[k].Text is "that" || Auxiliaries.Contains(tokens[k].Text) || IsFiniteVerbLike(k))) return true;
        return false;
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "is", "was", "are", "were", "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "does", "did",
    };

    /// <summary>
    /// "testified for nearly four hours before the committee", "argued into the early hours of Friday": what follows the cue
    /// is only where, when or how long, with no clause or quote of what was said. So is "The last strike declared in the
    /// harbor was in 2009", where the cue is a participle describing its noun.
    /// </summary>
    private bool IsAdjunctOnly(Frame frame, int cue)
    {
        if (frame.Kind != QuoteKind.Indirect || frame.Content.Count != 1 || frame.Content[0].Start < tokens[cue].End) return false;
        int first = IndexAt(frame.Content[0].Start);
        if (first < 0 || !tokens[first].IsWord || !PlacePrepositions.Contains(tokens[first].Text) && !DurationPrepositions.Contains(tokens[first].Text) && !(tokens[first].Text is "against" && IsTestifying(cue))) return false;
        bool finite = false;
        // "shows in detail how firms hide their fees": a question word opens the clause that was said
        for (int k = first; k < tokens.Count && tokens[k].Start < frame.Content[0].End; k++)
            finite |= tokens[k].IsWord && (Auxiliaries.Contains(tokens[k].Text) || tokens[k].Text is "how" or "why" or "what" or "whether" or "that" or "when" or "where");
        // "calling for a pause", "argued for a cut": "for" completes the verb, unless a length of time follows ("for four hours")
        // ("testified for the prosecution", "testified against him": the side a witness took, not what they said)
        if (!finite) return DurationPrepositions.Contains(tokens[first].Text) && (tokens[first].Text is not "for" || TimeFollows(first + 1) || IsTestifying(cue))
                            || tokens[first].Text is "against" && IsTestifying(cue);
        // the participle's noun takes its own verb before any comma: "The last strike declared in the harbor was in 2009"
        int verb = first;
        while (verb < tokens.Count && tokens[verb].Start < frame.Content[0].End && !(tokens[verb].IsWord && Auxiliaries.Contains(tokens[verb].Text)) && !tokens[verb].Is(',')) verb++;
        return verb < tokens.Count && tokens[verb].IsWord && tokens[verb].Start < frame.Content[0].End
            && tokens[cue].Text.EndsWith("ed", StringComparison.Ordinal) && frame.Source is { Kind: MentionKind.Nominal } source && !IsPerson(source);
    }

    private bool IsTestifying(int cue) => tokens[cue].Text.StartsWith("testif", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Few people would have described him as …": what someone would have said is no statement.</summary>
    private bool IsCounterfactual(int i)
    {
        int k = i - 1;
        while (k >= 0 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text.EndsWith("ly", StringComparison.Ordinal)) k--;
        return k >= 1 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "have"
            && tokens[k - 1].IsWord && tokens[k - 1].Text is "would" or "could" or "might" or "should";
    }

    /// <summary>"…, with the governor and her aide expected to …": a subject after a "with" that opens its phrase, no verb between.</summary>
    private bool IsAbsoluteWith(int subject, int cue)
    {
        for (int k = subject - 1; k >= 0 && cue - k <= 10; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            if (tokens[k].Text is "with" or "With") return k == 0 || tokens[k - 1].Is(',') && !tokens[k - 1].InQuote;
            if (NounPhrases.IsStop(tokens[k].Text) && tokens[k].Text is not "and") return false;
        }
        return false;
    }

    /// <summary>
    /// "Its outlook on life says something about our time": what a thing "says a lot about" something is what it
    /// shows, not speech — when the one that "says" it is neither a person nor a group nor an organization.
    /// </summary>
    private bool TellsAboutWithoutSpeaking(Frame frame)
    {
        if (frame.Kind == QuoteKind.Direct || frame.Source is not { } source) return false;
        var words = frame.Content[0].Text.Split(' ', 5, StringSplitOptions.RemoveEmptyEntries);
        int about = Array.FindIndex(words, w => w is "about");
        if (about < 1 || about > 3 || string.Join(' ', words[..about]).ToLowerInvariant() is not ("something" or "a lot" or "much" or "little" or "volumes"
            or "more" or "nothing" or "everything" or "a great deal" or "a great")) return false;
        if (source.Kind == MentionKind.Pronoun) return source.Text is "it" or "It";
        if (source.Kind != MentionKind.Nominal) return false;
        string? head = null;
        foreach (var t in source.Tokens)
        {
            if (t.IsWord && NounPhrases.IsStop(t.Text) && t.Text is not "for") break;
            if (t.IsWord) head = t.Text.ToLowerInvariant();
        }
        return head is not null && !NounPhrases.Determiners.Contains(head) && !lexicon.PersonHeads.Contains(head) && !lexicon.Titles.Contains(head)
            && !lexicon.Groups.Contains(head) && !lexicon.OrganizationHeads.Contains(head) && !IsPluralWord(head);
    }

    // "…, adding" — or "“…,” adding", where the comma stands inside the closing quote mark
    private bool CommaBefore(int i)
    {
        var t = tokens[i - 1];
        if (t.Is(',')) return true;
        return t.Kind == TokenKind.QuoteMark && t.InQuote && i >= 2 && tokens[i - 2].Is(',') && tokens[i - 2].InQuote;
    }

    // "the new zoning rules", "several coastal states": a noun-like cue after a word that names no speaker
    private bool IsNounUse(int i)
    {
        if (!lexicon.NounLikeCues.Contains(tokens[i].Text) || i == 0) return false;
        // "Frontline states demand more help", "the rules are clear": a plain verb after it makes it the subject's noun
        if (i + 1 < tokens.Count && tokens[i + 1].IsWord && !tokens[i + 1].InQuote && char.IsLower(tokens[i + 1].Text[0])
            && (IsCueBase(tokens[i + 1]) || tokens[i + 1].Text is "are" or "were" or "have" or "will" or "would" or "can" or "could" or "should" or "must" or "may" or "might")) return true;
        // "the court rules that the map …": a "that" clause after it makes it the verb ("rules that promise …" is relative)
        if (i + 2 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].Text is "that"
            && (tokens[i + 2].IsCapitalized || NounPhrases.Determiners.Contains(tokens[i + 2].Text) || NounPhrases.IsPronoun(tokens[i + 2].Text))) return false;
        var before = tokens[i - 1];
        // "Nineteen states", "40 states": a number counts the noun
        if (before.IsWord && !before.InQuote && IsCardinal(before.Text)) return true;
        if (CountsTheCueWord(i)) return true;
        // "the agency's Clean Water Plan rules": a name that someone owns is a thing, and the cue word the noun it modifies
        if (before.IsCapitalized && !before.InQuote)
        {
            int k = i - 1;
            while (k > 0 && tokens[k].IsCapitalized && !tokens[k].InQuote && !IsOwner(tokens[k].Text)) k--;
            return k < i - 1 && k >= 0 && tokens[k].IsWord && !tokens[k].InQuote && IsOwner(tokens[k].Text);
        }
        if (!before.IsWord || before.InQuote || before.IsCapitalized) return false;
        var word = before.Text;
        return !NounPhrases.IsPronoun(word) && !NounPhrases.IsFunctionWord(word) && !word.EndsWith("ly", StringComparison.Ordinal)
            && !lexicon.PersonHeads.Contains(word) && !lexicon.Documents.Contains(word) && !lexicon.Groups.Contains(word);
    }

    /// <summary>
    /// "several partner states vetoed it", "three party rules", "both rival claims": a count of more than one before
    /// singular lowercase modifiers counts the cue word itself. The count never goes with the modifier alone ("several
    /// member" names no one), and a verb in "-s" has a single subject, so the cue word is the plural noun. A year is no
    /// count ("the 2037 edition states that …").
    /// </summary>
    private bool CountsTheCueWord(int i)
    {
        for (int k = i - 1, modifiers = 0; k >= 0 && modifiers <= 2; k--, modifiers++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote) return false;
            var word = t.Text.ToLowerInvariant();
            if (word is "several" or "many" or "few" or "various" or "numerous" or "multiple" or "both" || IsCardinal(word) && !IsYearLike(word))
                return modifiers > 0;
            if (t.IsCapitalized || NounPhrases.IsFunctionWord(word) || IsPlainPlural(word) || word.EndsWith("ly", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    // "2037", "1911": four digits a date more often names than a count does
    private static bool IsYearLike(string word) => word.Length == 4 && word.All(char.IsDigit) && word[0] is '1' or '2';

    /// <summary>
    /// "six points", "40 basis points", "0.5 percentage points": the word at <paramref name="i"/> is a unit a number
    /// counts, past at most one lowercase word that qualifies the unit; a noun, never a verb of speech.
    /// </summary>
    private bool IsCountedUnit(int i)
    {
        for (int k = i - 1; k >= 0 && i - k <= 2; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote) return false;
            if (char.IsDigit(t.Text[0]) || IsCardinal(t.Text)) return true;
            // ("a poll of 500 voters points to …": a plural before it is the counted subject, whose verb it is)
            if (t.IsCapitalized || NounPhrases.IsFunctionWord(t.Text) || lexicon.CueVerbs.Contains(t.Text) || IsPlainPlural(t.Text)) return false;
        }
        return false;
    }

    // "voters", "shares" (not "basis", "bus", "press")
    private static bool IsPlainPlural(string word) =>
        word.Length > 3 && word.EndsWith('s') && !word.EndsWith("is", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal);

    private static readonly HashSet<string> NumberWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
        "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "thousand", "dozen", "dozens", "hundreds", "thousands",
    };

    // "27", "1,500", "Twenty-seven", "dozens"
    internal static bool IsCardinal(string word) =>
        word.All(c => char.IsDigit(c) || c == ',') && char.IsDigit(word[0]) || word.Split('-').All(NumberWords.Contains);

    /// <summary>
    /// "his show", "the claims": a cue word right after an article or a possessive pronoun is a noun. So is one of the
    /// words that are as often nouns after a possessive name or "a"/"his" and modifiers that name no speaker ("Oz's
    /// show proved", "his TV show", "Doe's Fifth Amendment claims", "an hourlong show"): the source must be a noun
    /// phrase that ends before the cue, not one the cue word completes.
    /// </summary>
    private bool IsOwnedNoun(int i)
    {
        if (i == 0 || !tokens[i - 1].IsWord || tokens[i - 1].InQuote) return false;
        if (tokens[i - 1].Text is "the" or "a" or "an" or "his" or "her" or "their" or "its" or "our" or "my" or "your") return true;
        if (!lexicon.OwnedNounCues.Contains(tokens[i].Text)) return false;
        for (int k = i - 1; k >= 0 && i - k <= 3; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote) return false;
            if (IsOwner(t.Text) || t.Text is "a" or "an" or "his" or "her" or "their" or "its" or "our" or "my" or "your") return true;
            var word = t.Text.ToLowerInvariant();
            if (NounPhrases.IsFunctionWord(word) || lexicon.PersonHeads.Contains(word) || lexicon.Titles.Contains(word) || lexicon.Groups.Contains(word)
                || lexicon.OrganizationHeads.Contains(t.Text) || lexicon.Documents.Contains(word) || lexicon.IsGivenName(t.Text) || IsPluralWord(word)) return false;
        }
        return false;
    }

    /// <summary>
    /// "a series of late-night tweets", "a string of angry claims": a speech noun that a measure of something counts
    /// (past lowercase modifiers) is no verb. The index of the measure word ("series"), or null.
    /// </summary>
    private int? CountedSpeechNoun(int i)
    {
        if (!lexicon.OwnedNounCues.Contains(tokens[i].Text)) return null;
        for (int k = i - 1; k > 0 && i - k <= 3; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote || t.IsCapitalized) return null;
            if (t.Text is not "of") continue;
            var measure = tokens[k - 1];
            var word = measure.Text;
            return measure.IsWord && !measure.InQuote && !measure.IsCapitalized && !NounPhrases.IsFunctionWord(word) && !lexicon.PersonHeads.Contains(word) && !lexicon.Titles.Contains(word)
                && !lexicon.Groups.Contains(word) && !lexicon.OrganizationHeads.Contains(word) && !lexicon.Documents.Contains(word) ? k - 1 : null;
        }
        return null;
    }

    /// <summary>
    /// Who owns what the measure at <paramref name="measure"/> counts: "his series of …" (his), "Ruiz's string of …",
    /// or the name or pronoun that opens the sentence and whose verb takes it ("Ortiz unleashed a series of …"). Null
    /// when none is sure.
    /// </summary>
    private Mention? OwnerOf(int measure)
    {
        int k = measure - 1;
        if (k < 0 || !tokens[k].IsWord || tokens[k].InQuote) return null;
        if (tokens[k].Text is "his" or "her" or "their") return NameMention(k, k) with { Kind = MentionKind.Pronoun };
        if (tokens[k].IsCapitalized && IsOwner(tokens[k].Text))
        {
            int b = k;
            while (b > 0 && tokens[b - 1].IsCapitalized && !tokens[b - 1].InQuote && !NounPhrases.IsFunctionWord(tokens[b - 1].Text)) b--;
            return NameMention(b, k);
        }
        if (tokens[k].Text is not ("a" or "an") || k < 2 || !IsFiniteVerbLike(k - 1)) return null;
        var subject = NounPhrases.LeftOf(tokens, k - 1, text);
        // the subject opens the sentence or a clause of its own ("… after Ortiz unleashed a series of …")
        int first = subject is null ? -1 : IndexAt(subject.Span.Start);
        return subject is { Kind: MentionKind.Name or MentionKind.Pronoun } && (first == 0 || tokens[first - 1].IsWord && lexicon.Subordinators.Contains(tokens[first - 1].Text)) ? subject : null;
    }

    // verbs that put a writing out to someone: "sent the board a letter", "issued a statement", "filed a motion"
    private static readonly HashSet<string> SendingVerbs = new(StringComparer.Ordinal)
    {
        "sent", "sends", "issued", "issues", "released", "releases", "published", "publishes", "filed", "files", "submitted", "submits",
        "delivered", "delivers", "circulated", "circulates", "mailed", "mails", "emailed", "emails", "wrote", "writes",
    };

    /// <summary>
    /// "The Harbor Trust sent the council a two-page letter on Monday saying the pier would close": a subject that opens
    /// the sentence, a verb that sends out a writing, a listener, "a" and the writing, a time, then a participle of saying
    /// (no comma before it: "…, saying" is the subject's own). The frame reports the clause after the participle as the
    /// subject's, or null when any part is missing.
    /// </summary>
    private Frame? SentWritingSaying(int i)
    {
        if (!tokens[i].IsWord || tokens[i].InQuote || !lexicon.CueParticiples.Contains(tokens[i].Text) || i < 4) return null;
        int k = i - 1;
        while (k > 0 && i - k <= 4 && tokens[k].IsWord && !tokens[k].InQuote && (tokens[k].Text is "on" or "last" or "early" or "late" or "this" || NounPhrases.IsTimeWord(tokens[k]) || lexicon.IsWeekday(tokens[k].Text))) k--;
        if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized || !lexicon.Documents.Contains(tokens[k].Text)) return null;
        // "a four-page letter", "a brief statement": lowercase modifiers back to the article
        int a = k - 1;
        while (a > 0 && k - a <= 3 && tokens[a].IsWord && !tokens[a].InQuote && !tokens[a].IsCapitalized && tokens[a].Text is not ("a" or "an")) a--;
        if (a < 2 || !tokens[a].IsWord || tokens[a].Text is not ("a" or "an")) return null;
        // the listener between the verb and the writing: "the council", "lawmakers", "Ruiz"
        int verb = a - 1;
        while (verb > 0 && a - verb <= 4 && tokens[verb].IsWord && !tokens[verb].InQuote && !SendingVerbs.Contains(tokens[verb].Text)) verb--;
        if (!tokens[verb].IsWord || !SendingVerbs.Contains(tokens[verb].Text) || verb < 1) return null;
        var subject = NounPhrases.LeftOf(tokens, verb, text);
        int first = subject is null ? -1 : IndexAt(subject.Span.Start);
        // the subject opens the sentence, a clause, or follows a fronted phrase's comma ("On Monday, the trust sent …")
        if (subject is null || IndexAt(subject.Span.End - 1) != verb - 1
            || !(first == 0 || tokens[first - 1].IsWord && lexicon.Subordinators.Contains(tokens[first - 1].Text) || tokens[first - 1].Is(',') && !tokens[first - 1].InQuote && first >= 2 && tokens[first - 2].IsWord && !tokens[first - 2].InQuote)) return null;
        return Clause(i + 1, ParticipleCut(i + 1), skipLeading: true) is { } said ? new Frame(KindOf(said), [said], subject, TokenSpan(i, i)) : null;
    }

    // "Oz's", "the senator's" — not "he's", "it's", "that's" (a pronoun's "is" or "has")
    private static bool IsOwner(string word) =>
        (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal)) && word.Length > 3
        && !NounPhrases.IsPronoun(word[..^2]) && word[..^2].ToLowerInvariant() is not ("that" or "there" or "what" or "who" or "here" or "let" or "where");

    private static bool IsPluralWord(string word) => word.Length > 3 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal);

    private bool? _titleCase;
    // the first token a frame may report: past the words an earlier frame of the sentence already took
    private int _reportFrom;

    /// <summary>
    /// A heading in title case ("Mayor Vows To Cut Fares, Aide Says") capitalizes its verbs too, so there a
    /// capitalized word may be the cue.
    /// </summary>
    private bool TitleCase => _titleCase ??= paragraph.IsHeading && IsTitleCased(tokens);

    /// <summary>Every word of four letters or more outside quote marks is capitalized, as in "Mayor Vows To Cut Fares".</summary>
    internal static bool IsTitleCased(IReadOnlyList<Token> tokens)
    {
        int words = 0, capitalized = 0;
        foreach (var t in tokens)
        {
            if (!t.IsWord || t.InQuote || t.Text.Length <= 3) continue;
            words++;
            if (t.IsCapitalized) capitalized++;
        }
        return words >= 3 && capitalized == words;
    }

    /// <summary>
    /// "some Democrats privately express reservations": a cue's plain present form, which is also a noun or an
    /// adjective ("an express train", "a warn notice"), is a verb right after a plural subject (past an adverb).
    /// </summary>
    private bool IsPluralCue(int i)
    {
        if (!lexicon.PluralCues.Contains(tokens[i].Text) || !char.IsLower(tokens[i].Text[0])) return false;
        int k = i - 1;
        while (k > 0 && i - k <= 2 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text.Length > 4 && tokens[k].Text.EndsWith("ly", StringComparison.Ordinal)) k--;
        if (k < 0 || !tokens[k].IsWord || tokens[k].InQuote) return false;
        var head = tokens[k].Text;
        if (head.EndsWith("'s", StringComparison.Ordinal) || head.EndsWith("’s", StringComparison.Ordinal)) return false;
        // "Ruiz and Ellery call them …": two names joined by "and" speak together
        if (tokens[k].IsCapitalized && k >= 2 && tokens[k - 1].IsWord && tokens[k - 1].Text is "and" && tokens[k - 2].IsCapitalized && !tokens[k - 2].InQuote) return true;
        bool plural = lexicon.Groups.Contains(head) || head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal) && !head.EndsWith("us", StringComparison.Ordinal);
        // the subject opens the sentence ("Critics argue …") or a quantifier or determiner opens it ("some Democrats")
        return plural && (k == 0 || tokens[k - 1].IsWord && !tokens[k - 1].InQuote && NounPhrases.Determiners.Contains(tokens[k - 1].Text));
    }

    /// <summary>
    /// A participle reports speech as a verb when it is progressive ("Trump is promising …") or introduces a quote
    /// ("Laura Tapley asking, “Why aren’t we ahead by more?”").
    /// </summary>
    private bool IsParticipleCue(int i)
    {
        if (!lexicon.CueParticiples.Contains(tokens[i].Text)) return false;
        // "is promising", "is now openly questioning", "are still saying"
        int b = i - 1;
        while (b > 0 && i - b <= 2 && tokens[b].IsWord && !tokens[b].InQuote && (tokens[b].Text is "now" or "also" or "still" or "again" or "once" or "not" || tokens[b].Text.EndsWith("ly", StringComparison.Ordinal))) b--;
        if (b >= 0 && tokens[b].IsWord && tokens[b].Text is "is" or "are" or "was" or "were" or "been") return true;
        return i + 1 < tokens.Count && tokens[i + 1].Is(',') && AdjacentQuoteAfter(i) is { } quote && StartsClause(quote);
    }

    /// <summary>
    /// A transcript line: "PENCE: Well, look, …" — the speaker's name in capitals and a colon open the paragraph,
    /// and what follows to the paragraph's end is theirs.
    /// </summary>
    private Frame? TranscriptFrame()
    {
        if (tokens.Count == 0 || tokens[0].Start > paragraph.Start + 1) return null;
        int k = tokens[0].Kind == TokenKind.QuoteMark ? 1 : 0;
        int name = k;
        while (k < tokens.Count && k - name < 3 && tokens[k].IsWord && tokens[k].Text.Length > 1 && IsAllCaps(tokens[k].Text)) k++;
        if (k == name || k + 1 >= tokens.Count || !tokens[k].Is(':')) return null;
        // "CORRECTION: The first sentence …": an editor's note is labelled like a speaker, but a transcript has a
        // second line
        if (!HasOtherTranscriptLine(paragraph.Start)) return null;
        int from = tokens[k + 1].Start, end = paragraph.End;
        while (end > from && (char.IsWhiteSpace(text[end - 1]) || QuoteMarks.MarkEndsAt(text, end - 1) && QuoteMarks.Containing(quoteSpans, end - 1) is { } q && q.Start < from)) end--;
        if (end - from < 10) return null;
        var content = new TextSpan(from, end, text[from..end]);
        return new Frame(KindOf(content), [content], LabelMention(name, k - 1), TokenSpan(k, k));
    }

    /// <summary>
    /// "WALLACE:" is the surname in capitals, as transcripts print it: read as "Wallace", it finds the person the article
    /// names so, and is never taken for an acronym ("PENCE" is no organization).
    /// </summary>
    private Mention LabelMention(int from, int to)
    {
        var words = new List<Token>(to - from + 1);
        for (int k = from; k <= to; k++)
        {
            var t = tokens[k];
            words.Add(t.IsWord && t.Text.Length > 1 ? t with { Text = t.Text[0] + t.Text[1..].ToLowerInvariant() } : t);
        }
        return new Mention(TokenSpan(from, to), MentionKind.Name, words);
    }

    /// <summary>Does a line other than the one at <paramref name="except"/> open with a label in capitals and a colon?</summary>
    private bool HasOtherTranscriptLine(int except)
    {
        for (int line = 0; line < text.Length; line = text.IndexOf('\n', line) is var nl and >= 0 ? nl + 1 : text.Length)
        {
            int i = line;
            while (i < text.Length && text[i] is ' ' or '\t' or '\r') i++;
            i += QuoteMarks.MarkAt(text, i);
            int label = i;
            while (i < text.Length && i - label <= 30 && (char.IsUpper(text[i]) || text[i] is ' ' or '.' or '\'' or '’' or '-')) i++;
            if (i - label >= 2 && i < text.Length && text[i] == ':' && char.IsUpper(text[label]) && Math.Abs(label - except) > 1) return true;
        }
        return false;
    }

    /// <summary>
    /// Someone's words in quote marks as the object of a verb the cue lexicon does not list: "Whitfield openly praises
    /// the mayor as a “steady hand,”", "Crane thanked Ms. Pell … for bringing "fresh and practical answers."".
    /// The quote marks make it reported speech; the nearest finite verb before them is the cue, its subject (a name or
    /// a pronoun, never a bare description) the source, and the verb's object to the clause's end the content.
    /// </summary>
    private Frame? QuotedObjectFrame()
    {
        int q = tokens.FindIndex(t => t.InQuote && t.Kind == TokenKind.QuoteMark);
        if (q <= 1 || IsTitle(SpanAt(tokens[q].Start))) return null;
        for (int k = q - 1; k >= 0 && q - k <= 12; k--)
        {
            var t = tokens[k];
            if (!t.IsWord) { if (t.Text is "-" or "’" or "'") continue; return null; }
            // "Ellery went after the mayor as a “harbor pirate”": a verb of attack, phrasal
            if (t.Text is "after" && !t.InQuote && k > 1 && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && tokens[k - 1].Text is "gone" or "went" or "goes" or "go" or "going")
            {
                if (NounPhrases.LeftOf(tokens, k - 1, text) is not { Kind: MentionKind.Name or MentionKind.Pronoun } attacker) return null;
                var attack = Clause(k + 1, ParticipleCut(k + 1), skipLeading: true);
                return attack is null || !HasQuoteMark(attack) ? null : new Frame(QuoteKind.Mixed, [attack], attacker, TokenSpan(k - 1, k));
            }
            if (t.InQuote || NounPhrases.IsFunctionWord(t.Text) && t.Text is not ("as" or "of" or "for" or "to" or "on" or "in" or "at" or "with" or "about" or "the" or "a" or "an" or "his" or "her" or "their" or "its" or "what"))
                return null;
            // a short verb only where "at" or "as" leads to the quote: "put the odds at “…”", "set the cost as “…”"
            if (!IsFiniteVerbLike(k) && !(tokens[q - 1].IsWord && tokens[q - 1].Text is "at" or "as" && IsShortVerbAfterPerson(k))) continue;
            // "It comes across as “too loud”", "she seems “tired”": a verb of seeming tells how the subject is seen, not what it said
            if (SeemingVerbs.Contains(t.Text)) return null;
            // a name, a pronoun or a word for people ("One of the lawmakers put the odds at “…”"), never a thing
            if (NounPhrases.LeftOf(tokens, k, text) is not { } source || source.Kind == MentionKind.Nominal && !IsWordForPeople(source) || InFreeRelative(source)) return null;
            // "is serving a sentence on charges of “spreading rumours”": the quoted words name a charge someone else
            // brought, they are not the subject's own
            if (NamesACharge(q)) return null;
            var content = Clause(k + 1, ParticipleCut(k + 1), skipLeading: true);
            if (content is null || !HasQuoteMark(content)) return null;
            return new Frame(QuoteKind.Mixed, [content], source, TokenSpan(k, k));
        }
        return null;
    }

    // "charges of “…”", "charged with “…”", "convicted of “…”": a quote opening at q names what someone is accused of
    private bool NamesACharge(int q) =>
        q >= 2 && tokens[q - 1].IsWord && tokens[q - 1].Text is "of" or "with" && tokens[q - 2].IsWord && !tokens[q - 2].InQuote
        && tokens[q - 2].Text.ToLowerInvariant() is "charge" or "charges" or "charged" or "count" or "counts" or "convicted" or "accused" or "guilty" or "suspicion" or "conviction";

    // "lawmakers put", "she set": a short lowercase word right after a word for people is their verb
    private bool IsShortVerbAfterPerson(int k)
    {
        var w = tokens[k].Text;
        if (k == 0 || !char.IsLower(w[0]) || NounPhrases.IsFunctionWord(w) || w.EndsWith('s') || w.EndsWith("ly", StringComparison.Ordinal) || w.EndsWith("ing", StringComparison.Ordinal)) return false;
        return NounPhrases.LeftOf(tokens, k, text) is { } subject && IndexAt(subject.Span.End - 1) == k - 1 && (subject.Kind != MentionKind.Nominal || IsWordForPeople(subject));
    }

    // "the lawmakers", "one of the aides": a lowercase word for people who speak one by one (not "police", "The Post")
    private bool IsWordForPeople(Mention phrase)
    {
        var head = phrase.Tokens[^1];
        if (!head.IsWord || head.IsCapitalized) return false;
        var word = head.Text.ToLowerInvariant();
        var single = IsPluralWord(word) ? word[..^1] : word;
        return !lexicon.Groups.Contains(word) && (lexicon.PersonHeads.Contains(word) || lexicon.PersonHeads.Contains(single)
            || lexicon.Titles.Contains(single) && !lexicon.TitleModifiers.Contains(single));
    }

    private static readonly HashSet<string> SeemingVerbs = new(StringComparer.Ordinal)
    {
        "comes", "came", "seems", "seemed", "appears", "appeared", "looks", "looked", "sounds", "sounded", "feels", "felt", "strikes", "struck", "becomes", "became", "remains", "remained",
    };

    /// <summary>
    /// "Ellery, a former mayor, mocked the council at the hearing, tweeting, “Nobody …”": a participle of speech
    /// after a comma, in a sentence with no cue verb, reports what the sentence's subject said.
    /// </summary>
    private Frame? SubjectParticipleFrame()
    {
        for (int i = 2; i < tokens.Count - 1; i++)
        {
            // "…, tweeting, “…”", "… while chanting, “…”", "… began by saying he would …"
            if (tokens[i].InQuote || !tokens[i].IsWord || !lexicon.CueParticiples.Contains(tokens[i].Text) || tokens[i - 1].InQuote) continue;
            // "… issued a paper welcoming the plan, and calling for …": a participle conjoined after a comma
            bool conjoined = tokens[i - 1].IsWord && tokens[i - 1].Text is "and" && tokens[i - 2].Is(',') && !tokens[i - 2].InQuote;
            if (!(tokens[i - 1].Is(',') || tokens[i - 1].Text is "while" or "by" || conjoined)) continue;
            if (SubjectBefore(conjoined ? i - 2 : i - 1) is not { } source) return null;
            if (AdjacentQuoteAfter(i) is { } quote && StartsClause(quote)) return new Frame(QuoteKind.Direct, [quote], source, TokenSpan(i, i));
            var content = Clause(i + 1, tokens.Count, skipLeading: true);
            return content is null ? null : new Frame(KindOf(content), [content], source, TokenSpan(i, i));
        }
        return null;
    }

    /// <summary>
    /// "Ellery never missed a chance to remind the crowd he was the only candidate who rode the ferry": an opportunity
    /// taken to say something is saying it — the subject that opens the sentence is the source, and what follows the
    /// verb of saying (past its listener) is what was said.
    /// </summary>
    private Frame? OpportunityToSpeakFrame()
    {
        for (int i = 2; i + 3 < tokens.Count; i++)
        {
            if (tokens[i].InQuote || !tokens[i].IsWord || tokens[i].Text is not "to" || !OccasionNouns.Contains(tokens[i - 1].Text)
                || !tokens[i + 1].IsWord || tokens[i + 1].InQuote || !SpeakingInfinitives.Contains(tokens[i + 1].Text)) continue;
            if (SubjectBefore(i - 1) is not { } source || source.Kind == MentionKind.Nominal && !IsPerson(source)) return null;
            int from = i + 2;
            // the listener: "the crowd", "voters", "them"
            if (tokens[i + 1].Text is "remind" or "tell" or "warn" or "assure")
            {
                if (from < tokens.Count && tokens[from].IsWord && !tokens[from].InQuote && tokens[from].Text is "the" or "his" or "her" or "their") from++;
                if (from < tokens.Count && tokens[from].IsWord && !tokens[from].InQuote && !NounPhrases.IsFunctionWord(tokens[from].Text) || from < tokens.Count && tokens[from].Text is "them" or "him" or "her" or "us") from++;
            }
            var content = Clause(from, ParticipleCut(from), skipLeading: true);
            return content is null ? null : new Frame(KindOf(content), [content], source, TokenSpan(i + 1, i + 1));
        }
        return null;
    }

    private static readonly HashSet<string> OccasionNouns = new(StringComparer.Ordinal) { "opportunity", "chance", "occasion", "moment" };

    private static readonly HashSet<string> SpeakingInfinitives = new(StringComparer.Ordinal)
    {
        "remind", "tell", "warn", "assure", "say", "argue", "stress", "note", "insist", "declare", "boast", "complain", "repeat", "announce",
    };

    /// <summary>
    /// The subject that opens the sentence (after a leading "But" or "And"), found left of its first verb before
    /// <paramref name="limit"/>: "Ellery, a former mayor, mocked …". Null when the sentence does not open with one.
    /// </summary>
    private Mention? SubjectBefore(int limit)
    {
        for (int v = 1; v < limit; v++)
        {
            var t = tokens[v];
            if (t.InQuote) return null;
            // "Ellery was angry at the council, saying, “…”": a copula right after the subject is its verb too
            bool copula = t.IsWord && t.Text is "was" or "is" or "were" or "are" && tokens[v - 1].IsCapitalized && !tokens[v - 1].InQuote;
            // "The Harbor Bank of Marlow cut its rate … and said …": a lowercase word right after the name that opens the
            // sentence is its verb, however short ("cut", "set", "won")
            // (a plural is the name's noun: "Baltic leaders who …"; a title is the description of the person named next:
            // "Wrenfield Bank chief executive Ines Quennell apologized … and said …" is hers, not the bank's)
            copula |= t.IsWord && char.IsLower(t.Text[0]) && !NounPhrases.IsFunctionWord(t.Text) && !t.Text.EndsWith("ly", StringComparison.Ordinal) && !t.Text.EndsWith('s')
                && !lexicon.Titles.Contains(t.Text) && !lexicon.TitleModifiers.Contains(t.Text) && !lexicon.OrganizationNouns.Contains(t.Text)
                && !lexicon.OrganizationKinds.Contains(t.Text) && OpeningName(v);
            // "Baltic leaders who have long opposed it …": the phrase a relative clause describes is the subject
            if (t.IsWord && t.Text is "who" && NounPhrases.LeftOf(tokens, v, text) is { } described && IndexAt(described.Span.Start) == 0)
                return described.Kind == MentionKind.Name || described.Tokens[0].IsCapitalized && IsPluralWord(described.Tokens[^1].Text) ? described : null;
            if (!copula && (!t.IsWord || t.IsCapitalized || NounPhrases.IsFunctionWord(t.Text) || !(IsFiniteVerbLike(v) || lexicon.CueVerbs.Contains(t.Text)))) continue;
            var subject = NounPhrases.LeftOf(tokens, v, text);
            if (subject is null || subject.Kind == MentionKind.Nominal && !NounPhrases.Determiners.Contains(subject.Tokens[0].Text)) return null;
            int first = IndexAt(subject.Span.Start);
            // "Meanwhile, it attacked …": a connective set off by its comma opens the sentence before the subject
            return first == 0 || first == 1 && tokens[0].IsWord && tokens[0].Text is "But" or "And"
                || first >= 2 && (OnlyOpeningAdverbsBefore(first) || first == DatelineEnd() || IsApposedToOpeningDescription(subject, v)
                    // "In a speech on state television, he thanked …": after an introductory phrase and its comma
                    || tokens[first - 1].Is(',') && !tokens[first - 1].InQuote && IsIntroductoryPhrase(0, first - 1)) ? subject : null;
        }
        return null;
    }

    /// <summary>
    /// "Its owner, Lena Marsh, thanked the crew but said …": a name set off by commas right before its verb, after a short
    /// lowercase description opening the sentence ("Its owner", "The head coach") — the name is the subject the
    /// description introduces, not an aside.
    /// </summary>
    private bool IsApposedToOpeningDescription(Mention subject, int verb)
    {
        int first = IndexAt(subject.Span.Start);
        if (subject.Kind != MentionKind.Name || first < 3 || first > 6 || !tokens[first - 1].Is(',') || tokens[first - 1].InQuote
            || !tokens[verb - 1].Is(',') || tokens[verb - 1].InQuote || IndexAt(subject.Span.End - 1) != verb - 2) return false;
        if (!tokens[0].IsWord || tokens[0].Text is not ("The" or "Its" or "His" or "Her" or "Their" or "Our")) return false;
        for (int k = 1; k < first - 1; k++)
            if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized || NounPhrases.IsFunctionWord(tokens[k].Text) || lexicon.CueVerbs.Contains(tokens[k].Text)) return false;
        return true;
    }

    // capitalized words (and "of" inside them) from the sentence's start, after a "The", up to token end (exclusive)
    private bool OpeningName(int end)
    {
        int k = Math.Max(0, DatelineEnd());
        if (tokens[k].IsWord && tokens[k].Text is "The") k++;
        if (end - k < 1 || end - k > 6) return false;
        for (; k < end; k++)
            // ("Fieldpass's chief executive": a possessive name owns the noun after it)
            if (tokens[k].InQuote || IsOwner(tokens[k].Text) || !(tokens[k].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[k].Text) || tokens[k].IsWord && tokens[k].Text is "of" && k > 0 && k + 1 < end)) return false;
        return true;
    }

    private int DatelineEnd() => DatelineEnd(tokens);

    /// <summary>"MADISON, Wis. (AP) — Gov. Tom Halvorsen …": the first token after a dateline that opens the sentence, or -1.</summary>
    internal static int DatelineEnd(List<Token> tokens)
    {
        if (tokens.Count < 4 || !tokens[0].IsWord || !IsAllCaps(tokens[0].Text)) return -1;
        for (int k = 1; k < tokens.Count && k <= 12; k++)
        {
            if (tokens[k].InQuote || tokens[k].IsWord && !tokens[k].IsCapitalized && !char.IsDigit(tokens[k].Text[0])) return -1;
            if (IsDash(tokens[k]))
            {
                int next = k + 1;
                while (next < tokens.Count && IsDash(tokens[next])) next++;
                return next < tokens.Count ? next : -1;
            }
        }
        return -1;
    }

    // "Meanwhile,", "Recently, however,": connectives or adverbs, each set off by its comma, open the sentence before the subject
    private bool OnlyOpeningAdverbsBefore(int first)
    {
        if (!tokens[first - 1].Is(',') || tokens[first - 1].InQuote) return false;
        for (int k = 0; k < first; k++)
        {
            var t = tokens[k];
            if (t.InQuote) return false;
            if (t.Is(',')) continue;
            if (!t.IsWord || !(Connectives.Contains(t.Text) || t.Text.Length > 4 && t.Text.EndsWith("ly", StringComparison.OrdinalIgnoreCase))) return false;
            if (k + 1 >= first || !tokens[k + 1].Is(',')) return false;
        }
        return true;
    }

    /// <summary>"Fact-checkers looked at Vedder's claim that there have been …": a possessive, a speech noun, "that" and the claim.</summary>
    private Frame? NounCueFrame()
    {
        for (int i = 1; i + 2 < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || t.InQuote || !lexicon.CueNouns.Contains(t.Text) || tokens[i + 1].Text is not "that" || tokens[i + 1].InQuote) continue;
            var owner = tokens[i - 1];
            if (!owner.IsWord || owner.InQuote) continue;
            Mention? source = null;
            if (owner.Text is "his" or "her" or "their" or "its")
                source = NameMention(i - 1, i - 1) with { Kind = MentionKind.Pronoun };
            else if (owner.IsCapitalized && (owner.Text.EndsWith("’s", StringComparison.Ordinal) || owner.Text.EndsWith("'s", StringComparison.Ordinal)))
            {
                int b = i - 1;
                while (b > 0 && tokens[b - 1].IsCapitalized && !tokens[b - 1].InQuote && !NounPhrases.IsFunctionWord(tokens[b - 1].Text)) b--;
                source = NameMention(b, i - 1);
            }
            if (source is null) continue;
            var content = Clause(i + 2, ParticipleCut(i + 2), skipLeading: true);
            if (content is not null) return new Frame(KindOf(content), [content], source, TokenSpan(i, i));
        }
        return null;
    }

    // a lowercase past or present-tense verb form ("lauded", "admires"), or a progressive one ("has been pounding")
    private bool IsFiniteVerbLike(int k)
    {
        var w = tokens[k].Text;
        if (w.Length < 5 || !char.IsLower(w[0]) || lexicon.Titles.Contains(w) || ModifiesPersonWord(k)) return false;
        if (w.EndsWith("ed", StringComparison.Ordinal)) return true;
        if (w.EndsWith("ing", StringComparison.Ordinal))
        {
            int b = k - 1;
            while (b >= 0 && tokens[b].IsWord && tokens[b].Text.EndsWith("ly", StringComparison.Ordinal)) b--;
            return b >= 0 && tokens[b].IsWord && tokens[b].Text is "is" or "are" or "was" or "were" or "been";
        }
        // "Baltic leaders who …": a word a relative clause describes is a noun
        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && !w.EndsWith("us", StringComparison.Ordinal)
            && !w.EndsWith("is", StringComparison.Ordinal) && !w.EndsWith("’s", StringComparison.Ordinal) && !w.EndsWith("'s", StringComparison.Ordinal)
            && k + 1 < tokens.Count && !(tokens[k + 1].IsWord && tokens[k + 1].Text is "are" or "were" or "have" or "had" or "of" or "who" or "whose");
    }

    private static bool IsAllCaps(string word)
    {
        foreach (char c in word) if (char.IsLetter(c) && !char.IsUpper(c)) return false;
        return char.IsLetter(word[0]);
    }

    private bool IsPassive(int i)
    {
        int k = i - 1;
        while (k >= 0 && tokens[k].IsWord && (tokens[k].Text is "not" or "also" or "widely" or "often" or "never" or "since" or "first" or "later" or "then" or "again" or "once" || tokens[k].Text.EndsWith("ly", StringComparison.Ordinal))) k--;
        return k >= 0 && k < i - 0 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "was" or "were" or "is" or "are" or "be" or "been" or "being"
            && !tokens[i].Text.EndsWith('s');
    }

    // "… when she added", "… when, at the close of her set, she added": the source opens a subordinate clause
    private bool SubordinatorBefore(int frameStart)
    {
        int k = frameStart - 1;
        // the aside ends at a comma, or at a quoted title that holds it (", at the end of ''A Song,'' she added")
        if (k > 0 && (tokens[k].Is(',') || tokens[k].Kind == TokenKind.QuoteMark))
        {
            k--;
            while (k > 0 && !(tokens[k].Is(',') && !tokens[k].InQuote) && frameStart - k < 24) k--;
            if (!tokens[k].Is(',') || tokens[k].InQuote) return false;
            k--;
        }
        if (k > 0 && tokens[k].IsWord && !tokens[k].InQuote && !tokens[k].IsCapitalized && lexicon.Subordinators.Contains(tokens[k].Text)) return true;
        // "…, when engineers inspecting a hospital found a cracked pipe": the subject found is the object of a participle whose own
        // subject opens the subordinate clause a few lowercase words back
        for (int m = frameStart - 1; m > 0 && frameStart - m <= 4 && tokens[m].IsWord && !tokens[m].InQuote && !tokens[m].IsCapitalized; m--)
            if (lexicon.Subordinators.Contains(tokens[m].Text)) return tokens[m - 1].Is(',') && !tokens[m - 1].InQuote;
        return false;
    }

    // "Flu cases double as the agency declares an epidemic": an "as" with no comma before it opens a clause of time, not
    // a closing attribution ("…, as the agency warned" still reports what came before)
    private bool AsClauseBefore(int frameStart)
    {
        int k = frameStart - 1;
        return k > 0 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "as" && tokens[k - 1].IsWord && !tokens[k - 1].InQuote;
    }

    // a short phrase led by a preposition, with no verb of its own: "In March", "In his 2010 memoir, Long Road"
    /// <summary>
    /// "The mayor and her deputy said …", "He and his wife told …", "The mayor, her deputy and the clerk said …": the
    /// phrase next to the cue is the last of the subjects joined by "and" that open the clause. They speak together, so
    /// the source is all of them (which names no one speaker alone), never the last one. The source unchanged when no
    /// such run of subjects opens the clause ("The plan failed and the mayor said …": a clause of its own).
    /// </summary>
    private Mention JoinedSubject(Mention source)
    {
        int last = IndexAt(source.Span.End - 1), and = IndexAt(source.Span.Start) - 1;
        // (the source itself already stands as a speaker; the parties before it must be ones that can speak)
        if (source.Kind == MentionKind.Pronoun || and < 1 || last < 0 || !IsAndOutsideQuote(and)) return source;
        if (PartiesBefore(and, out bool names) is not int open) return source;
        // (names on both sides stay a name, "the Institute for Peace and the Environment", for the resolver to read)
        return new Mention(TokenSpan(open, last), names && source.Kind == MentionKind.Name ? MentionKind.Name : MentionKind.Nominal, tokens.GetRange(open, last - open + 1));
    }

    /// <summary>
    /// Where the run of subjects before the "and" at <paramref name="and"/> begins ("The mayor" in "The mayor and …",
    /// "The mayor" in "The mayor, her deputy and …"), when it opens the clause and each is a party that can speak; else null.
    /// </summary>
    /// <param name="names">set when every party of the run is a name</param>
    private int? PartiesBefore(int and, out bool names)
    {
        names = true;
        int open = and;
        for (int parties = 1; parties < 6; parties++)
        {
            // (", and the clerk": the comma of a list stands before its last "and")
            int end = open - 1;
            if (end > 0 && tokens[end].Is(',') && !tokens[end].InQuote && parties == 1) end--;
            if (NounPhrases.LeftOf(tokens, end + 1, text) is not { } left || IndexAt(left.Span.End - 1) != end || !IsJoinable(left)) return null;
            names &= left.Kind == MentionKind.Name;
            open = IndexAt(left.Span.Start);
            if (OpensSubject(open)) return open;
            // "The mayor, her deputy and the clerk": an earlier party of the list, set off by a comma
            if (open < 2 || !tokens[open - 1].Is(',') || tokens[open - 1].InQuote) return null;
            open--;
        }
        return null;
    }

    private bool IsAndOutsideQuote(int k) => tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "and";

    // a party that can speak beside another: a name, a pronoun for a person, or a description of a person, of people
    // ("the farmers", "his players") or of a body
    private bool IsJoinable(Mention party) =>
        party.Kind == MentionKind.Name || party.Kind == MentionKind.Pronoun && party.Text is not ("it" or "It") || IsPerson(party) || IsOrganization(party)
        || party.Tokens[^1] is { IsWord: true, IsCapitalized: false, Text: [.., 's'] } head && (lexicon.PersonHeads.Contains(head.Text[..^1]) || lexicon.Titles.Contains(head.Text[..^1]));

    // the token at <paramref name="open"/> opens the clause's subject: at the sentence's start (after a leading "But"),
    // right after the quote its attribution follows, or after an opening phrase set off by a comma ("On Monday, …")
    private bool OpensSubject(int open) =>
        open == 0 || open == 1 && tokens[0] is { IsWord: true, Text: "But" or "And" or "Yet" or "So" }
        || tokens[open - 1].Kind == TokenKind.QuoteMark
        || tokens[open - 1].Is(',') && !tokens[open - 1].InQuote && IsIntroductoryPhrase(tokens[0] is { IsWord: true, Text: "But" or "And" } ? 1 : 0, open - 1);

    private bool IsIntroductoryPhrase(int from, int to)
    {
        // ("Days later in Portoverde, …": a span of time opens one as a preposition does)
        if (to - from > 10 || from >= to || !tokens[from].IsWord || !lexicon.FrontingPrepositions.Contains(tokens[from].Text) && !NounPhrases.OpensWithTimeSpan(tokens, from, to)) return false;
        for (int k = from + 1; k < to; k++)
            if (tokens[k].InQuote || tokens[k].IsWord && (tokens[k].Text is "is" or "was" or "are" or "were" or "has" or "had" or "have" || NounPhrases.IsPronoun(tokens[k].Text)
                || IsFiniteVerbLike(k) && !IsNounAfterPreposition(k))) return false;
        return true;
    }

    // "of ferries": a plural right after a preposition or a determiner is its noun, no verb
    private bool IsNounAfterPreposition(int k) =>
        k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && (tokens[k - 1].Text is "of" or "for" or "about" or "over" || NounPhrases.Determiners.Contains(tokens[k - 1].Text))
        && !tokens[k].Text.EndsWith("ed", StringComparison.Ordinal);

    /// <summary>"according to police", "according to exit polls": a short bare plural (or group) noun phrase up to the comma.</summary>
    private Mention? BarePluralAfter(int cueEnd)
    {
        int k = cueEnd + 1, end = k;
        while (end < tokens.Count && end - k < 4 && tokens[end].IsWord && !tokens[end].InQuote && !tokens[end].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[end].Text)) end++;
        // "according to customs data", "according to statistics compiled by the port office": a bare writing is the source,
        // whatever goes on to tell who put it out
        for (int d = k; d < end; d++)
            if (lexicon.Documents.Contains(tokens[d].Text) && (d + 1 == end || tokens[d + 1].Text.EndsWith("ed", StringComparison.Ordinal))
                && (d + 1 < end || end >= tokens.Count || tokens[end].Is(',') || tokens[end].Is('.') || tokens[end].Text is "from" or "by"))
                return new Mention(TokenSpan(k, d), MentionKind.Nominal, tokens.GetRange(k, d - k + 1));
        if (end == k || end < tokens.Count && !tokens[end].Is(',') && !tokens[end].Is('.')) return null;
        var head = tokens[end - 1].Text;
        bool plural = lexicon.Groups.Contains(head) || head.Length > 3 && head.EndsWith('s') && !head.EndsWith("ss", StringComparison.Ordinal);
        return plural ? new Mention(TokenSpan(k, end - 1), MentionKind.Nominal, tokens.GetRange(k, end - k)) : null;
    }

    /// <summary>
    /// "according to a new report by the Harbor Ledger", "… from the Coastal Policy Institute": a document's source phrase goes
    /// on through the capitalized name of who issued it, so that name is the speaker and not the start of what was said.
    /// </summary>
    // "the Institute for the Study of the Baltic Coast": a body's head word goes on over "for the …" and "of the …"
    private Mention WithWholeBodyName(Mention source)
    {
        int first = IndexAt(source.Span.Start), last = IndexAt(source.Span.End - 1);
        if (first < 0 || last < first) return source;
        while (first < last && !tokens[first].IsCapitalized) first++;
        if (!tokens[first].IsCapitalized || NounPhrases.BodyNameEnd(tokens, first, last) is var end && end <= last) return source;
        // ("the Regional Council for the Study of the Northern Lakes": and on over a further "of the …" that ends it)
        while (end + 2 < tokens.Count && tokens[end + 1] is { IsWord: true, InQuote: false, Text: "of" })
        {
            int next = tokens[end + 2] is { IsWord: true, Text: "the" } ? end + 3 : end + 2;
            if (next >= tokens.Count || !tokens[next].IsCapitalized || tokens[next].InQuote) break;
            while (next + 1 < tokens.Count && tokens[next + 1].IsCapitalized && !tokens[next + 1].InQuote) next++;
            end = next;
        }
        int start = IndexAt(source.Span.Start);
        return new Mention(TokenSpan(start, end), source.Kind, tokens.GetRange(start, end - start + 1));
    }

    // the comma after ", the regional fisheries agency," when what it sets off is a body's or a person's description
    private int? ApposedBodyDescriptionEnd(int from)
    {
        if (from + 3 >= tokens.Count || !tokens[from].Is(',') || tokens[from].InQuote || !tokens[from + 1].IsWord || tokens[from + 1].Text is not ("the" or "a" or "an" or "its")) return null;
        for (int k = from + 2; k < tokens.Count && k - from <= 8; k++)
        {
            var t = tokens[k];
            if (t.InQuote || !t.IsWord && !t.Is(',') && !t.Is('-')) return null;
            if (t.IsWord && (Auxiliaries.Contains(t.Text) || NounPhrases.IsStop(t.Text) && t.Text is not ("of" or "for" or "and") || NounPhrases.IsPronoun(t.Text))) return null;
            if (!t.Is(',')) continue;
            var head = tokens[k - 1].Text.ToLowerInvariant();
            bool describes = lexicon.OrganizationNouns.Contains(head) || lexicon.PersonHeads.Contains(head);
            return describes && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Text is not ("which" or "who" or "whose" or "that") ? k + 1 : null;
        }
        return null;
    }

    private Mention WithIssuer(Mention source)
    {
        int last = IndexAt(source.Span.End - 1);
        if (last < 0 || !lexicon.Documents.Contains(tokens[last].Text.ToLowerInvariant()) || last + 2 >= tokens.Count) return source;
        int k = last + 1;
        // "figures released by …", "data compiled from …": the participle of putting a writing out comes between
        if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "released" or "published" or "compiled" or "issued" or "provided" or "collected" or "gathered" && k + 2 < tokens.Count) k++;
        if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("by" or "from")) return source;
        k++;
        if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "the" or "The") k++;
        int end = k;
        // ("the Lakes and Rivers Placement Service": an "and" between capitalized words is inside the name)
        while (end < tokens.Count && end - k < 8 && tokens[end].IsWord && !tokens[end].InQuote && (tokens[end].IsCapitalized || end > k && tokens[end].Text is "of" or "for" or "and" && end + 1 < tokens.Count && tokens[end + 1].IsCapitalized)) end++;
        // the name closes the phrase: a comma, the sentence's end
        if (end == k || end < tokens.Count && !(tokens[end].Is(',') || tokens[end].Is('.'))) return source;
        int first = IndexAt(source.Span.Start);
        return new Mention(TokenSpan(first, end - 1), MentionKind.Nominal, tokens.GetRange(first, end - first));
    }

    /// <summary>
    /// "According to an affidavit filed in Marlow County District Court, the man …": a phrase with no verb of its own
    /// that goes on describing the source up to a comma is no part of what was said. The first token after that
    /// comma, or <paramref name="from"/> when no such phrase stands there.
    /// </summary>
    private int DescriptionEnd(int from)
    {
        // "According to the Institute for Fish (IFF), …": the body's initials in brackets are part of its name
        if (from + 3 < tokens.Count && tokens[from].Is('(') && tokens[from + 1].IsWord && SpeakerResolver.IsAcronym(tokens[from + 1].Text) && tokens[from + 2].Is(')'))
            from += 3;
        // "According to figures from Fisheries Norrland, the regional fisheries agency, the lake …": a description of the
        // body set off by commas describes it, and what was said follows it
        if (ApposedBodyDescriptionEnd(from) is int described) return described;
        if (from >= tokens.Count || tokens[from].Is(',') || !tokens[from].IsWord || tokens[from].InQuote) return from;
        for (int k = from; k < tokens.Count && k - from <= 10; k++)
        {
            var t = tokens[k];
            if (t.InQuote) return from;
            if (t.Is(',')) return k + 1 < tokens.Count && k > from ? k + 1 : from;
            if (!t.IsWord && !t.Is('.') && !t.Is('-') || t.IsWord && (Auxiliaries.Contains(t.Text) || NounPhrases.IsPronoun(t.Text) || t.Text is "that")) return from;
            if (t.IsWord && k > from && IsFiniteVerbLike(k) && !t.Text.EndsWith("ed", StringComparison.Ordinal)) return from;
        }
        return from;
    }

    private Frame? AccordingTo(int cueStart, int cueEnd)
    {
        var source = NounPhrases.RightOf(tokens, cueEnd, text) ?? BarePluralAfter(cueEnd);
        if (source is null) return null;
        source = WithIssuer(WithWholeBodyName(source));
        // "a probable cause affidavit filed in …": the participle that goes on describing it is no part of its name
        if (source.Kind == MentionKind.Nominal && source.Tokens.Count > 2 && source.Tokens[^1].IsWord && !source.Tokens[^1].IsCapitalized
            && source.Tokens[^1].Text.EndsWith("ed", StringComparison.Ordinal) && IndexAt(source.Span.End - 1) is int participle and > 0)
            source = new Mention(TokenSpan(IndexAt(source.Span.Start), participle - 1), MentionKind.Nominal, source.Tokens.Take(source.Tokens.Count - 1).ToList());
        int sourceEnd = IndexAt(source.Span.End - 1);
        // "according to the coastal search and rescue service": two words joined by "and" before a word for an
        // organization name one body, not the first of two sources
        if (source.Kind == MentionKind.Nominal && sourceEnd > 0 && sourceEnd + 3 < tokens.Count && tokens[sourceEnd].IsWord && !tokens[sourceEnd].IsCapitalized
            && tokens[sourceEnd + 1] is { IsWord: true, InQuote: false, Text: "and" } && tokens[sourceEnd + 2] is { IsWord: true, InQuote: false } joined && !joined.IsCapitalized
            && tokens[sourceEnd + 3] is { IsWord: true, InQuote: false } body && lexicon.OrganizationNouns.Contains(body.Text))
        {
            sourceEnd += 3;
            int first = IndexAt(source.Span.Start);
            source = new Mention(TokenSpan(first, sourceEnd), MentionKind.Nominal, tokens.Skip(first).Take(sourceEnd - first + 1).ToList());
        }
        var cue = TokenSpan(cueStart, cueEnd);
        TextSpan? content;
        // ("PORT ELMA - According to …": a dateline before it is no word of what was said either)
        if (OnlyPunctuationBefore(cueStart) || cueStart == DatelineEnd())
        {
            // "According to the Chamber of Commerce, whose president, Lina Marstrand, told reporters the strike would cost
            // millions, …": the body vouches through the person it owns, who is the one speaking
            // (the listener after "told" is part of the cue: "told reporters")
            if (OwnedSpeakerAfter(DescriptionEnd(sourceEnd + 1)) is var (owned, said)
                && (MatchPhrase(said) is var phrase and >= 0 ? phrase : lexicon.ListenerVerbs.Contains(tokens[said].Text) ? SkipListener(said) : said) is var saidEnd
                && Clause(saidEnd + 1, tokens.Count, skipLeading: true) is { } ownedWords)
                return new Frame(KindOf(ownedWords), [ownedWords], owned, TokenSpan(said, saidEnd));
            content = Clause(WhoseClauseEnd(DescriptionEnd(sourceEnd + 1)), tokens.Count, skipLeading: true);
        }
        else
            content = Clause(0, TrimBackToComma(cueStart), skipLeading: false);
        return content is null ? null : new Frame(KindOf(content), [content], source, cue);
    }

    /// <summary>
    /// "According to the Chamber of Commerce, whose president, Lina Marstrand, told reporters the strike would cost
    /// millions, shops were …": a "whose" clause set off after the source describes it (its words are the owned
    /// person's report, read as a frame of their own); what the sentence reports begins after the comma that closes it.
    /// The first token after that comma, or <paramref name="from"/> when no such clause opens there.
    /// </summary>
    private int WhoseClauseEnd(int from) => WhoseClause(from).End;

    // ", whose president, Lina Marstrand, told …": the name set off in the "whose" clause opening at <paramref name="from"/>
    // and the verb of speech right after it, or null
    private (Mention Name, int Cue)? OwnedSpeakerAfter(int from) =>
        WhoseClause(from) is { Name: var (first, last) } && last + 2 < tokens.Count && tokens[last + 2] is { IsWord: true, InQuote: false } verb
        && lexicon.CueVerbs.Contains(verb.Text) ? (NameMention(first, last), last + 2) : null;

    private ((int First, int Last)? Name, int End) WhoseClause(int from)
    {
        if (from + 3 >= tokens.Count || !tokens[from].Is(',') || tokens[from].InQuote || tokens[from + 1] is not { IsWord: true, InQuote: false, Text: "whose" }) return (null, from);
        int k = from + 2;
        while (k < tokens.Count && tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].InQuote) k++;
        (int, int)? name = null;
        // (the name set off after the owned noun: "whose president, Lina Marstrand,")
        if (k > from + 2 && k + 1 < tokens.Count && tokens[k].Is(',') && tokens[k + 1].IsCapitalized)
        {
            int first = ++k;
            while (k < tokens.Count && k - first < 4 && tokens[k].IsCapitalized && !tokens[k].InQuote) k++;
            if (k >= tokens.Count || !tokens[k].Is(',')) return (null, from);
            name = (first, k - 1);
            k++;
        }
        while (k < tokens.Count && !(tokens[k].Is(',') && !tokens[k].InQuote)) k++;
        return (name, k + 1 < tokens.Count ? k + 1 : from);
    }

    // an auxiliary within a few words after the preposition at <paramref name="k"/>, before any punctuation, quote or
    // clause of its own ("in a statement that piers were …" opens what was said, not a verb of the phrase)
    private bool VerbAfterPrepositionalPhrase(int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("in" or "on" or "at" or "during" or "of" or "for")) return false;
        for (int m = k + 1; m < tokens.Count && m - k <= 8; m++)
        {
            if (!tokens[m].IsWord || tokens[m].InQuote || tokens[m].Text is "that" or "who" or "which" or "whether" or "and" or "but") return false;
            if (Auxiliaries.Contains(tokens[m].Text)) return true;
        }
        return false;
    }

    private Frame? VerbFrame(int cueStart, int cueEnd)
    {
        // "Four barns burned in Marlow County, Oregon, near the hamlet of Birch Hollow, said Della Farrow, the fire marshal.":
        // a closing inverted "…, said <Name>, <description>." is that name's statement, whatever places or things come before
        bool closingInverted = ClosingInvertedName(cueStart, cueEnd);
        // "a third of the total haul recommended by biologists": a participle with its agent after it describes the noun
        // before it, whom nobody quotes ("was recommended by" is the passive of a statement, read elsewhere)
        if (IsReducedPassive(cueStart, cueEnd)) return null;
        if (!closingInverted && (NamedInRelative(cueStart, cueEnd) ?? SaidInRelative(cueStart, cueEnd) ?? DocumentRead(cueStart, cueEnd)) is { } relativeFrame) return relativeFrame;
        if (ConjunctionBefore(cueStart) is int joined && StanceInsideReportedClause(cueStart, joined)) return null;
        var described = NameAfterDescription(cueStart);
        var owned = described is null ? NameInWhoseClause(cueStart) : null;
        var source = described ?? owned ?? AgedNameBeforeDescription(cueStart) ?? DescriptionBeforeApposition(cueStart) ?? SubjectOfRelatives(cueStart) ?? SubjectBeforeAside(cueStart) ?? SubjectBeforeAdjunctAside(cueStart) ?? SubjectBeforeWhereAside(cueStart) ?? NounPhrases.LeftOf(tokens, cueStart, text) ?? PronounAfterFrontedPhrase(cueStart)
            ?? PluralOwnerSubject(cueStart);
        if (source is not null && OpeningWriting(source, cueStart) is { } writing) source = writing;
        if (closingInverted) { source = null; described = null; }
        // "In a preview clip for Fisk's upcoming radio show …": a phrase right after a preposition is its object, no subject
        // (not after one that also opens a clause, "after the council voted", nor the "with" of "With leaders worried …")
        if (source is not null && source.Kind != MentionKind.Pronoun && IndexAt(source.Span.Start) is int opens and > 0 && tokens[opens - 1].IsWord
            && !tokens[opens - 1].InQuote && ObjectOnlyPrepositions.Contains(tokens[opens - 1].Text)) source = null;
        // "Ana Ruiz, whose son, Leo, farms the land, said …": a name inside a "whose" clause is one of the speaker's kin or
        // belongings, never the speaker; the subject is what the clause describes
        if (source is not null && WhoseBefore(source, cueStart) is int whose) source = NounPhrases.LeftOf(tokens, whose - 1, text);
        // "Dana Whitlock, an adviser to the board and a lecturer at the state college, said …": the name opening the sentence
        source ??= NameBeforeDescription(cueStart);
        if (source is not null) source = JoinedSubject(source);
        // "… and Rocky Vance, who joked of the pier, “…”": the name a relative clause describes said the quote
        var relative = source is null ? RelativeAntecedent(cueStart) : null;
        source ??= relative;
        // ("“…,” the board's investigator, Mara Tull, told a news conference in the port of Brask.": the listener after
        // "told" belongs to the frame, and only where it was said trails it)
        if (source is null && ApposedSourceAfterQuote(cueStart) is { } apposed && OnlyTrailing(ListenerPhraseEnd(cueEnd) + 1))
            return new Frame(QuoteKind.Direct, [apposed.Quote], apposed.Source, TokenSpan(cueStart, cueEnd));
        bool inverted = false;
        if (source is null && (cueStart == 0 || tokens[cueStart - 1].Is(',') || tokens[cueStart - 1].Kind == TokenKind.QuoteMark || tokens[cueStart - 1].InQuote))
        {
            // "…," said Sam Ortiz, a lawyer … : only a one-word cue inverts, and the speaker closes the clause
            source = cueEnd == cueStart ? NounPhrases.RightOf(tokens, cueEnd, text) : null;
            // "…,” told a news conference": the phrase after "told" is the one told, never who told it
            if (source is not null && tokens[cueEnd].Text is "told" or "tells") source = null;
            // "…, said his client would appeal": a phrase running into a verb is the subject of what was said, never its speaker
            // (or into a verb of report: "…, said the size of the loans suggested a plan" — the phrase is what was said)
            if (source is not null && (source.Tokens.Any(t => t.IsWord && !t.InQuote && Auxiliaries.Contains(t.Text))
                || source.Tokens.Skip(1).Any(t => t.IsWord && !t.InQuote && char.IsLower(t.Text[0]) && IsPastForm(t.Text) && lexicon.CueVerbs.Contains(t.Text)))) source = null;
            // "…, said that the plan was …": a clause after the cue is what was said, never who said it
            if (source is not null && source.Tokens[0].IsWord && source.Tokens[0].Text.ToLowerInvariant() is "that" or "whether" or "if" or "how" or "what" or "why" or "when") source = null;
            if (source is not null && IndexAt(source.Span.End - 1) + 1 is int next && next < tokens.Count && tokens[next].IsWord && !tokens[next].InQuote
                && !lexicon.CueParticiples.Contains(tokens[next].Text) && tokens[next].Text is not ("in" or "on" or "at" or "during" or "of" or "for"))
                source = null;
            // "…, said the piers on the east span had been under-built": a phrase and its preposition's object running
            // into a verb are the subject of what was said as well ("…, said the minister on Tuesday" is an inversion)
            if (source is not null && VerbAfterPrepositionalPhrase(IndexAt(source.Span.End - 1) + 1)) source = null;
            // "…, accused the council of ignoring the science": a phrase whose "of" opens a gerund is the one accused, never a speaker
            if (source is not null && HasGerundAfterOf(source)) source = null;
            // "…, said its members “should not …”": a quote right after the phrase is what was said of it, so the phrase is no speaker
            if (source is not null && IndexAt(source.Span.End - 1) + 1 is int quoted && quoted < tokens.Count && tokens[quoted].Kind == TokenKind.QuoteMark && tokens[quoted].InQuote)
                source = null;
            inverted = source is not null;
        }
        // "I laughed and said, …", "has encouraged allies but has said she will …": a conjoined cue speaks for the subject
        // — one that can speak: "The fear remained but found other targets" reports nobody
        // — not one in brackets: "her dealings (and favors to …)" is a noun phrase
        if (source is null && !inverted && ConjunctionBefore(cueStart) is int conjunction && !(conjunction > 0 && tokens[conjunction - 1].Is('(')) && !AfterPastVerb(conjunction, cueStart)
            && SubjectBefore(conjunction) is { } subject && CanSpeak(subject)) source = subject;
        if (source is null) return null;
        int frameStart = Math.Min(IndexAt(source.Span.Start), cueStart);
        source = IssuerOf(source);
        int frameEnd = inverted ? IndexAt(source.Span.End - 1) : cueEnd;
        if (!inverted && lexicon.ListenerVerbs.Contains(tokens[cueEnd].Text)) frameEnd = SkipListener(frameEnd);
        // "The bridge will reopen, the agency said on Friday night, with …": the adjunct set off by a comma belongs to
        // the attribution, so what follows the comma is read as it would be right after the cue
        if (!inverted && frameStart > 1 && tokens[frameStart - 1].Is(',') && !tokens[frameStart - 1].InQuote) frameEnd = AdjunctBeforeComma(frameEnd);
        var cue = TokenSpan(cueStart, cueEnd);

        var before = AdjacentQuoteBefore(frameStart);
        // "Holding a sign reading “No ferries”, Olek Varn, 52, said he …": a quote inside the opening phrase is what the
        // sign reads, not what the one named after it said, when a clause of their own follows the cue
        if (before is not null && frameStart > 0 && tokens[frameStart - 1].Is(',') && !tokens[frameStart - 1].InQuote && tokens[0].IsWord && !tokens[0].InQuote && !OnlyTrailing(frameEnd + 1)
            && Clause(frameEnd + 1, ParticipleCut(frameEnd + 1), skipLeading: true) is not null) before = null;
        // "…?” the mayor said." split after the question: only a frame that closes its sentence takes it, not one that
        // reports a clause of its own ("… of “reckless spending.” The governor said the budget is …")
        if (before is not null && tokens.Count > 0 && before.End <= tokens[0].Start && !OnlyTrailing(frameEnd + 1)) before = null;
        var after = AdjacentQuoteAfter(frameEnd) ?? (before is null ? QuoteAfterTopic(frameEnd) : null);
        // "A," Tester said, referring to the excuse, "B."  /  "A," he said, but "B."
        if (before is not null && after is null) after = QuoteAfterAside(frameEnd);
        // a relative clause reports only the quote it introduces; its other words describe the name
        // — or what the clause reports when it closes the sentence: "…, according to its president, Ana Brill, who said
        // the work could begin in 2026." (not "Ruiz, who said she would run, changed her mind": the sentence goes on)
        if (relative is not null && (after is null || !StartsClause(after)))
            return ClosingRelativeReport(cueEnd) is { } closing ? new Frame(KindOf(closing), [closing], source, cue) : null;
        // "he continued" reports speech only next to a quote; "talks continued" is narration
        // ("continues to insist" is a verb of speech: the last word of the cue decides)
        if (before is null && after is null && lexicon.QuoteOnlyCues.Contains(tokens[cueEnd].Text)) return null;
        if (before is not null || (after is not null && StartsClause(after)))
        {
            var content = new List<TextSpan>();
            if (before is not null) content.Add(before);
            if (after is not null && (before is null || StartsClause(after) || before.End <= after.Start)) content.Add(after);
            return new Frame(QuoteKind.Direct, content, source, cue);
        }
        // "…, the US State Department confirmed."  /  "…, said Victor Hale, a longtime adviser …"  /  "X said (that) …"
        // "We have been here before: Ellery declared war on the port.": the words before a colon are the writer's, not what the
        // frame after it closes
        // "his brother Omar, who it said managed the accounts": inside a relative clause the words after the cue are what
        // was said of the one the clause describes, never the sentence before it
        // ("the union, whose president, Dag Ellefsen, said talks had failed, called a strike": what the clause reports ends
        // with it, at the comma that closes it, as in "which said …")
        if (owned is not null && source == owned)
        {
            int end = frameEnd + 1;
            while (end < tokens.Count && !(!tokens[end].InQuote && (tokens[end].Is(',') || tokens[end].Is(';') || tokens[end].Text is "--" or "—" or "–" or "―"))) end++;
            return Clause(frameEnd + 1, end, skipLeading: true) is { } ownersWords ? new Frame(KindOf(ownersWords), [ownersWords], source, cue) : null;
        }
        if (!inverted && frameStart > 0 && tokens[frameStart - 1].IsWord && !tokens[frameStart - 1].InQuote && tokens[frameStart - 1].Text is "who" or "which"
            && frameStart > 1 && tokens[frameStart - 2].Is(','))
            return Clause(frameEnd + 1, ParticipleCut(frameEnd + 1), skipLeading: true) is { } said ? new Frame(KindOf(said), [said], source, cue) : null;
        // (the description before a name set off by commas describes the speaker: "The chairman, Ivo Brandt, dismissed the claims")
        // ("…, and a WTO panel ruled partly in its favour in 2019.": a clause conjoined after a comma is no closing attribution)
        if ((OnlyTrailing(frameEnd + 1) || inverted || OtherReportAfterComma(frameEnd + 1)) && frameStart > 0 && described is null && !(tokens[frameStart - 1].Text is ":" or ";" && !tokens[frameStart - 1].InQuote)
            && !(!inverted && frameStart > 1 && tokens[frameStart - 1].IsWord && tokens[frameStart - 1].Text is "and" or "or" && tokens[frameStart - 2].Is(',') && !tokens[frameStart - 2].InQuote))
        {
            int headEnd = TrimBackToComma(frameStart);
            // "…, saying stocks were too low to justify the reopening that many anglers had been demanding.": a frame inside a
            // relative clause has the noun before it as its object, and what comes before the comma is no word of its own
            // ("Not all members of the board backed the plan.": nor is a frame whose subject is a preposition's object)
            // ("Not all the jurors agreed on each count.": nor one whose only words before it are a quantifier of its subject)
            if (!inverted && (RelativeBetween(headEnd + 1, frameStart) || frameStart > 0 && tokens[frameStart - 1].IsWord && !tokens[frameStart - 1].InQuote && tokens[frameStart - 1].Text is "of" or "among"
                || headEnd == frameStart && OnlyQuantifiersBefore(frameStart)))
                return null;
            // "Bell drew cheers when, at the close of her set, she added the words, …": a cue inside the reporter's
            // subordinate clause does not report the main clause before it
            if (!inverted && SubordinatorBefore(frameStart)) return null;
            // (the clause after "as" reports only what follows its cue)
            if (!inverted && AsClauseBefore(frameStart))
                return Clause(frameEnd + 1, ParticipleCut(frameEnd + 1), skipLeading: true) is { } reportedAfterAs ? new Frame(KindOf(reportedAfterAs), [reportedAfterAs], source, cue) : null;
            // "At least 17 fishermen were detained, a coastguard spokesman, Captain Oskar Berg, said": the description set off
            // before the name is the speaker's, not the last words of what was said
            if (!inverted && source.Kind == MentionKind.Name && headEnd == frameStart - 1 && DescriptionBeforeComma(headEnd) is int described2) headEnd = described2;
            // a later frame of the sentence reports nothing before the earlier frame's words
            var clause = _reportFrom == 0 ? Clause(0, headEnd, skipLeading: false) : null;
            // "In March, the union called for a pause.": an introductory phrase is not what was said
            if (clause is not null && !inverted && IsIntroductoryPhrase(tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0, headEnd))
            {
                // "Despite his dislike of ferries, Ellery endorsed one in June.": a pronoun object is a thing backed, no words
                if (Clause(frameEnd + 1, tokens.Count, skipLeading: true) is not { } reportedAfter || IsPronounObject(frameEnd + 1)) return null;
                return new Frame(KindOf(reportedAfter), [reportedAfter], source, cue);
            }
            if (clause is not null) return new Frame(KindOf(clause), [clause], source, cue);
            // "But Rosa Klein said farmers want lower tariffs.": nothing before the frame to report, so the words after it are
            if (inverted) return null;
        }
        // "Marlow Mills was a powerhouse, Mr. Vedder said, until it closed.": the attribution interrupts the clause
        if (frameStart > 1 && tokens[frameStart - 1].Is(',') && !tokens[frameStart - 1].InQuote && frameEnd + 2 < tokens.Count && tokens[frameEnd + 1].Is(',')
            && Clause(0, frameStart - 1, skipLeading: false) is { } head && Clause(frameEnd + 2, tokens.Count, skipLeading: false) is { } tail
            && !HasQuoteMark(head) && !HasQuoteMark(tail) && WordsBefore(frameStart - 1) >= 3)
            // "But in recent days, advisers say, the president …": an introductory phrase before it is not what was said
            return IsIntroductoryPhrase(tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0, frameStart - 1)
                ? new Frame(QuoteKind.Indirect, [tail], source, cue)
                : new Frame(QuoteKind.Indirect, [head, tail], source, cue);
        // "…, but the villagers rejected it because it came with no …": a pronoun object and the reason for the deed
        // are no words the subject said
        if (IsPronounObject(frameEnd + 1) && !lexicon.ListenerVerbs.Contains(tokens[cueEnd].Text) && frameEnd + 2 < tokens.Count && tokens[frameEnd + 2].IsWord
            && !tokens[frameEnd + 2].InQuote && tokens[frameEnd + 2].Text is "because" or "as" or "after" or "since" or "when" or "while") return null;
        var reported = Clause(frameEnd + 1, ParticipleCut(frameEnd + 1), skipLeading: true);
        return reported is null ? null : new Frame(KindOf(reported), [reported], source, cue);
    }

    // a one-word past participle right before "by", with no form of "be" in the two words before it
    private bool IsReducedPassive(int cueStart, int cueEnd)
    {
        if (cueStart != cueEnd || cueEnd + 1 >= tokens.Count || !tokens[cueEnd + 1].IsWord || tokens[cueEnd + 1].InQuote || tokens[cueEnd + 1].Text is not "by") return false;
        if (!tokens[cueEnd].Text.EndsWith("ed", StringComparison.Ordinal) || tokens[cueEnd].IsCapitalized) return false;
        for (int k = cueStart - 1; k >= 0 && cueStart - k <= 2; k--)
            if (tokens[k].IsWord && tokens[k].Text.ToLowerInvariant() is "is" or "was" or "are" or "were" or "be" or "been" or "being") return false;
        return true;
    }

    // "the council of ignoring the science": "of" and a lowercase gerund inside the phrase
    private static bool HasGerundAfterOf(Mention phrase)
    {
        for (int k = 0; k + 1 < phrase.Tokens.Count; k++)
            if (phrase.Tokens[k].IsWord && phrase.Tokens[k].Text is "of" && phrase.Tokens[k + 1].IsWord && char.IsLower(phrase.Tokens[k + 1].Text[0])
                && phrase.Tokens[k + 1].Text.EndsWith("ing", StringComparison.Ordinal) && phrase.Tokens[k + 1].Text.Length > 5) return true;
        return false;
    }

    // "Not all", "Nearly half", "Most": only words that count the subject after them stand before token <paramref name="k"/>
    private bool OnlyQuantifiersBefore(int k)
    {
        if (k == 0) return false;
        for (int m = 0; m < k; m++)
            if (!tokens[m].IsWord || tokens[m].InQuote || tokens[m].Text.ToLowerInvariant() is not ("not" or "all" or "some" or "many" or "most" or "few" or "none" or "both" or "half" or "nearly" or "almost" or "only" or "several"))
                return false;
        return true;
    }

    // a relative "that", "which" or "whom" outside quotes among tokens [from, to)
    private bool RelativeBetween(int from, int to)
    {
        for (int k = Math.Max(0, from); k < to && k < tokens.Count; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "that" or "which" or "whom" && k > 0 && tokens[k - 1].IsWord && !tokens[k - 1].InQuote
                && !lexicon.CueVerbs.Contains(tokens[k - 1].Text) && !lexicon.CueParticiples.Contains(tokens[k - 1].Text)) return true;
        return false;
    }

    private static readonly HashSet<string> ObjectOnlyPrepositions = new(StringComparer.OrdinalIgnoreCase)
    {
        "in", "on", "at", "during", "from", "over", "under", "despite", "following", "throughout", "amid", "by", "into", "for",
    };

    /// <summary>
    /// "“…!” Hayes's niece, state Del. Rosalind “Roz” Tolliver (D-Harrow), shouted to the crowd.": between the quote
    /// and its cue stands a description and a name in apposition, with a nickname in quote marks and a party label in
    /// brackets that the noun-phrase reader stops at. The source is the last stretch between commas that ends in a
    /// capitalized word (the name), without its bracket and nickname. Null unless the sentence opens with the quote.
    /// </summary>
    private (TextSpan Quote, Mention Source)? ApposedSourceAfterQuote(int cue)
    {
        int c = cue - 1;
        if (c < 2 || !tokens[c].Is(',') || tokens[c].InQuote) return null;
        int s = c - 1;
        for (; s >= 0 && c - s <= 24; s--)
        {
            var t = tokens[s];
            if (t.InQuote)
            {
                if (IsNickname(SpanAt(t.Start))) continue;
                break;
            }
            if (t.IsWord && (lexicon.CueVerbs.Contains(t.Text) || IsFiniteVerbLike(s) && !IsObjectOfTitle(s) || NounPhrases.IsPronoun(t.Text) || t.Text is "that" or "who" or "which")) return null;
            // "McConnell, R-Ky., said": the period of a party label's state is no sentence end
            if (!t.IsWord && t.Text is "." && s > 0 && IsPartyLabel(tokens[s - 1])) continue;
            if (!t.IsWord && t.Text is "." or "?" or "!" or ";" or ":") return null;
        }
        TextSpan? quote;
        if (s < 0) quote = QuoteEndingAt(tokens[0].Start);
        else if (tokens[s].Kind != TokenKind.QuoteMark || c - s > 24) return null;
        else
        {
            quote = SpanAt(tokens[s].Start);
            for (int k = 0; k < s; k++) if (!tokens[k].InQuote) return null;
        }
        if (quote is null || IsTitle(quote) || s + 1 >= c) return null;
        // the stretches between commas outside brackets; the last that ends in a name is the speaker
        var words = new List<Token>();
        Mention? source = null;
        int depth = 0, from = -1;
        for (int k = s + 1; k <= c; k++)
        {
            var t = tokens[k];
            if (t.Is('(')) depth++;
            else if (t.Is(')')) depth = Math.Max(0, depth - 1);
            else if (t.Is(',') && depth == 0 && !t.InQuote)
            {
                // "…, R-Ky.," and "…, a Democrat," describe the name before them; they are not the name
                if (words.Count > 0 && words[^1].IsCapitalized && !(words.Count == 1 && IsPartyLabel(words[0])) && words[0].Text is not ("a" or "an"))
                    source = new Mention(new TextSpan(words[0].Start, words[^1].End, text[words[0].Start..words[^1].End]), MentionKind.Name, words);
                words = [];
            }
            else if (depth == 0 && t.IsWord && !t.InQuote) { if (from < 0) from = k; words.Add(t); }
        }
        return source is null ? null : (quote, source);
    }

    /// <summary>
    /// "the guild's director of member services, Jo Doe, said": a plural right after "of" and at most two lowercase
    /// words, ending a title before the name's comma, is the field of the title ("of operations", "of public
    /// affairs"), never a verb.
    /// </summary>
    private bool IsObjectOfTitle(int k)
    {
        if (k + 1 >= tokens.Count || !tokens[k + 1].Is(',')) return false;
        for (int m = k - 1; m >= 0 && k - m <= 3; m--)
        {
            if (!tokens[m].IsWord || tokens[m].InQuote) return false;
            if (tokens[m].Text is "of") return m > 0 && tokens[m - 1].IsWord && (lexicon.Titles.Contains(tokens[m - 1].Text) || lexicon.PersonHeads.Contains(tokens[m - 1].Text.ToLowerInvariant()));
            if (tokens[m].IsCapitalized) return false;
        }
        return false;
    }

    /// <summary>"R-Ky", "D-Calif", "I-Vt", "R-N.Y.": a party's initial and a state's abbreviation, set off after a lawmaker's name.</summary>
    private static bool IsPartyLabel(Token t) =>
        t.IsWord && t.Text.Length is >= 4 and <= 8 && char.IsUpper(t.Text[0]) && t.Text[1] == '-' && char.IsUpper(t.Text[2]);

    // "Marcia “Cia” Price": one or two capitalized words in quote marks inside a name
    private bool IsNickname(TextSpan quote)
    {
        int words = 0;
        foreach (var t in tokens)
            if (t.InQuote && t.IsWord && t.Start >= quote.Start && t.End <= quote.End && (++words > 2 || !t.IsCapitalized)) return false;
        return words > 0;
    }

    /// <summary>
    /// "…, which the firm's chief executive, Dana Whitlock, called ''pure nonsense'' --", "the fees, which Mayor Ana
    /// Ruiz called "a fair start," were paid": the relative pronoun is what the source named, and the quote right
    /// after the verb of naming is the source's own words — no more of the sentence. The source stands between the
    /// pronoun and the cue (the name of an apposition when commas set one off). Null for any other frame.
    /// </summary>
    private Frame? NamedInRelative(int cueStart, int cueEnd)
    {
        if (cueStart != cueEnd || !NamingVerbs.Contains(tokens[cueStart].Text)) return null;
        int q = cueEnd + 1;
        if (q < tokens.Count && tokens[q].IsWord && !tokens[q].InQuote && tokens[q].Text is "as") q++;
        if (q >= tokens.Count || !tokens[q].InQuote || tokens[q].Kind != TokenKind.QuoteMark) return null;
        var quote = SpanAt(tokens[q].Start);
        if (IsTitle(quote)) return null;
        // "described as “a fair start”": the "as" is part of what they said it was
        var content = q > cueEnd + 1 ? new TextSpan(tokens[cueEnd + 1].Start, quote.End, text[tokens[cueEnd + 1].Start..quote.End]) : quote;
        int r = cueStart - 1;
        for (; r >= 0 && cueStart - r <= 12; r--)
        {
            var t = tokens[r];
            if (t.InQuote || !t.IsWord && !t.Is(',')) return null;
            if (t.Text is "which" or "that") break;
            if (lexicon.CueVerbs.Contains(t.Text) || IsFiniteVerbLike(r) && !t.IsCapitalized) return null;
        }
        if (r < 0 || cueStart - r > 12 || r + 1 >= cueStart) return null;
        var source = ApposedName(r + 1, cueStart);
        return source is null ? null : new Frame(content == quote ? QuoteKind.Direct : QuoteKind.Mixed, [content], source, TokenSpan(cueStart, cueEnd));
    }

    private static readonly HashSet<string> Connectives = new(StringComparer.OrdinalIgnoreCase) { "meanwhile", "however", "instead", "still", "later", "earlier", "separately", "also" };

    private static readonly HashSet<string> NamingVerbs = new(StringComparer.Ordinal)
    {
        "called", "calls", "call", "dubbed", "dubs", "termed", "terms", "labeled", "labelled", "labels", "branded", "brands", "described", "describes",
    };

    /// <summary>
    /// The source between a relative pronoun and its cue, tokens [<paramref name="from"/>, <paramref name="to"/>):
    /// the noun phrase or pronoun there ("Mayor Ana Ruiz", "he"), or with commas setting off an apposition the
    /// stretch that ends in a name ("the firm's chief executive, Dana Whitlock,"). Null when none fits.
    /// </summary>
    private Mention? ApposedName(int from, int to)
    {
        int end = to;
        while (end > from && tokens[end - 1].Is(',')) end--;
        if (end <= from) return null;
        int comma = -1;
        for (int k = from; k < end; k++) if (tokens[k].Is(',')) comma = k;
        if (comma < 0)
        {
            var phrase = NounPhrases.LeftOf(tokens, to, text);
            return phrase is not null && IndexAt(phrase.Span.Start) >= from ? phrase : null;
        }
        for (int k = comma + 1; k < end; k++) if (!tokens[k].IsCapitalized) return null;
        return end - comma - 1 is >= 1 and <= 4 ? NameMention(comma + 1, end - 1) : null;
    }

    /// <summary>
    /// "the Harbor Commission, which contended that the port undercharged the company, is …", "Ana Ruiz, who said the
    /// fees were illegal, sued the city", "economists who argue that …": the phrase a relative clause describes said
    /// what the clause reports, up to the comma or dash that closes the clause. "which" stands for an organization's
    /// name only, "who" for a name or a word for people; the cue takes "that", or a subject right after "said". The
    /// source as written runs from the phrase to the pronoun that stands for it in the clause.
    /// </summary>
    private Frame? SaidInRelative(int cueStart, int cueEnd)
    {
        int rel = cueStart - 1;
        while (rel > 0 && cueStart - rel <= 2 && (IsVerbLead(tokens[rel]) || tokens[rel].IsWord && !tokens[rel].InQuote && tokens[rel].Text.EndsWith("ly", StringComparison.Ordinal))) rel--;
        // "Senator Hale, who in 2010 said …", "who on Monday told …": a time between the pronoun and its verb
        if (rel > 0 && !(tokens[rel].IsWord && tokens[rel].Text is "who" or "which") && TimeAdjunctStart(rel) is int time) rel = time - 1;
        // "the dock workers, many of whom say …": the people of whom some or all said it (not "none of whom")
        int partitive = rel >= 4 && tokens[rel].IsWord && !tokens[rel].InQuote && tokens[rel].Text is "whom" && tokens[rel - 1].Text is "of"
            && tokens[rel - 2].IsWord && tokens[rel - 2].Text is "many" or "some" or "most" or "all" or "several" or "both" && tokens[rel - 3].Is(',') && !tokens[rel - 3].InQuote
            ? rel - 3 : -1;
        if (partitive < 0 && (rel < 1 || !tokens[rel].IsWord || tokens[rel].InQuote || tokens[rel].Text is not ("who" or "which"))) return null;
        bool which = tokens[rel].Text is "which";
        Mention? antecedent;
        if (partitive >= 0)
        {
            antecedent = AfterLastVerb(NounPhrases.LeftOf(tokens, partitive, text));
            if (antecedent is not { Kind: MentionKind.Nominal } || IndexAt(antecedent.Span.End - 1) != partitive - 1 || IndexAt(antecedent.Span.Start) is var start && start > 0 && tokens[start - 1].IsWord && tokens[start - 1].Text is "of") return null;
            // "dock workers", "economists": a plural word for people only
            var head = antecedent.Tokens[^1].Text.ToLowerInvariant();
            if (!IsPluralWord(head) || !(lexicon.PersonHeads.Contains(head[..^1]) || lexicon.Titles.Contains(head[..^1]) || lexicon.Groups.Contains(head) || head.EndsWith("ers", StringComparison.Ordinal) || head.EndsWith("ents", StringComparison.Ordinal))) return null;
        }
        else if (tokens[rel - 1].Is(',') && !tokens[rel - 1].InQuote)
        {
            int last = rel - 2;
            // "Among them was Rita Molle, 81, who said …": an age set off after the name belongs to it
            if (last >= 2 && IsAge(tokens[last]) && tokens[last - 1].Is(',') && !tokens[last - 1].InQuote) last -= 2;
            int b = last;
            while (b >= 0 && last - b < 6 && !tokens[b].InQuote
                   && (tokens[b].IsCapitalized && !NounPhrases.Determiners.Contains(tokens[b].Text) || b < last && tokens[b].IsWord && tokens[b].Text is "of" or "for" && b > 0 && tokens[b - 1].IsCapitalized)) b--;
            // "a retired driver from Dover, Delaware, who …": the second part of a place after a preposition ("City, State") is
            // where the described person is from; the clause describes the person the description stands in apposition to
            if (b != last && PlacePreposition(b) is int place)
            {
                if (NounPhrases.LeftOf(tokens, place, text) is not { Kind: MentionKind.Nominal } description || NameApposedTo(description) is not { } person) return null;
                antecedent = person;
            }
            // "Orla Vennick, a retired nurse from Brackmoor, who …": a place closing a description in apposition to a
            // name is where the person is from; the clause describes the person, never the place
            else if (b != last && b > 0 && tokens[b].IsWord && !tokens[b].InQuote && tokens[b].Text is "from" or "in" or "near" or "of"
                     && NounPhrases.LeftOf(tokens, b, text) is { Kind: MentionKind.Nominal } placed && NameApposedTo(placed) is { } placedPerson)
                antecedent = placedPerson;
            // "Democrats on Capitol Hill, who …": a name inside a prepositional phrase is not what the clause describes
            else if (b == last || b >= 0 && tokens[b].IsWord && !tokens[b].InQuote && PhraseInside.Contains(tokens[b].Text)) return null;
            else antecedent = NameMention(b + 1, last);
        }
        else
        {
            // "economists who argue": a restrictive clause only on a word for people
            antecedent = which ? null : AfterLastVerb(NounPhrases.LeftOf(tokens, rel, text));
            if (antecedent is null || antecedent.Kind != MentionKind.Nominal || IndexAt(antecedent.Span.End - 1) != rel - 1) return null;
            var head = antecedent.Tokens[^1].Text.ToLowerInvariant();
            // "Lena Park, 54, a retired welder who said …": a description in apposition to a name is that person
            if (NameApposedTo(antecedent) is { } named) antecedent = named;
            // "economists", "lawmakers": people, not "the rules who …"
            else if (!IsPerson(antecedent) && !(IsPluralWord(head) && (lexicon.Titles.Contains(head[..^1]) || lexicon.PersonHeads.Contains(head[..^1])))) return null;
        }
        bool organization = antecedent.Tokens.Any(t => t.IsWord && (lexicon.OrganizationHeads.Contains(t.Text) && t.IsCapitalized || t.Text.Length is >= 2 and <= 6 && t.Text.All(char.IsUpper)))
            || which && DescribedAsABodyBefore(antecedent);
        if (which != organization && partitive < 0) return null;
        if (lexicon.QuoteOnlyCues.Contains(tokens[cueStart].Text)) return null;
        int frameEnd = lexicon.ListenerVerbs.Contains(tokens[cueEnd].Text) ? SkipListener(cueEnd) : cueEnd;
        // "who said in 2010 that …", "who told reporters on Monday that …": a time before "that" belongs to the frame
        if (TimeAdjunctEnd(frameEnd + 1) is int timeEnd && timeEnd + 1 < tokens.Count && tokens[timeEnd + 1].IsWord && !tokens[timeEnd + 1].InQuote
            && tokens[timeEnd + 1].Text is "that") frameEnd = timeEnd;
        if (frameEnd + 2 >= tokens.Count) return null;
        var next = tokens[frameEnd + 1];
        bool that = next.IsWord && !next.InQuote && next.Text is "that";
        bool clause = tokens[cueStart].Text is "said" or "says" && cueStart == cueEnd && next.IsWord && !next.InQuote
            && (NounPhrases.IsPronoun(next.Text) && next.Text is not ("it" or "him" or "her" or "them" or "me" or "us") || next.Text is "the" || next.IsCapitalized
                // "which said it would march": "it" with a verb of its own after it opens the clause, not an object
                || next.Text is "it" && tokens[frameEnd + 2] is { IsWord: true, InQuote: false } verb && Auxiliaries.Contains(verb.Text));
        if (!that && !clause) return null;
        int end = frameEnd + 1;
        while (end < tokens.Count && !(!tokens[end].InQuote && (tokens[end].Is(',') || tokens[end].Is(';') || tokens[end].Text is "--" or "—" or "–" or "―"))) end++;
        var content = Clause(frameEnd + 1, end, skipLeading: true);
        if (content is null) return null;
        var source = new Mention(new TextSpan(antecedent.Span.Start, tokens[rel].End, text[antecedent.Span.Start..tokens[rel].End]), antecedent.Kind, antecedent.Tokens);
        return new Frame(KindOf(content), [content], source, TokenSpan(cueStart, cueEnd));
    }

    /// <summary>
    /// "the biggest fans' group, Brava Nera, which said …": a name set off after a description headed by a
    /// word for a kind of body (group, union, firm, operator) is that body's name, though no word of it says so.
    /// </summary>
    private bool DescribedAsABodyBefore(Mention name)
    {
        int start = IndexAt(name.Span.Start);
        if (name.Kind != MentionKind.Name || start < 2 || !tokens[start - 1].Is(',') || tokens[start - 1].InQuote) return false;
        var head = tokens[start - 2];
        if (!head.IsWord || head.InQuote || head.IsCapitalized) return false;
        var word = head.Text.ToLowerInvariant();
        return lexicon.OrganizationKinds.Contains(word) || lexicon.OrganizationNouns.Contains(word) || lexicon.Trades.Contains(word);
    }

    /// <summary>
    /// "from Dover, Delaware": given the comma before a place's second part, the preposition that opens the first part (a
    /// capitalized run right before the comma), or null when the words before the comma are no such place.
    /// </summary>
    private int? PlacePreposition(int comma)
    {
        if (comma < 2 || !tokens[comma].Is(',') || tokens[comma].InQuote) return null;
        int b = comma - 1;
        while (b >= 0 && comma - b <= 4 && tokens[b].IsCapitalized && !tokens[b].InQuote && !NounPhrases.Determiners.Contains(tokens[b].Text)) b--;
        return b >= 0 && b < comma - 1 && tokens[b].IsWord && !tokens[b].InQuote && tokens[b].Text is "from" or "in" or "of" or "near" ? b : null;
    }

    /// <summary>
    /// The name a description stands in apposition to, an age between them or not ("Lena Park, 54, a retired welder"), as a
    /// mention whose span runs from the name to the description's end; or null when no name stands right before it.
    /// </summary>
    private Mention? NameApposedTo(Mention description)
    {
        int start = IndexAt(description.Span.Start);
        // "a retired welder": a modifier read as a verb may have cut the description short of its article
        for (int d = start - 1; d >= 0 && start - d <= 3 && tokens[d].IsWord && !tokens[d].InQuote && !tokens[d].IsCapitalized; d--)
            if (tokens[d].Text is "a" or "an" or "the") { start = d; break; }
        if (start < 2 || !tokens[start - 1].Is(',') || tokens[start - 1].InQuote || !tokens[start].IsWord || tokens[start].Text is not ("a" or "an" or "the")) return null;
        int k = start - 2;
        if (k >= 2 && tokens[k].IsWord && tokens[k].Text.All(char.IsAsciiDigit) && tokens[k - 1].Is(',')) k -= 2;
        int b = k;
        while (b >= 0 && k - b < 4 && tokens[b].IsCapitalized && !tokens[b].InQuote && !NounPhrases.IsFunctionWord(tokens[b].Text)) b--;
        if (b == k || k - b < 2) return null; // a full name, given name and surname at least
        return new Mention(new TextSpan(tokens[b + 1].Start, description.Span.End, text[tokens[b + 1].Start..description.Span.End]), MentionKind.Name, tokens.GetRange(b + 1, k - b));
    }

    // "in 2010", "on Monday", "last week", "earlier this year": a short time phrase, its words a preposition or a calendar word,
    // a year or a word of time ("week", "year") only
    private bool IsTimeAdjunctWord(Token t) =>
        t.IsWord && !t.InQuote && (t.Text is "in" or "on" or "last" or "this" or "earlier" or "later" || lexicon.IsCalendarWord(t.Text) || NounPhrases.IsTimeWord(t)
            || t.Text.Length == 4 && t.Text.All(char.IsAsciiDigit));

    // a time phrase of at most four words ending at token end (inclusive) that holds a calendar word, year or time word: its first index
    private int? TimeAdjunctStart(int end)
    {
        int b = end;
        while (b >= 0 && end - b < 4 && IsTimeAdjunctWord(tokens[b])) b--;
        return b < end && HasTimeWord(b + 1, end) ? b + 1 : null;
    }

    // a time phrase of at most four words starting at token start: its last index
    private int? TimeAdjunctEnd(int start)
    {
        int e = start;
        while (e < tokens.Count && e - start < 4 && IsTimeAdjunctWord(tokens[e])) e++;
        return e > start && HasTimeWord(start, e - 1) ? e - 1 : null;
    }

    /// <summary>
    /// "… said on Monday evening, …", "… said on condition of anonymity, …", "… said in a statement, …": the last token
    /// of a phrase of time, of anonymity or of where it was said right after the cue at <paramref name="end"/>, when a
    /// comma closes it and more follows; else <paramref name="end"/>.
    /// </summary>
    private int AdjunctBeforeComma(int end)
    {
        int start = end + 1;
        int? last = TimeAdjunctEnd(start) ?? AnonymityEnd(start) ?? SpokenVenueEnd(start);
        return last is int e && e + 2 < tokens.Count && tokens[e + 1].Is(',') && !tokens[e + 1].InQuote ? e : end;
    }

    /// <summary>
    /// "…, the club said on Thursday, as manager Dan Kerr insisted …": after the attribution a comma and a word that
    /// breaks the clause open another source's report, so the attribution closes what came before it.
    /// </summary>
    private bool OtherReportAfterComma(int k) =>
        k + 1 < tokens.Count && tokens[k].Is(',') && !tokens[k].InQuote && tokens[k + 1].IsWord && !tokens[k + 1].InQuote
        && lexicon.ClauseBreaks.Contains(tokens[k + 1].Text) && CueVerbBetween(k + 2, tokens.Count);

    // "on condition of anonymity", "on the condition of anonymity"
    private int? AnonymityEnd(int start)
    {
        int k = start;
        if (!WordAt(k, "on")) return null;
        k++;
        if (WordAt(k, "the")) k++;
        return WordAt(k, "condition") && WordAt(k + 1, "of") && WordAt(k + 2, "anonymity") ? k + 2 : null;
    }

    // "in a statement", "in an interview with the Herald": a venue word after "in a"/"in an"
    private int? SpokenVenueEnd(int start)
    {
        if (!WordAt(start, "in") || !(WordAt(start + 1, "a") || WordAt(start + 1, "an")) || start + 2 >= tokens.Count || !lexicon.Venues.Contains(tokens[start + 2].Text)) return null;
        return start + 2;
    }

    private bool WordAt(int k, string word) => k >= 0 && k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text == word;

    private bool HasTimeWord(int from, int to)
    {
        for (int k = from; k <= to; k++)
            if (tokens[k].Text is not ("in" or "on" or "last" or "this" or "earlier" or "later")) return true;
        return false;
    }

    /// <summary>
    /// "The council hired a lawyer who said …": a phrase read leftward may run through the verb of the clause before it;
    /// the antecedent is only the noun phrase after that verb ("a lawyer"). Null when nothing is left after it.
    /// </summary>
    private Mention? AfterLastVerb(Mention? phrase)
    {
        if (phrase is null || phrase.Kind != MentionKind.Nominal) return phrase;
        int first = IndexAt(phrase.Span.Start), last = IndexAt(phrase.Span.End - 1);
        if (first < 0 || last < first) return phrase;
        int verb = -1;
        for (int k = first; k < last; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && !tokens[k].IsCapitalized && (IsFiniteVerbLike(k) || lexicon.CueVerbs.Contains(tokens[k].Text))) verb = k;
        if (verb < 0) return phrase;
        if (verb + 1 > last) return null;
        var words = tokens.GetRange(verb + 1, last - verb);
        return new Mention(TokenSpan(verb + 1, last), MentionKind.Nominal, words);
    }

    // words before a name that make it part of a longer phrase: a preposition's object, one of two coordinated names
    private static readonly HashSet<string> PhraseInside = new(StringComparer.OrdinalIgnoreCase)
    {
        "on", "in", "at", "from", "with", "by", "about", "into", "over", "under", "for", "against", "like", "to", "near", "of", "and", "or",
        "among", "across", "inside", "outside", "without", "between",
    };

    /// <summary>
    /// "Dana Whitlock, an adviser to the board and a lecturer at the state college, said …", "Tom Reyes -- the director of
    /// Bluefin Media, which owns the station -- told me, “…”": a name that opens the sentence, set off from its cue by a
    /// description between commas (or dashes) that closes right before the cue, is the cue's subject, however long the
    /// description. Null unless the description holds no quote, no verb of speech and no break of the sentence, and the
    /// opening words are a name (not "Meanwhile", "In March").
    /// </summary>
    private Mention? NameBeforeDescription(int cueStart)
    {
        int close = cueStart - 1;
        // ("… due to conduct “Aida,” said": American style sets the comma closing the description inside a title's marks)
        bool titleComma = close > 3 && tokens[close].Kind == TokenKind.QuoteMark && tokens[close - 1].Is(',') && tokens[close - 1].InQuote
            && SpanAt(tokens[close - 1].Start) is { } title && IsTitle(title);
        if (close < 3 || !titleComma && (tokens[close].InQuote || !(tokens[close].Is(',') || IsDash(tokens[close])))) return null;
        bool dashes = IsDash(tokens[close]);
        // "--" is two hyphens
        if (dashes && tokens[close].Is('-') && tokens[close - 1].Is('-') && tokens[close - 1].End == tokens[close].Start) close--;
        // "The Ferry Workers Alliance, a union that …, said": "The" opens an organization's name
        int begin = tokens.Count > 2 && tokens[0].IsWord && tokens[0].Text is "The" && tokens[1].IsCapitalized && tokens[2].IsCapitalized ? 1 : 0;
        int end = begin;
        // ("Pieter van Dalen, …": a lowercase particle between a given name and a surname is part of the name)
        while (end < tokens.Count && end < begin + 5 && tokens[end].IsWord && !tokens[end].InQuote && (tokens[end].IsCapitalized || IsNameParticle(end) && end > begin)) end++;
        if (end == 0 || end + 2 >= close) return null;
        var first = tokens[begin].Text;
        if (NounPhrases.IsFunctionWord(first) || NounPhrases.Determiners.Contains(first) || Connectives.Contains(first) || lexicon.FrontingPrepositions.Contains(first)
            || lexicon.IsCalendarWord(first) || NounPhrases.IsPronoun(first) || first.EndsWith("ly", StringComparison.Ordinal)) return null;
        for (int k = begin; k < end; k++) if (lexicon.IsCalendarWord(tokens[k].Text) || NounPhrases.IsFunctionWord(tokens[k].Text)) return null;
        // "John Dickey, the head of Ora Media -- the firm that owns the station -- told me": a comma may open what a dash closes
        if (tokens[end].InQuote || !(tokens[end].Is(',') || dashes && IsDash(tokens[end]))) return null;
        dashes = IsDash(tokens[end]);
        int from = end + 1;
        if (dashes && tokens[end].Is('-') && tokens[from].Is('-') && tokens[end].End == tokens[from].Start) from++;
        if (from >= close || close - from > 40) return null;
        // "Board Chairwoman Ana Ruiz, D-Ore., praised …": a party label alone describes the name
        if (!dashes && IsPartyLabel(tokens[from]) && (close == from + 1 || close == from + 2 && tokens[from + 1].Is('.'))) return NameMention(begin, end - 1);
        for (int k = from; k < close; k++)
        {
            var t = tokens[k];
            // ("the conductor who was due to conduct “Tosca,” said": a quoted title is part of the description)
            if ((t.InQuote || t.Kind == TokenKind.QuoteMark) && !(SpanAt(t.Start) is { } quoted && IsTitle(quoted))) return null;
            // "Ruiz, the mayor said, …": a verb of speech inside is an attribution of its own
            if (t.IsWord && char.IsLower(t.Text[0]) && lexicon.CueVerbs.Contains(t.Text)) return null;
            if (!t.IsWord && t.Text is ";" or ":" or "." or "?" or "!") return null;
            if (dashes && IsDash(t)) return null;
        }
        // "Ruiz, Ortiz, Lee and Park said": a list of names is a subject of its own
        bool names = true;
        for (int k = from; k < close && names; k++) names = tokens[k].IsCapitalized || tokens[k].Is(',') || tokens[k].Text is "and" or "or";
        if (names) return null;
        return NameMention(begin, end - 1);
    }

    // "de", "van", "von der": a lowercase particle of a surname, between capitalized words of the name
    private bool IsNameParticle(int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && lexicon.NameParticles.Contains(tokens[k].Text) && char.IsLower(tokens[k].Text[0])
        && (tokens[k + 1].IsCapitalized || IsNameParticle(k + 1)) && !tokens[k + 1].InQuote;

    /// <summary>
    /// "Ana Ruiz, whose son, Leo, farms the land, said …": the index of a "whose" after a comma that opens the clause the
    /// source stands in, a clause closed by a comma right before the cue with no quote in it; null when there is none.
    /// </summary>
    private int? WhoseBefore(Mention source, int cueStart)
    {
        int first = IndexAt(source.Span.Start);
        if (first <= 1 || cueStart < 2 || !tokens[cueStart - 1].Is(',') || tokens[cueStart - 1].InQuote) return null;
        for (int m = first; m < cueStart; m++) if (tokens[m].InQuote || tokens[m].Kind == TokenKind.QuoteMark) return null;
        for (int k = first - 1; k > 0 && first - k <= 8; k--)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark) return null;
            if (tokens[k].IsWord && tokens[k].Text is "whose") return tokens[k - 1].Is(',') && !tokens[k - 1].InQuote && !CueIsTheClauses(k, cueStart) ? k : null;
        }
        return null;
    }

    /// <summary>
    /// "the Dockers' Union, whose president, Dag Ellefsen, said talks had failed": the name set off after the noun that
    /// "whose" owns, right before the cue, said it (the body owning the president is only the clause's antecedent).
    /// The name, or null.
    /// </summary>
    private Mention? NameInWhoseClause(int cueStart)
    {
        if (cueStart < 6 || !tokens[cueStart - 1].Is(',') || tokens[cueStart - 1].InQuote) return null;
        int last = cueStart - 2, first = last;
        while (first > 0 && last - first < 4 && tokens[first].IsCapitalized && !tokens[first].InQuote) first--;
        if (first == last || !tokens[first].Is(',') || tokens[first].InQuote) return null;
        int k = first - 1;
        while (k > 0 && first - k <= 3 && tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].InQuote && tokens[k].Text is not "whose") k--;
        if (k == first - 1 || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not "whose" || !tokens[k - 1].Is(',')) return null;
        return NameMention(first + 1, last);
    }

    // "the Dockers' Union, whose president, Dag Ellefsen, said talks had failed, …": when only the owned noun and the
    // name set off after it stand between "whose" and the cue, the clause has no verb but the cue, so the cue is the
    // clause's own and the name said it (where "whose son, Leo, farms the land, said" has a verb of its own first)
    private bool CueIsTheClauses(int whose, int cueStart)
    {
        int k = whose + 1;
        while (k < cueStart && tokens[k].IsWord && !tokens[k].IsCapitalized && !tokens[k].InQuote) k++;
        if (k == whose + 1 || k >= cueStart || !tokens[k].Is(',')) return false;
        int name = ++k;
        while (k < cueStart && tokens[k].IsCapitalized && !tokens[k].InQuote) k++;
        return k > name && k == cueStart - 1 && tokens[k].Is(',');
    }

    /// <summary>
    /// "Marta Liddell, 71, a retired nurse in Dayton, Ohio, who has used the inhaler for years, said …": an age right after
    /// the name opening the sentence marks all that follows it, up to the cue, as her description, so the town or state
    /// standing last before the cue (or before a relative clause) is never the subject. The name, or null.
    /// </summary>
    private Mention? AgedNameBeforeDescription(int cueStart)
    {
        int end = 0;
        while (end < tokens.Count && end < 5 && tokens[end].IsWord && tokens[end].IsCapitalized && !tokens[end].InQuote) end++;
        if (end < 2 || end + 3 >= cueStart || !tokens[end].Is(',') || !IsAge(tokens[end + 1]) || !tokens[end + 2].Is(','))
            return AgedNameAfterOpening(cueStart) ?? AgedNameAfterJob(cueStart);
        return NameBeforeDescription(cueStart);
    }

    /// <summary>
    /// "Ferry deckhand Tomas Reidy, 29, the duty officer at the club, said …": a job of one or two words opening the
    /// sentence (its first word capitalized only as the sentence's), then a name of two or three capitalized words with
    /// an age set off after it, then a description up to the comma before the cue. The age marks the name as the
    /// subject, so the description's last noun ("the club") is not. The name, or null.
    /// </summary>
    private Mention? AgedNameAfterJob(int cueStart)
    {
        int close = cueStart - 1;
        if (close < 8 || !tokens[close].Is(',') || tokens[close].InQuote || !tokens[0].IsWord || NounPhrases.IsFunctionWord(tokens[0].Text)) return null;
        int begin = 1;
        while (begin < 3 && tokens[begin].IsWord && !tokens[begin].InQuote && !tokens[begin].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[begin].Text)
               && !lexicon.CueVerbs.Contains(tokens[begin].Text) && !IsFiniteVerbLike(begin)) begin++;
        if (begin == 1) return null;
        int end = begin;
        while (end < begin + 3 && tokens[end].IsWord && tokens[end].IsCapitalized && !tokens[end].InQuote && !NounPhrases.IsFunctionWord(tokens[end].Text)) end++;
        if (end - begin < 2 || end + 3 >= close || !tokens[end].Is(',') || !IsAge(tokens[end + 1]) || !tokens[end + 2].Is(',')) return null;
        // no quote, no verb of speech and no break of the sentence between the age and the cue
        for (int k = end + 3; k < close; k++)
        {
            var t = tokens[k];
            if (t.InQuote || t.Kind == TokenKind.QuoteMark || !t.IsWord && t.Text is ";" or ":" or "." or "?" or "!" || t.IsWord && char.IsLower(t.Text[0]) && lexicon.CueVerbs.Contains(t.Text)) return null;
        }
        return NameMention(begin, end - 1);
    }

    /// <summary>
    /// "Sitting in the cab of a truck, Olek Varn, 52, a potato grower from the valley, said …": after an opening phrase
    /// closed by a comma, a name with an age set off after it, then its description up to the comma before the cue. The
    /// age marks the name as the subject, so the description's last noun ("the valley") is not. The name, or null.
    /// </summary>
    private Mention? AgedNameAfterOpening(int cueStart)
    {
        int close = cueStart - 1;
        if (close < 6 || !tokens[close].Is(',') || tokens[close].InQuote) return null;
        for (int age = close - 2; age >= 3; age--)
        {
            var t = tokens[age];
            // no quote, no verb of speech and no break of the sentence between the age and the cue
            if (t.InQuote || t.Kind == TokenKind.QuoteMark || !t.IsWord && t.Text is ";" or ":" or "." or "?" or "!" || t.IsWord && char.IsLower(t.Text[0]) && lexicon.CueVerbs.Contains(t.Text)) return null;
            if (!IsAge(t) || !tokens[age - 1].Is(',') || tokens[age - 1].InQuote || !tokens[age + 1].Is(',') || age + 2 >= close) continue;
            int last = age - 2, b = last;
            while (b >= 0 && last - b < 5 && tokens[b].IsWord && tokens[b].IsCapitalized && !tokens[b].InQuote && !NounPhrases.IsFunctionWord(tokens[b].Text)) b--;
            // two capitalized words at least, right after the comma that closes the opening phrase
            if (last - b < 2 || b < 1 || !tokens[b].Is(',') || tokens[b].InQuote) return null;
            return NameMention(b + 1, last);
        }
        return null;
    }

    /// <summary>
    /// "The mayor, a Republican in her third term, also said …", "The utility, a unit of Harbor Energy, said …": a
    /// description of a person or an organization opening the sentence, then an apposition opening with an article set
    /// off by commas right before the cue (an adverb such as "also" may stand between). The opening description, or null.
    /// </summary>
    private Mention? DescriptionBeforeApposition(int cueStart)
    {
        int close = cueStart - 1;
        while (close > 0 && tokens[close].IsWord && !tokens[close].InQuote && tokens[close].Text is "also" or "later" or "then" or "again") close--;
        // ("Her sister, a retired teacher, said …": an owner opens the description as an article does)
        if (close < 5 || !tokens[close].Is(',') || tokens[close].InQuote || !tokens[0].IsWord || tokens[0].Text is not ("The" or "A" or "An" or "His" or "Her" or "Their")) return null;
        int end = 1;
        while (end < close && end <= 4 && tokens[end].IsWord && !tokens[end].InQuote && !tokens[end].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[end].Text)) end++;
        if (end == 1 || end + 2 >= close || !tokens[end].Is(',') || tokens[end].InQuote || !tokens[end + 1].IsWord || tokens[end + 1].Text is not ("a" or "an" or "the")) return null;
        // the apposition is one phrase: no quote, no verb of speech, no other comma or break
        for (int k = end + 2; k < close; k++)
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark || !tokens[k].IsWord && tokens[k].Text is not ("-" or "'" or "’")
                || char.IsLower(tokens[k].Text[0]) && (lexicon.CueVerbs.Contains(tokens[k].Text) || IsFiniteVerbLike(k) && !AttributiveParticiple(k))) return null;
        var subject = new Mention(TokenSpan(0, end - 1), MentionKind.Nominal, tokens.GetRange(0, end));
        return IsPerson(subject) || IsOrganization(subject) || lexicon.OrganizationNouns.Contains(tokens[end - 1].Text) ? subject : null;
    }

    // the first capitalized word after <paramref name="from"/>, before <paramref name="to"/> (or <paramref name="to"/>)
    private int FirstCapitalized(int from, int to)
    {
        for (int k = from + 1; k < to; k++) if (tokens[k].IsCapitalized) return k;
        return to;
    }

    // a lowercase word that opens a bare noun phrase: no function word (an article, an owner, a pronoun), gerund or question word
    private bool BareNounAt(int k)
    {
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized) return false;
        var word = tokens[k].Text;
        return !NounPhrases.IsFunctionWord(word) && !word.EndsWith("ing", StringComparison.Ordinal) && word is not ("how" or "what" or "when" or "why" or "where" or "whether")
            // ("…,” Mr. Clarke recalled of the proceedings": a preposition opens what the memory is of)
            && word is not ("of" or "for" or "in" or "on" or "at" or "to" or "with" or "from" or "about" or "after" or "before" or "during" or "as" or "later" or "then");
    }

    // "a retired teacher", "the trained nurse": a word in -ed between an article and a lowercase noun describes the noun,
    // no verb of the clause
    private bool AttributiveParticiple(int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Text.EndsWith("ed", StringComparison.Ordinal) && tokens[k - 1].IsWord && tokens[k - 1].Text is "a" or "an" or "the"
        && tokens[k + 1].IsWord && !tokens[k + 1].InQuote && !tokens[k + 1].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[k + 1].Text)
        && !lexicon.CueVerbs.Contains(tokens[k + 1].Text);

    // "71", "8": a person's age as news style sets it off after a name
    private static bool IsAge(Token t) => t.IsWord && !t.InQuote && t.Text.Length <= 3 && t.Text.All(char.IsDigit);

    /// <summary>
    /// "The chief of the inquiry, Danish engineer Lars Holm, said …", "…, while the Belgian minister, Marc Dubois,
    /// said …": a description opening its clause, then between commas right before the cue the name it describes (with
    /// a title or a word for the person before it). The name's stretch is the subject, not the description's last noun
    /// ("A spokesman for the Harbor League, Omar Kesh, told …" is Kesh). Null unless the clause opens so.
    /// </summary>
    private Mention? NameAfterDescription(int cueStart)
    {
        int close = cueStart - 1;
        // ("…, Piet Sorensen, both said": "both" after the subject is no part of it)
        if (close > 0 && tokens[close] is { IsWord: true, InQuote: false, Text: "both" }) close--;
        if (close < 4 || !tokens[close].Is(',') || tokens[close].InQuote || !tokens[close - 1].IsCapitalized) return null;
        int open = close - 1, nameEnd = close - 1, named = -1, described = -1;
        while (open >= 0 && close - open <= 9 && (tokens[open].IsWord || tokens[open].Is('&')) && !tokens[open].InQuote
               && (tokens[open].IsCapitalized || tokens[open].Is('&') || lexicon.NameParticles.Contains(tokens[open].Text) || tokens[open].Text is "of" or "from" && open + 1 < close && tokens[open + 1].IsCapitalized
                   // "Paul Ostrow of the Marlow firm Ostrow & Lyle": the article of the firm's description after "of"
                   || tokens[open].Text is "the" or "a" && open > 0 && tokens[open - 1].Text is "of" && tokens[open - 2 < 0 ? 0 : open - 2].IsCapitalized
                   || (!IsFiniteVerbLike(open) || AttributiveParticiple(open)) && !lexicon.CueVerbs.Contains(tokens[open].Text) && !NounPhrases.IsFunctionWord(tokens[open].Text)
                   // ("Her neighbour, a retired fisherman named Oskar Velling, said": the word that introduces the name)
                   || tokens[open].Text is "named" or "called" && open + 1 < close && tokens[open + 1].IsCapitalized && !tokens[open + 1].InQuote
                   // ("Her neighbour, the fisherman Oskar Velling, said": the article of the description the name follows)
                   || tokens[open].Text is "a" or "an" or "the" && open > 0 && tokens[open - 1].Is(',') && !tokens[open - 1].InQuote
                      && open + 1 < close && tokens[open + 1].IsWord && !tokens[open + 1].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[open + 1].Text)))
        {
            // "Daniel Mercer of Mercer & Holt": the firm after "of" is where the named person works
            // ("Tia Rusk from Leith": the place after "from" is where the named person comes from)
            if (tokens[open].Text is "of" or "from" && open > 0 && tokens[open - 1].IsCapitalized && (open + 1 >= close || tokens[open + 1].IsCapitalized || tokens[open + 1].Text is "the" or "a")) nameEnd = open - 1;
            if (tokens[open].Text is "named" or "called" && named < 0) named = open;
            if (tokens[open].Text is "a" or "an" or "the" && !tokens[open + 1].IsCapitalized) described = open;
            open--;
        }
        // "The town's largest employer, the Brandt Foundation, said": a body's name keeps its article inside the commas
        // ("a retired fisherman named Oskar Velling": the name is what follows the word that introduces it)
        int nameStart = named > open ? named + 1 : described > open ? FirstCapitalized(described, close) : open + 1;
        if (open >= 3 && tokens[open].IsWord && !tokens[open].InQuote && tokens[open].Text is "the" && tokens[open - 1].Is(',') && !tokens[open - 1].InQuote
            && tokens[open + 1].IsCapitalized && close - open >= 3) open--;
        if (open < 2 || !tokens[open].Is(',') || tokens[open].InQuote || !tokens[open + 1].IsCapitalized && !lexicon.Titles.Contains(tokens[open + 1].Text) && !IsDescriptiveWord(open + 1) && nameStart == open + 1) return null;
        // the description runs back to the clause's start: the sentence's, or a "while"/"whereas" after a comma
        int start = open - 1;
        while (start >= 0 && open - start <= 12 && (tokens[start].IsWord || tokens[start].Is('.') || tokens[start].Is('-') || IsBareApostrophe(start) || BracketsShortName(start)) && !tokens[start].InQuote
               && !(tokens[start].IsWord && tokens[start].Text is "while" or "whereas" or "who" or "which" or "that" or "and" or "but" && !IsFieldsAnd(start))) start--;
        bool clauseStart = start < 0 || tokens[start].IsWord && tokens[start].Text is "while" or "whereas" && start > 0 && tokens[start - 1].Is(',') && !tokens[start - 1].InQuote
            // "Asked about the delay, a ferry spokeswoman, Dana Pell, said …", "In a letter sent the same day, the bank's
            // chairman, Ivo Brandt, said …": an opening adjunct closed by a comma leaves the clause to the description
            || tokens[start].Is(',') && !tokens[start].InQuote && IsOpeningAdjunct(start);
        // "Mayor Anja Lin and her deputy, Piet Sorensen, both said": the description and its name are the last of the
        // subjects joined by "and" that open the clause, and all of them are the source
        int? joined = !clauseStart && start > 0 && IsAndOutsideQuote(start) ? PartiesBefore(start, out _) : null;
        if (!clauseStart && joined is null || open - start > 12) return null;
        int first = start + 1;
        // "Hollis' campaign manager": an apostrophe alone after a name in -s owns it as "'s" does
        // ("Another reviewer, Dana Whitfield of Tech Weekly, said": "Another" opens a description as "A" does)
        // ("One of those fans, Tia Rusk, wrote": "One of" opens a description of someone among others)
        // ("…, while her neighbour, Ivo Brandt, said …": a possessive opens it in lowercase inside the sentence)
        // ("Its chair on the board, Ivo Brandt, said": a body's possessive opens it as a person's does)
        if (!tokens[first].IsWord || !(tokens[first].Text is "The" or "the" or "A" or "a" or "An" or "an" or "Another" or "another" or "His" or "Her" or "Their" or "Its" || IsOwner(tokens[first].Text)
            || first > 0 && tokens[first].Text is "his" or "her" or "their" or "its"
            || tokens[first].Text is "One" && first + 1 < open && tokens[first + 1].Text is "of"
            || tokens[first].IsCapitalized && IsBareApostrophe(first + 1))) return null;
        // a description names a role in lowercase words ("the head of the mission"), holding no verb
        bool lowercase = false;
        for (int k = first + 1; k < open; k++)
        {
            if (tokens[k].IsWord && (IsFiniteVerbLike(k) && !lexicon.Titles.Contains(tokens[k].Text) || lexicon.CueVerbs.Contains(tokens[k].Text))) return null;
            // ("Tarvik's Minister of Lakes and Rivers": or a title, capitalized with the fields it is "of")
            lowercase |= tokens[k].IsWord && (!tokens[k].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[k].Text) || lexicon.Titles.Contains(tokens[k].Text) && k + 1 < open && tokens[k + 1].Text is "of");
        }
        if (!lowercase) return null;
        return joined is int from ? new Mention(TokenSpan(from, nameEnd), MentionKind.Nominal, tokens.GetRange(from, nameEnd - from + 1)) : NameMention(nameStart, nameEnd);
    }

    // "Minister of Lakes and Rivers", "minister of lakes and rivers": an "and" between the fields a title is "of"
    private bool IsFieldsAnd(int k)
    {
        if (tokens[k].Text is not "and" || k < 3 || k + 1 >= tokens.Count || !tokens[k - 1].IsWord || !tokens[k + 1].IsWord || tokens[k - 1].InQuote || tokens[k + 1].InQuote
            || NounPhrases.IsFunctionWord(tokens[k - 1].Text) || NounPhrases.IsFunctionWord(tokens[k + 1].Text)) return false;
        for (int m = k - 2; m >= 1 && k - m <= 3; m--)
            if (tokens[m].IsWord && tokens[m].Text is "of") return lexicon.Titles.Contains(tokens[m - 1].Text);
        return false;
    }

    // "the carmaker's logistics director", "a sales manager": a word in -s right before a lowercase title or word for one
    // person, with an owner or article before it, is that title's modifier, no verb ("the union hires officers" keeps its verb)
    private bool ModifiesPersonWord(int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Text.EndsWith('s') && tokens[k + 1].IsWord && !tokens[k + 1].InQuote && !tokens[k + 1].IsCapitalized
        && !IsPluralWord(tokens[k + 1].Text) && (lexicon.Titles.Contains(tokens[k + 1].Text) || lexicon.PersonHeads.Contains(tokens[k + 1].Text))
        && tokens[k - 1].IsWord && !tokens[k - 1].InQuote && (NounPhrases.Determiners.Contains(tokens[k - 1].Text) || IsOwner(tokens[k - 1].Text));

    // "The head of the Tessaly Fisheries Authority (TFA), Ilse Dorsk, said": a bracket around the short name a body is
    // given after its full name belongs to the description, as the name does
    private bool BracketsShortName(int k) =>
        tokens[k].Is(')') && k > 1 && tokens[k - 1].IsCapitalized && tokens[k - 2].Is('(')
        || tokens[k].Is('(') && k + 2 < tokens.Count && tokens[k + 1].IsCapitalized && tokens[k + 2].Is(')') && k > 0 && tokens[k - 1].IsCapitalized;

    /// <summary>
    /// "Asked about the delay", "In a note to staff sent that night", "Speaking at the dock": the sentence's
    /// opening words up to the comma at <paramref name="comma"/> are an adjunct (a preposition's phrase or a participle's
    /// phrase) with no subject or finite verb of its own, so the clause proper begins after that comma.
    /// </summary>
    private bool IsOpeningAdjunct(int comma)
    {
        // "Outside the depot on Monday, where a crowd waved banners, a driver …": a "where" or "when" clause set off
        // after the adjunct says where or when, and belongs to it
        if (RelativeOfAdjunctBefore(comma) is int adjunct) comma = adjunct;
        if (comma < 2 || comma > 12 || !tokens[0].IsWord || tokens[0].InQuote) return false;
        var first = tokens[0].Text;
        bool participle = char.IsUpper(first[0]) && first.Length > 4 && (first.EndsWith("ed", StringComparison.Ordinal) || first.EndsWith("ing", StringComparison.Ordinal))
            && !lexicon.IsCalendarWord(first);
        if (!participle && !lexicon.FrontingPrepositions.Contains(first.ToLowerInvariant())) return false;
        for (int k = 1; k < comma; k++)
        {
            var t = tokens[k];
            if (t.InQuote || t.Kind == TokenKind.QuoteMark || !t.IsWord && t.Text is not ("-" or "'" or "’" or ".")) return false;
            if (t.IsWord && (NounPhrases.IsPronoun(t.Text) || t.Text is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "will" or "would" || lexicon.CueVerbs.Contains(t.Text) && !t.Text.EndsWith("ed", StringComparison.Ordinal))) return false;
        }
        return true;
    }

    // the comma that opens a ", where …," or ", when …," clause ending at <paramref name="comma"/>, or null
    private int? RelativeOfAdjunctBefore(int comma)
    {
        for (int k = comma - 1; k > 1 && comma - k <= 16; k--)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark) return null;
            if (!tokens[k].Is(',')) continue;
            return k + 1 < comma && tokens[k + 1].IsWord && tokens[k + 1].Text is "where" or "when" ? k : null;
        }
        return null;
    }

    /// <summary>
    /// "The city's housing assessment, released in March, found that …": a participle's aside between commas stands
    /// between the subject that opens the sentence and its cue. The subject, or null.
    /// </summary>
    private Mention? SubjectBeforeAside(int cueStart)
    {
        int close = cueStart - 1;
        if (close < 4 || !tokens[close].Is(',') || tokens[close].InQuote) return null;
        int open = close - 1;
        // ("identified only as @blue_gull": a handle's marks are part of the aside; "released on Monday (May 4)": a date's
        // brackets too)
        while (open > 0 && close - open <= 10 && (tokens[open].IsWord || IsHandleMark(open) || tokens[open].Is('(') || tokens[open].Is(')')) && !tokens[open].InQuote) open--;
        // "The survey, based on phone interviews, soil samples and 40 stakes, found …": the aside may list its
        // objects with commas of their own; it opens at the comma before the participle
        if (open > 1 && !tokens[open].InQuote && (tokens[open].IsWord || tokens[open].Is(',') && !IsAsideParticiple(open + 1)))
        {
            int k = open - 1;
            while (k > 0 && close - k <= 24 && (tokens[k].IsWord || tokens[k].Is(',') || tokens[k].Is('-')) && !tokens[k].InQuote && !(tokens[k].Is(',') && IsAsideParticiple(k + 1))) k--;
            if (k > 1 && tokens[k].Is(',') && !tokens[k].InQuote && IsAsideParticiple(k + 1)) open = k;
        }
        if (open < 2 || !tokens[open].Is(',') || tokens[open].InQuote || open + 1 >= close) return null;
        var participle = tokens[open + 1].Text;
        // ("The Authority for Digital Safety, known as Rado, said …", ", also known as …": the name it goes by)
        int known = tokens[open + 1].Text is "also" or "better" or "formerly" or "locally" or "widely" ? open + 2 : open + 1;
        bool knownAs = known + 2 < close && tokens[known].Text is "known" && tokens[known + 1].Text is "as";
        if (!knownAs && (!char.IsLower(participle[0]) || !participle.EndsWith("ed", StringComparison.Ordinal) || lexicon.CueVerbs.Contains(participle) && !IsPassiveParticiple(participle) && !IsNamingParticiple(open + 1))) return null;
        for (int k = open + 2; k < close; k++)
            if (Auxiliaries.Contains(tokens[k].Text) || NounPhrases.IsPronoun(tokens[k].Text) || lexicon.CueVerbs.Contains(tokens[k].Text)) return null;
        var subject = NounPhrases.LeftOf(tokens, open, text);
        int first = subject is null ? -1 : IndexAt(subject.Span.Start);
        // ("“Day 3 on the ferry,” one passenger, identified only as @blue_gull, wrote …": or right after the quote it closes)
        return subject is not null && (first == 0 || first == 1 && tokens[0].IsWord && tokens[0].Text is "But" or "And" || OnlyQuoteBefore(first)) ? subject : null;
    }

    /// <summary>
    /// "Pastor Ivo Kelmane of Hollin Chapel, where the couple married, said …": a "where" clause between commas,
    /// with no quote in it, describes the place that ends the subject opening the sentence and stands between it and its
    /// cue. The subject, or null.
    /// </summary>
    private Mention? SubjectBeforeWhereAside(int cueStart)
    {
        int close = cueStart - 1;
        if (close < 4 || !tokens[close].Is(',') || tokens[close].InQuote) return null;
        int open = close - 1;
        while (open > 0 && close - open <= 14 && (tokens[open].IsWord || tokens[open].Is('-')) && !tokens[open].InQuote) open--;
        if (open < 2 || !tokens[open].Is(',') || tokens[open].InQuote || open + 2 >= close || tokens[open + 1].Text is not "where") return null;
        var subject = NounPhrases.LeftOf(tokens, open, text);
        int first = subject is null ? -1 : IndexAt(subject.Span.Start);
        return subject is not null && (first == 0 || first == 1 && tokens[0].IsWord && tokens[0].Text is "But" or "And") ? subject : null;
    }

    /// <summary>
    /// "Her father, for his part, said …", "The council, in turn, voted …": a short prepositional aside between commas
    /// ("for his part", "in turn", "in a statement") stands between the subject that opens the sentence and its cue. Its
    /// last words are the preposition's object, never the speaker. The subject, or null.
    /// </summary>
    private Mention? SubjectBeforeAdjunctAside(int cueStart)
    {
        int close = cueStart - 1;
        if (close < 4 || !tokens[close].Is(',') || tokens[close].InQuote) return null;
        int open = close - 1;
        while (open > 0 && close - open <= 6 && tokens[open].IsWord && !tokens[open].InQuote) open--;
        if (open < 2 || !tokens[open].Is(',') || tokens[open].InQuote || open + 2 >= close) return null;
        if (!AsidePrepositions.Contains(tokens[open + 1].Text)) return null;
        // "…, in what she said was …": an aside with a verb or a subject of its own is a clause, not an adjunct
        for (int k = open + 2; k < close; k++)
            if (Auxiliaries.Contains(tokens[k].Text) || NounPhrases.IsPronoun(tokens[k].Text) || lexicon.CueVerbs.Contains(tokens[k].Text) || NounPhrases.IsStop(tokens[k].Text) && tokens[k].Text is not ("of" or "for")) return null;
        var subject = NounPhrases.LeftOf(tokens, open, text);
        int first = subject is null ? -1 : IndexAt(subject.Span.Start);
        // ("“Day 3 on the ferry,” one passenger, identified only as @blue_gull, wrote …": or right after the quote it closes)
        return subject is not null && (first == 0 || first == 1 && tokens[0].IsWord && tokens[0].Text is "But" or "And" || OnlyQuoteBefore(first)) ? subject : null;
    }

    // the prepositions that open an adjunct aside: "for his part", "in turn", "on Monday", "at the hearing", "by contrast"
    private static readonly HashSet<string> AsidePrepositions = new(StringComparer.Ordinal) { "for", "in", "on", "at", "by", "of", "like", "unlike" };

    // only a quote, and the comma closing it, before token <paramref name="k"/>
    private bool OnlyQuoteBefore(int k)
    {
        if (k < 2) return false;
        for (int m = 0; m < k; m++)
            if (!(tokens[m].InQuote || tokens[m].Kind == TokenKind.QuoteMark || m == k - 1 && tokens[m].Is(','))) return false;
        return true;
    }

    // "based", "drawn": a lowercase past participle opening an aside
    private bool IsAsideParticiple(int k) =>
        k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && char.IsLower(tokens[k].Text[0]) && tokens[k].Text.EndsWith("ed", StringComparison.Ordinal);

    // "@blue_gull", "@ana.ruiz": the marks inside a social-media handle
    private bool IsHandleMark(int k) => !tokens[k].IsWord && tokens[k].Text is "@" or "_" or "." && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Start == tokens[k].End;

    // "identified only as …", "identified by her first name": naming someone, not speaking
    private bool IsNamingParticiple(int k) => tokens[k].Text is "identified" && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Text is "as" or "only" or "by";

    // "released", "published", "issued": participles that describe a document, never its verb of saying
    private static bool IsPassiveParticiple(string word) => word is "released" or "published" or "issued" or "filed" or "written" or "commissioned";

    /// <summary>
    /// "The dockworkers' union rejected …": the phrase reader stops at the apostrophe a plural's possessive leaves alone, so
    /// the subject that opens the sentence with one, right before the cue, is read here. Null unless it stands so.
    /// </summary>
    private Mention? PluralOwnerSubject(int cueStart)
    {
        int s = tokens.Count > 0 && tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0;
        if (cueStart - s < 3 || cueStart - s > 6) return null;
        bool apostrophe = false;
        for (int k = s; k < cueStart; k++)
        {
            if (IsBareApostrophe(k)) { apostrophe = true; continue; }
            if (!tokens[k].IsWord || tokens[k].InQuote || k > s && (NounPhrases.IsFunctionWord(tokens[k].Text) || IsFiniteVerbLike(k) && !tokens[k].Text.EndsWith('s'))) return null;
        }
        if (!apostrophe || IsBareApostrophe(cueStart - 1)) return null;
        var subject = new Mention(TokenSpan(s, cueStart - 1), MentionKind.Nominal, tokens.GetRange(s, cueStart - s));
        return IsPerson(subject) || IsOrganization(subject) ? subject : null;
    }

    // the apostrophe of "Hollis'" (a possessive of a name in -s), a token of its own
    private bool IsBareApostrophe(int k) =>
        k > 0 && k < tokens.Count && !tokens[k].IsWord && tokens[k].Text is "'" or "’" && tokens[k - 1].IsWord && tokens[k - 1].Text.EndsWith('s') && tokens[k - 1].End == tokens[k].Start;

    /// <summary>
    /// "… a 2019 memo from Ruiz to the crews, which read: “…”", "A post on the harbor's Facebook group at 6:10
    /// p.m. read: “…”": a writing that "read" a quote gives its words — its author's when "from" names one, else the
    /// writing's own. Null unless a writing's noun stands before the cue (directly or before ", which").
    /// </summary>
    private Frame? DocumentRead(int cueStart, int cueEnd)
    {
        if (cueStart != cueEnd || tokens[cueStart].Text is not ("read" or "reads") || AdjacentQuoteAfter(cueEnd) is not { } quote || !StartsClause(quote)) return null;
        int end = cueStart - 1;
        if (end >= 1 && tokens[end].IsWord && tokens[end].Text is "which" && tokens[end - 1].Is(',')) end -= 2;
        // the writing's noun: the subject's first noun (after its determiner and modifiers), or the last before ", which"
        int from = end;
        while (from > 0 && end - from < 14 && (tokens[from - 1].IsWord || tokens[from - 1].Is('.') || tokens[from - 1].Is(':')) && !tokens[from - 1].InQuote) from--;
        for (int k = from; k <= end; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote || !lexicon.Documents.Contains(tokens[k].Text.ToLowerInvariant()) || tokens[k].IsCapitalized) continue;
            int det = k - 1;
            while (det >= from && tokens[det].IsWord && !tokens[det].IsCapitalized && !NounPhrases.Determiners.Contains(tokens[det].Text) && k - det < 4) det--;
            if (det < from || !tokens[det].IsWord || !NounPhrases.Determiners.Contains(tokens[det].Text)) continue;
            Mention source = new(TokenSpan(det, k), MentionKind.Nominal, tokens.GetRange(det, k - det + 1));
            // "a memo from Ruiz": the writer
            if (k + 2 <= end && tokens[k + 1].IsWord && tokens[k + 1].Text is "from" && tokens[k + 2].IsCapitalized)
            {
                int last = k + 2;
                while (last + 1 <= end && tokens[last + 1].IsCapitalized) last++;
                source = NameMention(k + 2, last);
            }
            return new Frame(QuoteKind.Direct, [quote], source, TokenSpan(cueStart, cueEnd));
        }
        return null;
    }

    /// <summary>
    /// "A post on the team's account after the game showed …": the phrase read leftward stops at a preposition inside the
    /// subject, whose head is the writing that opens the sentence. That writing ("A post"), or null when the source
    /// stands elsewhere, a verb comes between, or the preposition names its issuer ("by", "from").
    /// </summary>
    private Mention? OpeningWriting(Mention source, int cueStart)
    {
        int s = IndexAt(source.Span.Start);
        if (s < 3 || !tokens[s - 1].IsWord || tokens[s - 1].InQuote || tokens[s - 1].Text is not ("after" or "on" or "in" or "at" or "about" or "of" or "for" or "during" or "by" or "from" or "and")) return null;
        if (!tokens[0].IsWord || tokens[0].Text is not ("A" or "An" or "The")) return null;
        int head = 1;
        while (head < s - 1 && head <= 3 && tokens[head].IsWord && !tokens[head].IsCapitalized && !lexicon.Documents.Contains(tokens[head].Text.ToLowerInvariant())) head++;
        if (head >= s - 1 || !tokens[head].IsWord || tokens[head].IsCapitalized || !lexicon.Documents.Contains(tokens[head].Text.ToLowerInvariant())) return null;
        int end = head;
        for (int k = head + 1; k < cueStart; k++)
        {
            if (tokens[k].InQuote || !tokens[k].IsWord && !IsBareApostrophe(k) || tokens[k].Text is "that" or "which" or "who"
                || Auxiliaries.Contains(tokens[k].Text) || lexicon.CueVerbs.Contains(tokens[k].Text) || IsFiniteVerbLike(k) && !IsNounAfterPreposition(k)) return null;
            // "A new report by the Harbor Ledger on ferry fees found": the issuer named right after the writing goes with it
            if (k == head + 1 && tokens[k].Text is "by" or "from")
            {
                end = k + 1 < cueStart && tokens[k + 1].Text is "the" ? k + 2 : k + 1;
                if (end >= cueStart || !tokens[end].IsCapitalized) return null;
                // "by the Harbor Research Trust and the Institute of Tides and Currents": two issuers, "and" or "of" inside a name
                while (end + 1 < cueStart && (tokens[end + 1].IsCapitalized
                       || tokens[end + 1].Text is "and" or "of" or "the" && end + 2 < cueStart && (tokens[end + 2].IsCapitalized || tokens[end + 2].Text is "the" && end + 3 < cueStart && tokens[end + 3].IsCapitalized))) end++;
                k = end;
            }
            else if (tokens[k].Text is "by" or "from") return null;
        }
        // two issuers name no one speaker: the writing speaks for itself ("The report")
        for (int k = head + 1; k <= end; k++)
            if (tokens[k].IsWord && tokens[k].Text is "and" && k + 1 <= end && tokens[k + 1].Text is "the") { end = head; break; }
        return new Mention(TokenSpan(0, end), MentionKind.Nominal, tokens.GetRange(0, end + 1));
    }

    /// <summary>
    /// "A poll of 1,200 Oregonians published by the Coastal Survey Center found …": a writing described as issued by a
    /// named body speaks for that body, not for the people it counted. The issuer's name, or the source unchanged.
    /// </summary>
    private Mention IssuerOf(Mention source)
    {
        if (source.Kind != MentionKind.Nominal || source.Tokens.Count < 5 || !source.Tokens[^1].IsCapitalized) return source;
        int document = -1;
        for (int k = 1; k < source.Tokens.Count && k <= 3 && document < 0; k++)
            if (source.Tokens[k].IsWord && !source.Tokens[k].IsCapitalized && lexicon.Documents.Contains(source.Tokens[k].Text.ToLowerInvariant())) document = k;
        if (document < 0) return source;
        int first = source.Tokens.Count - 1;
        while (first > document && (source.Tokens[first - 1].IsCapitalized || source.Tokens[first - 1].Text is "of" && first - 2 > document && source.Tokens[first - 2].IsCapitalized)) first--;
        int by = first - 1;
        if (by > document && source.Tokens[by].Text is "the") by--;
        if (by <= document || source.Tokens[by].Text is not ("by" or "from") || !source.Tokens[first].IsCapitalized) return source;
        // only where another capitalized word stands between the writing and its issuer ("of 1,200 Oregonians"): the whole
        // phrase finds the issuer otherwise
        bool other = false;
        for (int k = document + 1; k < by; k++) other |= source.Tokens[k].IsCapitalized && !lexicon.IsCalendarWord(source.Tokens[k].Text);
        int at = IndexAt(source.Tokens[first].Start), last = IndexAt(source.Tokens[^1].Start);
        return !other || at < 0 || last < at ? source : NameMention(at, last);
    }

    // "Danish engineer Lars Holm": a lowercase word of a description before the name
    private bool IsDescriptiveWord(int k) => tokens[k].IsWord && !NounPhrases.IsFunctionWord(tokens[k].Text) && !lexicon.CueVerbs.Contains(tokens[k].Text);

    /// <summary>
    /// "A nurse who works nights, who would give only her first name …, says …", "A harbor official who requested
    /// anonymity told reporters …": a word for a person opening the sentence, described by one relative clause or
    /// more, is the subject of the cue that follows them — past an introductory phrase too ("On the pier at Halden, a
    /// ferryman who …"), and by a "whose" clause with a verb of its own ("A tenant whose flat was flooded said …").
    /// The phrase without its relative clauses, or null.
    /// </summary>
    private Mention? SubjectOfRelatives(int cueStart)
    {
        int s = tokens.Count > 0 && tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0;
        bool fronted = false;
        if (IntroductoryPhraseComma(s, cueStart) is int comma) (s, fronted) = (comma + 1, true);
        if (cueStart < s + 4 || !tokens[s].IsWord || !(NounPhrases.Determiners.Contains(tokens[s].Text) && (tokens[s].IsCapitalized || fronted))) return null;
        int who = s + 1;
        // "Another witness, a cook who …": a description set after the opening phrase is the one the relative clause
        // describes, and the speaker's fuller word
        int head = s;
        // (a complement with a body's name may take a few more words: "A hydrologist at the Vendel Institute of Oceanography who …")
        while (who < cueStart && who - s <= 10 && (tokens[who].IsWord || head == s && IsApposedDescriptionComma(who)) && !tokens[who].InQuote && tokens[who].Text is not ("who" or "whose"))
        {
            if (!tokens[who].IsWord) head = who + 1;
            who++;
        }
        // (a phrase past six words has no verb of its own, "The race is to replace Sen. Tomas Verlaine, a Liberal who …" is a
        // clause, and is one phrase: past a comma, "A senior official in Varnas, the capital, who …" describes a place)
        if (who - s > 7 && head > s) return null;
        for (int k = s + 1; who - s > 7 && k < who; k++)
            if (tokens[k].IsWord && (Auxiliaries.Contains(tokens[k].Text) || IsFiniteVerbLike(k))) return null;
        // "A cousin of the owner, who withheld her surname, said …": a non-restrictive clause, set off by its comma
        int end = who - 1;
        bool setOff = who < cueStart && who > head + 1 && tokens[who].Is(',') && !tokens[who].InQuote && who + 1 < cueStart && tokens[who + 1].IsWord && tokens[who + 1].Text is "who" or "whose";
        if (setOff) who++;
        if (who >= cueStart || tokens[who].Text is not ("who" or "whose") || end == head) return null;
        // "A tenant whose landlord said …": the verb right after a "whose" phrase is the clause's own, and the sentence's
        // cue comes only after the clause has had one ("whose flat was flooded said")
        // ("The Pellow Mill Office, whose review …, said": a body's name set off by commas is read as a name elsewhere)
        if (tokens[who].Text is "whose" && (setOff || tokens[end].IsCapitalized || !ClauseHasVerb(who + 2, cueStart))) return null;
        // "The board said tenants whose …": a phrase holding a verb of saying is a clause, no subject
        for (int k = s + 1; k <= end; k++)
            if (IsPlainSaying(k)) return null;
        var subject = new Mention(TokenSpan(head, end), MentionKind.Nominal, tokens.GetRange(head, end - head + 1));
        // (the opening phrase may say it is a person where the description does not: "Another witness, a cook who …")
        // ("A neighbour of the new depot, who …", "A hydrologist at the institute who …": the head of the phrase stands
        // before its preposition)
        // ("A lorry driver waiting at the border, who …": or before the participle that says where they stood)
        int of = tokens.FindIndex(head + 1, end - head, t => t.IsWord && !t.InQuote && (t.Text is "of" or "at" or "from" or "in" or "with" or "for" || IsModifyingParticiple(t)));
        bool personBeforeOf = of > head + 1 && IsPerson(new Mention(TokenSpan(head, of - 1), MentionKind.Nominal, tokens.GetRange(head, of - head)));
        if (!IsPerson(subject) && !personBeforeOf && !(head > s && IsPerson(new Mention(TokenSpan(s, head - 2), MentionKind.Nominal, tokens.GetRange(s, head - 1 - s))))
            && !IsWhoAntecedent(end, who)) return null;
        // the relative clause has a verb of its own before the cue, and the cue does not open another one ("who said",
        // "because she feared")
        if (cueStart - who < 3 || tokens[cueStart - 1].IsWord && (tokens[cueStart - 1].Text is "who" or "which" or "that" || NounPhrases.IsPronoun(tokens[cueStart - 1].Text))) return null;
        for (int k = who + 1; k < cueStart; k++)
            if (tokens[k].InQuote || !tokens[k].IsWord && tokens[k].Text is not ("," or "-" or "'" or "’")) return null;
        // "A welder who … said the pump failed, a point Ostrand declined to discuss": past the sentence's own verb of
        // saying and a comma, a later cue has a subject of its own (not the cue right after the comma that closes the
        // clause: "who had been told to keep quiet, said")
        for (int k = who + 1, said = -1; k < cueStart; k++)
        {
            if (IsPlainSaying(k)) said = k;
            else if (said >= 0 && tokens[k].Is(',') && k < cueStart - 1) return null;
        }
        // "…, who gave only a first name because the crews had been told to keep quiet, said": in a clause set off by
        // commas, a cue after a subordinator, no comma closing it before the cue, has that clause's own subject (the
        // main verb comes after the closing comma)
        for (int k = cueStart - 1; setOff && k > who; k--)
        {
            if (tokens[k].Is(',')) break;
            if (tokens[k].IsWord && lexicon.Subordinators.Contains(tokens[k].Text)) return null;
        }
        return subject;
    }

    // "said", "says", "told", "tells": the plain verbs of saying, which make a phrase holding them a clause
    private bool IsPlainSaying(int k) => tokens[k].IsWord && tokens[k].Text is "said" or "says" or "told" or "tells";

    // "On the pier at Halden, …": the comma closing an introductory phrase that opens the sentence at token from, before
    // the cue; null when the sentence opens otherwise
    private int? IntroductoryPhraseComma(int from, int cueStart)
    {
        if (from >= tokens.Count || !tokens[from].IsWord || !tokens[from].IsCapitalized || !lexicon.FrontingPrepositions.Contains(tokens[from].Text)) return null;
        int comma = tokens.FindIndex(from, Math.Min(12, cueStart - from), t => t.Is(',') && !t.InQuote);
        return comma > from + 1 && IsIntroductoryPhrase(from, comma) ? comma : null;
    }

    // a verb of the clause's own between from and to (exclusive): an auxiliary, or a finite form
    private bool ClauseHasVerb(int from, int to)
    {
        for (int k = from; k < to; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && (Auxiliaries.Contains(tokens[k].Text) || IsFiniteVerbLike(k))) return true;
        return false;
    }

    // "A skipper who has sailed …": a singular lowercase noun right before "who" is a person, whether or not the lexicon
    // knows the word ("who" is said of people; a body takes "which" or "that") — never a body's noun ("the council who …")
    private bool IsWhoAntecedent(int end, int who) =>
        who == end + 1 && tokens[who].Text is "who" && tokens[end].IsWord && !tokens[end].IsCapitalized && char.IsLetter(tokens[end].Text[0])
        && !tokens[end].Text.EndsWith('s') && !lexicon.OrganizationNouns.Contains(tokens[end].Text) && !NounPhrases.IsFunctionWord(tokens[end].Text);

    // "waiting", "queuing", "standing": a lowercase "-ing" word after the head noun of a description, telling what its
    // person was doing where the article met them (not "including", "regarding": those open a complement)
    private bool IsModifyingParticiple(Token t) =>
        !t.IsCapitalized && t.Text.Length > 5 && t.Text.EndsWith("ing", StringComparison.Ordinal) && !lexicon.ClauseParticiples.Contains(t.Text)
        && !lexicon.CueParticiples.Contains(t.Text);

    // the comma of "Another witness, a cook who …": a lowercase article follows it
    private bool IsApposedDescriptionComma(int k) =>
        tokens[k].Is(',') && !tokens[k].InQuote && k + 1 < tokens.Count && tokens[k + 1].IsWord && tokens[k + 1].Text is "a" or "an" or "the";

    // a cue before the cue whose subject is the phrase its relative clauses describe
    private bool InOpeningRelatives(int i)
    {
        if (SubjectOfRelatives(i) is not null) return false;
        for (int j = i + 1; j < tokens.Count; j++)
        {
            if (tokens[j].InQuote || !tokens[j].IsWord && tokens[j].Text is not ("," or "-" or "'" or "’")) return false;
            if (char.IsLower(tokens[j].Text[0]) && lexicon.CueVerbs.Contains(tokens[j].Text) && SubjectOfRelatives(j) is not null) return true;
        }
        return false;
    }

    // a dash, or one of the two hyphens of "--"; a hyphen inside a word ("co-editor") is part of the word
    private static bool IsDash(Token t) => !t.IsWord && t.Text is "--" or "—" or "–" or "―" or "-";

    // the words after a relative clause's cue when they run to the sentence's end: no comma, quote or break among them
    private TextSpan? ClosingRelativeReport(int cueEnd)
    {
        // only a verb of saying reports a clause there ("who joked about it at length" tells how, no words)
        if (tokens[cueEnd].Text is not ("said" or "says") || cueEnd + 1 >= tokens.Count || ObjectOnlyPrepositions.Contains(tokens[cueEnd + 1].Text)) return null;
        int words = 0;
        for (int k = cueEnd + 1; k < tokens.Count; k++)
        {
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark) return null;
            if (!tokens[k].IsWord && tokens[k].Text is "," or ";" or ":" or "(" or "-" or "—" or "–") return null;
            if (tokens[k].IsWord) words++;
        }
        return words >= 4 ? Clause(cueEnd + 1, tokens.Count, skipLeading: true) : null;
    }

    /// <summary>"Stevie Wonder, who joked …": the capitalized name before ", who" right before the cue, or null.</summary>
    private Mention? RelativeAntecedent(int cue)
    {
        if (cue < 3 || !tokens[cue - 1].IsWord || tokens[cue - 1].InQuote || tokens[cue - 1].Text is not "who"
            || !tokens[cue - 2].Is(',') || tokens[cue - 2].InQuote) return null;
        int end = cue - 3, b = end;
        while (b >= 0 && b > end - 4 && tokens[b].IsCapitalized && !tokens[b].InQuote && !NounPhrases.IsFunctionWord(tokens[b].Text)) b--;
        if (b == end) return null;
        // "Jo Lind, a retired welder from Eastmere, who said …": a name after "from", "in" or "of" is where the one described
        // lives or works; the clause describes the name the description is set off from
        if (b >= 0 && tokens[b].IsWord && !tokens[b].InQuote && HomePrepositions.Contains(tokens[b].Text) && NameBeforeApposition(b) is { } described) return described;
        return NameMention(b + 1, end);
    }

    private static readonly HashSet<string> HomePrepositions = new(StringComparer.Ordinal) { "from", "in", "of", "at", "near" };

    // the capitalized name right before the comma that opens the description holding token at, or null
    private Mention? NameBeforeApposition(int at)
    {
        int comma = at - 1;
        while (comma > 0 && at - comma <= 10 && !(tokens[comma].Is(',') && !tokens[comma].InQuote))
        {
            if (tokens[comma].InQuote || !tokens[comma].IsWord) return null;
            comma--;
        }
        if (comma <= 0 || !tokens[comma].Is(',') || tokens[comma].InQuote) return null;
        int end = comma - 1, b = end;
        while (b >= 0 && b > end - 4 && tokens[b].IsCapitalized && !tokens[b].InQuote && !NounPhrases.IsFunctionWord(tokens[b].Text)) b--;
        return b == end || end - b < 2 ? null : NameMention(b + 1, end);
    }

    /// <summary>"joked of the museum, “…”", "said about the plan: “…”": what the quote is about stands between cue and quote.</summary>
    private TextSpan? QuoteAfterTopic(int cue)
    {
        int k = cue + 1;
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("of" or "about")) return null;
        for (k++; k < tokens.Count && k - cue <= 7; k++)
        {
            var t = tokens[k];
            if (t.InQuote) return null;
            if (t.Is(',') || t.Is(':'))
                return k + 1 < tokens.Count && tokens[k + 1].InQuote && tokens[k + 1].Kind == TokenKind.QuoteMark && !IsTitle(SpanAt(tokens[k + 1].Start)) ? SpanAt(tokens[k + 1].Start) : null;
            // "spoke of her aunt who wrote, “…”": the quote belongs to a clause of its own
            if (!t.IsWord || lexicon.CueVerbs.Contains(t.Text) || IsFiniteVerbLike(k) || t.Text is "who" or "which" or "that") return null;
        }
        return null;
    }

    /// <summary>
    /// Quotes signed with a dash after them: <c>"…" ― Maria Quintal</c> (the name may carry a description). Lists of
    /// reader voices run several signed quotes together with no full stop between them, so every signature counts.
    /// </summary>
    private List<Frame> DashFrames()
    {
        var frames = new List<Frame>();
        for (int dash = 1; dash < tokens.Count - 1; dash++)
        {
            if (tokens[dash].InQuote || tokens[dash].Text is not ("―" or "—" or "–" or "--")) continue;
            if (!tokens[dash - 1].InQuote || tokens[dash - 1].Kind != TokenKind.QuoteMark || !tokens[dash + 1].IsCapitalized) continue;
            int end = dash + 1;
            while (end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && !tokens[end + 1].InQuote) end++;
            if (end - dash > 4) continue;
            // the signature ends the sentence, or the next signed quote begins
            int k = end + 1;
            if (!AllWordsTo(k))
            {
                while (k < tokens.Count && (tokens[k].Is(',') || tokens[k].Is('.'))) k++;
                if (k < tokens.Count && !(tokens[k].InQuote && tokens[k].Kind == TokenKind.QuoteMark)) continue;
            }
            frames.Add(new Frame(QuoteKind.Direct, [SpanAt(tokens[dash - 1].Start)], NameMention(dash + 1, end), TokenSpan(dash, dash)));
        }
        return frames;
    }

    /// <summary>
    /// An embedded post closing its paragraph with its signature: "… — Harbor Radio (@harborradio) May 3, 2026". The
    /// paragraph up to the dash is the signer's words, named before the handle.
    /// </summary>
    private Frame? SignedPostFrame()
    {
        int n = tokens.Count;
        // ") May 3 , 2026 ." at the end, after "( @ handle"
        int last = n - 1;
        if (last > 0 && tokens[last].Is('.')) last--;
        if (last < 9 || !tokens[last].IsWord || tokens[last].Text.Length != 4 || !tokens[last].Text.All(char.IsDigit) || !tokens[last - 1].Is(',')
            || !tokens[last - 2].IsWord || !tokens[last - 2].Text.All(char.IsDigit) || !tokens[last - 3].IsWord || !Months.Contains(tokens[last - 3].Text)
            || !tokens[last - 4].Is(')') || !tokens[last - 5].IsWord || !tokens[last - 6].Is('@') || !tokens[last - 7].Is('(')) return null;
        if (tokens[n - 1].End < paragraph.End && text.AsSpan(tokens[n - 1].End, paragraph.End - tokens[n - 1].End).Trim().Length > 0) return null;
        int nameEnd = last - 8, dash = nameEnd;
        while (dash > 0 && tokens[dash].IsCapitalized && !tokens[dash].InQuote && nameEnd - dash < 5) dash--;
        if (dash == nameEnd || tokens[dash].InQuote || tokens[dash].Text is not ("―" or "—" or "–" or "--")) return null;
        int start = paragraph.Start, end = tokens[dash].Start;
        while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        if (end - start < 10) return null;
        return new Frame(QuoteKind.Direct, [new TextSpan(start, end, text[start..end])], NameMention(dash + 1, nameEnd), TokenSpan(dash, dash));
    }

    private static readonly HashSet<string> Months = new(StringComparer.Ordinal)
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private bool AllWordsTo(int from)
    {
        for (int k = from; k < tokens.Count; k++) if (tokens[k].InQuote || !tokens[k].Is(',') && !tokens[k].Is('.') && !tokens[k].IsWord) return false;
        return true;
    }

    private bool EndsWithColon()
    {
        int end = paragraph.End;
        while (end > paragraph.Start && char.IsWhiteSpace(text[end - 1])) end--;
        return end > paragraph.Start && text[end - 1] == ':';
    }

    /// <summary>"Blinken: Russia rejects new talks" and "… could attack Ukraine 'at any point': White House".</summary>
    private Frame? HeadingFrame()
    {
        int colon = tokens.FindIndex(t => t.Is(':') && !t.InQuote);
        if (colon <= 0 || colon >= tokens.Count - 1) return null;
        if (IsShortName(0, colon - 1) && !(TitleCase && !NamedInBody(colon - 1)) && !IsSuperlativeLabel(colon) && !(colon == 1 && IsCommonNounInBody(tokens[0].Text)))
        {
            var content = Clause(colon + 1, tokens.Count, skipLeading: false);
            var source = NameMention(0, colon - 1);
            return content is null ? null : new Frame(KindOf(content), [content], source, null);
        }
        int last = tokens.FindLastIndex(t => t.Is(':') && !t.InQuote);
        if (IsShortName(last + 1, tokens.Count - 1) && !(TitleCase && !NamedInBody(tokens.Count - 1)))
        {
            var content = Clause(0, last, skipLeading: false);
            var source = NameMention(last + 1, tokens.Count - 1);
            return content is null ? null : new Frame(KindOf(content), [content], source, null);
        }
        return null;
    }

    /// <summary>
    /// A title-case headline capitalizes every word, so a pun ("Thunder Down Under: …") looks like "Psaki: …": a label is a
    /// speaker only when the article's body names it again (its last word, as written), or when it is a document
    /// ("Poll: …", "Report: …").
    /// </summary>
    private bool NamedInBody(int last)
    {
        var word = tokens[last].Text.TrimEnd('.');
        if (lexicon.Documents.Contains(word)) return true;
        for (int at = text.IndexOf(word, paragraph.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (at + word.Length >= text.Length || !char.IsLetterOrDigit(text[at + word.Length]))) return true;
        return false;
    }

    /// <summary>
    /// "Flooding: Death toll rises to 12 …": a one-word label that the body writes in lowercase ("the flooding") and
    /// never capitalized inside a sentence is a common noun naming the story's topic, not a speaker.
    /// </summary>
    private bool IsCommonNounInBody(string word)
    {
        if (word.Length < 2 || !char.IsUpper(word[0])) return false;
        var lower = char.ToLowerInvariant(word[0]) + word[1..];
        bool lowercase = false;
        foreach (var form in new[] { lower, word })
            for (int at = text.IndexOf(form, paragraph.End, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                if (at > 0 && char.IsLetterOrDigit(text[at - 1]) || at + form.Length < text.Length && char.IsLetterOrDigit(text[at + form.Length])) continue;
                if (form == lower) { lowercase = true; continue; }
                // a capitalized use inside a sentence makes it a name ("… said Flooding Relief …")
                int b = at - 1;
                while (b >= 0 && text[b] is ' ' or '“' or '"' or '‘' or '\'' or '(') b--;
                if (b >= 0 && text[b] is not ('.' or '!' or '?' or '\n' or ':')) return false;
            }
        return lowercase;
    }

    /// <summary>
    /// "The Latest: Ruiz urges voters to …": after a label, the headline's own attribution reads only the words after
    /// the colon; the label is no part of what was said. Null when no label opens the headline or nothing after it is
    /// an attribution.
    /// </summary>
    private Frame? LabelledHeadline()
    {
        int colon = tokens.FindIndex(t => t.Is(':') && !t.InQuote);
        if (colon <= 0 || colon >= tokens.Count - 1 || !IsSuperlativeLabel(colon)) return null;
        _reportFrom = colon + 1;
        var found = CueFrame(colon + 1);
        _reportFrom = 0;
        return found is { Frame: var frame } && frame.Content.All(c => c.Start >= tokens[colon].End) ? frame : null;
    }

    // "The Latest: …", "The Newest: …": a superlative after "the" labels a kind of story, it names nobody
    private bool IsSuperlativeLabel(int colon) =>
        colon == 2 && tokens[0].Text == "The" && tokens[1].Text.EndsWith("est", StringComparison.Ordinal) && tokens[1].Text.Length > 4
        && !lexicon.OrganizationHeads.Contains(tokens[1].Text) && !lexicon.Places.Contains(tokens[1].Text);

    private bool IsShortName(int from, int to) =>
        to >= from && to - from < 4 && Enumerable.Range(from, to - from + 1).All(k => tokens[k].IsCapitalized && !tokens[k].InQuote);

    private Mention NameMention(int from, int to) =>
        new(TokenSpan(from, to), MentionKind.Name, tokens.GetRange(from, to - from + 1));

    private int MatchPhrase(int i)
    {
        if (!lexicon.CuePhrasesByFirstWord.TryGetValue(tokens[i].Text, out var phrases)) return -1;
        foreach (var phrase in phrases)
        {
            if (i + phrase.Length > tokens.Count) continue;
            bool match = true;
            for (int k = 1; k < phrase.Length && match; k++)
                match = tokens[i + k].IsWord && !tokens[i + k].InQuote && tokens[i + k].Text.Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
            if (match) return i + phrase.Length - 1;
        }
        return -1;
    }

    // "told reporters", "told CNN on Tuesday": the listener belongs to the frame, not to what was said
    // the comma before ", a coastguard spokesman," ending at <paramref name="comma"/>: a stretch that opens with an article
    // and ends in a word for a person, with no verb in it
    private int? DescriptionBeforeComma(int comma)
    {
        for (int k = comma - 1; k > 0 && comma - k <= 7; k--)
        {
            var t = tokens[k];
            if (t.InQuote || !t.IsWord && !t.Is(',') && !t.Is('-') && !t.Is('\'')) return null;
            if (t.Is(','))
                return k + 2 < comma && tokens[k + 1].IsWord && tokens[k + 1].Text is "a" or "an" or "the" or "its" or "his" or "her" or "their"
                    && (lexicon.PersonHeads.Contains(tokens[comma - 1].Text.ToLowerInvariant()) || lexicon.Titles.Contains(tokens[comma - 1].Text.ToLowerInvariant())) ? k : null;
            if (t.IsWord && (OpensOwnClause(t) || t.Text is "that")) return null;
        }
        return null;
    }

    // an auxiliary, a lowercase pronoun, a verb of saying, a relative or a conjunction: a word that no description or
    // listener holds, as it opens or carries a clause of its own
    private bool OpensOwnClause(Token t) =>
        Auxiliaries.Contains(t.Text) || NounPhrases.IsPronoun(t.Text) && !t.IsCapitalized || lexicon.CueVerbs.Contains(t.Text) || t.Text is "who" or "which" or "and" or "but";

    private int? ListenerBeforeThat(int k)
    {
        if (k + 2 >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("the" or "a" or "an" or "his" or "her" or "its" or "their")) return null;
        for (int m = k + 1; m < tokens.Count && m - k <= 9; m++)
        {
            var t = tokens[m];
            if (t.InQuote || !t.IsWord && !t.Is('.') && !t.Is('-')) return null;
            if (!t.IsWord) continue;
            if (t.Text is "that")
                return m > k + 1 && m + 1 < tokens.Count && tokens[m + 1].IsWord && !Auxiliaries.Contains(tokens[m + 1].Text) ? m : null;
            if (OpensOwnClause(t)) return null;
        }
        return null;
    }

    /// <summary>
    /// The last token of the listener a "told" at <paramref name="cue"/> names ("told a news conference", "told the
    /// Daily Post", "told reporters"): a noun phrase without a verb, up to a preposition, a comma or the sentence's end;
    /// the cue itself for any other verb, or where no such phrase follows.
    /// </summary>
    private int ListenerPhraseEnd(int cue)
    {
        if (tokens[cue].Text is not ("told" or "tells")) return cue;
        int k = cue + 1;
        if (k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "a" or "an" or "the") k++;
        int end = cue;
        for (; k < tokens.Count && k - cue <= ListenerReach && tokens[k].IsWord && !tokens[k].InQuote; k++)
        {
            if (NounPhrases.IsFunctionWord(tokens[k].Text) || IsFiniteVerbLike(k) || lexicon.CueVerbs.Contains(tokens[k].Text)) break;
            end = k;
        }
        return end;
    }

    // how many words a listener after "told" may hold, its article included ("a regional news conference")
    private const int ListenerReach = 4;

    private int SkipListener(int cue)
    {
        int k = cue + 1;
        // "told the crowd in front of the harbour office that …", "told the newspaper Tarvik Posten that …": a listener with
        // its article and what places it, up to the "that" that opens what was said ("the crowd that had gathered" is a
        // relative clause, not what was said)
        if (ListenerBeforeThat(k) is int thatAt) return thatAt - 1;
        // "…, a union official told the Ledger.": a listener with its article that closes the sentence
        if (k + 1 < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "the")
        {
            int end = k + 1;
            while (end + 1 < tokens.Count && end - k < 4 && tokens[end + 1].IsWord && !tokens[end + 1].InQuote && tokens[end + 1].IsCapitalized) end++;
            // ("told the Ledger that …": or before the "that" opening what was said)
            if (tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized && !tokens[k + 1].InQuote
                && (!tokens.Skip(end + 1).Any(t => t.IsWord || t.InQuote) || end + 1 < tokens.Count && tokens[end + 1].IsWord && !tokens[end + 1].InQuote && tokens[end + 1].Text is "that")) return end;
        }
        if (k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is not ("that" or "the" or "a" or "an"))
        {
            int end = k;
            while (end + 1 < tokens.Count && tokens[end + 1].IsWord && !tokens[end + 1].InQuote && tokens[end + 1].IsCapitalized && tokens[k].IsCapitalized) end++;
            // told WKRA's "Early Edition" that …: the show is where it was said
            if (end + 1 < tokens.Count && tokens[end + 1].Kind == TokenKind.QuoteMark && tokens[end + 1].InQuote && IsTitle(SpanAt(tokens[end + 1].Start)))
            {
                var show = SpanAt(tokens[end + 1].Start);
                while (end + 1 < tokens.Count && tokens[end + 1].Start < show.End) end++;
            }
            // "told teachers this weekend he would …"
            int next = end + 1;
            while (next < tokens.Count && tokens[next].IsWord && !tokens[next].InQuote && (tokens[next].Text is "this" or "last" or "on" || lexicon.IsCalendarWord(tokens[next].Text) || NounPhrases.IsTimeWord(tokens[next]))) next++;
            if (next > end + 1 && next < tokens.Count && tokens[next].IsWord && (NounPhrases.IsPronoun(tokens[next].Text) || tokens[next].Text is "that"))
                return next - 1;
            if (end + 1 >= tokens.Count || !tokens[end + 1].IsWord || tokens[end + 1].Text is "that" or "on" or "in" or "at" or "during")
                return end;
        }
        return cue;
    }

    private TextSpan? AdjacentQuoteBefore(int frameStart)
    {
        int k = frameStart - 1;
        // "“…,” committee Chairman Tom Ellery said": a lowercase word or two before the name still belongs to it
        int m = k, words = 0;
        // ("“…,” plaintiffs' lawyer Ana Ruiz said": the apostrophe of a plural possessive belongs to its word)
        while (m >= 0 && words < 2 && (tokens[m].IsWord && !tokens[m].InQuote && !tokens[m].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[m].Text)
               && !lexicon.CueVerbs.Contains(tokens[m].Text) || IsBareApostrophe(m) && words > 0))
        {
            if (tokens[m].IsWord) words++;
            m--;
        }
        if (m < k && m >= 0 && (tokens[m].Is(',') && tokens[m].InQuote || tokens[m].Kind == TokenKind.QuoteMark && tokens[m].InQuote)
            && SpanAt(tokens[m].Start) is { } spoken && spoken.Start <= tokens[0].Start) k = m;
        while (k >= 0 && !tokens[k].InQuote && tokens[k].Kind == TokenKind.Punctuation && tokens[k].Text is "," or "—" or "–" or "-") k--;
        if (k < 0) return QuoteEndingAt(tokens.Count > 0 ? tokens[0].Start : 0);
        if (!tokens[k].InQuote) return null;
        var quote = SpanAt(tokens[k].Start);
        return IsTitle(quote) && !IsOneWordReply(quote) ? null : quote;
    }

    // "“Good,” she said.", "“No!” he shouted": one word opening the sentence with its own punctuation inside the marks is
    // an answer given, not a title
    private bool IsOneWordReply(TextSpan quote)
    {
        if (tokens.Count == 0 || quote.Start > tokens[0].Start) return false;
        var inner = quote.Text.Trim('"', '“', '”', '\'', '‘', '’', ' ');
        return inner.Length > 1 && inner[^1] is ',' or '.' or '!' or '?' && inner[..^1].All(char.IsLetter);
    }

    /// <summary>
    /// A short quote in title case names a show, a book or a slogan ("Face the Nation", "Lyin' Ted"), it does not
    /// report speech.
    /// </summary>
    private bool IsTitle(TextSpan quote)
    {
        int words = 0;
        bool start = true;
        for (int i = quote.Start; i < quote.End; i++)
        {
            char c = text[i];
            if (start && char.IsLetterOrDigit(c))
            {
                int j = i;
                while (j < quote.End && (char.IsLetterOrDigit(text[j]) || text[j] is '\'' or '’' or '-')) j++;
                if (++words > 6) return false;
                if (!char.IsUpper(c) && !char.IsDigit(c) && !(words > 1 && TitleFunctionWords.Contains(text[i..j]))) return false;
                i = j - 1;
                start = false;
            }
            else start = !char.IsLetterOrDigit(c);
        }
        return words > 0;
    }

    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal) { "of", "the", "a", "an", "and", "to", "in", "on", "for", "at", "with" };

    // the splitter ends a sentence at "?” Clinton said." — the question is this frame's quote
    private TextSpan? QuoteEndingAt(int sentenceStart)
    {
        int i = sentenceStart - 1;
        while (i >= paragraph.Start && char.IsWhiteSpace(text[i])) i--;
        if (i < paragraph.Start || !QuoteMarks.MarkEndsAt(text, i)) return null;
        var span = QuoteMarks.Containing(quoteSpans, i);
        if (span is null || span.End != i + 1 || span.Start < paragraph.Start || IsTitle(span)) return null;
        // the quote is a sentence of its own, not words quoted at the end of the narration before: of “reckless spending.”
        int b = span.Start - 1;
        while (b >= paragraph.Start && char.IsWhiteSpace(text[b])) b--;
        return b < paragraph.Start || text[b] is '.' or '?' or '!' or ':' || QuoteMarks.MarkEndsAt(text, b) ? span : null;
    }

    private TextSpan? AdjacentQuoteAfter(int frameEnd)
    {
        int k = frameEnd + 1;
        // "posted on X: ‘…’", "wrote on Facebook, “…”": where it was posted stands between the cue and the quote
        while (k < tokens.Count && !tokens[k].InQuote && (tokens[k].Text is "," or ":" or "—" or "–" || IsTimeOrAside(k)
               || tokens[k].IsCapitalized && k > frameEnd + 1 && tokens[k - 1].IsWord && tokens[k - 1].Text is "on" && k + 1 < tokens.Count && tokens[k + 1].Text is ":" or ",")) k++;
        // "shouted from the audience: “…”": a short phrase of where it was said, closed by a colon, before the quote
        // ("wrote in a post on Instagram: “…”": the cue's own "in" may open it)
        int p = k == frameEnd + 1 && tokens[frameEnd].IsWord && !tokens[frameEnd].InQuote && tokens[frameEnd].Text is "in" or "on" ? frameEnd : k;
        if (p < tokens.Count && tokens[p].IsWord && !tokens[p].InQuote && tokens[p].Text is "from" or "in" or "at" or "on" or "during" or "to")
            for (int c = p + 1; c < tokens.Count && c - p <= 7; c++)
            {
                // (a colon closing the paragraph opens the quote below it)
                if (tokens[c].Is(':') && !tokens[c].InQuote) { if (c + 1 >= tokens.Count || tokens[c + 1].InQuote) k = c + 1; break; }
                if (!tokens[c].IsWord || tokens[c].InQuote || IsFiniteVerbLike(c) || lexicon.CueVerbs.Contains(tokens[c].Text) || NounPhrases.IsPronoun(tokens[c].Text)) break;
            }
        if (k >= tokens.Count && k > 0 && tokens[k - 1].Is(':')) return QuoteOpeningNextParagraph(tokens[k - 1].End);
        if (k >= tokens.Count || !tokens[k].InQuote || tokens[k].Kind != TokenKind.QuoteMark) return null;
        var quote = SpanAt(tokens[k].Start);
        return IsTitle(quote) ? null : quote;
    }

    /// <summary>The quote that resumes an interrupted one after a short aside set off by a comma ("…, but “…”").</summary>
    // "Caddell continued:" closing its paragraph, and the next paragraph opens with the quote
    private TextSpan? QuoteOpeningNextParagraph(int from)
    {
        int i = from;
        while (i < text.Length && i - from < 8 && char.IsWhiteSpace(text[i])) i++;
        if (i >= text.Length || i == from || QuoteMarks.MarkAt(text, i) == 0 || i < paragraph.End) return null;
        var quote = QuoteMarks.Containing(quoteSpans, i);
        return quote is not null && quote.Start == i ? quote : null;
    }

    private TextSpan? QuoteAfterAside(int frameEnd)
    {
        for (int k = frameEnd + 1; k < tokens.Count && k <= frameEnd + 24; k++)
        {
            var t = tokens[k];
            if (t.InQuote)
                return t.Kind == TokenKind.QuoteMark && (tokens[k - 1].Is(',') || tokens[k - 1].Text is "but" or "and" or ":") ? SpanAt(t.Start) : null;
            if (t.Is('.') || t.Is(';') || t.Is('?') || t.Is('!')) return null;
            // "…,” Ana Voss said, speaking from a hospital bed in Tarn, “…”: where the words were said from is an aside
            if (t.IsWord && lexicon.CueParticiples.Contains(t.Text) && k + 1 < tokens.Count && tokens[k + 1].IsWord && !tokens[k + 1].InQuote
                && tokens[k + 1].Text is "from" or "by" or "at" or "in" or "via" or "through" or "over") continue;
            if (t.IsWord && (lexicon.CueVerbs.Contains(t.Text) || lexicon.CueParticiples.Contains(t.Text) || NounPhrases.IsPronoun(t.Text))) return null;
        }
        return null;
    }

    private bool IsTimeOrAside(int k) => tokens[k].IsWord && (tokens[k].Text is "on" or "later" or "then" or "also" || lexicon.IsWeekday(tokens[k].Text));

    private bool StartsClause(TextSpan quote)
    {
        foreach (char c in quote.Text)
            if (char.IsLetterOrDigit(c)) return char.IsUpper(c) || char.IsDigit(c);
        return false;
    }

    // a closing inverted "…, said <Name>" after the cue at i (see ClosingInvertedName)
    private bool ClosingInvertedAfter(int i)
    {
        for (int k = i + 2; k < tokens.Count; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && lexicon.CueVerbs.Contains(tokens[k].Text) && ClosingInvertedName(k, k)) return true;
        return false;
    }

    /// <summary>
    /// "…, said Della Farrow, the county's fire marshal.": a one-word cue after a comma, then a name that closes the
    /// sentence, alone or with a description of its own — the inverted attribution, not a subject before the cue.
    /// Not "…, said Ana Ruiz, the mayor, lied about it": a verb after the description makes the name part of what was said.
    /// </summary>
    private bool ClosingInvertedName(int cueStart, int cueEnd)
    {
        if (cueStart != cueEnd || cueStart == 0 || !tokens[cueStart - 1].Is(',') || tokens[cueStart - 1].InQuote || tokens[cueStart].InQuote) return false;
        // a sentence that quotes keeps its own rules for whose words those are (a quote's speaker may stand before the cue)
        for (int k = 0; k < tokens.Count; k++)
            if (tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark) return false;
        if (NounPhrases.RightOf(tokens, cueEnd, text) is not { Kind: MentionKind.Name } name || !name.Tokens[0].IsCapitalized) return false;
        int next = IndexAt(name.Span.End - 1) + 1;
        if (next >= tokens.Count || OnlyTrailing(next) && !tokens[next].Is(',')) return true;
        if (!tokens[next].Is(',') || tokens[next].InQuote || next + 1 >= tokens.Count || tokens[next + 1] is not { IsWord: true, InQuote: false } first
            || first.Text.ToLowerInvariant() is not ("the" or "a" or "an")) return false;
        for (int k = next + 1; k < tokens.Count; k++)
        {
            if (tokens[k].IsWord && Auxiliaries.Contains(tokens[k].Text)) return false;
            if (tokens[k].Is(',') && k + 1 < tokens.Count && tokens[k + 1].IsWord && IsFiniteVerbLike(k + 1)) return false;
        }
        return true;
    }

    /// <summary>Only time words, the listener, asides and punctuation follow: the frame closes the sentence.</summary>
    private bool OnlyTrailing(int k)
    {
        int words = 0;
        // "…, Mr. Vedder said, until it closed": the clause goes on after the attribution
        if (k + 1 < tokens.Count && tokens[k].Is(',') && tokens[k + 1].IsWord && tokens[k + 1].Text is "until" or "because" or "when" or "if" or "unless" or "so" or "but" or "and" or "although" or "though")
            return false;
        // "…, she said, citing the firm's delivery quotas …": a participle after the attribution comments on it
        if (k + 1 < tokens.Count && tokens[k].Is(',') && !tokens[k + 1].InQuote && (IsAdjunctParticiple(k + 1) || lexicon.CueParticiples.Contains(tokens[k + 1].Text)))
            return true;
        // "…, but the officer said he refused to stop": a subject pronoun right after the cue opens the reported clause
        if (k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && NounPhrases.IsPronoun(tokens[k].Text) && !tokens[k].IsCapitalized)
            return false;
        int from = k;
        // "…, the governor said at an evening press conference in the hill town of Olberg.": where it was said may run longer than a
        // time, as long as no verb comes in it
        // (not after a verb of belief: "Like Obama, I believe in the good sense of the people" believes what follows)
        int most = k > 0 && k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "at" or "in" or "during" or "outside" or "inside" or "near"
            && !lexicon.StanceCues.Contains(tokens[k - 1].Text) ? 12 : 6;
        bool comma = false;
        for (; k < tokens.Count; k++)
        {
            if (tokens[k].InQuote) return false;
            comma |= tokens[k].Is(',');
            // (past six words, a comma opens another clause: "forecast in March, after the spring catch ends")
            if (tokens[k].IsWord && (++words > most || words > 6 && (IsFiniteVerbLike(k) || comma))) return false;
            // "…, the bureau reported on Friday, adding to signs that …": a participle after a time closes the attribution too
            if (tokens[k].Is(',') && k > from && TimeAdjunctEnd(from) == k - 1 && k + 1 < tokens.Count && !tokens[k + 1].InQuote && (IsAdjunctParticiple(k + 1) || lexicon.CueParticiples.Contains(tokens[k + 1].Text)))
                return true;
            if (tokens[k].IsWord && tokens[k].Text is "that") return false;
            // "…, but the coalition wants to keep its stance": an infinitive after a cue of wanting is what it reports
        if (k > 0 && k + 1 < tokens.Count && tokens[k].IsWord && tokens[k].Text is "to" && !tokens[k].InQuote
            && (lexicon.StanceCues.Contains(tokens[k - 1].Text) || tokens[k - 1].Text is "vowed" or "vows" or "promised" or "promises" or "pledged" or "pledges" or "threatened" or "threatens")
            && tokens[k + 1].IsWord && !tokens[k + 1].InQuote && !tokens[k + 1].IsCapitalized && !NounPhrases.Determiners.Contains(tokens[k + 1].Text))
            return false;
        // "…, officials said the area was safe": a finite verb makes the words after the cue a clause of their own
            if (tokens[k].IsWord && tokens[k].Text is "is" or "was" or "are" or "were" or "will" or "would" or "could" or "should" or "can" or "has" or "had" or "have") return false;
        }
        return true;
    }

    /// <summary>
    /// "Two weeks ago at a dock meeting with ferry crews she blasted …": a subject pronoun right before the cue after
    /// a fronted phrase of time or place without its comma. The phrase opens the sentence with a preposition or ends
    /// its time with "ago", and holds no verb or other pronoun. The pronoun, or null.
    /// </summary>
    private Mention? PronounAfterFrontedPhrase(int cue)
    {
        int p = cue - 1;
        if (p < 3 || !tokens[p].IsWord || tokens[p].InQuote || tokens[p].Text is not ("he" or "she" or "they")) return null;
        bool ago = false;
        for (int k = 0; k < p; k++)
        {
            var t = tokens[k];
            if (t.InQuote || !t.IsWord && !t.Is('’') && !t.Is('\'') || p > 20) return null;
            if (!t.IsWord) continue;
            if (t.Text is "ago") ago = true;
            if (NounPhrases.IsPronoun(t.Text) || t.Text is "is" or "was" or "are" or "were" or "has" or "had" or "have" or "who" or "which" or "that"
                || lexicon.CueVerbs.Contains(t.Text) || IsFiniteVerbLike(k) && t.Text.EndsWith("ed", StringComparison.Ordinal)) return null;
        }
        bool fronted = lexicon.FrontingPrepositions.Contains(tokens[0].Text) || tokens[0].Text is "But" or "And" && lexicon.FrontingPrepositions.Contains(tokens[1].Text);
        return ago || fronted ? NameMention(p, p) with { Kind = MentionKind.Pronoun } : null;
    }

    // "Ruiz wanted to hide her dealings and favors to …": a present form conjoined after a past verb is a noun
    /// <summary>
    /// "argued that her client had never meant harm and had believed all along that …": a cue of believing or deciding
    /// conjoined after a cue's "that" continues the reported clause, whose subject holds the belief; it is no second
    /// statement by the one who argued.
    /// </summary>
    private bool StanceInsideReportedClause(int cue, int conjunction)
    {
        if (!lexicon.StanceCues.Contains(tokens[cue].Text)) return false;
        for (int k = conjunction - 2; k >= 0; k--)
        {
            if (tokens[k].InQuote || !tokens[k].IsWord && tokens[k].Text is "." or ";" or ":") return false;
            if (tokens[k].IsWord && char.IsLower(tokens[k].Text[0]) && lexicon.CueVerbs.Contains(tokens[k].Text) && tokens[k + 1].IsWord && tokens[k + 1].Text is "that") return true;
        }
        return false;
    }

    private bool AfterPastVerb(int conjunction, int cue)
    {
        if (!tokens[cue].Text.EndsWith('s') || tokens[cue].Text.EndsWith("ss", StringComparison.Ordinal)) return false;
        for (int k = conjunction - 1; k >= 0; k--)
            if (tokens[k].IsWord && !tokens[k].InQuote && !tokens[k].IsCapitalized && !IsNounAfterPreposition(k) && (lexicon.CueVerbs.Contains(tokens[k].Text) || IsFiniteVerbLike(k)))
                return IsPastForm(tokens[k].Text);
        return false;
    }

    private static bool IsPastForm(string word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || word is "said" or "told" or "wrote" or "thought" or "felt" or "knew" or "found" or "made";

    private bool IsPronounObject(int k) =>
        k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "one" or "it" or "them" or "him" or "her" or "both";

    private int ParticipleCut(int from)
    {
        for (int i = from + 1; i < tokens.Count; i++)
            if (!tokens[i].InQuote && tokens[i - 1].Is(',') && lexicon.CueParticiples.Contains(tokens[i].Text)) return i - 1;
        return tokens.Count;
    }

    private int TrimBackToComma(int index)
    {
        for (int k = index - 1; k > 0; k--)
            if (tokens[k].Is(',') && !tokens[k].InQuote) return k;
        return index;
    }

    private int WordsBefore(int index)
    {
        int n = 0;
        for (int k = 0; k < index; k++) if (tokens[k].IsWord) n++;
        return n;
    }

    private bool OnlyPunctuationBefore(int index)
    {
        for (int k = 0; k < index; k++) if (tokens[k].IsWord) return false;
        return true;
    }

    /// <summary>The reported clause over tokens [from, to), without a leading "that"/comma and the final period.</summary>
    // the "that" at <paramref name="k"/> is followed by a finite auxiliary ("that was", "that would", "that is"), so it
    // is a pronoun standing as the subject of the reported clause, not the word that introduces it
    private bool IsDemonstrativeSubject(int k, int to) =>
        k + 1 < to && tokens[k + 1] is { IsWord: true, InQuote: false } verb && Auxiliaries.Contains(verb.Text)
        && !(k + 2 < to && tokens[k + 2].Is('-'));

    private TextSpan? Clause(int from, int to, bool skipLeading)
    {
        if (skipLeading)
        {
            // "insisted, most recently in an interview with a radio host, that …": an aside set off by commas before the "that"
            if (from < to && tokens[from].Is(',') && !tokens[from].InQuote)
                for (int k = from + 1; k + 1 < to && k - from <= 16; k++)
                {
                    if (tokens[k].InQuote) break;
                    if (tokens[k].Is(','))
                    {
                        if (k - from > 2 && tokens[k + 1].IsWord && !tokens[k + 1].InQuote && tokens[k + 1].Text is "that") from = k + 1;
                        break;
                    }
                    if (!tokens[k].IsWord && tokens[k].Text is not ("." or "-" or "'" or "’")) break;
                }
            // "warned on Tuesday that …": what was said starts after the "that" that follows the cue closely
            // "tweeted in the small hours of Sunday that …": an adverbial phrase led by a preposition may come between
            int cueEnd = from;
            bool adverbial = from < to && tokens[from].IsWord && !tokens[from].InQuote && tokens[from].Text is "in" or "on" or "at" or "during" or "after" or "before" or "over" or "late" or "early" or "earlier" or "repeatedly" or "publicly" or "privately";
            for (int k = from; k < Math.Min(to, from + (adverbial ? 8 : 5)); k++)
                // ("said that was too late": a "that" right before a verb is what was said of, the clause's subject, and stays)
                if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "that") { from = IsDemonstrativeSubject(k, to) ? k : k + 1; break; }
                // ("ruled 6-3 on Thursday that …": a vote's count too)
                else if (!tokens[k].IsWord || tokens[k].InQuote || !(adverbial && IsAdverbialWord(tokens[k]) || lexicon.IsCalendarWord(tokens[k].Text) || tokens[k].Text is "on" or "last" or "this" or "the" or "also"
                         || char.IsDigit(tokens[k].Text[0]) && tokens[k].Text.Contains('-') || adverbial && IsNamedPlatform(k))) break;
            // "said in a statement to the harbor board that …": whom the statement went to belongs to the cue, and with no
            // "that" after it nothing was said there ("…, it said in a statement to the exchange.")
            if (RecipientOfVenue(from, to) is int past)
            {
                if (past < 0) return null;
                from = past;
            }
            // "urged the governor in a letter to the statehouse on Friday that …": a listener and the venue where it was
            // said may stand between the cue and a "that" further on
            if (VenueThenThat(from, to) is int that) from = that + 1;
            // "…, the club said on Thursday, as its manager insisted …": only the day follows the cue before another clause
            // opens, so nothing said follows it here (what the clause after the comma reports is the manager's)
            else if (from == cueEnd && TimeAdjunctEnd(from) is int day && day + 2 < to && tokens[day + 1].Is(',') && !tokens[day + 1].InQuote
                     && tokens[day + 2].IsWord && !tokens[day + 2].InQuote && lexicon.ClauseBreaks.Contains(tokens[day + 2].Text)) return null;
            // "said on Tuesday the company could not …": the day is when it was said, not the start of what was said
            else if (from == cueEnd && TimeAdjunctEnd(from) is int time && time + 1 < to && tokens[time + 1].IsWord && !tokens[time + 1].InQuote
                     && (NounPhrases.Determiners.Contains(tokens[time + 1].Text) || NounPhrases.IsPronoun(tokens[time + 1].Text) || tokens[time + 1].IsCapitalized)
                     && !(time + 2 < to && tokens[time + 2].Is(','))) from = time + 1;
            // (an opening single quote of a headline belongs to what was said: Reveals ‘Demoralizing’ Experience)
            while (from < to && (tokens[from].Kind == TokenKind.Punctuation && !(tokens[from].InQuote && tokens[from].Text is "'" or "‘") || (tokens[from].Text is "of" or "on" || tokens[from].Text is "that" && !IsDemonstrativeSubject(from, to)) && tokens[from].IsWord && !tokens[from].InQuote)) from++;
            to = ClauseEnd(from, to);
            to = FrontedClauseEnd(from, to);
            to = VenueEnd(from, to);
        }
        while (to > from && tokens[to - 1].Kind == TokenKind.Punctuation && tokens[to - 1].Text is "." or "," or ";" or ":" && !tokens[to - 1].InQuote) to--;
        // "GENEVA (Reuters) - …, mediators said.": the dateline says where the story was filed, not what was said
        if (from == 0 && DatelineEnd() is int dateline and > 0 && dateline < to) from = dateline;
        int words = 0;
        for (int k = from; k < to; k++) if (tokens[k].IsWord) words++;
        if (words < MinContentWords) return null;
        int start = tokens[from].Start, end = tokens[to - 1].End;
        // a quote opened inside the clause runs to its close, even past the sentence
        foreach (var q in quoteSpans) if (q.Start >= start && q.Start < end && q.End > end) end = q.End;
        return new TextSpan(start, end, text[start..end]);
    }

    // "wrote on X that …", "said on Instagram that …", "told on Radio Kotor that …": the capitalized name of where it
    // was posted or broadcast, right after "on" or "in" (or another word of that name), is no part of what was said
    private bool IsNamedPlatform(int k) =>
        k > 0 && tokens[k].IsCapitalized && tokens[k - 1].IsWord && !tokens[k - 1].InQuote
        && (tokens[k - 1].Text is "on" or "in" || tokens[k - 1].IsCapitalized && k > 1 && tokens[k - 2].IsWord && tokens[k - 2].Text is "on" or "in");

    /// <summary>The "that" after a venue ("in a letter …", "in a statement …") within the next words, with no verb before it; or null.</summary>
    /// <summary>
    /// Right after a cue ending in a venue ("said in a statement", "wrote in a letter"): a phrase telling whom it went to
    /// or where it appeared ("to the harbor board", "on its website"). The token after the "that" that follows it; -1
    /// when the phrase runs to the clause's end with no verb (nothing said); null when no such phrase follows the venue.
    /// </summary>
    private int? RecipientOfVenue(int from, int to)
    {
        if (from < 1 || from >= to || !tokens[from - 1].IsWord || tokens[from - 1].InQuote || !lexicon.Venues.Contains(tokens[from - 1].Text)
            || !tokens[from].IsWord || tokens[from].InQuote || tokens[from].Text is not ("to" or "on" or "at" or "from")) return null;
        for (int k = from + 1; k < to && k - from <= 10; k++)
        {
            var t = tokens[k];
            if (t.InQuote) return null;
            // ("to the U.S. exchange", "to Ames & Co"): marks inside a name; the sentence's last mark ends the phrase
            if (!t.IsWord)
            {
                if (k + 1 >= to && t.Text is "." or "!" or "?") return -1;
                if (t.Text is "." or "&" or "'" or "’") continue;
                return null;
            }
            if (t.Text is "that") return k > from + 1 ? k + 1 : null;
            if (Auxiliaries.Contains(t.Text) || NounPhrases.IsPronoun(t.Text) && t.Text is not ("its" or "his" or "her" or "their" or "our") || lexicon.CueVerbs.Contains(t.Text)) return null;
        }
        return to - from <= 10 ? -1 : null;
    }

    private int? VenueThenThat(int from, int to)
    {
        bool venue = false;
        int determiner = -1;
        for (int k = from; k < to && k - from <= 16; k++)
        {
            var t = tokens[k];
            if (t.InQuote || !t.IsWord && !t.Is('.')) return null;
            if (t.Text is "that") return venue && k > from ? k : null;
            if (Auxiliaries.Contains(t.Text) || NounPhrases.IsPronoun(t.Text) && t.Text is not ("him" or "her" or "them" or "us" or "me") || lexicon.CueVerbs.Contains(t.Text)) return null;
            // ("in a Facebook post", "in his resignation letter": a word or two may tell which venue it was)
            venue |= lexicon.Venues.Contains(t.Text) && determiner >= from && k - determiner <= 3;
            if (t.Text is "a" or "an" or "his" or "her" or "their" or "its") determiner = k;
        }
        return null;
    }

    /// <summary>
    /// Where a reported clause ends before the sentence does: at "; ", ", but …", "and" + another speech verb
    /// ("… and called for …"), and at a day or "during" right after a quote mark ("“a disgrace” Wednesday on …").
    /// </summary>
    private int ClauseEnd(int from, int to)
    {
        for (int k = from + 2; k < to - 1; k++)
        {
            var t = tokens[k];
            if (t.InQuote) continue;
            if (t.Is(';')) return k;
            // “a snake oil seller” ― much as he treated …: a dash after the quote goes back to narration
            if (t.Text is "―" or "—" or "--" && tokens[k - 1].Kind == TokenKind.QuoteMark) return k;
            // "… the fees went unpaid ― Ellery joked, “…”": after a dash, a subject with a cue of its own
            if (t.Text is "―" or "—" or "--" && CueSoonAfter(k + 1, to)) return k;
            if (t.Is(',') && tokens[k + 1].IsWord && lexicon.ClauseBreaks.Contains(tokens[k + 1].Text) && !IsQuotedCharacterisation(k + 1)) return k;
            if (t.IsWord && t.Text is "and" or "but" && !t.InQuote && CueAfterConjunction(k) >= 0 && !SubordinateClauseBetween(from, k)) return k;
            if (t.IsWord && tokens[k - 1].Kind == TokenKind.QuoteMark && (IsOccasion(k) || lexicon.QuoteClauseBreaks.Contains(t.Text))) return k;
            // … is “true,” but …: the comma before the break sits inside the quote
            if (t.IsWord && tokens[k - 1].Kind == TokenKind.QuoteMark && tokens[k - 2].Is(',') && lexicon.ClauseBreaks.Contains(t.Text)) return k;
            // "rejected the result as observers cited …": "as" opening another speaker's report is the reporter's
            if (t.IsWord && t.Text is "as" && k + 2 < to && !tokens[k + 1].InQuote && tokens[k + 1].IsWord
                && tokens[k + 1].Text is not ("a" or "an" or "his" or "her" or "its" or "their")
                && (NounPhrases.Determiners.Contains(tokens[k + 1].Text) ? k + 3 < to && IsVerbAt(k + 3) : IsVerbAt(k + 2)))
                return k;
            // …, quietly staking his own standing on it: a participle after a comma adds the reporter's comment
            if (t.Is(',') && IsAdjunctParticiple(k + 1)) return k;
            // "…, which he said were closed", "…, and the mayor is promising …": a clause with a cue of its own after
            // the comma is another attribution, not more of this one
            // ("she really, really wants": a word said twice is no new clause)
            // (", and that …" is a second clause of the same report: "said the team tried …, and that experiments found …")
            if (t.Is(',') && CueSoonAfter(k + 1, to) && !(tokens[k - 1].IsWord && tokens[k - 1].Text.Equals(tokens[k + 1].Text, StringComparison.OrdinalIgnoreCase))
                && !(tokens[k + 1].IsWord && tokens[k + 1].Text is "and" or "or" && k + 2 < to && tokens[k + 2].IsWord && tokens[k + 2].Text is "that")) return k;
            // "… had stalled and managers accused the union …": a new subject with a cue of its own
            if (t.IsWord && t.Text is "and" or "but" && k + 1 < to && (tokens[k + 1].IsCapitalized || NounPhrases.Determiners.Contains(tokens[k + 1].Text) && tokens[k + 1].Text is not "that") && CueSoonAfter(k + 1, to)) return k;
        }
        return to;
    }

    // a verb of saying that opens another speaker's report ("as observers cite …"); "as investors delayed sales" gives a reason
    private bool IsVerbAt(int k) =>
        tokens[k].IsWord && !tokens[k].InQuote && char.IsLower(tokens[k].Text[0]) && (lexicon.CueVerbs.Contains(tokens[k].Text) && !lexicon.StanceCues.Contains(tokens[k].Text) || IsCueBase(tokens[k]));

    // "characterized Sen. Ana Ruiz, R-Ore., as, “a little nervous …”": an "as" that opens a quote, past a comma, is what the
    // characterisation says, not the reporter's aside
    private bool IsQuotedCharacterisation(int k) =>
        tokens[k].Text is "as" && k + 1 < tokens.Count
        && (tokens[k + 1].Kind == TokenKind.QuoteMark && tokens[k + 1].InQuote
            || tokens[k + 1].Is(',') && k + 2 < tokens.Count && tokens[k + 2].Kind == TokenKind.QuoteMark && tokens[k + 2].InQuote);

    // a cue verb among the next few words, before any punctuation or quote
    private bool CueSoonAfter(int from, int to)
    {
        for (int m = from; m < to && m < from + 5; m++)
        {
            var t = tokens[m];
            if (!t.IsWord || t.InQuote) return false;
            if (m > from && !t.IsCapitalized && lexicon.CueVerbs.Contains(t.Text) && !lexicon.QuoteOnlyCues.Contains(t.Text)) return true;
            if (m > from && !t.IsCapitalized && lexicon.CueParticiples.Contains(t.Text) && tokens[m - 1].Text is "is" or "are" or "was" or "were") return true;
        }
        return false;
    }

    /// <summary>"… cheaper bus fares in a statement on Tuesday": where it was said trails what was said.</summary>
    private int VenueEnd(int from, int to)
    {
        for (int k = from + 2; k + 2 < to; k++)
        {
            if (tokens[k].InQuote || !tokens[k].IsWord || tokens[k].Text is not ("in" or "on") || tokens[k + 1].Text is not ("a" or "an" or "his" or "her" or "their" or "its")) continue;
            int m = k + 2;
            while (m < to && m - k < 5 && tokens[m].IsWord && !lexicon.Venues.Contains(tokens[m].Text)) m++;
            if (m >= to || !lexicon.Venues.Contains(tokens[m].Text)) continue;
            // only time words or punctuation may follow the venue
            int n = m + 1;
            while (n < to && (!tokens[n].IsWord || NounPhrases.IsTimeWord(tokens[n]) || lexicon.IsCalendarWord(tokens[n].Text) || tokens[n].Text is "on" or "last" or "this")) n++;
            if (n >= to) return k;
        }
        return to;
    }

    /// <summary>
    /// "While his aides have suggested the plan is dead, the senator …": a cue inside a sentence's fronted subordinate
    /// clause reports only to the comma that closes that clause; the main clause after it is narration.
    /// </summary>
    private int FrontedClauseEnd(int from, int to)
    {
        if (from == 0 || !tokens[0].IsWord || !lexicon.Subordinators.Contains(tokens[0].Text)) return to;
        for (int k = 1; k < from; k++) if (tokens[k].Is(',') && !tokens[k].InQuote) return to;
        for (int k = from + 1; k < to; k++) if (tokens[k].Is(',') && !tokens[k].InQuote) return k;
        return to;
    }

    // "and said", "but has said", "and also called": a conjoined verb that shares the sentence's subject may carry
    // an auxiliary or an adverb or two before it
    private static bool IsVerbLead(Token t) =>
        t.IsWord && !t.InQuote && t.Text is "has" or "had" or "have" or "also" or "later" or "then" or "again" or "repeatedly" or "previously" or "since" or "even" or "recently" or "publicly" or "privately";

    /// <summary>
    /// "…, which she was doing when guards stopped her and …": a relative or subordinate clause with a subject of its own
    /// opens between <paramref name="from"/> and the conjunction, so a verb after the conjunction belongs to that clause.
    /// </summary>
    private bool SubordinateClauseBetween(int from, int conjunction)
    {
        for (int k = from; k + 2 < conjunction; k++)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote || !(t.Text is "which" or "who" or "when" or "where" or "because" or "while" or "after" or "before" or "until")) continue;
            // a subject of its own: a name, a determiner's noun phrase or a pronoun right after the subordinator
            var next = tokens[k + 1];
            if (!next.IsWord || next.InQuote || !(next.IsCapitalized || NounPhrases.IsPronoun(next.Text) || NounPhrases.Determiners.Contains(next.Text) || IsPluralWord(next.Text))) continue;
            // "expected fares to rise before the spring sailings, and warned …": after a word that is a preposition as well, a noun
            // phrase with no verb of its own is a time, not a clause
            if (t.Text is "after" or "before" or "until" && !NounPhrases.IsPronoun(next.Text) && !VerbBefore(k + 2, conjunction)) continue;
            return true;
        }
        return false;
    }

    /// <summary>
    /// ", but the ministry rejected …", ", and the union …": between the two tokens, a comma outside quotes, a coordinating
    /// "but"/"and"/"yet"/"while"/"whereas" and the start of a new subject (a determiner, a capitalized word or a pronoun).
    /// </summary>
    private bool OwnClauseBetween(int from, int to)
    {
        for (int k = from; k + 2 < to; k++)
        {
            if (!tokens[k].Is(',') || tokens[k].InQuote) continue;
            var joiner = tokens[k + 1];
            var next = tokens[k + 2];
            if (!joiner.IsWord || joiner.InQuote || joiner.Text is not ("but" or "and" or "yet" or "while" or "whereas")) continue;
            if (next.IsWord && !next.InQuote && (NounPhrases.Determiners.Contains(next.Text) || next.IsCapitalized || NounPhrases.IsPronoun(next.Text) && next.Text is not ("him" or "her" or "them" or "us" or "me"))) return true;
        }
        return false;
    }

    // a verb (an auxiliary, a verb of speech or a past form) from token from up to the next comma or token to
    private bool VerbBefore(int from, int to)
    {
        for (int k = from; k < to && !(tokens[k].Is(',') && !tokens[k].InQuote); k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && (Auxiliaries.Contains(tokens[k].Text) || lexicon.CueVerbs.Contains(tokens[k].Text)
                || tokens[k].Text.Length > 4 && char.IsLower(tokens[k].Text[0]) && tokens[k].Text.EndsWith("ed", StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>The "and"/"but" that conjoins the verb at <paramref name="verb"/> to what goes before, or null.</summary>
    private int? ConjunctionBefore(int verb)
    {
        int k = verb - 1;
        while (k > 0 && verb - k <= 2 && IsVerbLead(tokens[k])) k--;
        return k >= 0 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "and" or "but" ? k : null;
    }

    /// <summary>The cue verb conjoined by the "and"/"but" at <paramref name="conjunction"/>, or -1.</summary>
    private int CueAfterConjunction(int conjunction)
    {
        int k = conjunction + 1;
        while (k < tokens.Count && k - conjunction <= 2 && IsVerbLead(tokens[k])) k++;
        // (a verb of speech in no sense of speech, "and threatened the future of …", goes on with the clause)
        return k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && lexicon.CueVerbs.Contains(tokens[k].Text) && !IsNoSpeechSense(k) ? k : -1;
    }

    // words of a short adverbial phrase: lowercase, not a verb of speech, not a pronoun ("in the early morning hours")
    private bool IsAdverbialWord(Token t) =>
        !t.IsCapitalized && !lexicon.CueVerbs.Contains(t.Text) && !NounPhrases.IsPronoun(t.Text) && t.Text is not ("is" or "was" or "are" or "were" or "will" or "would" or "has" or "had" or "have");

    private bool IsAdjunctParticiple(int k)
    {
        if (k < tokens.Count && tokens[k].IsWord && !tokens[k].IsCapitalized && tokens[k].Text.EndsWith("ly", StringComparison.Ordinal)) k++;
        return k < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && !tokens[k].IsCapitalized && tokens[k].Text.Length > 5
            && tokens[k].Text.EndsWith("ing", StringComparison.Ordinal) && !lexicon.ClauseParticiples.Contains(tokens[k].Text);
    }

    private bool IsOccasion(int k) => lexicon.IsCalendarWord(tokens[k].Text) || tokens[k].Text is "during";

    private TextSpan SpanAt(int offset) => QuoteMarks.Containing(quoteSpans, offset)!;

    private QuoteKind KindOf(TextSpan content) => HasQuoteMark(content) ? QuoteKind.Mixed : QuoteKind.Indirect;

    private bool HasQuoteMark(TextSpan span)
    {
        int at = QuoteMarks.FirstEndingAfter(quoteSpans, span.Start);
        return at < quoteSpans.Count && quoteSpans[at].Start < span.End;
    }

    // The index of the token covering this offset, or -1. A loop: a lambda over the offset cost a closure per call.
    private int IndexAt(int offset)
    {
        for (int k = 0; k < tokens.Count; k++)
            if (tokens[k].Start <= offset && offset < tokens[k].End) return k;
        return -1;
    }

    private TextSpan TokenSpan(int from, int to) => new(tokens[from].Start, tokens[to].End, text[tokens[from].Start..tokens[to].End]);

    // The lowercase words of tokens[from..to], as string.Join over Skip(from).Take(to - from + 1) gives them (clamped to the
    // sentence alike), with a loop instead of the iterators: CueFrame and VerbFrame ask for it at every cue they try
    private string Words(int from, int to)
    {
        int start = Math.Max(from, 0), end = to - from + 1 > 0 ? (int)Math.Min((long)start + (to - from + 1), tokens.Count) : start;
        if (end - start == 1) return tokens[start].Text.ToLowerInvariant();
        var words = new System.Text.StringBuilder();
        for (int k = start; k < end; k++)
        {
            if (k > start) words.Append(' ');
            words.Append(tokens[k].Text.ToLowerInvariant());
        }
        return words.ToString();
    }
}

namespace NewsBot.Knowledge.Attribution;

public enum MentionKind { Name, Nominal, Pronoun }

/// <summary>A source mention: the words the article uses for a speaker ("Press Secretary Jen Psaki", "the official", "she").</summary>
public sealed record Mention(TextSpan Span, MentionKind Kind, IReadOnlyList<Token> Tokens)
{
    public string Text => Span.Text;
}

/// <summary>Finds the noun phrase that names a speaker next to a cue, on the tokens outside quote marks.</summary>
public static class NounPhrases
{
    private static readonly HashSet<string> Pronouns = new(StringComparer.OrdinalIgnoreCase) { "he", "she", "they", "it", "we", "i" };
    internal static readonly HashSet<string> Determiners = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "these", "those", "another", "one", "his", "her", "their", "its", "our", "my", "your",
        "two", "three", "several", "many", "some", "other", "both", "most",
    };
    private static readonly HashSet<string> Skippable = new(StringComparer.OrdinalIgnoreCase)
    {
        "also", "later", "previously", "then", "recently", "repeatedly", "has", "had", "have", "was", "is", "were",
        "would", "will", "further", "again", "once", "never", "earlier", "often", "frequently", "simply", "flatly",
        "just", "even", "still", "already", "always", "first", "last", "ultimately", "finally", "had", "did", "does", "do",
        "not", "has", "could", "might", "may", "should", "can", "must", "been", "be", "being", "too", "now", "are", "am",
    };
    private static readonly HashSet<string> Stops = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "which", "who", "whom", "and", "but", "or", "while", "as", "because", "when", "if", "after", "before",
        "since", "so", "than", "to", "in", "on", "at", "by", "with", "from", "about", "into", "over", "under", "during",
        "where", "though", "although", "unless", "until", "whether", "said", "says", "told", "for", "against",
        "according", "like", "not", "what", "how", "why", "there", "here", "all", "up", "out",
    };
    private static readonly HashSet<string> Days = new(StringComparer.OrdinalIgnoreCase)
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tonight",
        "morning", "afternoon", "evening", "night", "week", "month", "year", "weekend", "noon", "midnight",
    };
    internal static readonly HashSet<string> Connectors = new(StringComparer.OrdinalIgnoreCase) { "of", "the", "for", "de", "van", "von", "al", "bin", "'s", "’s", "and" };

    internal static bool IsPronoun(string word) => Pronouns.Contains(word);

    // The head nouns of a public body's name, which run on across "for the", "and" and a comma list of its fields:
    // "the Regional Office for the Upland Forests", "the Ministry of Transport, Ports and Shipping"
    private static readonly HashSet<string> BodyHeads = new(StringComparer.Ordinal)
    {
        "Ministry", "Department", "Office", "Commission", "Council", "Agency", "Authority", "Bureau", "Institute", "Board", "Court",
        "Committee", "Administration", "Directorate", "Inspectorate", "Service", "Tribunal",
        // and the heads of research and civic bodies named for their field: "the Centre for Canal Research", "the
        // Foundation for Clean Rivers", "the Society for the Protection of Birds"
        "Centre", "Center", "Foundation", "Society", "Association", "Alliance", "Coalition", "Academy",
    };

    /// <summary>
    /// Where a public body's name that a run of capitalized words begins (tokens <paramref name="i"/> to
    /// <paramref name="j"/>) really ends: "Regional Office" runs on over "for the Upland Forests", "Ministry of
    /// Transport" over ", Ports and Shipping", "Independent Pilots" over "and Harbour Masters Commission". Only a
    /// title-cased stretch with a body's head word goes on, and never over a given name, a place or another body's head
    /// (so "the Ministry of Fisheries, Helen Marrow and Mark Ilsley" stays three sources); else <paramref name="j"/>.
    /// </summary>
    // The last token of the run of capitalized words (with "of" inside) that opens at from, or -1
    private static int CapitalizedRunEnd(IReadOnlyList<Token> tokens, int from, bool quoted)
    {
        int k = from;
        if (k < 0 || k >= tokens.Count || !tokens[k].IsCapitalized || tokens[k].InQuote != quoted || Determiners.Contains(tokens[k].Text)) return -1;
        while (k + 1 < tokens.Count && tokens[k + 1].InQuote == quoted && !tokens[k].Text.EndsWith("'s", StringComparison.Ordinal) && !tokens[k].Text.EndsWith("’s", StringComparison.Ordinal)
               && (tokens[k + 1].IsCapitalized || tokens[k + 1].Text is "of" && k + 2 < tokens.Count && tokens[k + 2].IsCapitalized)) k++;
        return k;
    }

    // The first token of the body's name that runs on to end, across a comma list or "and" (see BodyNameEnd), or -1
    private static int BodyNameStart(IReadOnlyList<Token> tokens, int start, int end)
    {
        for (int s = Math.Max(0, end - 14); s < start - 1; s++)
        {
            if (s > 0 && tokens[s - 1].IsCapitalized && !tokens[s - 1].Text.EndsWith("'s", StringComparison.Ordinal) && !tokens[s - 1].Text.EndsWith("’s", StringComparison.Ordinal) || CapitalizedRunEnd(tokens, s, tokens[end].InQuote) is not (>= 0 and var run) || run >= start) continue;
            if (BodyNameEnd(tokens, s, run) == end) return s;
        }
        return -1;
    }

    internal static int BodyNameEnd(IReadOnlyList<Token> tokens, int i, int j)
    {
        bool quoted = tokens[i].InQuote;
        int Run(int from) => CapitalizedRunEnd(tokens, from, quoted);
        bool Plain(int from, int to)
        {
            for (int k = from; k <= to; k++)
            {
                var w = tokens[k].Text;
                if (!tokens[k].IsWord || w is "of") continue;
                if (Lexicon.Default.IsGivenName(w) || Lexicon.Default.Places.Contains(w) || Lexicon.Default.IsCalendarWord(w) || BodyHeads.Contains(w) || Lexicon.Default.Titles.Contains(w) && !Lexicon.Default.TitleModifiers.Contains(w)) return false;
            }
            return true;
        }
        int HeadIn(int from, int to)
        {
            for (int k = to; k >= from; k--) if (BodyHeads.Contains(tokens[k].Text)) return k;
            return -1;
        }
        bool Word(int k, string w) => k < tokens.Count && tokens[k].IsWord && tokens[k].InQuote == quoted && tokens[k].Text == w;
        for (int guard = 0; guard < 4; guard++)
        {
            int head = HeadIn(i, j);
            // "Regional Office for the Upland Forests", "Department of the Interior": a body's head word goes on over "for" or "of the"
            if (head == j && (Word(j + 1, "for") || Word(j + 1, "of")) && Word(j + 2, "the") && Run(j + 3) is > 0 and var past && Plain(j + 3, past)
                || head == j && Word(j + 1, "for") && Run(j + 2) is > 0 and var past2 && Plain(j + 2, past2))
            {
                j = Run(Word(j + 2, "the") ? j + 3 : j + 2);
                continue;
            }
            // "Ministry of Trade and Industry", "Ministry of Economy, Trade and Industry": the fields a ministry is "of"
            if (head >= 0 && head < j && tokens[head + 1].Text is "of" or "for")
            {
                int k = j + 1, end = -1;
                while (k < tokens.Count && tokens[k].Is(',') && !tokens[k].InQuote && Run(k + 1) is > 0 and var item && item - k <= 3 && Plain(k + 1, item)) k = item + 1;
                if (k < tokens.Count && tokens[k].Is(',') && Word(k + 1, "and")) k++;
                if (Word(k, "and") && Run(k + 1) is > 0 and var last && last - k <= 3 && Plain(k + 1, last)) end = last;
                if (end > j) { j = end; continue; }
            }
            // "Independent Pilots and Harbour Masters Commission": words before "and" open the body's name the run after it ends
            if (head < 0 && Plain(i, j) && Word(j + 1, "and") && Run(j + 2) is > 0 and var after && BodyHeads.Contains(tokens[after].Text)
                && HeadIn(j + 2, after) == after && Plain(j + 2, after - 1))
            {
                j = after;
                continue;
            }
            break;
        }
        return j;
    }

    /// <summary>"I've", "she'd", "we’re": the pronoun of a contraction, else the word itself.</summary>
    internal static string Uncontracted(string word)
    {
        int apostrophe = word.IndexOfAny(['\'', '’']);
        return apostrophe > 0 && Pronouns.Contains(word[..apostrophe]) ? word[..apostrophe] : word;
    }

    /// <summary>Prepositions, conjunctions and the like that end a noun phrase: "that", "with", "and", "said".</summary>
    // "the WHO said": a body's initials that spell a function word are a name, not the word ("who", "us", "it")
    internal static bool IsStop(string word) => Stops.Contains(word) && !SpeakerResolver.IsAcronym(word);

    /// <summary>Words that open a sentence but never a name: "What", "But", "When", "He".</summary>
    internal static bool IsFunctionWord(string word) => IsStop(word) || Pronouns.Contains(word) || Skippable.Contains(word) || Determiners.Contains(word);

    /// <summary>The speaker phrase that ends just before token <paramref name="cue"/>, or null.</summary>
    public static Mention? LeftOf(IReadOnlyList<Token> tokens, int cue, string text)
    {
        var mention = NearestLeftOf(tokens, cue, text);
        // "…, a person close to him said": the object pronoun completes the adjective's preposition
        if (mention is null && cue >= 4 && tokens[cue - 1].IsWord && !tokens[cue - 1].InQuote && tokens[cue - 1].Text is "him" or "her" or "them" or "it"
            && tokens[cue - 2].Text is "to" or "with" && tokens[cue - 3].Text is "close" or "familiar" && tokens[cue - 4].IsWord && !IsFunctionWord(tokens[cue - 4].Text))
            return SubjectBeforePreposition(tokens, cue - 2, Make(tokens, cue - 1, cue - 1, MentionKind.Pronoun, text), text);
        // "An envoy who insisted on anonymity told …": a clause ending in a bare noun or an adverb holds no
        // phrase next to the cue, but still describes the speaker before it
        if (mention is null) return AnonymityClauseBefore(tokens, cue) ? AntecedentOfRelativeClause(tokens, cue, cue, text) : null;
        if (AntecedentOfRelativeClause(tokens, IndexOf(tokens, mention.Tokens[0]), cue, text) is { } antecedent) return antecedent;
        if (NameAfterFrontedPhrase(tokens, mention, cue, text) is { } subject) return subject;
        // "by law professor Jo Doe": lowercase words of a description may stand between the preposition and the name
        int before = IndexOf(tokens, mention.Tokens[0]) - 1;
        while (before > 0 && mention.Kind == MentionKind.Name && IndexOf(tokens, mention.Tokens[0]) - before <= 3 && tokens[before].IsWord && !tokens[before].InQuote
               && !tokens[before].IsCapitalized && !IsFunctionWord(tokens[before].Text)) before--;
        return before >= 0 && IsObjectPreposition(tokens[before]) ? SubjectBeforePreposition(tokens, before, mention, text) : mention;
    }

    /// <summary>
    /// "At a dock meeting with the board of the Coast Herald Ruiz said …", "In a radio interview Ruiz declared …": the
    /// sentence opens with a prepositional phrase and no comma closes it, so the subject is only the name that ends the
    /// run of capitalized words before the cue — a given name and a surname, or the last word alone — not the phrase's
    /// object it runs into. Null when the sentence does not open so.
    /// </summary>
    private static Mention? NameAfterFrontedPhrase(IReadOnlyList<Token> tokens, Mention mention, int cue, string text)
    {
        if (mention.Kind != MentionKind.Name || tokens.Count < 4) return null;
        int open = tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0;
        if (!tokens[open].IsWord || !tokens[open].IsCapitalized || !Lexicon.Default.FrontingPrepositions.Contains(tokens[open].Text)) return null;
        for (int k = open; k < cue; k++)
            if (tokens[k].InQuote || !tokens[k].IsWord && !(tokens[k].Text is "." or "-" or "'" or "’")) return null;
        int last = IndexOf(tokens, mention.Tokens[^1]), first = last;
        while (first - 1 > open && tokens[first - 1].IsCapitalized && !IsStop(tokens[first - 1].Text)) first--;
        // the run must follow a word of the phrase ("interview Ruiz", "Herald Ruiz"), not open the sentence's subject itself
        if (first - 1 <= open || !tokens[last].IsCapitalized) return null;
        int begin = last - first >= 1 && Lexicon.Default.IsGivenName(tokens[last - 1].Text) ? last - 1 : last;
        if (begin == first && !tokens[first - 1].IsWord) return null;
        return Make(tokens, begin, last, MentionKind.Name, text);
    }

    // ("a study of 40 towns over two decades by …": a span of time or place is one more phrase on the way to the subject)
    private static readonly HashSet<string> ObjectPrepositions = new(StringComparer.Ordinal) { "in", "at", "from", "to", "by", "about", "with", "on", "into", "near", "over", "across", "inside", "outside", "within", "among", "throughout" };

    private static bool IsObjectPreposition(Token t) => t.IsWord && !t.InQuote && ObjectPrepositions.Contains(t.Text);

    /// <summary>
    /// "Her filing with the court cited …", "the Harmon Institute in Harrow maintains …", "a study by Yale and the
    /// University of Harrow at Millbrook found …": the phrase next to the cue completes a preposition, so it is not the
    /// subject. The subject is the noun phrase that opens the clause before the chain of prepositional phrases (the
    /// sentence's start, a comma or a leading "But"): a name alone, or a description with its complements
    /// ("officials at the Pentagon"). Null when no such phrase opens the clause: better no source than the wrong one.
    /// </summary>
    private static Mention? SubjectBeforePreposition(IReadOnlyList<Token> tokens, int preposition, Mention mention, string text)
    {
        int end = IndexOf(tokens, mention.Tokens[^1]);
        int link = preposition;
        for (int hops = 0; hops < 6; hops++)
        {
            int k = link - 1;
            // ("researcher Jo Doe of the Harmon Institute in Harrow": the article after "of" is inside the phrase)
            while (k >= 0 && link - k <= 8 && (IsPhraseWord(tokens[k]) || IsArticleAfterOf(tokens, k))) k--;
            int s = k + 1;
            if (s >= link) return null;
            // “…,” researcher Jo Doe of … told: the quote that closes right before opens the clause of its attribution
            bool opensClause = k < 0 || tokens[k].Is(',') && !tokens[k].InQuote || tokens[k].Kind == TokenKind.QuoteMark && k > 0
                || k == 0 && tokens[0].IsWord && tokens[0].Text is "But" or "And" or "Yet" or "So";
            if (opensClause)
            {
                // "advisers to Mr. Obama say": a bare plural is a description too
                var head = Classify(tokens, s, link - 1, text) ?? (IsPlural(tokens[link - 1]) ? Make(tokens, s, link - 1, MentionKind.Nominal, text) : null);
                if (head is null || head.Kind == MentionKind.Pronoun) return null;
                var span = new TextSpan(tokens[s].Start, tokens[end].End, text[tokens[s].Start..tokens[end].End]);
                // "Others in the farm lobby", "Residents of the town": a lone capitalized plural opening the sentence is no name
                bool group = head.Tokens.Count == 1 && s == 0 && IsPlural(head.Tokens[0]) && !head.Tokens[0].Text.EndsWith("'s", StringComparison.Ordinal) && !head.Tokens[0].Text.EndsWith("’s", StringComparison.Ordinal);
                if (head.Kind == MentionKind.Name && !group) return new Mention(span, MentionKind.Name, head.Tokens);
                var all = new List<Token>(end - s + 1);
                for (int m = s; m <= end; m++) all.Add(tokens[m]);
                return new Mention(span, MentionKind.Nominal, all);
            }
            if (!IsObjectPreposition(tokens[k]) && !(tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "and")) return null;
            link = k;
        }
        return null;
    }

    /// <summary>
    /// "One of the nurses who signed the petition called …": the phrase next to the cue ("the petition") lies inside a
    /// relative clause, and the speaker is the noun phrase the clause describes ("One of the nurses"). That phrase,
    /// or null when no relative "who"/"which"/"that" opens a clause of two words or more before the cue.
    /// </summary>
    private static Mention? AntecedentOfRelativeClause(IReadOnlyList<Token> tokens, int phrase, int cue, string text)
    {
        int r = -1;
        for (int k = phrase - 1; k > 0 && cue - k <= 14; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote) return null;
            if (t.Text is "who" or "which" or "that") { r = k; break; }
            // "The nurse who said the doctor called …": a cue of its own in between starts another attribution, but
            // not the one of a clause that only says why the speaker goes unnamed
            if (Lexicon.Default.CueVerbs.Contains(t.Text) && !GrantsAnonymity(tokens, k, cue)) return null;
        }
        if (r < 1) return null;
        int words = 0;
        for (int k = r + 1; k < cue; k++) if (tokens[k].IsWord) words++;
        if (words < 2) return null;
        // "warned that the letter said …": "that" before a subject is a complementizer; only "that signed …" is relative
        var next = tokens[r + 1];
        if (tokens[r].Text is "that" && (next.IsCapitalized || IsFunctionWord(next.Text))) return null;
        var antecedent = NearestLeftOf(tokens, r, text);
        if (antecedent is null || antecedent.Kind == MentionKind.Pronoun || IndexOf(tokens, antecedent.Tokens[^1]) != r - 1) return null;
        // a noun phrase, not a verb ("Officials warned that …") or a stretch of clause ("It is unclear which …")
        var head = antecedent.Tokens[^1].Text;
        if (!antecedent.Tokens[^1].IsCapitalized && (head.EndsWith("ed", StringComparison.Ordinal) || Lexicon.Default.CueVerbs.Contains(head))) return null;
        if (antecedent.Kind == MentionKind.Nominal && !Determiners.Contains(antecedent.Tokens[0].Text)) return null;
        // "the claim that aides leaked the memo": a speech noun's "that" opens what was claimed
        if (tokens[r].Text is "that" && Lexicon.Default.CueNouns.Contains(head)) return null;
        return antecedent;
    }

    // a "who" opening a clause of anonymity that ends at the cue: "who insisted on anonymity said"
    private static bool AnonymityClauseBefore(IReadOnlyList<Token> tokens, int cue)
    {
        for (int k = cue - 1; k > 0 && cue - k <= 14; k--)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            if (tokens[k].Text is "who") return GrantsAnonymity(tokens, k, cue);
        }
        return false;
    }

    /// <summary>
    /// "who asked not to be named", "who was not authorized to speak": the speech verb at <paramref name="verb"/> in a
    /// clause that only says why its speaker goes unnamed reports nothing of its own. A word of anonymity between it
    /// and the cue tells such a clause.
    /// </summary>
    private static bool GrantsAnonymity(IReadOnlyList<Token> tokens, int verb, int cue)
    {
        for (int k = verb + 1; k < cue; k++)
            if (tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text.ToLowerInvariant() is "anonymity" or "anonymously" or "authorized" or "authorised" or "named" or "identified")
                return true;
        return false;
    }

    /// <summary>
    /// "A senior official in Port Selim, the capital, who …, said": the description set off after a place ("the
    /// capital") tells where the place is, so the phrase goes on at the place's name before it. The index of that
    /// name's last word, or <paramref name="j"/> when no description of a place ends there.
    /// </summary>
    private static int SkipPlaceApposition(IReadOnlyList<Token> tokens, int j)
    {
        int k = j;
        while (k > 0 && j - k < 3 && tokens[k].IsWord && !tokens[k].InQuote && !tokens[k].IsCapitalized && !Determiners.Contains(tokens[k].Text)) k--;
        if (k == j || k < 3 || !tokens[k].IsWord || tokens[k].Text is not "the" || !tokens[k - 1].Is(',') || tokens[k - 1].InQuote) return j;
        int name = k - 2, n = name;
        while (n > 0 && tokens[n].IsCapitalized && !tokens[n].InQuote) n--;
        return n < name && tokens[n].IsWord && !tokens[n].InQuote && tokens[n].Text is "in" or "at" or "from" ? name : j;
    }

    // "D-Minn.", "R-Ky.", "I-Vt": a party's initial, a hyphen and a state's abbreviation, maybe with its period
    private static bool IsPartyLabel(IReadOnlyList<Token> tokens, int from, int to)
    {
        var t = tokens[from];
        if (!t.IsWord || t.InQuote || t.Text.Length is < 3 or > 8 || !char.IsUpper(t.Text[0]) || t.Text[1] != '-' || !char.IsUpper(t.Text[2])) return false;
        for (int k = from + 1; k <= to; k++) if (!tokens[k].Is('.')) return false;
        return true;
    }

    private static int IndexOf(IReadOnlyList<Token> tokens, Token token)
    {
        for (int k = 0; k < tokens.Count; k++) if (tokens[k].Start == token.Start) return k;
        return -1;
    }

    private static Mention? NearestLeftOf(IReadOnlyList<Token> tokens, int cue, string text)
    {
        int j = cue - 1;
        bool negated = false;
        while (j >= 0 && IsSkippableLeft(tokens, j)) negated |= IsNegativeContraction(tokens[j--].Text);
        // "the sad thing is that he doesn't even want it": a negated pronoun inside a clause reports nothing
        if (negated && j > 0 && Pronouns.Contains(tokens[j].Text) && tokens[j - 1].IsWord) return null;
        if (j >= 0 && tokens[j].Is(','))
        {
            j = SkipRelativeClause(tokens, j);
            if (j > 0) j = HeadOfClauseHoldingApposedName(tokens, j);
            if (j > 0) j = HeadOfRestrictiveClause(tokens, j);
            // past the clause, a description of a place set off by commas: "in Port Selim, the capital, who …"
            if (j > 0 && tokens[j + 1].Is(',')) j = SkipPlaceApposition(tokens, j);
        }
        if (j > 0) j = SkipAgeAndHometown(tokens, j);
        if (j > 1) j = SkipStateAfterTown(tokens, j);
        if (j > 3 && tokens[j + 1].Is(',')) j = SkipRegionAfterTown(tokens, j);
        // "Angela Brenner, a landlord and spokeswoman for the Alliance, which is …, said": past the relative
        // clause stands an apposition, and past that the name
        if (j > 0 && tokens[j].IsCapitalized && cue - j > 3 && tokens[j + 1].Is(',') && ApposedName(tokens, j) is int name) j = name;
        if (j >= 0 && tokens[j].Is(')')) j = SkipParenthesis(tokens, j);
        if (j < 0 || !tokens[j].IsWord || tokens[j].InQuote) return null;
        if (Pronouns.Contains(Uncontracted(tokens[j].Text)))
            return j == 0 || !tokens[j - 1].IsWord || IsStop(tokens[j - 1].Text) || Skippable.Contains(tokens[j - 1].Text)
                ? Make(tokens, j, j, MentionKind.Pronoun, text) : null;
        if (IsStop(tokens[j].Text) || (Skippable.Contains(tokens[j].Text) && !(tokens[j].IsCapitalized && j > 0 && tokens[j - 1].IsCapitalized))) return null;
        // "The governor scrutinized reports": before a cue word that is as often a plural noun, a lowercase past form is
        // the verb and the cue word its object (not "the report released found", "the experts I interviewed said")
        if (j == cue - 1 && !tokens[j].IsCapitalized && tokens[j].Text.EndsWith("ed", StringComparison.Ordinal) && !Lexicon.Default.PersonHeads.Contains(tokens[j].Text)
            && Lexicon.Default.OwnedNounCues.Contains(tokens[cue].Text)) return null;
        int end = j, start = j;
        // "how Tom Ellery has escaped charges": an auxiliary before a lowercase verb ends the subject, it is no part of it
        while (start - 1 >= 0 && end - start < 8 && !IsAuxiliaryBeforeVerb(tokens, start - 1) && (IsPhraseWord(tokens[start - 1])
               || tokens[start - 1].Text is "and" && start >= 2 && tokens[start - 2].IsCapitalized && tokens[start].IsCapitalized
               // "Harrow & Finch said": an ampersand between capitalized words joins one firm's name
               || tokens[start - 1].Is('&') && !tokens[start - 1].InQuote && start >= 2 && tokens[start - 2].IsCapitalized && tokens[start].IsCapitalized
               || IsOneDescribedTwice(tokens, start))) start--;
        // "Valdoria's Ministry of Transport, Ports and Shipping said": past a comma, the body's name the last words end
        if (start > 1 && tokens[start].IsCapitalized && BodyNameStart(tokens, start, end) is >= 0 and var body)
        {
            start = body;
            // (its owner before it, "Valdoria's", is no part of the name)
            if (start > 0 && Determiners.Contains(tokens[start - 1].Text)) start--;
        }
        // the phrase begins at its determiner, or at the first capitalized word
        int begin = -1;
        for (int k = start; k <= end; k++)
        {
            if (Determiners.Contains(tokens[k].Text) || (tokens[k].IsCapitalized && !IsStop(tokens[k].Text))) { begin = k; break; }
        }
        if (begin < 0) return BareSubject(tokens, end, text);
        // "At the school, principal Ines Quell said": lowercase title words that open the clause before a name are her
        // title, part of the phrase ("the principal" later finds her), as a capitalized one would be
        if (begin > start && tokens[begin].IsCapitalized && (start == 0 || tokens[start - 1].Is(',') && !tokens[start - 1].InQuote) && OnlyTitleWords(tokens, start, begin))
            begin = start;
        // "…, while ministry spokeswoman Ilse Dorn said", "“…,” harbour duty officer Ilse Dorn told reporters": after a
        // conjunction that opens a second clause, or right after the quote the attribution follows, a word for a person
        // and a modifier or two before it ("ministry", "harbour duty") are her title, as they would be opening the sentence
        else if (begin > start && begin - start <= 3 && tokens[begin].IsCapitalized && start > 0 && OpensClauseBeforeTitle(tokens[start - 1])
                 && TitleWithModifiers(tokens, start, begin))
            begin = start;
        // "Late in the day the judge warned the lawyers": an article after a noun opens a phrase of its own, and the words before it
        // end the fronted phrase ("the day"), no part of the subject
        if (begin > 0 && tokens[begin - 1].IsWord && !tokens[begin - 1].InQuote && Lexicon.Default.FrontingPrepositions.Contains(tokens[begin - 1].Text))
            for (int k = begin + 2; k <= end; k++)
            {
                if (!tokens[k - 1].IsWord || tokens[k - 1].IsCapitalized || IsFunctionWord(tokens[k - 1].Text) || Determiners.Contains(tokens[k - 1].Text)) break;
                if (tokens[k].IsWord && tokens[k].Text is "the" or "a" or "an")
                {
                    begin = k;
                    break;
                }
            }
        // "lawyers for the union said": the speakers are the bare plural before the complement, not "the union"
        if (begin >= start + 2 && tokens[begin - 1].Text is "for" or "of" && IsPlural(tokens[begin - 2]) && !tokens[begin - 2].IsCapitalized
            && (begin - 2 == 0 || tokens[begin - 3].Is(',') && !tokens[begin - 3].InQuote))
            return Make(tokens, begin - 2, end, MentionKind.Nominal, text);
        if (PluralHeadBefore(tokens, begin, end, text) is { } group) return group;
        if (PersonBeforeComplement(tokens, begin) is int person) return Make(tokens, person, end, MentionKind.Nominal, text);
        // "Following initial reports of …": a sentence-opening participle is no name
        if (begin == 0 && end > 0 && tokens[0].IsCapitalized && tokens[0].Text.Length > 5 && tokens[0].Text.EndsWith("ing", StringComparison.Ordinal) && !tokens[1].IsCapitalized)
            return null;
        while (begin < end && Skippable.Contains(tokens[begin].Text)) begin++;
        return Classify(tokens, begin, end, text);
    }

    // "while", "whereas", "and", "but" outside a quote, or the closing mark of the quote an attribution follows
    private static bool OpensClauseBeforeTitle(Token t) =>
        t.IsWord ? !t.InQuote && t.Text is "while" or "whereas" or "and" or "but" : t.InQuote;

    // lowercase words ending in a title or a word for a person ("ministry spokeswoman"), the others no function words
    private static bool TitleWithModifiers(IReadOnlyList<Token> tokens, int from, int to)
    {
        var head = tokens[to - 1];
        if (!head.IsWord || head.InQuote || head.IsCapitalized || !(Lexicon.Default.Titles.Contains(head.Text) || Lexicon.Default.PersonHeads.Contains(head.Text))) return false;
        for (int k = from; k < to - 1; k++)
            if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized || IsFunctionWord(tokens[k].Text) || Lexicon.Default.CueVerbs.Contains(tokens[k].Text)) return false;
        return true;
    }

    // lowercase words of a title, and nothing else, from <paramref name="from"/> up to <paramref name="to"/> (exclusive)
    private static bool OnlyTitleWords(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to; k++)
            if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized || !Lexicon.Default.Titles.Contains(tokens[k].Text)) return false;
        return true;
    }

    /// <summary>
    /// "Political observers in Harrow County and across the state say", "council members from both parties say": the
    /// phrase next to the cue ("the state") completes a preposition after a bare plural that opens the clause, and
    /// that plural is the head of the source. The whole phrase, or null.
    /// </summary>
    private static Mention? PluralHeadBefore(IReadOnlyList<Token> tokens, int begin, int end, string text)
    {
        for (int p = begin - 2; p >= 0 && begin - p <= 8; p--)
        {
            var t = tokens[p];
            if (!t.IsWord || t.InQuote) return null;
            if (t.IsCapitalized && !IsFunctionWord(t.Text) || t.Text is "and" || GroupPrepositions.Contains(t.Text) || Determiners.Contains(t.Text)) continue;
            if (!IsPlural(t) || !GroupPrepositions.Contains(tokens[p + 1].Text)) return null;
            int s = p;
            while (s > 0 && p - s < 2 && tokens[s - 1].IsWord && !tokens[s - 1].InQuote && !IsFunctionWord(tokens[s - 1].Text)) s--;
            return s == 0 || tokens[s - 1].Is(',') && !tokens[s - 1].InQuote ? Make(tokens, s, end, MentionKind.Nominal, text) : null;
        }
        return null;
    }

    /// <summary>
    /// "A senior engineer at one of the two ferry lines, who …, said", "an aide from the port office said": the phrase next
    /// to the cue completes a preposition after a word for a person that heads the clause's opening phrase, and that
    /// person, not the place they work, is who spoke. The index of the opening phrase's determiner, or null.
    /// </summary>
    private static int? PersonBeforeComplement(IReadOnlyList<Token> tokens, int begin)
    {
        int p = begin - 1;
        // "one of the lines", "each of the unions": a share of the group, still inside the complement
        if (p >= 2 && tokens[p].Text is "of" && tokens[p - 1].IsWord && tokens[p - 1].Text is "one" or "each" or "either" or "neither" or "any" or "some") p -= 2;
        if (p < 2 || !tokens[p].IsWord || tokens[p].InQuote || tokens[p].Text is not ("at" or "from" or "with" or "in")) return null;
        var head = tokens[p - 1];
        if (!head.IsWord || head.InQuote || head.IsCapitalized || !(Lexicon.Default.PersonHeads.Contains(head.Text) || Lexicon.Default.Titles.Contains(head.Text))) return null;
        // the opening phrase: a determiner, then at most three lowercase modifiers before the word for a person
        for (int d = p - 2; d >= 0 && p - 1 - d <= 4; d--)
        {
            var t = tokens[d];
            if (!t.IsWord || t.InQuote) return null;
            if (t.Text is "a" or "an" or "A" or "An" or "the" or "The")
                return d == 0 || d == 1 && tokens[0].IsWord && tokens[0].Text is "But" or "And" || tokens[d - 1].Is(',') && !tokens[d - 1].InQuote ? d : null;
            if (t.IsCapitalized || IsFunctionWord(t.Text)) return null;
        }
        return null;
    }

    private static readonly HashSet<string> GroupPrepositions = new(StringComparer.OrdinalIgnoreCase) { "in", "around", "across", "from", "throughout", "outside", "inside" };

    /// <summary>
    /// "The former county clerk and state senator said": two titles under one determiner describe one person, so the
    /// phrase goes on past the "and" before <paramref name="start"/> (not "the mayor and the governor", two people).
    /// So do "Chairman and chief executive Orla Fenwick", "Mayor and party leader Tomas Brekke": a capitalized title
    /// before the "and" is the first of the person's titles (never a name: "Fenwick and chief executive …" stops).
    /// </summary>
    private static bool IsOneDescribedTwice(IReadOnlyList<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Text is not "and" || tokens[start - 1].InQuote || Determiners.Contains(tokens[start].Text)) return false;
        var before = tokens[start - 2];
        return before.IsWord && !before.InQuote && (!before.IsCapitalized || Lexicon.Default.Titles.Contains(before.Text) && !IsCourtesyTitle(before.Text)) && !IsPlural(before)
            && (Lexicon.Default.Titles.Contains(before.Text) || Lexicon.Default.PersonHeads.Contains(before.Text))
            && !Lexicon.Default.TitleModifiers.Contains(before.Text);
    }

    // "Mr.", "Ms", "Dr.": a courtesy title stands before a name, never alone before "and"
    private static bool IsCourtesyTitle(string word) => word.TrimEnd('.') is "Mr" or "Mrs" or "Ms" or "Dr" or "Mme" or "Herr" or "Frau";

    /// <summary>"Federal and state officials said", "Experts on North Korea said": a bare plural noun phrase opening the sentence.</summary>
    private static Mention? BareSubject(IReadOnlyList<Token> tokens, int end, string text)
    {
        if (tokens[end].IsCapitalized) return null;
        int begin = end;
        while (begin > 0 && end - begin < 10 && tokens[begin - 1].IsWord && !tokens[begin - 1].InQuote
               && (!IsStop(tokens[begin - 1].Text) || tokens[begin - 1].Text is "and" or "of" or "on" or "for" or "in")
               && !Skippable.Contains(tokens[begin - 1].Text) && !Pronouns.Contains(tokens[begin - 1].Text)) begin--;
        // the plural head ends the phrase ("top black lawmakers") or comes before its complement ("Experts on trade
        // and tax policy", "lawyers for the union")
        if (!IsPlural(tokens[end]) && !HasPluralHead(tokens, begin, end)) return null;
        // it opens the sentence, or its main clause after an introductory phrase ("After the explosion, officials said")
        if (begin > 0 && !(begin == 1 && tokens[0].IsWord && tokens[0].Text is "But" or "And" or "Some" or "Many" or "Most" or "Other")
            && !(tokens[begin - 1].Is(',') && !tokens[begin - 1].InQuote && begin >= 3)) return null;
        // ("the group Fair Fares, whose members found …": the relative pronoun is no word of the members)
        while (begin < end && tokens[begin].Text is "and" or "of" or "on" or "for" or "in" or "But" or "And" or "whose") begin++;
        // "The poll, by Acme, shows rates will rise": a lone cue verb ("shows") is the verb, never the subject
        if (begin == end && Lexicon.Default.CueVerbs.Contains(tokens[end].Text)) return null;
        return Make(tokens, begin, end, MentionKind.Nominal, text);
    }

    private static bool IsPlural(Token t) =>
        t.Text.Length > 3 && t.Text.EndsWith('s') && !t.Text.EndsWith("ss", StringComparison.Ordinal) || Lexicon.Default.Groups.Contains(t.Text);

    private static bool HasPluralHead(IReadOnlyList<Token> tokens, int begin, int end)
    {
        for (int k = begin; k < end; k++)
            if (tokens[k + 1].Text is "of" or "for" or "on" or "at" or "from") return IsPlural(tokens[k]) && !tokens[k].Text.EndsWith("’s", StringComparison.Ordinal) && !tokens[k].Text.EndsWith("'s", StringComparison.Ordinal);
        return false;
    }

    /// <summary>The speaker phrase that starts just after token <paramref name="cue"/> ("said Psaki", "according to a US official").</summary>
    public static Mention? RightOf(IReadOnlyList<Token> tokens, int cue, string text)
    {
        int k = cue + 1;
        if (k >= tokens.Count || !tokens[k].IsWord || tokens[k].InQuote) return null;
        if (Pronouns.Contains(tokens[k].Text)) return Make(tokens, k, k, MentionKind.Pronoun, text);
        int end = k;
        while (end + 1 < tokens.Count && end - k < 8 && (IsPhraseWord(tokens[end + 1]) && tokens[end + 1].Text is not "for" || InsideName(tokens, end + 1)
               || PluralPossessiveInName(tokens, end + 1) || PluralPossessiveInDescription(tokens, k, end + 1))) end++;
        // "the official on condition of anonymity": stop before prepositions; keep "Secretary of State"
        while (end > k && (Connectors.Contains(tokens[end].Text) || IsTimeWord(tokens[end]))) end--;
        // "said former Secretary of State …", "said longtime adviser …": lowercase modifiers before a name
        if (!Determiners.Contains(tokens[k].Text) && !tokens[k].IsCapitalized && !LeadsName(tokens, k, end)) return null;
        // "… Coalition to Restore Our Rivers (CROR)": the acronym in brackets belongs to the name it abbreviates
        if (end + 3 < tokens.Count && tokens[end].IsCapitalized && tokens[end + 1].Is('(') && tokens[end + 3].Is(')') && tokens[end + 2].IsWord
            && tokens[end + 2].Text.Length >= 2 && tokens[end + 2].Text.All(char.IsUpper) && Classify(tokens, k, end, text) is { Kind: MentionKind.Name } named)
            return Make(tokens, IndexOf(tokens, named.Tokens[0]), end + 3, MentionKind.Name, text);
        return Classify(tokens, k, end, text);
    }

    // "the Coastal Rowers' Association": the apostrophe of a plural's possessive between capitalized words is part
    // of the name
    private static bool PluralPossessiveInName(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && k > 0 && !tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "'" or "’" && tokens[k].Start == tokens[k - 1].End
        && tokens[k - 1].IsCapitalized && tokens[k - 1].Text.EndsWith('s') && tokens[k + 1].IsWord && tokens[k + 1].IsCapitalized && !tokens[k + 1].InQuote;

    // "according to the valley fruit growers' cooperative": the apostrophe of a lowercase plural's possessive inside a phrase
    // opened by an article makes the plural the owner of the noun after it, which heads the phrase
    private static bool PluralPossessiveInDescription(IReadOnlyList<Token> tokens, int first, int k) =>
        k + 1 < tokens.Count && k > first && Determiners.Contains(tokens[first].Text) && !tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "'" or "’"
        && tokens[k].Start == tokens[k - 1].End && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized && tokens[k - 1].Text.EndsWith('s')
        && tokens[k + 1].IsWord && !tokens[k + 1].InQuote && !tokens[k + 1].IsCapitalized && !IsFunctionWord(tokens[k + 1].Text)
        && !Lexicon.Default.CueVerbs.Contains(tokens[k + 1].Text);

    // "Coalition to Restore Our Rivers": a lowercase "to" or "and" between capitalized words is part of the name
    private static bool InsideName(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "to" or "and" && tokens[k - 1].IsCapitalized && tokens[k + 1].IsCapitalized && !tokens[k + 1].InQuote;

    private static bool LeadsName(IReadOnlyList<Token> tokens, int k, int end)
    {
        for (int m = k; m <= end && m - k < 4; m++)
        {
            // "said retired crane driver Edvin Holm": a third lowercase word only when the last before the name is a word
            // for a person, so a title with two modifiers leads a name, a clause of three words does not
            if (tokens[m].IsCapitalized) return m > k && (m - k < 3 || IsPersonWord(tokens[m - 1]));
            if (!tokens[m].IsWord || IsFunctionWord(tokens[m].Text)) return false;
        }
        return false;
    }

    private static bool IsPersonWord(Token t) =>
        t.IsWord && !t.InQuote && (Lexicon.Default.Titles.Contains(t.Text) || Lexicon.Default.PersonHeads.Contains(t.Text));

    private static Mention? Classify(IReadOnlyList<Token> tokens, int begin, int end, string text)
    {
        while (end > begin && (Connectors.Contains(tokens[end].Text) || IsTimeWord(tokens[end]) && !InsideName(tokens, begin, end)))
        {
            // "a survey released this month": the word that points the time out goes with it
            bool time = IsTimeWord(tokens[end]);
            end--;
            if (time && end > begin && tokens[end].IsWord && tokens[end].Text is "this" or "last" or "next" or "that" or "each" or "every") end--;
        }
        while (begin < end && IsTimeWord(tokens[begin])) begin++;
        // "…,” McConnell, R-Ky., said Tuesday.": a day is when it was said, never who said it
        if (begin == end && IsTimeWord(tokens[begin])) return null;
        var last = tokens[end];
        // ("the father of two said": a number after a word for a person and "of" counts their children and ends the phrase)
        if (Determiners.Contains(last.Text) && !(end >= begin + 2 && last.Text is "two" or "three" && tokens[end - 1].IsWord && tokens[end - 1].Text is "of"
            && tokens[end - 2].IsWord && !tokens[end - 2].IsCapitalized)) return null;
        // "Two weeks ago at a dock meeting …": a time before the cue is when, never who
        if (last.IsWord && last.Text is "ago") return null;
        // "I hope in 2030 …": a pronoun with words after it opens a clause, not a noun phrase
        if (end > begin && Pronouns.Contains(tokens[begin].Text)) return null;
        bool named = false;
        for (int k = begin; k <= end; k++) if (tokens[k].IsCapitalized && !Determiners.Contains(tokens[k].Text)) named = true;
        // ("Pieter van Dalen of the Green Alliance party": a name before "of" is the person, whatever their party's head word)
        bool lowerHead = !last.IsCapitalized && !NameBeforeOf(tokens, begin, end);
        var kind = lowerHead ? MentionKind.Nominal : named ? MentionKind.Name : MentionKind.Nominal;
        if (lowerHead && !Determiners.Contains(tokens[begin].Text) && !tokens[begin].IsCapitalized) return null;
        return Make(tokens, begin, end, kind, text);
    }

    // two capitalized words or more (a particle between them) open the phrase, then "of the" and a capitalized word
    private static bool NameBeforeOf(IReadOnlyList<Token> tokens, int begin, int end)
    {
        int k = begin;
        while (k <= end && tokens[k].IsWord && (tokens[k].IsCapitalized && !Determiners.Contains(tokens[k].Text) || k > begin && Lexicon.Default.NameParticles.Contains(tokens[k].Text))) k++;
        return k - begin >= 2 && k + 2 <= end && tokens[k - 1].IsCapitalized && tokens[k].Text is "of" && tokens[k + 1].Text is "the" && tokens[k + 2].IsCapitalized;
    }

    private static Mention Make(IReadOnlyList<Token> tokens, int begin, int end, MentionKind kind, string text)
    {
        var span = new TextSpan(tokens[begin].Start, tokens[end].End, text[tokens[begin].Start..tokens[end].End]);
        var list = new List<Token>(end - begin + 1);
        for (int k = begin; k <= end; k++) list.Add(tokens[k]);
        return new Mention(span, kind, list);
    }

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal)
    {
        "has", "had", "have", "is", "was", "were", "are", "am", "will", "would", "could", "can", "should", "may", "might", "must", "did", "does", "do",
    };

    // "Ellery has escaped": a lowercase auxiliary followed by a lowercase word is a verb group, not a noun phrase's word
    private static bool IsAuxiliaryBeforeVerb(IReadOnlyList<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k].IsWord && !tokens[k].InQuote && Auxiliaries.Contains(tokens[k].Text)
        && tokens[k + 1].IsWord && !tokens[k + 1].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[k + 1].Text);

    // "a reporter for Coast Today": a capitalized "Today" or "Week" after another capitalized word of the phrase ends a
    // name (a weekday is still when: "Ruiz Tuesday")
    private static bool InsideName(IReadOnlyList<Token> tokens, int begin, int k) =>
        k > begin && tokens[k].IsCapitalized && tokens[k - 1].IsCapitalized && !Lexicon.Default.IsWeekday(tokens[k].Text);

    private static bool IsArticleAfterOf(IReadOnlyList<Token> tokens, int k) =>
        k > 0 && tokens[k].IsWord && !tokens[k].InQuote && tokens[k].Text is "the" && tokens[k - 1].IsWord && tokens[k - 1].Text is "of";

    private static bool IsPhraseWord(Token t) =>
        t.IsWord && !t.InQuote && (!IsStop(t.Text) || t.Text is "of" or "for");

    private static bool IsNegativeContraction(string word) =>
        word.Length > 3 && (word.EndsWith("n't", StringComparison.OrdinalIgnoreCase) || word.EndsWith("n’t", StringComparison.OrdinalIgnoreCase));

    internal static bool IsTimeWord(Token t) => t.IsWord && Days.Contains(t.Text);

    private static bool IsSkippableLeft(IReadOnlyList<Token> tokens, int j)
    {
        var t = tokens[j];
        if (!t.IsWord) return false;
        if (IsNegativeContraction(t.Text) && !t.IsCapitalized) return true; // "his aides haven't said": "did not" spelled short
        if (Skippable.Contains(t.Text) && !(t.IsCapitalized && j > 0 && tokens[j - 1].IsCapitalized)) return true; // "Theresa May said" is no modal
        // "flatly said" — but "the family said", "his ally said": after a determiner an -ly word is a noun
        if (!t.IsCapitalized && t.Text.EndsWith("ly", StringComparison.Ordinal) && t.Text.Length > 4 && !(j > 0 && Determiners.Contains(tokens[j - 1].Text))) return true;
        // "Lin and Sorensen both said", "her deputy, Piet Sorensen, both said": "both" after the subject is no part of it
        if (t.Text is "both" && j > 0 && !tokens[j - 1].InQuote && (tokens[j - 1].Is(',') || tokens[j - 1].IsWord && !Determiners.Contains(tokens[j - 1].Text))) return true;
        // "Cruz has long said": an adverb of time after the auxiliary
        if (t.Text is "long" && j > 0 && tokens[j - 1].IsWord && tokens[j - 1].Text is "has" or "have" or "had") return true;
        // "on Tuesday", "last week"
        if (Days.Contains(t.Text) && !InsideName(tokens, 0, j)) return true;
        if (j > 0 && tokens[j - 1].IsWord && tokens[j - 1].Text is "on" or "last" or "this" && j + 1 < tokens.Count && Days.Contains(t.Text)) return true;
        // "issued at noon on Friday said": "at" points out an hour as "on" does a day
        if (t.Text is "on" or "at" && j + 1 < tokens.Count && Days.Contains(tokens[j + 1].Text)) return true;
        return false;
    }

    /// <summary>
    /// "Dana Wells, 59, of Dover, Del., who …": an age and a hometown set off by commas stand between a name and its
    /// verb; the index of the name's last word, or <paramref name="j"/> when no such apposition ends there.
    /// </summary>
    // the abbreviations of American states written after a town's name ("Natchez, Miss.", "Dover, Del."): a place, never a name
    private static readonly HashSet<string> StateAbbreviations = new(StringComparer.Ordinal)
    {
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La", "Md", "Mass", "Mich", "Minn",
        "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo", "N.C", "S.C", "N.D", "S.D",
        "N.H", "N.J", "N.M", "N.Y", "R.I", "W.Va",
    };

    /// <summary>
    /// "the curator at the River Museum in Natchez, Miss., which …, said": the word reached past the clause is a state's
    /// abbreviation after a town, so the phrase goes on at the town (and past the description it ends, at the name).
    /// The index of the town's last word, or <paramref name="j"/> when no state abbreviation stands there.
    /// </summary>
    private static int SkipStateAfterTown(IReadOnlyList<Token> tokens, int j)
    {
        int s = tokens[j].Is('.') ? j - 1 : j;
        if (s < 2 || !tokens[s].IsWord || tokens[s].InQuote || !StateAbbreviations.Contains(tokens[s].Text.TrimEnd('.'))) return j;
        return tokens[s - 1].Is(',') && !tokens[s - 1].InQuote && tokens[s - 2].IsWord && tokens[s - 2].IsCapitalized && !tokens[s - 2].InQuote ? s - 2 : j;
    }

    // lowercase words for a place whose name follows "of": "the port of Ostby", "the town of Kell"
    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "port", "city", "town", "village", "province", "region", "district", "county", "state", "island", "capital", "suburb",
    };

    /// <summary>
    /// "An engineer at the plant in Ostby, Vendel, who …, said": one capitalized word set off by a comma after a place
    /// that completes "in", "near", "outside" or "the port of" is the place's region or province, as a state after a
    /// town. A name apposed to a description follows a word for a person ("a pilot, Ana Vos,"), not a place's name.
    /// </summary>
    internal static bool IsRegionAfterTown(IReadOnlyList<Token> tokens, int j) => TownBeforeRegion(tokens, j) >= 0;

    // past a region so set off, the phrase goes on at the town: the index of its last word, or j
    private static int SkipRegionAfterTown(IReadOnlyList<Token> tokens, int j) => TownBeforeRegion(tokens, j) is >= 0 and var town ? town : j;

    private static int TownBeforeRegion(IReadOnlyList<Token> tokens, int j)
    {
        if (j < 4 || !tokens[j].IsWord || !tokens[j].IsCapitalized || tokens[j].InQuote || !tokens[j - 1].Is(',') || tokens[j - 1].InQuote
            || !tokens[j - 2].IsWord || !tokens[j - 2].IsCapitalized) return -1;
        int town = j - 2, k = town;
        while (k > 0 && tokens[k].IsWord && tokens[k].IsCapitalized && !tokens[k].InQuote && town - k < 3) k--;
        if (k == town || !tokens[k].IsWord || tokens[k].InQuote) return -1;
        bool placed = tokens[k].Text is "in" or "near" or "outside"
            || tokens[k].Text is "of" && k > 0 && tokens[k - 1].IsWord && PlaceNouns.Contains(tokens[k - 1].Text);
        return placed ? town : -1;
    }

    private static int SkipAgeAndHometown(IReadOnlyList<Token> tokens, int j)
    {
        int k = j;
        while (k >= 0 && (tokens[k].IsCapitalized || tokens[k].Is('.') || tokens[k].Is(',')) && !tokens[k].InQuote && j - k < 8) k--;
        if (k < 2 || k == j || !tokens[k].IsWord || tokens[k].Text is not "of" || !tokens[k - 1].Is(',')) return j;
        int name = k - 2;
        // ", 59, of …"
        if (name >= 2 && tokens[name].Text.All(char.IsDigit) && tokens[name - 1].Is(',')) name -= 2;
        return name >= 0 && tokens[name].IsCapitalized && !tokens[name].InQuote ? name : j;
    }

    /// <summary>
    /// "A welder who worked on the hull, speaking on condition of anonymity, told …": the words before an aside may end a
    /// relative clause with no comma before its "who"; the speaker is the noun the clause describes. The index of that
    /// noun, or <paramref name="j"/> when the words before it hold no such clause.
    /// </summary>
    private static int HeadOfRestrictiveClause(IReadOnlyList<Token> tokens, int j)
    {
        for (int k = j; k > 0 && j - k <= 12; k--)
        {
            var t = tokens[k];
            if (!t.IsWord || t.InQuote) return j;
            if (t.Text is "who" && k < j)
                return tokens[k - 1].IsWord && !tokens[k - 1].InQuote && !IsStop(tokens[k - 1].Text) && !Pronouns.Contains(tokens[k - 1].Text) ? k - 1 : j;
        }
        return j;
    }

    /// <summary>
    /// "Dunmore, who took over the marina from its builder, Amos Pickett, in 2009, said": the name reached past an aside
    /// is apposed to a description inside a "who" or "which" clause, so it is that clause's object, and the subject who
    /// speaks is the noun before ", who". The index of that noun's last word, or <paramref name="j"/> when the name
    /// does not stand so (a comma before it, one comma-free run of lowercase words back to ", who").
    /// </summary>
    private static int HeadOfClauseHoldingApposedName(IReadOnlyList<Token> tokens, int j)
    {
        if (!tokens[j].IsCapitalized || tokens[j].InQuote) return j;
        int name = j;
        while (name - 1 > 0 && tokens[name - 1].IsCapitalized && tokens[name - 1].IsWord && !tokens[name - 1].InQuote && j - name < 4) name--;
        if (name < 5 || !tokens[name - 1].Is(',') || tokens[name - 1].InQuote) return j;
        // the description the name is apposed to: lowercase words only ("its founder"), back to the relative pronoun
        int k = name - 2;
        if (!tokens[k].IsWord || tokens[k].IsCapitalized) return j;
        while (k > 1 && name - k <= 14 && tokens[k].IsWord && !tokens[k].InQuote && !tokens[k].IsCapitalized && tokens[k].Text is not ("who" or "which")) k--;
        if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].Text is not ("who" or "which") || name - 2 - k < 2) return j;
        return tokens[k - 1].Is(',') && !tokens[k - 1].InQuote && k >= 2 && tokens[k - 2].IsWord && tokens[k - 2].IsCapitalized && !tokens[k - 2].InQuote ? k - 2 : j;
    }

    // "Ostria, which shares a river with Norland, announced" and "Oscar Vedder, the chief executive of the
    // Harrow Housing League, told": step back over the relative clause or the apposition to the name.
    private static int SkipRelativeClause(IReadOnlyList<Token> tokens, int comma)
    {
        for (int k = comma - 1; k > 0 && comma - k <= 20; k--)
        {
            if (tokens[k].InQuote) return -1;
            if (!tokens[k].Is(',')) continue;
            if (k + 1 >= comma || !tokens[k - 1].IsWord && !tokens[k - 1].Is(')')) return -1;
            var first = tokens[k + 1];
            // "A diver who had finished a shift, and who gave no name, said": a second relative clause joined by "and"
            if (first.Text is "who" or "which" or "whose" || first.Text is "and" && k + 2 < comma && tokens[k + 2].Text is "who" or "which" or "whose") return k - 1;
            // "Sen. Patricia Lund, D-Minn., said": a party label set off after a lawmaker's name
            if (IsPartyLabel(tokens, k + 1, comma - 1)) return k - 1;
            // "Vedder, speaking to a farmers group, said" / "Quintal, at a later news briefing, said": an aside
            if (Asides.Contains(first.Text) || (!first.IsCapitalized && first.Text.EndsWith("ing", StringComparison.Ordinal) && first.Text.Length > 5))
                return k - 1;
            // "The report, published by the Coastal Herald, says": a participle with its agent describes what comes before
            if (!first.IsCapitalized && first.Text.Length > 4 && first.Text.EndsWith("ed", StringComparison.Ordinal) && k + 2 < comma && tokens[k + 2].IsWord && tokens[k + 2].Text is "by")
                return k - 1;
            // "The county's party chairman, Oscar Vedder, said": the name stands in apposition to the description
            bool nameInside = true;
            // ("The dockers' union, the Sindicato Portuario Unido, said": a body's name keeps its "the")
            int nameStart = k + 2 < comma && tokens[k + 1].IsWord && tokens[k + 1].Text is "the" ? k + 2 : k + 1;
            for (int m = nameStart; m < comma && nameInside; m++) nameInside = tokens[m].IsCapitalized || tokens[m].Is('.');
            bool named = tokens[k - 1].IsCapitalized || tokens[k - 1].Is(')');
            if (nameInside && !named && IsOpeningDescription(tokens, k)) return comma - 1;
            // "Her longtime partner at Corvane, Lara B. Bix, said": a capitalized word closing the description is
            // its complement, and the person's name between the commas the speaker's
            if (nameInside && named && ComplementEndsAt(tokens, k - 1) && IsPersonsName(tokens, k + 1, comma - 1) && IsOpeningDescription(tokens, k)) return comma - 1;
            // "while his brother, the carpenter Brannoc Vinter, said": a word for a person and the name after it, apposed to a
            // description, name the speaker
            if (!named && DescribedNameBetween(tokens, k + 1, comma - 1)) return comma - 1;
            // "One of the survivors, a 34-year-old teacher who …, said": a description apposed to the partitive that opens
            // the sentence is the speaker's
            if (!named && first.Text is "a" or "an" && OpensWithPartitive(tokens, k)) return comma - 1;
            // "Oscar Vedder, the chief executive of the Harrow Housing League, told" / "Tapley, director of the center, said"
            bool relative = Determiners.Contains(first.Text);
            bool apposition = true;
            for (int m = k + 1; m < comma && apposition; m++)
                // "a union that represents about 110,000 workers": a number's "about" or "more than" inside the clause
                apposition = tokens[m].IsWord && !(IsStop(tokens[m].Text) && tokens[m].Text is not ("of" or "for" or "at" or "in" or "and" or "to" or "on" or "with" or "from")
                    && !(relative && tokens[m].Text is "who" or "that" or "which" or "about" or "than"));
            return named && apposition ? k - 1 : -1;
        }
        return -1;
    }

    // "One of the survivors," / "Another of the drivers,": a partitive of a lowercase plural from the sentence's start to the comma
    private static bool OpensWithPartitive(IReadOnlyList<Token> tokens, int comma)
    {
        int s = tokens.Count > 0 && tokens[0].IsWord && tokens[0].Text is "But" or "And" ? 1 : 0;
        if (comma - s is < 4 or > 6 || !tokens[s].IsWord || tokens[s].Text is not ("One" or "Another" or "Two" or "Three" or "Some" or "Several" or "Many")) return false;
        if (!tokens[s + 1].IsWord || tokens[s + 1].Text is not "of" || !tokens[s + 2].IsWord || tokens[s + 2].Text is not ("the" or "those")) return false;
        for (int k = s + 3; k < comma; k++)
            if (!tokens[k].IsWord || tokens[k].InQuote || tokens[k].IsCapitalized) return false;
        return IsPlural(tokens[comma - 1]);
    }

    /// <summary>
    /// The name an apposition ending at <paramref name="end"/> describes: ", a … for the Tenants First Alliance"
    /// opened by a comma and a determiner, with a capitalized name before the comma. Null when there is none.
    /// </summary>
    private static int? ApposedName(IReadOnlyList<Token> tokens, int end)
    {
        for (int k = end - 1; k > 0 && end - k <= 16; k--)
        {
            var t = tokens[k];
            if (t.InQuote) return null;
            if (!t.Is(',')) { if (!t.IsWord && !t.Is('-')) return null; continue; }
            // ", a developer for …" or a bare title (", president of the Allied Guild")
            bool opens = tokens[k + 1].Text is "a" or "an" or "the" || !tokens[k + 1].IsCapitalized && Lexicon.Default.Titles.Contains(tokens[k + 1].Text);
            // "Days later in Portoverde, former minister Lidia Costa, who …, said": the words before the comma open the
            // sentence as when and where, no name the title describes; the titled name is the subject
            if (opens && OpensWithTimeOrPlace(tokens, k)) return null;
            return opens && tokens[k - 1].IsCapitalized && !NounPhrases.IsFunctionWord(tokens[k - 1].Text) ? k - 1 : null;
        }
        return null;
    }

    /// <summary>
    /// "Days later in Portoverde,", "Hours later,", "In Portoverde,": the words from the sentence's start to the comma
    /// at <paramref name="comma"/> say when or where (a preposition's phrase, or a span of time), holding no verb.
    /// </summary>
    private static bool OpensWithTimeOrPlace(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma < 1 || comma > 8) return false;
        for (int k = 0; k < comma; k++) if (!tokens[k].IsWord || tokens[k].InQuote) return false;
        return Lexicon.Default.FrontingPrepositions.Contains(tokens[0].Text.ToLowerInvariant()) || OpensWithTimeSpan(tokens, 0, comma);
    }

    /// <summary>
    /// "Days later", "Two hours earlier in Kessa", "Later that night": words from <paramref name="from"/> up to
    /// <paramref name="to"/> (excluded) that open with a span of time, "later" or "earlier" after at most two words of
    /// time or measure, and so say when, not who.
    /// </summary>
    internal static bool OpensWithTimeSpan(IReadOnlyList<Token> tokens, int from, int to)
    {
        for (int k = from; k < to && k - from <= 2; k++)
        {
            if (!tokens[k].IsWord || tokens[k].InQuote) return false;
            if (tokens[k].Text.ToLowerInvariant() is not ("later" or "earlier" or "afterwards" or "afterward")) continue;
            for (int m = from; m < k; m++)
                if (!(char.IsDigit(tokens[m].Text[0]) || TimeSpanWords.Contains(tokens[m].Text.ToLowerInvariant()))) return false;
            return true;
        }
        return false;
    }

    private static readonly HashSet<string> TimeSpanWords = new(StringComparer.Ordinal)
    {
        "a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "few", "several", "some", "much", "shortly", "soon",
        "moments", "minutes", "hours", "days", "weeks", "months", "years", "minute", "hour", "day", "week", "month", "year",
    };

    // the description the name stands beside opens the sentence: "A lawyer for the two outlets, Sam Ortiz, said"
    // (not "Blinken, in a call with his counterpart, Sergey Lavrov, called for")
    // "In a statement,", "On Friday,": at most six words from the sentence's start, led by a preposition, end at the comma
    private static bool IntroductoryPhraseBefore(IReadOnlyList<Token> tokens, int comma)
    {
        if (comma < 2 || comma > 7 || !tokens[0].IsWord || !Lexicon.Default.FrontingPrepositions.Contains(tokens[0].Text)) return false;
        for (int k = 1; k < comma; k++) if (!tokens[k].IsWord || tokens[k].InQuote) return false;
        return true;
    }

    private static bool IsOpeningDescription(IReadOnlyList<Token> tokens, int comma)
    {
        for (int m = comma - 1; m >= 0; m--)
        {
            var t = tokens[m];
            // "In a brief note, one of the family's lawyers, Dana Roe, said": the description opens the main clause,
            // after a short introductory phrase led by a preposition
            if (t.Is(',') && !t.InQuote && m < comma - 1 && IntroductoryPhraseBefore(tokens, m)) return true;
            if (IsPluralPossessiveMark(tokens, m)) continue;
            if (!t.IsWord || t.InQuote) return false;
            if (m == 0) return true;
            if (IsStop(t.Text) && t.Text is not ("of" or "for" or "at") && !JoinsComplement(tokens, m)) return false;
        }
        return false;
    }

    // "The dockers' union, …": the apostrophe after a plural owner is no quote mark but the owner's, when a lowercase word follows
    internal static bool IsPluralPossessiveMark(IReadOnlyList<Token> tokens, int at) =>
        at >= 1 && at + 1 < tokens.Count && tokens[at].Text is "'" or "’" && !tokens[at].InQuote && tokens[at - 1].IsWord && !tokens[at - 1].InQuote
        && tokens[at - 1].Text.EndsWith('s') && tokens[at].Start == tokens[at - 1].End && tokens[at + 1].IsWord && !tokens[at + 1].IsCapitalized && !tokens[at + 1].InQuote;

    // "minister of fisheries and coastal affairs": an "and" between lowercase words after an "of" or "for" joins the
    // description's complement (not "the mayor and the governor", two people)
    internal static bool JoinsComplement(IReadOnlyList<Token> tokens, int and)
    {
        if (tokens[and].Text is not "and" || and + 1 >= tokens.Count || !tokens[and + 1].IsWord || tokens[and + 1].IsCapitalized
            || Determiners.Contains(tokens[and + 1].Text) || !tokens[and - 1].IsWord || tokens[and - 1].IsCapitalized) return false;
        for (int k = and - 2; k >= 0 && tokens[k].IsWord && !tokens[k].InQuote; k--)
            if (tokens[k].Text is "of" or "for") return true;
        return false;
    }

    // "… partner at Corvane": the capitalized words ending at <paramref name="end"/> follow a preposition after a lowercase word
    private static bool ComplementEndsAt(IReadOnlyList<Token> tokens, int end)
    {
        int k = end;
        while (k >= 0 && tokens[k].IsCapitalized && !tokens[k].InQuote) k--;
        return k >= 1 && k < end && tokens[k].IsWord && tokens[k].Text is "at" or "of" or "for" or "in" or "from" or "with"
            && tokens[k - 1].IsWord && !tokens[k - 1].IsCapitalized && !tokens[k - 1].InQuote;
    }

    /// <summary>
    /// "the carpenter Brannoc Vinter", "a ferry pilot Ola Brandt": a determiner, one to three lowercase words ending in a word
    /// for a person (a title, a person noun, or an agent noun such as "baker"; "named" may follow it), then two or three capitalized words up to
    /// <paramref name="to"/> that name no place or body.
    /// </summary>
    private static bool DescribedNameBetween(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (from >= to || !tokens[from].IsWord || tokens[from].InQuote || tokens[from].Text is not ("the" or "a" or "an")) return false;
        int k = from + 1;
        while (k <= to && tokens[k].IsWord && !tokens[k].InQuote && !tokens[k].IsCapitalized && k - from <= 4) k++;
        // ("a retired fisherman named Oskar Velling": the word that introduces the name stands after the head)
        bool naming = tokens[k - 1].Text is "named" or "called";
        if (k == from + 1 || k - from > (naming ? 4 : 3) || k > to || to - k + 1 is < 2 or > 3) return false;
        var head = tokens[naming ? k - 2 : k - 1].Text;
        if (!(Lexicon.Default.Titles.Contains(head) || Lexicon.Default.PersonHeads.Contains(head) || SpeakerResolver.IsAgentNoun(head))) return false;
        for (int m = k; m <= to; m++)
        {
            var w = tokens[m];
            if (!w.IsWord || w.InQuote || !w.IsCapitalized || Lexicon.Default.Places.Contains(w.Text) || Lexicon.Default.OrganizationHeads.Contains(w.Text)) return false;
        }
        return true;
    }

    // "Lara B. Bix", "Lara Bix": a given name the lexicon knows, or a middle initial — not "New Jersey", "Inc."
    private static bool IsPersonsName(IReadOnlyList<Token> tokens, int from, int to)
    {
        if (to - from < 1 || Lexicon.Default.Places.Contains(tokens[from].Text)) return false;
        if (Lexicon.Default.IsGivenName(tokens[from].Text)) return true;
        for (int k = from + 1; k < to; k++)
            if (tokens[k].Text.Length == 2 && tokens[k].Text[1] == '.' && char.IsUpper(tokens[k].Text[0])) return true;
        return false;
    }

    private static readonly HashSet<string> Asides = new(StringComparer.OrdinalIgnoreCase) { "at", "in", "on", "during", "after", "before", "from", "with", "speaking", "asked", "interviewed", "writing", "appearing" };

    // "Sen. Ellen Marsh (D-Mo.) said": the party and state in brackets belong to the name
    private static int SkipParenthesis(IReadOnlyList<Token> tokens, int close)
    {
        for (int k = close - 1; k >= 0 && close - k <= 8; k--)
            if (tokens[k].Is('(')) return k - 1;
        return -1;
    }
}

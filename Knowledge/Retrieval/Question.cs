using System.Text.RegularExpressions;

namespace NewsBot.Knowledge.Retrieval;

public enum QuestionKind { Empty, Statements, WhoSaid, Roster, Factoid }

/// <summary>
/// What kind of answer a question wants; <see cref="Clock"/> is a <see cref="Time"/> of the day ("what time did the alert go
/// out"), which a stretch of time ("within minutes") does not give; <see cref="Day"/> is a <see cref="Time"/> that names a
/// day ("on which day did the rocket fail": "on Wednesday", "May 4"), which a year does not.
/// </summary>
public enum AnswerType { Any, Time, Place, Number, Money, Person, Reason, Named, Manner, Description, Age, Superlative, Comparison, Clock, Day }

/// <summary>What a user asked, read from plain text: the kind of question, the speaker it names, what it is about.</summary>
public sealed partial record Question(QuestionKind Kind, string Text, string? Speaker, string Topic, AnswerType Expected)
{
    public const int MaxLength = 1000;

    // a speaker's name ends at the verb: a speech word right after a possessive or a determiner is a noun ("did the
    // panel rate Lund's claim as true": no "the panel rate Lund's" said anything); a newspaper's "report" and "write" are
    // its speech as "say" is a person's ("what else did they report?"); what they said after or before an event is their
    // words on it ("what did Ruiz say after the ruling"), and so is what they said when or while doing something
    // ("what did the judge say when sentencing Brisk"): the occasion narrows their words, it is no fact asked of the articles
    [GeneratedRegex(
        @"^(?:what(?:\s+else)?|which\s+\w+)\s+(?:did|does|do|has|have|had|will|would)\s+(?<who>.+?)(?<!['’]s|\b(?:the|a|an|his|her|their|its|our|your|my|this|that))\s+(?:say|said|tell|told|think|claim|warn|argue|mean|announce|add|write|written|wrote|tweet|comment|confirm|deny|reveal|predict|promise|suggest|insist|state|explain|acknowledge|admit|believe|propose|note|post|express|reiterate|respond|reply|report|reported)(?:\s+(?:reporters|journalists|the\s+press|the\s+media|us))?(?:\s+(?:about|on|regarding|of|concerning|in|at|during|to|after|before|following|when|while)\s+(?<about>.+))?$" +
        @"|^(?:did|has|have|does)\s+(?<who>.+?)(?<!['’]s|\b(?:the|a|an|his|her|their|its|our|your|my|this|that))\s+(?:say|said|talk|comment|speak|mention)\s+(?:anything\s+|something\s+)?(?:about|on|regarding)\s+(?<about>.+)$" +
        @"|^what\s+(?:is|was|are|were)\s+(?<who>.+?)\s+quoted\s+(?:as\s+)?saying(?:\s+(?:about|on)\s+(?<about>.+))?$" +
        @"|^what\s+(?:is|was|are|were)\s+(?<who>.+?)(?:'s|’s)\s+(?:response|reaction|position|view|views|comment|comments|statement|statements|quote|quotes|message|answer|warning)(?:\s+(?:on|to|about)\s+(?<about>.+))?$" +
        @"|^what\s+(?:was|is)\s+said\s+by\s+(?<who>.+?)(?:\s+(?:about|on)\s+(?<about>.+))?$" +
        @"|^(?:show|give|list|find)\s+(?:me\s+)?(?:all\s+)?(?:the\s+)?(?:quotes|statements|words)\s+(?:from|by|of)\s+(?<who>.+?)(?:\s+(?:about|on)\s+(?<about>.+))?$" +
        @"|^(?:quotes|statements)\s+(?:from|by|of)\s+(?<who>.+?)(?:\s+(?:about|on)\s+(?<about>.+))?$" +
        @"|^what\s+(?:else\s+)?(?:did|does)\s+(?<who>.+?)\s+say(?:\s+about\s+(?<about>.+))?$" +
        // "did Kalman say (that) the town would appeal", "how did Kalman respond to the verdict": that speaker's words on it
        // (not "did Kalman say how she would pay for it", answered as often by the reporter: "Kalman did not say how …")
        @"|^(?:did|does|has|have|had)\s+(?<who>.+?)(?<!['’]s|\b(?:the|a|an|his|her|their|its|our|your|my|this|that))\s+(?:say|said|claim|claimed|suggest|suggested|argue|argued|warn|warned|promise|promised|deny|denied|admit|admitted|predict|predicted|insist|insisted|announce|announced|confirm|confirmed|think|believe|feel)\s+(?!(?:how|whether|if)\b)(?:that\s+)?(?<about>.+)$" +
        @"|^how\s+(?:did|does|has|have|had|will|would)\s+(?<who>.+?)\s+(?:react|respond|reply|answer|(?<describe>describe|characterize|characterise)|explain|defend|justify|view|see|feel)(?:\s+(?:to|about|on)\b)?(?:\s+(?<about>.+))?$" +
        // "what did Tapley tell the ferry company's owner (about …)": a verb whose object is the listener, any listener
        @"|^what\s+(?:else\s+)?(?:did|does|do|has|have|had|will|would)\s+(?<who>.+?)\s+(?:tell|told|ask|asked|urge|urged|warn|warned|advise|advised|remind|reminded|assure|assured|promise|promised)\s+(?!(?:about|on|regarding|concerning)\b)(?:\S+\s+){0,5}?\S+(?:\s+(?:about|on|regarding|concerning)\s+(?<about>.+))?$" +
        // "what advice did Vedder give the mayor", "what message did she have for voters": a speech noun asked for
        @"|^what\s+(?:advice|message|messages|warning|warnings|response|reaction|comment|comments|remark|remarks|criticism|promise|promises|argument|arguments|answer|explanation|excuse|defense|defence|assurance|assurances|pledge|question|questions|point|points|case)\s+(?:did|does|do|has|have|had|will|would)\s+(?<who>.+?)\s+(?:give|gave|offer|offered|make|made|have|send|sent|deliver|share|issue|provide|express|raise|put|pose|ask)(?:\s+(?!(?:about|on|regarding|concerning)\b)(?:\S+\s+){0,5}?\S+)?(?:\s+(?:about|on|regarding|concerning)\s+(?<about>.+))?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StatementsPattern();

    // a yes/no question of admitting or denying a thing named, not a clause said ("did she admit that she lied")
    [GeneratedRegex(@"^(?:did|does|do|has|have|had)\s+.+?\s+(?:admit|admits|admitted|deny|denies|denied)\s+(?:the|a|an|his|her|their|its|any|all|these|those|this)\s+(?!.*\b(?:is|was|are|were|be|been|would|will|had|has|have|could|should|did|do|does|can|that)\b)(?:[\w\-'’]+\s+){0,3}?[\w\-'’]+$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PleaAsked();

    [GeneratedRegex(@"^what\s+(?:else\s+|(?<noun>(?!(?:did|does|do|has|have|had)\b)\w+)\s+)?(?:did|does|do|has|have|had)\s+(?<who>.+?)\s+(?:find|found|conclude|concluded|show|showed|shown|reveal|revealed)(?:\s+(?:about|on|regarding|concerning)\s+(?<about>.+))?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FindingPattern();

    [GeneratedRegex(
        // "which protester said …", "what official warned …": a role noun after which/what asks who too (not "what percentage said");
        // "who reported that …", "who wrote that …": a newspaper or a columnist says what it reports or writes
        @"^(?:which|what)\s+(?!(?:percent|percentage|share|number|proportion|portion|fraction|majority|minority|else|is|was|are|were|has|have|had|did|does|do|will|would|can|could|he|she|they|it|we|you|i|people)\b)[\w\-]+\s+(?:said|says|warned|claimed|argued|announced|stated|told|confirmed|promised|denied|thinks|believes)\s+(?:that\s+)?(?<about>.+)$" +
        @"|^who\s+(?<verb>said|says|say|talked|talks|spoke|speaks|mentioned|mentions|warned|warns|claimed|claims|argued|argues|contended|contends|compared|compares|likened|likens|announced|stated|states|reported|reports|wrote|writes|tweeted|tweets|declared|declares|revealed|reveals|suggested|suggests|told|called|expressed|confirmed|(?:is|was|are|were)\s+quoted(?:\s+(?:as\s+)?saying)?|commented|promised|denied|thinks|believes|quoted|cited|invoked|paraphrased|complained|complains|insisted|insists|noted|notes|explained|explains|admitted|admits|acknowledged|acknowledges|predicted|predicts|conceded|concedes|lamented|laments|asserted|asserts|boasted|boasts|urged|urges|joked|jokes|tells|advised|advises|cautioned|cautions|recommended|recommends|accused|accuses|criticized|criticised|criticizes|criticises|blamed|blames)\b\s*(?:about|on|of|that)?\s*(?<about>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhoSaidPattern();

    private static readonly HashSet<string> PlainSpeech = new(StringComparer.OrdinalIgnoreCase)
    {
        "said", "says", "say", "talked", "talks", "spoke", "speaks", "mentioned", "mentions", "told", "commented", "thinks", "believes",
        // telling someone what to do is said in any words ("who advised the towns to wait": "there is little point in acting now")
        "tells", "advised", "advises",
        // their object is what is asked about ("who cited the report"), not what was said
        "quoted", "cited", "invoked", "paraphrased", "called", "compared", "likened",
    };

    [GeneratedRegex(
        @"^(?:who\s+(?:is|was|are|were|gets|got)\s+(?:quoted|cited|speaking|interviewed)|who\s+(?:speaks|spoke|talks)|(?:list|show)\s+(?:the\s+)?(?:speakers|sources)|(?:the\s+)?speakers|(?:the\s+)?sources|who\s+are\s+the\s+(?:speakers|sources))(?:\s+(?:in|here|there).*)?$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RosterPattern();

    // "Who is the stronger candidate according to Vedder?", "According to Quintal, who leaked the memo?": a question
    // asked of one speaker's words (not of the articles': "according to the article" is no speaker)
    [GeneratedRegex(
        @"^(?<q>.+?),?\s+according\s+to\s+(?!(?:the|this|these|your)\s+(?:article|articles|story|stories|report|reports|news|text|piece)\b)(?<who>[^,]+?)$" +
        @"|^according\s+to\s+(?!(?:the|this|these|your)\s+(?:article|articles|story|stories|report|reports|news|text|piece)\b)(?<who>[^,]+?),\s*(?<q>.+)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AccordingToPattern();

    // "the league's survey", "a new poll", "the complaint", "census figures": a document or a count, whose head noun ends
    // the source
    [GeneratedRegex(@"\b(?:survey|surveys|poll|polls|study|studies|report|reports|data|figures|statistics|numbers|records|complaint|lawsuit|suit|filing|filings|indictment|census|estimate|estimates|analysis|audit|review|memo|letter|documents?|ruling|tally|count|results|forecast|forecasts|projections?|research|findings|index)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentSource();

    /// <summary>
    /// "Did the pilot think she needed a doctor?", "Does Wren believe …": asked yes or no about someone's view, which
    /// their quotes give, and so does narration of what they dispute or agree with when they are named only by a
    /// description ("the worker disputes the idea that …").
    /// </summary>
    public bool AsksAView => Kind == QuestionKind.Statements && ViewAsked().IsMatch(Text);

    [GeneratedRegex(@"^(?:did|does|do|has|have|had)\s.+?\s(?:think|believe|feel)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ViewAsked();

    /// <summary>
    /// "Tell me about the ferry strike", "What's the latest on the levy?": asked for what the articles say of a topic as a
    /// whole, not for one fact of it, so an answer gives the few sentences most about it.
    /// </summary>
    public bool AsksAboutATopic => Kind == QuestionKind.Factoid && TopicAsked().IsMatch(Text);

    // (and "what happened with the strike", "what's happening with it", "any updates on it", "fill me in on it": the
    // same asked in other words; not "what happened at the pier on Friday", which asks for one event)
    [GeneratedRegex(@"^(?:(?:can|could|would)\s+you\s+)?(?:please\s+)?(?:tell\s+me\s+(?:more\s+|everything\s+|something\s+)?about|what\s+do\s+you\s+know\s+about|what(?:'s|’s|\s+is)\s+(?:the\s+(?:story|latest|news)\s+(?:on|with|about)|going\s+on\s+with|new\s+with|happening\s+with)|what\s+(?:has\s+)?happened\s+with|give\s+me\s+(?:an?\s+)?(?:overview|summary|rundown|update)\s+(?:of|on)|summari[sz]e|(?:any\s+)?(?:news|updates?)\s+(?:on|about)|(?:fill|catch)\s+me\s+(?:in|up)\s+on|update\s+me\s+on|brief\s+me\s+on)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TopicAsked();

    /// <summary>"Did she think it was arson?", "Will the council appeal?": asked yes or no.</summary>
    public bool IsYesNo => YesNoStart().IsMatch(Text);

    [GeneratedRegex(@"^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex YesNoStart();

    public static Question Parse(string? input)
    {
        var text = Normalize(input);
        if (text.Length == 0) return new Question(QuestionKind.Empty, text, null, "", AnswerType.Any);
        var plain = text.TrimEnd('?', '!', '.', ' ');
        if (ReadTwice(() => OfSpeech(text, plain), null) is { } speech) return speech;
        var expected = ExpectedAnswer(plain);
        return new Question(QuestionKind.Factoid, text, null, expected switch
        {
            AnswerType.Age => WithoutAgeWords(plain),
            AnswerType.Comparison => WithoutComparingVerb(plain),
            AnswerType.Reason => WithoutRefusal(WithoutTypeNoun(plain)),
            _ => WithoutTypeNoun(plain),
        }, expected);
    }

    /// <summary>A question about what someone said, who said something, or who is quoted; null for any other.</summary>
    private static Question? OfSpeech(string text, string plain)
    {
        if (AccordingToPattern().Match(plain) is { Success: true } a && Clean(a.Groups["who"].Value) is { Length: > 0 } source)
        {
            var asked = a.Groups["q"].Value.Trim().TrimEnd(',', ' ');
            // "according to the league's poll, what share …": a document is no speaker, and what it found is a fact the
            // articles state ("a poll by the league found that 61 percent …"), the document's words among those to look for
            if (DocumentSource().IsMatch(source))
            {
                var expected = ExpectedAnswer(asked);
                return new Question(QuestionKind.Factoid, text, null, WithoutTypeNoun(asked) + " " + source, expected);
            }
            return new Question(QuestionKind.Statements, text, source, asked, ExpectedAnswer(asked));
        }
        if (RosterPattern().IsMatch(plain)) return new Question(QuestionKind.Roster, text, null, "", AnswerType.Person);
        // "has the mayor admitted the charges", "did the firm deny the allegations": admitting or denying a charge is a
        // stand taken, which a plea or the reporter's narration tells ("the mayor denies the charges"), no words asked for
        if (PleaAsked().IsMatch(plain)) return null;
        if (StatementsPattern().Match(plain) is { Success: true } s)
            // "how did Kettle describe the vote": the words they called it by; "what did the governor say about when rates
            // could come down": a time in their words
            return new Question(QuestionKind.Statements, text, Clean(s.Groups["who"].Value), s.Groups["about"].Value,
                s.Groups["describe"].Success ? AnswerType.Description
                : s.Groups["about"].Value.StartsWith("when ", StringComparison.OrdinalIgnoreCase) ? AnswerType.Time : AnswerType.Any);
        // "what did the inspectors' report find", "what did the harbour audit conclude": a document's findings are its
        // words, as a person's statements are theirs ("… the audit said", "the report found that …")
        if (FindingPattern().Match(plain) is { Success: true } f && Clean(f.Groups["who"].Value) is { Length: > 0 } document && DocumentSource().IsMatch(document))
            // "what problems did the audit find": the noun asked is what its words are about
            return new Question(QuestionKind.Statements, text, document, (f.Groups["noun"].Value + " " + f.Groups["about"].Value).Trim(), AnswerType.Any);
        // "who reported that …", "who announced that …": the article's word for the telling is one to look for
        // ("according to a report by …", "… announced"), not whoever is quoted on the same thing; "said" is everyone's
        if (WhoSaidPattern().Match(plain) is { Success: true } w)
            return new Question(QuestionKind.WhoSaid, text, null,
                (w.Groups["verb"].Success && !PlainSpeech.Contains(w.Groups["verb"].Value) && !w.Groups["verb"].Value.Contains("quoted") ? w.Groups["verb"].Value + " " : "") + w.Groups["about"].Value, AnswerType.Person);
        return null;
    }

    /// <summary>
    /// A match that runs out of time says nothing of the question: the patterns take milliseconds on the longest question
    /// (see the parse time test), so a timeout is a thread stalled under load or by a collection, and the question is read
    /// again, not silently read as another kind ("what else did they report?" as a fact asked). Only a second timeout
    /// gives <paramref name="onTimeout"/>; any other error is no timeout and is not caught.
    /// </summary>
    internal static T ReadTwice<T>(Func<T> read, T onTimeout)
    {
        try { return read(); }
        catch (RegexMatchTimeoutException) { }
        try { return read(); }
        catch (RegexMatchTimeoutException) { return onTimeout; }
    }

    /// <summary>
    /// "Which countries will Blinken meet" asks for names of countries, which the answer gives ("Britain, France"), not
    /// the word itself: the noun that sets the answer type is no word to look for.
    /// </summary>
    /// <summary>
    /// "why did the board refuse to shorten the suspension": the refusal is the shortening not done, which the article
    /// tells in its own words ("has no ground to lessen", "cannot accept") and seldom as "refused"; what is looked for
    /// is the deed refused, not the word.
    /// </summary>
    private static string WithoutRefusal(string plain) => Refusal().Replace(plain, "");

    [GeneratedRegex(@"\b(?:refus|declin)(?:e|es|ed|ing)\s+to\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Refusal();

    private static string WithoutTypeNoun(string plain)
    {
        // "what share of voters": the sentence gives the share as a number ("62 percent of voters"), not the word
        if (PartOfAWhole().Match(plain.ToLowerInvariant()) is { Success: true } part)
        {
            var asked = part.Groups["noun"];
            return (plain[..asked.Index] + plain[(asked.Index + asked.Length)..]).Replace("  ", " ");
        }
        var which = WhichNoun().Match(plain.ToLowerInvariant());
        if (!which.Success || !(PlaceNouns.Contains(which.Groups[1].Value) || TimeNouns.Contains(which.Groups[1].Value))) return plain;
        var noun = which.Groups[1];
        return (plain[..noun.Index] + plain[(noun.Index + noun.Length)..]).Replace("  ", " ");
    }

    [GeneratedRegex(@"^how\s+old\b|^(?:what|which)\s+age\b|^at\s+what\s+age\b|^what\s+(?:is|was)\s+.+(?:'s|’s)\s+age$|^what\s+(?:is|was)\s+the\s+age\s+of\b", RegexOptions.CultureInvariant)]
    private static partial Regex AgeQuestion();

    /// <summary>
    /// "How old is Nora Pell" is answered by the apposition "Pell, 58," which holds neither "old" nor "age": those
    /// words only say what kind of answer is wanted.
    /// </summary>
    private static string WithoutAgeWords(string plain) =>
        Regex.Replace(plain, @"\b(?:old|age)\b", " ", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(1000)).Replace("  ", " ").Trim();

    // "how does the rate of miners compare with that of clerks", "how do wages here compare to the national average"
    [GeneratedRegex(@"^how\s+(?:does|do|did|will|would)\s.+\s(?<verb>compare)\s+(?:with|to|against)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonQuestion();

    /// <summary>
    /// "How does the rate of miners compare with that of clerks" is answered by "four times the rate of clerks", which
    /// need not write "compare": the verb only says a comparison is wanted, and a sentence that merely "compares"
    /// something else is no answer.
    /// </summary>
    private static string WithoutComparingVerb(string plain) =>
        ComparisonQuestion().Match(plain) is { Success: true } m
            ? (plain[..m.Groups["verb"].Index] + plain[(m.Groups["verb"].Index + m.Groups["verb"].Length)..]).Replace("  ", " ")
            : plain;

    private static AnswerType ExpectedAnswer(string q)
    {
        var lower = q.ToLowerInvariant();
        if (AgeQuestion().IsMatch(lower)) return AnswerType.Age;
        if (ComparisonQuestion().IsMatch(lower)) return AnswerType.Comparison;
        // "what time did the alert go out", "at what hour", "what hours does the curfew cover", "during which hours will homes
        // get water": a time of day (a range of them is "from 10 p.m. to 5 a.m.")
        if (ClockAsked().IsMatch(lower)) return AnswerType.Clock;
        // "on which day did the rocket fail", "what date is the vote": a day, which a year or a stretch of time does not give
        if (DayAsked().IsMatch(lower)) return AnswerType.Day;
        // "which countries", "what city", "in what year": the noun after which/what names the kind of answer
        if (WhichNoun().Match(lower) is { Success: true } which)
        {
            var noun = which.Groups[1].Value;
            if (PlaceNouns.Contains(noun)) return AnswerType.Place;
            if (TimeNouns.Contains(noun)) return AnswerType.Time;
            // "by what margin did they vote", "at what rate": a measure, given as a number, not a name holding the noun
            if (MeasureNouns.Contains(noun)) return AnswerType.Number;
            // "which school does she attend": a name holding that noun ("Intermediate School 285"), unless it asks for
            // the one ranked first (below)
            if (which.Groups[2].Success && !SuperlativeAsked().IsMatch(lower)) return AnswerType.Named;
            // "which company bought the mill", "what firm won the contract": a business named by its own name ("Holmcrest
            // Partners"), which seldom holds the noun, whether the question's verb follows the noun or not
            if (AnswerTypes.BusinessNouns.Contains(noun) && !SuperlativeAsked().IsMatch(lower)) return AnswerType.Named;
        }
        // "what was the council's tally on …", "what is the unemployment rate": a noun that is counted asks for a number
        var head = QuantityHead().Match(lower);
        if (head.Success && QuantityNouns.Contains(head.Groups[1].Value)) return AnswerType.Number;
        // "what was the record load on the network", "what is the peak flow": a record, a peak or an average is a figure
        // reached, whatever noun it is of ("peaked at 2,870 megawatts")
        if (AnswerTypes.FigureReachedOf(lower) is not null) return AnswerType.Number;
        // "what was her winning time", "what was the time of the blast": a time on the clock or of a race ("1:58:40"),
        // which a day alone does not give
        if (head.Success && head.Groups[1].Value is "time" or "times") return AnswerType.Clock;
        // "what share of voters", "what proportion of the budget": a part of a whole, given as a number ("62 percent")
        if (PartOfAWhole().IsMatch(lower)) return AnswerType.Number;
        if (lower.StartsWith("when") || lower.StartsWith("what time") || lower.StartsWith("what day") || lower.StartsWith("what date")
            || lower.StartsWith("what year") || lower.StartsWith("how long ago") || lower.StartsWith("in what year") || lower.StartsWith("on what day"))
            return AnswerType.Time;
        if (lower.StartsWith("where") || lower.StartsWith("in what country") || lower.StartsWith("in what city") || lower.StartsWith("in which")
            || lower.StartsWith("what country") || lower.StartsWith("what city") || lower.StartsWith("which country") || lower.StartsWith("which city"))
            return AnswerType.Place;
        // a verb of money in any of its forms ("how much is the club paying for him", "how much is the city spending")
        if (System.Text.RegularExpressions.Regex.IsMatch(lower, @"^(?:how much|what (?:is|was) the (?:cost|price|value))\b.*\b(?:money|cost|costs|costing|pay|pays|paying|paid|spend|spends|spending|spent|raise|raised|raising|worth|price|fund|funds|funding|budget|salary|earn|earned|earning|sell|sold|selling|buy|bought|buying|fine|fined|charge|charged|charging|owe|owed|owing|dollars"
            // "how much compensation did they get", "how much revenue could it lose": a noun that is a sum of money
            + @"|compensation|revenue|revenues|profit|profits|income|wage|wages|damages|payout|refund|loan|loans|debt|debts|fee|fees|rent|bail|ransom"
            // "how much did she invest", "how much did they donate": a sum put into something is money
            + @"|invest|invests|invested|investing|donate|donates|donated|donating|contribute|contributes|contributed|contributing"
            // "how much did the painting go for", "how much will the house fetch": the price it sells for
            + @"|go\s+for|goes\s+for|went\s+for|gone\s+for|fetch|fetched|fetches)\b"))
            return AnswerType.Money;
        // "how much did the fund lose": a sum lost, where no noun after "how much" says it is of something else ("how much
        // ground did they lose")
        if (System.Text.RegularExpressions.Regex.IsMatch(lower, @"^how\s+much\s+(?:did|does|do|has|have|had|will|would|could|might|is|was|are|were)\b.*\b(?:lose|loses|lost|losing)\b"))
            return AnswerType.Money;
        // "what will the new pass cost", "what did the repairs cost": a price, as "how much will it cost" asks
        if (System.Text.RegularExpressions.Regex.IsMatch(lower, @"^what\s+(?:will|would|does|did|do|could|can|might|should)\s+.+\s+cost\b"))
            return AnswerType.Money;
        if (lower.StartsWith("how many") || lower.StartsWith("how much") || lower.StartsWith("how old") || lower.StartsWith("how far")
            || lower.StartsWith("how long") || lower.StartsWith("how big") || lower.StartsWith("how large") || lower.StartsWith("what percent")
            || lower.StartsWith("how tall") || lower.StartsWith("how high") || lower.StartsWith("how fast") || lower.StartsWith("how deep")
            || lower.StartsWith("how heavy") || lower.StartsWith("how wide")
            // "how strong are the gusts", "how loud was the blast": a force or an intensity, given as a reading
            // ("gusts of 90 kilometres an hour", "96 decibels")
            || IntensityAsked().IsMatch(lower)
            // "how cold was it": a temperature, in degrees
            || lower.StartsWith("how cold") || lower.StartsWith("how hot") || lower.StartsWith("how warm")
            // "how effective was the vaccine", "how popular is the plan": a degree measured as a rate or a share ("cut
            // illness by 61%", "58 percent of voters back it")
            || RateAsked().IsMatch(lower)
            // "by how much have fares risen", "by how many points": the size of a change or a margin, given as a number
            || lower.StartsWith("by how much") || lower.StartsWith("by how many"))
            return AnswerType.Number;
        if (lower.StartsWith("who") || lower.StartsWith("whom") || lower.StartsWith("whose")) return AnswerType.Person;
        if (lower.StartsWith("why")) return AnswerType.Reason;
        // "what caused the fire", "what led to the delays": the cause, as "why did it happen" asks
        if (CauseAsked().IsMatch(lower)) return AnswerType.Reason;
        // "how does the mayor plan to pay for it", "how will they fund the school": the answer says by what means
        if (System.Text.RegularExpressions.Regex.IsMatch(lower, @"^how\s+(?:does|did|do|will|would|can|could|should|might|is|are|was|were)\s"))
            return AnswerType.Manner;
        // "which group has raised the most money": the one the articles rank first ("the best-funded group")
        if (SuperlativeAsked().IsMatch(lower)) return AnswerType.Superlative;
        return AnswerType.Any;
    }

    [GeneratedRegex(@"^(?:(?:at|by|during|between|from|until|till)\s+)?(?:what|which)\s+(?:time|hour|hours)\s+(?:did|does|do|is|was|are|were|will|would|has|have|had|can|could)\b", RegexOptions.CultureInvariant)]
    private static partial Regex ClockAsked();

    [GeneratedRegex(@"^(?:(?:on|by|from|until|till|since|before|after)\s+)?(?:what|which)\s+(?:day|date|weekday)\s+(?:did|does|do|is|was|are|were|will|would|has|have|had|can|could)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DayAsked();

    private static readonly HashSet<string> PlaceNouns = new(StringComparer.Ordinal)
    {
        "country", "countries", "city", "cities", "state", "states", "nation", "nations", "town", "towns", "place", "places",
        "region", "regions", "capital", "capitals", "neighborhood", "neighbourhood", "location", "locations", "venue", "address",
    };

    private static readonly HashSet<string> TimeNouns = new(StringComparer.Ordinal)
    {
        "year", "years", "day", "days", "date", "dates", "month", "months", "time", "week", "weekday", "hour", "decade", "century",
    };

    private static readonly HashSet<string> MeasureNouns = new(StringComparer.Ordinal)
    {
        "margin", "tally", "score", "percentage", "rate", "total", "majority", "turnout", "toll",
        // "what number should callers ring": a figure, a phone line's as much as a count's
        "number",
        // "what amount did the fund pay out", "up to what sum is it covered": a quantity, however it is worded
        "amount", "sum",
    };

    private static readonly HashSet<string> QuantityNouns = new(StringComparer.Ordinal)
    {
        "vote", "votes", "tally", "score", "margin", "count", "total", "number", "amount", "percentage", "rate", "majority",
        "turnout", "population", "toll", "age", "size", "lead",
    };

    // the head noun of "what is/was the …" (the last word before a preposition or the end)
    [GeneratedRegex(@"^what\s+(?:is|was|are|were)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:[\w\-']+\s+){0,3}?(\w+)(?:\s+(?:of|on|in|for|at|from|to|by|among|between|with)\b.*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex QuantityHead();

    [GeneratedRegex(@"^how\s+(?:strong|powerful|intense|loud|steep|thick|bright)\s+(?:is|was|are|were|will|would|did|do|does|has|have|had)\b", RegexOptions.CultureInvariant)]
    private static partial Regex IntensityAsked();

    [GeneratedRegex(@"^how\s+(?:effective|efficient|accurate|successful|popular|likely|common|widespread|prevalent|reliable)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RateAsked();

    [GeneratedRegex(@"^(?:(?:in|by)\s+)?(?:what|which)\s+(?<noun>share|percentage|proportion|portion|fraction)\s+of\b", RegexOptions.CultureInvariant)]
    private static partial Regex PartOfAWhole();

    [GeneratedRegex(@"^what\s+(?:(?:was|is|were|are)\s+(?:the\s+)?(?:main\s+|likely\s+|probable\s+)?(?:cause|causes|reason|reasons)\s+(?:of|for|behind)\s|(?:caused|causes|cause|led\s+to|leads\s+to|sparked|triggered|set\s+off|started)\s)" +
        // "what did the poet die of": the cause of a death
        @"|^what\s+did\s+.+\s+die\s+(?:of|from)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CauseAsked();

    [GeneratedRegex(@"^(?:which|what)\s.*\bthe\s+(?:most|least|largest|biggest|highest|lowest|greatest|best|worst|richest|fewest|smallest)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SuperlativeAsked();

    // ("up to what amount is it insured": a limit asked as the quantity it reaches; "until what date is the road shut",
    // "since what year": the bound of a stretch of time is a time asked, as "on what day" is)
    // "which elementary schools is …": one modifier may stand before the noun when the verb follows the noun; without
    // that verb the second word may be the subject ("what did Hale say"), so the first word stays the noun
    [GeneratedRegex(@"^(?:(?:in|on|at|to|from|for|of|by|during|up\s+to|until|till|since|before|after)\s+)?(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b)\w+\s+(?=\w+\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b))?(\w+)(\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b)?", RegexOptions.CultureInvariant)]
    private static partial Regex WhichNoun();

    private static string Clean(string who) => TrailingAdverbs().Replace(who.Trim().TrimEnd(',', '.', '?'), "");

    // "did Pike always think …", "what did Hale really say": an adverb between the speaker and the verb hedges the
    // question, and is no part of the name
    [GeneratedRegex(@"(?:\s+(?:always|ever|never|really|actually|still|already|once|truly|honestly|personally|seriously|genuinely|originally|initially|previously|first|just|also|even|publicly|privately|repeatedly|recently|later|earlier|specifically|explicitly|ultimately|finally))+$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingAdverbs();

    /// <summary>Plain text only: markup dropped, white space folded, and cut to a sane length.</summary>
    public static string Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input)) return "";
        var text = input.Length > MaxLength * 4 ? input[..(MaxLength * 4)] : input;
        text = Regex.Replace(text, @"<[^>]{0,200}>", " ", RegexOptions.None, TimeSpan.FromMilliseconds(1000));
        text = Regex.Replace(text, @"[*_`#>|\[\]]+", " ", RegexOptions.None, TimeSpan.FromMilliseconds(1000));
        text = Regex.Replace(text, @"\s+", " ", RegexOptions.None, TimeSpan.FromMilliseconds(1000)).Trim();
        return text.Length > MaxLength ? text[..MaxLength] : text;
    }
}

using System.Text.RegularExpressions;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>Does a sentence hold the kind of thing a question asks for (and one the question does not already name)?</summary>
public static class AnswerTypes
{
    private static readonly Regex Time = new(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|(?:next|last|this)\s+(?:week|month|year)|january|february|march|april|may|june|july|august|september|october|november|december|(?:1[89]|20)\d\d|\d{1,2}:\d\d|morning|afternoon|evening|midnight|noon|dawn|minutes?|hours?|week|month|year|days?|decade|century)\b" +
        // "Sept. 19", "10 p.m.": an abbreviation's final period is followed by no word character, so no \b closes it
        @"|\b(?:(?:jan|feb|aug|sept?|oct|nov|dec)\.|\d{1,2}\s*(?:a\.m\.|p\.m\.))(?!\w)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a time of day: "4:15 a.m.", "10 p.m.", "shortly after midnight", "at dawn", "early Friday morning"
    private static readonly Regex Clock = new(
        @"\b\d{1,2}:\d\d\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:midnight|noon|midday|dawn|daybreak|dusk|sunrise|sunset|o['’]clock|morning|afternoon|evening|overnight)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // the hour of the day itself, not a part of the day: "4:15 a.m.", "10 p.m.", "21.30", "midnight", "noon", "six o'clock"
    private static readonly Regex Hour = new(
        @"\b\d{1,2}:\d\d\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)|\b(?:midnight|noon|midday|o['’]clock)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a day: a day of the week, one told from today ("yesterday", "tonight"), or one of a month ("May 4", "Sept. 19", "4 May",
    // or a month alone, "in May", the nearest a sentence may come); not a year, nor a stretch of time ("for three weeks"). The
    // names are capitalized, which keeps the verb "may" out
    private static readonly Regex Day = new(
        @"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|(?i:today|tomorrow|yesterday|tonight))\b" +
        @"|\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\.(?!\w)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Does the sentence give a day the question does not already name (see <see cref="AnswerType.Day"/>)?</summary>
    public static bool GivesADay(string sentence, string questionLower) =>
        Day.Matches(sentence).Any(m => !questionLower.Contains(m.Value.ToLowerInvariant()));

    /// <summary>Does the sentence give the hour of the day, not only a part of it ("in the morning")?</summary>
    public static bool GivesAnHour(string sentence) => Hour.IsMatch(sentence);

    /// <summary>Does the sentence give a time of day (see <see cref="AnswerType.Clock"/>)?</summary>
    public static bool GivesAClockTime(string sentence) => Clock.IsMatch(sentence);

    // "one" as a number ("one patient", "one in five"), not the pronoun ("a pretty convincing one,", "this one")
    private static readonly Regex Number = new(
        @"\b(?:\d[\d,.]*|(?<!\b(?:a|an|the|this|that|each|every|no|any|another|which|only)\s+)one(?=\s+\w)|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a sum in any currency: its sign ("₦450", "₹12 crore"), its name after the figure ("40 million naira", in English too: "48 million crowns"), or the
    // letters that stand for it before a large figure ("N320 million", "R2 billion", "KSh 3m", "USD 40 million"),
    // where the scale word keeps a model name ("N95") out; a currency whose name is also a common English word ("won")
    // counts only after a scale word ("865 million won", not "had 3 won and 2 lost"); and any short currency letters
    // written onto the figure itself before a scale word ("Kr40 million", "Tk12bn"): glued to it, they are no word of the
    // sentence ("At 5 million people" stays a count)
    // ("Sum" spans the whole sum, figure and scale word too, so that the ranker can find what a sum is the sum of)
    internal const string Sum =
        @"[$€£¥₦₹₽₩₺₱₴₪₫]\s?\d[\d,.]*(?:\s*(?:million|billion|trillion|bn|m|k)\b)?|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:dollars?|euros?|pounds|yen|yuan|renminbi|rubles|roubles|rupees|cents|naira|rand|shillings|pesos|francs|lira|liras|dinars|dirhams|riyals|rials|rupiah|ringgit|baht|zloty|zlotys|kronor|kroner|krona|krone|crowns|korunas?|koruny|kunas?|hryvnias?|cedis|dong|kip|riels?|kyats?|taka|birr|kwacha|leones|lempiras|quetzales|soles|reais|forints?|lei|leva|tenge|manats?|lari|drams|afghanis|tugriks?|shekels|pula)\b" +
        @"|\b\d[\d,.]*\s*(?:million|billion|trillion)\s+won\b" +
        @"|\b(?:N|R|Rs\.?|KSh|Sh|Rp|RM|USD|EUR|GBP|CHF|JPY|CNY|INR|NGN|ZAR|KES)\s?\d[\d,.]*\s*(?:million|billion|trillion|crore|lakh|bn|m)\b" +
        @"|\b\p{Lu}\p{Ll}{0,2}\d[\d,.]*\s*(?:million|billion|trillion|crore|lakh|bn|m)\b";

    private static readonly Regex Money = new(Sum, RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // (a month or a day of the week is a time: "brought against her in January" names no place)
    private static readonly Regex PlacePhrase = new(
        @"\b(?:in|to|at|from|into|near|toward|towards)\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)(\p{Lu}[\p{L}\-]+)",
        RegexOptions.Compiled);

    // "detoured to her daughter's apartment", "stayed at a hotel": a place named by what it is rather than by a name
    private static readonly Regex PlaceNoun = new(
        @"\b(?:in|to|at|into|inside|toward|towards)\s+(?:[\p{L}'’\-]+\s+){0,3}?(?<noun>apartment|home|house|office|hotel|residence|mansion|headquarters|hospital|clinic|airport|station|embassy|church|mosque|synagogue|ranch|farm|estate|compound|prison|jail|courthouse|hometown|cafe|restaurant)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a venue by its name, wherever the sentence puts it ("escorted off the grounds of Kestrel University", "the University
    // of Tarsk hosted"): the kinds of named place where events are held
    private static readonly Regex Venue = new(
        @"\b(?:(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|At|In|On|Of|From|To)\b)\p{Lu}[\p{L}'’\-]+\s+){0,2}(?<name>(?!(?:The|A|An|This|That|Its|His|Her|Their|Our|At|In|On|Of|From|To)\b)\p{Lu}[\p{L}'’\-]+)\s+(?:University|College|Stadium|Arena|Center|Centre|Hall|Auditorium|Theater|Theatre|Coliseum|Fairgrounds)\b" +
        @"|\bUniversity\s+of\s+(?<name>\p{Lu}[\p{L}\-]+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "about 38 miles south of the port", "12 km off the coast", "20 miles outside Lakemoor": where a thing is, measured
    // from a place
    private static readonly Regex Distance = new(
        @"\b\d[\d,.]*\s*(?:-\s*)?(?:miles?|kilometres?|kilometers?|km|metres?|meters?|feet|yards|nautical\s+miles)\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:north|south|east|west)(?:east|west)?ward\s+of|off|outside|from|offshore\s+from|upstream\s+from|downstream\s+from|inland\s+from)\s",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a street address: "131 West 23rd Street", "1600 Pennsylvania Ave."
    private static readonly Regex Address = new(
        @"\b\d+\s+(?:(?:North|South|East|West|N\.|S\.|E\.|W\.)\s+)?(?:\d+(?:st|nd|rd|th)|\p{Lu}[\p{L}\-]+)(?:\s+\p{Lu}[\p{L}\-]+)?\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square|Way|Highway)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a street, a road or a square by its name, without a number ("at the north end of Harbour Street", "off Mill Road"):
    // a place as exact as an address
    private static readonly Regex StreetName = new(
        @"\b(?<name>\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)?)\s+(?:Street|Avenue|Road|Boulevard|Lane|Square|Quay|Wharf|Pier|Highway)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Name = new(@"\b\p{Lu}[\p{Ll}\-']+(?:\s+\p{Lu}\.?)*\s+\p{Lu}[\p{Ll}\-']+", RegexOptions.Compiled);

    private static readonly Regex Reason = new(@"\b(?:because|since|due to|as a result|in order to|so that|to\s+\w+|after|amid|over)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    // "by selling the depot", "through cutting costs", "slipped in through a side door", "via a phishing email": the
    // means of doing something
    private static readonly Regex Manner = new(@"\b(?:by|through)\s+\p{Ll}+ing\b|\b(?:through|via)\s+(?:a|an|the|its|their|his|her)\s+\p{Ll}", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "called the vote a \"bad day\"", "described it as", "dubbed": the words someone gave a thing
    private static readonly Regex Naming = new(
        @"\b(?:call(?:ed|s|ing)|dubb(?:ed|ing)|dubs|label(?:l?ed|l?ing|s)|describ(?:ed|es|ing)|characteri[sz](?:ed|es|ing)|termed)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "Pell, 58,": a name and a number in apposition; "a 58-year-old", "58 years old", "aged 58": an age anywhere
    private static readonly Regex AgeApposition = new(@"(\p{Lu}[\p{L}\-'’]+),\s+(\d{1,3}),", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // not "at age 12": the age when something happened, not the person's age
    private static readonly Regex AgePhrase = new(@"\b\d{1,3}(?:-year-old\b|\s+years?\s+old\b)|\baged\s+\d{1,3}\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>An age: the apposition after a name the question asks about ("Pell, 58,"), or an age written out.</summary>
    private static bool GivesAnAge(string sentence, string questionLower) =>
        AgePhrase.IsMatch(sentence)
        || AgeApposition.Matches(sentence).Any(m => Regex.IsMatch(questionLower, $@"\b{Regex.Escape(m.Groups[1].Value.ToLowerInvariant())}\b"));

    private static readonly Regex Capitalized = new(@"\b\p{Lu}\p{Ll}+\b", RegexOptions.Compiled);

    /// <summary>A country or capital the question does not name, wherever it stands ("Belarus, which shares a border …").</summary>
    private static bool NamesAPlace(string sentence, string questionLower) =>
        Capitalized.Matches(sentence).Any(m => Attribution.Lexicon.Default.Places.Contains(m.Value) && !questionLower.Contains(m.Value.ToLowerInvariant()));

    // the noun after which/what, past one modifier when a verb follows the noun ("which elementary schools is …"), as
    // Question reads it
    private static readonly Regex AskedNoun = new(
        @"\b(?:which|what)\s+(?:(?!(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b)\w+\s+(?=\w+\s+(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b))?(\w+)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// "Which school …": the sentence names one, a capitalized name holding the noun ("Intermediate School 285",
    /// "the House Intelligence Committee") that the question does not already give.
    /// </summary>
    private static bool NamesA(string sentence, string questionLower)
    {
        var asked = AskedNoun.Match(questionLower);
        if (!asked.Success) return false;
        var noun = asked.Groups[1].Value;
        // "which model is made at the plant": the model the plant builds, named after the verb ("builds the small Vesta
        // estate car"), which seldom writes "model"
        if (MadeThingAskedOf(questionLower) is not null && NamesAThingMade(sentence, questionLower)) return true;
        // "which company bought the mill": a business is named by its own name, which ends on a word of a business
        // ("Holmcrest Partners", "Estmere Holdings", "Dellan Foods Inc.") and seldom holds "company"
        if (BusinessNouns.Contains(noun) && NamesABusiness(sentence, questionLower)) return true;
        // "which newspapers": a list of names ("the Harbor Ledger, the Valley Courier and …") names several of them
        if (noun.Length > 3 && noun.EndsWith('s') && NamesSeveral(sentence, questionLower)) return true;
        if (noun.Length > 3 && noun.EndsWith('s')) noun = noun[..^1];
        var upper = char.ToUpperInvariant(noun[0]) + Regex.Escape(noun[1..]);
        // the static Regex methods reuse recently built patterns, so one question's candidates share one
        // the noun ends the name or opens it ("Camp Ardley"); a name that runs on past the noun is another thing
        // ("the Dunmere School Board" is a board, not a school)
        var pattern = $@"(?:\b\p{{Lu}}[\p{{L}}\-]*\s+)+{upper}s?\b(?:\s+\d+)?(?!\s+\p{{Lu}})|(?<!\p{{Lu}}[\p{{L}}\-]*\s+)\b{upper}s?\s+(?:of\s+(?:the\s+)?)?(?:\p{{Lu}}|\d)[\p{{L}}\d\-]*";
        try
        {
            return Regex.Matches(sentence, pattern, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))
                .Any(m => !questionLower.Contains(m.Value.ToLowerInvariant()));
        }
        catch (RegexMatchTimeoutException) { return false; }
    }

    // "which model is made at the plant", "what car does the factory build": a thing asked by what is made of it
    private static readonly Regex MadeAsked = new(
        @"^(?:which|what)\s+(?<noun>\w+)\s+(?:is|are|was|were|will|does|do|did)\b.*\b(?:make|makes|made|build|builds|built|produce|produces|produced|manufacture|manufactures|manufactured|assemble|assembles|assembled)\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "the plant, which builds the small Vesta estate car,", "makes the Orvel tractor": a name right after a verb of making,
    // past an article and a word or two that describe the thing
    private static readonly Regex ThingMade = new(
        @"\b(?:make|makes|made|making|build|builds|built|building|produce|produces|produced|producing|manufacture|manufactures|manufactured|manufacturing|assemble|assembles|assembled|assembling)\s+(?:(?:the|a|an|its|their)\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?<name>\p{Lu}[\p{L}\d\-]*)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The noun of a thing asked by what is made of it ("which model is made at the plant": model), or null.</summary>
    public static string? MadeThingAskedOf(string questionLower) => MadeAsked.Match(questionLower) is { Success: true } m ? m.Groups["noun"].Value : null;

    /// <summary>Does the sentence name a thing made, right after its verb, that the question does not already name?</summary>
    public static bool NamesAThingMade(string sentence, string questionLower) =>
        ThingMade.Matches(sentence).Any(m => !questionLower.Contains(m.Groups["name"].Value.ToLowerInvariant()));

    /// <summary>The nouns a question asks for a business by ("which company", "what firm").</summary>
    public static readonly IReadOnlySet<string> BusinessNouns = new HashSet<string>(StringComparer.Ordinal)
    {
        "company", "companies", "firm", "firms", "corporation", "corporations", "business", "businesses", "conglomerate", "bidder", "buyer",
    };

    // the last words of a business's name: its legal form, or the word a holding, a fund or a maker takes
    private static readonly Regex BusinessName = new(
        @"(?:\b\p{Lu}[\p{L}&\-]*\s+)+(?:Company|Co\.|Corp\.?|Corporation|Inc\.?|Incorporated|Ltd\.?|Limited|LLC|PLC|Plc|AG|SA|NV|GmbH|Group|Holdings|Partners|Capital|Ventures|Industries|Enterprises|Investments|Securities|Bank|Airlines|Airways|Motors|Foods|Brands|Technologies|Systems|Logistics|Shipping|Energy|Mining|Pharmaceuticals)(?![\p{L}])",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>A business's name the question does not already give ("Holmcrest Partners bought a stake").</summary>
    public static bool NamesABusiness(string sentence, string questionLower) =>
        BusinessName.Matches(sentence).Any(m => !questionLower.Contains(m.Value.Trim().ToLowerInvariant()));

    // a capitalized name not opening the sentence, "the" and "The" aside
    private static readonly Regex InnerName = new(@"(?<=\s)(?!The\b)\p{Lu}[\p{L}\-'’]+(?:\s+\p{Lu}[\p{L}\-'’]+)*", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Two names at least, none of them the question's: a sentence listing what a plural "which" asks for.</summary>
    public static bool NamesSeveral(string sentence, string questionLower) =>
        InnerName.Matches(sentence).Select(m => m.Value).Where(n => !n.Split(' ').Any(w => questionLower.Contains(w.ToLowerInvariant())))
            .Distinct().Take(2).Count() == 2;

    // "the best-funded", "the largest", "the top donor": a thing ranked first
    private static readonly Regex Superlative = new(
        @"\b(?:most|least|largest|biggest|highest|lowest|greatest|best|worst|richest|fewest|smallest|top|leading)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "four times the rate", "twice as likely", "more than", "higher than", "compared with": one thing measured by
    // another ("rather than" compares nothing)
    private static readonly Regex Comparison = new(
        @"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|several|many)\s+times\b|\b(?:twice|double|triple|half)\b|\b(?!(?:rather|other|whether)\b)(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|better|worse|\p{Ll}{3,}er)\s+than\b|\bcompared\s+(?:with|to)\b|\bas\s+(?:\p{Ll}+\s+)?as\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "in the first quarter of 2026", "since 1996", "the 2026-27 season": a year (and a season's second), which says when,
    // not how many
    private static readonly Regex YearBefore = new(@"\b(?:in|of|since|until|till|by|from|before|after|during|through|the|early|late|mid|spring|summer|autumn|fall|winter)[\s\-]+$", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex FourDigitYear = new(@"^(?:1[89]|20)\d\d$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex SeasonStart = new(@"\b(?:1[89]|20)\d\d[-–/]$", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static bool IsAYear(string sentence, Match number) =>
        (FourDigitYear.IsMatch(number.Value) && YearBefore.IsMatch(sentence[..number.Index]))
        || (number.Value.Length == 2 && SeasonStart.IsMatch(sentence[..number.Index]));

    // "a year", "per hour", "each day", "monthly": a stretch of time a figure is given or asked over
    private const string PerStretch = @"(?:a|an|per|each|every)\s+(?<unit>hour|day|week|month|year)\b|(?<unit>hour|dai|week|month|year)ly\b";

    // "each year", "per hour", "a month", "annually": the stretch a sum or a count is asked over
    private static readonly Regex RateAsked = new(
        @"\b(?:" + PerStretch + @")|\b(?<unit>annual)(?:ly)?\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "$52,000 a year", "$17.40 an hour", "30 euros per day", "$2 million annually": a figure and the stretch it is given over
    private static readonly Regex RateGiven = new(
        @"\d(?:[\d,.]*\d)?%?(?:\s*(?:million|billion|dollars|euros|pounds|percent))*\s+(?:" + PerStretch + @"|(?<unit>annual)ly\b)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static string Unit(Match rate) => rate.Groups["unit"].Value.ToLowerInvariant() switch { "dai" => "day", "annual" => "year", var unit => unit };

    /// <summary>The stretch a question asks a figure over ("how much will it cost each year": year), or null.</summary>
    public static string? RateAskedOf(string questionLower) => RateAsked.Match(questionLower) is { Success: true } m ? Unit(m) : null;

    /// <summary>
    /// Does the sentence give a figure over the stretch asked (true), only over other stretches ("$17.40 an hour" for a
    /// yearly cost: false), or over none (null)?
    /// </summary>
    public static bool? GivesTheRate(string sentence, string unit)
    {
        var given = RateGiven.Matches(sentence).Select(Unit).ToList();
        return given.Count == 0 ? null : given.Contains(unit);
    }

    // the verbs of a change in amount, by the way they go: a rise and a fall are each asked with any verb of their own way
    private const string RiseVerbs = @"ris(?:e|es|en|ing)|rose|rais(?:e|es|ed|ing)|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|jump(?:s|ed|ing)?|gr(?:ow|ows|ew|own|owing)|soar(?:s|ed|ing)?|hik(?:e|es|ed|ing)|go(?:es)?\s+up|went\s+up|gone\s+up";
    private const string FallVerbs = @"f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|declin(?:e|es|ed|ing)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|lower(?:s|ed|ing)?|slash(?:es|ed|ing)?|shr(?:ink|inks|ank|unk|inking)|slid(?:e|es|ing)?|plung(?:e|es|ed|ing)|go(?:es)?\s+down|went\s+down|gone\s+down";

    // "how much will fares rise", "by how much did sales fall", "what percentage will rents go up": the size of a change asked
    private const string SizeAsked = @"^(?:by\s+)?(?:how\s+much|(?:what|which)\s+(?:percentage|percent|share))\b.*\b(?:";
    private static readonly Regex RiseAsked = new(
        SizeAsked + RiseVerbs + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex FallAsked = new(
        SizeAsked + FallVerbs + @")\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // a size of a change: a share ("8 percent", "3.5%", "two percentage points") or a sum ("$12", "40 euros"), never a day
    // ("from March 1") or a bare count the sentence gives of something else
    private const string Extent = @"(?:(?:about|around|nearly|almost|some|roughly|up\s+to|more\s+than|over|by|to|from)\s+)*(?:[$€£]\s?\d|\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|percentage\s+points?\b|(?:million\s+|billion\s+)?(?:dollars|euros|pounds|cents)\b))";

    // the verb of the change with its size right after it, or a word or two on ("will rise 8 percent", "raised fares by 5%",
    // "fell sharply to $40"); not the verb alone beside a date ("will raise fares from March 1")
    private static readonly Regex RiseGiven = new(
        @"\b(?:" + RiseVerbs + @")\s+(?:[\p{L}\-]+\s+){0,3}?" + Extent,
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);
    private static readonly Regex FallGiven = new(
        @"\b(?:" + FallVerbs + @")\s+(?:[\p{L}\-]+\s+){0,3}?" + Extent,
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// The way a change is asked to have gone in "how much will fares rise" ("rise") or "by how much did sales fall"
    /// ("fall"), or null when the question asks no size of a change.
    /// </summary>
    public static string? ChangeAskedOf(string questionLower) =>
        RiseAsked.IsMatch(questionLower) ? "rise" : FallAsked.IsMatch(questionLower) ? "fall" : null;

    /// <summary>
    /// Does the sentence give the size of a change the way asked, next to its verb ("fares will rise 8 percent"), rather
    /// than only retell the change ("will raise fares from March 1")?
    /// </summary>
    public static bool GivesTheChange(string sentence, string way) => (way == "rise" ? RiseGiven : FallGiven).IsMatch(sentence);

    // "raised from an initial 450", "originally 40 beds", "up from $9.75": the figure before it changed
    private static readonly Regex PriorFigure = new(
        @"\b(?:initial|original|originally|initially|previous|previously|earlier|prior)\s+(?:[\p{L}\-]+\s+){0,2}?(?:[$€£]\s?)?\d" +
        @"|\b(?:up|down|raised|increased|cut|lowered|reduced|rose|fell|climbed|dropped|grew|shrank)\s+from\s+(?:an?\s+)?(?:[\p{L}\-]+\s+)?(?:[$€£]\s?)?\d",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Does the sentence give a figure as it was before a change (see <see cref="PriorFigure"/>)?</summary>
    public static bool GivesAPriorFigure(string sentence) => PriorFigure.IsMatch(sentence);

    // "when is the new deadline", "what is the revised estimate": a value asked as it stands after a change, of a noun
    // that names a value (not "the new bridge", a thing)
    private static readonly Regex RevisedAsked = new(
        @"\b(?:new|revised|updated|amended|latest)\s+(?:[\p{L}\-]+\s+)?(?:deadline|date|target|estimate|figure|forecast|price|cost|budget|fare|fee|rate|total|toll|tally|count|limit|timetable|schedule)s?\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "when is the deadline now", "how much does the fare cost now": the same, where a time or a figure is asked
    private static readonly Regex NowAsked = new(@"\bnow\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Does the question ask a value as it stands after a change: of a noun naming a value (see <see cref="RevisedAsked"/>),
    /// or "now", when a time or a figure is asked?
    /// </summary>
    public static bool AsksARevisedValue(string question, bool valueAsked) =>
        RevisedAsked.IsMatch(question) || (valueAsked && NowAsked.IsMatch(question));

    // "the new target date is 12 October", "has now been moved to 3 July", "was pushed back to", "a revised estimate of": a
    // value given as it stands after a change
    private static readonly Regex Revised = new(
        @"\b(?:new|revised|updated|amended|latest|now)\b|\b(?:moved|pushed\s+back|put\s+back|postponed|delayed|deferred|extended|brought\s+forward|changed|raised|lowered|cut|increased|reduced)\s+(?:[\p{L}\-]+\s+){0,2}?to\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "the original deadline was 12 April", "initially set for", "the old price": a value as it stood before a change
    private static readonly Regex Superseded = new(
        @"\b(?:original|originally|initial|initially|previous|previously|old|earlier|former|formerly)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "who do the Pikes play on Sunday", "who will they face in the final", "against whom": the opponent of a match asked
    private static readonly Regex OpponentAsked = new(
        @"^(?:who|whom|which\s+(?:team|side|club|player)s?)\s+(?:do|does|did|will|would|are|is|was|were)\s+(?:[\p{L}'’\-]+\s+){1,4}?(?:play(?:ing)?|fac(?:e|ing)|meet(?:ing)?|tak(?:e|ing)\s+on)\b|\bagainst\s+(?:whom|who|which)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "take on the Kestrel Rovers", "face Dunmore", "against the Kites": a match verb and the name of the side played
    private static readonly Regex OpponentGiven = new(
        @"\b(?:play(?:s|ed|ing)?|fac(?:e|es|ed|ing)|meet(?:s|ing)?|met|take[sn]?\s+on|took\s+on|taking\s+on|against|versus|vs\.?)\s+(?:the\s+)?(?<name>\p{Lu}[\p{L}'’\-]*)",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>Does the question ask whom a side plays (see <see cref="OpponentAsked"/>)?</summary>
    public static bool AsksAnOpponent(string question) => OpponentAsked.IsMatch(question.Trim());

    /// <summary>Does the sentence name a side played, after a match verb, that the question does not already name?</summary>
    public static bool GivesAnOpponent(string sentence, string questionLower) =>
        OpponentGiven.Matches(sentence).Any(m => !questionLower.Contains(m.Groups["name"].Value.ToLowerInvariant()));

    /// <summary>Does the sentence give a value after a change (see <see cref="Revised"/>)?</summary>
    public static bool GivesARevisedValue(string sentence) => Revised.IsMatch(sentence);

    /// <summary>Does the sentence give only a value as it stood before a change, none after it?</summary>
    public static bool GivesOnlyASupersededValue(string sentence) => Superseded.IsMatch(sentence) && !Revised.IsMatch(sentence);

    // "expected to fetch $31,500", "estimated at $2 million", "a pre-sale estimate of": a sum foreseen before a sale
    private static readonly Regex Foreseen = new(
        @"\b(?:expected|estimated|predicted|forecast|tipped|projected|likely)\s+to\s+(?:fetch|sell\s+for|go\s+for|make|raise|reach|bring\s+in)\b|\b(?:estimated|valued)\s+at\b|\b(?:pre-?sale\s+)?estimates?\s+of\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // "sold for", "final bid", "paid", "went for", "the hammer price": a sum a sale settled on
    private static readonly Regex Settled = new(
        @"\b(?:sold|went|gone|fetched)\s+(?:\S+\s+){0,3}?for\b|\b(?:final|winning|hammer)\s+(?:price|bid)\b|\bpaid\b|\bbought\b|\bfetched\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>
    /// Does the sentence give only a sum foreseen before a sale ("was expected to fetch $31,500"), no price it sold
    /// for? Such a sum does not answer what something went for.
    /// </summary>
    public static bool GivesOnlyAForeseenSum(string sentence) => Foreseen.IsMatch(sentence) && !Settled.IsMatch(sentence);

    // "cleared to return on Sept. 8", "will resume from June 1", "the suspension runs until 2031", "will be heard again on
    // May 9": the time a halted thing starts again, which is what "when can she race again" asks, whatever verb the
    // question gives the thing ("lifted" is left out: "lifted a curfew imposed in May" dates the halt, not its end)
    private static readonly Regex Resumption = new(
        @"\b(?:again|resum(?:e|es|ed|ing|ption)|restart(?:s|ed|ing)?|return(?:s|ed|ing)?|eligible|reinstated|until|till|expir(?:e|es|ed|y))\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>How far after the word of a resumption its time may stand ("return to the squad on May 2").</summary>
    private const int ResumptionReach = 24;

    /// <summary>
    /// Does the sentence give the time something starts again: a time the question does not name, right after a word of
    /// a resumption (see <see cref="Resumption"/>)?
    /// </summary>
    public static bool GivesAResumption(string sentence, string questionLower)
    {
        var times = TimesGiven(sentence, questionLower).ToList();
        return times.Count > 0 && Resumption.Matches(sentence)
            .Any(r => times.Any(t => t >= r.Index + r.Length && t - (r.Index + r.Length) <= ResumptionReach));
    }

    /// <summary>Where the sentence gives a time the question does not already name (see <see cref="AnswerType.Time"/>).</summary>
    public static IEnumerable<int> TimesGiven(string sentence, string questionLower) =>
        Time.Matches(sentence).Where(m => !questionLower.Contains(m.Value.ToLowerInvariant())).Select(m => m.Index);

    /// <summary>Where the sentence gives a place the question does not already name (see <see cref="AnswerType.Place"/>).</summary>
    public static IEnumerable<int> PlacesGiven(string sentence, string questionLower) =>
        PlacePhrase.Matches(sentence).Where(m => !questionLower.Contains(m.Groups[1].Value.ToLowerInvariant()))
            .Concat(Address.Matches(sentence)).Concat(Distance.Matches(sentence))
            .Concat(StreetName.Matches(sentence).Where(m => !questionLower.Contains(m.Groups["name"].Value.ToLowerInvariant())))
            .Concat(Capitalized.Matches(sentence).Where(m => Attribution.Lexicon.Default.Places.Contains(m.Value) && !questionLower.Contains(m.Value.ToLowerInvariant())))
            .Concat(Venue.Matches(sentence).Where(m => !questionLower.Contains(m.Groups["name"].Value.ToLowerInvariant())))
            .Concat(PlaceNoun.Matches(sentence).Where(m => !questionLower.Contains(m.Groups["noun"].Value.ToLowerInvariant())))
            .Select(m => m.Index);

    // "how fast", "how far", "how heavy", "how hot", "how tall": the measure asked, which a figure answers in its own units;
    // and "how long is the tunnel", a thing's length, where "how long" asks of what something is, not of a deed ("how
    // long will the line be shut" asks a stretch of time, and a length in its units adds nothing to one given in days)
    private static readonly Regex MeasureAsked = new(
        @"^how\s+(?:(?<measure>fast|far|heavy|hot|cold|warm|tall|deep|wide)|(?<measure>long)(?=\s+(?:is|was|are|were)\s+(?:the|a|an|this|that|its|their)\s))\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private const string Figure = @"\b\d[\d,.]*\s*(?:-\s*)?";
    private const string Lengths = @"(?:kilomet(?:re|er)s?|km|miles?|metres?|meters?|m|feet|foot|ft|yards?|inches|inch|cm|centimet(?:re|er)s?|nautical\s+miles)";

    // the units each measure is given in: a speed is a length over a stretch of time ("72 kilometres an hour", "60 mph", "18 knots")
    private static readonly Dictionary<string, Regex> MeasureUnits = new(StringComparer.Ordinal)
    {
        ["speed"] = new(Figure + @"(?:km/h|kmph|kph|mph|knots?|m/s|" + Lengths + @"\s+(?:per|an|a)\s+(?:hour|second|minute))\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant),
        ["length"] = new(Figure + Lengths + @"\b(?!\s+(?:per|an|a)\s+(?:hour|second|minute)\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant),
        ["weight"] = new(Figure + @"(?:kg|kilograms?|kilos?|pounds|lbs?|tons?|tonnes?|grams?|ounces?|oz)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant),
        ["temperature"] = new(Figure + @"(?:°|degrees?\b)", RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant),
    };

    /// <summary>The measure a "how fast/far/heavy/hot …" question asks for (speed, length, weight, temperature), or null.</summary>
    public static string? MeasureAskedOf(string questionLower) => MeasureAsked.Match(questionLower) is { Success: true } m
        ? m.Groups["measure"].Value switch
        {
            "fast" => "speed",
            "heavy" => "weight",
            "hot" or "cold" or "warm" => "temperature",
            _ => "length",
        }
        : null;

    /// <summary>Does the sentence give a figure in the units of the measure asked ("at 72 kilometres an hour" for a speed)?</summary>
    public static bool GivesTheMeasure(string sentence, string measure) => MeasureUnits[measure].IsMatch(sentence);

    // "what was the record load", "what is the average price": the noun whose record, peak or average is asked
    private static readonly Regex FigureReachedAsked = new(
        @"^what\s+(?:is|was|are|were)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?:new\s+|all-time\s+|previous\s+|daily\s+|annual\s+)?(?:record|peak|maximum|minimum|average)\s+(?!(?:of|on|in|for|at|holder|label|books?)\b)(?<noun>\p{Ll}+)",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The noun whose record, peak or average a question asks ("what was the record load": load), or null.</summary>
    public static string? FigureReachedOf(string questionLower) =>
        FigureReachedAsked.Match(questionLower) is { Success: true } m ? m.Groups["noun"].Value : null;

    /// <summary>
    /// Does the sentence give a figure of the noun, within a few words after it in one clause ("the load on the northern
    /// lines peaked at 2,870 megawatts"), not only the noun ("put the load at a record") beside a figure of something else?
    /// </summary>
    public static bool GivesTheFigureOf(string sentence, string noun) =>
        Regex.IsMatch(sentence, $@"\b{Regex.Escape(noun)}\w*\b(?:\s+[^\s,;:.\d]+){{0,6}}?\s+(?:[$€£¥₦₹]\s?)?\d",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100));

    public static bool Matches(AnswerType type, string sentence, string questionLower) => type switch
    {
        AnswerType.Clock => Clock.IsMatch(sentence),
        AnswerType.Day => GivesADay(sentence, questionLower),
        AnswerType.Time => Time.Matches(sentence).Any(m => !questionLower.Contains(m.Value.ToLowerInvariant())),
        AnswerType.Number => Number.Matches(sentence).Any(m => !questionLower.Contains(m.Value.ToLowerInvariant()) && !IsAYear(sentence, m)),
        AnswerType.Money => Money.IsMatch(sentence),
        AnswerType.Place => PlacePhrase.Matches(sentence).Any(m => !questionLower.Contains(m.Groups[1].Value.ToLowerInvariant())) || Address.IsMatch(sentence)
                             || StreetName.Matches(sentence).Any(m => !questionLower.Contains(m.Groups["name"].Value.ToLowerInvariant())) || Distance.IsMatch(sentence) || NamesAPlace(sentence, questionLower)
                             || Venue.Matches(sentence).Any(m => !questionLower.Contains(m.Groups["name"].Value.ToLowerInvariant()))
                             || PlaceNoun.Matches(sentence).Any(m => !questionLower.Contains(m.Groups["noun"].Value.ToLowerInvariant())),
        AnswerType.Person => Name.Matches(sentence).Any(m => !m.Value.Split(' ').Any(w => questionLower.Contains(w.ToLowerInvariant()))),
        AnswerType.Reason => Reason.IsMatch(sentence),
        AnswerType.Named => NamesA(sentence, questionLower),
        AnswerType.Manner => Manner.IsMatch(sentence),
        AnswerType.Description => Naming.IsMatch(sentence),
        AnswerType.Age => GivesAnAge(sentence, questionLower),
        AnswerType.Superlative => Superlative.IsMatch(sentence),
        AnswerType.Comparison => Comparison.IsMatch(sentence),
        _ => false,
    };
}

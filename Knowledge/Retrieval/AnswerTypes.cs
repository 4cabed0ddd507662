using System.Text.RegularExpressions;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>Does a sentence hold the kind of thing a question asks for (and one the question does not already name)?</summary>
public static class AnswerTypes
{
    private static readonly Regex Time = new(
        @"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow|yesterday|tonight|(?:next|last|this)\s+(?:week|month|year)|january|february|march|april|may|june|july|august|september|october|november|december|jan\.|feb\.|aug\.|sept?\.|oct\.|nov\.|dec\.|(?:1[89]|20)\d\d|\d{1,2}:\d\d|\d{1,2}\s*(?:a\.m\.|p\.m\.)|morning|afternoon|evening|week|month|year|days?|decade|century)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Number = new(
        @"\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex Money = new(
        @"[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:million|billion|trillion)?\s*(?:dollars|euros|pounds|yen|yuan|rubles|rupees|cents)\b",
        RegexOptions.IgnoreCase | RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex PlacePhrase = new(@"\b(?:in|to|at|from|into|near|toward|towards)\s+(?:the\s+)?(\p{Lu}[\p{L}\-]+)", RegexOptions.Compiled);

    private static readonly Regex Name = new(@"\b\p{Lu}[\p{Ll}\-']+(?:\s+\p{Lu}\.?)*\s+\p{Lu}[\p{Ll}\-']+", RegexOptions.Compiled);

    private static readonly Regex Reason = new(@"\b(?:because|since|due to|as a result|in order to|so that|to\s+\w+|after|amid|over)\b", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    public static bool Matches(AnswerType type, string sentence, string questionLower) => type switch
    {
        AnswerType.Time => Time.Matches(sentence).Any(m => !questionLower.Contains(m.Value.ToLowerInvariant())),
        AnswerType.Number => Number.Matches(sentence).Any(m => !questionLower.Contains(m.Value.ToLowerInvariant())),
        AnswerType.Money => Money.IsMatch(sentence),
        AnswerType.Place => PlacePhrase.Matches(sentence).Any(m => !questionLower.Contains(m.Groups[1].Value.ToLowerInvariant())),
        AnswerType.Person => Name.Matches(sentence).Any(m => !m.Value.Split(' ').Any(w => questionLower.Contains(w.ToLowerInvariant()))),
        AnswerType.Reason => Reason.IsMatch(sentence),
        _ => false,
    };
}

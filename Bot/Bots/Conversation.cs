using System.Text.RegularExpressions;
using NewsBot.Knowledge;
using NewsBot.Knowledge.Answers;
using NewsBot.Knowledge.Attribution;
using NewsBot.Knowledge.Index;
using NewsBot.Knowledge.Retrieval;

namespace NewsBot.Bot.Bots;

/// <summary>A reply: the answer and the follow-ups worth suggesting.</summary>
public sealed record Reply(Answer Answer, IReadOnlyList<string> Suggestions);

/// <summary>
/// The conversation around the answers: follow-ups ("more", "who said that?", "what else did she say?"), choosing an
/// article ("list articles", "use …", "all articles") and "help". Questions themselves go to the <see cref="Answerer"/>.
/// </summary>
public sealed partial class Conversation(Answerer answerer, KnowledgeStore store)
{
    private static readonly string[] Pronouns = ["he", "she", "they", "him", "her", "them"];

    public Reply Reply(string input, ConversationData data)
    {
        var text = Question.Normalize(input);
        var command = text.TrimEnd('?', '!', '.', ' ').ToLowerInvariant();
        return command switch
        {
            "help" or "?" or "what can you do" => Help(),
            "list articles" or "articles" or "list" or "show articles" or "which articles" => ListArticles(),
            "all articles" or "use all articles" or "use all" => Focus(null, data, "Answering from all articles again."),
            "more" or "show more" or "next" => More(data),
            "who said that" or "who said it" or "who said this" => WhoSaidThat(data),
            _ when UseArticle().Match(command) is { Success: true } use => Use(use.Groups[1].Value, data),
            _ => Ask(text, data),
        };
    }

    private Reply Ask(string text, ConversationData data)
    {
        var question = Question.Parse(text);
        if (question.Kind == QuestionKind.Factoid && data.LastStatementsTopic is { } lastTopic && AboutFollowUp().Match(text.TrimEnd('?', '!', '.', ' ')) is { Success: true } about)
            question = FollowUp(about.Groups["what"].Value.Trim(), lastTopic, data, question);
        // "did she say whether anyone had died?" after an answer about someone: what that person said on the new topic,
        // their words ranked by it (the reporter's "she did not say" still answers where none of theirs does)
        if (question.Kind == QuestionKind.Factoid && data.LastSpeaker is { } speaker && SaidWhetherFollowUp().Match(text.TrimEnd('?', '!', '.', ' ')) is { Success: true } said)
            question = new Question(QuestionKind.Statements, text, speaker, said.Groups["about"].Value, AnswerType.Any);
        // "who is he?", "where does she work?" after an answer about someone: the question is about that person
        if (question.Kind == QuestionKind.Factoid && data.LastSpeaker is { } last && SubjectPronoun().IsMatch(text))
            question = Question.Parse(SubjectPronoun().Replace(text, m => m.Groups[1].Success ? last + "'s" : last));
        // "what did her coach say about her?" after "what did Lorne say?": the coach is asked for by the title, and what they
        // said of Lorne first
        if (question is { Kind: QuestionKind.Statements, Speaker: { } owned } && data.LastSpeaker is { } owner && OwnedTitle().Match(owned) is { Success: true } title)
            question = question with { Speaker = "the " + title.Groups["title"].Value, Topic = AboutOwner(question.Topic, owner) };
        // "what did its director say?" after an answer about a group: the director is asked for by the title, in the
        // article that quotes the group (another article's director, or its "directorate", is someone else's)
        string? ownersArticle = null;
        if (question is { Kind: QuestionKind.Statements, Speaker: { } itsTitle } && data.LastSpeaker is { } body && ItsTitle().Match(itsTitle) is { Success: true } its)
            (question, ownersArticle) = (question with { Speaker = "the " + its.Groups["title"].Value }, OnlyArticleQuoting(body));
        // "Why did Quill quit, according to her?": the pronoun is the person the question itself named before it, whoever
        // the answers before were about
        if (question is { Kind: QuestionKind.Statements, Speaker: { } pronoun } && Pronouns.Contains(pronoun.ToLowerInvariant())
            && NamedBefore(text, pronoun, data) is { } antecedent)
            question = question with { Speaker = antecedent };
        bool followUp = false;
        if (question is { Kind: QuestionKind.Statements, Speaker: { } who } && Pronouns.Contains(who.ToLowerInvariant()))
        {
            if (data.LastSpeaker is null)
                // say which word could not be resolved, and why: the answers so far named nobody who said anything
                return Say($"I'm not sure who \"{who}\" is: {(data.LastQuoteKeys.Count > 0 ? "the sentences I showed last quote nobody by name" : "nobody has been named yet")}. Ask for example \"what did … say?\" with a name.");
            question = question with { Speaker = data.LastSpeaker };
            followUp = true;
        }
        // "who criticised her?" after an answer about the minister: who spoke of that person, in the article quoting her
        var articleId = data.ArticleId ?? ownersArticle;
        if (question is { Kind: QuestionKind.WhoSaid } && data.LastSpeaker is { } target && ObjectPronoun().IsMatch(question.Topic))
            (question, articleId) = AboutTarget(question, target, data.ArticleId);
        var answer = answerer.Ask(question, articleId);
        if (followUp && text.Contains(" else ", StringComparison.OrdinalIgnoreCase)) answer = NotShownYet(answer, data);
        Remember(answer, data, question.Kind == QuestionKind.Statements ? question.Speaker : null, question.Text);
        // "did the volunteer in the profile think …" answered in the reporter's words: "she" is now the volunteer, whoever
        // the answers before were about
        if (answer.Quotes.Count > 0 && answer.Quotes.All(q => q.Speaker is null) && DescribedSubject().IsMatch(question.Text))
            data.LastSpeaker = DescribedPerson(answer.Quotes, question.Text);
        // and "did Alma Quist meet the landlords?" answered so: "she" is the quoted person the question names in full
        else if (answer.Quotes.Count > 0 && answer.Quotes.All(q => q.Speaker is null) && NamedInFull(question.Text) is { } named)
            data.LastSpeaker = named;
        data.LastStatementsTopic = question.Kind == QuestionKind.Statements ? question.Topic : null;
        data.LastFactQuestion = question.Kind == QuestionKind.Factoid && answer.Quotes.Count > 0 ? question.Text : null;
        return new Reply(answer, Suggest(answer));
    }

    /// <summary>
    /// "What about Vitter?" after "what did Merkley say?": the same question of another speaker; "what about Belarus?"
    /// (no speaker by that name) after "what did the official say?": the same speaker on that topic.
    /// </summary>
    private Question FollowUp(string what, string lastTopic, ConversationData data, Question asked)
    {
        if (what.Length == 0 || Pronouns.Contains(what.ToLowerInvariant())) return asked;
        var roster = RosterOf(data);
        if (roster.Match(what).Count > 0) return new Question(QuestionKind.Statements, asked.Text, what, lastTopic, AnswerType.Any);
        return data.LastSpeaker is null ? asked : new Question(QuestionKind.Statements, asked.Text, data.LastSpeaker, what, AnswerType.Any);
    }

    // the speakers the conversation asks about: those of the article it is focused on, else of every article
    private SpeakerRoster RosterOf(ConversationData data) =>
        data.ArticleId is null ? store.Speakers : new SpeakerRoster(store.Articles.Where(a => a.Id == data.ArticleId).SelectMany(a => a.Speakers));

    /// <summary>What else the last speaker said: their statements the conversation has not shown yet.</summary>
    private Answer NotShownYet(Answer answer, ConversationData data)
    {
        // an answer that is not their statements (where they are mentioned, under the speakers those sentences have)
        // is never relabelled as what else they said
        if (answer.Kind != AnswerKind.Statements) return answer;
        var shown = data.LastQuoteKeys.ToHashSet();
        var rest = answer.Quotes.Concat(answer.More).Where(s => !shown.Contains(Key(s))).ToList();
        return rest.Count == 0
            ? Recap(answer, data) ?? Answer.Nothing(AnswerKind.Statements, $"{Everything(data)}.")
            : answer with { Message = $"What else {data.LastSpeaker} said:", Quotes = rest.Take(Answerer.PageSize).ToList(), More = rest.Skip(Answerer.PageSize).ToList() };
    }

    private static string Everything(ConversationData data) =>
        $"That's everything {data.LastSpeaker} said in {(data.ArticleId is null ? "these articles" : "this article")}";

    /// <summary>
    /// "what else did she say?" or "more" right after an answer that showed all of someone's statements: there is
    /// nothing else, and saying so over no quote leaves the user with nothing to read; the statements are shown once
    /// more under that message. Null when the last answer showed only part of them (the end of a long answer's pages:
    /// its first pages are not repeated).
    /// </summary>
    private static Answer? Recap(Answer everything, ConversationData data)
    {
        var all = everything.Quotes.Concat(everything.More).ToList();
        var shown = data.LastQuoteKeys.ToHashSet();
        return everything.Kind == AnswerKind.Statements && all.Count > 0 && all.Count <= Answerer.PageSize && all.All(s => shown.Contains(Key(s)))
            ? new Answer(AnswerKind.Statements, $"{Everything(data)}; once more:", all, [])
            : null;
    }

    private Reply More(ConversationData data)
    {
        // the last answer showed all of someone's words on a topic: "more" goes on with the rest of what they said
        if (data.MoreKeys.Count == 0 && data is { LastSpeaker: { } speaker, LastStatementsTopic.Length: > 0 })
        {
            var everything = answerer.Ask(new Question(QuestionKind.Statements, $"what else did {speaker} say", speaker, "", AnswerType.Any), data.ArticleId);
            var unseen = NotShownYet(everything, data);
            Remember(unseen, data, speaker);
            data.LastStatementsTopic = "";
            return new Reply(unseen, Suggest(unseen));
        }
        // the last answer showed everything someone said: "more" of them is that again, said to be all
        if (data is { MoreKeys.Count: 0, LastSpeaker: { } whole, LastStatementsTopic: "" }
            && Recap(answerer.Ask(new Question(QuestionKind.Statements, $"what did {whole} say", whole, "", AnswerType.Any), data.ArticleId), data) is { } recap)
            return new Reply(recap, Suggest(recap));
        if (data.MoreKeys.Count == 0) return Say("There is nothing more to show. Ask another question, or \"help\".");
        var next = data.MoreKeys.Take(Answerer.PageSize).Select(Lookup).OfType<IndexedSentence>().ToList();
        var rest = data.MoreKeys.Skip(Answerer.PageSize).Select(Lookup).OfType<IndexedSentence>().ToList();
        // the sentences left to show are gone from the index (the article changed since): "More:" over nothing is no answer
        if (next.Count == 0 && rest.Count == 0)
        {
            data.MoreKeys = [];
            return Say("The rest of that answer is no longer in the articles I have. Ask the question again.");
        }
        if (next.Count == 0) (next, rest) = (rest.Take(Answerer.PageSize).ToList(), rest.Skip(Answerer.PageSize).ToList());
        var answer = new Answer(AnswerKind.Statements, "More:", next, rest);
        Remember(answer, data, data.LastSpeaker);
        return new Reply(answer, Suggest(answer));
    }

    private Reply WhoSaidThat(ConversationData data)
    {
        var shown = data.LastQuoteKeys.Select(Lookup).OfType<IndexedSentence>().ToList();
        var last = shown.FirstOrDefault();
        if (last is null) return Say("Who said what? Ask me a question first, then \"who said that?\".");
        if (last.Speaker is null)
        {
            // the answer led with the reporter's own words (a headline, narration): "that" is what the user asked about,
            // so ask who said it; failing that, the shown sentence someone did say
            if (data.LastFactQuestion is { } asked
                && answerer.Ask(new Question(QuestionKind.WhoSaid, asked, null, asked, AnswerType.Person), data.ArticleId) is { Quotes: [{ Speaker: { } sayer }, ..] } said)
            {
                var reported = said with { Message = $"The article says it in its own words; {sayer.Name}{(sayer.Role is null ? "" : $" ({sayer.Role})")} said it:" };
                Remember(reported, data, null);
                return new Reply(reported, [$"What else did {sayer.Name} say?"]);
            }
            last = shown.FirstOrDefault(s => s.Speaker is not null) ?? last;
        }
        if (last.Speaker is not { } speaker)
            return new Reply(new Answer(AnswerKind.Found, "The article doesn't attribute that sentence to anyone; it is the reporter's own narration:", [last], []), []);
        var answer = new Answer(AnswerKind.Found, $"{speaker.Name}{(speaker.Role is null ? "" : $" ({speaker.Role})")} said that:", [last], []);
        data.LastSpeaker = speaker.Name;
        return new Reply(answer, [$"What else did {speaker.Name} say?"]);
    }

    private Reply Use(string words, ConversationData data)
    {
        var wanted = SpeakerDirectory.Words(words).ToList();
        var scored = store.Articles
            .Select(a => (Article: a, Score: wanted.Count(w => SpeakerDirectory.Words(a.Headline + " " + a.Id.Replace('-', ' ')).Any(h => SpeakerDirectory.Similar(h, w)))))
            .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ToList();
        if (scored.Count == 0) return Say($"No article matches \"{words}\". Say \"list articles\" to see them all.");
        var best = scored.Where(x => x.Score == scored[0].Score).Select(x => x.Article).ToList();
        if (best.Count > 1)
            return new Reply(Answer.Nothing(AnswerKind.Found, "Several articles match. Did you mean:\n" + string.Join("\n", best.Take(5).Select(a => $"- {a.Headline}"))),
                best.Take(3).Select(a => $"use {a.Headline}").ToList());
        return Focus(best[0].Id, data, $"Now answering from \"{best[0].Headline}\" only. Say \"all articles\" to widen again.");
    }

    private static Reply Focus(string? articleId, ConversationData data, string message)
    {
        data.ArticleId = articleId;
        return Say(message);
    }

    private Reply ListArticles()
    {
        var lines = store.Articles.Select(a => $"- {a.Headline} ({a.Quotes} quotes)").ToList();
        return lines.Count == 0 ? Say("I have no articles yet.") : Say($"I have {lines.Count} article{(lines.Count == 1 ? "" : "s")}:\n" + string.Join("\n", lines));
    }

    private Reply Help() => new(Answer.Nothing(AnswerKind.Empty, Welcome.Compose(store) + "\n\nAlso: \"list articles\", \"use <headline words>\", \"all articles\", \"more\", \"who said that?\"."), Welcome.Examples(store));

    private static Reply Say(string message) => new(Answer.Nothing(AnswerKind.Empty, message), []);

    private static void Remember(Answer answer, ConversationData data, string? speaker, string? question = null)
    {
        if (answer.Quotes.Count == 0) return;
        data.LastQuoteKeys = answer.Quotes.Select(Key).ToList();
        data.MoreKeys = answer.More.Select(Key).ToList();
        var speakers = answer.Quotes.Select(q => q.Speaker?.Name).Distinct().ToList();
        if (answer.Kind == AnswerKind.Statements && speakers.Count == 1 && speakers[0] is not null) data.LastSpeaker = speakers[0];
        // where someone not quoted is mentioned: "they" is still whom the user asked about, not whoever those sentences quote
        else if (answer.Kind == AnswerKind.NotQuoted && speaker is not null) data.LastSpeaker = speaker;
        else if (speaker is not null && speakers.Count == 1 && speakers[0] is not null) data.LastSpeaker = speakers[0];
        else if (answer.Quotes[0].Speaker is { } first) data.LastSpeaker = first.Name;
        // an answer that leads with narration is still about someone: the speaker shown whom the question names, else
        // the first one shown ("did Vera Lind resign?" answered by "Lind stepped down …" and then "… , Lind said")
        else if (answer.Quotes.Select(q => q.Speaker).OfType<Speaker>().ToList() is { Count: > 0 } shown)
            data.LastSpeaker = (question is null ? null : shown.FirstOrDefault(s => Named(question, s.Name)))?.Name ?? shown[0].Name;
    }

    /// <summary>
    /// The person an answer in the reporter's own words is about, when the question only described them: the one
    /// person quoted in the article whom the paragraphs shown name ("Greta thought the fuss was silly."), leaving out
    /// anyone the question names ("the Trump supporter" is not Trump). Null for nobody or several: "she" is then nobody
    /// rather than the wrong one. Reads the few sentences of the paragraphs shown.
    /// </summary>
    private string? DescribedPerson(IReadOnlyList<IndexedSentence> shown, string question)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var article in shown.Where(s => !s.IsHeading).GroupBy(s => s.ArticleId))
        {
            var people = store.Articles.FirstOrDefault(a => a.Id == article.Key)?.Speakers
                .Where(p => p.Type == SpeakerType.Person && !Named(question, p.Name)).ToList() ?? [];
            if (people.Count == 0) continue;
            foreach (var paragraph in article.GroupBy(s => s.Paragraph).Select(p => ParagraphText(p.First())))
                found.UnionWith(people.Where(p => Named(paragraph, p.Name)).Select(p => p.Name));
        }
        return found.Count == 1 ? found.Single() : null;
    }

    /// <summary>
    /// The one quoted person a question names by a full name ("Did Alma Quist …"), looked up in the roster by the name's
    /// words; null for none or several.
    /// </summary>
    private string? NamedInFull(string question)
    {
        // the question's first word is capitalized as any sentence's is ("Did")
        var people = FullName().Matches(question[(question.IndexOf(' ') + 1)..])
            .SelectMany(m => SpeakerDirectory.People(store.Speakers.Match(m.Value), store.Speakers))
            .Where(p => store.Speakers.Find(p.Name)?.Type == SpeakerType.Person).Select(p => p.Name).Distinct().ToList();
        return people.Count == 1 ? people[0] : null;
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)+")]
    private static partial Regex FullName();

    /// <summary>
    /// The one quoted person named before the pronoun in the question ("Why did Quill quit, according to her?"). A
    /// pronoun before any name ("what did she say about Quill?") is never the name after it, and is left to the answers
    /// before; so is one after two people.
    /// </summary>
    private string? NamedBefore(string question, string pronoun, ConversationData data)
    {
        var at = Regex.Matches(question, $@"\b{Regex.Escape(pronoun)}\b", RegexOptions.IgnoreCase).LastOrDefault();
        int start = question.IndexOf(' ') + 1;
        if (at is null || start <= 0 || at.Index <= start) return null;
        var roster = RosterOf(data);
        // the question's first word is capitalized as any sentence's is ("Why")
        var people = CapitalizedName().Matches(question[start..at.Index])
            .SelectMany(m => SpeakerDirectory.People(roster.Match(m.Value), roster))
            .Where(p => roster.Find(p.Name)?.Type == SpeakerType.Person).Select(p => p.Name).Distinct().ToList();
        return people.Count == 1 ? people[0] : null;
    }

    [GeneratedRegex(@"\p{Lu}[\p{L}'’\-]+(?:\s+\p{Lu}[\p{L}'’\-]+)*")]
    private static partial Regex CapitalizedName();

    /// <summary>The text of the paragraph a sentence stands in, read sentence by sentence both ways.</summary>
    private string ParagraphText(IndexedSentence sentence)
    {
        var parts = new List<string> { sentence.Text };
        for (int p = sentence.Position - 1; p >= 0 && store.Index.Get(sentence.ArticleId, p) is { } before && before.Paragraph == sentence.Paragraph; p--)
            parts.Insert(0, before.Text);
        for (int p = sentence.Position + 1; store.Index.Get(sentence.ArticleId, p) is { } after && after.Paragraph == sentence.Paragraph; p++)
            parts.Add(after.Text);
        return string.Join(' ', parts);
    }

    /// <summary>Does the question name this speaker (any word of the name beyond an initial)?</summary>
    private static bool Named(string question, string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.TrimEnd('.').Length > 1)
            .Any(w => Regex.IsMatch(question, $@"\b{Regex.Escape(w)}\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));

    private static IReadOnlyList<string> Suggest(Answer answer)
    {
        var suggestions = answer.Choices.ToList();
        if (answer.More.Count > 0) suggestions.Add("more");
        if (answer.Kind == AnswerKind.Found && answer.Quotes.FirstOrDefault()?.Speaker is { } speaker) suggestions.Add($"What else did {speaker.Name} say?");
        if (answer.Kind is AnswerKind.NotFound) suggestions.Add("who is quoted?");
        return suggestions;
    }

    // a sentence several speakers speak in keeps whom it was shown as ("more" of B's statements goes on under B, and "who
    // said that?" names B), after a separator no article id or name holds
    private static string Key(IndexedSentence s) =>
        s.Voices is not null && s.Speaker is { } shownAs ? $"{s.ArticleId}|{s.Position}{SpeakerMark}{shownAs.Name}" : $"{s.ArticleId}|{s.Position}";

    private const char SpeakerMark = '\u001F';

    private IndexedSentence? Lookup(string key)
    {
        int mark = key.IndexOf(SpeakerMark);
        var speaker = mark < 0 ? null : key[(mark + 1)..];
        if (mark >= 0) key = key[..mark];
        int bar = key.LastIndexOf('|');
        var sentence = bar > 0 && int.TryParse(key[(bar + 1)..], out int position) ? store.Index.Get(key[..bar], position) : null;
        return speaker is null ? sentence : sentence?.As([speaker]);
    }

    [GeneratedRegex(@"^(?:and|but|so)?\s*(?:(?:what|how)\s+about|and)\s+(?!(?:what|when|where|who|whom|why|how|which|did|does|do|is|are|was|were|will|would|can|could|should|has|have|had)\b)(?<what>[^?]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AboutFollowUp();

    [GeneratedRegex(@"\b(?:he|she|him|(his))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPronoun();

    // "did she say whether anyone had died", "has he said if the plant will reopen": a pronoun's words on a new topic
    [GeneratedRegex(@"^(?:did|does|has|had)\s+(?:he|she|they)\s+(?:say|said|mention|mentioned|tell|told|explain|explained|confirm|confirmed|reveal|revealed)\s+(?:us\s+|reporters\s+)?(?:whether|if)\s+(?<about>\S.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SaidWhetherFollowUp();

    /// <summary>
    /// "Who criticised her?" of the person the answers before were about: the article calls them by their title at least
    /// as often as by name ("the minister was cherry-picking"), so the question asks by the title the articles give them
    /// (their name where they have none), names them in full so that their own denials come last, and is read in the one
    /// article that quotes them (another article's minister is someone else).
    /// </summary>
    private (Question Question, string? ArticleId) AboutTarget(Question question, string target, string? articleId)
    {
        var role = store.Speakers.Find(target)?.Role;
        var topic = ObjectPronoun().Replace(question.Topic, role is null ? target : "the " + role);
        var text = ObjectPronoun().Replace(question.Text, target);
        return (question with { Topic = topic, Text = text }, articleId ?? OnlyArticleQuoting(target));
    }

    /// <summary>The one article quoting this speaker; null when none or several do.</summary>
    private string? OnlyArticleQuoting(string speaker)
    {
        var quoting = store.Articles.Where(a => a.Speakers.Any(s => s.Name == speaker)).Select(a => a.Id).Take(2).ToList();
        return quoting is [var only] ? only : null;
    }

    // "criticised her", "praised him": the person a who-question asks about, written as a pronoun
    [GeneratedRegex(@"\b(?:her|him)\b(?!\s+\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ObjectPronoun();

    // "her coach", "his lawyer", "their spokesman": a title owned by the one the conversation is about
    [GeneratedRegex(@"^(?:his|her|their)\s+(?<title>\p{Ll}[\p{L}\s\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OwnedTitle();

    // "its director", "its spokeswoman": a title held in the organisation the conversation is about
    [GeneratedRegex(@"^its\s+(?<title>\p{Ll}[\p{L}\s\-]*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ItsTitle();

    /// <summary>The topic with the owner's name for "her", "him" or "them"; the owner alone when nothing else is asked.</summary>
    private static string AboutOwner(string topic, string owner)
    {
        var surname = owner.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
        return topic.Trim().Length == 0 ? surname : Regex.Replace(topic, @"\b(?:her|him|them)\b", surname, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }

    // "did the volunteer …", "is the nurse …": asked of someone named only by a description
    [GeneratedRegex(@"^(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could)\s+(?:the|a|an|this|that)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DescribedSubject();

    [GeneratedRegex(@"^(?:use|focus on|switch to|open)\s+(.+)$")]
    private static partial Regex UseArticle();
}

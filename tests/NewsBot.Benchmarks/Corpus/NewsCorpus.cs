using System.Text;

namespace NewsBot.Benchmarks.Corpus;

/// <summary>One generated article: its id (the file name without .txt), its text and how many sentences it was written with.</summary>
public sealed record GeneratedArticle(string Id, string Text, int Sentences);

/// <summary>
/// A deterministic archive of news-like articles: a headline, paragraphs of narration, direct, mixed and indirect
/// quotes by named, titled, pronoun-referenced and unnamed speakers, dates, places, numbers and subheadings. The same
/// seed always writes the same bytes, so figures from two runs or two machines measure the same text. Recurring public
/// figures are drawn with a skewed (Zipf-like) weight, as in a real archive where a few people are quoted everywhere.
/// </summary>
public sealed class NewsCorpus(int seed = 7)
{
    public IEnumerable<GeneratedArticle> Articles(int sentences)
    {
        var random = new Random(seed); // the seeded Random is a fixed algorithm: same seed, same sequence
        int written = 0;
        for (int n = 0; written < sentences; n++)
        {
            var article = new ArticleWriter(random, n).Write(Math.Min(sentences - written, random.Next(14, 40)));
            written += article.Sentences;
            yield return article;
        }
    }

    /// <summary>Writes the articles as <c>*.txt</c> files; returns how many sentences they hold.</summary>
    public int WriteTo(string folder, int sentences)
    {
        System.IO.Directory.CreateDirectory(folder);
        int total = 0;
        foreach (var article in Articles(sentences))
        {
            File.WriteAllText(Path.Combine(folder, article.Id + ".txt"), article.Text, Utf8);
            total += article.Sentences;
        }
        return total;
    }

    /// <summary>
    /// Questions a newsroom would ask this archive, drawn from the same vocabulary: what a (often famous) person said,
    /// on a topic or not, who said something, when, where, how many, why, and questions the archive cannot answer.
    /// </summary>
    public IReadOnlyList<string> Questions(int count)
    {
        var random = new Random(seed + 1);
        T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];
        Person Famous() => PublicFigures[Zipf(random, PublicFigures.Length)];
        var questions = new List<string>(count);
        while (questions.Count < count)
        {
            var topic = Pick(Topics);
            var who = Famous();
            questions.Add(random.Next(9) switch
            {
                0 => $"What did {who.Full} say?",
                1 => $"What did {who.Last} say about {Pick(topic.Objects)}?",
                2 => $"Who said {Pick(topic.Phrases)}?",
                3 => $"When will {who.Last} travel to {Places[Zipf(random, Places.Length)].City}?",
                4 => $"Where will {who.Last} meet {Pick(Counterparts)}?",
                5 => $"How many {Pick(topic.Units)} did {Pick(topic.Subjects)} {Pick(topic.Actions)}?",
                6 => $"Why did {Pick(topic.Subjects)} {Pick(topic.Actions)} {Pick(topic.Objects)}?",
                7 => $"Who is {who.Full}?",
                _ => random.Next(2) == 0 ? "Will it rain in Paris tomorrow?" : "When will Blinken meet Lavrov?",
            });
        }
        return questions;
    }

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private sealed record Person(string First, string Last, string Title, string Organization, bool Female)
    {
        public string Full => $"{First} {Last}";
        public string Pronoun => Female ? "she" : "he";
    }

    private sealed record Topic(string Slug, string[] Subjects, string[] Actions, string[] Objects, string[] Phrases, string[] Units);

    private sealed class ArticleWriter(Random random, int number)
    {
        private readonly StringBuilder _text = new();
        private int _sentences;
        private Topic _topic = null!;
        private string _city = "", _country = "", _day = "", _date = "";
        private Person[] _people = [];
        private string _unnamed = "", _organization = "";

        public GeneratedArticle Write(int sentences)
        {
            _topic = Pick(Topics);
            (_city, _country) = Place();
            _day = Pick(Days);
            _date = $"{Pick(Months)} {random.Next(1, 29)}";
            _people = Enumerable.Range(0, random.Next(2, 5)).Select(_ => Speaker()).DistinctBy(p => p.Full).ToArray();
            _unnamed = Pick(UnnamedSources);
            _organization = random.Next(3) == 0 ? Pick(Organizations) : Companies[Zipf(random, Companies.Length)];

            Line(Headline());
            _text.Append('\n');
            while (_sentences < sentences)
            {
                if (_sentences > 4 && random.Next(9) == 0 && sentences - _sentences > 1) Line(Subheading());
                else Line(Paragraph(Math.Min(sentences - _sentences, random.Next(1, 3))));
                if (_sentences < sentences) _text.Append('\n');
            }
            return new GeneratedArticle($"{_topic.Slug}-{number:D6}", _text.ToString(), _sentences);
        }

        private void Line(string line)
        {
            _text.Append(line).Append('\n');
        }

        private string Headline()
        {
            _sentences++;
            var lead = _people[0];
            return random.Next(4) switch
            {
                0 => $"{lead.Last} says {Clause(past: false)} '{Pick(_topic.Phrases)}'",
                1 => $"{Cap(Pick(_topic.Subjects))} {Pick(_topic.Actions)} {Pick(_topic.Objects)} in {_city}",
                2 => $"{_country}: {Pick(_topic.Objects)} {Pick(HeadlineVerbs)} after {Pick(_topic.Phrases)}",
                _ => $"{lead.Title} {lead.Last} to visit {_city} on {_day}",
            };
        }

        private string Subheading()
        {
            _sentences++;
            var who = Pick(_people);
            return random.Next(2) == 0 ? $"{who.Last}: {Pick(_topic.Objects)} {Pick(HeadlineVerbs)}" : $"{Cap(Pick(_topic.Phrases))} in {_city}";
        }

        private string Paragraph(int sentences)
        {
            var parts = new List<string>(sentences);
            for (int i = 0; i < sentences; i++, _sentences++) parts.Add(Sentence(i > 0 ? parts[^1] : null));
            return string.Join(' ', parts);
        }

        private string Sentence(string? previous)
        {
            var who = Pick(_people);
            string Open() => random.Next(2) == 0 ? "\"" : "\u201C";
            string Close(string open) => open == "\"" ? "\"" : "\u201D";
            var o = Open();
            var c = Close(o);
            return random.Next(12) switch
            {
                0 => $"{o}{Cap(Clause(past: false))},{c} {who.Title} {who.Full} told reporters in {_city} on {_day}.",
                1 => $"{who.Full}, the {who.Title.ToLowerInvariant()} of {who.Organization}, said {Clause(past: false)} by {_date}.",
                2 => $"{o}We will not {Pick(_topic.Actions)} {Pick(_topic.Objects)} while {Clause(past: false)},{c} {who.Last} said.",
                3 => $"{who.Last} warned that {Clause(past: false)}, calling it {Article(Pick(Adjectives))} {o}{Pick(_topic.Phrases)}.{c}",
                4 => $"According to {_unnamed}, {Clause(past: true)} on {_day} in {_city}.",
                5 => $"{o}{Cap(Clause(past: false))}. {Cap(Clause(past: false))},{c} {who.Pronoun} added.{Also()}",
                6 => $"{o}{Cap(Clause(past: false))},{c} {_unnamed} said on condition of anonymity.",
                7 => $"The {_organization} confirmed on {_day} that {Clause(past: true)}.",
                8 => $"{Cap(Pick(_topic.Subjects))} {Pick(_topic.Actions)} {random.Next(2, 900)} {Pick(_topic.Units)} in {_country} last {Pick(Periods)}, {Pick(Sources)} showed.",
                9 => $"{who.Full} will travel to {Pick(Places).City} on {_date} to meet {Pick(Counterparts)} from {Place().Country}.",
                10 => previous is null ? $"The talks in {_city} were scheduled for {_day}, {_date}." : $"{Cap(who.Pronoun)} then {Pick(Travels)} {Place().City} for {Pick(_topic.Phrases)}.",
                _ => $"In {_city}, {Pick(_topic.Subjects)} {Pick(_topic.Actions)} {Pick(_topic.Objects)} as {Clause(past: true)}.",
            };
        }

        // a quote of two sentences counts as two
        private string Also()
        {
            _sentences++;
            return "";
        }

        private string Clause(bool past)
        {
            var subject = Pick(_topic.Subjects);
            var modal = past ? Pick(PastModals) : Pick(Modals);
            return random.Next(3) switch
            {
                0 => $"{subject} {modal} {Pick(_topic.Actions)} {Pick(_topic.Objects)}",
                1 => $"{subject} {modal} {Pick(_topic.Actions)} {Pick(_topic.Objects)} by {random.Next(2, 60)} {Pick(_topic.Units)}",
                _ => $"{subject} {modal} {Pick(_topic.Actions)} {Pick(_topic.Objects)} before {Pick(_topic.Phrases)}",
            };
        }

        private Person Speaker()
        {
            // Half the speakers are recurring public figures, the most famous ones far more often than the rest.
            if (random.Next(2) == 0)
            {
                return PublicFigures[Zipf(random, PublicFigures.Length)];
            }
            return NewPerson(random);
        }

        private (string City, string Country) Place() => Places[Zipf(random, Places.Length)];

        private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

        private static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

        private static string Article(string word) => ("aeiou".Contains(word[0]) ? "an " : "a ") + word;
    }

    /// <summary>A rank in [0, count) drawn with probability falling as 1/rank, as word and name frequencies do in text.</summary>
    private static int Zipf(Random random, int count) =>
        (int)Math.Min(count - 1, Math.Floor(Math.Pow(count, random.NextDouble())) - 1);

    private static Person NewPerson(Random random)
    {
        bool female = random.Next(2) == 0;
        var given = female ? GivenFemale : GivenMale;
        return new Person(given[Zipf(random, given.Length)], AllSurnames[Zipf(random, AllSurnames.Length)], Titles[random.Next(Titles.Length)],
            random.Next(2) == 0 ? Organizations[random.Next(Organizations.Length)] : Companies[Zipf(random, Companies.Length)], female);
    }

    // A real archive names thousands of people, towns and companies, most of them rarely: coined names give the
    // generated one that long tail (and so realistic term statistics for search), the real ones keep it readable.
    private static readonly string[] Onsets = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "r", "s", "st", "t", "tr", "v", "w", "z", "th", "sh", "ch"];
    private static readonly string[] Vowels = ["a", "e", "i", "o", "u", "ai", "ou", "ei", "ia", "y"];
    private static readonly string[] Codas = ["", "", "n", "r", "l", "s", "k", "m", "nd", "rt", "st", "v", "sk", "x"];

    private static string[] Coin(int count, int seed, int syllables)
    {
        var random = new Random(seed);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (words.Count < count)
        {
            var word = new System.Text.StringBuilder();
            int n = syllables + random.Next(2);
            for (int i = 0; i < n; i++)
                word.Append(Onsets[random.Next(Onsets.Length)]).Append(Vowels[random.Next(Vowels.Length)]).Append(i == n - 1 || random.Next(3) == 0 ? Codas[random.Next(Codas.Length)] : "");
            word[0] = char.ToUpperInvariant(word[0]);
            words.Add(word.ToString());
        }
        return words.ToArray();
    }

    private static readonly string[] Industries = ["Energy", "Holdings", "Motors", "Bank", "Group", "Airlines", "Pharma", "Telecom", "Logistics", "Foods", "Mining", "Insurance"];



    private static readonly string[] GivenFemale =
    [
        "Anna", "Maria", "Sarah", "Elena", "Laura", "Emma", "Sofia", "Olivia", "Amira", "Priya", "Mei", "Fatima", "Ingrid", "Chloe",
        "Grace", "Hannah", "Julia", "Karen", "Linda", "Nadia", "Rosa", "Yuki", "Zainab", "Clara", "Irene", "Helen", "Alice", "Marta",
    ];

    private static readonly string[] GivenMale =
    [
        "James", "John", "Robert", "Michael", "David", "Carlos", "Ahmed", "Hiroshi", "Pierre", "Hans", "Ivan", "Luca", "Omar", "Rahul",
        "Thomas", "Daniel", "Mark", "Paul", "Peter", "Samuel", "Victor", "Wei", "Yusuf", "Andrei", "Felix", "George", "Henry", "Oscar",
    ];

    private static readonly string[] Surnames =
    [
        "Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Hernandez", "Lopez", "Wilson",
        "Anderson", "Taylor", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker",
        "Young", "Allen", "King", "Wright", "Scott", "Nguyen", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Perez",
        "Roberts", "Turner", "Phillips", "Campbell", "Parker", "Evans", "Edwards", "Collins", "Stewart", "Morris", "Rossi", "Müller",
        "Schmidt", "Dubois", "Lefebvre", "Kowalski", "Novak", "Ivanova", "Petrov", "Tanaka", "Suzuki", "Kim", "Park", "Chen", "Wang",
        "Singh", "Patel", "Khan", "Haddad", "Okafor", "Mensah", "Silva", "Santos", "Costa", "Jensen", "Larsen", "Nielsen", "Kovacs",
        "Horvath", "Popescu", "Yilmaz", "Demir", "Cohen", "Levi", "Murphy", "Kelly", "O'Brien", "Byrne", "Fischer", "Weber", "Becker",
    ];

    private static readonly string[] Titles =
    [
        "Foreign Minister", "Finance Minister", "Prime Minister", "President", "Secretary of State", "Defense Secretary",
        "Press Secretary", "Governor", "Mayor", "Senator", "Chief Executive", "spokeswoman", "spokesman", "Ambassador",
        "Health Minister", "Central Bank Governor", "General", "Chairman", "Director", "Economist", "Professor",
    ];

    private static readonly string[] Organizations =
    [
        "State Department", "Foreign Ministry", "Finance Ministry", "Defense Ministry", "European Commission", "United Nations",
        "World Bank", "International Monetary Fund", "central bank", "Health Ministry", "city council", "Senate", "parliament",
        "World Health Organization", "NATO", "electoral commission", "Supreme Court", "energy regulator", "port authority",
    ];


    private static Person[] BuildPublicFigures()
    {
        var random = new Random(1234);
        return Enumerable.Range(0, 2_000).Select(_ => NewPerson(random)).DistinctBy(p => p.Full).ToArray();
    }

    private static readonly string[] UnnamedSources =
    [
        "a senior official", "a government source", "a US official", "a diplomat familiar with the talks", "a company insider",
        "a person close to the negotiations", "a military official", "an aide to the minister", "two people briefed on the matter",
    ];


    private static readonly (string City, string Country)[] Capitals =
    [
        ("Geneva", "Switzerland"), ("Berlin", "Germany"), ("Paris", "France"), ("London", "Britain"), ("Madrid", "Spain"),
        ("Rome", "Italy"), ("Warsaw", "Poland"), ("Kyiv", "Ukraine"), ("Moscow", "Russia"), ("Ankara", "Turkey"), ("Cairo", "Egypt"),
        ("Nairobi", "Kenya"), ("Lagos", "Nigeria"), ("Tokyo", "Japan"), ("Seoul", "South Korea"), ("Beijing", "China"),
        ("New Delhi", "India"), ("Jakarta", "Indonesia"), ("Sydney", "Australia"), ("Ottawa", "Canada"), ("Washington", "the United States"),
        ("Mexico City", "Mexico"), ("Brasilia", "Brazil"), ("Buenos Aires", "Argentina"), ("Vienna", "Austria"), ("Brussels", "Belgium"),
        ("Stockholm", "Sweden"), ("Oslo", "Norway"), ("Athens", "Greece"), ("Lisbon", "Portugal"), ("Dublin", "Ireland"), ("Doha", "Qatar"),
    ];

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
    private static readonly string[] Months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] Periods = ["week", "month", "quarter", "year"];
    private static readonly string[] Modals = ["will", "could", "may", "must", "would", "is ready to", "plans to", "is expected to", "cannot"];
    private static readonly string[] PastModals = ["had agreed to", "refused to", "decided to", "tried to", "was forced to", "failed to", "promised to"];
    private static readonly string[] Adjectives = ["extremely dangerous", "unprecedented", "historic", "unacceptable", "serious", "encouraging", "worrying"];
    private static readonly string[] HeadlineVerbs = ["delayed", "approved", "rejected", "expanded", "under review", "in doubt", "announced"];
    private static readonly string[] Counterparts = ["officials", "ministers", "business leaders", "diplomats", "union leaders", "lawmakers"];
    private static readonly string[] Travels = ["travels to", "heads to", "flies to", "will visit"];
    private static readonly string[] Sources = ["official figures", "a government report", "data from the statistics office", "an industry survey"];

    private static readonly Topic[] Topics =
    [
        new("diplomacy", ["the government", "the foreign ministry", "Western nations", "the two sides", "negotiators", "the delegation"],
            ["hold talks on", "reject", "resume", "sign", "suspend", "propose", "discuss"],
            ["a ceasefire agreement", "new sanctions", "the peace plan", "the border dispute", "diplomatic relations", "the security pact"],
            ["a diplomatic off-ramp", "a show of support", "dire consequences", "common ground", "the next round of talks", "good faith"],
            ["delegates", "diplomats", "rounds", "points"]),
        new("economy", ["the central bank", "the finance ministry", "investors", "exporters", "the treasury", "households"],
            ["raise", "cut", "freeze", "review", "lower", "borrow", "forecast"],
            ["interest rates", "fuel prices", "the budget deficit", "consumer spending", "the minimum wage", "public debt"],
            ["a soft landing", "a recession", "runaway inflation", "a strong recovery", "market turmoil", "the trade surplus"],
            ["percent", "billion dollars", "million euros", "basis points"]),
        new("health", ["the health ministry", "hospitals", "researchers", "doctors", "the regulator", "clinics"],
            ["approve", "test", "distribute", "recall", "fund", "expand", "study"],
            ["the new vaccine", "emergency care", "the screening program", "cancer treatment", "hospital beds", "the flu shot"],
            ["a public health emergency", "a second wave", "staff shortages", "the winter season", "clinical trials", "a breakthrough"],
            ["patients", "doses", "beds", "cases"]),
        new("energy", ["the energy regulator", "utilities", "oil producers", "the grid operator", "wind farms", "the ministry"],
            ["build", "phase out", "import", "export", "subsidize", "ration", "connect"],
            ["gas pipelines", "coal plants", "solar capacity", "nuclear reactors", "electricity prices", "oil output"],
            ["the energy transition", "power cuts", "a cold winter", "the climate targets", "supply shortages", "record demand"],
            ["megawatts", "barrels", "gigawatt hours", "percent"]),
        new("elections", ["the electoral commission", "voters", "the opposition", "the ruling party", "candidates", "observers"],
            ["contest", "count", "certify", "challenge", "postpone", "monitor", "win"],
            ["the runoff vote", "the ballots", "the parliamentary seats", "the referendum", "the final results", "the coalition deal"],
            ["a landslide victory", "voter fraud", "a hung parliament", "record turnout", "a narrow defeat", "the campaign trail"],
            ["seats", "votes", "districts", "percent"]),
        new("security", ["troops", "the defense ministry", "the army", "NATO allies", "border guards", "militants"],
            ["deploy", "withdraw", "launch", "deter", "train", "reinforce", "attack"],
            ["military exercises", "air defenses", "the border region", "naval patrols", "the invasion", "peacekeeping forces"],
            ["an extremely dangerous situation", "further military action", "a massive buildup", "the front line", "a pretext for war", "heavy losses"],
            ["troops", "tanks", "aircraft", "kilometers"]),
        new("technology", ["the tech company", "regulators", "startups", "chipmakers", "the platform", "engineers"],
            ["launch", "acquire", "fine", "ban", "develop", "release", "investigate"],
            ["the new smartphone", "artificial intelligence tools", "data centers", "user privacy rules", "the chip factory", "the app store"],
            ["a data breach", "an antitrust probe", "the next generation", "a global shortage", "stiff competition", "a software update"],
            ["users", "million dollars", "chips", "percent"]),
        new("climate", ["environment ministers", "scientists", "activists", "coastal cities", "farmers", "the summit"],
            ["reduce", "protect", "monitor", "restore", "pledge", "finance", "measure"],
            ["carbon emissions", "the rain forest", "sea levels", "water supplies", "the wetlands", "crop yields"],
            ["a climate emergency", "record temperatures", "extreme weather", "the net zero target", "a historic drought", "the adaptation fund"],
            ["tonnes", "degrees", "hectares", "percent"]),
        new("transport", ["the rail operator", "airlines", "the port authority", "commuters", "the transport ministry", "unions"],
            ["strike over", "cancel", "extend", "upgrade", "reopen", "privatize", "delay"],
            ["the high-speed line", "night flights", "the subway network", "bus fares", "the new terminal", "freight routes"],
            ["a nationwide strike", "long delays", "record passenger numbers", "safety concerns", "the holiday rush", "a fare increase"],
            ["trains", "flights", "passengers", "kilometers"]),
        new("courts", ["the supreme court", "prosecutors", "defense lawyers", "the judge", "the jury", "the appeals court"],
            ["overturn", "uphold", "investigate", "charge", "appeal", "dismiss", "review"],
            ["the corruption case", "the ruling", "the extradition request", "the new law", "the fraud charges", "the verdict"],
            ["a landmark decision", "a fair trial", "new evidence", "a conflict of interest", "the rule of law", "a plea deal"],
            ["defendants", "years", "counts", "witnesses"]),
    ];

    // Derived pools last: static fields initialise in textual order, and these read the lists above.
    private static readonly string[] Companies = Coin(3_000, 11, 2).Select((w, i) => $"{w} {Industries[i % Industries.Length]}").ToArray();
    private static readonly string[] AllSurnames = Surnames.Concat(Coin(8_000, 12, 2)).ToArray();
    private static readonly (string City, string Country)[] Places = Capitals
        .Concat(Coin(2_500, 13, 2).Select((town, i) => (town, Capitals[i % Capitals.Length].Country))).ToArray();
    private static readonly Person[] PublicFigures = BuildPublicFigures();
}

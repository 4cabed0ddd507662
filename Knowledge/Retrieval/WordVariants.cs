using NewsBot.Knowledge.Index;

namespace NewsBot.Knowledge.Retrieval;

/// <summary>
/// The other words an article may write for a word of a question, as the index keeps them (stems). The same word in
/// another form counts as the word itself: an irregular verb's other tenses ("spent" for "spend"), a verb's noun where
/// the stemmer leaves them apart ("invasion" for "invades", "decision" for "decide"), a place's people ("Ukrainians"
/// for "Ukraine"). A news verb's usual synonyms ("provide" for "give") count for a little less.
/// </summary>
public sealed class WordVariants(SentenceIndex index)
{
    /// <summary>How much a synonym counts for the word it stands for.</summary>
    public const double SynonymWeight = 0.75;


    // Irregular verbs the stemmer leaves apart ("spend" and "spent"): one form in the question is held by a sentence
    // with another. Forms that are also common other words ("left", "saw", "found", "rose") are left out.
    private static readonly string[][] IrregularVerbs =
    [
        ["spend", "spent"], ["give", "gave", "given"], ["take", "took", "taken"], ["pay", "paid"], ["send", "sent"],
        ["tell", "told"], ["hold", "held"], ["keep", "kept"], ["bring", "brought"], ["run", "ran"],
        ["begin", "began", "begun"], ["feel", "felt"], ["fight", "fought"], ["flee", "fled"],
        ["fly", "flew", "flown"], ["hear", "heard"], ["know", "knew", "known"], ["lead", "led"],
        ["sell", "sold"], ["seek", "sought"], ["stand", "stood"], ["steal", "stole", "stolen"], ["strike", "struck"],
        ["teach", "taught"], ["think", "thought"], ["throw", "threw", "thrown"], ["write", "wrote", "written"],
        ["build", "built"], ["catch", "caught"], ["drive", "drove", "driven"], ["eat", "ate", "eaten"], ["speak", "spoke", "spoken"],
        ["break", "broke", "broken"], ["come", "came"], ["win", "won"], ["buy", "bought"], ["meet", "met"], ["shoot", "shot"],
        ["sink", "sank", "sunk"], ["draw", "drew", "drawn"], ["forget", "forgot", "forgotten"], ["hide", "hid", "hidden"],
        ["lend", "lent"], ["mean", "meant"], ["ride", "rode", "ridden"], ["shake", "shook", "shaken"], ["sleep", "slept"],
        ["swim", "swam"], ["tear", "tore", "torn"], ["wake", "woke", "woken"], ["deal", "dealt"], ["feed", "fed"],
        ["hang", "hung"], ["sing", "sang", "sung"], ["bleed", "bled"], ["blow", "blew", "blown"], ["freeze", "froze", "frozen"],
        ["forgive", "forgave", "forgiven"], ["forbid", "forbade", "forbidden"], ["arise", "arose", "arisen"], ["sweep", "swept"],
        ["weep", "wept"], ["dig", "dug"], ["slide", "slid"], ["spin", "spun"], ["swear", "swore", "sworn"], ["wear", "wore", "worn"],
        ["fall", "fell", "fallen"], ["undergo", "underwent", "undergone"], ["shrink", "shrank", "shrunk"], ["stick", "stuck"], ["swing", "swung"],
        ["cling", "clung"], ["bend", "bent"], ["creep", "crept"], ["leap", "leapt"], ["weave", "wove", "woven"], ["withdraw", "withdrew", "withdrawn"], ["overcome", "overcame"], ["go", "went", "gone"], ["make", "made"],
        // regular verbs the stemmer splits all the same: "sue" keeps its "e", "sued" and "suing" do not
        ["sue", "sued", "suing"], ["lie", "lied", "lying"], ["owe", "owed", "owing"],
        // and dying is one word with its noun, which the stemmer leaves apart ("had anyone died": "no deaths confirmed")
        ["die", "died", "dying", "death"],
        // and so is being injured with its injuries ("were there any injuries": "no one was injured")
        ["injure", "injury"],
        // and an irregular verb's noun is the same deed ("how much did the chain lose": "its losses came to"; "how
        // quickly did sales grow": "growth of 4 percent")
        ["lose", "lost", "loss"], ["grow", "grew", "grown", "growth"], ["choose", "chose", "chosen", "choice"],
        // and "add" keeps its double "d", which the stemmer drops from "added" and "adding" ("ad")
        ["add", "added", "adding"],
        // a noun and the verb made from it with "-en", which the stemmer leaves apart ("threats": "threatened")
        ["threat", "threaten"], ["fright", "frighten"], ["weak", "weaken"], ["worse", "worsen"], ["short", "shorten"],
        ["tight", "tighten"], ["loose", "loosen"], ["soft", "soften"], ["hard", "harden"],
        // a measure's adjective, the noun it makes and its verb in "-en" ("how deep is the wreck": "its depth put at 30
        // meters", "how wide is the gap": "a width of"), one word in three forms the stemmer leaves apart
        ["deep", "deepen", "depth"], ["wide", "widen", "width"], ["high", "heighten", "height"], ["long", "lengthen", "length"],
        ["strong", "strengthen", "strength"], ["broad", "broaden", "breadth"],
        // a clipped word is the word itself ("the quake": "the earthquake", "the flu": "influenza")
        ["earthquake", "quake"], ["influenza", "flu"], ["telephone", "phone"], ["examination", "exam"], ["laboratory", "lab"],
        ["photograph", "photo"], ["memorandum", "memo"], ["airplane", "plane"], ["gymnasium", "gym"],
        // irregular plurals: "passed between people" is held by "one person gave it to another"
        ["person", "people"], ["man", "men"], ["woman", "women"], ["child", "children"],
    ];

    // The verbs news questions use, and the words articles write for them instead. One way only: an article's
    // "provide" answers "give", while "give" is no answer to a question about providing something else.
    private static readonly Dictionary<string, string[]> Synonyms = new(StringComparer.Ordinal)
    {
        ["give"] = ["provide", "offer", "supply", "send", "grant", "donate"],
        ["describe"] = ["call", "label", "dub", "characterize", "characterise"],
        ["refuse"] = ["decline", "reject"],
        ["help"] = ["assist", "aid"],
        // and a vote cast for something is support for it ("did the mayor support it": "who voted in favour")
        // and a decision or a plan supported in the words of approving it ("did the mayor support the ruling": "welcomed
        // the ruling")
        ["support"] = ["back", "endorse", "favour", "favor", "welcome", "applaud", "praise", "hail"], ["back"] = ["support", "endorse"],
        // "which survey showed her ahead": the one that has her leading
        ["ahead"] = ["lead", "leading"],
        ["company"] = ["corporation", "firm"],
        ["criticize"] = ["slam", "blast", "condemn", "attack"], ["criticise"] = ["slam", "blast", "condemn", "attack"],
        // and a ban in the other words of a law that forbids something ("what did the council ban": "outlawed fireworks")
        ["ban"] = ["prohibit", "bar", "outlaw"], ["prohibit"] = ["ban", "bar", "outlaw"], ["outlaw"] = ["ban", "prohibit"],
        ["raise"] = ["increase", "boost", "hike"], ["increase"] = ["raise", "boost", "hike"],
        ["cut"] = ["reduce", "slash", "lower"], ["reduce"] = ["cut", "slash", "lower"],
        ["fire"] = ["dismiss", "oust", "sack"],
        // "why did it spread so badly": what made it worse
        ["badly"] = ["worse", "worst"],
        // leaving one's home as news writes it of a disaster ("fled their homes", "were evacuated")
        ["leave"] = ["flee", "evacuate"],
        // a banned substance is written as what it is ("the steroid nandrolone", "a banned drug"), and what was found in a
        // sample as what someone tested positive for
        ["substance"] = ["drug", "steroid", "hormone", "stimulant"], ["sample"] = ["test"],
        ["arrest"] = ["detain", "custody"],
        ["threaten"] = ["warn"], ["threat"] = ["warn"],
        ["investigate"] = ["probe", "inquiry", "examine"],
        ["accuse"] = ["charge", "allege"],
        // and a deal or a lease that runs out expires or lapses (see "kick" below)
        ["run"] = ["oversee", "head", "manage", "lead", "expire", "lapse"],
        // "withdraw" where the article writes "pull back" or "pull out"
        ["withdraw"] = ["pull", "retreat"],
        // the nouns of news for one thing, and the shorter or plainer word articles write for them
        ["newspaper"] = ["paper"],
        // and a reader's plainer word for what a statement says in its own ("who said he robbed the public": "stole from
        // the people")
        ["public"] = ["people"],
        ["rob"] = ["steal"],
        ["summit"] = ["meeting", "conclave", "talks", "conference"],
        // "doesn't care about reform" where the article writes "not interested in reform"
        ["care"] = ["interested", "interest"],
        // "which groups wrote the study": "the authors of the report"; a study, a report and research are one thing asked
        // of ("a poll" is not: it asks people, and "a survey" is one)
        ["write"] = ["author"],
        ["study"] = ["report", "research", "analysis", "survey"], ["report"] = ["study", "research", "analysis", "survey"],
        ["research"] = ["study", "report", "analysis"],
        // "met its target" where the article writes "reached its goal"
        ["meet"] = ["reach", "achieve"], ["achieve"] = ["reach"], ["reach"] = ["achieve"],
        ["target"] = ["goal", "aim"], ["goal"] = ["target", "aim"],
        // a finding asked about in one word and written in another ("concluded … was true": "ruled … true")
        ["conclude"] = ["rule", "find", "determine"],
        // a court rules by delivering its judgment or verdict ("when will the court rule": "will deliver its judgment")
        ["rule"] = ["judgment", "judgement", "verdict"],
        ["vital"] = ["essential", "crucial", "indispensable"], ["essential"] = ["vital", "crucial", "indispensable"],
        ["crucial"] = ["vital", "essential", "indispensable"], ["indispensable"] = ["vital", "essential", "crucial"],
        // "was he armed": whether he had a weapon ("unarmed" is its opposite, no synonym)
        ["armed"] = ["weapon", "gun", "firearm"],
        // the everyday verbs a reader asks with where the article writes the formal one ("who picked the moderators":
        // "the commission chose"); choosing is one act in any of its words, while "name" is mostly a noun, so it only
        // answers an appointment asked about, one way
        ["pick"] = ["choose", "select"], ["choose"] = ["pick", "select"], ["select"] = ["choose", "pick"],
        ["appoint"] = ["name", "nominate", "tap"], ["nominate"] = ["appoint", "name"],
        ["hire"] = ["recruit", "employ"], ["quit"] = ["resign", "leave"], ["resign"] = ["quit"],
        ["obey"] = ["comply", "follow"], ["admit"] = ["acknowledge", "concede"], ["acknowledge"] = ["admit", "concede"],
        // where something took place, in the plain word or the event's ("the debate site": "the debate venue")
        ["site"] = ["venue", "location"], ["venue"] = ["site", "location"],
        // criticism in the words news writes for it ("attacking the generals": "lashed out at the generals"); an attack
        // by arms is only related (see Related), and a country the nation it is
        ["attack"] = ["criticize", "criticise", "slam", "blast", "lash"],
        ["country"] = ["nation"], ["nation"] = ["country"],
        // and what a country buys from another it imports, what it sells to another it exports ("does it buy electricity from
        // abroad": "it imports power"), one way, as an import is not always bought
        ["buy"] = ["purchase", "acquire", "import"], ["sell"] = ["auction", "export"], ["repair"] = ["fix"],
        // the common news paraphrases of one thing: a truce is a ceasefire, a plant a factory, staff its workers, a
        // pay rise an increase, a bigger cut a larger one, traffic fixes improvements, a promise to pay an agreement to
        ["ceasefire"] = ["truce", "armistice"], ["truce"] = ["ceasefire", "armistice"],
        ["commence"] = ["begin", "start"],
        ["factory"] = ["plant", "facility", "mill"], ["plant"] = ["factory", "facility"], ["facility"] = ["factory", "plant"],
        ["worker"] = ["employee", "staff", "staffer"], ["employee"] = ["worker", "staff", "staffer"], ["staff"] = ["employee", "worker"],
        ["rise"] = ["increase", "raise", "hike", "climb", "jump", "soar"], ["hike"] = ["increase", "raise", "rise"],
        ["big"] = ["large", "major", "huge"], ["large"] = ["big", "major", "huge"],
        ["bigger"] = ["larger"], ["larger"] = ["bigger"], ["biggest"] = ["largest"], ["largest"] = ["biggest"],
        ["fix"] = ["repair", "improve", "improvement", "upgrade"], ["improve"] = ["fix", "upgrade"],
        ["promise"] = ["pledge", "vow", "commit", "agree"], ["pledge"] = ["promise", "vow", "commit"], ["vow"] = ["promise", "pledge"],
        // what set something off ("what caused the fire": "the fire began when sparks …")
        ["cause"] = ["spark", "trigger", "ignite", "start", "begin"],
        // a legislature's members in its own name ("lawmakers" where the article writes "the Assembly"), and trying
        // something in the formal word ("pledged to attempt a recall")
        ["lawmaker"] = ["legislator", "legislature", "assembly", "parliament", "congress"], ["legislator"] = ["lawmaker", "legislature", "assembly", "parliament", "congress"],
        ["try"] = ["attempt", "seek"], ["attempt"] = ["try", "seek"],
        // what someone wants, in the words of a demand ("the guild is seeking a 20% rise")
        ["want"] = ["seek", "demand", "ask"],
        ["hacker"] = ["attacker", "intruder"], ["attacker"] = ["hacker", "intruder"],
        ["remove"] = ["delete"], ["delete"] = ["remove"],
        // a measure asked of a person or a place, in the words a sentence gives it by ("earns $90,000", "a city of 550,000
        // residents")
        ["salary"] = ["pay", "paid", "earn", "wage", "income", "compensation"], ["income"] = ["earn", "salary", "pay"],
        ["population"] = ["resident", "inhabitant"],
        // being told of something in the formal words of a notice ("owners will be notified by mail")
        ["tell"] = ["notify", "inform", "alert"], ["notify"] = ["inform", "alert", "tell"], ["inform"] = ["notify", "alert", "tell"],
        // the next time something happens, where the article writes that it happens again ("the next board meeting": "the
        // board meets again in May")
        ["next"] = ["again"],
        // the people put up for a prize or a post: "nominations" are its candidates, its nominees
        ["nomination"] = ["candidate", "nominee"], ["nominee"] = ["candidate", "nomination"], ["candidate"] = ["nominee", "nomination"],
        // stopping something for a time, in the words news writes for it ("how long is the line halted": "output stays
        // suspended for weeks"; "which roads were shut": "the bridge road was closed")
        ["halt"] = ["suspend", "stop", "shut", "pause"], ["suspend"] = ["halt", "stop", "pause"], ["shut"] = ["close", "closure", "halt", "suspend"],
        // putting something off, in any of the words news writes for it ("pushed to postpone the vote": "to delay it")
        ["postpone"] = ["delay", "defer"], ["delay"] = ["postpone", "defer"], ["defer"] = ["postpone", "delay"],
        // a deal or a sale done, in the word the business pages use ("complete the takeover": "close the deal")
        ["complete"] = ["close", "finalize", "finalise", "finish"], ["finalize"] = ["close", "complete"], ["finalise"] = ["close", "complete"],
        // what someone asks for firmly ("what are the nurses demanding": "the union is seeking a 9% rise")
        ["demand"] = ["seek", "want", "ask"],
        // a government or a court acting in something ("will the state step in": "no plans to intervene"); "step" is
        // the phrasal verb's head, one way only
        ["step"] = ["intervene", "intervention"], ["intervene"] = ["intervention", "involve"],
        // an agreement between parties in any of the words news writes for one ("the deal": "the agreement with Brazil")
        ["agreement"] = ["deal", "accord", "pact"], ["accord"] = ["deal", "agreement", "pact"],
        ["pact"] = ["deal", "agreement", "accord"],
        // and a deal a company signs is its contract ("how much is the deal worth": "a €12m contract"), one way, as
        // "contract" above stands for a deal already
        ["deal"] = ["agreement", "accord", "pact", "contract"],
        // a building, in the kinds of building an article counts ("how many buildings were destroyed": "40 homes and
        // sheds were flattened"); one way only, as "how many houses" is not answered by a count of buildings of every kind
        ["building"] = ["house", "home", "barn", "shed", "apartment", "dwelling", "cottage", "chalet", "cabin", "shop", "store", "school", "church", "chapel", "structure"],
        // a ship lost, in the words of a sinking ("when did the barge sink": "capsized", "went down")
        ["sink"] = ["capsize", "founder", "down"],
        // where or how something began, written as its origin ("where did the leak start": "the leak's origin was a weld")
        ["start"] = ["begin", "commence", "origin", "originate", "open", "launch"], ["begin"] = ["start", "commence", "origin", "originate"],
        // a ransom is a sum demanded ("how much ransom do they want": "a gang … is demanding $600,000")
        ["ransom"] = ["demand", "extort", "extortion"],
        // what something adds to a sum ("boost exports": "add $900 million to annual exports")
        ["boost"] = ["add", "increase", "raise", "lift"],
        // the electricity a storm or a fault cuts is "power" in news, and its loss an outage or a blackout ("how many
        // were left without electricity": "had lost power")
        ["electricity"] = ["power"], ["power"] = ["electricity"],
        ["outage"] = ["blackout"], ["blackout"] = ["outage"],
        // paying for a thing asked, written as its funding ("who paid for the study": "was funded by a grant")
        ["pay"] = ["fund", "finance", "sponsor", "bankroll"], ["fund"] = ["pay", "finance", "sponsor", "bankroll"],
        ["sponsor"] = ["fund", "finance", "pay"],
        // what was planned, in the words of a timetable ("was supposed to start": "was due to open", "is slated to begin")
        // and what something was made for ("what was the drone supposed to do": "it was designed to map the reef")
        // ("what was the satellite supposed to do": "it was meant to map sea ice")
        ["supposed"] = ["due", "scheduled", "slated", "set", "planned", "expected", "design", "intend", "mean"],
        ["intend"] = ["supposed", "design", "plan"],
        ["scheduled"] = ["due", "slated", "set", "planned"], ["due"] = ["scheduled", "slated", "set"],
        ["open"] = ["start", "begin", "launch"],
        // a household is the home it lives in ("how many households": "140 homes")
        ["household"] = ["home", "house", "residence", "family"], ["home"] = ["household", "house", "residence"],
        // sending someone to jail in the words of a court ("ordered him taken into custody", "remanded", "detained")
        // and reporting to prison is written as surrendering to serve the term ("must surrender on March 3")
        ["jail"] = ["custody", "remand", "detain", "detention", "prison", "imprison", "incarcerate", "lock", "surrender", "sentence"],
        ["prison"] = ["jail", "custody", "imprison", "incarcerate", "surrender"],
        ["custody"] = ["jail", "detain", "detention", "remand", "arrest"],
        // trading one thing for another, in any of the words news writes for it ("swap prisoners": "exchange 30 captives")
        ["swap"] = ["exchange", "trade"], ["exchange"] = ["swap", "trade"], ["trade"] = ["swap", "exchange"],
        // being afraid, in the noun or the verb of fear ("was she ever afraid": "fear kept me careful", "it scared us")
        ["afraid"] = ["fear", "scare", "frighten", "fright"], ["fear"] = ["afraid", "scare", "frighten"],
        ["scare"] = ["afraid", "fear", "frighten"], ["frighten"] = ["afraid", "fear", "scare"],
        // a deadline is written as the time someone has until, or is due by ("the deadline to bid": "has until noon
        // Friday to bid"), or the date aimed at ("the target date is 12 October"), one way
        ["deadline"] = ["until", "due", "cutoff", "target"],
        // a labour or supply contract is the deal or agreement news also calls it
        ["contract"] = ["deal", "agreement", "pact", "accord"],
        // harm to people, in the nouns news reports it with ("was anybody hurt": "no injuries were reported", "two were wounded")
        // (WordNet gives "injured" the other way round)
        ["hurt"] = ["injure", "injury", "wound", "harm"],
        // what a plant makes, in the words of its production ("which model is made there": "the works builds the Mero tractor")
        ["make"] = ["build", "produce", "manufacture", "assemble"], ["manufacture"] = ["make", "build", "produce", "assemble"],
        // finding out, in the word of a discovery ("when did they find out": "the breach was discovered in May"), and finding
        // something buried, in the words of a dig ("how many skeletons were found": "have uncovered the remains of 14 people")
        ["find"] = ["discover", "learn", "detect", "uncover", "unearth"], ["discover"] = ["find", "learn", "detect", "uncover", "unearth"],
        // what is left of the dead, in the words of a dig or a search ("how many skeletons were found": "the remains of 14
        // people were uncovered"), one way, as "remains" is a verb too
        ["skeleton"] = ["remains", "bones"], ["bone"] = ["remains", "skeleton"],
        // what is left of a crashed craft or a wrecked building, in any of the words news writes for it ("where did the
        // wreckage land": "debris fell into the sea")
        ["wreckage"] = ["debris", "wreck", "remains"], ["debris"] = ["wreckage", "wreck"], ["wreck"] = ["wreckage", "debris"],
        // one contest of a series, in the word its sport uses ("the next race": "the next round is …", "the next match":
        // "the next fixture")
        ["race"] = ["round", "stage", "leg"], ["match"] = ["game", "fixture", "round"], ["game"] = ["match", "fixture"],
        // a penalty a regulator or a court imposes is written as its fine, or a sanction ("the penalty imposed on the bank":
        // "the bank was fined $2m")
        ["penalty"] = ["fine", "sanction"], ["fine"] = ["penalty", "sanction"], ["sanction"] = ["penalty", "fine"],
        // a winning margin is how far ahead the winner finished ("crossed the line 0.2 seconds ahead", "a lead of …")
        ["margin"] = ["ahead", "lead", "clear"],
        // a rule or a deal coming into force or lapsing, in the phrasal verb a reader asks with ("when do the rules kick
        // in": "take effect on May 1", "when does the lease run out": "it expires at midnight"); "kick" and "run" are the
        // phrasal verbs' heads, one way only
        ["kick"] = ["effect", "force"],
        ["expire"] = ["lapse", "end"], ["lapse"] = ["expire", "end"],
        // a limit made stricter is set tighter, and a ceiling or a threshold lower ("an even lower threshold")
        ["strict"] = ["tight", "tough", "lower"], ["stricter"] = ["tighter", "tougher", "lower"],
        // what a company owes is written as its debts and liabilities ("liabilities of $2 billion")
        ["owe"] = ["debt", "liability", "creditor"], ["debt"] = ["liability", "owe"], ["liability"] = ["debt", "owe"],
        // what someone earns is what they make or are paid ("I make more than …")
        ["earn"] = ["make", "pay", "paid", "salary", "wage", "income"],
        // what is typical of a measure is its median or its average ("the median wait was 9 hours")
        ["typically"] = ["median", "average", "usually"], ["typical"] = ["median", "average", "usual"],
        ["usually"] = ["median", "average", "typically"],
        // a rescue is written as the person saved or pulled out ("pulled from the water by a surfer")
        ["rescue"] = ["save", "pull", "rescuer"], ["save"] = ["rescue"],
        // a stalled negotiation in any of its words, and what ended it, a breakthrough ("what broke the deadlock")
        ["deadlock"] = ["impasse", "stalemate", "breakthrough"], ["impasse"] = ["deadlock", "stalemate", "breakthrough"],
        ["stalemate"] = ["deadlock", "impasse", "breakthrough"],
        // what is in force now, in either word ("the existing contract": "the current agreement")
        ["existing"] = ["current", "present"], ["current"] = ["existing", "present"],
        // a medicine's side effects are its adverse effects, which a trial reports as its safety ("no serious safety
        // concerns"); "side" is the compound's first word, one way only
        ["side"] = ["adverse", "safety"],
        // what the weather will do, in the words of a forecast ("rain is very likely over the next 48 hours"), and the
        // weather itself in what it brings
        ["forecast"] = ["predict", "expect", "likely", "outlook", "alert", "warning"],
        // and what someone expects of a figure is what they forecast or predict of it ("how much does the bank expect prices
        // to rise": "its economists forecast a 4 per cent rise")
        ["expect"] = ["forecast", "predict", "anticipate"],
        ["weather"] = ["rain", "rainfall", "storm", "wind", "snow", "temperature", "monsoon"],
        // knowing of something in advance is being told or informed of it before ("did the board know beforehand": "the board
        // was informed a week before the sale"), one way
        ["know"] = ["inform", "aware", "notify", "tell"],
        ["beforehand"] = ["before", "advance", "prior", "earlier"],
        // a government speaks through its ministries and ministers ("the economy ministry said"), one way
        ["government"] = ["ministry", "minister", "cabinet", "administration"],
        // the headline words news uses for an act and the plain ones a reader asks with, either way round: sacking is
        // dismissing, axing scrapping, a probe an inquiry, slashing cutting, a challenge in court an appeal, a walkout a
        // strike, a takeover an acquisition
        ["sack"] = ["fire", "dismiss", "oust"], ["dismiss"] = ["fire", "sack", "oust"],
        ["axe"] = ["scrap", "cut", "cancel", "abolish"], ["scrap"] = ["cancel", "axe", "abandon", "abolish"],
        ["cancel"] = ["scrap", "axe", "abandon", "annul", "void"], ["abolish"] = ["scrap", "axe"],
        ["probe"] = ["investigate", "inquiry"], ["inquiry"] = ["investigate", "probe"],
        ["slash"] = ["cut", "reduce"],
        ["challenge"] = ["appeal", "contest"], ["appeal"] = ["challenge", "contest"],
        ["strike"] = ["walkout"], ["walkout"] = ["strike"],
        ["takeover"] = ["acquisition", "acquire", "buy", "purchase"], ["acquire"] = ["buy", "purchase", "takeover"],
        ["acquisition"] = ["takeover", "purchase", "buy"],
        ["sue"] = ["lawsuit", "suit"], ["lawsuit"] = ["sue", "suit"],
        ["fall"] = ["drop", "decline", "slump", "tumble", "plunge"], ["climb"] = ["rise", "increase"],
        ["beat"] = ["defeat"], ["defeat"] = ["beat"],
        // what something is worth is its value ("valued at $3 million"), and a sentence to prison a jailing ("was he
        // jailed": "sentenced to four years"); an exam taken again is a resit or a retake
        ["worth"] = ["value"], ["value"] = ["worth"],
        ["sentence"] = ["jail", "prison", "imprison"],
        ["resit"] = ["retake"], ["retake"] = ["resit"],
        // sending troops or staff is deploying them, or moving them elsewhere ("redeployed to the border"); a plant that
        // runs again restarted or resumed
        ["send"] = ["deploy", "redeploy", "dispatch"], ["deploy"] = ["send", "dispatch", "redeploy"], ["redeploy"] = ["send", "deploy", "move", "transfer"],
        ["restart"] = ["resume", "reopen", "relaunch"], ["resume"] = ["restart", "reopen"],
        // the people wounded in an attack, in the words news writes for them ("how many were wounded": "three nurses were
        // hurt"); "hurt" and "injured" are each other's in WordNet already
        ["wound"] = ["hurt", "injure"],
        // someone taken to a hospital, in the words of how they got there ("where was she taken": "was airlifted to
        // Castmoor"); one way, as "take" is a verb of many other things
        ["take"] = ["airlift", "fly", "rush", "transport", "evacuate"],
        // who owns something, in the words of control or a holding ("who owns the mill": "the mill is controlled by
        // Estmere", "belongs to", "holds a 60% stake in it"); one way, as control is not always ownership
        ["own"] = ["owner", "control", "belong", "stake"], ["owner"] = ["own", "control", "belong", "stake"],
        // who runs an inquiry or a board, in the word of its chair ("who led the review": "a review chaired by …"), either
        // way round
        ["chair"] = ["lead", "head", "preside"], ["lead"] = ["chair", "head", "preside"],
        // a bench of judges is written as the panel or the bench that heard the case
        ["judge"] = ["panel", "bench"],
        // a count or a level read by an instrument, in any of the words news writes for it ("what does the buoy measure":
        // "it monitors wave heights")
        ["measure"] = ["monitor", "track", "observe", "gauge"], ["monitor"] = ["measure", "track", "observe"],
        ["observe"] = ["measure", "monitor", "track"],
        // a price in the words of a bill or its price tag, either way round ("how much will the seawall cost": "its price
        // tag is $9 million")
        ["cost"] = ["price", "bill"], ["price"] = ["cost"],
        // an arrest in the words of a detention, either way round (see "custody" above), and a figure going up or down in the verbs of the
        // business pages ("how much did prices jump": "rose 12 percent"; "how far did exports drop": "fell 6 percent")
        ["detain"] = ["arrest", "custody"],
        // what the police seize, in the words of a seizure ("officers took 40 kg of cocaine", "confiscated", "impounded"),
        // and the police in the word for their officers; "take" is a verb of much else, so it stands for them one way only
        ["seize"] = ["confiscate", "impound", "take", "seizure"], ["confiscate"] = ["seize", "impound", "take", "seizure"],
        ["impound"] = ["seize", "confiscate"], ["police"] = ["officer", "detective", "policeman", "policemen"],
        // and a place closed in the words of its work stopped ("did the airport close": "halted operations", "all flights
        // were suspended")
        ["close"] = ["shut", "closure", "halt", "suspend"], ["closure"] = ["shut", "close", "halt", "suspend"],
        ["jump"] = ["rise", "increase", "climb", "soar"], ["soar"] = ["rise", "increase", "jump", "climb"],
        ["drop"] = ["fall", "decline", "slump", "plunge"], ["slump"] = ["fall", "drop", "decline"], ["plunge"] = ["fall", "drop", "slump"],
        // a sum invested, in the plain words of putting money into something ("how much did he invest": "put $500,000
        // into the trust"), one way
        ["invest"] = ["put", "contribute", "stake", "fund"],
        // a ship in any of the words news writes for one ("where did the ship wait": "the freighter sat off the coast"),
        // and its comings and goings in the words of a port ("when was it to arrive": "due to dock"; "when did it
        // depart": "it left on Friday", "sailed"); "ship" is a verb too, so its nouns stand for it one way only
        ["ship"] = ["vessel", "boat", "freighter", "tanker", "ferry"], ["vessel"] = ["ship", "boat", "freighter", "tanker", "ferry"],
        ["boat"] = ["vessel", "ship"], ["freighter"] = ["ship", "vessel"], ["tanker"] = ["ship", "vessel"], ["ferry"] = ["ship", "vessel", "boat"],
        // (a ferry is a ship or a vessel asked of, while "boats" asked of boats in general is no word for a town's ferries)
        // a disabled ship towed somewhere is written as taken or brought there ("was taken to the port of …"), one way
        ["tow"] = ["take", "bring", "haul", "pull", "drag"],
        ["arrive"] = ["dock", "land", "reach"], ["depart"] = ["leave", "left", "sail"],
        // staying somewhere is sitting or remaining there, or waiting ("stayed offshore for days": "sat off the coast")
        ["stay"] = ["remain", "sit", "wait", "linger"], ["remain"] = ["stay", "sit"],
        // an exam is a test ("when is the new exam": "a new test will be held"), one way, as a test of a missile is none
        ["exam"] = ["test"],
        // an exam or a vote annulled is cancelled ("why was the exam cancelled": "the exam had been annulled")
        ["annul"] = ["cancel", "void", "scrap"],
        // and a ship or a person brought somewhere is taken or towed there ("where was the vessel brought": "was taken
        // to the port of …");
        // bringing goods in unlawfully is smuggling them, and lawfully importing them ("who tried to bring the goods into the
        // country": "tried to smuggle cigarettes ashore"); one way, as "bring" asks of much else
        ["bring"] = ["smuggle", "import", "take", "tow"], ["smuggle"] = ["bring", "import", "traffic"],
        // what comes from abroad is imported, and what goes abroad exported ("does it buy electricity from abroad": "it
        // imports power from its neighbours"); one way, as an import is no word for being abroad
        ["abroad"] = ["overseas", "foreign", "import", "export"],
        // where a company has its headquarters is where it is based ("the Oslo-based company"), one way: a base is not
        // always one
        ["headquarters"] = ["based", "base"], ["headquartered"] = ["based", "base", "headquarters"],
        // what an insurer or a fund covers is what it pays for ("how much did insurers cover": "insurers paid for half
        // of the work"), one way, as a reporter covers a story too
        ["cover"] = ["pay", "fund", "finance", "reimburse"],
        // people killed are people who died, and the count of them a death toll or its dead ("how many were killed": "at
        // least 12 people died", "the death toll rose to 12"); one way, as a death is not always a killing
        ["kill"] = ["die", "death", "dead", "toll", "fatality"],
        // someone connected to a group is linked or tied to it, in the words news writes for it ("was he connected to the
        // gang": "police say he was linked to the gang"); "tie" is a draw in sport too, so it answers only one way
        ["connect"] = ["link", "tie"], ["link"] = ["connect", "tie"],
        // being consulted is being asked for one's view ("was the union consulted": "had not been asked for its view"),
        // one way, as asking is much else
        ["consult"] = ["ask", "view", "opinion"],
    };

    // The opposite of a state a yes/no question asks of something, which settles it as well as the state itself ("is the
    // airport open": "the airport was closed on Monday" says no). Only for a state asked, as "when did the bridge open"
    // is no question about its closing.
    private static readonly Dictionary<string, string[]> OppositeStates = new(StringComparer.Ordinal)
    {
        ["open"] = ["close", "closed", "closure", "shut", "reopen", "reopened"], ["reopen"] = ["close", "closed", "closure", "shut", "open"],
        ["close"] = ["open", "reopen", "reopened"], ["closed"] = ["open", "reopen", "reopened"], ["shut"] = ["open", "reopen", "reopened"],
    };

    // The opposite of a deed a yes/no question asks of someone, which settles it as well as the deed itself ("has the
    // mayor admitted the charges": "the mayor denies the charges" says no; "does the firm accept the fine": "it rejects
    // the fine"). Only for a deed asked yes or no, as "when did she deny it" is no question about admitting it.
    private static readonly Dictionary<string, string[]> OppositeDeeds = new(StringComparer.Ordinal)
    {
        ["admit"] = ["deny", "denial"], ["deny"] = ["admit", "acknowledge"], ["acknowledge"] = ["deny", "denial"],
        ["accept"] = ["reject", "refuse", "rejection"], ["reject"] = ["accept"], ["approve"] = ["reject", "rejection", "veto"],
    };

    private Dictionary<string, string[]>? _opposites;
    private Dictionary<string, string[]>? _oppositeDeeds;

    /// <summary>The stems of the opposite deeds of a deed asked yes or no (a stem, any tense), none for a word outside the list.</summary>
    public IReadOnlyList<string> OppositeDeedsOf(string term) => (_oppositeDeeds ??= OppositeDeeds
        .SelectMany(e => index.Terms(e.Key).Select(stem => (stem, others: e.Value.SelectMany(index.Terms).Where(o => o != stem))))
        .GroupBy(p => p.stem).ToDictionary(g => g.Key, g => g.SelectMany(p => p.others).Distinct().ToArray())).GetValueOrDefault(term, []);

    /// <summary>The stems of the opposite states of a state asked (a stem), none for a word outside the list.</summary>
    public IReadOnlyList<string> OppositeStatesOf(string term) => (_opposites ??= OppositeStates
        .SelectMany(e => index.Terms(e.Key).Select(stem => (stem, others: e.Value.SelectMany(index.Terms).Where(o => o != stem))))
        .GroupBy(p => p.stem).ToDictionary(g => g.Key, g => g.SelectMany(p => p.others).Distinct().ToArray())).GetValueOrDefault(term, []);

    // The phrasal verbs news writes for a one-word verb a reader asks with ("when did she resign": "she stepped down on
    // Monday", "did they cancel the parade": "called off the parade"), as a verb and its particle. One way only, as the
    // synonyms above: "set up" is one way to establish something, while "set" and "up" are each other words. A reader's
    // phrasal verb written as one word is Ranker's (see RelatedPhrases there).
    private static readonly Dictionary<string, string[]> PhrasalVerbs = new(StringComparer.Ordinal)
    {
        ["resign"] = ["step down"], ["quit"] = ["step down", "drop out", "pull out"],
        ["withdraw"] = ["pull out", "drop out", "back out", "pull back"],
        ["cancel"] = ["call off"], ["scrap"] = ["call off"], ["abandon"] = ["give up"],
        ["postpone"] = ["put off", "push back"], ["delay"] = ["put off", "push back", "hold up"], ["defer"] = ["put off", "push back"],
        ["acquire"] = ["take over", "buy up"], ["buy"] = ["take over", "buy up"], ["purchase"] = ["take over", "buy up"],
        ["establish"] = ["set up"], ["create"] = ["set up"],
        ["investigate"] = ["look into"], ["examine"] = ["look into"],
        ["reject"] = ["turn down"], ["refuse"] = ["turn down"], ["decline"] = ["turn down"],
        ["close"] = ["shut down"], ["surrender"] = ["give up", "hand over", "give in"], ["concede"] = ["back down", "give in"],
        ["retreat"] = ["back down", "pull back"],
        ["return"] = ["come back", "go back", "get back"], ["discover"] = ["find out"], ["participate"] = ["take part"],
        ["remove"] = ["take down", "take off"], ["reduce"] = ["cut back", "scale back"], ["conduct"] = ["carry out"],
        ["destroy"] = ["wipe out"], ["explode"] = ["blow up"], ["enroll"] = ["sign up"], ["enrol"] = ["sign up"], ["register"] = ["sign up"],
        ["introduce"] = ["bring in"], ["collapse"] = ["cave in", "come down"], ["escape"] = ["break out", "get away"],
        ["recover"] = ["bounce back"], ["fire"] = ["let go"], ["dismiss"] = ["let go"], ["sack"] = ["let go"],
        // and a winner told by their place ("who won the junior race": "Eld finished first in the junior race")
        ["win"] = ["finish first", "come first", "place first"],
        // and an alarm or a siren that sounded went off ("when did the sirens sound": "sirens went off twice")
        ["sound"] = ["go off"], ["ring"] = ["go off"],
    };

    // Two words of a reader's question that news writes in other words, and which of the two those words stand for:
    // the last contact with a boat is when it was last heard from or last seen, legal fees are what was paid to lawyers,
    // what something was meant to do is what it was designed to do, workers let go were dismissed, a vote pushed back was
    // delayed, a service that starts operating opens. Only the pair, as "contact" alone is no "heard", nor "fees" a lawyer; for a little less than the words
    // themselves, as a synonym is.
    private static readonly string[] LastContact = ["heard", "seen", "spoke", "spoken", "talked", "sighted", "sighting", "contact"];
    private static readonly string[] LegalFees = ["lawyer", "attorney", "fee", "bill", "cost"];
    private static readonly string[] MadeFor = ["supposed", "design", "intend"];
    private static readonly string[] LetGo = ["fire", "dismiss", "sack", "layoff", "laid", "cut"];
    private static readonly string[] PushedBack = ["delay", "postpone", "defer"];
    private static readonly string[] IntoService = ["open", "launch", "inaugurate"];
    private static readonly string[] LeftHome = ["force", "drive", "displace", "flee", "fled", "evacuate"];
    private static readonly string[] Discovered = ["discover", "uncover", "unearth"];
    private static readonly string[] WhatMatters = ["matter", "count", "important"];
    private static readonly string[] Simply = ["simply"];
    private static readonly string[] Works = ["work", "sense"];
    private static readonly Dictionary<string, (string[] Words, string[] Variants)> PairedWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["last contact"] = (["contact"], LastContact), ["last heard"] = (["heard"], LastContact), ["last seen"] = (["seen"], LastContact),
        ["last spoke"] = (["spoke"], LastContact), ["last spoken"] = (["spoken"], LastContact), ["last sighted"] = (["sighted"], LastContact),
        ["legal fees"] = (["legal", "fees"], LegalFees), ["legal fee"] = (["legal", "fee"], LegalFees), ["legal costs"] = (["legal", "costs"], LegalFees),
        ["legal cost"] = (["legal", "cost"], LegalFees), ["legal bills"] = (["legal", "bills"], LegalFees), ["legal bill"] = (["legal", "bill"], LegalFees),
        ["meant to"] = (["meant"], MadeFor), ["designed to"] = (["designed"], [.. MadeFor, "meant"]), ["intended to"] = (["intended"], [.. MadeFor, "meant"]),
        ["let go"] = (["let", "go"], LetGo), ["letting go"] = (["letting", "go"], LetGo),
        ["push back"] = (["push", "back"], PushedBack), ["pushed back"] = (["pushed", "back"], PushedBack), ["pushes back"] = (["pushes", "back"], PushedBack),
        ["pushing back"] = (["pushing", "back"], PushedBack),
        // a terminal, a line or a plant that starts operating or enters service opens ("when will the terminal start
        // operating": "the terminal will open in March")
        ["start operating"] = (["operating"], IntoService), ["begin operating"] = (["operating"], IntoService),
        ["start operations"] = (["operations"], IntoService), ["begin operations"] = (["operations"], IntoService),
        ["start service"] = (["service"], IntoService), ["begin service"] = (["service"], IntoService),
        ["enter service"] = (["service"], IntoService), ["into service"] = (["service"], IntoService),
        // people who had to leave their homes were forced or driven from them, or displaced ("forced 9,000 people from their
        // homes"): only with "their homes" after the verb, as "forced" alone is no leaving
        ["leave their"] = (["leave"], LeftHome), ["left their"] = (["left"], LeftHome), ["leaving their"] = (["leaving"], LeftHome),
        ["flee their"] = (["flee"], LeftHome), ["fled their"] = (["fled"], LeftHome),
        // what "was found" was discovered or uncovered ("how many skeletons were found": "have uncovered the remains of 14
        // people"): only after the verb "be", as "found" is no form of "find" above ("founded" has its stem)
        ["was found"] = (["found"], Discovered), ["were found"] = (["found"], Discovered), ["been found"] = (["found"], Discovered),
        ["be found"] = (["found"], Discovered), ["are found"] = (["found"], Discovered), ["is found"] = (["found"], Discovered),
        // what is held to be worth most, in the words of a speaker's own ("who said what counts is honesty": "what matters is
        // honesty"), and the reasons for something in the word that asks them ("honest about the reasons": "honest about
        // why"); only in the phrase, as "counts" is a tally and a reason a noun of its own elsewhere
        ["what counts"] = (["counts"], WhatMatters), ["what matters"] = (["matters"], WhatMatters),
        ["the reasons"] = (["reasons"], ["why"]), ["the reason"] = (["reason"], ["why"]),
        // figures that "just don't add up" simply do not work, or make no sense: only together, as "just" is mostly
        // "only" and "add" a verb of sums
        ["just don't"] = (["just"], Simply), ["just doesn't"] = (["just"], Simply), ["just didn't"] = (["just"], Simply),
        ["add up"] = (["add", "up"], Works),
    };

    /// <summary>
    /// For the pairs of a question's words (as written, in order) that news writes in other words, the stem of each word
    /// the pair's paraphrase stands for, and the stems of the paraphrase's words (see <see cref="PairedWords"/>).
    /// </summary>
    public IEnumerable<(string Term, IReadOnlyList<string> Variants)> PairedWordsIn(IReadOnlyList<string> words)
    {
        for (int i = 0; i + 1 < words.Count; i++)
            if (PairedWords.TryGetValue(words[i] + " " + words[i + 1], out var pair))
            {
                var stems = pair.Variants.SelectMany(index.Terms).Distinct().ToList();
                foreach (var term in pair.Words.SelectMany(index.Terms).Distinct())
                    yield return (term, stems.Where(s => s != term).ToList());
            }
    }

    // the words a phrasal verb's object may stand in when it is a pronoun ("called it off", "put them off")
    private static readonly HashSet<string> ObjectPronouns = new(StringComparer.OrdinalIgnoreCase) { "it", "them", "him", "her", "this", "that", "us" };

    private Dictionary<string, (HashSet<string> Verb, string Particle, string Phrase)[]>? _phrasal;

    /// <summary>For each stem of a one-word verb in <see cref="PhrasalVerbs"/>, and of its other tenses, the stems of its phrasal verbs' verb in every tense, with their particle.</summary>
    private Dictionary<string, (HashSet<string> Verb, string Particle, string Phrase)[]> Phrasal => _phrasal ??= PhrasalVerbs
        .SelectMany(e => WithForms(index.Terms(e.Key)).Select(stem => (stem, phrases: e.Value.Select(phrase => phrase.Split(' ') is [var verb, var particle]
            ? (Verb: WithForms(index.Terms(verb)).ToHashSet(StringComparer.Ordinal), Particle: particle, Phrase: phrase) : default).Where(p => p.Phrase is not null))))
        .GroupBy(p => p.stem).ToDictionary(g => g.Key, g => g.SelectMany(p => p.phrases).DistinctBy(p => p.Phrase).ToArray());

    /// <summary>
    /// The phrasal verbs news writes for a question's term (a stem), each as the stems of its verb in every tense and the
    /// stem of its particle; none where the particle is a word the index leaves out ("in").
    /// </summary>
    public IEnumerable<(IReadOnlyCollection<string> Verb, string Particle)> PhrasalVerbsOf(string term) =>
        Phrasal.TryGetValue(term, out var phrases)
            ? phrases.Select(p => (Verb: (IReadOnlyCollection<string>)p.Verb, Particle: index.Terms(p.Particle) is [var particle] ? particle : "")).Where(p => p.Particle.Length > 0)
            : [];

    /// <summary>
    /// The phrasal verbs news writes for a question's term (a stem) that the sentence writes, in any tense ("stepped
    /// down", "is stepping down", "called it off"); none for a term the lexicon has none for.
    /// </summary>
    public IEnumerable<string> PhrasalVerbsIn(string term, string sentence)
    {
        if (!Phrasal.TryGetValue(term, out var phrases)) yield break;
        List<string>? words = null;
        foreach (var (verb, particle, phrase) in phrases)
        {
            if (sentence.IndexOf(particle, StringComparison.OrdinalIgnoreCase) < 0) continue;
            words ??= SentenceWord.Matches(sentence).Select(m => m.Value).ToList();
            bool IsVerb(int k) => index.Terms(words[k]) is [var stem] && verb.Contains(stem);
            for (int k = 1; k < words.Count; k++)
                if (words[k].Equals(particle, StringComparison.OrdinalIgnoreCase)
                    && (IsVerb(k - 1) || (k >= 2 && ObjectPronouns.Contains(words[k - 1]) && IsVerb(k - 2))))
                {
                    yield return phrase;
                    break;
                }
        }
    }

    private static readonly System.Text.RegularExpressions.Regex SentenceWord = new(@"[\p{L}]+(?:['’\-][\p{L}]+)*",
        System.Text.RegularExpressions.RegexOptions.Compiled | System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    // Words near a question's word in meaning, which hint at an answer without standing for the word: "travel" where
    // asked where someone will go, "talks" where asked whether they will meet.
    private static readonly Dictionary<string, string[]> Related = new(StringComparer.OrdinalIgnoreCase)
    {
        ["go"] = ["travel", "fly", "head", "visit"], ["meet"] = ["visit", "meeting", "talks", "discussions"], ["die"] = ["dead", "death", "killed"],
        ["kill"] = ["killed", "dead"], ["born"] = ["birth"], ["buy"] = ["bought", "acquire", "purchase"], ["win"] = ["won", "victory"],
        ["start"] = ["began", "begin", "launch", "trace"], ["leave"] = ["left", "depart"], ["attack"] = ["invade", "invasion", "strike"],
        ["talks"] = ["negotiate", "diplomacy", "meeting", "discussions"],
        // places of care a question names where the article names another ("the hospital": "an emergency room")
        ["hospital"] = ["emergency", "ER", "trauma", "clinic", "hospitalized"], ["hospitalized"] = ["hospital", "emergency", "trauma"],
        // how cold or hot it was is told in temperatures and degrees
        ["cold"] = ["temperature", "degree", "freezing"], ["hot"] = ["temperature", "degree", "heat"],
        // the extremes a measure reached: its weakest level is a record low, its strongest a high
        // and "the most" of something is its highest count, its largest or its record
        ["most"] = ["highest", "largest", "greatest", "biggest", "top", "record"],
        ["weakest"] = ["low", "lowest"], ["lowest"] = ["low"], ["strongest"] = ["high", "highest"], ["highest"] = ["high"],
        // a sum a prize or a deal carries is what it is worth
        ["money"] = ["worth", "cost", "price"],
        // a player or a worker sidelined by an injury is out, and misses games or weeks
        ["sidelined"] = ["miss", "injury", "injured"], ["sideline"] = ["miss", "injury", "injured"],
        // a vote or a panel that was not unanimous was split or divided
        ["unanimous"] = ["split", "divided", "dissent"], ["unanimously"] = ["split", "divided", "dissent"],
        // a vote against is a dissent, and the ones who cast it dissenters; a vote's tally is its count, its margin
        ["against"] = ["dissent", "dissenter", "dissenting", "oppose", "opposed"],
        ["tally"] = ["vote", "count", "margin", "result"],
        // what laid-off workers are given on leaving is told in their pay ("severance": "eight weeks of salary")
        ["severance"] = ["pay", "salary", "weeks", "payout", "package"],
        // a career is told in its steps, not in the word ("her first coaching job came at 26", "was elected state
        // treasurer", "became deputy chief", "retired after the 2021 season"): the verbs and nouns of a working life's milestones
        ["career"] = ["job", "elected", "appointed", "hired", "served", "became", "joined", "promoted", "retired", "managed", "coached", "first"],
    };

    private Dictionary<string, string[]>? _forms;
    private Dictionary<string, string[]>? _synonyms;

    /// <summary>For each stem of an irregular verb, the stems of its other forms.</summary>
    private Dictionary<string, string[]> Forms => _forms ??= IrregularVerbs
        .Select(forms => forms.SelectMany(index.Terms).Distinct().ToArray())
        .SelectMany(stems => stems.Select(stem => (stem, others: stems.Where(o => o != stem).ToArray())))
        .GroupBy(p => p.stem).ToDictionary(g => g.Key, g => g.SelectMany(p => p.others).Distinct().ToArray());

    /// <summary>
    /// For each stem of a verb in the lexicon, and of its other tenses ("met" as "meet"), the stems of its synonyms and
    /// of their other tenses.
    /// </summary>
    private Dictionary<string, string[]> SynonymStems => _synonyms ??= Synonyms
        .SelectMany(e => WithForms(index.Terms(e.Key)).Select(stem => (stem, others: WithForms(e.Value.SelectMany(index.Terms)).Where(o => o != stem))))
        .GroupBy(p => p.stem).ToDictionary(g => g.Key, g => g.SelectMany(p => p.others).Distinct().ToArray());

    // The words WordNet gives as synonyms in their usual sense (tools/wordnet/synonyms.py), by the stem of the word they
    // stand for, read once for every index: the index's analyzer is the same English one. A question's word is looked up
    // only when no article writes it (see Ranker), so its synonyms are turned into stems then.
    private static readonly Lazy<Dictionary<string, string[]>> WordNetByStem = new(ReadWordNet);

    private static Dictionary<string, string[]> ReadWordNet()
    {
        using var stream = typeof(WordVariants).Assembly.GetManifestResourceStream("Retrieval.synonyms.txt")
            ?? throw new InvalidOperationException("the WordNet synonyms are not embedded");
        using var reader = new StreamReader(stream);
        using var analyzer = new NewsAnalyzer(SentenceIndex.Version);
        var byStem = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#' || line.Split('\t') is not [var word, var others]) continue;
            foreach (var stem in SentenceIndex.Terms(analyzer, word))
            {
                if (!byStem.TryGetValue(stem, out var words)) byStem[stem] = words = [];
                words.AddRange(others.Split(' ', StringSplitOptions.RemoveEmptyEntries));
            }
        }
        return byStem.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray(), StringComparer.Ordinal);
    }

    private IEnumerable<string> WithForms(IEnumerable<string> stems) =>
        stems.SelectMany(stem => Forms.TryGetValue(stem, out var forms) ? forms.Prepend(stem) : [stem]).Distinct();

    /// <summary>
    /// The variants of a question's term (a stem) and what each counts for, the term itself left out; a name's
    /// variants include its people ("Russia": "Russian"). Some may be words no article writes.
    /// </summary>
    public IEnumerable<(string Term, double Weight)> Of(string term, bool isName)
    {
        if (Forms.TryGetValue(term, out var forms))
            foreach (var form in forms) yield return (form, 1);
        foreach (var derived in Derived(term)) yield return (derived, 1);
        foreach (var spelling in OtherSpellings(term)) yield return (spelling, 1);
        if (isName)
            foreach (var people in Demonyms(term)) yield return (people, 1);
        foreach (var agent in AgentNouns(term)) yield return (agent, SynonymWeight);
        // "wrote" as "write" does: "who wrote it" is held by "its authors"
        foreach (var stem in (forms ?? []).Prepend(term))
            if (SynonymStems.TryGetValue(stem, out var synonyms))
                foreach (var synonym in synonyms.Where(s => s != term)) yield return (synonym, SynonymWeight);
    }

    private static readonly Dictionary<string, string> DoubledAgents = new(StringComparer.Ordinal)
    {
        ["win"] = "winner", ["run"] = "runner", ["rob"] = "robber", ["bid"] = "bidder", ["shop"] = "shopper",
        ["plan"] = "planner", ["swim"] = "swimmer", ["kidnap"] = "kidnapp", ["ship"] = "shipper",
    };

    /// <summary>
    /// A short verb and the ones who do it, which the stemmer leaves apart ("hacking" is "hack", "hackers" is "hacker";
    /// it joins longer ones itself, "protesters" and "protest"): an article's "hackers" holds the hacking asked about,
    /// for a little less than the word itself. One way only: "singers" asks for people, whom "to sing" does not name.
    /// </summary>
    private static IEnumerable<string> AgentNouns(string stem)
    {
        // "who won": "the winner"; a short verb doubles its last letter before "-er", which no rule can tell from a
        // word that only looks like it ("bet": "better", "let": "letter"), so the agent nouns are listed
        if (DoubledAgents.TryGetValue(stem, out var doubled)) yield return doubled;
        if (stem.Length < 4 || stem.EndsWith("er", StringComparison.Ordinal)) yield break;
        yield return stem + "er";
        // "vote": "voter"
        if (stem.EndsWith('e')) yield return stem + "r";
    }

    /// <summary>
    /// A verb and its noun where the stemmer leaves them apart, the Latin -de/-sion pairs: "invad" and "invas",
    /// "decid" and "decis", "explod" and "explos"; and an adjective in -ble and its noun in -bility ("stabl" and "stabil").
    /// </summary>
    private static IEnumerable<string> Derived(string stem)
    {
        // "panic" takes a "k" before an ending ("panicking", "panicked", "trafficking"), which the stemmer keeps
        if (stem.Length >= 6 && stem.EndsWith("ick", StringComparison.Ordinal) && !IsVowel(stem[^4])) yield return stem[..^1];
        else if (stem.Length >= 5 && stem.EndsWith("ic", StringComparison.Ordinal) && !IsVowel(stem[^3])) yield return stem + "k";
        // "stable" and "stability", "able" and "ability": the stemmer joins the longer ones itself ("possible")
        if (stem.EndsWith("bil", StringComparison.Ordinal) && stem.Length >= 4) yield return stem[..^3] + "bl";
        else if (stem.EndsWith("bl", StringComparison.Ordinal) && stem.Length >= 3) yield return stem[..^2] + "bil";
        if (stem.Length < 5 || !IsVowel(stem[^2])) yield break;
        if (stem[^1] == 'd') yield return stem[..^1] + "s";
        else if (stem[^1] == 's') yield return stem[..^1] + "d";
    }

    /// <summary>
    /// The same word in the other of British and American spelling, as the stemmer leaves it: "favour" and "favor",
    /// "metr" ("metres") and "meter", "defenc" and "defens", "organis" and "organ" or "organiz" (the stemmer strips
    /// "-ize" but not "-ise"), "analys" and "analyz", "programm" and "program". A question in one spelling finds an
    /// article in the other. Only stems long enough not to be another short word ("four" is no "for").
    /// </summary>
    private static IEnumerable<string> OtherSpellings(string stem)
    {
        if (stem.Length < 4) yield break;
        if (stem.Length >= 6 && stem.EndsWith("our", StringComparison.Ordinal)) yield return stem[..^3] + "or";
        else if (stem.Length >= 5 && stem.EndsWith("or", StringComparison.Ordinal) && !IsVowel(stem[^3])) yield return stem[..^2] + "our";
        // "metre", "centre", "fibre", "theatre": -re after a consonant and "t" or "b" is American -er
        if (stem.EndsWith("tr", StringComparison.Ordinal) || stem.EndsWith("br", StringComparison.Ordinal)) yield return stem[..^1] + "er";
        else if (stem.Length >= 5 && (stem.EndsWith("ter", StringComparison.Ordinal) || stem.EndsWith("ber", StringComparison.Ordinal))) yield return stem[..^2] + "r";
        // "defence", "offence", "licence"
        if (stem.Length >= 6 && stem.EndsWith("enc", StringComparison.Ordinal)) yield return stem[..^1] + "s";
        else if (stem.Length >= 6 && stem.EndsWith("ens", StringComparison.Ordinal)) yield return stem[..^1] + "c";
        // "organise", "realise", "analyse" (one way for "organis": "organ" is the stem of more words than "organize")
        if (stem.Length >= 6 && stem.EndsWith("is", StringComparison.Ordinal)) { yield return stem[..^1] + "z"; yield return stem[..^2]; }
        else if (stem.Length >= 6 && stem.EndsWith("iz", StringComparison.Ordinal)) yield return stem[..^1] + "s";
        else if (stem.Length >= 5 && stem.EndsWith("ys", StringComparison.Ordinal)) yield return stem[..^1] + "z";
        else if (stem.Length >= 5 && stem.EndsWith("yz", StringComparison.Ordinal)) yield return stem[..^1] + "s";
        // "programme"
        if (stem.Length >= 6 && stem.EndsWith("mm", StringComparison.Ordinal)) yield return stem[..^1];
        else if (stem.Length >= 6 && stem.EndsWith("gram", StringComparison.Ordinal)) yield return stem + "m";
    }

    // A country and its people where neither is the other with an ending ("Norway" and "Norwegian", "Peru" and
    // "Peruvian", "Poland" and "Polish"), which Demonyms below cannot make: a question's demonym meets the place written
    // (the dateline's "LIMA, Peru") and the other way round.
    private static readonly string[][] IrregularDemonyms =
    [
        ["norway", "norwegian"], ["peru", "peruvian"], ["poland", "polish"], ["belgium", "belgian"], ["denmark", "danish"],
        ["sweden", "swedish"], ["finland", "finnish"], ["netherlands", "dutch"], ["france", "french"], ["spain", "spanish"],
        ["britain", "british"], ["ireland", "irish"], ["turkey", "turkish"], ["switzerland", "swiss"], ["greece", "greek"],
        ["thailand", "thai"], ["portugal", "portuguese"], ["china", "chinese"], ["japan", "japanese"], ["vietnam", "vietnamese"],
        ["lebanon", "lebanese"], ["sudan", "sudanese"], ["congo", "congolese"], ["senegal", "senegalese"], ["malta", "maltese"],
        ["nepal", "nepalese"], ["philippines", "filipino"], ["iceland", "icelandic"], ["wales", "welsh"], ["scotland", "scottish"],
        ["england", "english"], ["ecuador", "ecuadorian"], ["chile", "chilean"], ["kenya", "kenyan"], ["germany", "german"],
        ["mexico", "mexican"], ["israel", "israeli"], ["pakistan", "pakistani"], ["bangladesh", "bangladeshi"], ["iraq", "iraqi"],
        ["yemen", "yemeni"], ["madagascar", "malagasy"], ["cyprus", "cypriot"], ["argentina", "argentine"], ["uzbekistan", "uzbek"],
        ["kazakhstan", "kazakh"], ["afghanistan", "afghan"], ["tajikistan", "tajik"], ["croatia", "croatian"], ["slovakia", "slovak"],
        ["slovenia", "slovenian"], ["czechia", "czech"], ["ghana", "ghanaian"], ["haiti", "haitian"], ["monaco", "monegasque"],
    ];

    private Dictionary<string, string[]>? _demonyms;

    /// <summary>
    /// The stem of a country's people for the stem of the country, and the other way round, where neither is the other with
    /// an ending (see <see cref="IrregularDemonyms"/>); none for another word.
    /// </summary>
    public IReadOnlyList<string> IrregularPeopleOf(string term) => IrregularPeople.GetValueOrDefault(term, []);

    /// <summary>For each stem of a country or its people in <see cref="IrregularDemonyms"/>, the stem of the other.</summary>
    private Dictionary<string, string[]> IrregularPeople => _demonyms ??= IrregularDemonyms
        .Select(pair => pair.SelectMany(index.Terms).Distinct().ToArray())
        .SelectMany(stems => stems.Select(stem => (stem, others: stems.Where(o => o != stem).ToArray())))
        .GroupBy(p => p.stem).ToDictionary(g => g.Key, g => g.SelectMany(p => p.others).Distinct().ToArray());

    /// <summary>A place and its people: "russia" and "russian", "ukrain" and "ukrainian", "iran" and "iranian".</summary>
    private static IEnumerable<string> Demonyms(string stem)
    {
        if (stem.Length < 4) yield break;
        // "canadian": "canada" too, as "floridian" is "florida"
        if (stem.EndsWith("ian", StringComparison.Ordinal)) { yield return stem[..^3]; yield return stem[..^1]; yield return stem[..^3] + "a"; yield break; }
        if (stem.EndsWith("an", StringComparison.Ordinal)) { yield return stem[..^1]; yield break; }
        if (stem.EndsWith('i')) { yield return stem[..^1]; yield break; }
        // "canada": "canadian"
        if (stem.EndsWith('a')) yield return stem[..^1] + "ian";
        yield return stem + "n";
        yield return stem + "an";
        yield return stem + "ian";
        yield return stem + "i";
    }

    /// <summary>The stems of a verb's synonyms (none for a word outside the lexicon).</summary>
    /// <summary>
    /// WordNet's synonyms of a term in its usual sense, for a word the list above leaves out ("injured": "hurt"); see
    /// <c>Retrieval/Lexicon/synonyms.txt</c>.
    /// </summary>
    public IReadOnlyList<string> WordNetSynonymsOf(string term)
    {
        if (SynonymStems.ContainsKey(term)) return [];
        var words = WithForms([term]).SelectMany(stem => WordNetByStem.Value.TryGetValue(stem, out var found) ? found : []).Distinct().ToList();
        return words.Count == 0 ? [] : WithForms(words.SelectMany(index.Terms)).Where(s => s != term).Distinct().ToList();
    }

    public IReadOnlyList<string> SynonymsOf(string term) => SynonymStems.TryGetValue(term, out var synonyms) ? synonyms : [];

    /// <summary>The stems of the words related to a word of the question, as it is written.</summary>
    public IEnumerable<string> RelatedTo(string word) => Related.TryGetValue(word, out var related) ? related.SelectMany(index.Terms) : [];

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}

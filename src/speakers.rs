//! Who is who in one article, and who a mention means. Owns the entity table (full names as first
//! introduced, their roles, honorifics and gender), the resolution of a cue's subject ("she",
//! "Ms Truss", "the Foreign Secretary", "Foreign Sec", "Sir Keir") to one of those people, and the
//! cross-article [`NameIndex`] that lets a surname alone stand for the one full name an archive knows.
//!
//! API: [`Entities::from_texts`] builds the table of one article; [`Resolver::resolve`] turns a
//! mention into a [`Resolved`] (speaker, role, how), fed with salience by
//! [`Resolver::note_subject`] / [`Resolver::note_speaker`] while reading; [`NameIndex`] (or the
//! one-shot [`canonicalize`]) maps names across an archive.
//!
//! Pronouns are resolved by gender and salience: the candidates are people who were recently the
//! *subject* of a sentence or the speaker of a quote, never names that only stood as objects
//! ("met with Ambassador X", "speaking to LBC's Y"), because a news report's "he said" almost always
//! continues the person the report is about, not the nearest name. The latest candidate whose
//! gender fits wins, and one whose gender the text never showed fits either pronoun (then keeps
//! the one it took); nobody the quote itself names ("Victor has been good to us," she said) is a
//! candidate. Firms (a name ending in Homes, Rail, Airlines, ...) are never people.
//!
//! Offices: "the Transport Secretary" never matches a Shadow, former or deputy holder; a lower-case
//! office with "the" ("the union leader", "the former minister") points back at the recent person
//! holding it, else the latest subject or speaker (never for "the spokesman"/"the official").
//! Letters after a name ("Sunil Basra MP") end it.
//!
//! Sentence case: the table notes where each capitalised word stands. A lone word not in the table
//! that the article only ever puts first in a sentence or list item ("Flooded households can …",
//! "- Landlords will …") resolves as `sentence-initial`, kept as written but marked so that the
//! quote rules can refuse it; title-case texts (headlines) are not counted, and group sources
//! ("Labour") and acronyms are names wherever they stand.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// A fixed word list, hashed on first use. The rules look up every word near a quote in lists of up
/// to a few hundred entries; scanning them was a fifth of extraction time.
pub(crate) struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    pub(crate) const fn new(list: &'static [&'static str]) -> WordSet {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// Takes what a slice's `contains` took (`&w`, `&&w`), so the lists read as they did.
    pub(crate) fn contains<W: AsRef<str> + ?Sized>(&self, word: &W) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word.as_ref())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// One person the article names.
#[derive(Debug, Clone, PartialEq)]
pub struct Person {
    /// Full name as first introduced, without honorific or title: "Keir Starmer".
    pub name: String,
    pub first: Option<String>,
    pub last: String,
    pub gender: Option<Gender>,
    /// Roles the article gives them: "Labour leader", "Defence Secretary", "US former national
    /// security adviser"; kept in the order met.
    pub roles: Vec<String>,
    /// Met only by a first name so far (`his wife, Jane,`): a full name starting with it is
    /// the same person.
    pub by_first_name: bool,
    /// Introduced as someone's relative (`Fischer's mother, Adrianne Fischer`): a bare surname
    /// they share still means the person the story is about.
    pub relative: bool,
}

/// Honorifics carry gender; titles carry none but still precede a name.
static MALE_HONORIFICS: WordSet = WordSet::new(&[
    "Mr",
    "Sir",
    "Lord",
    "Baron",
    "King",
    "Prince",
    "Father",
    "Congressman",
    "Chairman",
    "Spokesman",
    "Sheikh",
    "Brother",
]);
static FEMALE_HONORIFICS: WordSet = WordSet::new(&[
    "Mrs",
    "Ms",
    "Miss",
    "Dame",
    "Lady",
    "Baroness",
    "Queen",
    "Princess",
    "Sister",
    "Congresswoman",
    "Chairwoman",
    "Spokeswoman",
]);
static TITLES: WordSet = WordSet::new(&[
    "Dr",
    "Prof",
    "Professor",
    "Rev",
    "Reverend",
    "Sen",
    "Senator",
    "Rep",
    "Representative",
    "Gov",
    "Governor",
    "Gen",
    "General",
    "Col",
    "Colonel",
    "Capt",
    "Captain",
    "Lt",
    "Sgt",
    "Cllr",
    "Councillor",
    "Rabbi",
    "Judge",
    "Justice",
    "President",
    "Chancellor",
    "Mayor",
    "Ambassador",
    "Secretary",
    "Minister",
    "Chief",
    "Speaker",
    "Commissioner",
    "Pope",
    "Leader",
    "Director",
    "Spokesperson",
    "Deputy",
    "Vice",
    "Prime",
    "Attorney",
    "Inspector",
    "Detective",
    "Officer",
    "Superintendent",
    "Editor",
    "Premier",
    "Chair",
    "Adviser",
    "Advisor",
    "Candidate",
    "Nominee",
    "Sec",
    "Pres",
    "Supt",
    "Det",
    "Insp",
    "Commander",
    "Admiral",
    "Marshal",
    "Coach",
    "Manager",
    "Agent",
    "Correspondent",
    "Economist",
    "Analyst",
    "Strategist",
    "Pollster",
    "Host",
    "Anchor",
    "Founder",
    "Executive",
    "CEO",
    "Boss",
    "Head",
    "Minority",
    "Majority",
    "Whip",
    "Shadow",
    "Del",
    "Delegate",
    "Alderman",
    "Councilman",
    "Councilwoman",
    "Assemblyman",
    "Assemblywoman",
    "Sheriff",
    "Archbishop",
    "Bishop",
    "Cardinal",
    "Duke",
    "Duchess",
    "Earl",
]);
/// Role nouns that, with "the", stand for an unnamed source rather than someone already named.
pub(crate) const ANONYMOUS_ROLES: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "officer",
    "member",
    "source",
];

/// Lower-case words that name a role when they stand before a name or in an appositive.
static ROLE_NOUNS: WordSet = WordSet::new(&[
    "leader",
    "president",
    "secretary",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "adviser",
    "advisor",
    "chancellor",
    "ambassador",
    "director",
    "chairman",
    "chairwoman",
    "chair",
    "governor",
    "senator",
    "mayor",
    "chief",
    "head",
    "candidate",
    "nominee",
    "officer",
    "official",
    "editor",
    "correspondent",
    "analyst",
    "strategist",
    "pollster",
    "economist",
    "professor",
    "commissioner",
    "founder",
    "executive",
    "manager",
    "boss",
    "host",
    "anchor",
    "judge",
    "lawyer",
    "attorney",
    "general",
    "representative",
    "congressman",
    "congresswoman",
    "speaker",
    "deputy",
    "member",
    "mp",
    "mep",
    "msp",
    "campaigner",
    "activist",
    "author",
    "writer",
    "columnist",
    "researcher",
    "scientist",
    "expert",
    "aide",
    "consultant",
    "chairperson",
    "premier",
    "king",
    "queen",
    "prince",
    "commander",
    "coach",
    "owner",
    "partner",
    "councillor",
    "organiser",
    "organizer",
    "whip",
    "reporter",
    "producer",
    "treasurer",
    "rep",
    "sen",
    "gov",
    "journalist",
    "historian",
    "pastor",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "priest",
    "vicar",
    "student",
    "resident",
    "voter",
    "supporter",
    "ally",
    "staffer",
    "lawmaker",
    "legislator",
    "delegate",
    "moderator",
    "backbencher",
    "frontbencher",
    "peer",
    "envoy",
    "diplomat",
    "negotiator",
    "prosecutor",
    "designer",
    "planner",
    "architect",
    "engineer",
    "photographer",
    "chef",
    "trainer",
    "nutritionist",
    "dietitian",
    "therapist",
    "psychologist",
    "psychiatrist",
    "physician",
    "surgeon",
    "dentist",
    "pharmacist",
    "curator",
    "stylist",
]);
/// Capitalised words that start sentences or clauses and so are no part of a name.
static FUNCTION_WORDS: WordSet = WordSet::new(&[
    "The",
    "A",
    "An",
    "But",
    "And",
    "Or",
    "In",
    "On",
    "At",
    "As",
    "When",
    "While",
    "If",
    "It",
    "Its",
    "This",
    "That",
    "These",
    "Those",
    "He",
    "She",
    "They",
    "We",
    "I",
    "You",
    "His",
    "Her",
    "Their",
    "Our",
    "My",
    "Your",
    "After",
    "Before",
    "Speaking",
    "During",
    "Since",
    "For",
    "From",
    "With",
    "Without",
    "By",
    "To",
    "Of",
    "Under",
    "Over",
    "Meanwhile",
    "However",
    "Also",
    "Yet",
    "So",
    "Then",
    "There",
    "Here",
    "What",
    "Why",
    "How",
    "Who",
    "Where",
    "Asked",
    "Among",
    "Another",
    "According",
    "Writing",
    "Like",
    "Unlike",
    "Despite",
    "Although",
    "Though",
    "Because",
    "Now",
    "Last",
    "Next",
    "This",
    "Earlier",
    "Later",
    "Today",
    "Yesterday",
    "Tomorrow",
    "Some",
    "Many",
    "Most",
    "All",
    "Both",
    "Neither",
    "Either",
    "Each",
    "Every",
    "No",
    "Not",
    "One",
    "Two",
    "Three",
    "Even",
    "Only",
    "Just",
    "Still",
    "Sources",
    "Read",
    "More",
    "Mrs.",
    "Dear",
    "Thanks",
    "Former",
    "New",
    "Newly",
    "Besides",
    "Beyond",
    "Amid",
    "Against",
    "Unless",
    "Whether",
    "Other",
    "Then-",
    "Why",
    "Did",
    "Does",
    "Do",
    "Is",
    "Are",
    "Was",
    "Were",
    "Will",
    "Would",
    "Can",
    "Could",
    "Should",
    "Let",
    "Let's",
    "Please",
    "Well",
    "Yes",
    "Oh",
    "Instead",
    "Asked",
    "Until",
    "Through",
    "Into",
    "Upon",
    "Against",
    "About",
    "Around",
    "Across",
    "Behind",
    "Per",
    "Once",
    "Via",
    "Within",
    "Throughout",
    "Whereas",
    "Whilst",
    "Regardless",
    "Nevertheless",
    "Furthermore",
    "Moreover",
    "Additionally",
    "Overall",
    "Ultimately",
    "Indeed",
    "Perhaps",
    "Hopefully",
    "Luckily",
    "Unfortunately",
    "Fortunately",
    "Interestingly",
    "Importantly",
    "Finally",
    "First",
    "Second",
    "Third",
    "Example",
    "Note",
    "Tip",
    "Step",
    "Bonus",
    "Pros",
    "Cons",
    "Reviews",
]);
/// Words that make a capitalised run a place, group, party or thing rather than a person, beside
/// the [`INSTITUTIONS`] words, which undo even a name with a first name or an honorific.
static NOT_NAME_WORDS: WordSet = WordSet::new(&[
    "Australian",
    "Canadian",
    "Italian",
    "Spanish",
    "Portuguese",
    "Indian",
    "Pakistani",
    "Bangladeshi",
    "Israeli",
    "Palestinian",
    "Iranian",
    "Iraqi",
    "Afghan",
    "Syrian",
    "Lebanese",
    "Turkish",
    "Greek",
    "Dutch",
    "Belgian",
    "Swiss",
    "Swedish",
    "Norwegian",
    "Danish",
    "Finnish",
    "Polish",
    "Czech",
    "Hungarian",
    "Austrian",
    "Romanian",
    "Serbian",
    "Croatian",
    "Belarusian",
    "Mexican",
    "Brazilian",
    "Argentine",
    "Argentinian",
    "Chilean",
    "Colombian",
    "Venezuelan",
    "Cuban",
    "Japanese",
    "Korean",
    "Vietnamese",
    "Indonesian",
    "Filipino",
    "Malaysian",
    "Taiwanese",
    "Nigerian",
    "Kenyan",
    "Egyptian",
    "Saudi",
    "Zimbabwean",
    "Ethiopian",
    "Somali",
    "Libyan",
    "Sudanese",
    "African",
    "Asian",
    "Arab",
    "Kurdish",
    "News",
    "Times",
    "Post",
    "Journal",
    "Press",
    "Association",
    "Bank",
    "Commons",
    "Navy",
    "Force",
    "Group",
    "Company",
    "Inc",
    "Ltd",
    "Corp",
    "Foundation",
    "Trust",
    "Network",
    "Republic",
    "Kingdom",
    "States",
    "Nations",
    "Organisation",
    "Organization",
    "Coalition",
    "Alliance",
    "Federation",
    "Democrats",
    "Republicans",
    "Tories",
    "Tory",
    "Labour",
    "Conservatives",
    "Conservative",
    "Democrat",
    "Democratic",
    "Republican",
    "Liberal",
    "War",
    "Day",
    "Week",
    "May",
    "North",
    "South",
    "East",
    "West",
    "Eastern",
    "Western",
    "Northern",
    "Southern",
    "Central",
    "European",
    "American",
    "British",
    "Russian",
    "Ukrainian",
    "Soviet",
    "Cold",
    "Brexit",
    "Nato",
    "NATO",
    "EU",
    "UK",
    "US",
    "USA",
    "UN",
    "BBC",
    "CNN",
    "Russia",
    "Ukraine",
    "Britain",
    "England",
    "Scotland",
    "Wales",
    "Ireland",
    "France",
    "Germany",
    "China",
    "America",
    "Moscow",
    "Beijing",
    "Kiev",
    "Kyiv",
    "London",
    "Washington",
    "Afghanistan",
    "Iraq",
    "Iran",
    "Syria",
    "Israel",
    "Europe",
    "Asia",
    "Africa",
    "Chinese",
    "French",
    "German",
    "Irish",
    "Scottish",
    "Welsh",
    "English",
    "Muslim",
    "Christian",
    "Jewish",
    "Islamic",
    "State",
    "City",
    "Church",
    "Club",
    "Fund",
    "Review",
    "Act",
    "Budget",
    "Summit",
    "Park",
    "Hall",
    "Hill",
    "Palace",
    "Downing",
    "White",
    "Capitol",
    "Pentagon",
    "Kremlin",
    "Whitehall",
    "Westminster",
    "Twitter",
    "Facebook",
    "Google",
    "Fox",
    "Times",
    "Guardian",
    "Telegraph",
    "Mail",
    "Express",
    "Sun",
    "Mirror",
    "Herald",
    "Tribune",
    "Radio",
    "TV",
    "Television",
    "Channel",
    "Show",
    "Programme",
    "Program",
    "GOP",
    "Obamacare",
    "Iowa",
    "Senator",
    "Lib",
    "Dems",
    "Independents",
    "Independent",
    "Greens",
    "Green",
    "SNP",
    "Ukip",
    "UKIP",
    "Sinn",
    "Fein",
    "Plaid",
    "Chambers",
    "Commerce",
    "Foreign",
    "Home",
    "Defence",
    "Defense",
    "Health",
    "Education",
    "Justice",
    "Energy",
    "Finance",
    "Affairs",
    "Security",
    "Intelligence",
    "Centers",
    "Research",
    "Project",
    "Festival",
    "Games",
    "Cup",
    "League",
    "Olympics",
    "Christmas",
    "Easter",
    "Brothers",
    "Sisters",
    "Mountains",
    "Sea",
    "Ocean",
    "Supreme",
    "Federal",
    "National",
    "International",
    "Global",
    "Royal",
    "General's",
    "Jr",
    "Mall",
    "Tower",
    "Towers",
    "Estate",
    "Hotel",
    "Market",
    "Partners",
    "Associates",
    "Holdings",
    "Capital",
    "Media",
    "Watch",
    "Action",
    "Initiative",
    "Forum",
    "Society",
    "Labs",
    "Analytics",
    "Communications",
    "Strategies",
    // A trade word closing a capitalised run names a firm ("Brackwater Homes", "Northway Rail"),
    // never a person: no surname ends that way, and taking one for a person lets a company
    // capture a later "he" or "she".
    "Homes",
    "Rail",
    "Railway",
    "Railways",
    "Railroad",
    "Industries",
    "Properties",
    "Developments",
    "Construction",
    "Logistics",
    "Buses",
    "Investments",
    "Enterprises",
    "Resources",
    "Pharmaceuticals",
    "Plc",
    "PLC",
    "LLC",
]);
static MALE_NAMES: WordSet = WordSet::new(&[
    "john",
    "james",
    "robert",
    "michael",
    "william",
    "david",
    "richard",
    "joseph",
    "thomas",
    "charles",
    "christopher",
    "daniel",
    "matthew",
    "anthony",
    "mark",
    "donald",
    "steven",
    "paul",
    "andrew",
    "joshua",
    "kenneth",
    "kevin",
    "brian",
    "george",
    "timothy",
    "ronald",
    "edward",
    "jason",
    "jeffrey",
    "ryan",
    "jacob",
    "gary",
    "nicholas",
    "eric",
    "jonathan",
    "stephen",
    "larry",
    "justin",
    "scott",
    "brandon",
    "benjamin",
    "ben",
    "samuel",
    "gregory",
    "frank",
    "alexander",
    "raymond",
    "patrick",
    "jack",
    "dennis",
    "jerry",
    "tyler",
    "aaron",
    "jose",
    "adam",
    "henry",
    "nathan",
    "douglas",
    "zachary",
    "peter",
    "kyle",
    "walter",
    "ethan",
    "jeremy",
    "harold",
    "keith",
    "christian",
    "roger",
    "noah",
    "gerald",
    "carl",
    "sean",
    "austin",
    "arthur",
    "lawrence",
    "dylan",
    "bryan",
    "joe",
    "billy",
    "bruce",
    "albert",
    "willie",
    "gabriel",
    "logan",
    "alan",
    "juan",
    "wayne",
    "roy",
    "ralph",
    "randy",
    "eugene",
    "vincent",
    "russell",
    "elijah",
    "louis",
    "bobby",
    "philip",
    "phil",
    "johnny",
    "tom",
    "tony",
    "tim",
    "jim",
    "bill",
    "bob",
    "mike",
    "dave",
    "steve",
    "nick",
    "ted",
    "ed",
    "boris",
    "keir",
    "gordon",
    "tony",
    "ian",
    "iain",
    "nigel",
    "rishi",
    "jeremy",
    "dominic",
    "sajid",
    "matt",
    "vladimir",
    "volodymyr",
    "barack",
    "bernie",
    "marco",
    "rand",
    "mitt",
    "newt",
    "rudy",
    "jeb",
    "hugh",
    "neil",
    "graham",
    "alistair",
    "alastair",
    "malcolm",
    "duncan",
    "hamish",
    "angus",
    "simon",
    "oliver",
    "harry",
    "charlie",
    "will",
    "liam",
    "owen",
    "rhys",
    "gareth",
    "dafydd",
    "geoff",
    "geoffrey",
    "clive",
    "trevor",
    "derek",
    "colin",
    "kenneth",
    "ken",
    "norman",
    "stuart",
    "stewart",
    "martin",
    "vince",
    "nick",
    "jacob",
    "priti",
    "emmanuel",
    "xi",
    "recep",
    "benjamin",
    "narendra",
    "justin",
    "olaf",
    "mohammed",
    "muhammad",
    "ahmed",
    "hassan",
    "omar",
    "abdul",
    "sergei",
    "sergey",
    "dmitry",
    "alexei",
    "yuri",
    "ivan",
    "pierre",
    "jean",
    "francois",
    "jacques",
    "hans",
    "karl",
    "franz",
    "giuseppe",
    "marco",
    "luis",
    "carlos",
    "mario",
    "pedro",
    "miguel",
    "antonio",
    "al",
    "dick",
    "chuck",
    "lindsey",
    "reince",
    "reince",
    "mitch",
    "harry",
    "jon",
    "lou",
    "marty",
    "rick",
    "ross",
    "seth",
    "troy",
    "wolf",
    // Short forms and names common in British and Irish news.
    "jimmy",
    "tommy",
    "teddy",
    "eddie",
    "mick",
    "mickey",
    "danny",
    "dan",
    "stevie",
    "ricky",
    "rob",
    "robbie",
    "paddy",
    "pete",
    "andy",
    "joey",
    "jake",
    "kenny",
    "gerry",
    "hal",
    "ray",
    "ron",
    "ronnie",
    "don",
    "donnie",
    "doug",
    "greg",
    "les",
    "len",
    "lenny",
    "stan",
    "wally",
    "walt",
    "wes",
    "alf",
    "archie",
    "barney",
    "bert",
    "bertie",
    "fred",
    "freddie",
    "jeff",
    "leo",
    "ollie",
    "sid",
    "syd",
    "stu",
    "toby",
    "vic",
    "luther",
    "norbert",
    "lyndon",
    "rudolph",
    "wendell",
    "clarence",
    "cornelius",
    "lionel",
    "horace",
    "otis",
    "rufus",
    "virgil",
    "elmer",
    "homer",
    "milton",
    "irving",
    "sherman",
    "chester",
    "lloyd",
    "floyd",
    "abdullah",
    "adrian",
    "ahmad",
    "alberto",
    "alejandro",
    "alfred",
    "allan",
    "alonzo",
    "alvin",
    "amir",
    "anders",
    "andre",
    "andreas",
    "andres",
    "angelo",
    "arnold",
    "arturo",
    "ashok",
    "barry",
    "bart",
    "bernard",
    "brad",
    "bradley",
    "brendan",
    "brent",
    "brett",
    "byron",
    "calvin",
    "cameron",
    "cecil",
    "cedric",
    "claude",
    "clifford",
    "clint",
    "connor",
    "conor",
    "craig",
    "curtis",
    "cyril",
    "damian",
    "damien",
    "darren",
    "darryl",
    "declan",
    "desmond",
    "devin",
    "diego",
    "dustin",
    "dwayne",
    "edgar",
    "edmund",
    "eduardo",
    "edwin",
    "elliot",
    "enrique",
    "ernest",
    "evan",
    "felix",
    "fernando",
    "finn",
    "francis",
    "francisco",
    "franklin",
    "frederick",
    "garrett",
    "gavin",
    "gerard",
    "gilbert",
    "glenn",
    "hamid",
    "harvey",
    "hector",
    "herbert",
    "hugo",
    "igor",
    "isaac",
    "jamal",
    "jared",
    "javier",
    "jay",
    "jerome",
    "joel",
    "jorge",
    "josh",
    "julian",
    "kareem",
    "keegan",
    "khalid",
    "kieran",
    "kirk",
    "kwasi",
    "leon",
    "leonard",
    "leonardo",
    "leroy",
    "luca",
    "lucas",
    "luke",
    "manuel",
    "marcus",
    "marvin",
    "maurice",
    "maxwell",
    "mehdi",
    "melvin",
    "micah",
    "milo",
    "mitchell",
    "mohamed",
    "nadhim",
    "nathaniel",
    "nelson",
    "oscar",
    "pablo",
    "percy",
    "phillip",
    "rafael",
    "ramon",
    "randall",
    "raphael",
    "reginald",
    "reza",
    "ricardo",
    "roberto",
    "rodney",
    "roland",
    "ruben",
    "rupert",
    "salman",
    "saul",
    "sebastian",
    "sergio",
    "shane",
    "shaun",
    "stefan",
    "sunil",
    "terence",
    "theo",
    "theodore",
    "todd",
    "travis",
    "vernon",
    "victor",
    "vikram",
    "wesley",
    "xavier",
    "yusuf",
    "zach",
]);
static FEMALE_NAMES: WordSet = WordSet::new(&[
    "mary",
    "patricia",
    "jennifer",
    "linda",
    "elizabeth",
    "liz",
    "barbara",
    "susan",
    "jessica",
    "sarah",
    "karen",
    "nancy",
    "lisa",
    "betty",
    "margaret",
    "sandra",
    "kimberly",
    "emily",
    "donna",
    "michelle",
    "dorothy",
    "carol",
    "amanda",
    "melissa",
    "deborah",
    "stephanie",
    "rebecca",
    "sharon",
    "laura",
    "cynthia",
    "kathleen",
    "amy",
    "shirley",
    "angela",
    "helen",
    "anna",
    "anne",
    "ann",
    "brenda",
    "pamela",
    "nicole",
    "emma",
    "samantha",
    "katherine",
    "kate",
    "christine",
    "debra",
    "rachel",
    "catherine",
    "carolyn",
    "janet",
    "ruth",
    "maria",
    "heather",
    "diane",
    "virginia",
    "julie",
    "joyce",
    "victoria",
    "olivia",
    "christina",
    "lauren",
    "joan",
    "evelyn",
    "judith",
    "megan",
    "cheryl",
    "andrea",
    "hannah",
    "martha",
    "jacqueline",
    "frances",
    "gloria",
    "ann",
    "teresa",
    "theresa",
    "kathryn",
    "sara",
    "janice",
    "jean",
    "alice",
    "madison",
    "doris",
    "abigail",
    "julia",
    "judy",
    "grace",
    "denise",
    "amber",
    "marilyn",
    "beverly",
    "danielle",
    "theresa",
    "sophia",
    "marie",
    "diana",
    "brittany",
    "natalie",
    "isabella",
    "charlotte",
    "rose",
    "alexis",
    "kayla",
    "hillary",
    "nicola",
    "nikki",
    "harriet",
    "yvette",
    "priti",
    "suella",
    "kemi",
    "angela",
    "ursula",
    "kamala",
    "nancy",
    "elizabeth",
    "jacinda",
    "caroline",
    "penny",
    "andrea",
    "esther",
    "sadiq",
    "tulip",
    "diane",
    "emily",
    "rebecca",
    "jess",
    "jessica",
    "lucy",
    "sally",
    "sue",
    "jane",
    "jan",
    "jill",
    "carly",
    "sarah",
    "huma",
    "chelsea",
    "michele",
    "condoleezza",
    "madeleine",
    "hope",
    "kellyanne",
    "patricia",
    "tessa",
    "margaret",
    "ruth",
    "clare",
    "claire",
    "fiona",
    "gillian",
    "harriet",
    "leanne",
    "mhairi",
    "nadine",
    "natasha",
    "patsy",
    "shami",
    "sheila",
    "tracey",
    "tracy",
    "valerie",
    "wendy",
    "yvonne",
    "zoe",
    "louise",
    "lynne",
    "maggie",
    "meg",
    "molly",
    "polly",
    // Short forms and names common in British and Irish news.
    "jenny",
    "jen",
    "lizzie",
    "beth",
    "bess",
    "susie",
    "katie",
    "kathy",
    "cathy",
    "kath",
    "peggy",
    "pam",
    "patty",
    "trish",
    "debbie",
    "deb",
    "jackie",
    "josie",
    "mandy",
    "nell",
    "rosie",
    "tess",
    "tina",
    "val",
    "vicky",
    "abby",
    "annie",
    "becky",
    "bella",
    "cindy",
    "ellie",
    "emmy",
    "fran",
    "gail",
    "gina",
    "lottie",
    "maddie",
    "milly",
    "nora",
    "oona",
    "moira",
    "morag",
    "siobhan",
    "sinead",
    "niamh",
    "aoife",
    "ada",
    "adele",
    "adrienne",
    "agnes",
    "aisha",
    "alexandra",
    "alicia",
    "alison",
    "allison",
    "amelia",
    "ana",
    "angelina",
    "anita",
    "annette",
    "audrey",
    "beatrice",
    "belinda",
    "bethany",
    "bianca",
    "bonnie",
    "bridget",
    "camilla",
    "candace",
    "carla",
    "carmen",
    "cecilia",
    "chloe",
    "clara",
    "claudia",
    "colleen",
    "connie",
    "courtney",
    "daisy",
    "daphne",
    "dolores",
    "edith",
    "eileen",
    "elaine",
    "eleanor",
    "elena",
    "elise",
    "eliza",
    "ella",
    "ellen",
    "eloise",
    "erica",
    "erin",
    "eva",
    "fatima",
    "gabriela",
    "gemma",
    "geraldine",
    "gwen",
    "heidi",
    "helena",
    "hilary",
    "holly",
    "ingrid",
    "irene",
    "isabel",
    "jasmine",
    "jeanne",
    "jenna",
    "joanna",
    "joanne",
    "jocelyn",
    "josephine",
    "juliet",
    "kirsty",
    "kristen",
    "kristin",
    "leah",
    "leila",
    "lena",
    "lindsay",
    "lorraine",
    "lydia",
    "marian",
    "marina",
    "marion",
    "marjorie",
    "maureen",
    "melanie",
    "melinda",
    "meredith",
    "mia",
    "mildred",
    "miriam",
    "monica",
    "nadia",
    "naomi",
    "nina",
    "norma",
    "paula",
    "pauline",
    "penelope",
    "phoebe",
    "phyllis",
    "priscilla",
    "rita",
    "roberta",
    "rosa",
    "rosemary",
    "sabrina",
    "sienna",
    "sofia",
    "sonia",
    "sophie",
    "stacey",
    "stella",
    "suzanne",
    "sylvia",
    "tamara",
    "tanya",
    "tiffany",
    "vanessa",
    "vera",
    "veronica",
    "vivian",
    "yasmin",
    "zooey",
]);

fn strip_dot(w: &str) -> &str {
    w.strip_suffix('.').unwrap_or(w)
}

/// A cue's subject as the article names the person, without the words the sentence put before
/// the name: `But Mr Peston` → `Mr Peston`, `Harrogate Mr Kennedy` (from `Speaking in Harrogate
/// Mr Kennedy said`) → `Mr Kennedy`. Mentions are listed as the forms a speaker went by.
pub fn as_written(mention: &str) -> &str {
    let ws: Vec<(usize, &str)> = mention
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let lead = ws
        .iter()
        .take_while(|(_, w)| FUNCTION_WORDS.contains(w) && !["The", "A", "An"].contains(w))
        .count();
    let honorific = ws
        .iter()
        .skip(lead)
        .position(|(_, w)| honorific_gender(w).is_some())
        .map(|k| k + lead);
    let from = match honorific {
        Some(h) if h > lead && ws[lead..h].iter().all(|(_, w)| !is_role_noun(w)) => h,
        _ => lead,
    };
    ws.get(from)
        .map_or(mention, |&(start, _)| &mention[start..])
}

pub(crate) fn honorific_gender(word: &str) -> Option<Gender> {
    gender_in(strip_dot(word), &MALE_HONORIFICS, &FEMALE_HONORIFICS)
}

pub(crate) fn is_honorific_or_title(word: &str) -> bool {
    let w = strip_dot(word);
    honorific_gender(w).is_some() || TITLES.contains(&w)
}

pub(crate) fn is_role_noun(word: &str) -> bool {
    let w = word.to_lowercase();
    let w = strip_dot(&w);
    // "co-chairman", "vice-president", "ex-minister": a prefixed post is a post.
    let base = ["co-", "vice-", "deputy-", "ex-"]
        .iter()
        .find_map(|p| w.strip_prefix(p))
        .unwrap_or(w);
    ROLE_NOUNS.contains(&base)
}

pub(crate) fn first_name_gender(first: &str) -> Option<Gender> {
    gender_in(&first.to_lowercase(), &MALE_NAMES, &FEMALE_NAMES)
}

/// A word with its byte span.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Word<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    /// Inside a quotation: never a cue's verb or subject.
    pub quoted: bool,
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Words: runs of letters and digits, holding inner apostrophes, hyphens and dots ("O'Malley",
/// "Johnson’s", "U.S.", "Mr.") so a possessive or an abbreviation stays one word.
pub(crate) fn words(text: &str) -> Vec<Word<'_>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let next_is_word = chars.peek().is_some_and(|&(_, n)| is_word_char(n));
        let inner = matches!(c, '\'' | '\u{2019}' | '-' | '.') && next_is_word;
        if is_word_char(c) || (start.is_some() && inner) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            // A dot right after a one-letter word or a short honorific belongs to it ("J.", "Mr.").
            let mut end = i;
            if c == '.' && is_abbrev(&text[s..i]) {
                end = i + 1;
            }
            out.push(Word {
                start: s,
                end,
                text: &text[s..end],
                quoted: false,
            });
        }
    }
    if let Some(s) = start {
        out.push(Word {
            start: s,
            end: text.len(),
            text: &text[s..],
            quoted: false,
        });
    }
    out
}

fn is_abbrev(w: &str) -> bool {
    (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
        || is_honorific_or_title(w) && w.len() <= 4
        || w.contains('.')
}

pub(crate) fn is_capitalised(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// The word without a possessive ending, and whether it had one.
pub(crate) fn strip_possessive(w: &str) -> (&str, bool) {
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(base) = w.strip_suffix(suffix) {
            if !base.is_empty() {
                return (base, true);
            }
        }
    }
    (w, false)
}

const PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "den", "da", "di", "del", "la", "le", "bin", "al", "el",
];

/// A capitalised run of words: "Labour leader Sir Keir Starmer" gives the run "Sir Keir Starmer".
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameRun<'a> {
    pub start: usize,
    pub end: usize,
    pub words: Vec<&'a str>,
    pub possessive: bool,
}

/// Capitalised runs separated by single spaces; a possessive word closes its run.
pub(crate) fn name_runs(text: &str) -> Vec<NameRun<'_>> {
    let ws = words(text);
    let mut out: Vec<NameRun> = Vec::new();
    let mut cur: Option<NameRun> = None;
    for (k, w) in ws.iter().enumerate() {
        let joined = cur.is_some() && k > 0 && {
            let gap = &text[ws[k - 1].end..w.start];
            gap == " " || gap == "\u{a0}"
        };
        let particle = PARTICLES.contains(&w.text)
            && ws
                .get(k + 1)
                .is_some_and(|n| is_capitalised(n.text) && &text[w.end..n.start] == " ");
        // `Bernard P Achampong`: an initial without its dot inside a name.
        let bare_initial = joined
            && w.text.len() == 1
            && !["I", "A"].contains(&w.text)
            && w.text.chars().all(|c| c.is_ascii_uppercase())
            && ws.get(k + 1).is_some_and(|n| {
                is_capitalised(n.text)
                    && n.text.chars().any(char::is_lowercase)
                    && &text[w.end..n.start] == " "
            });
        let cap = is_capitalised(w.text) && w.text.chars().any(char::is_lowercase)
            || (is_capitalised(w.text) && w.text.chars().count() <= 2 && w.text.ends_with('.'))
            || bare_initial;
        if (cap || (particle && joined)) && !w.text.chars().any(|c| c.is_ascii_digit()) {
            let (base, poss) = strip_possessive(w.text);
            match cur.as_mut() {
                Some(run) if joined => {
                    run.words.push(base);
                    run.end = w.end;
                    run.possessive = poss;
                }
                _ => {
                    if let Some(run) = cur.take() {
                        out.push(run);
                    }
                    cur = Some(NameRun {
                        start: w.start,
                        end: w.end,
                        words: vec![base],
                        possessive: poss,
                    });
                }
            }
            if poss {
                if let Some(run) = cur.take() {
                    out.push(run);
                }
            }
        } else if let Some(run) = cur.take() {
            out.push(run);
        }
    }
    if let Some(run) = cur {
        out.push(run);
    }
    out
}

/// A run split into its parts: "Ukrainian Ambassador Vadym Prystaiko" → title "Ukrainian
/// Ambassador", name ["Vadym", "Prystaiko"].
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct NameParts<'a> {
    pub title: Vec<&'a str>,
    pub name: Vec<&'a str>,
    pub gender: Option<Gender>,
    /// Offset in the run's words where the name starts.
    pub name_at: usize,
}

/// Letters that follow a name (a seat or an honour), never part of it.
const POST_NOMINALS: &[&str] = &[
    "MP", "MEP", "MSP", "MLA", "AM", "QC", "KC", "OBE", "MBE", "CBE",
];

/// Whether `w` is letters that may follow a name ("MP", "QC").
pub(crate) fn is_post_nominal(w: &str) -> bool {
    POST_NOMINALS.contains(&w)
}

/// A title or office word before a name, or a hyphenated compound of them ("Secretary-Treasurer",
/// "Attorney-General", "Editor-in-Chief").
fn is_title_word(w: &str) -> bool {
    let title = |p: &str| is_honorific_or_title(p) || is_role_noun(p);
    if title(w) {
        return true;
    }
    let parts: Vec<&str> = w.split('-').collect();
    match (parts.first(), parts.last()) {
        // "Co-Chairman", "Vice-President": a prefix makes another office of the same kind.
        (Some(a), Some(b)) if parts.len() == 2 && ["Co", "Vice", "Deputy"].contains(a) => title(b),
        (Some(a), Some(b)) if parts.len() >= 2 => {
            title(a)
                && title(b)
                && parts[1..parts.len() - 1]
                    .iter()
                    .all(|p| ["in", "of", "at"].contains(p))
        }
        _ => false,
    }
}

/// "I'd", "We're", "It's": a capitalised contraction opens a sentence; it names nobody.
fn is_contraction(w: &str) -> bool {
    w.split_once(['\'', '\u{2019}'])
        .is_some_and(|(head, tail)| {
            head.chars().count() <= 4
                && ["d", "m", "ve", "ll", "re", "s"].contains(&tail)
                && ["I", "We", "It", "You", "They", "He", "She", "That", "There"].contains(&head)
        })
}

/// "MPs", "MEPs", "CEOs": members of a body, many people who are no one speaker.
fn is_plural_acronym(w: &str) -> bool {
    w.strip_suffix('s')
        .is_some_and(|a| a.chars().count() >= 2 && a.chars().all(|c| c.is_ascii_uppercase()))
}

/// Titles that are also common surnames ("Stephen King", "John Major", "Alexander Pope").
const SURNAME_TITLES: &[&str] = &[
    "King", "Pope", "Bishop", "Judge", "Major", "Marshal", "Dean",
];

pub(crate) fn split_run<'a>(words: &[&'a str]) -> NameParts<'a> {
    let mut lead = 0;
    while lead < words.len() && FUNCTION_WORDS.contains(&words[lead]) {
        lead += 1;
    }
    let mut end = words.len();
    // "Sunil Basra MP", "Ann Lee QC": letters after a name are not a title before one.
    while end > lead + 1 && POST_NOMINALS.contains(&words[end - 1]) {
        end -= 1;
    }
    let words_after = &words[lead..end];
    let mut last_title = words_after.iter().rposition(|w| is_title_word(w));
    // "Amy Pope", "Mr. King": a title word closing a run after a first name or a Mr/Ms is a surname.
    if let Some(t) = last_title {
        if t + 1 == words_after.len() && t > 0 {
            let before = words_after[t - 1];
            // "Labour MP Oona King", "Alexander Pope": titles that are common surnames close a
            // name after any capitalised word that is neither a title nor a place or body.
            let surname_title = SURNAME_TITLES.contains(&words_after[t])
                && !is_title_word(before)
                && !is_not_name_word(before)
                && is_capitalised(before);
            if first_name_gender(before).is_some() || surname_title {
                last_title = words_after[..t - 1].iter().rposition(|w| is_title_word(w));
            } else if honorific_gender(before).is_some() && SURNAME_TITLES.contains(&words_after[t])
            {
                // "Mr King", but "Lord Chancellor" and "Mr President" are offices.
                last_title = Some(t - 1);
            }
        }
    }
    let mut name_at = last_title.map_or(0, |i| i + 1);
    // "House Republican Thomas Massie": the name is what follows the last group or place word.
    if words_after.len() - name_at > 2 {
        if let Some(i) = words_after[name_at..]
            .iter()
            .rposition(|w| is_not_name_word(w))
        {
            if words_after.len() - (name_at + i + 1) >= 2 {
                name_at += i + 1;
            }
        }
    }
    // "support staff union Civicus Neil Harrow": a body's name glued to a person's; the name
    // starts at the first known first name when the run does not open with one.
    // A capitalised particle (`Jamil Al Saadouni`) or a kunya (`Abu Hassan Amer`) is part of
    // the name, though "Al" and "Hassan" are first names too.
    let rest = &words_after[name_at..];
    let particle = |w: &str| {
        PARTICLES.contains(&w.to_lowercase().as_str()) || ["Abu", "Umm", "Ibn"].contains(&w)
    };
    if rest.len() >= 3 && first_name_gender(rest[0]).is_none() && !particle(rest[0]) {
        if let Some(j) = (1..rest.len() - 1)
            .find(|&j| first_name_gender(rest[j]).is_some() && !particle(rest[j]))
        {
            name_at += j;
        }
    }
    let gender = words_after[..name_at]
        .iter()
        .rev()
        .find_map(|w| honorific_gender(w));
    NameParts {
        title: words_after[..name_at].to_vec(),
        name: words_after[name_at..].to_vec(),
        gender,
        name_at: lead + name_at,
    }
}

/// Weekday names, which open sentences ("Monday's vote …") but never name a speaker.
pub(crate) const DAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    // Abbreviated, as e-mail and feed headers print them (`Date: Wed, 6 Feb 2002`); not "Sun",
    // a surname.
    "Mon",
    "Tue",
    "Tues",
    "Wed",
    "Thu",
    "Thur",
    "Thurs",
    "Fri",
    "Sat",
];

/// Month names; not "May", which is also a surname.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    // Abbreviated; not "Jan" or "Jun", which are first names.
    "Feb",
    "Mar",
    "Apr",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

pub(crate) fn is_month_or_day(w: &str) -> bool {
    DAYS.contains(&w) || MONTHS.contains(&w)
}

/// Capitalised words that are not names: places, institutions, parties, dates.
fn is_not_name_word(w: &str) -> bool {
    NOT_NAME_WORDS.contains(&w) || INSTITUTIONS.contains(&w) || is_month_or_day(w)
}

/// Parties and groups that speak as one in news copy: "Republicans said".
static GROUP_SOURCES: WordSet = WordSet::new(&[
    "Republicans",
    "Democrats",
    "Tories",
    "Conservatives",
    "Labour",
    "Liberals",
    "Greens",
    "Nato",
    "NATO",
    "Pentagon",
    "Kremlin",
    "Downing",
    "Whitehall",
]);

/// A group that speaks as one ("the Tories", "the Pentagon").
pub(crate) fn is_group_source(w: &str) -> bool {
    GROUP_SOURCES.contains(w)
}

/// Words no title makes into a person: "Justice Department", "Foreign Office".
static INSTITUTIONS: WordSet = WordSet::new(&[
    "Department",
    "Office",
    "Ministry",
    "Party",
    "Committee",
    "Council",
    "Government",
    "House",
    "Court",
    "Union",
    "Agency",
    "Service",
    "Services",
    "Commission",
    "Authority",
    "Board",
    "Campaign",
    "Administration",
    "Center",
    "Centre",
    "Institute",
    "University",
    "Police",
    "Army",
    "Forces",
    "Senate",
    "Congress",
    "Parliament",
    "Cabinet",
    "Treasury",
    "Bureau",
    "Island",
    "Islands",
    "County",
    "Street",
    "Avenue",
    "Road",
    "Bay",
    "Valley",
    "River",
    "Lake",
    "Beach",
    "Square",
    "Airport",
    "Station",
    "Hospital",
    "College",
    "School",
    "Workers",
    "Teamsters",
    "Local",
    "Employees",
    "Caucus",
    "Digital",
    "Studio",
    "Studios",
    "Systems",
    "Solutions",
    "Technologies",
    "Tech",
    "Software",
    "Consulting",
    "Ventures",
    "Brands",
    "Foods",
    "Motors",
    "Insurance",
    "Airlines",
    "Airways",
    "Records",
    "Pictures",
    "Entertainment",
    "Interactive",
    "Networks",
    "Marketing",
    "Design",
    "Designs",
    "Events",
    "Venues",
]);

/// A single capitalised word that could be someone's surname: no function word, place or group.
pub(crate) fn plausible_surname(w: &str) -> bool {
    !is_not_name_word(w)
        && !FUNCTION_WORDS.contains(&w)
        && !TITLES.contains(&w)
        && w.chars().any(char::is_lowercase)
        && w.chars().count() > 1
}

/// "Jr", "Sr": a generation closing a full name ("Robert P. Casey Jr.") is not its surname.
const GENERATIONS: &[&str] = &["Jr", "Sr"];

/// The name words without a closing generation.
fn without_generation<'a, 'b>(name: &'b [&'a str]) -> &'b [&'a str] {
    match name.split_last() {
        Some((last, rest)) if rest.len() >= 2 && GENERATIONS.contains(&strip_dot(last)) => rest,
        _ => name,
    }
}

/// Whether the name words look like a person's name rather than a place or organisation.
/// `UneBougiePourParis`, `TheLloydGrove`, `BobicFlagShareLike`: words run together, as in a hashtag,
/// a handle or page furniture pasted into the text, turn from lower to upper case more than once;
/// a surname does so once at most ("McDonald", "DeSantis").
fn is_run_together(w: &str) -> bool {
    let turns = w
        .chars()
        .zip(w.chars().skip(1))
        .filter(|(a, b)| a.is_lowercase() && b.is_uppercase())
        .count();
    turns >= 2
}

pub(crate) fn looks_like_person(name: &[&str], has_honorific: bool) -> bool {
    let name = without_generation(name);
    if name.is_empty() || name.len() > 4 || name.iter().any(|w| is_run_together(w)) {
        return false;
    }
    // "Bashing Trump", "Reading Glasses": a gerund opens a phrase, not a name.
    if name.len() >= 2
        && name[0].len() > 4
        && name[0].ends_with("ing")
        && first_name_gender(name[0]).is_none()
    {
        return false;
    }
    // "Obama Hits Clinton", "May Slams Corbyn": a title-case headline repeated in the text, its
    // verb between two names.
    if name.len() >= 3
        && name[1..name.len() - 1]
            .iter()
            .any(|w| HEADLINE_VERBS.contains(w))
    {
        return false;
    }
    // "the Senn Valley Flood Bill", "the Finance Bill": a law, though Bill is a first name.
    if name.len() >= 2 && name.last() == Some(&"Bill") {
        return false;
    }
    let known_first = name.len() >= 2 && first_name_gender(name[0]).is_some();
    let strong = (has_honorific || known_first) && name.len() <= 3;
    let institution = name.iter().any(|w| INSTITUTIONS.contains(w));
    let strong = strong && !institution;
    if !strong
        && name
            .iter()
            .any(|w| is_not_name_word(w) || FUNCTION_WORDS.contains(w))
    {
        return false;
    }
    if name.iter().any(|w| {
        w.chars().count() > 1
            && w.chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
            && !w.contains('.')
    }) {
        return false; // acronyms: NHS, GCHQ
    }
    has_honorific || name.len() >= 2
}

/// Relations that give a person's gender: `Fischer's mother, Adrianne Fischer`, `his brother Tom`.
static FEMALE_KIN: WordSet = WordSet::new(&[
    "mother",
    "mum",
    "mom",
    "wife",
    "daughter",
    "sister",
    "grandmother",
    "granddaughter",
    "aunt",
    "niece",
    "girlfriend",
    "widow",
    "stepmother",
]);
static MALE_KIN: WordSet = WordSet::new(&[
    "father",
    "dad",
    "husband",
    "son",
    "brother",
    "grandfather",
    "grandson",
    "uncle",
    "nephew",
    "boyfriend",
    "widower",
    "stepfather",
    "stepson",
]);

/// The gender a relation gives the name after it, where an unfamiliar first name tells none.
/// `before` is the text before the name.
fn kin_gender(before: &str) -> Option<Gender> {
    let kin = before
        .trim_end()
        .trim_end_matches(',')
        .rsplit(char::is_whitespace)
        .next()?;
    gender_in(kin, &MALE_KIN, &FEMALE_KIN)
}

/// `Male` when `word` is in `male`, else `Female` when in `female` (a name on both lists, such as
/// "Jean", reads as male, as it always has).
fn gender_in(word: &str, male: &WordSet, female: &WordSet) -> Option<Gender> {
    if male.contains(word) {
        Some(Gender::Male)
    } else if female.contains(word) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// Verbs a title-case headline puts between two names (`Obama Hits Clinton on NAFTA`).
static HEADLINE_VERBS: WordSet = WordSet::new(&[
    "Hits",
    "Slams",
    "Blasts",
    "Says",
    "Urges",
    "Backs",
    "Beats",
    "Calls",
    "Warns",
    "Vows",
    "Defends",
    "Attacks",
    "Praises",
    "Rips",
    "Knocks",
    "Rejects",
    "Endorses",
    "Accuses",
    "Mocks",
    "Taunts",
    "Challenges",
    "Joins",
    "Meets",
    "Fires",
    "Sues",
    "Tells",
    "Asks",
]);

/// The parts of a broadcast or advert script that label its lines (`Voice: "…"`).
static SCRIPT_PARTS: WordSet = WordSet::new(&[
    "Voice",
    "Voiceover",
    "Voice-over",
    "VO",
    "Narrator",
    "Announcer",
    "Chyron",
    "Caption",
    "Graphic",
    "Graphics",
    "Onscreen",
    "On-screen",
    "Subtitle",
    "SFX",
]);

/// The entity table of one article.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    pub people: Vec<Person>,
    /// Capitalised words seen first in a sentence or list item (`- Landlords will …`).
    initial: HashSet<String>,
    /// Capitalised words seen anywhere else in running text: names, not just sentence case.
    medial: HashSet<String>,
}

impl Entities {
    /// Builds the table from an article's texts in reading order.
    pub fn from_texts<'a>(texts: impl IntoIterator<Item = &'a str>) -> Entities {
        let mut table = Entities::default();
        for text in texts {
            table.add_text(text);
        }
        table
    }

    fn add_text(&mut self, text: &str) {
        let text = &Self::without_nicknames(text);
        let ws = words(text);
        self.note_capitals(text, &ws);
        // `Good Effective Tutoring`, `Compare Proposals Wisely`: a subheading set in title case
        // names a topic, not a person.
        if is_subheading(text, &ws) {
            return;
        }
        for run in name_runs(text) {
            // `his Christmas Midnight Mass`, `their Annual Review`: a name takes no possessive
            // determiner, so what follows one is a thing or an event.
            let owned = text[..run.start]
                .trim_end()
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| ["his", "her", "their", "its", "our", "my", "your"].contains(&w));
            if owned {
                continue;
            }
            let parts = split_run(&run.words);
            let has_hon =
                !parts.title.is_empty() && parts.title.iter().any(|w| is_honorific_or_title(w));
            // `Michelle, a mother of twins, said`: a vox-pop names a person by a first name and
            // a description of her.
            let vox_pop = parts.title.is_empty()
                && parts.name.len() == 1
                && !run.possessive
                && first_name_gender(parts.name[0]).is_some()
                && [", a ", ", an "]
                    .iter()
                    .any(|a| text[run.end..].starts_with(a));
            if vox_pop {
                let gender = first_name_gender(parts.name[0]);
                self.add_person(&parts.name, gender, Vec::new());
                continue;
            }
            // `Trump's wife, Melania, is …`, `his brother Tom`: a relative named by first name.
            let kin = kin_gender(&text[..run.start]);
            if kin.is_some() && parts.title.is_empty() && parts.name.len() == 1 && !run.possessive {
                self.add_person(&parts.name, kin, Vec::new());
                if let Some(p) = self.people.iter_mut().find(|p| p.name == parts.name[0]) {
                    p.by_first_name = p.first.is_none();
                }
                continue;
            }
            if !looks_like_person(&parts.name, has_hon) || described_as_body(&text[run.end..]) {
                continue;
            }
            let mut roles = Vec::new();
            let title_role: Vec<&str> = parts
                .title
                .iter()
                .copied()
                .filter(|w| {
                    honorific_gender(w).is_none() && !["Dr", "Dr.", "Prof", "Prof."].contains(w)
                })
                .collect();
            let before = role_before(text, &ws, run.start);
            let mut role_words: Vec<String> = before.into_iter().map(str::to_string).collect();
            role_words.extend(title_role.iter().map(|s| s.to_string()));
            if !role_words.is_empty()
                && role_words
                    .iter()
                    .any(|w| is_role_noun(w) || is_honorific_or_title(w))
            {
                roles.push(role_words.join(" "));
            }
            if !run.possessive {
                if let Some(app) = appositive_role(&text[run.end..]) {
                    roles.push(app);
                }
            }
            self.add_person(&parts.name, parts.gender.or(kin), roles);
            if kin.is_some() && parts.name.len() >= 2 {
                let full = parts.name.join(" ");
                if let Some(p) = self.people.iter_mut().find(|p| p.name == full) {
                    p.relative = true;
                }
            }
        }
    }

    /// `Lenny "the Hammer" Cole` → `Lenny Cole`: a nickname set in quotes between a first name and a
    /// surname hides the full name from the table.
    fn without_nicknames(text: &str) -> Cow<'_, str> {
        // Most paragraphs hold no mark after a space: nothing to tokenize.
        if ![" \"", " \u{201c}", " '", " \u{2018}"]
            .iter()
            .any(|m| text.contains(m))
        {
            return Cow::Borrowed(text);
        }
        let ws = words(text);
        let opens = |gap: &str| {
            gap.strip_prefix(' ')
                .is_some_and(|m| ["\"", "\u{201c}", "'", "\u{2018}"].contains(&m))
        };
        let closes = |gap: &str| {
            gap.strip_suffix(' ')
                .is_some_and(|m| ["\"", "\u{201d}", "'", "\u{2019}"].contains(&m))
        };
        let mut cuts: Vec<(usize, usize)> = Vec::new();
        for k in 0..ws.len().saturating_sub(2) {
            if !opens(&text[ws[k].end..ws[k + 1].start]) || first_name_gender(ws[k].text).is_none()
            {
                continue;
            }
            let close = (k + 1..(k + 5).min(ws.len() - 1))
                .find(|&j| closes(&text[ws[j].end..ws[j + 1].start]))
                .filter(|&j| is_capitalised(ws[j + 1].text));
            if let Some(j) = close {
                cuts.push((ws[k].end, ws[j + 1].start));
            }
        }
        if cuts.is_empty() {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for (from, to) in cuts {
            out.push_str(&text[at..from]);
            out.push(' ');
            at = to;
        }
        out.push_str(&text[at..]);
        Cow::Owned(out)
    }

    /// Records where capitalised words stand: first in a sentence or list item, or elsewhere. A
    /// title-case text ("Flooded Homes Get Grants") shows nothing and is skipped.
    fn note_capitals(&mut self, text: &str, ws: &[Word]) {
        let long = |w: &&Word| w.text.chars().count() >= 4;
        let lower = ws
            .iter()
            .filter(long)
            .filter(|w| !is_capitalised(w.text))
            .count();
        let upper = ws
            .iter()
            .filter(long)
            .filter(|w| is_capitalised(w.text))
            .count();
        if lower <= 1 && upper >= 3 {
            return;
        }
        let mut prev_end = 0;
        for (k, w) in ws.iter().enumerate() {
            let gap = text.get(prev_end..w.start).unwrap_or_default();
            prev_end = w.end;
            if !is_capitalised(w.text) {
                continue;
            }
            let word = strip_possessive(w.text).0.to_string();
            if k == 0 || gap.contains(['.', '?', '!', '\u{2022}']) {
                self.initial.insert(word);
            } else {
                self.medial.insert(word);
            }
        }
    }

    /// A capitalised word the article only ever puts first in a sentence or list item: ordinary
    /// sentence case ("Flooded households can …"), not a name.
    pub fn only_initial(&self, word: &str) -> bool {
        self.initial.contains(word) && !self.medial.contains(word)
    }

    /// Adds a person, or what this mention teaches about one already in the table. Past
    /// [`MAX_PEOPLE`] only those already in it learn more.
    fn add_person(&mut self, name: &[&str], gender: Option<Gender>, roles: Vec<String>) {
        // The canonical name ends on the surname, as later mentions ("Mr. Casey") give it.
        let name = without_generation(name);
        let last = name.last().copied().unwrap_or_default().to_string();
        let first = (name.len() >= 2).then(|| name[0].to_string());
        let found = self
            .people
            .iter()
            .position(|p| {
                p.last == last
                    && match (&p.first, &first) {
                        (Some(a), Some(b)) => a == b || ends_the_other(&p.name, name),
                        _ => true,
                    }
            })
            .or_else(|| {
                // `his wife, Jane,` then `Jane Sanders`: the relative's full name.
                let first = first.as_deref()?;
                let i = self
                    .people
                    .iter()
                    .position(|p| p.by_first_name && p.last == first)?;
                let p = &mut self.people[i];
                (p.last, p.by_first_name) = (last.clone(), false);
                Some(i)
            });
        let idx = match found {
            Some(i) => i,
            None if self.people.len() >= MAX_PEOPLE => return,
            None => {
                self.people.push(Person {
                    name: name.join(" "),
                    first: first.clone(),
                    last: last.clone(),
                    gender: None,
                    roles: Vec::new(),
                    by_first_name: false,
                    relative: false,
                });
                self.people.len() - 1
            }
        };
        let p = &mut self.people[idx];
        // A full name met after a bare surname, or one with more words in front (`Emma Roma
        // Jayne` after `Roma Jayne`; not `Loretta E. Lynch` after `Loretta Lynch`), becomes the
        // canonical form.
        let longer = p.first != first && name.len() > p.name.split(' ').count();
        if first.is_some() && (p.first.is_none() || longer) {
            p.first = first.clone();
            p.name = name.join(" ");
        }
        let by_first = p.first.as_deref().and_then(first_name_gender);
        p.gender = p.gender.or(gender).or(by_first);
        for r in roles {
            if !p.roles.contains(&r) {
                p.roles.push(r);
            }
        }
    }

    /// People whose last name (or, after "Sir"/"Dame", first name) is `word`.
    fn by_name_word(&self, word: &str, first_name: bool) -> Option<usize> {
        let hits: Vec<usize> = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                if first_name {
                    p.first.as_deref() == Some(word)
                } else {
                    p.last == word
                }
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }

    /// People holding a role whose words end with `role` ("foreign secretary").
    fn by_role(&self, role: &str) -> Option<usize> {
        let role = role.to_lowercase();
        let hits: Vec<usize> = self
            .people
            .iter()
            .enumerate()
            .filter(|(_, p)| {
                p.roles
                    .iter()
                    .any(|r| holds_office(&r.to_lowercase(), &role))
            })
            .map(|(i, _)| i)
            .collect();
        (hits.len() == 1).then(|| hits[0])
    }
}

/// Words before an office that make it a different post: the Shadow Transport Secretary is not
/// "the Transport Secretary", nor is a former or deputy one.
const OTHER_OFFICE: &[&str] = &[
    "shadow",
    "former",
    "ex",
    "deputy",
    "vice",
    "assistant",
    "junior",
    "under",
    "late",
    "opposition",
];

/// Whether a role the article gave someone (`held`, lower case) is the office `title` names:
/// equal, or `title` qualified only by words that keep the post (`US Transport Secretary`).
fn holds_office(held: &str, title: &str) -> bool {
    if held == title {
        return true;
    }
    let Some(lead) = held.strip_suffix(title) else {
        return false;
    };
    let Some(lead) = lead.strip_suffix(' ') else {
        return false;
    };
    !lead.split([' ', '-']).any(|w| OTHER_OFFICE.contains(&w))
}

/// Role words standing right before a name: "Labour leader", "Ukraine's president".
fn role_before<'a>(text: &'a str, ws: &[Word<'a>], run_start: usize) -> Vec<&'a str> {
    let k = ws.partition_point(|w| w.start < run_start);
    if ws.get(k).is_none_or(|w| w.start != run_start) {
        return Vec::new();
    }
    let mut i = k;
    let mut out: Vec<&str> = Vec::new();
    while i > 0 && out.len() < 5 {
        let w = ws[i - 1];
        let gap = &text[w.end..ws[i].start];
        if gap != " " {
            break;
        }
        let lw = w.text.to_lowercase();
        let stop = [
            "the", "a", "an", "and", "but", "with", "by", "to", "of", "said", "says",
        ];
        // `Earlier Tory leader Michael Howard`, `Meanwhile Labour MP …`: a sentence's opening
        // word is no part of the office.
        let opener = FUNCTION_WORDS.contains(w.text) && !ROLE_MODIFIERS.contains(&lw.as_str());
        if stop.contains(&lw.as_str()) || opener {
            break;
        }
        let modifier = ROLE_MODIFIERS.contains(&lw.as_str()) && !out.is_empty();
        // `environment minister Laura Kemble`: one lower-case noun naming the office's field.
        let field = out.len() == 1
            && is_role_noun(out[0])
            && w.text.chars().all(char::is_lowercase)
            && w.text.len() >= 4
            && !["ed", "ly"].iter().any(|e| lw.ends_with(e));
        let keep = is_role_noun(w.text)
            || modifier
            || field
            || is_honorific_or_title(w.text)
            || (!out.is_empty()
                && (is_capitalised(w.text) || lw.ends_with("'s") || lw.ends_with("\u{2019}s")));
        if !keep {
            break;
        }
        out.insert(0, w.text);
        i -= 1;
    }
    if out
        .iter()
        .any(|w| is_role_noun(w) || is_honorific_or_title(w))
    {
        out
    } else {
        Vec::new()
    }
}

/// Lower-case words that qualify a role: "first minister", "shadow home secretary".
const ROLE_MODIFIERS: &[&str] = &[
    "first",
    "former",
    "deputy",
    "shadow",
    "acting",
    "interim",
    "senior",
    "junior",
    "new",
    "top",
    "chief",
    "foreign",
    "prime",
    "general",
    "vice",
    "executive",
    "national",
    "security",
    "political",
    "home",
    "defence",
    "defense",
    "health",
    "finance",
    "party",
    "opposition",
    "press",
    "communications",
    "campaign",
    "policy",
    "state",
    "labour",
    "council",
    "city",
];

/// ", the US former national security adviser," after a name.
fn appositive_role(after: &str) -> Option<String> {
    let rest = after.strip_prefix(", ")?;
    // Ten words at most: a bounded look keeps a paragraph without punctuation linear.
    let rest = &rest[..rest.floor_char_boundary(400)];
    let end = rest.find([',', '.', ';', '(', '"', '\u{201c}', ')'])?;
    let phrase = &rest[..end];
    let ws: Vec<&str> = phrase.split_whitespace().collect();
    if ws.is_empty() || ws.len() > 10 || !ws.iter().any(|w| is_role_noun(w)) {
        return None;
    }
    let first = ws[0].to_lowercase();
    let phrase = if ["the", "a", "an"].contains(&first.as_str()) {
        ws[1..].join(" ")
    } else if ws
        .iter()
        .all(|w| !is_capitalised(w) || is_role_noun(w) || w.ends_with("'s"))
        || is_role_noun(ws[0])
    {
        ws.join(" ")
    } else {
        return None;
    };
    Some(phrase)
}

/// What a mention resolved to, and by which rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Resolved {
    pub speaker: Option<String>,
    pub role: Option<String>,
    /// "name", "surname", "honorific", "pronoun", "title", "alias", "source", "unresolved",
    /// "sentence-initial" (a lone word the article only puts first in a sentence or list item).
    pub how: &'static str,
    pub person: Option<usize>,
}

impl Resolved {
    pub fn none(how: &'static str) -> Resolved {
        Resolved {
            speaker: None,
            role: None,
            how,
            person: None,
        }
    }
}

/// Abbreviated titles of headlines, expanded before a role is looked up.
const ABBREVIATIONS: &[(&str, &str)] = &[
    ("sec", "secretary"),
    ("pm", "prime minister"),
    ("gov", "governor"),
    ("sen", "senator"),
    ("rep", "representative"),
    ("pres", "president"),
    ("min", "minister"),
    ("chancellor", "chancellor"),
];

const PRONOUNS_M: &[&str] = &["he", "him", "his"];
const PRONOUNS_F: &[&str] = &["she", "her"];

/// The most people one article's table holds. A report names dozens; a text naming thousands is
/// a list or a directory, and every look-up in the table would grow with it (quadratic time over
/// the article). Names past this many resolve as written.
const MAX_PEOPLE: usize = 1_000;

/// Resolution in reading order: the table, plus who has been salient so far.
#[derive(Debug, Clone)]
pub struct Resolver {
    pub entities: Entities,
    /// (person, was a speaker) in the order they were subjects or speakers.
    history: Vec<(usize, bool)>,
    /// Titles learned while reading ("foreign secretary" → the person it stood for).
    aliases: HashMap<String, usize>,
    /// People the quote being attributed names in the third person: a pronoun cue never stands for
    /// them (`"Victor has been good to this club," she said` is not Victor's).
    named_in_quote: Vec<usize>,
    /// Of those, the ones named by an office (`the Prime Minister`, `the prime minister`): a
    /// description cannot stand for them either.
    office_in_quote: Vec<usize>,
    /// An unnamed source ("a Brackwater spokesman", "a spokeswoman for the council") that spoke
    /// after everyone in `history`: the length of `history` then, and the source's gender if the
    /// noun gives one. Its "he added" is its own, not the last named speaker's.
    anonymous: Option<(usize, Option<Gender>)>,
    /// People named anywhere in sentences read so far, latest last, subjects or not.
    mentioned: Vec<usize>,
    /// The people each surname and first name stands for, in table order: a quote's words find
    /// whom it names without a pass over the whole table for each word.
    by_name: HashMap<String, Vec<usize>>,
}

impl Resolver {
    pub fn new(entities: Entities) -> Resolver {
        let mut by_name: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, p) in entities.people.iter().enumerate() {
            for name in std::iter::once(&p.last).chain(p.first.as_ref()) {
                let people = by_name.entry(name.clone()).or_default();
                if !people.contains(&i) {
                    people.push(i);
                }
            }
        }
        Resolver {
            by_name,
            entities,
            history: Vec::new(),
            aliases: HashMap::new(),
            named_in_quote: Vec::new(),
            office_in_quote: Vec::new(),
            anonymous: None,
            mentioned: Vec::new(),
        }
    }

    /// The resolution naming table person `i`.
    pub(crate) fn resolved(&self, i: usize, how: &'static str) -> Resolved {
        let p = &self.entities.people[i];
        Resolved {
            speaker: Some(p.name.clone()),
            role: p.roles.first().cloned(),
            how,
            person: Some(i),
        }
    }

    /// Whether no one has been a subject or speaker yet: the report has named nobody so far.
    pub fn nobody_yet(&self) -> bool {
        self.history.is_empty() && self.mentioned.is_empty()
    }

    /// Whether `person` spoke in the stretch of the report salience looks back over.
    pub fn has_spoken(&self, person: usize) -> bool {
        self.history
            .iter()
            .rev()
            .take(12)
            .any(|&(i, spoke)| i == person && spoke)
    }

    /// Records that a person was the subject of a sentence: they become a pronoun candidate.
    pub fn note_subject(&mut self, person: usize) {
        self.push_history(person, false);
    }

    /// Salience only ever looks back a few sentences, so an endless article keeps a short history.
    fn push_history(&mut self, person: usize, spoke: bool) {
        if self.history.len() >= 256 {
            self.history.drain(..128);
        }
        self.history.push((person, spoke));
    }

    /// Sets the people a pronoun cue cannot stand for: those named (first name, surname or an
    /// office the report gave them) in the quote being attributed, and in the words the pronoun
    /// governs. `"Victor has been good to this club," she said`, `she told Dr Carrick`, `he argued
    /// the Shadow Transport Secretary had …`: a pronoun and a name it governs are never one person.
    /// Cleared by passing no texts.
    pub fn set_excluded(&mut self, texts: &[&str]) {
        self.named_in_quote.clear();
        self.office_in_quote.clear();
        for text in texts {
            for w in words(text) {
                let (w, _) = strip_possessive(w.text);
                if !is_capitalised(w) || w.chars().count() < 2 {
                    continue;
                }
                for &i in self.by_name.get(w).into_iter().flatten() {
                    if !self.named_in_quote.contains(&i) {
                        self.named_in_quote.push(i);
                    }
                }
            }
            // `the prime minister` in lower case, once the report has said who that is.
            let lower = format!(
                " {} ",
                words(text)
                    .iter()
                    .map(|w| w.text.to_lowercase())
                    .collect::<Vec<_>>()
                    .join(" ")
            );
            for (title, &i) in &self.aliases {
                if lower.contains(&format!(" the {title} ")) && !self.office_in_quote.contains(&i) {
                    self.office_in_quote.push(i);
                }
            }
            for run in name_runs(text) {
                let title = expand_title(&run.words);
                let office = self
                    .entities
                    .by_role(&title)
                    .or_else(|| self.aliases.get(&title).copied());
                if let Some(i) = office.filter(|i| !self.office_in_quote.contains(i)) {
                    self.office_in_quote.push(i);
                }
            }
        }
        self.named_in_quote
            .extend(self.office_in_quote.iter().copied());
    }

    /// Records the known people a sentence names in any position: a last resort for an office
    /// nobody has been given yet.
    pub fn note_mentions(&mut self, sentence: &str) {
        for run in name_runs(sentence) {
            if let Some(i) = self.lookup_name(&run.words.join(" ")) {
                self.mentioned.retain(|&m| m != i);
                self.mentioned.push(i);
            }
        }
    }

    /// Records that the report said a person was absent or silent: they stop being a pronoun
    /// candidate until they are a subject or speaker again.
    pub fn note_silent(&mut self, person: usize) {
        self.history.retain(|&(i, _)| i != person);
    }

    /// Records that an unnamed source spoke, if `subject` (a cue's subject, or the words before a
    /// speech verb) names one: "a spokeswoman for the council", "a Brackwater spokesman".
    pub fn note_anonymous(&mut self, subject: &str) {
        if let Some(g) = anonymous_source(subject) {
            self.anonymous = Some((self.history.len(), g));
        }
    }

    /// Records who spoke: the strongest pronoun candidate.
    pub fn note_speaker(&mut self, r: &Resolved) {
        if let Some(i) = r.person {
            self.push_history(i, true);
        }
    }

    /// The person a capitalised mention in running text stands for, if the table knows one.
    pub fn lookup_name(&self, mention: &str) -> Option<usize> {
        let ws: Vec<&str> = mention
            .split_whitespace()
            .map(|w| strip_possessive(w).0)
            .collect();
        let parts = split_run(&ws);
        self.person_by_parts(&parts)
    }

    fn person_by_parts(&self, parts: &NameParts) -> Option<usize> {
        let name = without_generation(&parts.name);
        let last = name.last()?;
        if name.len() >= 2 {
            let first = name[0];
            if let Some(i) = self.entities.people.iter().position(|p| {
                &p.last == last
                    && (p.first.as_deref().is_none_or(|f| f == first)
                        || ends_the_other(&p.name, name))
            }) {
                return Some(i);
            }
        }
        // "Sir Keir" names by first name; "Ms Truss" by surname.
        let knighted = parts
            .title
            .last()
            .is_some_and(|t| ["Sir", "Dame", "Lord", "Lady"].contains(&strip_dot(t)));
        if knighted && name.len() == 1 {
            if let Some(i) = self.entities.by_name_word(last, true) {
                return Some(i);
            }
        }
        self.entities
            .by_name_word(last, false)
            .or_else(|| {
                // Two people share the surname: the one the report was last about, else the first
                // met. A bare surname is not a relative's (`Falk` after `Falk's mother, Adra
                // Falk`) while the person the story is about shares it.
                let mut holders: Vec<usize> = (0..self.entities.people.len())
                    .filter(|&i| &self.entities.people[i].last == last)
                    .collect();
                let people = &self.entities.people;
                if parts.title.is_empty() && holders.iter().any(|&i| !people[i].relative) {
                    holders.retain(|&i| !people[i].relative);
                }
                self.latest_of(&holders)
                    .or_else(|| holders.first().copied())
            })
            // `Mr Begg's father, Azmat, said`: a lone word that is nobody's surname but one
            // person's first name is that person. Not a country's name: `Israel said` is the
            // state speaking, not Israel Katz.
            .or_else(|| {
                (name.len() == 1 && parts.title.is_empty() && !NOT_NAME_WORDS.contains(last))
                    .then(|| self.entities.by_name_word(last, true))
                    .flatten()
            })
    }

    /// Of `people`, the one the report was most recently about.
    fn latest_of(&self, people: &[usize]) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .map(|&(i, _)| i)
            .find(|i| people.contains(i))
    }

    /// Resolves a cue's subject as written: a pronoun, a name, a title, or a described source.
    pub fn resolve(&mut self, mention: &str) -> Resolved {
        let (mut r, described) = self.resolve_inner(mention);
        if r.speaker.is_none() {
            self.note_anonymous(mention);
        }
        if r.role.is_none() && r.speaker.is_some() {
            r.role = described;
        }
        r
    }

    /// The resolution, plus the description that led into the name, if any ("politics student").
    fn resolve_inner(&mut self, mention: &str) -> (Resolved, Option<String>) {
        let mut described = None;
        let r = self.resolve_words(mention, &mut described);
        (r, described)
    }

    fn resolve_words(&mut self, mention: &str, described: &mut Option<String>) -> Resolved {
        let m = mention.trim().trim_matches(|c: char| c == ',' || c == '.');
        // `@harwickmayor tweeted`: an account, named as the platform names it.
        if m.len() > 1 && m.starts_with('@') && !m.contains(char::is_whitespace) {
            return Resolved {
                speaker: Some(m.to_string()),
                role: None,
                how: "handle",
                person: None,
            };
        }
        // `Voice: "…"`, `Female Narrator: "…"`: a part of a script, not a person.
        let script = m.split_whitespace().count() <= 2
            && m.split_whitespace()
                .last()
                .is_some_and(|w| SCRIPT_PARTS.contains(&w));
        if script {
            return Resolved::none("script-part");
        }
        // "Scotland's justice minister": an office of a place or body the table holds no person
        // for is "the justice minister".
        if let Some((owner, rest)) = m.split_once(' ') {
            let (base, possessive) = strip_possessive(owner);
            let office = !rest.split_whitespace().any(is_capitalised)
                && rest.split_whitespace().last().is_some_and(is_role_noun);
            if possessive && is_capitalised(base) && office && self.lookup_name(base).is_none() {
                return self.resolve_words(&format!("the {rest}"), described);
            }
        }
        // "the Tory MP for Sleaford and North Hykeham": an office for a place is the office.
        let office_for_place = m.split_once(" for ").map(|(office, _)| office).filter(|o| {
            o.to_lowercase().starts_with("the ")
                && o.split_whitespace().last().is_some_and(is_role_noun)
        });
        // "the Ealing North MP": a seat's member, described by the seat.
        let member_for_seat = m.to_lowercase().starts_with("the ")
            && m.split_whitespace().count() >= 3
            && m.split_whitespace().last().is_some_and(is_post_nominal);
        let office = office_for_place.or(member_for_seat.then_some(m));
        if let Some(office) = office {
            // Lower case, so that "Opposition" is read as the office's word, not a name.
            return self.resolve_words(&office.to_lowercase(), described);
        }
        // "the Archbishop of Canterbury", "the Duke of Edinburgh": a title of a place is the
        // person the article gives that title to, or nobody named; never the place.
        let title_of_place = m
            .split_once(" of ")
            .filter(|(t, p)| {
                t.split_whitespace().last().is_some_and(is_honorific_or_title)
                    && p.split_whitespace().all(is_capitalised)
                    // `Secretary of State John Kerry` names him after the office.
                    && self.lookup_name(p).is_none()
            })
            .is_some();
        if title_of_place {
            let office = m.trim_start_matches("the ").trim_start_matches("The ");
            return match self.entities.by_role(&office.to_lowercase()) {
                Some(i) => self.resolved(i, "title"),
                None => Resolved::none("office"),
            };
        }
        let lower = m.to_lowercase();
        // "a spokesman", "an aide": someone the article leaves unnamed, never the named holder
        // of the same office.
        let indefinite = ["a ", "an "].iter().any(|a| lower.starts_with(a))
            && !m.split_whitespace().skip(1).any(is_capitalised)
            && m.split_whitespace().last().is_some_and(is_role_noun);
        if indefinite {
            return Resolved::none("unnamed");
        }
        if PRONOUNS_M.contains(&lower.as_str()) {
            return self.pronoun(Gender::Male);
        }
        if PRONOUNS_F.contains(&lower.as_str()) {
            return self.pronoun(Gender::Female);
        }
        if ["but", "and", "yet", "when"].contains(&lower.as_str()) {
            return self.elided_subject();
        }
        if ["they", "we", "i", "you", "it", "who", "which", "that"].contains(&lower.as_str()) {
            return Resolved::none("unresolved");
        }
        // `Will wrote`, `While Will acknowledges`, `King says`: a known surname that is also a
        // function word or a title ("Will", "King") is the person, once the words before it are
        // only function words.
        if let Some((last, lead)) = m.split_whitespace().collect::<Vec<_>>().split_last() {
            let ambiguous = FUNCTION_WORDS.contains(last) || is_title_word(last);
            if ambiguous && lead.iter().all(|w| FUNCTION_WORDS.contains(w)) {
                if let Some(i) = self.entities.by_name_word(last, false) {
                    return self.resolved(i, "surname");
                }
            }
        }
        let mut ws: Vec<&str> = m
            .split_whitespace()
            .map(|w| strip_possessive(w).0)
            .collect();
        // "Clinton ally James Carville": the name is the capitalised run after the last lower-case
        // word of the description.
        if let Some(cut) = ws
            .iter()
            .rposition(|w| !is_capitalised(w) && !PARTICLES.contains(w))
        {
            let tail = &ws[cut + 1..];
            let determiner = ["the", "a", "an"].contains(&ws[cut]);
            if tail.len() >= 2
                || (tail.len() == 1 && (!determiner || (cut > 0 && is_capitalised(ws[0]))))
            {
                let lead: Vec<&str> = ws[..=cut]
                    .iter()
                    .copied()
                    .filter(|w| !["the", "a", "an"].contains(w))
                    .collect();
                // "A spokeswoman for Senn Valley Water": the name is whom the source speaks for.
                let speaks_for = lead
                    .last()
                    .is_some_and(|w| ["for", "of", "at", "from"].contains(w));
                if speaks_for && anonymous_source(&lead.join(" ")).is_some() {
                    return Resolved::none("anonymous");
                }
                if !lead.is_empty() {
                    *described = Some(lead.join(" "));
                }
                ws = tail.to_vec();
            }
        }
        let body: Vec<&str> = match ws.first().map(|w| w.to_lowercase()) {
            Some(f) if ["the", "a", "an"].contains(&f.as_str()) => ws[1..].to_vec(),
            _ => ws.clone(),
        };
        if body.is_empty() {
            return Resolved::none("unresolved");
        }
        let definite = ws.first().is_some_and(|w| w.eq_ignore_ascii_case("the"));
        let parts = split_run(&body);
        if parts.name.iter().any(|w| is_run_together(w)) {
            return Resolved::none("not-a-source");
        }
        // `Edwina von Gal`: a particle inside the name is part of it.
        let named = parts.name.last().is_some_and(|w| is_capitalised(w))
            && parts
                .name
                .iter()
                .all(|w| is_capitalised(w) || PARTICLES.contains(w));
        if named {
            if let Some(i) = self.person_by_parts(&parts) {
                let how = if parts.name.len() >= 2 {
                    "name"
                } else if parts.title.is_empty() {
                    "surname"
                } else {
                    "honorific"
                };
                return self.resolved(i, how);
            }
            if looks_like_person(&parts.name, !parts.title.is_empty())
                || parts.name.len() == 1 && !definite
            {
                // A person or source the table has not met as a full name: keep it as written.
                let speaker = without_generation(&parts.name).join(" ");
                let lone = parts.name[0];
                let no_source = parts.name.len() == 1
                    && (FUNCTION_WORDS.contains(&lone)
                        || lone.chars().count() < 2
                        || lone.ends_with("ly")
                        || lone.contains('-')
                        || is_contraction(lone)
                        || is_plural_acronym(lone)
                        || is_month_or_day(lone)
                        || (is_not_name_word(lone)
                            && !lone.chars().all(|c| c.is_uppercase())
                            && !GROUP_SOURCES.contains(&lone)));
                if no_source {
                    return Resolved::none("not-a-source");
                }
                // `- Flooded households can claim …`: a lone word that only ever opens a sentence
                // or list item may be plain sentence case, not a name (a group that speaks as one
                // and an acronym are names). It is kept as written but marked, so that only a
                // speech verb makes it a speaker (`Aides said`), never the `subject` rule or a
                // list item (see `crate::quotes`).
                let sentence_case = parts.name.len() == 1
                    && parts.title.is_empty()
                    && self.entities.only_initial(lone)
                    && !GROUP_SOURCES.contains(&lone)
                    && !lone.chars().all(|c| c.is_uppercase() || !c.is_alphabetic());
                if sentence_case {
                    return Resolved {
                        speaker: Some(speaker),
                        role: None,
                        how: "sentence-initial",
                        person: None,
                    };
                }
                if parts.name.len() == 1 && is_not_name_word(parts.name[0]) && !definite {
                    return Resolved {
                        speaker: Some(speaker),
                        role: None,
                        how: "source",
                        person: None,
                    };
                }
                return Resolved {
                    speaker: Some(speaker),
                    role: (!parts.title.is_empty()).then(|| parts.title.join(" ")),
                    how: if looks_like_person(&parts.name, !parts.title.is_empty()) {
                        "name-unlisted"
                    } else {
                        "source"
                    },
                    person: None,
                };
            }
            // A named organisation as the source: "CBS News reported", "the White House said".
            let institutional = parts.title.is_empty()
                && (2..=5).contains(&parts.name.len())
                && !parts
                    .name
                    .iter()
                    .any(|w| FUNCTION_WORDS.contains(w) || is_month_or_day(w));
            if institutional {
                return Resolved {
                    speaker: Some(parts.name.join(" ")),
                    role: None,
                    how: "source",
                    person: None,
                };
            }
        }
        // A title: "the Foreign Secretary", "Foreign Sec", "the senator".
        let title = expand_title(&body);
        if body.iter().any(|w| is_title_word(w)) || title != body.join(" ").to_lowercase() {
            if let Some(i) = self.entities.by_role(&title) {
                return self.resolved(i, "title");
            }
            if let Some(&i) = self.aliases.get(&title) {
                return self.resolved(i, "alias");
            }
            // A capitalised office ("the Foreign Secretary") nobody holds in the table stands for the
            // person the report is about: the latest speaker.
            let capital_title =
                body.iter().all(|w| is_capitalised(w)) && (definite || body.len() >= 2);
            if capital_title {
                let latest = self
                    .history
                    .iter()
                    .rev()
                    .find(|(_, spoke)| *spoke)
                    .or_else(|| self.history.last());
                // Someone the article already gave another office ("Labour leader") is not it.
                // A seat ("the Opposition MP") goes with any office; a post does not.
                let seat = body.last().is_some_and(|w| is_seat(w));
                // A party alone ("Tory Liam Fox") is no office, and a seat ("councillor Tom
                // Hadley") goes with any post.
                let free = |i: usize| {
                    seat || self.entities.people[i].roles.iter().all(|r| {
                        let affiliation = !r.split([' ', '-']).any(is_title_word)
                            || r.split_whitespace().last().is_some_and(is_seat);
                        let r = r.to_lowercase();
                        affiliation || holds_office(&r, &title) || title.ends_with(&r)
                    })
                };
                if let Some(&(i, _)) = latest.filter(|&&(i, _)| free(i)) {
                    self.aliases.insert(title.clone(), i);
                    // The office is now known to be theirs: later quotes carry it as their role.
                    let office = body.join(" ");
                    let roles = &mut self.entities.people[i].roles;
                    if !roles.contains(&office) {
                        roles.insert(0, office.clone());
                    }
                    let mut r = self.resolved(i, "title-salient");
                    r.role = Some(office);
                    return r;
                }
            }
            // `the cabinet member described it as …`: a description repeating words of an office
            // the report gave someone ("cabinet member for the environment") is that person, even
            // where its head alone ("member") could be anyone.
            if definite && !capital_title && body.len() >= 2 {
                let said = body.join(" ").to_lowercase();
                let phrase = format!(" {said} ");
                // Not a post that words the description lacks make another one ("deputy").
                let same_post = |r: &str| {
                    r.split([' ', '-'])
                        .all(|w| !OTHER_OFFICE.contains(&w) || said.split(' ').any(|s| s == w))
                };
                let holders: Vec<usize> = (0..self.entities.people.len())
                    .filter(|&i| {
                        self.entities.people[i].roles.iter().any(|r| {
                            let r = r.to_lowercase();
                            format!(" {r} ").contains(&phrase) && same_post(&r)
                        })
                    })
                    .collect();
                let recent = self.latest_of(&holders);
                if let Some(i) = recent.or_else(|| (holders.len() == 1).then(|| holders[0])) {
                    return self.resolved(i, "description-role");
                }
            }
            // `the union leader told reporters`, `the former minister said:` — a lower-case office
            // with "the" points back at someone the report just named: the recent person holding
            // an office with that head word, else the latest subject or speaker. Anonymous
            // sources ("the spokesman", "the official") point at nobody named.
            let head = body
                .last()
                .map(|w| strip_dot(&w.to_lowercase()).to_string())
                .filter(|h| {
                    ROLE_NOUNS.contains(&h.as_str()) && !ANONYMOUS_ROLES.contains(&h.as_str())
                });
            if let Some(head) = head.filter(|_| definite && !capital_title) {
                // Not someone the quote talks about: `"I don't see why the prime minister has to
                // get involved," the Spectator editor said` is not the prime minister's.
                let recent: Vec<usize> = self
                    .history
                    .iter()
                    .rev()
                    .take(6)
                    .map(|&(i, _)| i)
                    .filter(|i| !self.office_in_quote.contains(i))
                    .collect();
                let roles = |i: usize| {
                    self.entities.people[i]
                        .roles
                        .iter()
                        .map(|r| r.to_lowercase())
                        .collect::<Vec<_>>()
                };
                // `the prime minister` is not the environment minister just named, nor the deputy
                // prime minister: a role fits when it has the head, every word of the field, and
                // no word making it another post (deputy, shadow, former) that the words lack.
                // A seat's words name a place, not another post: "the Ealing North MP".
                let seat = is_seat(&head);
                let field: Vec<String> = body[..body.len() - 1]
                    .iter()
                    .filter(|_| !seat)
                    .map(|w| w.to_lowercase())
                    .collect();
                // A bare office ("President Musharraf") says nothing of its field, so it fits
                // any ("the Pakistani president").
                let fits = |r: &str| {
                    let ws: Vec<&str> = r.split([' ', '-']).collect();
                    let bare = ws.iter().all(|w| *w == head);
                    ws.contains(&head.as_str())
                        && (bare || field.iter().all(|f| ws.contains(&f.as_str())))
                        && ws
                            .iter()
                            .all(|w| !OTHER_OFFICE.contains(w) || field.iter().any(|f| f == w))
                };
                let holds = |i: usize| roles(i).iter().any(|r| fits(r));
                // A head of government is one person: someone given any other post ("Tory
                // chairman Liam Fox") is not "the prime minister". A lesser description ("the
                // union leader") may reword the post it points back at, so only the head word
                // counts there. A seat ("Labour MP") goes with any post.
                let said = body.join(" ").to_lowercase();
                let top = [
                    "prime minister",
                    "first minister",
                    "chancellor",
                    "president",
                    "premier",
                    "mayor",
                ]
                .iter()
                .any(|t| said.ends_with(t));
                let other_office = |i: usize| {
                    let posted = roles(i).iter().any(|r| {
                        r.split_whitespace().any(|w| w == head)
                            || top
                                && r.split([' ', '-']).any(is_title_word)
                                && !r.split_whitespace().last().is_some_and(is_seat)
                    });
                    posted && !holds(i)
                };
                let pick = recent
                    .iter()
                    .copied()
                    .find(|&i| holds(i) && !other_office(i))
                    .or_else(|| recent.iter().copied().find(|&i| !other_office(i)))
                    // Someone only named so far (`walked the wall with Edwin Marlow. The prime
                    // minister said …`), when every subject holds another office.
                    .or_else(|| {
                        let taken = recent.iter().any(|&i| other_office(i));
                        self.mentioned
                            .iter()
                            .rev()
                            .copied()
                            .find(|&i| taken && !other_office(i) && !recent.contains(&i))
                    });
                if let Some(i) = pick {
                    // One person holds a top office: a quote that names it talks about them.
                    if top {
                        self.aliases.insert(said, i);
                    }
                    return self.resolved(i, "description-salient");
                }
            }
        }
        Resolved::none("description")
    }

    /// Whether person `i` could be referred to as he/she (`mention`): not known to be the other gender.
    pub fn pronoun_fits(&self, i: usize, mention: &str) -> bool {
        let g = match mention.to_lowercase().as_str() {
            "he" | "him" | "his" => Gender::Male,
            "she" | "her" => Gender::Female,
            _ => return false,
        };
        self.entities
            .people
            .get(i)
            .is_some_and(|p| p.gender.is_none_or(|pg| pg == g))
    }

    /// He/she: the most recent subject or speaker who can be that gender. Someone whose gender the
    /// text never showed ("Professor Idris Kalu", "Manager Kieran Doyle") is as good a candidate as
    /// a known one: passing them over for an older "Mr X" hands the quote to a person the report
    /// has moved away from. Once a pronoun lands on them, their gender is known from then on, so a
    /// later "she" does not also go to a man.
    fn pronoun(&mut self, g: Gender) -> Resolved {
        if self.anonymous_holds(Some(g)) {
            return Resolved::none("pronoun-anonymous");
        }
        match self.latest(Some(g)) {
            Some(i) => {
                let how = if self.entities.people[i].gender.is_some() {
                    "pronoun"
                } else {
                    "pronoun-ungendered"
                };
                self.entities.people[i].gender = Some(g);
                self.resolved(i, how)
            }
            None => Resolved::none("pronoun-unresolved"),
        }
    }

    /// `But told BBC News: "…"`, `And continued: "…"`: a cue whose subject the copy dropped. It
    /// stands where a pronoun would, for the person the report is following, of either gender.
    fn elided_subject(&mut self) -> Resolved {
        if self.anonymous_holds(None) {
            return Resolved::none("elided-anonymous");
        }
        match self.latest(None) {
            Some(i) => self.resolved(i, "elided-subject"),
            None => Resolved::none("elided-unresolved"),
        }
    }

    /// Whether an unnamed source of gender `g` (any, for `None`) came after every named person.
    fn anonymous_holds(&self, g: Option<Gender>) -> bool {
        self.anonymous.is_some_and(|(at, ag)| {
            at >= self.history.len() && (g.is_none() || ag.is_none_or(|ag| Some(ag) == g))
        })
    }

    /// The most recent subject or speaker who can be gender `g` and is not named inside the quote.
    fn latest(&self, g: Option<Gender>) -> Option<usize> {
        self.history
            .iter()
            .rev()
            .take(12)
            .map(|&(i, _)| i)
            .filter(|i| !self.named_in_quote.contains(i))
            .find(|&i| g.is_none_or(|g| self.entities.people[i].gender.is_none_or(|pg| pg == g)))
    }
}

/// Whether words name an unnamed source ("a spokeswoman for the council", "officials"), and the
/// source's gender where the noun gives one.
pub(crate) fn anonymous_source(subject: &str) -> Option<Option<Gender>> {
    let lower = subject.to_lowercase();
    if lower.contains("spokesman") {
        Some(Some(Gender::Male))
    } else if lower.contains("spokeswoman") {
        Some(Some(Gender::Female))
    } else if lower.contains("spokesperson") || lower.contains("official") {
        Some(None)
    } else {
        None
    }
}

/// Whether the words after a name describe it as an organisation (`Castellan Venues, the company
/// that wants the hall`): then it is no person, whatever its words look like.
fn described_as_body(after: &str) -> bool {
    let Some(rest) = after.strip_prefix(", ") else {
        return false;
    };
    let mut ws = rest.split_whitespace();
    let det = ws.next().unwrap_or_default();
    let head = ws.next().unwrap_or_default().trim_end_matches([',', '.']);
    ["the", "a", "an"].contains(&det)
        && [
            "company",
            "firm",
            "group",
            "charity",
            "organisation",
            "organization",
            "business",
            "chain",
            "retailer",
            "developer",
            "brand",
            "band",
            "club",
            "agency",
            "startup",
        ]
        .contains(&head)
}

/// A short line in title case without a full stop (`Compare Proposals Wisely`, `What is Good
/// Effective Tutoring?`): a subheading or a product's name.
pub(crate) fn is_subheading(text: &str, ws: &[Word]) -> bool {
    let t = text.trim();
    let caps = ws.iter().filter(|w| is_capitalised(w.text)).count();
    !t.ends_with(['.', '!', ':', '"', '\u{201d}', '\'', '\u{2019}', ')'])
        && (2..=8).contains(&ws.len())
        && caps + 1 >= ws.len()
        && caps >= 2
}

/// Whether one name's words end the other's, two words or more: `Roma Jayne` and `Emma Roma
/// Jayne`, `Le Clair` and `Craig Le Clair` are one person.
fn ends_the_other(known: &str, name: &[&str]) -> bool {
    let known: Vec<&str> = known.split(' ').collect();
    let (short, long) = if known.len() <= name.len() {
        (&known[..], name)
    } else {
        (name, &known[..])
    };
    short.len() >= 2 && short.len() < long.len() && long.ends_with(short)
}

/// Whether an office word is an elected seat ("MP", "councillor"): a seat goes with any other
/// post, and the words before it name a place ("the Ealing North MP"), not another office.
fn is_seat(word: &str) -> bool {
    [
        "mp",
        "backbencher",
        "mep",
        "msp",
        "councillor",
        "senator",
        "congressman",
        "congresswoman",
    ]
    .contains(&strip_dot(&word.to_lowercase()))
}

/// "Foreign Sec" → "foreign secretary".
fn expand_title(words: &[&str]) -> String {
    words
        .iter()
        .map(|w| {
            let lw = strip_dot(w).to_lowercase();
            ABBREVIATIONS
                .iter()
                .find(|(a, _)| *a == lw)
                .map_or(lw.clone(), |(_, full)| full.to_string())
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Names across an archive: maps a surname alone, or any shorter form, to the one full name the
/// archive knows with that last name.
///
/// The indexer builds it once from every resolved speaker of every article
/// (`NameIndex::new(all_speakers)`), then passes each speaker through [`NameIndex::canonicalize`]
/// before writing the quote document. A surname maps to a full name only when exactly one full
/// name in the archive ends with it, so "Truss" becomes "Liz Truss" but "Johnson" stays "Johnson"
/// when the archive has both "Boris Johnson" and "Lyndon Johnson". Case and honorifics are
/// ignored when matching; the returned form is the full name as first given to the index.
#[derive(Debug, Clone, Default)]
pub struct NameIndex {
    /// lower-case last name → distinct full names with it.
    by_last: HashMap<String, Vec<String>>,
}

impl NameIndex {
    pub fn new<I, S>(names: I) -> NameIndex
    where
        I: IntoIterator<Item = S>,
        S: AsRef<str>,
    {
        let mut index = NameIndex::default();
        for name in names {
            index.add(name.as_ref());
        }
        index
    }

    /// Adds one name; names of one word are only ever looked up, never targets.
    pub fn add(&mut self, name: &str) {
        let parts = name_words(name);
        if parts.len() < 2 {
            return;
        }
        let full = parts.join(" ");
        let Some(last) = parts.last() else { return };
        let slot = self.by_last.entry(last.to_lowercase()).or_default();
        if !slot.iter().any(|n| n.eq_ignore_ascii_case(&full)) {
            slot.push(full);
        }
    }

    /// The archive's full name for `name`, or `name` unchanged when it is already full or the
    /// archive knows no single full name it could stand for.
    pub fn canonicalize(&self, name: &str) -> String {
        let parts = name_words(name);
        let Some(last) = parts.last() else {
            return name.to_string();
        };
        let Some(fulls) = self.by_last.get(&last.to_lowercase()) else {
            return name.to_string();
        };
        let candidates: Vec<&String> = fulls
            .iter()
            .filter(|f| {
                parts.len() < 2
                    || f.split_whitespace()
                        .next()
                        .is_some_and(|first| first.eq_ignore_ascii_case(parts[0]))
            })
            .collect();
        match candidates.as_slice() {
            [one] => (*one).clone(),
            _ => name.to_string(),
        }
    }
}

/// A name without honorifics and titles: "Sir Keir Starmer" → ["Keir", "Starmer"].
fn name_words(name: &str) -> Vec<&str> {
    let ws: Vec<&str> = name.split_whitespace().collect();
    split_run(&ws).name
}

/// Convenience form of [`NameIndex`]: canonicalises `name` against `known` full names.
pub fn canonicalize<S: AsRef<str>>(known: &[S], name: &str) -> String {
    NameIndex::new(known.iter().map(AsRef::as_ref)).canonicalize(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Entities {
        Entities::from_texts([text])
    }

    #[test]
    fn a_mention_as_written_leaves_the_sentence_before_the_name() {
        assert_eq!(as_written("But Mr Peston"), "Mr Peston");
        assert_eq!(as_written("Harrogate Mr Kennedy"), "Mr Kennedy");
        assert_eq!(as_written("Meanwhile the chancellor"), "the chancellor");
        assert_eq!(as_written("The chancellor"), "The chancellor");
        assert_eq!(as_written("Labour MP Mr Ode"), "Labour MP Mr Ode");
        assert_eq!(as_written("Ann Lee"), "Ann Lee");
        assert_eq!(as_written("But"), "But");
    }

    #[test]
    fn roles_before_and_after_names() {
        let t = table(
            "Transport chief Dame Nora Pike met Mayor Ali Reza. Sam Ode, the city's former housing adviser, agreed. Wales's first minister Cai Bryn spoke.",
        );
        let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Nora Pike", "Ali Reza", "Sam Ode", "Cai Bryn"]);
        assert_eq!(t.people[0].roles, vec!["Transport chief"]);
        assert_eq!(t.people[0].gender, Some(Gender::Female));
        assert_eq!(t.people[1].roles, vec!["Mayor"]);
        assert_eq!(t.people[2].roles, vec!["city's former housing adviser"]);
        assert_eq!(t.people[3].roles, vec!["Wales's first minister"]);
    }

    #[test]
    fn a_nationality_before_a_name_is_no_part_of_it() {
        let t = table("The paper said Australian Lynton Crosby had advised the party.");
        let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Lynton Crosby"]);
    }

    #[test]
    fn a_name_ending_another_is_the_same_person() {
        let t = table(
            "Emma Roma Jayne lost weight. Roma Jayne said so. Craig Le Clair spoke. Le Clair agreed. Jamil Al Saadouni and Abu Hassan Amer waited. Loretta Lynch and Loretta E. Lynch met.",
        );
        let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Emma Roma Jayne",
                "Craig Le Clair",
                "Jamil Al Saadouni",
                "Abu Hassan Amer",
                "Loretta Lynch"
            ]
        );
        let mut r = Resolver::new(t);
        assert_eq!(
            r.resolve("Roma Jayne").speaker.as_deref(),
            Some("Emma Roma Jayne")
        );
    }

    #[test]
    fn first_names_tell_gender_but_unisex_ones_do_not() {
        assert_eq!(first_name_gender("Kamala"), Some(Gender::Female));
        assert_eq!(first_name_gender("Leonard"), Some(Gender::Male));
        for unisex in ["Terry", "Jordan", "Kim", "Ashley"] {
            assert_eq!(first_name_gender(unisex), None, "{unisex}");
        }
        // A caucus is no person, whatever its first word.
        assert!(table("The Montana Freedom Caucus met.").people.is_empty());
    }

    #[test]
    fn an_initial_without_its_dot_stays_in_the_name() {
        let t = table("Bernard P Achampong runs a studio. What I Learned About Sound is his book.");
        let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Bernard P Achampong"]);
    }

    #[test]
    fn places_and_groups_are_not_people() {
        let t = table(
            "The Harbour Council met in North Fenwick. The Green Party and Rail Office agreed.",
        );
        assert!(t.people.is_empty(), "{:?}", t.people);
    }

    #[test]
    fn a_relative_met_by_first_name_takes_the_full_name_given_later() {
        let t = table("His wife, Jane, spoke first. Later Jane Quill agreed. His son Tom stayed.");
        let names: Vec<(&str, Option<Gender>)> = t
            .people
            .iter()
            .map(|p| (p.name.as_str(), p.gender))
            .collect();
        assert_eq!(
            names,
            [
                ("Jane Quill", Some(Gender::Female)),
                ("Tom", Some(Gender::Male))
            ]
        );
    }

    #[test]
    fn a_headline_repeated_in_the_text_is_no_person() {
        let mut r = Resolver::new(table(
            "Quill Hits Ost on Rail Support\n\nHARWICK: Senator Mina Ost spoke on Monday.",
        ));
        let names: Vec<&str> = r.entities.people.iter().map(|p| p.name.as_str()).collect();
        assert!(!names.contains(&"Quill Hits Ost"), "{names:?}");
        assert_eq!(r.resolve("Ost").speaker.as_deref(), Some("Mina Ost"));
    }

    #[test]
    fn a_country_is_not_the_person_it_is_a_first_name_of() {
        let mut r = Resolver::new(table("Israel Katz spoke. Azmat Begg replied."));
        assert_ne!(r.resolve("Israel").speaker.as_deref(), Some("Israel Katz"));
        assert_eq!(r.resolve("Azmat").speaker.as_deref(), Some("Azmat Begg"));
    }

    #[test]
    fn honorifics_and_surnames() {
        let mut r = Resolver::new(table("Sir Ravi Menon spoke. Ms Okoro Dunne replied."));
        assert_eq!(r.resolve("Sir Ravi").speaker.as_deref(), Some("Ravi Menon"));
        assert_eq!(
            r.resolve("Ms Dunne").speaker.as_deref(),
            Some("Okoro Dunne")
        );
        assert_eq!(r.resolve("Menon").speaker.as_deref(), Some("Ravi Menon"));
        assert_eq!(r.entities.people[1].gender, Some(Gender::Female));
    }

    #[test]
    fn a_title_word_after_mr_or_ms_is_a_surname() {
        let mut r = Resolver::new(table("Tom Bishop and Mary King spoke."));
        assert_eq!(
            r.resolve("Mr. Bishop").speaker.as_deref(),
            Some("Tom Bishop")
        );
        assert_eq!(r.resolve("Ms King").speaker.as_deref(), Some("Mary King"));
    }

    #[test]
    fn a_surname_that_is_also_a_function_word() {
        let mut r = Resolver::new(table("Columnist Tom Will wrote again."));
        assert_eq!(r.resolve("Will").speaker.as_deref(), Some("Tom Will"));
        assert_eq!(r.resolve("While Will").speaker.as_deref(), Some("Tom Will"));
        let mut r = Resolver::new(table("Tennis star Mary Jo King spoke."));
        assert_eq!(r.resolve("King").speaker.as_deref(), Some("Mary Jo King"));
    }

    #[test]
    fn a_hyphenated_office_is_a_title() {
        let t = table("Harbour Pilots Union Secretary-Treasurer Olu Brandt spoke.");
        let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Olu Brandt"]);
        let t = table("Port Gazette Editor-in-Chief Olu Brandt spoke.");
        let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Olu Brandt"]);
    }

    #[test]
    fn a_generation_suffix_keeps_the_person_and_their_surname() {
        let mut r = Resolver::new(table("Sen. Olu P. Brandt Jr. spoke at the port."));
        let names: Vec<&str> = r.entities.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Olu P. Brandt"]);
        assert_eq!(
            r.resolve("Sen. Olu P. Brandt Jr").speaker.as_deref(),
            Some("Olu P. Brandt")
        );
        assert_eq!(
            r.resolve("Mr. Brandt").speaker.as_deref(),
            Some("Olu P. Brandt")
        );
    }

    #[test]
    fn neither_and_either_open_no_name() {
        let t = table("Neither Olu Brandt nor Ana Ruiz spoke. Either Tom Ode or Bo Chan will.");
        let names: Vec<&str> = t.people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, vec!["Olu Brandt", "Ana Ruiz", "Tom Ode", "Bo Chan"]);
    }

    #[test]
    fn words_run_together_are_no_name() {
        let mut r = Resolver::new(table("Ana McDonald and Tom DeSantis spoke."));
        assert_eq!(
            r.resolve("McDonald").speaker.as_deref(),
            Some("Ana McDonald")
        );
        assert_eq!(r.resolve("UneBougiePourHove").speaker, None);
        assert_eq!(r.resolve("Olu BrandtFlagShareLike Ruiz").speaker, None);
    }

    #[test]
    fn pronouns_follow_gendered_salience() {
        let mut r = Resolver::new(table("Mrs Ada Vale met Mr Tom Hale."));
        let ada = r.resolve("Mrs Ada Vale");
        r.note_speaker(&ada);
        r.note_subject(1);
        assert_eq!(r.resolve("she").speaker.as_deref(), Some("Ada Vale"));
        assert_eq!(r.resolve("he").speaker.as_deref(), Some("Tom Hale"));
        assert_eq!(r.resolve("they").speaker, None);
    }

    #[test]
    fn capital_titles_stand_for_the_latest_speaker_and_are_remembered() {
        let mut r = Resolver::new(table("Ada Vale will speak."));
        let ada = r.resolve("Ada Vale");
        r.note_speaker(&ada);
        let t = r.resolve("the Home Secretary");
        assert_eq!(t.speaker.as_deref(), Some("Ada Vale"));
        assert_eq!(r.resolve("Home Sec").speaker.as_deref(), Some("Ada Vale"));
        assert_eq!(r.resolve("a spokesman").speaker, None);
    }

    #[test]
    fn a_title_never_goes_to_someone_holding_another_office() {
        let mut r = Resolver::new(table("Labour leader Sir Ravi Menon spoke."));
        let ravi = r.resolve("Sir Ravi Menon");
        r.note_speaker(&ravi);
        assert_eq!(r.resolve("the Prime Minister").speaker, None);
    }

    #[test]
    fn unlisted_sources_are_kept_as_written() {
        let mut r = Resolver::new(Entities::default());
        assert_eq!(r.resolve("Graham").speaker.as_deref(), Some("Graham"));
        assert_eq!(r.resolve("the minister").speaker, None);
    }

    #[test]
    fn words_that_only_open_sentences_are_marked() {
        let t = Entities::from_texts([
            "Stranded drivers may \"apply\" again. Quillby said so.",
            "- Tenants must show a \"plan\".",
            "The warden met Quillby and Rotherwood Rail. Aides spoke.",
            "Dinghy Makers Get Grants In Bold Scheme",
        ]);
        assert!(t.only_initial("Stranded"));
        assert!(t.only_initial("Tenants"));
        assert!(t.only_initial("Aides"));
        // Met mid-sentence too: a name. A title-case headline shows nothing.
        assert!(!t.only_initial("Quillby"));
        assert!(!t.only_initial("Makers"));
        assert!(!t.only_initial("Grants"));
        let mut r = Resolver::new(t);
        let got = r.resolve("Tenants");
        assert_eq!(got.how, "sentence-initial");
        assert_eq!(got.speaker.as_deref(), Some("Tenants"));
        assert_eq!(r.resolve("Quillby").how, "source");
    }

    #[test]
    fn a_nickname_does_not_hide_the_full_name() {
        assert_eq!(
            Entities::without_nicknames("He played Lenny \"the Hammer\" Cole and won."),
            "He played Lenny Cole and won."
        );
        let t = Entities::from_texts(["He played Lenny \u{201c}the Hammer\u{201d} Cole."]);
        assert!(t.people.iter().any(|p| p.name == "Lenny Cole"));
        // Not a nickname: a quote after a name that opens the next words.
        assert_eq!(
            Entities::without_nicknames("Said Ann \"yes\" to it."),
            "Said Ann \"yes\" to it."
        );
    }

    #[test]
    fn descriptions_before_a_name_are_dropped() {
        let mut r = Resolver::new(Entities::default());
        let got = r.resolve("Harbour ally James Pell");
        assert_eq!(got.speaker.as_deref(), Some("James Pell"));
        assert_eq!(r.resolve("Friday").speaker, None);
        assert_eq!(r.resolve("Unfortunately").speaker, None);
        // `Date: Wed, 6 Feb 2002`: a header's abbreviated day and month.
        assert_eq!(r.resolve("Wed").speaker, None);
        assert_eq!(r.resolve("Feb").speaker, None);
        // A contraction opens a sentence; members of a body are many people.
        assert_eq!(r.resolve("I'd").speaker, None);
        assert_eq!(r.resolve("We\u{2019}re").speaker, None);
        assert_eq!(r.resolve("MPs").speaker, None);
        assert_eq!(r.resolve("NATO").speaker.as_deref(), Some("NATO"));
    }

    #[test]
    fn a_shared_surname_goes_to_the_salient_holder() {
        let mut r = Resolver::new(table("Ann Vale and Tom Vale arrived."));
        r.note_subject(1);
        assert_eq!(r.resolve("Vale").speaker.as_deref(), Some("Tom Vale"));
    }

    #[test]
    fn a_lone_first_name_is_its_only_holder() {
        let mut r = Resolver::new(table("Azmat Begg and Ann Vale arrived. Tom Azmat left."));
        // "Azmat" is a surname here too: the surname wins.
        assert_eq!(r.resolve("Azmat").speaker.as_deref(), Some("Tom Azmat"));
        assert_eq!(r.resolve("Ann").speaker.as_deref(), Some("Ann Vale"));
        let mut r = Resolver::new(table("Ann Vale and Ann Lee arrived."));
        assert_eq!(r.resolve("Ann").person, None);
    }

    #[test]
    fn name_index_maps_unique_surnames_only() {
        let idx = NameIndex::new([
            "Liz Truss",
            "Boris Johnson",
            "Lyndon Johnson",
            "Ms Liz Truss",
        ]);
        assert_eq!(idx.canonicalize("Truss"), "Liz Truss");
        assert_eq!(idx.canonicalize("Ms Truss"), "Liz Truss");
        assert_eq!(idx.canonicalize("Johnson"), "Johnson");
        assert_eq!(idx.canonicalize("Boris Johnson"), "Boris Johnson");
        assert_eq!(idx.canonicalize("Nobody"), "Nobody");
        assert_eq!(canonicalize(&["Ada Vale"], "Vale"), "Ada Vale");
    }

    #[test]
    fn words_keep_possessives_and_initials() {
        let ws: Vec<&str> = words("Johnson\u{2019}s plan, J. Smith's U.S. trip.")
            .iter()
            .map(|w| w.text)
            .collect();
        assert_eq!(
            ws,
            vec!["Johnson\u{2019}s", "plan", "J.", "Smith's", "U.S.", "trip"]
        );
    }
}

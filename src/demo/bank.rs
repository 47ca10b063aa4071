//! Phrase bank for the demo workspace, written for teacher-eval.
//!
//! Pure data: schools, educator and evaluator names, subjects and lesson
//! topics, evidence-note templates for classroom teachers (Danielson
//! component ids 1a-4f) and for educational technology coordinators
//! (edtech-coordinator component ids), rating rationales, and conference
//! and reflection texts. The `teacher-eval demo` generator combines these
//! into a sample workspace.
//!
//! Placeholders in braces are filled in by the generator:
//! `{topic}` lesson topic, `{student}` and `{student2}` students' first
//! names, `{n}` a small number (2-9), `{count}` a class size (12-32),
//! `{minutes}` a duration (2-15); in [`RATIONALES`] only, also
//! `{component}` (component name), `{level}` (level name) and `{time}`
//! (a clock time such as 10:14).
//!
//! Every text here was written for teacher-eval; none of it quotes the
//! official Danielson rubric.

/// How a note was captured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoteKind {
    /// Words spoken by the educator or a learner, in quotation marks.
    Quote,
    /// Something the evaluator saw happen.
    Action,
    /// A document or record the evaluator looked at (plan, log, gradebook, report).
    Artifact,
    /// The evaluator's own remark or something said to the evaluator.
    EvaluatorNote,
}

/// One evidence note pattern.
pub struct NoteTemplate {
    /// Components this note is evidence for (ids valid in the rubric it is used with). May be empty for a few untagged notes.
    pub components: &'static [&'static str],
    /// How the note was captured.
    pub kind: NoteKind,
    /// The note text with placeholders (see below).
    pub text: &'static str,
}

/// A school in the demo district.
pub struct School {
    /// The school's name as it appears in the workspace.
    pub name: &'static str,
    /// Which grades the school serves.
    pub level: Level,
}

/// School level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Kindergarten through grade 5.
    Elementary,
    /// Grades 6 through 8.
    Middle,
    /// Grades 9 through 12.
    High,
}

/// Schools of the demo district: six elementary, four middle and four high schools.
pub const SCHOOLS: &[School] = &[
    School {
        name: "Maple Grove Elementary",
        level: Level::Elementary,
    },
    School {
        name: "Cedar Ridge Elementary",
        level: Level::Elementary,
    },
    School {
        name: "Lincoln Park Elementary",
        level: Level::Elementary,
    },
    School {
        name: "Escuela Primaria Benito Juárez",
        level: Level::Elementary,
    },
    School {
        name: "Riverbend Elementary",
        level: Level::Elementary,
    },
    School {
        name: "Sunnyside Elementary",
        level: Level::Elementary,
    },
    School {
        name: "Jefferson Middle School",
        level: Level::Middle,
    },
    School {
        name: "César Chávez Middle School",
        level: Level::Middle,
    },
    School {
        name: "Pine Hollow Middle School",
        level: Level::Middle,
    },
    School {
        name: "Eastlake Middle School",
        level: Level::Middle,
    },
    School {
        name: "Harbor View High School",
        level: Level::High,
    },
    School {
        name: "Westfield High School",
        level: Level::High,
    },
    School {
        name: "Northgate High School",
        level: Level::High,
    },
    School {
        name: "Lakeside High School",
        level: Level::High,
    },
];

/// Given names from many languages, with their proper diacritics.
pub const GIVEN_NAMES: &[&str] = &[
    // Vietnamese
    "Thị Hương",
    "Văn Đức",
    "Ngọc Ánh",
    "Minh Tuấn",
    "Thu Trang",
    "Quốc Bảo",
    // Polish
    "Małgorzata",
    "Zbigniew",
    "Łukasz",
    "Agnieszka",
    "Wojciech",
    "Krzysztof",
    "Grażyna",
    // Nordic
    "Søren",
    "Åsa",
    "Björn",
    "Ingrid",
    "Sigríður",
    "Þórdís",
    "Jørgen",
    "Astrid",
    "Guðrún",
    // Spanish and Portuguese
    "José",
    "María José",
    "Joaquín",
    "João",
    "Conceição",
    "Inés",
    "Ramón",
    "Lucía",
    "Sebastián",
    "Begoña",
    // French
    "François",
    "Hélène",
    "Zoë",
    "Amélie",
    "Jérôme",
    "Gaëlle",
    // German
    "Jürgen",
    "Käthe",
    "Jörg",
    "Matthias",
    "Lena",
    // Turkish
    "Ayşe",
    "Çağlar",
    "İlker",
    "Gülşen",
    "Emre",
    // Irish
    "Siobhán",
    "Pádraig",
    "Aoife",
    "Seán",
    "Niamh",
    // Czech
    "Jiří",
    "Radka",
    "Tomáš",
    "Kateřina",
    // Igbo, Yoruba, Zulu
    "Chiamaka",
    "Adebayo",
    "Thandiwe",
    "Oluwaseun",
    "Ngozi",
    "Sipho",
    "Chinedu",
    "Nomvula",
    // Hawaiian
    "Kalani",
    "Leilani",
    "Keoni",
    "Noelani",
    "Makana",
    // Māori
    "Aroha",
    "Hēmi",
    "Tāmati",
    "Wiremu",
    "Mere",
    // Greek
    "Dimitrios",
    "Eleni",
    "Georgios",
    "Katerina",
    "Nikos",
    // Indian
    "Priya",
    "Arjun",
    "Ananya",
    "Rohan",
    "Lakshmi",
    "Vikram",
    // Chinese (pinyin)
    "Wei",
    "Xiùyīng",
    "Lìhuá",
    "Zhìmíng",
    "Yún",
    // Korean
    "Ji-woo",
    "Min-jun",
    "Seo-yeon",
    "Hyun-woo",
    // Arabic
    "Yusuf",
    "Layla",
    "Omar",
    "Fatima",
    "Karim",
    "Nour",
    "Amira",
    // Japanese
    "Haruto",
    "Yuki",
    "Kenji",
    // Hungarian, Finnish, Latvian, Croatian, Romanian
    "Zsófia",
    "Väinö",
    "Jānis",
    "Ivana",
    "Ștefan",
    // Hebrew, Filipino, Swahili, Russian
    "Noa",
    "Maricel",
    "Amani",
    "Natalya",
    // English
    "Emily",
    "Marcus",
    "Sarah",
    "David",
    "Jennifer",
    "Michael",
    "Rebecca",
    "Tyler",
    "Megan",
    "Brian",
    "Heather",
    "Christopher",
    "Jasmine",
    "DeShawn",
];

/// Family names from the same spread of languages.
pub const FAMILY_NAMES: &[&str] = &[
    // Vietnamese
    "Nguyễn",
    "Trần",
    "Phạm",
    "Lê",
    "Hoàng",
    "Võ",
    "Đặng",
    "Bùi",
    // Polish
    "Wójcik",
    "Kowalczyk",
    "Łukasiewicz",
    "Brzęczyszczykiewicz",
    "Zieliński",
    "Wiśniewska",
    // Nordic
    "Kjær",
    "Ødegård",
    "Lindqvist",
    "Þórsdóttir",
    "Sigurðsson",
    "Åkesson",
    "Søndergaard",
    "Björklund",
    "Halvorsen",
    // Spanish and Portuguese
    "Ramírez",
    "Gonçalves",
    "Hernández",
    "Gutiérrez",
    "Muñoz",
    "Peña",
    "Magalhães",
    "Araújo",
    "Castañeda",
    "Ibáñez",
    // French
    "Lefèvre",
    "Dubois",
    "Béranger",
    "Lemaître",
    "Desrosiers",
    // German
    "Müller",
    "Schröder",
    "Hoffmann",
    "Köhler",
    "Weiß",
    // Turkish
    "Yılmaz",
    "Şahin",
    "Öztürk",
    "Çelik",
    "Doğan",
    // Irish
    "Ní Bhriain",
    "O'Connor",
    "Ó Súilleabháin",
    "Ó Dónaill",
    "McNamara",
    // Czech
    "Dvořák",
    "Novotná",
    "Procházka",
    "Kučera",
    "Černý",
    // Igbo, Yoruba, Zulu
    "Okafor",
    "Dlamini",
    "Adeyemi",
    "Okonkwo",
    "Nwosu",
    "Ndlovu",
    "Mthembu",
    "Balogun",
    // Hawaiian
    "Akana",
    "Kahananui",
    "Kealoha",
    "Kamakau",
    // Māori
    "Pōmare",
    "Ngata",
    "Parata",
    "Te Rangi",
    // Greek
    "Papadopoulos",
    "Georgiou",
    "Konstantinidis",
    "Alexiou",
    // Indian
    "Raghunathan",
    "Patel",
    "Iyer",
    "Chatterjee",
    "Reddy",
    "Krishnamurthy",
    // Chinese (pinyin)
    "Zhāng",
    "Wáng",
    "Lǐ",
    "Chén",
    "Liú",
    "Huáng",
    // Korean
    "Kim",
    "Park",
    "Choi",
    "Lee",
    // Arabic
    "Haddad",
    "Al-Masri",
    "Nasser",
    "Khoury",
    "Mansour",
    // Japanese
    "Tanaka",
    "Satō",
    "Yamamoto",
    // Hungarian, Finnish, Croatian, Romanian
    "Szabó",
    "Tóth",
    "Mäkinen",
    "Kovačević",
    "Popescu",
    // Hebrew, Filipino, Swahili
    "Cohen",
    "Mizrahi",
    "Santos",
    "Dela Cruz",
    "Otieno",
    "Mwangi",
    // English
    "Johnson",
    "Smith",
    "Williams",
    "Brown",
    "Miller",
    "Davis",
    "Anderson",
    "Thompson",
    "Carter",
    "Robinson",
    "Walker",
    "Bennett",
];

/// Principals and assistant principals who write the evaluations.
pub const EVALUATORS: &[&str] = &[
    "Dr. Renée Castellanos",
    "Marcus Whitfield",
    "Dr. Ngozi Adeyemi-Clarke",
    "Søren Halvorsen",
    "Patricia Okonkwo",
    "Dr. Jesús Villaseñor",
    "Mai Hoàng",
    "Dr. Anneliese Brückner",
    "Kainoa Kealoha",
    "Dr. Aisha Rahman",
    "Thomas Brennan",
    "Gabriela Muñoz-Ortiz",
    "Dr. Kwame Mensah",
    "Ingrid Lindqvist",
];

/// Assignments for elementary teachers.
pub const SUBJECTS_ELEMENTARY: &[&str] = &[
    "Kindergarten",
    "Grade 1 (all subjects)",
    "Grade 2 (all subjects)",
    "Grade 3 (all subjects)",
    "Grade 4 (all subjects)",
    "Grade 5 (all subjects)",
    "Grade 2 Dual Language (Spanish)",
    "Grade 4 Math Intervention",
    "K-5 Reading Intervention",
    "Elementary Art",
    "Elementary Music",
    "K-5 Physical Education (PE)",
];

/// Assignments for middle school teachers.
pub const SUBJECTS_MIDDLE: &[&str] = &[
    "Grade 6 Math",
    "Grade 7 Math",
    "Grade 8 Pre-Algebra (Math)",
    "Grade 6 Science",
    "Grade 7 Science",
    "Grade 7 ELA (Reading and Writing)",
    "Grade 8 ELA (Reading and Writing)",
    "Grade 8 US History",
    "Grade 6 World History",
    "Spanish I",
    "Music: Concert Band",
    "Middle School Art",
];

/// Assignments for high school teachers.
pub const SUBJECTS_HIGH: &[&str] = &[
    "Algebra I (Math)",
    "Geometry (Math)",
    "AP Calculus AB (Math)",
    "Biology (Science)",
    "AP Biology (Science)",
    "Chemistry (Science)",
    "English 10 (Reading and Writing)",
    "AP US History",
    "World History",
    "Spanish II",
    "AP Computer Science Principles",
    "Health and PE",
];

/// Lesson topics by subject keyword, ordered roughly from the early grades to high school.
pub const TOPICS: &[(&str, &[&str])] = &[
    (
        "math",
        &[
            "counting on to add within 20",
            "place value to 1,000",
            "equivalent fractions",
            "area of rectangles",
            "ratios and unit rates",
            "solving two-step equations",
            "slope as rate of change",
            "proving triangles congruent",
        ],
    ),
    (
        "science",
        &[
            "the life cycle of a butterfly",
            "states of matter",
            "the water cycle",
            "food webs",
            "Newton's laws of motion",
            "cell structure and function",
            "natural selection",
            "balancing chemical equations",
        ],
    ),
    (
        "reading",
        &[
            "retelling a story in order",
            "finding the main idea",
            "making inferences from text clues",
            "character traits and motivation",
            "comparing two texts on the same topic",
            "analyzing an author's argument",
            "theme in a short story",
        ],
    ),
    (
        "writing",
        &[
            "writing a complete sentence",
            "personal narrative openings",
            "opinion paragraphs with reasons",
            "using transition words",
            "citing evidence in an argument",
            "revising for voice and word choice",
            "the literary analysis essay",
        ],
    ),
    (
        "history",
        &[
            "community helpers and local government",
            "Indigenous peoples of our region",
            "the Mesopotamian river valleys",
            "causes of the American Revolution",
            "the Constitutional Convention",
            "the Civil Rights Movement",
            "primary and secondary sources",
            "the causes of World War I",
        ],
    ),
    (
        "spanish",
        &[
            "greetings and introductions",
            "describing family members",
            "telling time",
            "ordering food at a restaurant",
            "the preterite tense",
            "daily routines with reflexive verbs",
        ],
    ),
    (
        "art",
        &[
            "primary and secondary colors",
            "texture rubbings",
            "one-point perspective",
            "self-portraits",
            "clay pinch pots",
            "critiquing artwork with evidence",
        ],
    ),
    (
        "music",
        &[
            "steady beat and rhythm",
            "reading quarter and eighth notes",
            "singing in rounds",
            "dynamics in a concert piece",
            "sight-reading a new section",
            "balance and blend in ensemble playing",
        ],
    ),
    (
        "pe",
        &[
            "locomotor skills",
            "throwing and catching",
            "cooperative games",
            "dribbling and passing in soccer",
            "heart rate and fitness zones",
            "volleyball serving",
        ],
    ),
    (
        "computer",
        &[
            "keyboarding posture",
            "staying safe online",
            "sequencing with block code",
            "loops and conditionals",
            "evaluating online sources",
            "spreadsheets and charts",
            "binary and data representation",
            "debugging a program",
        ],
    ),
];

/// Evidence notes for classroom teachers, tagged with Danielson component ids (1a-4f).
pub const TEACHER_NOTES: &[NoteTemplate] = &[
    // ---- Domain 1: planning and preparation (plans, artifacts, remarks) ----
    NoteTemplate {
        components: &["1a"],
        kind: NoteKind::Artifact,
        text: "Lesson plan names the most common misconception about {topic} and a planned question to bring it out.",
    },
    NoteTemplate {
        components: &["1a", "3a"],
        kind: NoteKind::Action,
        text: "T's worked example for {topic} contains a content error; Ss copy it into notes. Not corrected before end of period.",
    },
    NoteTemplate {
        components: &["1a"],
        kind: NoteKind::EvaluatorNote,
        text: "Before class T explains how {topic} connects to last year's standard and to the next unit.",
    },
    NoteTemplate {
        components: &["1a"],
        kind: NoteKind::Artifact,
        text: "Answer key for the {topic} practice set has 2 incorrect answers.",
    },
    NoteTemplate {
        components: &["1a", "1e"],
        kind: NoteKind::EvaluatorNote,
        text: "Asked why this approach, T says it is the order the textbook uses; no other strategy for {topic} named.",
    },
    NoteTemplate {
        components: &["1a"],
        kind: NoteKind::Artifact,
        text: "Plan lists prerequisite skills for {topic} and a 3-question warm-up to check them.",
    },
    NoteTemplate {
        components: &["1b"],
        kind: NoteKind::Artifact,
        text: "Plan lists reading levels for each group and names {n} Ss with IEP accommodations (extended time, read-aloud).",
    },
    NoteTemplate {
        components: &["1b"],
        kind: NoteKind::EvaluatorNote,
        text: "T mentions {student} is new to the school and has not had {topic} before; catch-up session planned during intervention block.",
    },
    NoteTemplate {
        components: &["1b", "2e"],
        kind: NoteKind::Artifact,
        text: "Seating chart annotated with English language proficiency levels and S interests.",
    },
    NoteTemplate {
        components: &["1b"],
        kind: NoteKind::EvaluatorNote,
        text: "Asked which Ss have 504 plans, T is unsure and refers to the office file.",
    },
    NoteTemplate {
        components: &["1b"],
        kind: NoteKind::Artifact,
        text: "Interest survey from September in planning binder; today's examples draw on soccer, cooking and video games from the survey.",
    },
    NoteTemplate {
        components: &["1b", "1e"],
        kind: NoteKind::Artifact,
        text: "Plan treats the class as a single group; no mention of the {n} English learners or IEP accommodations.",
    },
    NoteTemplate {
        components: &["1c"],
        kind: NoteKind::Artifact,
        text: "Objective posted and in plan: \"I can explain {topic} using a model.\" Matches grade-level standard.",
    },
    NoteTemplate {
        components: &["1c"],
        kind: NoteKind::Artifact,
        text: "Plan objective is an activity (\"complete workbook pages 42-43\") rather than what Ss will learn.",
    },
    NoteTemplate {
        components: &["1c", "1b"],
        kind: NoteKind::Artifact,
        text: "Plan has a skill outcome and a reasoning outcome for {topic}, plus an adjusted outcome for Ss needing support.",
    },
    NoteTemplate {
        components: &["1c", "3a"],
        kind: NoteKind::EvaluatorNote,
        text: "No objective posted or stated. Asked, 2 Ss describe the purpose as \"finishing the packet.\"",
    },
    NoteTemplate {
        components: &["1c"],
        kind: NoteKind::Artifact,
        text: "Unit map sequences outcomes over 3 weeks toward a culminating task; today's outcome is clearly placed in it.",
    },
    NoteTemplate {
        components: &["1d"],
        kind: NoteKind::Artifact,
        text: "Plan lists manipulatives, leveled texts and a short district library video on {topic}.",
    },
    NoteTemplate {
        components: &["1d"],
        kind: NoteKind::EvaluatorNote,
        text: "T has arranged a guest speaker from the county water department for next week.",
    },
    NoteTemplate {
        components: &["1d"],
        kind: NoteKind::Artifact,
        text: "Only resource named in the plan is the textbook chapter.",
    },
    NoteTemplate {
        components: &["1d"],
        kind: NoteKind::EvaluatorNote,
        text: "T describes using the district item bank and a free museum virtual tour to extend {topic}.",
    },
    NoteTemplate {
        components: &["1d", "1b"],
        kind: NoteKind::Artifact,
        text: "Plan references audio versions of the text and bilingual glossaries for Ss who use them.",
    },
    NoteTemplate {
        components: &["1e"],
        kind: NoteKind::Artifact,
        text: "Plan moves from concrete to abstract: hands-on materials, then drawings, then symbols for {topic}.",
    },
    NoteTemplate {
        components: &["1e"],
        kind: NoteKind::Artifact,
        text: "Plan timing: 8-min warm-up, 25-min group task, 10-min exit ticket. Groups set by last week's quiz results.",
    },
    NoteTemplate {
        components: &["1e"],
        kind: NoteKind::Artifact,
        text: "Plan is a list of textbook pages; no grouping, timing or closure.",
    },
    NoteTemplate {
        components: &["1e", "1c"],
        kind: NoteKind::Artifact,
        text: "Activities in plan are varied but 2 of 3 do not connect to the posted objective.",
    },
    NoteTemplate {
        components: &["1e"],
        kind: NoteKind::Artifact,
        text: "Unit plan builds toward a performance task; each lesson notes how it prepares Ss for it.",
    },
    NoteTemplate {
        components: &["1f"],
        kind: NoteKind::Artifact,
        text: "Exit ticket matches objective; plan notes how results will set tomorrow's groups.",
    },
    NoteTemplate {
        components: &["1f"],
        kind: NoteKind::Artifact,
        text: "Rubric for the {topic} project shared with Ss in advance, written in S-friendly language.",
    },
    NoteTemplate {
        components: &["1f", "1c"],
        kind: NoteKind::Artifact,
        text: "Planned assessment is a 20-item multiple-choice quiz; objective asks Ss to explain their reasoning.",
    },
    NoteTemplate {
        components: &["1f"],
        kind: NoteKind::EvaluatorNote,
        text: "T plans to use exit tickets to regroup but has no criteria for what counts as meeting the goal.",
    },
    NoteTemplate {
        components: &["1f", "1b"],
        kind: NoteKind::Artifact,
        text: "Pre-assessment from last Friday summarized by skill; {n} Ss already show mastery of {topic}.",
    },
    // ---- Domain 2: the classroom environment ----
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "T greets each S by name at the door; asks {student} how the weekend game went.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "T kneels to eye level when talking with Ss at their tables.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Quote,
        text: "T: \"I can tell you worked hard on that. Walk me through how you got there.\"",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "T responds to a wrong answer with a sarcastic remark; S looks down and does not volunteer again.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "Ss thank partners when materials are shared; T uses the same language with Ss.",
    },
    NoteTemplate {
        components: &["2a", "2d"],
        kind: NoteKind::Action,
        text: "Two Ss laugh at a wrong answer. T stops, restates the class norm, and invites the S who answered to try again.",
    },
    NoteTemplate {
        components: &["2a", "2b"],
        kind: NoteKind::Quote,
        text: "T: \"Mistakes are how we learn in here. Who else made that same one? Great, let's look at it together.\"",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "T's comments go mostly to the front two tables; back-row Ss receive no interaction for {minutes} min.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "T's tone is flat and directive throughout; little personal connection with Ss observed.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "During share-out {student} compliments {student2}'s drawing without prompting; Ss listen to each other.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "T pronounces every S's name correctly, including several multilingual names.",
    },
    NoteTemplate {
        components: &["2a", "3b"],
        kind: NoteKind::Quote,
        text: "{student} to {student2}: \"Can I add to your idea?\" {student2} nods and writes it down.",
    },
    NoteTemplate {
        components: &["2a", "2d"],
        kind: NoteKind::Action,
        text: "T raises voice at whole class over noise level; Ss quiet briefly, then noise returns.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "T checks in quietly with a S who arrived upset; S rejoins group after {minutes} min.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Quote,
        text: "T: \"This is hard, and that's exactly why we're doing it.\"",
    },
    NoteTemplate {
        components: &["2b", "3d"],
        kind: NoteKind::Action,
        text: "Ss revise work without being asked after checking it against the rubric.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Quote,
        text: "T: \"Just get it done so we can move on.\"",
    },
    NoteTemplate {
        components: &["2b", "3c"],
        kind: NoteKind::Action,
        text: "{n} Ss finish early and sit with nothing to do; no extension task available.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Action,
        text: "Ss explain to each other why an answer works, not only what the answer is.",
    },
    NoteTemplate {
        components: &["2b", "2e"],
        kind: NoteKind::Action,
        text: "Anchor charts from earlier lessons posted; Ss refer to them while working on {topic}.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Quote,
        text: "{student}: \"Can we try it a harder way?\" T: \"Yes. Show me your plan first.\"",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Action,
        text: "Ss ask for help before attempting the problem; T supplies the answer each time.",
    },
    NoteTemplate {
        components: &["2b", "3b"],
        kind: NoteKind::Action,
        text: "T accepts one-word answers without asking Ss to say more.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Artifact,
        text: "S work on {topic} displayed in hallway with T comments about reasoning, not neatness.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Quote,
        text: "T: \"By Friday I expect every one of you to explain this, not just the fast finishers.\"",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Quote,
        text: "T to one table: \"You guys just do the first three.\" Other tables assigned all ten.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Action,
        text: "{student} asks to redo a quiz problem; T agrees and sets a time to meet.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Transition from whole-group lesson to tables in under a minute; Ss move without reminders.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Materials managers hand out supplies while T begins instruction.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Transition to groups takes {minutes} min; several Ss unsure where to go.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Attendance taken while Ss complete posted warm-up; no instructional time lost.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Ss lined up at the door {minutes} min before the bell; no work in progress.",
    },
    NoteTemplate {
        components: &["2c", "3c"],
        kind: NoteKind::Action,
        text: "Station rotation: timer on board, Ss rotate on the chime with no reminders.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "T passes out papers one at a time while Ss wait, about {minutes} min.",
    },
    NoteTemplate {
        components: &["2c", "2d"],
        kind: NoteKind::Action,
        text: "Ss unsure what to do when finished; {n} Ss wander to the sink area.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "S leader calls groups by table to collect laptops; routine runs without T.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Paraprofessional leads a planned small group at back table; role is clear.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Quote,
        text: "T: \"When you finish, check the 'I'm done' board.\" Ss find the next task without asking.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Restroom pass routine: Ss sign out on clipboard, no interruption to instruction.",
    },
    NoteTemplate {
        components: &["2c", "2e"],
        kind: NoteKind::Action,
        text: "Laptop cart distribution takes {minutes} min; {n} devices not charged.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "T uses proximity; moves next to two off-task Ss, who resume work.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "Class norms posted; T points to norm 3 and S adjusts without discussion.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "Side conversations at back table continue for {minutes} min; not addressed.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "T responds to calling out inconsistently; some Ss corrected, others not.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "{student} leaves seat repeatedly; T redirects with a private hand signal. S returns to work.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Quote,
        text: "S to tablemate: \"We're supposed to be at level 1 voices.\" Table quiets.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "No misbehavior observed; Ss monitor their own conduct throughout.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "T warns whole class about losing free time; behavior does not change.",
    },
    NoteTemplate {
        components: &["2d", "2c"],
        kind: NoteKind::Quote,
        text: "T: \"Eyes up here in 3, 2, 1.\" All Ss turn and face T.",
    },
    NoteTemplate {
        components: &["2d", "2a"],
        kind: NoteKind::Action,
        text: "S tosses an eraser; T speaks with S privately and calmly, S apologizes to classmate.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "T does not notice {n} Ss using phones under desks during the video.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "T scans the room often while working with small group; redirects from a distance twice.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "Public behavior chart; T moves {student}'s clip down in front of the class.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Action,
        text: "Desks in groups of four; all Ss can see the board and T.",
    },
    NoteTemplate {
        components: &["2e", "3a"],
        kind: NoteKind::Action,
        text: "Document camera image too small; Ss in back rows squint and ask neighbors.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Action,
        text: "Desks in rows facing front; pair work requires Ss to twist in seats.",
    },
    NoteTemplate {
        components: &["2e", "2c"],
        kind: NoteKind::Action,
        text: "Ss rearrange desks into a circle for discussion in under a minute.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Action,
        text: "Path to the exit blocked by stacked boxes.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Action,
        text: "{student} lowers blinds to cut glare on the screen without being asked.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Action,
        text: "Accessible table height at every station; S using a wheelchair moves between stations independently.",
    },
    NoteTemplate {
        components: &["2e", "2b"],
        kind: NoteKind::Action,
        text: "Word wall current with {topic} vocabulary; Ss use it while writing.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Action,
        text: "Classroom library sorted by genre and level; Ss choose books independently.",
    },
    NoteTemplate {
        components: &["2e", "3e"],
        kind: NoteKind::Action,
        text: "Projector bulb dim; T moves the lesson to the whiteboard.",
    },
    NoteTemplate {
        components: &["2e", "1b"],
        kind: NoteKind::Action,
        text: "{student}, a newcomer, sits beside {student2}, who quietly translates directions.",
    },
    // ---- Domain 3: instruction ----
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Quote,
        text: "T: \"Today we'll figure out {topic}. By the end you'll be able to show it two ways.\"",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "Directions given orally only; {n} Ss ask neighbors what to do after T finishes.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "T models with a think-aloud, naming each decision while working the example.",
    },
    NoteTemplate {
        components: &["3a", "2c"],
        kind: NoteKind::Action,
        text: "Directions posted as numbered steps with icons; Ss check the slide instead of asking T.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "T uses academic vocabulary precisely and defines new terms; Ss use the terms in their answers.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "Vocabulary word misspelled on the board; not corrected.",
    },
    NoteTemplate {
        components: &["3a", "3c"],
        kind: NoteKind::Action,
        text: "Explanation of {topic} is lecture only; Ss not invited to respond for {minutes} min.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "T connects {topic} to the school garden, which Ss recognize at once.",
    },
    NoteTemplate {
        components: &["3a", "3d"],
        kind: NoteKind::Quote,
        text: "T: \"Let me show you what a strong answer looks like.\" Displays anonymous S work and points out 3 features.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "T speaks quickly; English learners look to peers for clarification.",
    },
    NoteTemplate {
        components: &["3a", "3d"],
        kind: NoteKind::Quote,
        text: "T: \"Thumbs up if you know your first step.\" 2 Ss thumbs down; T re-explains to them while others start.",
    },
    NoteTemplate {
        components: &["3a", "1b"],
        kind: NoteKind::Action,
        text: "T repeats key directions in Spanish for {n} newcomer Ss.",
    },
    NoteTemplate {
        components: &["3a", "1c"],
        kind: NoteKind::EvaluatorNote,
        text: "Asked what they are learning and why, 4 of 4 Ss interviewed give an accurate answer.",
    },
    NoteTemplate {
        components: &["3a", "2b"],
        kind: NoteKind::Action,
        text: "{student} points out an error in T's example; T thanks S and corrects it on the board.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "T explains {topic} with a clear diagram, then asks Ss to restate it to a partner.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "T: \"How do you know your answer is reasonable?\"",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "T calls only on volunteers; {n} of {count} Ss answer all questions.",
    },
    NoteTemplate {
        components: &["3b", "3c"],
        kind: NoteKind::Action,
        text: "Ss run the discussion; T speaks once in {minutes} min.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "Rapid-fire recall questions, each with one right answer; same few Ss respond.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "Wait time under 1 second; T answers own question {n} times.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "T: \"Who agrees with {student}? Who wants to add on or disagree?\"",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "T uses name sticks; every S called on at least once during review.",
    },
    NoteTemplate {
        components: &["3b", "2b"],
        kind: NoteKind::Quote,
        text: "{student}: \"I respectfully disagree because the evidence on page 12 says the opposite.\"",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "T: \"What would happen if we changed just one thing? Predict first.\"",
    },
    NoteTemplate {
        components: &["3b", "3c"],
        kind: NoteKind::Action,
        text: "Turn-and-talk before whole-group share; every S is talking.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "Discussion pattern is T-S-T-S; Ss do not respond to one another.",
    },
    NoteTemplate {
        components: &["3b", "3e"],
        kind: NoteKind::Quote,
        text: "S: \"Why does it work here but not in the second example?\" T turns the question back to the class.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "T asks {n} questions in {minutes} min, all at recall level.",
    },
    NoteTemplate {
        components: &["3b", "3c"],
        kind: NoteKind::Action,
        text: "Fishbowl discussion: inner circle discusses {topic}, outer circle tracks evidence used.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "T: \"Don't tell me the answer yet. Tell me your strategy.\"",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "T: \"Is that always true? Can anyone find a case where it isn't?\"",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "{student} builds on {student2}'s point and cites the text; T only nods.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "All Ss working with manipulatives; table talk is about the task.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Worksheet task; {n} Ss finish in {minutes} min, others stalled on the first item.",
    },
    NoteTemplate {
        components: &["3c", "1b"],
        kind: NoteKind::Action,
        text: "Ss choose one of three tasks on {topic}; choices appear well matched to readiness.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Video plays for {minutes} min with no viewing task; several heads down.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Group of 4: {student} does all the writing while the other three watch.",
    },
    NoteTemplate {
        components: &["3c", "2c"],
        kind: NoteKind::Action,
        text: "Each group member has a role card (recorder, checker, reporter, materials) and uses it.",
    },
    NoteTemplate {
        components: &["3c", "3b"],
        kind: NoteKind::Action,
        text: "Ss write their own questions about {topic} and choose one to investigate.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Pacing brisk; closure done with {minutes} min to spare.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Lesson runs out of time; no closure, Ss pack up mid-task.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Ss sort cards by category and justify each placement to a partner.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Task is fill-in-the-blank copied from notes; low thinking demand.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Hands-on investigation; Ss record observations and sketches in journals.",
    },
    NoteTemplate {
        components: &["3c", "2d"],
        kind: NoteKind::Action,
        text: "{n} Ss at back table disengaged for most of work time.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "One group extends the task on its own, making a second example to test its rule.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Whole-class choral response; only about half of Ss actually speaking.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Ss work in pairs at whiteboards around the room; every pair has a marker.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Ss write silently for {minutes} min; every S writing.",
    },
    NoteTemplate {
        components: &["3c", "3d"],
        kind: NoteKind::Action,
        text: "Groups present; audience uses a feedback form and asks each group a question.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "{count} Ss, one set of materials per table of 6; most Ss wait for a turn.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "T circulates with clipboard, noting which Ss use the strategy; pulls {n} Ss for reteach.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Exit tickets collected; T sets the stack aside without looking at it.",
    },
    NoteTemplate {
        components: &["3d", "3e"],
        kind: NoteKind::Action,
        text: "Ss hold up whiteboards; T scans, sees {n} errors on step 2, and reteaches that step.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Success criteria posted; Ss check their own work against them before turning it in.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Quote,
        text: "T: \"Does everyone get it? OK, good.\" Moves on; no S responds.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Peer feedback with a glow/grow form; comments refer to the criteria.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "T feedback to each S is \"good job\"; no specific guidance given.",
    },
    NoteTemplate {
        components: &["3d", "3e"],
        kind: NoteKind::Action,
        text: "Ss rate confidence on {topic} with fist-to-five; T regroups based on responses.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "T notices {student} repeating the same error, asks S to explain thinking, finds the misconception.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "No check for understanding during {minutes} min of direct instruction.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Ss record progress toward the learning goal on a tracker inside notebook cover.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Hinge question with answer choices built on common errors; Ss vote with fingers, T tallies.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Online quiz shows {n} Ss missed question 4; T projects it and Ss discuss why.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Quote,
        text: "T: \"You're at a 3 on using evidence. What would a 4 need?\"",
    },
    NoteTemplate {
        components: &["3d", "2b"],
        kind: NoteKind::Action,
        text: "{student} asks partner to check work against the criteria before showing T.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "Ss confused by first example; T switches to drawing a model on the board.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "Most Ss missed the warm-up; T proceeds to the harder task as planned.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "{student} asks a side question about {topic}; T links it briefly to the objective and returns.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "Laptops fail to connect; T moves to printed copies in under a minute.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "T sees {student} struggling and offers a simpler entry point with a number line.",
    },
    NoteTemplate {
        components: &["3e", "2c"],
        kind: NoteKind::Quote,
        text: "T: \"Good question. Put it on the parking lot and we'll come back to it at the end.\"",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "T drops the activity after {minutes} min when Ss are confused; no alternative offered.",
    },
    NoteTemplate {
        components: &["3e", "3c"],
        kind: NoteKind::Action,
        text: "T sees {n} Ss have already mastered the skill; gives them an extension problem mid-lesson.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Quote,
        text: "T: \"Some of you are still stuck. Let's try it a different way.\"",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Quote,
        text: "T to evaluator: \"They should have learned this last year.\" No adjustment made.",
    },
    NoteTemplate {
        components: &["3e", "2b"],
        kind: NoteKind::Action,
        text: "{student} says \"I can't.\" T breaks the problem into steps and stays until S solves it.",
    },
    NoteTemplate {
        components: &["3e", "1e"],
        kind: NoteKind::Action,
        text: "Assembly shortened period by 15 min; T trims the practice set and keeps the closure.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "T answers a S's question about a current news event by connecting it to {topic}.",
    },
    // ---- Domain 4: professional responsibilities ----
    NoteTemplate {
        components: &["4a"],
        kind: NoteKind::EvaluatorNote,
        text: "After the lesson T notes the group task ran long and {n} Ss did not finish; proposes splitting it over two days.",
    },
    NoteTemplate {
        components: &["4a"],
        kind: NoteKind::EvaluatorNote,
        text: "T in hallway after lesson: \"That went great.\" Cannot name which Ss met the objective.",
    },
    NoteTemplate {
        components: &["4a", "3d"],
        kind: NoteKind::EvaluatorNote,
        text: "T sorts exit tickets into three piles during planning period and names changes for tomorrow.",
    },
    NoteTemplate {
        components: &["4a", "4e"],
        kind: NoteKind::Artifact,
        text: "Reflection journal names two goals from the last conference and evidence of progress on each.",
    },
    NoteTemplate {
        components: &["4a"],
        kind: NoteKind::EvaluatorNote,
        text: "T attributes the lesson's problems to \"this group\"; no change in own practice identified.",
    },
    NoteTemplate {
        components: &["4b"],
        kind: NoteKind::Artifact,
        text: "Gradebook current through yesterday; missing work flagged and dated.",
    },
    NoteTemplate {
        components: &["4b"],
        kind: NoteKind::Artifact,
        text: "Gradebook last updated 3 weeks ago; {n} assignments not entered.",
    },
    NoteTemplate {
        components: &["4b", "3d"],
        kind: NoteKind::Artifact,
        text: "Ss keep data folders with reading goals and weekly scores; T initials them each Friday.",
    },
    NoteTemplate {
        components: &["4b"],
        kind: NoteKind::Artifact,
        text: "Field trip permission slips and club forms tracked on a clipboard by the door.",
    },
    NoteTemplate {
        components: &["4b"],
        kind: NoteKind::Artifact,
        text: "Assessment binder organized by S, each entry dated.",
    },
    NoteTemplate {
        components: &["4c"],
        kind: NoteKind::Artifact,
        text: "Parent contact log: {n} calls and emails this month, most sharing good news.",
    },
    NoteTemplate {
        components: &["4c"],
        kind: NoteKind::Artifact,
        text: "Weekly newsletter in English and Spanish explains {topic} and suggests a home activity.",
    },
    NoteTemplate {
        components: &["4c"],
        kind: NoteKind::Artifact,
        text: "Parent contact log has no entries since open house.",
    },
    NoteTemplate {
        components: &["4c"],
        kind: NoteKind::EvaluatorNote,
        text: "T mentions calling {student}'s family last week to share a strong presentation.",
    },
    NoteTemplate {
        components: &["4c"],
        kind: NoteKind::Artifact,
        text: "Class web page lists homework but has not been updated in a month.",
    },
    NoteTemplate {
        components: &["4d"],
        kind: NoteKind::EvaluatorNote,
        text: "T reports co-planning {topic} with grade-level team; common assessment shared.",
    },
    NoteTemplate {
        components: &["4d"],
        kind: NoteKind::Artifact,
        text: "PLC minutes show T brought S work samples and facilitated the protocol.",
    },
    NoteTemplate {
        components: &["4d"],
        kind: NoteKind::Artifact,
        text: "Team attendance log shows T absent from the last {n} PLC meetings.",
    },
    NoteTemplate {
        components: &["4d", "4c"],
        kind: NoteKind::EvaluatorNote,
        text: "T is organizing Family Math Night and has recruited {n} colleagues to help.",
    },
    NoteTemplate {
        components: &["4d"],
        kind: NoteKind::EvaluatorNote,
        text: "T has invited a first-year colleague to observe the station rotation next week.",
    },
    NoteTemplate {
        components: &["4e"],
        kind: NoteKind::EvaluatorNote,
        text: "T mentions a summer course on language development; sentence frames used today came from it.",
    },
    NoteTemplate {
        components: &["4e"],
        kind: NoteKind::Artifact,
        text: "Professional learning log lists only required district sessions; no self-selected learning.",
    },
    NoteTemplate {
        components: &["4e", "4a"],
        kind: NoteKind::EvaluatorNote,
        text: "T asked for feedback specifically on wait time, the goal set at the last conference.",
    },
    NoteTemplate {
        components: &["4e", "4d"],
        kind: NoteKind::EvaluatorNote,
        text: "T has invited a peer to observe and give feedback on questioning.",
    },
    NoteTemplate {
        components: &["4e"],
        kind: NoteKind::EvaluatorNote,
        text: "T declined the offer of instructional coaching; says the current approach works.",
    },
    NoteTemplate {
        components: &["4f", "1b"],
        kind: NoteKind::EvaluatorNote,
        text: "T has documented concerns about {student}'s progress and requested a student support team meeting.",
    },
    NoteTemplate {
        components: &["4f", "2c"],
        kind: NoteKind::Action,
        text: "T arrives {minutes} min after the bell; Ss waiting in the hallway.",
    },
    NoteTemplate {
        components: &["4f"],
        kind: NoteKind::EvaluatorNote,
        text: "S data on T's laptop screen locked when T steps away; confidential files kept in a locked drawer.",
    },
    NoteTemplate {
        components: &["4f", "4d"],
        kind: NoteKind::EvaluatorNote,
        text: "T questioned the team's late-work policy respectfully at the staff meeting and proposed a revision.",
    },
    NoteTemplate {
        components: &["4f"],
        kind: NoteKind::Artifact,
        text: "Duty roster shows T covered {n} extra lunch duties for absent colleagues this month.",
    },
    NoteTemplate {
        components: &["4f"],
        kind: NoteKind::Artifact,
        text: "Required attendance reports submitted late {n} times this quarter.",
    },
    // ---- Untagged: context only ----
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Fire drill announcement over PA; about {minutes} min lost.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Office calls a S to the front desk over the intercom.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Delivery at the door; T signs for it and returns to the lesson.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Evaluator enters during independent work; Ss glance up, then continue.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Room warm; windows open, some noise from PE class outside.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Lesson is the second of three on {topic}; continues tomorrow.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Counselor picks up {n} Ss for a scheduled group session.",
    },
];

/// Evidence notes for educational technology coordinators, tagged with edtech-coordinator
/// component ids (1a-1j, 2a-2e, 3a-3i, 4a-4i, S1-S10, E1-E8, M1-M9, H1-H10). TC is the
/// coordinator, T/Ts teachers and S/Ss students. No note mixes ids from more than one of
/// the level domains E, M and H.
pub const COORDINATOR_NOTES: &[NoteTemplate] = &[
    // ---- Domain 1: planning and preparation ----
    NoteTemplate {
        components: &["1a"],
        kind: NoteKind::Artifact,
        text: "Training agenda shows class rosters and sharing settings for the new reading app configured in advance; setup checklist attached.",
    },
    NoteTemplate {
        components: &["1a", "3g"],
        kind: NoteKind::Action,
        text: "T asks how to reset sharing permissions; TC cannot find the setting and says they will check with the vendor.",
    },
    NoteTemplate {
        components: &["1b"],
        kind: NoteKind::Artifact,
        text: "Session plan lists prerequisite skills (logging in, saving to the drive) and a 2-min check before new content.",
    },
    NoteTemplate {
        components: &["1b"],
        kind: NoteKind::Artifact,
        text: "Slide deck for Ts shows last year's version of the LMS; {n} menu items have since moved.",
    },
    NoteTemplate {
        components: &["1c"],
        kind: NoteKind::Artifact,
        text: "Lab plan names tablets for the recording task and a paper storyboard as fallback if Wi-Fi drops.",
    },
    NoteTemplate {
        components: &["1c", "3a"],
        kind: NoteKind::Action,
        text: "TC switches between document camera, laptop and interactive display without delay while modeling.",
    },
    NoteTemplate {
        components: &["1d", "2c"],
        kind: NoteKind::Artifact,
        text: "Co-planned lesson notes {n} Ss who use text-to-speech and one S with an adaptive mouse; headphones and mouse set out before class.",
    },
    NoteTemplate {
        components: &["1e"],
        kind: NoteKind::Artifact,
        text: "Workshop outcome posted: each T will build a self-checking quiz and assign it to one class today.",
    },
    NoteTemplate {
        components: &["1e"],
        kind: NoteKind::Artifact,
        text: "Lab lesson outcome reads \"use the computers\"; no content or skill goal stated.",
    },
    NoteTemplate {
        components: &["1f"],
        kind: NoteKind::Artifact,
        text: "Unit co-written with a grade-level team sequences research skills over 4 lab sessions, ending in a slideshow on {topic}.",
    },
    NoteTemplate {
        components: &["1f"],
        kind: NoteKind::Artifact,
        text: "PD agenda is a list of software features; no sequence, practice time or grouping planned.",
    },
    NoteTemplate {
        components: &["1g"],
        kind: NoteKind::Artifact,
        text: "Plan links a virtual museum tour and digitized primary sources to extend the {topic} unit.",
    },
    NoteTemplate {
        components: &["1h"],
        kind: NoteKind::Artifact,
        text: "Checklist for Ss' digital presentations shared in advance; separate criteria for content, design and citations.",
    },
    NoteTemplate {
        components: &["1i", "S1"],
        kind: NoteKind::Artifact,
        text: "School technology plan draft maps each PD session to an instructional priority in the CPS strategic plan.",
    },
    NoteTemplate {
        components: &["1j"],
        kind: NoteKind::Artifact,
        text: "Remote-learning day plan: device checkout, login cards, daily schedule and family instructions posted.",
    },
    NoteTemplate {
        components: &["1j"],
        kind: NoteKind::Artifact,
        text: "Virtual learning plan has no schedule for live sessions and no guidance for Ts on attendance.",
    },
    // ---- Domain 2: the learning environment ----
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "TC greets Ts by name as they enter the PD room; checks in with two new staff members.",
    },
    NoteTemplate {
        components: &["2a", "3g"],
        kind: NoteKind::Action,
        text: "Frustrated T says the app \"never works\"; TC acknowledges it calmly and offers to sit with T after the session.",
    },
    NoteTemplate {
        components: &["2a", "3b"],
        kind: NoteKind::Action,
        text: "TC talks over Ts' questions during demo; after {n} interruptions, Ts stop asking.",
    },
    NoteTemplate {
        components: &["2a"],
        kind: NoteKind::Action,
        text: "In lab, TC crouches beside {student} to help with login; encouraging tone, S types the password.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Action,
        text: "Lab expectations posted at each station; TC reviews acceptable-use norms in about a minute at the start.",
    },
    NoteTemplate {
        components: &["2b"],
        kind: NoteKind::Action,
        text: "{n} Ss on game sites during lab; TC does not notice for {minutes} min.",
    },
    NoteTemplate {
        components: &["2b", "2d"],
        kind: NoteKind::Action,
        text: "TC sees an off-task screen on the monitoring dashboard and sends the S a private message; S returns to task.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Lab arranged in pods of 4 so partners share screens; TC can see every monitor from the center.",
    },
    NoteTemplate {
        components: &["2c"],
        kind: NoteKind::Action,
        text: "Power cords run across the lab walkway; S trips on one.",
    },
    NoteTemplate {
        components: &["2c", "2e"],
        kind: NoteKind::Action,
        text: "Adjustable-height desk and large-print keyboard available at one lab station, used by a S without comment from peers.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "Ss log in with QR badges; all {count} Ss working within {minutes} min.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "Assignment pushed to the class page before Ss arrive; Ss open it from the LMS without directions.",
    },
    NoteTemplate {
        components: &["2d"],
        kind: NoteKind::Action,
        text: "Logins take the first {minutes} min; passwords not available for {n} Ss.",
    },
    NoteTemplate {
        components: &["2d", "3c"],
        kind: NoteKind::Action,
        text: "On-screen timer for each work block; Ss switch tasks on the cue.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Action,
        text: "Ss with IEPs use speech-to-text on the same task as peers; no one singled out.",
    },
    NoteTemplate {
        components: &["2e"],
        kind: NoteKind::Quote,
        text: "TC: \"Everyone here will leave able to do this. Ask your neighbor first, then me.\"",
    },
    NoteTemplate {
        components: &["2e", "4c"],
        kind: NoteKind::Action,
        text: "Ts share how they tried yesterday's tool in class; TC recognizes every attempt, including one that did not work.",
    },
    NoteTemplate {
        components: &["2e", "3c"],
        kind: NoteKind::Action,
        text: "TC completes the steps on Ts' laptops instead of letting them try.",
    },
    // ---- Domain 3: instruction ----
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "Step-by-step directions with screenshots on the slide; Ts follow along without questions.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "TC uses jargon (\"SSO\", \"OU\", \"cache\") without explaining; Ts look at each other.",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Quote,
        text: "TC: \"By the end of today each of you will have one assignment built and shared with a class.\"",
    },
    NoteTemplate {
        components: &["3a"],
        kind: NoteKind::Action,
        text: "Directions given once, verbally; {n} Ts ask neighbors what to click.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "TC: \"How might this change the way your Ss show what they know?\"",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Action,
        text: "TC's only question is \"Does that make sense?\"; no responses.",
    },
    NoteTemplate {
        components: &["3b", "3c"],
        kind: NoteKind::Action,
        text: "Ts discuss in pairs which tool fits an upcoming unit; TC asks each pair to defend its choice.",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "TC to Ss: \"What changes in the results when we put the phrase in quotation marks? Why?\"",
    },
    NoteTemplate {
        components: &["3b"],
        kind: NoteKind::Quote,
        text: "TC: \"{student}, you found a different way. Can you show the class?\"",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Ts build a quiz for their own classes during the session; all {count} Ts working on real content.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Session is 40 min of TC demonstration; Ts watch, no hands-on time.",
    },
    NoteTemplate {
        components: &["3c", "S10"],
        kind: NoteKind::Action,
        text: "Co-taught lab: Ss code an animation retelling a story in pairs; driver and navigator switch every {minutes} min.",
    },
    NoteTemplate {
        components: &["3c"],
        kind: NoteKind::Action,
        text: "Ss research {topic} from curated links; each group produces a one-slide summary.",
    },
    NoteTemplate {
        components: &["3c", "2d"],
        kind: NoteKind::Action,
        text: "Stations for script writing, recording and editing a podcast on {topic}; Ss rotate on schedule.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "TC checks each T's shared link before they leave; {n} fixed on the spot.",
    },
    NoteTemplate {
        components: &["3d", "4e"],
        kind: NoteKind::Action,
        text: "Ts rate their confidence on an exit form; TC reads results aloud and schedules follow-ups for low ratings.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Session ends with open Q&A; no check whether Ts can complete the task.",
    },
    NoteTemplate {
        components: &["3d"],
        kind: NoteKind::Action,
        text: "Ss check their digital projects against a posted checklist before submitting; {student} fixes a missing citation.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "Wi-Fi drops; TC switches to an offline demo video within a minute.",
    },
    NoteTemplate {
        components: &["3e", "3d"],
        kind: NoteKind::Action,
        text: "TC sees many Ts stuck at step 3; pauses and re-models using one T's screen.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "Projector fails; TC ends the session and says it will be rescheduled.",
    },
    NoteTemplate {
        components: &["3e"],
        kind: NoteKind::Action,
        text: "TC slows pace for Ts new to the tool and gives an advanced challenge card to those already fluent.",
    },
    NoteTemplate {
        components: &["3f"],
        kind: NoteKind::Artifact,
        text: "Memo to principal recommends 3 measurable blended-learning goals for next year, each tied to a draft procedure.",
    },
    NoteTemplate {
        components: &["3f", "S1"],
        kind: NoteKind::Action,
        text: "At technology committee TC proposes digital portfolios in every grade and presents a draft procedure.",
    },
    NoteTemplate {
        components: &["3f"],
        kind: NoteKind::EvaluatorNote,
        text: "Integration goals requested by the district in September have not been submitted.",
    },
    NoteTemplate {
        components: &["3g"],
        kind: NoteKind::Action,
        text: "Help-desk walkthrough: TC answers a T's ticket within minutes and closes it with a note on the fix.",
    },
    NoteTemplate {
        components: &["3g"],
        kind: NoteKind::Action,
        text: "S raises hand in lab; TC responds within a minute and explains the step rather than clicking for S.",
    },
    NoteTemplate {
        components: &["3g", "4a"],
        kind: NoteKind::Artifact,
        text: "Ticket log: median response under 1 day, but {n} tickets older than 2 weeks with no reply.",
    },
    NoteTemplate {
        components: &["3h"],
        kind: NoteKind::Action,
        text: "TC leads curriculum team in placing digital citizenship lessons in each grade's scope and sequence.",
    },
    NoteTemplate {
        components: &["3h", "S10"],
        kind: NoteKind::Artifact,
        text: "Draft technology standards for the school's grades, aligned to state standards; comments from department heads included.",
    },
    NoteTemplate {
        components: &["3h"],
        kind: NoteKind::EvaluatorNote,
        text: "TC's suggested digital tasks for the unit are low demand (typing up notes, making a title slide).",
    },
    NoteTemplate {
        components: &["3i"],
        kind: NoteKind::Action,
        text: "Data meeting: TC shows classes with regular use of the reading software made more growth; Ts discuss why.",
    },
    NoteTemplate {
        components: &["3i", "S1"],
        kind: NoteKind::Action,
        text: "TC shows principal LMS login data; recommends targeted coaching for 2 grades with low use.",
    },
    NoteTemplate {
        components: &["3i"],
        kind: NoteKind::Action,
        text: "Usage charts shown without analysis; Ts ask what they mean and TC is unsure.",
    },
    // ---- Domain 4: professional responsibilities ----
    NoteTemplate {
        components: &["4a"],
        kind: NoteKind::Artifact,
        text: "Training attendance and completion records in a shared spreadsheet, current through this week.",
    },
    NoteTemplate {
        components: &["4a"],
        kind: NoteKind::Artifact,
        text: "Sign-in sheets from the last {n} sessions missing.",
    },
    NoteTemplate {
        components: &["4b", "S8"],
        kind: NoteKind::Action,
        text: "Family tech night: TC helps parents log into the parent portal; {count} families attend.",
    },
    NoteTemplate {
        components: &["4b"],
        kind: NoteKind::Artifact,
        text: "No family communication about the new reading app since it launched.",
    },
    NoteTemplate {
        components: &["4c"],
        kind: NoteKind::Action,
        text: "TC co-presents with a grade-level team at staff meeting and gives them credit for the lesson design.",
    },
    NoteTemplate {
        components: &["4d"],
        kind: NoteKind::EvaluatorNote,
        text: "TC is completing an instructional design certificate; today's session applied its module on adult learning.",
    },
    NoteTemplate {
        components: &["4d"],
        kind: NoteKind::Artifact,
        text: "Professional learning log shows no coursework or conferences in the past year.",
    },
    NoteTemplate {
        components: &["4e"],
        kind: NoteKind::EvaluatorNote,
        text: "In debrief TC notes the demo ran too long; plans to cut it to 10 min and add practice.",
    },
    NoteTemplate {
        components: &["4e"],
        kind: NoteKind::EvaluatorNote,
        text: "TC says the session \"went fine\" but cannot say what Ts can now do.",
    },
    NoteTemplate {
        components: &["4f"],
        kind: NoteKind::Action,
        text: "TC declines to install unlicensed software for a T; explains the policy and offers a licensed alternative.",
    },
    NoteTemplate {
        components: &["4f", "H2"],
        kind: NoteKind::Action,
        text: "TC leaves the student records system open on an unlocked lab computer while helping a S.",
    },
    NoteTemplate {
        components: &["4g"],
        kind: NoteKind::EvaluatorNote,
        text: "TC is piloting an AI feedback tool with 2 volunteer Ts and collecting evidence before recommending it.",
    },
    NoteTemplate {
        components: &["4h"],
        kind: NoteKind::Artifact,
        text: "Online course review: TC checked each vendor course for state approval and accessibility compliance.",
    },
    NoteTemplate {
        components: &["4h"],
        kind: NoteKind::Artifact,
        text: "Annual online program evaluation overdue; no completion data collected.",
    },
    NoteTemplate {
        components: &["4i"],
        kind: NoteKind::Action,
        text: "TC represents the school at district technology council and reports back in the staff bulletin.",
    },
    NoteTemplate {
        components: &["4i"],
        kind: NoteKind::EvaluatorNote,
        text: "TC coordinates with the state department of education on the testing device readiness report.",
    },
    // ---- S: duties at every level ----
    NoteTemplate {
        components: &["S1"],
        kind: NoteKind::Action,
        text: "TC meets principal and department heads to review technology plan milestones; action items assigned with dates.",
    },
    NoteTemplate {
        components: &["S1"],
        kind: NoteKind::EvaluatorNote,
        text: "Principal notes TC has missed most leadership meetings where the technology plan was discussed.",
    },
    NoteTemplate {
        components: &["S2"],
        kind: NoteKind::Action,
        text: "TC walks evaluator through the resource center: lending shelf of robotics kits, how-to videos, booking calendar.",
    },
    NoteTemplate {
        components: &["S2"],
        kind: NoteKind::EvaluatorNote,
        text: "Resource room locked most of the day; {n} Ts asked did not know what it holds.",
    },
    NoteTemplate {
        components: &["S3"],
        kind: NoteKind::Artifact,
        text: "Yearly in-service plan: needs survey results, session calendar and how each session will be evaluated.",
    },
    NoteTemplate {
        components: &["S3"],
        kind: NoteKind::EvaluatorNote,
        text: "No in-service plan for the year; sessions scheduled as requests come in.",
    },
    NoteTemplate {
        components: &["S4"],
        kind: NoteKind::Action,
        text: "TC presents a 3-year laptop replacement plan with cost estimates to the budget committee.",
    },
    NoteTemplate {
        components: &["S5"],
        kind: NoteKind::Artifact,
        text: "Inventory spreadsheet lists asset tags, rooms and purchase dates; spot check of {n} devices matches.",
    },
    NoteTemplate {
        components: &["S5"],
        kind: NoteKind::Artifact,
        text: "Inventory last updated 2 years ago; spot check finds {n} devices not listed.",
    },
    NoteTemplate {
        components: &["S6"],
        kind: NoteKind::Artifact,
        text: "Software review rubric covers accessibility, privacy, standards alignment and cost; used for 4 apps this year.",
    },
    NoteTemplate {
        components: &["S6", "S7"],
        kind: NoteKind::Action,
        text: "TC leads a T panel rating 2 math programs on the district rubric; results shared with other schools.",
    },
    NoteTemplate {
        components: &["S6"],
        kind: NoteKind::EvaluatorNote,
        text: "App adopted after a vendor demo only; not reviewed against district criteria.",
    },
    NoteTemplate {
        components: &["S7"],
        kind: NoteKind::Artifact,
        text: "Monthly tech bulletin: short tips, outage notices and upcoming sessions; open rate reported.",
    },
    NoteTemplate {
        components: &["S7"],
        kind: NoteKind::EvaluatorNote,
        text: "{n} Ts report learning of the password change only when locked out.",
    },
    NoteTemplate {
        components: &["S8"],
        kind: NoteKind::Action,
        text: "Open house: TC runs a station where Ss demonstrate coding projects; {count} families stop by.",
    },
    NoteTemplate {
        components: &["S8", "4c"],
        kind: NoteKind::Action,
        text: "TC encourages Ts to host a family tech showcase; provides sign-up sheet and setup help.",
    },
    NoteTemplate {
        components: &["S9"],
        kind: NoteKind::EvaluatorNote,
        text: "Principal asks about interactive displays vs. projectors; TC gives a balanced comparison of costs and training needs.",
    },
    NoteTemplate {
        components: &["S9"],
        kind: NoteKind::EvaluatorNote,
        text: "TC unfamiliar with changes in the operating system update already installed on staff laptops.",
    },
    NoteTemplate {
        components: &["S10"],
        kind: NoteKind::Action,
        text: "TC co-plans with the literacy coordinator a unit in which Ss publish book reviews online; shared template.",
    },
    NoteTemplate {
        components: &["S10"],
        kind: NoteKind::Artifact,
        text: "Draft standards for appropriate S use of AI tools, written with ELA and science leads.",
    },
    // ---- E: elementary coordinator ----
    NoteTemplate {
        components: &["E1"],
        kind: NoteKind::Artifact,
        text: "Elementary technology program plan covers keyboarding, digital citizenship and assessment software by grade.",
    },
    NoteTemplate {
        components: &["E1"],
        kind: NoteKind::Action,
        text: "TC meets K-2 team to schedule the reading assessment software so classrooms do not overlap.",
    },
    NoteTemplate {
        components: &["E2", "3c"],
        kind: NoteKind::Action,
        text: "Co-teaching in grade 3: TC leads first half, T leads second half with TC coaching from the side.",
    },
    NoteTemplate {
        components: &["E2"],
        kind: NoteKind::Action,
        text: "TC teaches the whole tech portion again; T leaves the room to make copies.",
    },
    NoteTemplate {
        components: &["E3"],
        kind: NoteKind::Action,
        text: "Staff training on the new math platform: TC models, Ts practice, Ts plan one lesson using it.",
    },
    NoteTemplate {
        components: &["E3", "E7"],
        kind: NoteKind::Action,
        text: "TC trains paraprofessionals to run the reading intervention software with small groups.",
    },
    NoteTemplate {
        components: &["E4"],
        kind: NoteKind::Artifact,
        text: "TC reviewed the grade 4 digital library list against state standards; {n} titles removed as not aligned.",
    },
    NoteTemplate {
        components: &["E4"],
        kind: NoteKind::Action,
        text: "TC helps T choose an age-appropriate video on {topic} and checks it against district content guidelines.",
    },
    NoteTemplate {
        components: &["E5"],
        kind: NoteKind::Action,
        text: "TC shows grade 2 team the reading app's skill report; Ts regroup Ss using it.",
    },
    NoteTemplate {
        components: &["E5", "3c"],
        kind: NoteKind::Action,
        text: "In class, TC helps T set up math stations based on the platform's data; {student} moved to the challenge station.",
    },
    NoteTemplate {
        components: &["E6"],
        kind: NoteKind::Artifact,
        text: "Project plan for K-1 tablet rollout: timeline, account database setup, staff training dates.",
    },
    NoteTemplate {
        components: &["E6"],
        kind: NoteKind::Action,
        text: "TC imports rosters into the new assessment platform and verifies {count} S accounts for one class.",
    },
    NoteTemplate {
        components: &["E6"],
        kind: NoteKind::EvaluatorNote,
        text: "New platform launched without training; Ts could not log in the first week.",
    },
    NoteTemplate {
        components: &["E7", "2e"],
        kind: NoteKind::Action,
        text: "TC sets up read-aloud and picture supports for {n} Ss in the co-taught science lesson.",
    },
    NoteTemplate {
        components: &["E8"],
        kind: NoteKind::Action,
        text: "TC updates the school website homepage with the event calendar and checks every link.",
    },
    NoteTemplate {
        components: &["E8"],
        kind: NoteKind::Artifact,
        text: "School website still lists last year's staff; broken links on {n} pages.",
    },
    // ---- M: middle school coordinator ----
    NoteTemplate {
        components: &["M1"],
        kind: NoteKind::Action,
        text: "TC leads department meeting on the new laptop rollout; answers technical questions clearly.",
    },
    NoteTemplate {
        components: &["M2"],
        kind: NoteKind::Action,
        text: "TC shows a script written to create class folders automatically for the new initiative.",
    },
    NoteTemplate {
        components: &["M3"],
        kind: NoteKind::Action,
        text: "In-service on accessibility features: {count} staff attend, hands-on practice with their own devices.",
    },
    NoteTemplate {
        components: &["M4"],
        kind: NoteKind::Action,
        text: "TC reviews file server storage and archives old projects to free space before project season.",
    },
    NoteTemplate {
        components: &["M4", "M5"],
        kind: NoteKind::Artifact,
        text: "Directory audit: accounts of {n} departed staff disabled within a week of leaving.",
    },
    NoteTemplate {
        components: &["M4"],
        kind: NoteKind::EvaluatorNote,
        text: "Shared drive lets Ss open a staff folder; TC unaware until evaluator points it out.",
    },
    NoteTemplate {
        components: &["M5"],
        kind: NoteKind::Action,
        text: "TC resets a S's password in the admin console in under a minute and explains the password rules.",
    },
    NoteTemplate {
        components: &["M5"],
        kind: NoteKind::Artifact,
        text: "Lab workstations run one standard image; all on the same version.",
    },
    NoteTemplate {
        components: &["M5", "M7"],
        kind: NoteKind::Action,
        text: "Lab computers on different software versions; {n} missing the app needed for today's lesson.",
    },
    NoteTemplate {
        components: &["M6"],
        kind: NoteKind::Action,
        text: "TC traces slow connections in the science wing to a misconfigured switch; documents the fix.",
    },
    NoteTemplate {
        components: &["M7"],
        kind: NoteKind::Action,
        text: "TC deploys updated science simulation software to 3 labs overnight and tests it before first period.",
    },
    NoteTemplate {
        components: &["M7"],
        kind: NoteKind::Artifact,
        text: "Software request queue: {n} pending, oldest 6 weeks.",
    },
    NoteTemplate {
        components: &["M8"],
        kind: NoteKind::Artifact,
        text: "TC designed infographics for the digital citizenship campaign; clear and age-appropriate.",
    },
    NoteTemplate {
        components: &["M9", "3c"],
        kind: NoteKind::Action,
        text: "TC teaches grade 7 Ss spreadsheet formulas to analyze their own survey data; Ss build charts.",
    },
    NoteTemplate {
        components: &["M9"],
        kind: NoteKind::Action,
        text: "Grade 8 slideshow lesson: Ss revise slides to cut text; {student} explains why fewer words work better.",
    },
    // ---- H: high school coordinator ----
    NoteTemplate {
        components: &["H1"],
        kind: NoteKind::Artifact,
        text: "Server performance log reviewed monthly; CPU, memory and storage trends charted.",
    },
    NoteTemplate {
        components: &["H1", "H8"],
        kind: NoteKind::EvaluatorNote,
        text: "No recovery test in 2 years; plan still names a retired server.",
    },
    NoteTemplate {
        components: &["H2"],
        kind: NoteKind::Artifact,
        text: "Draft procedure for staff password resets reviewed with district IT security.",
    },
    NoteTemplate {
        components: &["H2", "H9"],
        kind: NoteKind::Action,
        text: "TC leads staff session on phishing using real examples with names removed; Ts practice spotting warning signs.",
    },
    NoteTemplate {
        components: &["H2"],
        kind: NoteKind::Action,
        text: "Shared admin password written on a sticky note at the help desk.",
    },
    NoteTemplate {
        components: &["H3"],
        kind: NoteKind::Action,
        text: "TC coordinates linking the new scheduling tool to the student information system; test run with {n} sample schedules.",
    },
    NoteTemplate {
        components: &["H4"],
        kind: NoteKind::Action,
        text: "TC assists network engineer with a switch replacement at the satellite campus; updates the port map.",
    },
    NoteTemplate {
        components: &["H5"],
        kind: NoteKind::Artifact,
        text: "Access review of student records and finance systems; {n} outdated accounts removed.",
    },
    NoteTemplate {
        components: &["H5", "H2"],
        kind: NoteKind::EvaluatorNote,
        text: "Substitute Ts share one login to the attendance system.",
    },
    NoteTemplate {
        components: &["H6"],
        kind: NoteKind::Action,
        text: "TC builds a course page template for the math department and checks it with a screen reader.",
    },
    NoteTemplate {
        components: &["H7"],
        kind: NoteKind::Artifact,
        text: "Style guide for the public website covers grammar, naming and images; TC reviews department submissions against it.",
    },
    NoteTemplate {
        components: &["H7", "4f"],
        kind: NoteKind::Action,
        text: "TC holds back a post with a S's full name and photo but no media release; explains the policy to the T.",
    },
    NoteTemplate {
        components: &["H7"],
        kind: NoteKind::Artifact,
        text: "Public site has inconsistent fonts and typos on {n} pages.",
    },
    NoteTemplate {
        components: &["H8"],
        kind: NoteKind::Artifact,
        text: "Backup logs: nightly jobs succeed; TC restored a test file last week.",
    },
    NoteTemplate {
        components: &["H8"],
        kind: NoteKind::Artifact,
        text: "Backup job failed {n} nights in a row; failure alerts not noticed.",
    },
    NoteTemplate {
        components: &["H9"],
        kind: NoteKind::Action,
        text: "TC trains science department on new data loggers; Ts practice with the sensors.",
    },
    NoteTemplate {
        components: &["H10"],
        kind: NoteKind::Action,
        text: "Web filter blocks a research site mid-lesson; TC fixes it within {minutes} min.",
    },
    NoteTemplate {
        components: &["H10"],
        kind: NoteKind::Action,
        text: "TC sets up parent messaging templates and tests them with a small group of families.",
    },
    NoteTemplate {
        components: &["H10", "4b"],
        kind: NoteKind::Artifact,
        text: "Parent portal outage last week; notice sent to families within an hour.",
    },
    // ---- Untagged: context only ----
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Session starts {minutes} min late; room was booked twice.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Principal called away from the session for a parent meeting.",
    },
    NoteTemplate {
        components: &[],
        kind: NoteKind::EvaluatorNote,
        text: "Fire alarm test; lab empties for {minutes} min.",
    },
];

/// Rationale templates for one component rating. They use `{component}`, `{level}` and `{time}`
/// and are worded to fit any component and any level.
pub const RATIONALES: &[&str] = &[
    "Evidence at {time} shows the pattern seen across the visit for {component}: the level descriptor for {level} fits because it matches how consistently the practice appeared, not only its best moment.",
    "The note at {time} is the clearest evidence for {component}. Read alongside the plan, it matches the {level} descriptor more closely than the levels on either side.",
    "Rated {level} on {component}. The scripting from {time} onward shows the practice in action, and the pre-conference confirmed it was planned rather than accidental.",
    "For {component}, the moment at {time} was weighed against the rest of the lesson; taken together, the evidence fits {level}.",
    "{level} best describes {component} in this observation: the evidence at {time} shows what learners were actually doing, which decides the level here.",
    "Evidence at {time} and the artifacts reviewed afterward both point to {level} for {component}; neither source alone would have settled it.",
    "The level descriptor for {level} fits {component} because the evidence at {time} was typical of the lesson rather than an exception.",
    "At {time} learners' responses showed the effect of the educator's choices; for {component}, that effect matches the {level} descriptor.",
    "Considered {level} and the neighboring levels for {component}. The note at {time} decided it, since it shows how the educator responded when things did not go as planned.",
    "{component}: {level}. The evidence at {time} is consistent with the previous observation, so the rating reflects an established pattern.",
    "The rating of {level} for {component} rests mainly on the evidence at {time}, supported by the educator's own account in the post-conference.",
    "Evidence at {time} shows the educator's intent clearly; how learners took it up is what places {component} at {level}.",
    "For {component}, the descriptor for {level} was the closest match after comparing the notes at {time} with the planning documents.",
    "Rated {level}. Several notes bear on {component}; the one at {time} is representative and was discussed in the conference.",
    "Evidence for {component} is limited to a short segment around {time}. It fits {level}; a follow-up visit is suggested to confirm the pattern.",
    "The evidence at {time} was shared with the educator in the conference, and we agreed that it reflects {level} practice for {component}.",
    "Evidence at {time} shows how much of the work learners carried themselves; for {component}, that balance corresponds to {level}.",
    "The {level} descriptor for {component} fits the evidence: what was observed at {time} recurred later in the lesson, so it is treated as characteristic.",
    "{component} was rated {level} after reviewing the scripted evidence from {time} together with records the educator provided.",
    "No single moment decides {component}, but the note at {time} sums up the lesson well and lines up with the {level} descriptor.",
    "Evidence at {time} reflects both strengths and gaps in {component}; on balance, the {level} descriptor is the best fit.",
    "The rating of {level} for {component} reflects the consistency seen from the opening of the lesson through {time}.",
    "For {component}, the level descriptor for {level} fits because the evidence at {time} shows how far the practice actually reached learners, not just how it was planned.",
    "Evidence at {time} shows what happened when learners needed support; for {component}, the response seen there is characteristic of {level}.",
    "Artifacts reviewed after the visit confirm what was scripted at {time}; {component} is rated {level}.",
    "The educator's reflection named the same moment as the evaluator's notes ({time}), and both read as {level} for {component}.",
    "Rated {level} for {component}. The evidence at {time} was compared with each level's descriptor, and {level} matched on the most elements.",
    "Evidence for {component} came mostly from what learners did, for example at {time}; that behavior fits the {level} descriptor.",
    "The {level} rating for {component} takes into account the interruption noted near {time}; the judgment rests on what was within the educator's control.",
    "Evidence at {time} is typical of {component} across this cycle: the practice shown aligns with {level}, and the educator agreed in conference.",
    "{component} is rated {level}. The educator's words at {time} and what learners did next provide matching evidence.",
    "Judged against the {level} descriptor, the evidence at {time} meets its main points for {component}.",
    "Evidence gathered across the visit, with the clearest example at {time}, supports {level} for {component}; the goal set in conference addresses the next step.",
    "For {component} the rating is {level}. The pattern from {time} onward was steady, with nothing that would move it up or down a level.",
    "Evidence at {time}, viewed with the plan, shows how deliberate the educator's choices for {component} were; that degree of intention corresponds to {level}.",
    "Evidence at {time} shows {component} as learners experienced it, and that experience is what the {level} descriptor describes best.",
];

/// Post-observation conference summaries written by the evaluator.
pub const CONFERENCE_NOTES: &[&str] = &[
    "Discussed the questioning segment. We agreed that most questions had one right answer and that the same few learners responded. Goal: plan three open questions for the next lesson and use a random-calling routine.",
    "Reviewed the scripted evidence together. The educator identified the move into group work as the place where time was lost and proposed posting group assignments before the bell. Follow-up visit in three weeks.",
    "Strong conference. The educator brought work samples sorted by level of understanding and explained how tomorrow's groups will change. We discussed ways to share this process with the team.",
    "We looked at the exit-ticket results together. About half the class met the objective; the educator plans a reteach for that group while the others extend. Agreed to check in after the unit assessment.",
    "Discussed classroom climate. The educator's relationships with learners are clearly warm. The next step is making sure every learner, including those at the back tables, gets that attention during work time.",
    "Conference focused on pacing. The lesson ran out of time before closure. We agreed on a visible timer and a planned stopping point so closure is protected.",
    "The educator reflected accurately on the lesson and named the same strengths and gaps as the evaluator. Goal for the next cycle: a learner-led discussion in which the educator speaks less.",
    "Reviewed the directions given at the start of independent work; several learners were unsure what to do. Agreed to post written steps and check understanding before releasing learners to work.",
    "Discussed evidence for professional responsibilities: the gradebook and family contact log are current and detailed. Encouraged the educator to present the newsletter model at the next staff meeting.",
    "We talked about the learners who finished early. The educator will prepare extension tasks tied to the same objective. We also discussed how success criteria could help learners check their own work.",
    "The educator was surprised by the rating for managing behavior at first. After we went through the timestamped notes together, we agreed on a plan to respond more consistently to calling out. Coaching support was offered and accepted.",
    "Conference held the day after the visit. The educator explained the decision to drop the planned activity, and we discussed what an alternate path could have looked like. Agreed to plan a backup activity for the next unit.",
    "Discussed the use of technology in the lesson. Devices were ready and the login routine was smooth. Next step: have learners use the tools to create, not only to practice.",
    "A very strong lesson across the environment and instruction domains. We discussed leadership opportunities, and the educator agreed to host two colleagues for peer visits this semester.",
    "Reviewed the plan against what happened. The outcomes were clear, but the assessment did not measure them. Agreed to revise the unit assessment with the team before the next unit begins.",
    "Discussed professional growth. The educator wants to deepen discussion techniques; we identified a course and a colleague to observe. The goal is recorded in the growth plan.",
    "The conference was brief because of a schedule change. The evidence summary was shared in writing, and the educator will add a reflection before ratings are finalized.",
    "Talked through the data meeting the educator led. The analysis was sound and the recommendations specific. Next step: follow up with the two teams whose usage stayed low.",
];

/// Educators' own reflections on an observed lesson or session, in the first person.
pub const REFLECTIONS: &[&str] = &[
    "I think the lesson started well, but I lost several students during the group task because my directions were too long. Next time I will post the steps and model the first one.",
    "I was pleased with how students talked to each other during the discussion. I noticed I still jumped in too quickly when there was silence, so I want to work on waiting longer.",
    "Looking at the exit tickets, about a third of the class still mixes up the two ideas. I am going to reteach with a different model tomorrow and pull a small group.",
    "The technology worked better than last time because I had the accounts ready ahead of time. Now I want students to spend more time creating and less time clicking through practice items.",
    "Honestly, I ran out of time and skipped the closure. I need to plan a firm stopping point and protect those last five minutes.",
    "I tried calling on students at random for the first time. It felt uncomfortable at first, but more students answered than usual and I learned who was confused.",
    "My relationships with students are a strength, but I realize I give most of my attention to the same few tables. I'm going to keep track of who I talk with during work time.",
    "The lesson went as planned, but I'm not sure every student met the objective. I need better checks during the lesson, not only at the end.",
    "I changed course when the first example didn't land, and drawing the model helped. Next time I want that second approach ready in advance.",
    "Behavior was a challenge today. I responded to some students and not to others, and they noticed. I will revisit our norms with the class and be more consistent.",
    "I was proud of the work my team did on the common assessment. Seeing our results side by side showed me where my own instruction needs to change.",
    "The training session covered too many features. Teachers left with a lot of information but not one thing they could use the next day. My next session will focus on a single task.",
    "Families have responded well to the newsletter, and more parents came to conferences this term. I want to add a short video so families who read less English can follow along.",
    "I'm still learning to use the data reports well. I can pull the numbers, but I want to get better at explaining what they mean for teachers' next steps.",
    "I felt rushed during the observation and talked more than I usually do. On a typical day students do more of the explaining, and I'd like that to come through next time.",
    "The success criteria helped students check their own work, and fewer papers came back incomplete. I'll keep using them and ask students to help write the next set.",
    "Moving the desks into groups made partner work easier, but students in the back corner can't see the board well. I'll adjust the layout this week.",
    "I learned a lot from visiting a colleague's station rotation and borrowed the timer routine. It saved several minutes of transition time in my own room.",
];

/// Notes from the pre-observation conference. Some use `{topic}`.
pub const PRE_CONFERENCE_NOTES: &[&str] = &[
    "Lesson is the second in a unit on {topic}. The educator wants feedback on questioning, especially wait time. Class includes several English learners; sentence frames are planned.",
    "Educator describes the class as energetic and social. Plan: mini-lesson on {topic}, then stations. Asked the evaluator to watch the transitions between stations.",
    "Objective: learners explain {topic} using a model. The exit ticket will be used to form groups for the next day. Two learners have IEP accommodations for extended time.",
    "The educator is trying a learner-led discussion format for the first time and expects some uneven moments. Feedback focus: how many learners take part.",
    "Observation will take place during the lab block. Devices and accounts are set up in advance, with a paper fallback if the network is slow. Feedback requested on engagement.",
    "Lesson introduces {topic}. The educator identified a likely misconception and planned a question to bring it out early. Evaluator will note how learner errors are handled.",
    "The educator is working on last year's goal of using assessment during instruction. The plan includes whiteboard checks and a hinge question midway through.",
    "The class has had several schedule interruptions this week, and the lesson may be shortened. Agreed that the evaluator will focus on the first 30 minutes.",
    "Co-taught lesson on {topic}. Roles discussed: one educator leads instruction, the other supports small groups. Evaluator asked to note how the roles shift.",
    "Staff training session on the new platform. Participants vary in experience; an advanced task is ready for those who finish early. Feedback requested on pacing.",
    "The educator would like feedback on classroom management, especially with a group of learners who finish early and become restless. Extension tasks are planned.",
    "Lesson plan reviewed: outcomes are clear and aligned with the standard. Suggested a brief check after the direct instruction segment; the educator agreed.",
    "Data meeting with the grade-level team is scheduled. The educator will present usage and achievement data and lead the discussion of next steps.",
    "Brief pre-conference by email. The educator shared the plan for the lesson on {topic} and the rubric learners will use to assess their own work.",
];

//! The bundled rubrics load with the counts the framework has.

use std::collections::BTreeSet;

use teacher_eval::rubric::{Catalog, RubricSource, SchoolLevel};

fn bundled() -> Catalog {
    let catalog = Catalog::load(&[]);
    assert!(
        catalog.errors.is_empty(),
        "bundled rubrics have problems: {:?}",
        catalog.errors
    );
    catalog
}

#[test]
fn danielson_2013_has_22_components_and_76_elements() {
    let catalog = bundled();
    let entry = catalog
        .get("danielson-2013")
        .expect("danielson-2013 is bundled");
    let r = &entry.rubric;
    assert_eq!(entry.source, RubricSource::Bundled);
    assert_eq!(r.domains.len(), 4);
    assert_eq!(r.components().count(), 22);
    assert_eq!(r.element_count(), 76);
    let levels: Vec<&str> = r.levels.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(
        levels,
        ["Unsatisfactory", "Basic", "Proficient", "Distinguished"]
    );
    assert_eq!(
        r.component("3b").map(|c| c.name.as_str()),
        Some("Using Questioning and Discussion Techniques")
    );
    let ids: Vec<&str> = r.components().map(|c| c.id.as_str()).collect();
    assert_eq!(ids.first(), Some(&"1a"));
    assert_eq!(ids.last(), Some(&"4f"));
    // Domains 2 and 3 are seen in the classroom; 1 and 4 through artifacts.
    for domain in &r.domains {
        let observable = matches!(domain.id.as_str(), "2" | "3");
        assert!(
            domain.components.iter().all(|c| c.observable == observable),
            "domain {}",
            domain.id
        );
    }
}

#[test]
fn danielson_2022_uses_the_2022_names() {
    let catalog = bundled();
    let r = &catalog
        .get("danielson-2022")
        .expect("danielson-2022 is bundled")
        .rubric;
    let domains: Vec<&str> = r.domains.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        domains,
        [
            "Planning and Preparation",
            "Learning Environments",
            "Learning Experiences",
            "Principled Teaching"
        ]
    );
    assert_eq!(r.components().count(), 22);
    assert_eq!(
        r.component("4f").map(|c| c.name.as_str()),
        Some("Acting in Service of Students")
    );
    assert_eq!(r.levels.len(), 4);
}

#[test]
fn edtech_coordinator_follows_the_seed_manual() {
    let catalog = bundled();
    let r = &catalog
        .get("edtech-coordinator")
        .expect("edtech-coordinator is bundled")
        .rubric;
    assert_eq!(r.role.id, "edtech-coordinator");
    let count = |id: &str| {
        r.domains
            .iter()
            .find(|d| d.id == id)
            .map_or(0, |d| d.components.len())
    };
    // The manual's bullet lists: 10 for planning, 5 for the environment,
    // 9 for instruction and 9 for professional responsibilities.
    assert_eq!(
        (count("1"), count("2"), count("3"), count("4")),
        (10, 5, 9, 9)
    );
    // Role responsibilities per school level, and duties shared by all.
    for (id, level) in [
        ("E", SchoolLevel::Elementary),
        ("M", SchoolLevel::Middle),
        ("H", SchoolLevel::High),
    ] {
        let domain = r
            .domains
            .iter()
            .find(|d| d.id == id)
            .expect("a responsibilities domain per level");
        assert_eq!(domain.applies_to, [level]);
        assert!(
            domain.components.len() >= 5,
            "domain {id} lists the job description's duties"
        );
    }
    let shared = r
        .domains
        .iter()
        .find(|d| d.id == "S")
        .expect("shared duties");
    assert!(shared.applies_to.is_empty());
}

#[test]
fn every_bundled_component_has_keywords_and_a_summary() {
    let catalog = bundled();
    for entry in &catalog.entries {
        for c in entry.rubric.components() {
            assert!(!c.summary.trim().is_empty(), "{} {}", entry.rubric.id, c.id);
            assert!(
                c.keywords.len() >= 5,
                "{} {} has few keywords",
                entry.rubric.id,
                c.id
            );
            assert!(
                c.keywords.iter().all(|k| *k == k.to_lowercase()),
                "{} {}",
                entry.rubric.id,
                c.id
            );
        }
    }
}

#[test]
fn bundled_files_on_disk_are_the_embedded_ones() {
    // The editable copies in rubrics/ and the binary's embedded copies agree.
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rubrics");
    let from_disk = Catalog::load(&[dir]);
    assert!(from_disk.errors.is_empty(), "{:?}", from_disk.errors);
    let embedded = bundled();
    for entry in &embedded.entries {
        let disk = from_disk.get(&entry.rubric.id).expect("on disk too");
        assert_eq!(disk.fingerprint, entry.fingerprint, "{}", entry.rubric.id);
        assert!(disk.replaced.is_some());
    }
}

/// Distinctive wording of the official, copyrighted level text. The bundled
/// summaries and descriptors are the project's own words, so none may appear.
const FRAMEWORK_PHRASES: &[&str] = &[
    "genuine caring",
    "genuine interest",
    "general caring",
    "culture of learning",
    "minimal loss of instructional time",
    "students themselves",
    "intellectually engaged",
    "high-level thinking",
    "true discussion",
    "step aside",
    "steps aside",
    "persists in seeking",
    "highest standards of honesty",
    "leadership role",
    "substantial contribution",
    "subtle sensitivity",
    "subtle and preventive",
    "subtle, preventive",
    "spirit of inquiry",
    "mutual support and cooperation",
    "low cognitive challenge",
    "imaginative use of",
    "seamless",
    "entirely appropriate",
    "largely ineffective",
    "energy for the work",
    "high expectations for learning",
    "assume responsibility",
    "take initiative",
    "challenges negative attitudes",
    "concerted effort",
    "pride in their work",
    "welcomes feedback",
    "seeks out opportunities for professional development",
    "rich and imaginative",
    "wide repertoire",
    "anticipate where others may get confused",
    "net result",
    "cognitively busy",
    "precise use of language",
    "easy path",
    "rote responses",
    "intellectual risks",
    "sensitivity to students as individuals",
    "business-like",
    "neither warmth nor conflict",
    "expend good effort",
    "insists on hard work",
    "high regard for students",
    "initiated by students",
    "standards of conduct",
    "sensitive to individual student",
    "adaptation of the physical environment",
    "clearly defined structure",
    "teacher scaffolding",
    "virtually all students",
    "fully aligned with the instructional",
    "language is expressive",
    "extend students' vocabularies",
    "situated within broader learning",
    "formulate many questions",
    "initiate topics",
    "unsolicited contributions",
    "all voices are heard",
    "stepping aside",
    "genuine discussion",
    "adequate time for students",
    "promote metacognition",
    "diagnose evidence of learning",
    "fully integrated into instruction",
    "self-assess and monitor",
    "seizes an opportunity",
    "spontaneous event",
    "extensive repertoire",
    "broad repertoire",
    "soliciting additional resources",
    "profoundly misjudges",
    "general references",
    "specific alternative actions",
    "probable success",
    "fully effective",
    "participate in maintaining",
    "frequent and successful",
    "culturally sensitive manner",
    "contribute to the profession",
    "systematic effort",
    "can be counted on",
    "highly proactive",
    "traditionally underserved",
    "honored in the school",
    "highest professional standards",
    "complies fully",
    "extensive knowledge of the important concepts",
];

/// Lower case with every run of punctuation and spacing made one space, so
/// "high-level" and "high level" are the same and a comma cannot hide a phrase.
fn plain(text: &str) -> String {
    text.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether `text` holds `phrase` from the start of a word, in any case and
/// punctuation: "seamless" finds "Seamlessly", "subtle preventive" finds "subtle, preventive".
fn has_phrase(text: &str, phrase: &str) -> bool {
    format!(" {}", plain(text)).contains(&format!(" {}", plain(phrase)))
}

#[test]
fn no_known_framework_phrase_appears_in_the_bundled_text() {
    let catalog = bundled();
    for entry in &catalog.entries {
        let r = &entry.rubric;
        let mut texts: Vec<(String, &str)> = r
            .domains
            .iter()
            .map(|d| (format!("domain {}", d.id), d.summary.as_str()))
            .collect();
        for c in r.components() {
            texts.push((format!("{} summary", c.id), c.summary.as_str()));
            for (score, text) in &c.descriptors {
                texts.push((format!("{} level {score}", c.id), text.as_str()));
            }
        }
        for (place, text) in texts {
            for phrase in FRAMEWORK_PHRASES {
                assert!(!has_phrase(text, phrase), "{} {place}: {phrase:?}", r.id);
            }
        }
    }
}

#[test]
fn every_level_descriptor_reads_on_its_own() {
    // A descriptor is shown alone (a chip's tooltip, one level of a PDF), so
    // none may lean on its neighbour ("Beyond that", "As at Proficient").
    let leaning = [
        "beyond that",
        "as at ",
        "as above",
        "everything at",
        "same as",
        "in addition",
    ];
    let catalog = bundled();
    for entry in &catalog.entries {
        for c in entry.rubric.components() {
            for (score, text) in &c.descriptors {
                let lower = text.to_lowercase();
                assert!(
                    !leaning.iter().any(|l| lower.starts_with(l)),
                    "{} {} level {score}: {text}",
                    entry.rubric.id,
                    c.id
                );
            }
        }
    }
}

#[test]
fn danielson_2013_2a_names_both_elements_in_full() {
    let catalog = bundled();
    let r = &catalog.get("danielson-2013").expect("bundled").rubric;
    let c = r.component("2a").expect("2a");
    assert_eq!(
        c.elements,
        [
            "Teacher interactions with students, including both words and actions",
            "Student interactions with other students, including both words and actions",
        ]
    );
}

/// Every level descriptor of the bundled rubrics, named "rubric component level".
fn all_descriptors(catalog: &Catalog) -> Vec<(String, &str)> {
    let mut all = Vec::new();
    for entry in &catalog.entries {
        for c in entry.rubric.components() {
            for (score, text) in &c.descriptors {
                all.push((
                    format!("{} {} level {score}", entry.rubric.id, c.id),
                    text.as_str(),
                ));
            }
        }
    }
    all
}

/// The words of a descriptor that carry meaning, to compare two descriptors.
fn content_words(text: &str) -> BTreeSet<String> {
    const SMALL: &[&str] = &[
        "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "at", "as",
        "is", "are", "be", "it", "its", "their", "they", "them", "this", "that", "from", "but",
        "not", "no", "so", "than", "then", "when", "while", "who", "what", "which", "each",
        "every", "all", "any", "some", "most", "many", "few", "one",
    ];
    plain(text)
        .split(' ')
        .filter(|w| !SMALL.contains(w))
        .map(str::to_string)
        .collect()
}

/// The share of two descriptors' content words that both use (0 to 1).
fn shared(a: &BTreeSet<String>, b: &BTreeSet<String>) -> f64 {
    let union = a.union(b).count().max(1);
    a.intersection(b).count() as f64 / union as f64
}

#[test]
fn every_level_differs_from_its_neighbours() {
    // A level that repeats its neighbour with a word changed cannot be told
    // apart in the room: neighbouring levels share under half their words.
    let catalog = bundled();
    for entry in &catalog.entries {
        for c in entry.rubric.components() {
            let levels: Vec<(&u32, BTreeSet<String>)> = c
                .descriptors
                .iter()
                .map(|(score, text)| (score, content_words(text)))
                .collect();
            for pair in levels.windows(2) {
                let overlap = shared(&pair[0].1, &pair[1].1);
                assert!(
                    overlap < 0.5,
                    "{} {} levels {} and {} share {:.0}% of their words",
                    entry.rubric.id,
                    c.id,
                    pair[0].0,
                    pair[1].0,
                    overlap * 100.0
                );
            }
        }
    }
}

#[test]
fn no_descriptor_is_copied_from_another() {
    // A descriptor carried over from another component or rubric (2022 3b
    // Proficient once was 2013's) describes what the other one rates.
    let catalog = bundled();
    let all: Vec<(String, BTreeSet<String>)> = all_descriptors(&catalog)
        .into_iter()
        .map(|(place, text)| (place, content_words(text)))
        .collect();
    assert!(all.len() > 400, "{} descriptors", all.len());
    for (i, (place, words)) in all.iter().enumerate() {
        for (other, other_words) in &all[i + 1..] {
            let overlap = shared(words, other_words);
            assert!(
                overlap < 0.6,
                "{place} and {other} share {:.0}% of their words",
                overlap * 100.0
            );
        }
    }
}

#[test]
fn no_descriptor_points_at_another_level() {
    // Shown alone (a tooltip, one level in a PDF), a descriptor cannot open
    // on a sentence it continues or name a level the reader does not see.
    // "Basic" is left out: it is an ordinary word ("basic operations").
    let openers = [
        "also",
        "still",
        "even",
        "again",
        "more",
        "further",
        "unlike",
        "likewise",
        "similarly",
        "moreover",
        "additionally",
        "however",
        "but",
        "and",
        "this",
        "these",
        "those",
        "it",
        "they",
        "here",
        "then",
        "otherwise",
    ];
    let levels = [
        "unsatisfactory",
        "proficient",
        "distinguished",
        "previous level",
        "next level",
        "level above",
        "level below",
        "higher level",
        "lower level",
    ];
    let catalog = bundled();
    for (place, text) in all_descriptors(&catalog) {
        let plain = plain(text);
        let first = plain.split(' ').next().unwrap_or_default();
        assert!(!openers.contains(&first), "{place} opens with {first:?}");
        for level in levels {
            assert!(!has_phrase(text, level), "{place} names {level:?}");
        }
    }
}

#[test]
fn descriptors_rate_performance_not_credentials_or_decoration() {
    // A degree or what hangs on the walls says nothing about the work seen
    // (the coordinator's 4d once counted a degree, 2022 2e bare walls).
    let off = [
        "degree",
        "bachelor",
        "master's",
        "doctorate",
        "diploma",
        "certified",
        "certification",
        "credential",
        "years of experience",
        "decorat",
        "store-bought",
        "walls are bare",
        "bare walls",
        "colorful",
        "attractive",
    ];
    let catalog = bundled();
    for (place, text) in all_descriptors(&catalog) {
        for word in off {
            assert!(!has_phrase(text, word), "{place}: {word:?}");
        }
    }
}

#[test]
fn the_rule_helpers_catch_what_they_are_for() {
    // The rules above pass on the bundled text; these show they can fail.
    assert!(has_phrase(
        "Monitoring is subtle, preventive.",
        "subtle preventive"
    ));
    assert!(has_phrase("Routines run seamlessly", "seamless"));
    assert!(!has_phrase("an unseamless join", "seamless"));
    let a = content_words("The teacher greets students by name at the door.");
    let b = content_words("The teacher greets students by name at the door and smiles.");
    assert!(shared(&a, &b) >= 0.6);
    let c = content_words("Students run the routines themselves without reminders.");
    assert!(shared(&a, &c) < 0.5);
}

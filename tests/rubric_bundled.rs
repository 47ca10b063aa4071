//! The bundled rubrics load with the counts the framework has.

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
];

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
            let lower = text.to_lowercase();
            for phrase in FRAMEWORK_PHRASES {
                assert!(!lower.contains(phrase), "{} {place}: {phrase:?}", r.id);
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

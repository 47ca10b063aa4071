//! Demo student measures for the demo's school year, so the evaluation
//! screen and the summative form show Part B: a building-level score for
//! most schools (one score per school, as the state gives it), and for
//! classroom teachers teacher-specific data, an SLO and now and then an SGO,
//! most scored and some still pending.

use chrono::{Datelike, NaiveDate};

use super::people::{at, school_year_start};
use super::rng::Rng;
use crate::record::{Educator, IdKind, Measure, MeasurePlan, RECORD_SCHEMA, id_from_bits};

/// Keeps the measures' random streams apart from the people's and visits'.
const SALT: u64 = 0x6D65_6173_7572_6573;

/// The measures of educator number `index`, dated between the start of
/// the school year and `today`.
pub fn measures(seed: u64, index: usize, educator: &Educator, today: NaiveDate) -> Vec<Measure> {
    let start = school_year_start(today);
    let year = format!("{}-{:02}", start.year(), (start.year() + 1) % 100);
    let mut rng = Rng::fork(seed ^ SALT, index as u64);
    let mut made = Maker {
        educator,
        year: &year,
        start,
        today,
        list: Vec::new(),
    };
    match building_score(seed, &educator.school) {
        Building::Scored(score) => made.add(&mut rng, "building", "", Some(score)),
        Building::Pending => made.add(&mut rng, "building", "", None),
        Building::None => {}
    }
    if educator.role == "teacher" {
        if rng.chance(0.7) {
            let score = rng.chance(0.85).then(|| tenths(&mut rng, 10, 30));
            made.add(&mut rng, "teacher-specific", "", score);
        }
        if rng.chance(0.8) {
            let title = format!("SLO: {}", educator.subject);
            let score = rng
                .chance(0.75)
                .then(|| *rng.pick(&[1.0, 2.0, 2.0, 2.5, 3.0]));
            made.add(&mut rng, "lea", &title, score);
        }
        if rng.chance(0.15) {
            let score = rng.chance(0.8).then(|| *rng.pick(&[2.0, 3.0, 3.0, 4.0]));
            made.add(&mut rng, "sgo", "SGO: fall to spring growth", score);
        }
    }
    made.list
}

/// A school's building-level score, as the state's report has it.
enum Building {
    /// No record: about one school in ten.
    None,
    /// Recorded, not yet sent: about one in five of the rest.
    Pending,
    /// On 0-3.
    Scored(f64),
}

/// A school's building-level score, the same for everyone there.
fn building_score(seed: u64, school: &str) -> Building {
    // FNV-1a: the same school gives the same stream on every machine.
    let hash = school.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let mut rng = Rng::fork(seed ^ SALT, hash);
    if rng.chance(0.1) {
        Building::None
    } else if rng.chance(0.8) {
        Building::Scored(tenths(&mut rng, 15, 30))
    } else {
        Building::Pending
    }
}

/// A score between `low` and `high` tenths, e.g. 1.5 to 3.0.
fn tenths(rng: &mut Rng, low: u64, high: u64) -> f64 {
    f64::from(u32::try_from(rng.range(low, high)).unwrap_or(0)) / 10.0
}

/// The measures of one educator as they are made.
struct Maker<'a> {
    educator: &'a Educator,
    year: &'a str,
    start: NaiveDate,
    today: NaiveDate,
    list: Vec<Measure>,
}

impl Maker<'_> {
    fn add(&mut self, rng: &mut Rng, measure: &str, title: &str, score: Option<f64>) {
        let span = (self.today - self.start).num_days().max(0);
        let offset = rng.range(0, u64::try_from(span).unwrap_or(0));
        let day = self.start + chrono::Duration::days(i64::try_from(offset).unwrap_or(0));
        let when = at(day, 16, 0);
        let source = match measure {
            "building" => "State building-level report",
            "sgo" | "lea" => "Evaluator's scoring of the goal",
            _ => "District assessment data",
        };
        self.list.push(Measure {
            schema: RECORD_SCHEMA,
            id: id_from_bits(IdKind::Measure, rng.next_u64()),
            educator_id: self.educator.id.clone(),
            school_year: self.year.to_string(),
            measure: measure.to_string(),
            title: title.to_string(),
            score,
            source: if score.is_some() {
                source.to_string()
            } else {
                String::new()
            },
            date: score.map(|_| day),
            plan: MeasurePlan::default(),
            created: when,
            changed: when,
        });
    }
}

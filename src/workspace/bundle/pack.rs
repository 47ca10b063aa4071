//! Writing a bundle from a workspace's records, optionally only one
//! school's educators and one school year's records.

use std::path::Path;

use super::{HEADER, Seal};
use crate::record::{Educator, GrowthPlan, Measure, Observation, SelfAssessment, Summative};
use crate::scoring::in_school_year;
use crate::workspace::framing::FrameWriter;
use crate::workspace::{Contents, Record, encode};

/// Which records go into a bundle; `None` takes all.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportFilter {
    /// Educators of this school (compared without case); their
    /// observations, evaluations, plans and measures follow them.
    pub school: Option<String>,
    /// Observations in this school year ("2026-27"), and evaluations,
    /// plans, student measures and self-assessments for it. Educators are not bound to a year and all go in.
    pub year: Option<String>,
}

/// A finished bundle and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Packed {
    pub bytes: Vec<u8>,
    pub educators: usize,
    pub observations: usize,
    pub summatives: usize,
    pub growth_plans: usize,
    pub measures: usize,
    pub self_assessments: usize,
    /// Artifact files carried.
    pub artifacts: usize,
    /// Artifacts the records name that could not go in (missing or
    /// damaged in the workspace), one sentence each: the records still go.
    pub left_out: Vec<String>,
}

impl Packed {
    /// "3 educators, 9 observations, 3 summative evaluations, 3 growth plans (7 KB)",
    /// with ", 6 student measures" and ", 2 self-assessments" before the
    /// size when it holds any.
    #[must_use]
    pub fn summary(&self) -> String {
        use crate::text::{count, size};
        let measures = if self.measures == 0 {
            String::new()
        } else {
            format!(
                ", {}",
                count(self.measures, "student measure", "student measures")
            )
        };
        let selves = if self.self_assessments == 0 {
            String::new()
        } else {
            format!(
                ", {}",
                count(self.self_assessments, "self-assessment", "self-assessments")
            )
        };
        let artifacts = if self.artifacts == 0 {
            String::new()
        } else {
            format!(", {}", count(self.artifacts, "artifact", "artifacts"))
        };
        format!(
            "{}, {}, {}, {}{measures}{selves}{artifacts} ({})",
            count(self.educators, "educator", "educators"),
            count(self.observations, "observation", "observations"),
            count(
                self.summatives,
                "summative evaluation",
                "summative evaluations"
            ),
            count(self.growth_plans, "growth plan", "growth plans"),
            size(self.bytes.len())
        )
    }
}

/// Packs what `filter` chooses, seals it as `seal` says and writes it to
/// `out` (atomically, owner only), or says in a sentence why nothing was
/// written: a school no educator is at, or a file that cannot be written.
/// The `Packed` returned holds the bytes written.
pub fn export_to(
    contents: &Contents,
    filter: &ExportFilter,
    seal: &Seal,
    out: &Path,
) -> Result<Packed, String> {
    let packed = seal_and_write(contents, filter, seal, out);
    match &packed {
        Ok(p) => log::info!(
            "bundle exported: {} educators, {} observations, {} evaluations, {} plans, {} measures, {} bytes",
            p.educators,
            p.observations,
            p.summatives,
            p.growth_plans,
            p.measures,
            p.bytes.len()
        ),
        Err(_) => log::warn!("bundle export failed"),
    }
    packed
}

fn seal_and_write(
    contents: &Contents,
    filter: &ExportFilter,
    seal: &Seal,
    out: &Path,
) -> Result<Packed, String> {
    let mut packed = pack(contents, filter)?;
    if let Some(school) = &filter.school
        && packed.educators == 0
    {
        return Err(format!(
            "no educator is at the school `{school}`; nothing was written"
        ));
    }
    packed.bytes = super::seal_bytes(std::mem::take(&mut packed.bytes), seal)?;
    crate::workspace::write_user_file(out, &packed.bytes)
        .map_err(|why| format!("{} cannot be written: {why}", out.display()))?;
    Ok(packed)
}

/// Packs the records the filter chooses, in a fixed order (folder, then
/// id), so the same records always make the same bundle. Without a school
/// filter, records of an educator missing from the workspace go in too (an
/// export of everything loses nothing); with one they cannot be placed and
/// stay out. Fails only if a record cannot be written as text.
pub fn pack(contents: &Contents, filter: &ExportFilter) -> Result<Packed, String> {
    let school = filter.school.as_deref().map(fold);
    let educators: Vec<&Educator> = contents
        .educators
        .iter()
        .filter(|e| school.as_ref().is_none_or(|s| *s == fold(&e.school)))
        .collect();
    let chosen: std::collections::HashSet<&str> = educators.iter().map(|e| e.id.as_str()).collect();
    let follows = |educator_id: &str| school.is_none() || chosen.contains(educator_id);
    let in_year = |year: &str| filter.year.as_deref().is_none_or(|y| y == year);
    let observations: Vec<&Observation> = contents
        .observations
        .iter()
        .filter(|o| follows(&o.educator_id))
        .filter(|o| {
            filter
                .year
                .as_deref()
                .is_none_or(|y| in_school_year(o.started_at.date_naive(), y))
        })
        .collect();
    let summatives: Vec<&Summative> = contents
        .summatives
        .iter()
        .filter(|s| follows(&s.educator_id) && in_year(&s.school_year))
        .collect();
    let growth_plans: Vec<&GrowthPlan> = contents
        .growth_plans
        .iter()
        .filter(|p| follows(&p.educator_id) && in_year(&p.school_year))
        .collect();
    let measures: Vec<&Measure> = contents
        .measures
        .iter()
        .filter(|m| follows(&m.educator_id) && in_year(&m.school_year))
        .collect();

    let mut body = FrameWriter::new(HEADER);
    add_all(&mut body, &educators)?;
    add_all(&mut body, &observations)?;
    add_all(&mut body, &summatives)?;
    add_all(&mut body, &growth_plans)?;
    add_all(&mut body, &measures)?;
    let self_assessments = year_self_assessments(contents, &follows, &in_year);
    add_all(&mut body, &self_assessments)?;
    let carried = Carried::gather(contents, &observations, &summatives, &growth_plans);
    carried.add(&mut body);
    if body.len() > super::MAX_BUNDLE_BYTES {
        return Err(format!(
            "the bundle would be {} bytes with its artifacts, more than the {} bytes a bundle may have; export one school or one school year at a time",
            body.len(),
            super::MAX_BUNDLE_BYTES
        ));
    }
    Ok(Packed {
        bytes: body.finish(),
        educators: educators.len(),
        observations: observations.len(),
        summatives: summatives.len(),
        growth_plans: growth_plans.len(),
        measures: measures.len(),
        self_assessments: self_assessments.len(),
        artifacts: carried.files.len(),
        left_out: carried.left_out,
    })
}

/// The artifact files of the records packed, by hash, and those that cannot go.
struct Carried {
    files: Vec<(String, Vec<u8>)>,
    left_out: Vec<String>,
}

impl Carried {
    /// Reads each artifact the records name once, in hash order.
    fn gather<'a>(
        contents: &Contents,
        observations: &[&'a Observation],
        summatives: &[&'a Summative],
        growth_plans: &[&'a GrowthPlan],
    ) -> Carried {
        let mut named: std::collections::BTreeMap<&str, (&'static str, &str)> =
            std::collections::BTreeMap::new();
        // The files of educators' responses go too: they are evidence on the record.
        let answered = |responses: &'a [crate::record::EducatorResponse], what, id| {
            responses.iter().map(move |r| (&r.artifacts, what, id))
        };
        let listed = observations
            .iter()
            .flat_map(|o| {
                std::iter::once((&o.artifacts, "observation", o.id.as_str())).chain(answered(
                    &o.responses,
                    "observation",
                    o.id.as_str(),
                ))
            })
            .chain(summatives.iter().flat_map(|s| {
                std::iter::once((&s.artifacts, "summative evaluation", s.id.as_str())).chain(
                    answered(&s.responses, "summative evaluation", s.id.as_str()),
                )
            }))
            .chain(
                growth_plans
                    .iter()
                    .map(|p| (&p.artifacts, "growth plan", p.id.as_str())),
            );
        for (artifacts, what, id) in listed {
            for a in artifacts {
                named.entry(a.sha256.as_str()).or_insert((what, id));
            }
        }
        let mut carried = Carried {
            files: Vec::new(),
            left_out: Vec::new(),
        };
        for (sha, (what, id)) in named {
            match contents.artifacts.bytes(sha) {
                Ok(bytes) => carried.files.push((sha.to_string(), bytes)),
                Err(state) => carried.left_out.push(format!(
                    "The artifact {} of the {what} `{id}` is not in the bundle: {}.",
                    crate::record::trail::short(sha),
                    state.problem().unwrap_or_default()
                )),
            }
        }
        carried
    }

    /// Appends each file as an `artifacts/<sha256>` entry.
    fn add(&self, body: &mut FrameWriter) {
        for (sha, bytes) in &self.files {
            body.add(&format!("{}/{sha}", crate::workspace::ARTIFACTS_DIR), bytes);
        }
    }
}

/// The self-assessments of the educators and the year chosen.
fn year_self_assessments<'a>(
    contents: &'a Contents,
    follows: &dyn Fn(&str) -> bool,
    in_year: &dyn Fn(&str) -> bool,
) -> Vec<&'a SelfAssessment> {
    (contents.self_assessments.iter())
        .filter(|s| follows(&s.educator_id) && in_year(&s.school_year))
        .collect()
}

/// Appends each record as an entry, by id.
fn add_all<R: Record>(body: &mut FrameWriter, records: &[&R]) -> Result<(), String> {
    let mut sorted: Vec<&&R> = records.iter().collect();
    sorted.sort_by(|a, b| a.id().cmp(b.id()));
    for record in &sorted {
        let text = encode(**record).map_err(|e| {
            format!(
                "the {} `{}` could not be written into the bundle: {e}",
                R::NAME,
                record.id()
            )
        })?;
        body.add(
            &format!("{}/{}.ron", R::FOLDER, record.id()),
            text.as_bytes(),
        );
    }
    Ok(())
}

/// School names compare trimmed, with single spaces, without case.
fn fold(text: &str) -> String {
    text.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

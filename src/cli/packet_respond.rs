//! `teacher-eval packet respond`: the educator's answers read from the
//! command line and the files it names, made into a sealed response by
//! `workspace::packet::build_response`, and written to `--out` only.
//!
//! The self-assessment file holds the `self-assessment set` options as
//! lines: `level 1a=proficient`, `evidence 1a=…`, `goal 3b 3c: …`.

use std::path::Path;

use super::packet_args::PacketRespond;
use super::self_assessment_cmd::{component_id, parse_level, split_pair};
use crate::record::{ProposedGoal, SelfAssessment, Supplied};
use crate::rubric::{Rubric, parse_tags};
use crate::workspace::packet::{
    Answers, Attachment, MAX_REFLECTION_CHARS, Packet, SelfAssessmentAnswer, build_response,
    write_response,
};

/// A reflection or self-assessment file is text; one larger than this is refused unread.
const MAX_ANSWER_FILE_BYTES: usize = 4 * MAX_REFLECTION_CHARS + 1024;

pub fn respond(args: &PacketRespond) -> Result<String, String> {
    if let Some(option) = args.misplaced {
        return Err(format!(
            "{option} describes the file of the --attach before it, and none comes before it; nothing was written."
        ));
    }
    let packet = super::packet_cmd::opened(&args.file, args.passphrase_file.as_deref())?;
    let reflection = match &args.reflection_file {
        Some(file) => text_file(file, "reflection")?,
        None => String::new(),
    };
    let self_assessment = match &args.self_assessment_file {
        Some(file) => Some(self_assessment(
            &text_file(file, "self-assessment")?,
            &packet,
            file,
        )?),
        None => None,
    };
    let answers = Answers {
        name: args.name.clone(),
        acknowledged_at: crate::record::now(),
        reflection,
        attachments: (args.grouped.iter())
            .map(|a| Attachment {
                path: a.file.clone(),
                caption: a.caption.clone(),
                components: a.components.clone(),
            })
            .collect(),
        self_assessment,
    };
    let (bytes, manifest) = build_response(&packet, &answers).map_err(|e| format!("{e}."))?;
    write_response(&args.out, &bytes, args.force).map_err(|e| match e {
        crate::workspace::packet::PacketError::Write(..) if !args.force => {
            format!("{e} (give --force to replace it); nothing was written.")
        }
        other => format!("{other}; nothing was written."),
    })?;
    Ok(format!(
        "Wrote {}: {} acknowledges receipt of the {} {} (version {}){}. Give this file to {}; only their workspace can open it.\n",
        args.out.display(),
        manifest.name,
        packet.manifest.about.what(),
        packet.manifest.about.record_id(),
        packet
            .manifest
            .version
            .as_deref()
            .map_or("none", crate::record::trail::short),
        answered(&manifest),
        packet.manifest.evaluator
    ))
}

/// ", with a reflection and 2 artifacts", or nothing.
fn answered(m: &crate::workspace::packet::ResponseManifest) -> String {
    let mut parts = Vec::new();
    if !m.reflection.trim().is_empty() {
        parts.push("a reflection".to_string());
    }
    if !m.artifacts.is_empty() {
        parts.push(crate::text::count(
            m.artifacts.len(),
            "artifact",
            "artifacts",
        ));
    }
    if m.self_assessment.is_some() {
        parts.push("a self-assessment".to_string());
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!(", with {}", parts.join(" and "))
    }
}

/// A text file the educator wrote, read as it is (UTF-8; a byte-order mark dropped).
fn text_file(path: &Path, what: &str) -> Result<String, String> {
    let bytes = crate::files::bounded::read_bounded(path, MAX_ANSWER_FILE_BYTES).map_err(|e| {
        format!(
            "the {what} file {} cannot be read: {}; nothing was written.",
            path.display(),
            crate::workspace::plain(&e)
        )
    })?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|_| {
        format!(
            "the {what} file {} is not UTF-8 text; nothing was written.",
            path.display()
        )
    })
}

/// The self-assessment lines, checked against the packet's rubric.
fn self_assessment(
    text: &str,
    packet: &Packet,
    path: &Path,
) -> Result<SelfAssessmentAnswer, String> {
    let rubric = &packet.rubric;
    let m = &packet.manifest;
    let mut scratch =
        SelfAssessment::new(&m.educator_id, "", (&rubric.id, ""), Supplied::Educator, "");
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        apply_line(&mut scratch, line, rubric)
            .map_err(|why| format!("line {} of {}: {why}", n + 1, path.display()))?;
    }
    scratch.sort_by_rubric(rubric);
    Ok(SelfAssessmentAnswer {
        components: scratch.components,
        goals: scratch.goals,
    })
}

fn apply_line(sa: &mut SelfAssessment, line: &str, rubric: &Rubric) -> Result<(), String> {
    let (word, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
    match word.to_lowercase().as_str() {
        "level" => {
            let (component, typed) = split_pair(rest, "level", "1a=proficient")?;
            let component = component_id(rubric, component)?;
            sa.set(&component, parse_level(rubric, typed)?, None);
        }
        "evidence" => {
            let (component, typed) =
                split_pair(rest, "evidence", "1a=Unit plans cite the standards")?;
            let component = component_id(rubric, component)?;
            let level = sa.level_of(&component);
            sa.set(&component, level, Some(typed.trim()));
        }
        "goal" => {
            let tagged = parse_tags(rubric, rest);
            if tagged.text.trim().is_empty() {
                return Err("the goal has no words besides its components".into());
            }
            sa.goals.push(ProposedGoal {
                text: tagged.text.trim().to_string(),
                components: tagged.components,
            });
        }
        _ => {
            return Err(format!(
                "`{word}` is not level, evidence or goal (e.g. `level 1a=proficient`)"
            ));
        }
    }
    Ok(())
}

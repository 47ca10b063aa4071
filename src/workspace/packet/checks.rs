//! The checks every answer in a response passes, on the educator's side
//! when it is written and again on the principal's when it is imported:
//! the name, the reflection, the artifacts and the self-assessment, each
//! within its limits, free of control characters where a line cannot hold
//! them, and naming only components the rubric has.

use std::collections::BTreeMap;

use super::manifest::{MayAnswer, ResponseManifest, SelfAssessmentAnswer};
use crate::record::artifact::{
    MAX_ARTIFACT_BYTES, MAX_ARTIFACTS, MAX_CAPTION_CHARS, MAX_NAME_CHARS as MAX_FILE_NAME_CHARS,
    MAX_RECORD_ARTIFACT_BYTES, is_sha256,
};
use crate::record::{Artifact, FileKind, Supplier, is_valid_id};
use crate::rubric::Rubric;

/// The longest name typed to acknowledge, in characters.
pub const MAX_NAME_CHARS: usize = 200;
/// The longest reflection, in characters.
pub const MAX_REFLECTION_CHARS: usize = 100_000;
/// The longest evidence sentence or goal of a self-assessment, in characters.
pub const MAX_EVIDENCE_CHARS: usize = 10_000;
/// The most goals a self-assessment may propose.
pub const MAX_GOALS: usize = 50;

/// One line of text: no control character at all.
fn one_line(text: &str) -> bool {
    !text.chars().any(char::is_control)
}

/// Text of several lines: line breaks and tabs, no other control character.
fn many_lines(text: &str) -> bool {
    !text
        .chars()
        .any(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
}

/// The acknowledging name, trimmed, or why it cannot be used.
pub(super) fn name(typed: &str) -> Result<String, String> {
    let name = typed.trim();
    if name.is_empty() {
        return Err("type your name to acknowledge receipt".into());
    }
    if name.chars().count() > MAX_NAME_CHARS {
        return Err(format!(
            "the name is longer than the {MAX_NAME_CHARS} characters a name may have"
        ));
    }
    if !one_line(name) {
        return Err("the name holds a control character (a line break, a tab or the like)".into());
    }
    Ok(name.to_string())
}

/// The reflection, kept exactly as typed, or why it cannot be.
pub(super) fn reflection(text: &str) -> Result<(), String> {
    let chars = text.chars().count();
    if chars > MAX_REFLECTION_CHARS {
        return Err(format!(
            "the reflection is {chars} characters, more than the {MAX_REFLECTION_CHARS} allowed"
        ));
    }
    if !many_lines(text) {
        return Err(
            "the reflection holds a control character other than a line break or tab".into(),
        );
    }
    Ok(())
}

/// Everything a response's manifest says, checked against what the packet
/// allowed and the rubric; `files` are the artifact entries by hash.
pub(super) fn response(
    manifest: &ResponseManifest,
    may: MayAnswer,
    rubric: &Rubric,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(), String> {
    if manifest.format != super::RESPONSE_FORMAT {
        return Err(format!(
            "its format is {}; this teacher-eval reads format {}",
            manifest.format,
            super::RESPONSE_FORMAT
        ));
    }
    for (id, prefix) in [
        (&manifest.response_id, "rsp-"),
        (&manifest.packet_id, "pkt-"),
    ] {
        if !(is_valid_id(id) && id.starts_with(prefix)) {
            return Err(format!("`{}` is not a valid {prefix}… id", printable(id)));
        }
    }
    if name(&manifest.name)? != manifest.name {
        return Err("the name has spaces around it".into());
    }
    reflection(&manifest.reflection)?;
    if !may.reflection && !manifest.reflection.is_empty() {
        return Err("it holds a reflection, which the packet did not ask for".into());
    }
    if !may.artifacts && !manifest.artifacts.is_empty() {
        return Err("it holds artifacts, which the packet did not ask for".into());
    }
    artifacts(&manifest.artifacts, rubric, files)?;
    match &manifest.self_assessment {
        Some(_) if !may.self_assessment => {
            Err("it holds a self-assessment, which the packet did not ask for".into())
        }
        Some(answer) => self_assessment(answer, rubric),
        None => Ok(()),
    }
}

/// Each artifact: a hash with its bytes beside it, of the kind and size it
/// says, within the limits, with a caption of one line and the rubric's components.
fn artifacts(
    list: &[Artifact],
    rubric: &Rubric,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(), String> {
    if list.len() > MAX_ARTIFACTS {
        return Err(format!("it holds more than {MAX_ARTIFACTS} artifacts"));
    }
    let total: u64 = list.iter().map(|a| a.size).sum();
    if total > MAX_RECORD_ARTIFACT_BYTES {
        return Err(format!(
            "its artifacts come to {total} bytes, more than the {MAX_RECORD_ARTIFACT_BYTES} bytes one record may have"
        ));
    }
    for (i, a) in list.iter().enumerate() {
        artifact(a, rubric, files).map_err(|why| format!("artifact {}: {why}", i + 1))?;
        if list[..i].iter().any(|b| b.sha256 == a.sha256) {
            return Err(format!(
                "artifact {} is the same file as an earlier one",
                i + 1
            ));
        }
    }
    if let Some(extra) = files
        .keys()
        .find(|sha| !list.iter().any(|a| &a.sha256 == *sha))
    {
        return Err(format!(
            "it carries the file {} that no artifact names",
            crate::record::trail::short(extra)
        ));
    }
    Ok(())
}

fn artifact(
    a: &Artifact,
    rubric: &Rubric,
    files: &BTreeMap<String, Vec<u8>>,
) -> Result<(), String> {
    if !is_sha256(&a.sha256) {
        return Err("its SHA-256 is not 64 lower-case hex digits".into());
    }
    let bytes = files
        .get(&a.sha256)
        .ok_or("its file is not in the response")?;
    if a.size != bytes.len() as u64 || a.size > MAX_ARTIFACT_BYTES {
        return Err("its size is not the size of its file".into());
    }
    let name_chars = a.file_name.chars().count();
    if a.file_name.trim().is_empty() || name_chars > MAX_FILE_NAME_CHARS {
        return Err(format!(
            "its file name is empty or longer than {MAX_FILE_NAME_CHARS} characters"
        ));
    }
    if !one_line(&a.file_name) || a.file_name.contains(['/', '\\']) {
        return Err("its file name holds a control character or a path separator".into());
    }
    if FileKind::detect(&a.file_name, bytes).ok() != Some(a.kind) {
        return Err("its file is not of the kind it says".into());
    }
    if a.caption.chars().count() > MAX_CAPTION_CHARS || !one_line(&a.caption) {
        return Err(format!(
            "its caption is longer than {MAX_CAPTION_CHARS} characters or holds a control character"
        ));
    }
    if a.supplied_by != Supplier::Educator || !one_line(&a.added_by) {
        return Err("it does not say the educator supplied it".into());
    }
    components(&a.components, rubric)
}

/// Every component must be the rubric's own id, each once.
fn components(ids: &[String], rubric: &Rubric) -> Result<(), String> {
    for (i, id) in ids.iter().enumerate() {
        if !rubric.components().any(|c| &c.id == id) {
            return Err(format!(
                "the rubric {} has no component `{}`",
                rubric.id,
                printable(id)
            ));
        }
        if ids[..i].contains(id) {
            return Err(format!("it names the component {id} twice"));
        }
    }
    Ok(())
}

/// Levels the rubric has, evidence and goals within their limits.
pub(super) fn self_assessment(
    answer: &SelfAssessmentAnswer,
    rubric: &Rubric,
) -> Result<(), String> {
    let ids: Vec<String> = answer
        .components
        .iter()
        .map(|r| r.component.clone())
        .collect();
    components(&ids, rubric).map_err(|why| format!("the self-assessment: {why}"))?;
    for r in &answer.components {
        if let Some(level) = r.level
            && rubric.level(level).is_none()
        {
            return Err(format!(
                "the self-assessment gives {} the level {level}, which the rubric {} does not have",
                r.component, rubric.id
            ));
        }
        text(&r.evidence, &format!("the evidence for {}", r.component))?;
    }
    if answer.goals.len() > MAX_GOALS {
        return Err(format!(
            "the self-assessment proposes more than {MAX_GOALS} goals"
        ));
    }
    for (i, goal) in answer.goals.iter().enumerate() {
        let what = format!("goal {}", i + 1);
        if goal.text.trim().is_empty() {
            return Err(format!("{what} of the self-assessment has no words"));
        }
        text(&goal.text, &what)?;
        components(&goal.components, rubric).map_err(|why| format!("{what}: {why}"))?;
    }
    Ok(())
}

fn text(text: &str, what: &str) -> Result<(), String> {
    if text.chars().count() > MAX_EVIDENCE_CHARS || !many_lines(text) {
        return Err(format!(
            "{what} is longer than {MAX_EVIDENCE_CHARS} characters or holds a control character"
        ));
    }
    Ok(())
}

/// Text from a file as it may be shown in a sentence.
pub(super) fn printable(text: &str) -> String {
    crate::workspace::framing::printable(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_is_trimmed_and_one_line() {
        assert_eq!(name("  Ana Ruiz ").as_deref(), Ok("Ana Ruiz"));
        assert!(name("   ").is_err());
        assert!(name("Ana\nRuiz").is_err());
        assert!(name("Ana\u{1b}[2J").is_err());
        assert!(name(&"a".repeat(MAX_NAME_CHARS + 1)).is_err());
        assert!(name(&"é".repeat(MAX_NAME_CHARS)).is_ok());
    }

    #[test]
    fn a_reflection_keeps_its_lines_but_no_other_control_character() {
        assert!(reflection("First line\r\nSecond\tline\n").is_ok());
        assert!(reflection("bell \u{7}").is_err());
        assert!(reflection(&"x".repeat(MAX_REFLECTION_CHARS + 1)).is_err());
    }
}

//! Artifacts in a document: each one (caption, file name, kind and size,
//! SHA-256, components, who supplied it) under the components it is
//! evidence of, and those tied to none in a list of their own. A file the
//! workspace no longer holds as attached is said so beside it.

use std::path::Path;

use super::blocks::{Block, Column, Table};
use super::document::Document;
use super::house_style::{section, sub};
use super::style::{Face, MUTED, Span};
use crate::record::Artifact;
use crate::rubric::Rubric;
use crate::workspace::artifacts::blob_state;

/// The artifacts tagged with component `id`.
pub(super) fn for_component<'a>(artifacts: &'a [Artifact], id: &str) -> Vec<&'a Artifact> {
    artifacts
        .iter()
        .filter(|a| a.components.iter().any(|c| crate::text::same_text(c, id)))
        .collect()
}

/// The artifacts tied to no component.
pub(super) fn untied(artifacts: &[Artifact]) -> Vec<&Artifact> {
    artifacts
        .iter()
        .filter(|a| a.components.is_empty())
        .collect()
}

/// The tags of `artifacts` the rubric does not have, in order of first use.
pub(super) fn unknown_tags(artifacts: &[Artifact], rubric: Option<&Rubric>) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    for tag in artifacts.iter().flat_map(|a| &a.components) {
        let known = rubric.is_some_and(|r| r.component(tag).is_some());
        if !known && !tags.iter().any(|t| crate::text::same_text(t, tag)) {
            tags.push(tag.clone());
        }
    }
    tags
}

/// One row per artifact: what it is, then its hash; its components and
/// supplier beside. `root` is the workspace whose copies are checked.
pub(super) fn table(artifacts: &[&Artifact], root: Option<&Path>, continued: String) -> Table {
    let mut table = Table::grid(vec![
        Column::new("Artifact", 0.72),
        Column::new("Components", 0.28),
    ]);
    table.continued = Some(continued);
    table.size = 9.0;
    table.space_after = 6.0;
    for artifact in artifacts {
        table.row(vec![described(artifact, root), tied(artifact)]);
    }
    table
}

fn described(artifact: &Artifact, root: Option<&Path>) -> Vec<Span> {
    let mut spans = Vec::new();
    if !artifact.caption.is_empty() {
        spans.push(Span::bold(format!("{}\n", artifact.caption)));
    }
    spans.push(Span::plain(format!(
        "{} ({}, {})\n",
        artifact.shown_name(),
        artifact.kind.label(),
        crate::text::size(usize::try_from(artifact.size).unwrap_or(usize::MAX))
    )));
    spans.push(Span::muted(format!("SHA-256 {}", artifact.sha256)));
    if let Some(problem) = root.and_then(|r| blob_state(r, &artifact.sha256).problem()) {
        spans.push(Span::new(
            format!("\nNot available: {problem}."),
            Face::Italic,
            super::style::INK,
        ));
    }
    spans
}

fn tied(artifact: &Artifact) -> Vec<Span> {
    let components = if artifact.components.is_empty() {
        "none".to_string()
    } else {
        artifact.components.join(", ")
    };
    vec![
        Span::plain(format!("{components}\n")),
        Span::new(
            format!(
                "Supplied by {}, {}",
                artifact.supplied_by,
                super::format::date(&artifact.added_at)
            ),
            Face::Regular,
            MUTED,
        ),
    ]
}

/// A section of its own (the evaluation and the plan): the artifacts by
/// component in rubric order, then tags the rubric lacks, then the rest.
pub(super) fn artifacts_section(
    doc: &mut Document,
    artifacts: &[Artifact],
    rubric: Option<&Rubric>,
    root: Option<&Path>,
) {
    if artifacts.is_empty() {
        return;
    }
    section(doc, "Artifacts");
    let mut tags: Vec<(String, String)> = rubric
        .map(|r| {
            r.components()
                .map(|c| (c.id.clone(), format!("{} {}", c.id, c.name)))
                .collect()
        })
        .unwrap_or_default();
    tags.extend(
        unknown_tags(artifacts, rubric)
            .into_iter()
            .map(|t| (t.clone(), t)),
    );
    for (id, title) in tags {
        let tagged = for_component(artifacts, &id);
        if tagged.is_empty() {
            continue;
        }
        sub(doc, vec![Span::bold(format!("Evidence for {title}"))]);
        doc.push(Block::Table(table(
            &tagged,
            root,
            format!("Artifacts for {title} (continued)"),
        )));
    }
    let rest = untied(artifacts);
    if !rest.is_empty() {
        sub(doc, vec![Span::bold("Artifacts not tied to a component")]);
        doc.push(Block::Table(table(
            &rest,
            root,
            "Artifacts not tied to a component (continued)".into(),
        )));
    }
}

//! The kinds of visit each role is seen in, as data: what each is called,
//! its report's title, whether it is announced unless said otherwise and
//! which components it may rate. A teacher is seen in a lesson; a
//! technology coordinator leading a training session, at a site, in the
//! documents kept, in a planning conference. Read from `rubrics/visits/`
//! (bundled, then the user's `visits/` folders; a later file's role
//! replaces an earlier one's).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::Rubric;
use crate::record::ObservationKind;

/// The version of the visits file format this build reads.
pub const VISITS_SCHEMA: u32 = 1;

/// The role whose kinds an educator of a role no file lists is offered.
const FALLBACK_ROLE: &str = "teacher";

/// One visits file as written.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitKinds {
    pub schema: u32,
    pub title: String,
    /// Who wrote it, or where it comes from.
    pub source: String,
    pub roles: Vec<RoleVisits>,
}

/// The kinds of visit of one role, in the order they are offered.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RoleVisits {
    /// A role id as rubrics name it: `teacher`, `edtech-coordinator`.
    pub role: String,
    pub kinds: Vec<VisitKind>,
}

/// One kind of visit as a role has it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VisitKind {
    pub kind: ObservationKind,
    /// What the window, the lists and the calendar call it.
    pub name: String,
    /// The title of its report.
    pub title: String,
    /// Whether a new visit of this kind is announced unless said otherwise.
    pub announced: bool,
    /// Domain ids whose components it may rate.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub domains: Vec<String>,
    /// Component ids it may rate besides those domains'.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub components: Vec<String>,
}

/// A rating refused because the kind of visit does not rate that component.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a {name} rates only {limits}, and {component} is not one of them")]
pub struct NotForKind {
    pub name: String,
    pub limits: String,
    pub component: String,
}

impl VisitKind {
    /// What a kind no loaded file describes is: rated on every component,
    /// titled as every observation report was before kinds were data.
    #[must_use]
    pub fn unlisted(kind: ObservationKind) -> VisitKind {
        VisitKind {
            kind,
            name: kind.to_string(),
            title: "Classroom Observation Report".to_string(),
            announced: kind.announced_by_default(),
            domains: Vec::new(),
            components: Vec::new(),
        }
    }

    /// Whether it may rate every component.
    #[must_use]
    pub fn rates_all(&self) -> bool {
        self.domains.is_empty() && self.components.is_empty()
    }

    /// Whether a rating of `component` of `rubric` fits this kind of visit.
    #[must_use]
    pub fn may_rate(&self, rubric: &Rubric, component: &str) -> bool {
        if self.rates_all() || self.components.iter().any(|c| same(c, component)) {
            return true;
        }
        rubric.domains.iter().any(|d| {
            self.domains.iter().any(|id| same(id, &d.id))
                && d.components.iter().any(|c| same(&c.id, component))
        })
    }

    /// A rating of `component` allowed, or the sentence refusing it.
    pub fn check_rating(&self, rubric: &Rubric, component: &str) -> Result<(), NotForKind> {
        if self.may_rate(rubric, component) {
            return Ok(());
        }
        Err(NotForKind {
            name: self.name.to_lowercase(),
            limits: self.limits(),
            component: component.to_string(),
        })
    }

    /// "the components of domains 2 and 3", "the components of domain 1 and 4e".
    #[must_use]
    pub fn limits(&self) -> String {
        let mut parts = Vec::new();
        match self.domains.as_slice() {
            [] => {}
            [one] => parts.push(format!("the components of domain {one}")),
            many => parts.push(format!(
                "the components of domains {}",
                crate::text::and_list(many)
            )),
        }
        parts.extend(self.components.iter().cloned());
        if parts.is_empty() {
            return "every component".to_string();
        }
        crate::text::and_list(&parts)
    }
}

/// Every visits file that loaded, merged: each role as the last file that
/// lists it says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Visits {
    pub roles: Vec<RoleVisits>,
}

impl Visits {
    /// Adds one file's roles, replacing those already listed.
    pub fn merge(&mut self, file: VisitKinds) {
        for role in file.roles {
            match self.roles.iter_mut().find(|r| same(&r.role, &role.role)) {
                Some(existing) => *existing = role,
                None => self.roles.push(role),
            }
        }
    }

    /// The kinds offered to an educator of `role`: the role's own, else
    /// those of teachers, else every classroom kind.
    #[must_use]
    pub fn offered(&self, role: &str) -> Vec<Cow<'_, VisitKind>> {
        let listed = self
            .listed(role)
            .or_else(|| self.listed(FALLBACK_ROLE))
            .map(|r| r.kinds.iter().map(Cow::Borrowed).collect::<Vec<_>>());
        listed.unwrap_or_else(|| {
            ObservationKind::ALL
                .iter()
                .take(4)
                .map(|k| Cow::Owned(VisitKind::unlisted(*k)))
                .collect()
        })
    }

    /// What a visit of `kind` to an educator of `role` is: as the role
    /// lists it, else as the first role that lists it, else unlisted. A
    /// record of a kind its role no longer offers keeps its name and title.
    #[must_use]
    pub fn kind(&self, role: &str, kind: ObservationKind) -> Cow<'_, VisitKind> {
        self.offered(role)
            .into_iter()
            .find(|v| v.kind == kind)
            .or_else(|| {
                self.roles
                    .iter()
                    .flat_map(|r| &r.kinds)
                    .find(|v| v.kind == kind)
                    .map(Cow::Borrowed)
            })
            .unwrap_or_else(|| Cow::Owned(VisitKind::unlisted(kind)))
    }

    /// The kind a new visit starts as until another is chosen: informal
    /// when the role has it, else the role's first.
    #[must_use]
    pub fn usual(&self, role: &str) -> ObservationKind {
        let offered = self.offered(role);
        offered
            .iter()
            .map(|v| v.kind)
            .find(|k| *k == ObservationKind::Informal)
            .or_else(|| offered.first().map(|v| v.kind))
            .unwrap_or(ObservationKind::Informal)
    }

    /// The kind a typed key names, if `role` is offered it; else the
    /// sentence saying which are.
    pub fn choose(&self, role: &str, typed: &str) -> Result<ObservationKind, String> {
        let offered = self.offered(role);
        let found = ObservationKind::from_key(typed)
            .filter(|k| offered.iter().any(|v| v.kind == *k))
            .or_else(|| {
                offered
                    .iter()
                    .find(|v| crate::text::same_text(&v.name, typed))
                    .map(|v| v.kind)
            });
        found.ok_or_else(|| {
            let keys: Vec<&str> = offered.iter().map(|v| v.kind.key()).collect();
            format!(
                "`{}` is not a kind of visit for a {role}; use {}",
                crate::files::csv_rows::shown(typed),
                crate::text::or_list(&keys)
            )
        })
    }

    fn listed(&self, role: &str) -> Option<&RoleVisits> {
        self.roles.iter().find(|r| same(&r.role, role))
    }
}

fn same(a: &str, b: &str) -> bool {
    crate::text::same_text(a.trim(), b.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bundled() -> Visits {
        let file = super::super::parse_visits(
            "bundled",
            include_bytes!("../../rubrics/visits/default.ron"),
        )
        .expect("reads");
        let mut visits = Visits::default();
        visits.merge(file);
        visits
    }

    #[test]
    fn each_role_is_offered_its_own_kinds_and_others_the_teachers() {
        let visits = bundled();
        let keys = |role: &str| -> Vec<&str> {
            visits.offered(role).iter().map(|k| k.kind.key()).collect()
        };
        assert_eq!(
            keys("teacher"),
            ["formal", "informal", "walkthrough", "virtual"]
        );
        assert_eq!(
            keys("EdTech-Coordinator"),
            [
                "pd-session",
                "site-visit",
                "artifact-review",
                "planning-conference"
            ]
        );
        assert_eq!(keys("librarian"), keys("teacher"));
        assert_eq!(visits.usual("teacher"), ObservationKind::Informal);
        assert_eq!(
            visits.usual("edtech-coordinator"),
            ObservationKind::ProfessionalDevelopment
        );
        assert_eq!(Visits::default().offered("teacher").len(), 4);
    }

    #[test]
    fn an_older_kind_keeps_its_name_and_title_and_rates_everything() {
        let visits = bundled();
        let formal = visits.kind("edtech-coordinator", ObservationKind::Formal);
        assert_eq!(formal.title, "Classroom Observation Report");
        assert!(formal.rates_all());
        let none = Visits::default();
        let pd = none.kind("teacher", ObservationKind::ProfessionalDevelopment);
        assert_eq!(pd.name, "Professional development session");
        assert!(pd.rates_all());
    }

    #[test]
    fn a_later_file_replaces_a_role_and_keeps_the_rest() {
        let mut visits = bundled();
        visits.merge(VisitKinds {
            schema: VISITS_SCHEMA,
            title: "District".into(),
            source: "Handbook".into(),
            roles: vec![RoleVisits {
                role: "Teacher".into(),
                kinds: vec![VisitKind::unlisted(ObservationKind::Walkthrough)],
            }],
        });
        assert_eq!(visits.offered("teacher").len(), 1);
        assert_eq!(visits.offered("edtech-coordinator").len(), 4);
        let said = visits.choose("teacher", "formal").expect_err("refused");
        assert_eq!(
            said,
            "`formal` is not a kind of visit for a teacher; use walkthrough"
        );
    }

    #[test]
    fn limits_read_as_a_sentence() {
        let mut kind = VisitKind::unlisted(ObservationKind::Walkthrough);
        assert_eq!(kind.limits(), "every component");
        kind.domains = vec!["2".into(), "3".into()];
        assert_eq!(kind.limits(), "the components of domains 2 and 3");
        kind.domains = vec!["1".into()];
        kind.components = vec!["4e".into(), "S1".into()];
        assert_eq!(kind.limits(), "the components of domain 1, 4e and S1");
    }
}

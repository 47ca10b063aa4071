//! What importing a roster would do to the educators already kept: who is
//! new, whose record would change and how, who is unchanged, and who of the
//! roster's schools is no longer in it. A person is the same person by the
//! district's ids when both sides have one (a `OneRoster` `sourcedId`, else
//! an employee id), else by name and school, folded for case and accents.
//! An empty cell never clears what a record holds.

use std::collections::{HashMap, HashSet};

use super::columns::compact;
use super::read::{Entry, RosterFile};
use super::{RowError, school_level_key};
use crate::record::Educator;
use crate::rubric::Catalog;

/// What an import would do, before anything is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    /// The file as read: columns, preview, rows with problems, unmatched values.
    pub file: RosterFile,
    /// Educators to add.
    pub new: Vec<Entry>,
    /// Educators whose record the roster changes.
    pub updates: Vec<Update>,
    /// Rows that match an educator and change nothing.
    pub unchanged: usize,
    /// Rows that match an archived educator: left as they are.
    pub archived: Vec<Missing>,
    /// Educators of the roster's schools that no row names: archiving candidates.
    pub missing: Vec<Missing>,
}

/// One educator's record before and after the roster's changes.
#[derive(Debug, Clone, PartialEq)]
pub struct Update {
    pub line: u64,
    pub before: Educator,
    pub after: Educator,
    pub changes: Vec<Change>,
}

/// One field that changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

/// An educator the import lists without changing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Missing {
    pub id: String,
    pub name: String,
    pub school: String,
}

impl Missing {
    fn of(e: &Educator) -> Missing {
        Missing {
            id: e.id.clone(),
            name: e.name.clone(),
            school: e.school.clone(),
        }
    }
}

/// Where each existing educator is found: by each id and by name and school.
struct Index<'a> {
    existing: &'a [Educator],
    sourced: HashMap<String, usize>,
    employee: HashMap<String, usize>,
    person: HashMap<(String, String), Vec<usize>>,
}

impl<'a> Index<'a> {
    fn of(existing: &'a [Educator]) -> Index<'a> {
        let mut index = Index {
            existing,
            sourced: HashMap::new(),
            employee: HashMap::new(),
            person: HashMap::new(),
        };
        for (i, e) in existing.iter().enumerate() {
            for (map, id) in [
                (&mut index.sourced, &e.roster_ids.sourced_id),
                (&mut index.employee, &e.roster_ids.employee_id),
            ] {
                if !id.is_empty() {
                    map.entry(compact(id)).or_insert(i);
                }
            }
            index.person.entry(person(e)).or_default().push(i);
        }
        index
    }

    /// The existing educator a roster row is, if any.
    fn find(&self, row: &Educator) -> Option<usize> {
        let ids = &row.roster_ids;
        let by_id = |map: &HashMap<String, usize>, id: &str| {
            (!id.is_empty())
                .then(|| map.get(&compact(id)).copied())
                .flatten()
        };
        if let Some(i) = by_id(&self.sourced, &ids.sourced_id)
            .or_else(|| by_id(&self.employee, &ids.employee_id))
        {
            return Some(i);
        }
        // By name and school, unless both sides have ids and they differ.
        let differs = |mine: &str, theirs: &str| {
            !mine.is_empty() && !theirs.is_empty() && compact(mine) != compact(theirs)
        };
        self.person.get(&person(row))?.iter().copied().find(|&i| {
            let theirs = &self.existing[i].roster_ids;
            !differs(&ids.sourced_id, &theirs.sourced_id)
                && !differs(&ids.employee_id, &theirs.employee_id)
        })
    }
}

/// Name and school as a person is told apart: case, accents, spacing and
/// punctuation aside.
fn person(e: &Educator) -> (String, String) {
    (compact(&e.name), compact(&e.school))
}

/// Decides each good row of `file` against the `existing` educators.
#[must_use]
pub fn plan(mut file: RosterFile, existing: &[Educator], catalog: &Catalog) -> Plan {
    let entries = std::mem::take(&mut file.entries);
    let schools: HashSet<String> = entries
        .iter()
        .map(|e| compact(&e.educator.school))
        .collect();
    let mut deciding = Deciding {
        index: Index::of(existing),
        claimed: HashMap::new(),
        new_people: HashMap::new(),
        plan: Plan {
            file,
            new: Vec::new(),
            updates: Vec::new(),
            unchanged: 0,
            archived: Vec::new(),
            missing: Vec::new(),
        },
    };
    for entry in entries {
        deciding.decide(entry, catalog);
    }
    let Deciding {
        mut plan, claimed, ..
    } = deciding;
    plan.file.errors.sort_by_key(|e| e.line);
    plan.missing = existing
        .iter()
        .enumerate()
        .filter(|(i, e)| {
            !claimed.contains_key(i) && !e.is_archived() && schools.contains(&compact(&e.school))
        })
        .map(|(_, e)| Missing::of(e))
        .collect();
    plan
}

/// The plan as it is made, row by row.
struct Deciding<'a> {
    index: Index<'a>,
    /// Existing educators matched so far, with the line that matched each.
    claimed: HashMap<usize, u64>,
    /// New people so far by name and school (and ids), with their line.
    new_people: HashMap<((String, String), String), u64>,
    plan: Plan,
}

impl Deciding<'_> {
    fn decide(&mut self, entry: Entry, catalog: &Catalog) {
        let twice = |line: u64| RowError {
            line: entry.line,
            message: format!("the same educator as line {line}; the row is left out"),
        };
        let Some(i) = self.index.find(&entry.educator) else {
            // Two rows of one name and school with other ids are two people.
            let ids = &entry.educator.roster_ids;
            let key = (
                person(&entry.educator),
                compact(&format!("{} {}", ids.sourced_id, ids.employee_id)),
            );
            if let Some(&line) = self.new_people.get(&key) {
                self.plan.file.errors.push(twice(line));
            } else {
                self.new_people.insert(key, entry.line);
                self.plan.new.push(entry);
            }
            return;
        };
        if let Some(&line) = self.claimed.get(&i) {
            self.plan.file.errors.push(twice(line));
            return;
        }
        self.claimed.insert(i, entry.line);
        let before = &self.index.existing[i];
        if before.is_archived() {
            self.plan.archived.push(Missing::of(before));
            return;
        }
        let after = merged(before, &entry, catalog);
        let changes = changes(before, &after);
        if changes.is_empty() {
            self.plan.unchanged += 1;
        } else {
            self.plan.updates.push(Update {
                line: entry.line,
                before: before.clone(),
                after,
                changes,
            });
        }
    }
}

/// `before` with every field the row gives; a field left empty keeps its value.
#[allow(
    clippy::similar_names,
    reason = "`before`/`after` name the record on each side of the change"
)]
fn merged(before: &Educator, entry: &Entry, catalog: &Catalog) -> Educator {
    let (row, given) = (&entry.educator, &entry.fields);
    let mut after = before.clone();
    let set = |to: &mut String, from: &String, typed: &str| {
        if !typed.trim().is_empty() {
            to.clone_from(from);
        }
    };
    // A name or school written in other capitals or without accents is the
    // same one: the record keeps how it was written.
    let same = |a: &str, b: &str| compact(a) == compact(b);
    if !same(&after.name, &row.name) {
        set(&mut after.name, &row.name, &given.name);
    }
    if !same(&after.school, &row.school) {
        set(&mut after.school, &row.school, &given.school);
    }
    set(&mut after.subject, &row.subject, &given.subject);
    set(&mut after.evaluator, &row.evaluator, &given.evaluator);
    set(
        &mut after.qualifications.degree,
        &row.qualifications.degree,
        &given.degree,
    );
    let ids = (&mut after.roster_ids, &row.roster_ids);
    set(
        &mut ids.0.employee_id,
        &ids.1.employee_id,
        &given.employee_id,
    );
    set(&mut ids.0.sourced_id, &ids.1.sourced_id, &given.sourced_id);
    set(&mut ids.0.email, &ids.1.email, &given.email);
    if !given.certifications.trim().is_empty() {
        after.qualifications.certifications = crate::record::with_details(
            &row.qualifications.certifications,
            &before.qualifications.certifications,
        );
    }
    if !given.employment.trim().is_empty() {
        after.employment = row.employment.clone();
    }
    // A level the school's name says changes only with the school.
    if !entry.level_from_school || after.school != before.school {
        after.level = row.level;
    }
    after.role.clone_from(&row.role);
    let rubric_fits = catalog
        .get(&after.rubric_id)
        .is_some_and(|e| e.rubric.role.id == after.role);
    if !given.rubric.trim().is_empty() || !rubric_fits {
        after.rubric_id.clone_from(&row.rubric_id);
    }
    after
}

/// Each field that differs, as a person reads it.
fn changes(before: &Educator, after: &Educator) -> Vec<Change> {
    type Read = fn(&Educator) -> String;
    let fields: [(&'static str, Read); 13] = [
        ("name", |e| e.name.clone()),
        ("school", |e| e.school.clone()),
        ("role", |e| e.role.clone()),
        ("school level", |e| school_level_key(e.level).to_string()),
        ("subject", |e| e.subject.clone()),
        ("employment", |e| e.employment.to_string()),
        ("evaluator", |e| e.evaluator.clone()),
        ("rubric", |e| e.rubric_id.clone()),
        ("degree", |e| e.qualifications.degree.clone()),
        ("certifications", |e| e.qualifications.certification_names()),
        ("employee id", |e| e.roster_ids.employee_id.clone()),
        ("sourcedId", |e| e.roster_ids.sourced_id.clone()),
        ("e-mail", |e| e.roster_ids.email.clone()),
    ];
    fields
        .into_iter()
        .filter_map(|(field, read)| {
            let (old, new) = (read(before), read(after));
            (old != new).then_some(Change { field, old, new })
        })
        .collect()
}

impl Update {
    /// The changes in one line, each as ``school `A` → `B` ``.
    #[must_use]
    pub fn said(&self) -> String {
        self.changes
            .iter()
            .map(|c| format!("{} `{}` → `{}`", c.field, c.old, c.new))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::roster::{Mapping, read_roster};

    fn planned(existing: &[Educator], csv: &str) -> Plan {
        let catalog = Catalog::load(&[]);
        let now = chrono::DateTime::parse_from_rfc3339("2026-10-14T10:00:00-05:00").expect("time");
        let file = read_roster(csv.as_bytes(), &catalog, &Mapping::default(), now).expect("read");
        plan(file, existing, &catalog)
    }

    #[test]
    fn an_empty_cell_clears_nothing_and_other_ids_are_other_people() {
        let first = planned(
            &[],
            "employee id,name,school,role,subject\n7,José García,Lincoln Elementary,teacher,Grade 2\n",
        );
        let kept = vec![first.new[0].educator.clone()];
        let again = planned(
            &kept,
            "employee id,name,school,role,subject\n\
             ,JOSE GARCIA,lincoln elementary,Teacher,\n\
             8,José García,Lincoln Elementary,teacher,Grade 2\n",
        );
        assert_eq!(
            again.unchanged, 1,
            "matched by name and school; the empty subject kept"
        );
        assert!(again.updates.is_empty(), "{:?}", again.updates);
        assert_eq!(
            again.new.len(),
            1,
            "employee id 8 is not 7: another José García at the same school"
        );
        assert!(again.file.errors.is_empty(), "{:?}", again.file.errors);
        let moved = planned(
            &kept,
            "employee id,name,school,role\n7,José García,Roosevelt Middle School,edtech-coordinator\n",
        );
        assert_eq!(
            moved.updates[0].said(),
            "school `Lincoln Elementary` → `Roosevelt Middle School`; role `teacher` → \
             `edtech-coordinator`; school level `elementary` → `middle`; rubric `danielson-2013` → \
             `edtech-coordinator`"
        );
        assert!(
            moved.missing.is_empty(),
            "Lincoln is not among the roster's schools"
        );
    }
}

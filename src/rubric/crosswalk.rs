//! A rubric whose component ids do not follow the framework (the
//! coordinator rubric's 4a is records, the framework's 4b) names, per
//! component, the framework component nearest to it; the window and the
//! command line both show it through this one rule.

use super::{Catalog, Component, Rubric};

/// "Nearest in Framework for Teaching, 2013 structure: 4b Maintaining
/// Accurate Records", the id alone when that rubric is not loaded, or
/// `None` when the component names no nearest component.
#[must_use]
pub fn nearest_text(rubric: &Rubric, component: &Component, catalog: &Catalog) -> Option<String> {
    let nearest = component.nearest.as_deref()?;
    let framework = rubric.crosswalk.as_deref()?;
    Some(match catalog.get(framework) {
        Some(entry) => match entry.rubric.component(nearest) {
            Some(c) => format!("Nearest in {}: {} {}", entry.rubric.title, c.id, c.name),
            None => format!("Nearest in {}: {nearest}", entry.rubric.title),
        },
        None => format!("Nearest in `{framework}` (not loaded): {nearest}"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_coordinators_records_are_the_frameworks_4b() {
        let catalog = Catalog::load(&[]);
        let coordinator = &catalog.get("edtech-coordinator").expect("bundled").rubric;
        let records = coordinator.component("4a").expect("4a");
        assert_eq!(
            nearest_text(coordinator, records, &catalog).as_deref(),
            Some(
                "Nearest in Framework for Teaching, 2013 structure: 4b Maintaining Accurate Records"
            )
        );
        let teacher = &catalog.get("danielson-2013").expect("bundled").rubric;
        let c = teacher.component("4b").expect("4b");
        assert_eq!(nearest_text(teacher, c, &catalog), None);

        let mut alone = coordinator.clone();
        alone.crosswalk = Some("retired-framework".into());
        assert_eq!(
            nearest_text(&alone, records, &catalog).as_deref(),
            Some("Nearest in `retired-framework` (not loaded): 4b")
        );
    }
}

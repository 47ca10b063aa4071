//! Helpers shared by the integration tests.

/// A rubric with 3 domains and 5 levels, unlike the bundled ones.
pub fn five_level_rubric() -> String {
    let levels = "[(score: 0, name: \"Not Yet\", label: \"N\"), (score: 1, name: \"Emerging\", label: \"E\"), \
                  (score: 2, name: \"Developing\", label: \"Dv\"), (score: 3, name: \"Effective\", label: \"Ef\"), \
                  (score: 4, name: \"Exemplary\", label: \"X\")]";
    let component = |id: &str| {
        format!(
            "(id: \"{id}\", name: \"Component {id}\", summary: \"What {id} is about.\", observable: true, \
             elements: [\"First part\"], descriptors: {{0: \"a\", 1: \"b\", 2: \"c\", 3: \"d\", 4: \"e\"}}, keywords: [\"word{id}\"])"
        )
    };
    let domains: Vec<String> = ["A", "B", "C"]
        .iter()
        .map(|d| {
            format!(
                "(id: \"{d}\", name: \"Domain {d}\", summary: \"s\", components: [{}, {}])",
                component(&format!("{d}1")),
                component(&format!("{d}2"))
            )
        })
        .collect();
    format!(
        "Rubric(schema: 1, id: \"district-five\", title: \"District Five-Level Rubric\", edition: \"2026\", \
         role: (id: \"counselor\", name: \"School counselor\"), attribution: \"Written by the district.\", \
         levels: {levels}, domains: [{}])",
        domains.join(", ")
    )
}

//! The rubric browser: pick a rubric, a component, and read every level's
//! descriptor side by side.

use crate::ui::button;
use iced::widget::{Column, column, container, row, rule, scrollable, space, text};
use iced::{Element, Fill, Length};

use super::theme;
use crate::rubric::{Catalog, CatalogEntry, Component, Domain, Rubric, SchoolLevel};

/// What is selected; the catalog itself belongs to the parent.
#[derive(Debug, Clone, Default)]
pub struct RubricBrowser {
    rubric: Option<String>,
    component: Option<String>,
    /// How many tags the suggestions learned from (the application keeps them).
    learned: usize,
}

#[derive(Debug, Clone)]
pub enum Message {
    SelectRubric(String),
    SelectComponent(String),
    Reload,
    /// Forget every tag the suggestions learned from.
    ForgetTagging,
}

/// What the browser asks of the parent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    None,
    /// Read the rubric folders again (a district dropped in a new file).
    ReloadRubrics,
    /// Remove the examples the suggestions learned from.
    ForgetTagging,
}

impl RubricBrowser {
    /// Starts on the first rubric and its first component.
    #[must_use]
    pub fn new(catalog: &Catalog) -> Self {
        let mut browser = RubricBrowser::default();
        browser.refresh(catalog);
        browser
    }

    /// Keeps the selection when it still exists after a reload, else picks the first.
    pub fn refresh(&mut self, catalog: &Catalog) {
        let rubric = self
            .rubric
            .as_deref()
            .and_then(|id| catalog.get(id))
            .or_else(|| catalog.entries.first())
            .map(|e| &e.rubric);
        self.rubric = rubric.map(|r| r.id.clone());
        self.component = rubric.and_then(|r| {
            self.component
                .as_deref()
                .and_then(|id| r.component(id))
                .or_else(|| r.components().next())
                .map(|c| c.id.clone())
        });
    }

    #[must_use]
    pub fn selected_rubric(&self) -> Option<&str> {
        self.rubric.as_deref()
    }

    #[must_use]
    pub fn selected_component(&self) -> Option<&str> {
        self.component.as_deref()
    }

    pub fn update(&mut self, message: Message, catalog: &Catalog) -> Action {
        match message {
            Message::SelectRubric(id) => {
                if self.rubric.as_deref() != Some(id.as_str()) {
                    self.rubric = Some(id);
                    self.component = None;
                    self.refresh(catalog);
                }
                Action::None
            }
            Message::SelectComponent(id) => {
                self.component = Some(id);
                Action::None
            }
            Message::Reload => Action::ReloadRubrics,
            Message::ForgetTagging => Action::ForgetTagging,
        }
    }

    /// How many examples the suggestions now learn from, as the view says.
    pub fn set_learned(&mut self, examples: usize) {
        self.learned = examples;
    }

    #[must_use]
    pub fn view<'a>(
        &'a self,
        catalog: &'a Catalog,
        user_folder: Option<&'a str>,
    ) -> Element<'a, Message> {
        let rubric = self
            .rubric
            .as_deref()
            .and_then(|id| catalog.get(id))
            .map(|e| &e.rubric);
        let middle: Element<'a, Message> = match rubric {
            Some(rubric) => self.component_list(rubric),
            None => container(text("No rubric could be loaded."))
                .padding(16)
                .into(),
        };
        let detail: Element<'a, Message> = match rubric.zip(
            self.component
                .as_deref()
                .and_then(|id| rubric.and_then(|r| r.component(id))),
        ) {
            Some((rubric, component)) => component_detail(rubric, component, catalog),
            None => container(text("Select a component to see its level descriptors."))
                .padding(16)
                .into(),
        };
        row![
            rubric_list(catalog, self.rubric.as_deref(), user_folder, self.learned),
            middle,
            container(detail).width(Fill).height(Fill),
        ]
        .spacing(12)
        .padding(12)
        .height(Fill)
        .into()
    }

    fn component_list<'a>(&'a self, rubric: &'a Rubric) -> Element<'a, Message> {
        let mut list = Column::new().spacing(2);
        for domain in &rubric.domains {
            list = list.push(
                container(text(domain_title(domain)).font(theme::BOLD).size(14)).padding([8, 6]),
            );
            for component in &domain.components {
                let selected = self.component.as_deref() == Some(component.id.as_str());
                list = list.push(
                    button(
                        row![
                            text(&component.id).font(theme::BOLD).size(14).width(34),
                            text(&component.name).size(14),
                        ]
                        .spacing(6),
                    )
                    .width(Fill)
                    .padding([5, 8])
                    .style(theme::list_item(selected))
                    .on_press(Message::SelectComponent(component.id.clone())),
                );
            }
        }
        container(scrollable(list.padding([4, 10])).spacing(4).height(Fill))
            .width(320)
            .height(Fill)
            .padding([6, 0])
            .style(theme::panel)
            .into()
    }
}

/// The left column: each rubric (where it comes from), files that failed, and Reload.
fn rubric_list<'a>(
    catalog: &'a Catalog,
    selected: Option<&str>,
    user_folder: Option<&'a str>,
    learned: usize,
) -> Element<'a, Message> {
    let mut list = Column::new()
        .spacing(4)
        .push(text("Rubrics").font(theme::BOLD).size(18));
    for entry in &catalog.entries {
        list = list.push(rubric_button(entry, selected));
    }
    if !catalog.errors.is_empty() {
        list = list.push(
            container(load_problems(catalog))
                .padding(8)
                .width(Fill)
                .style(theme::warning_panel),
        );
    }
    list = list.push(space().height(Length::Fixed(8.0)));
    if let Some(folder) = user_folder {
        list = list.push(
            text(format!(
                "Add a district rubric by saving its .ron file in {folder}"
            ))
            .size(12)
            .style(theme::muted),
        );
    }
    list = list.push(button(text("Reload rubrics").size(13)).on_press(Message::Reload));
    list = list.push(suggestions_panel(user_folder, learned));
    container(scrollable(list.padding(10)).spacing(4).height(Fill))
        .width(260)
        .height(Fill)
        .style(theme::panel)
        .into()
}

/// Where suggestions for notes come from, and the setting that clears what they learned.
fn suggestions_panel(user_folder: Option<&str>, learned: usize) -> Element<'_, Message> {
    let mut panel = column![
        text("Suggestions for notes").font(theme::BOLD).size(14),
        text(match learned {
            0 => "They learn from each tag you accept, add or remove on a note; none yet.".to_string(),
            n => format!(
                "Learned from {} you chose or removed, kept in your own data folder and never in a workspace.",
                crate::text::count(n, "tag", "tags")
            ),
        })
        .size(12),
    ]
    .spacing(4);
    if let Some(folder) = user_folder {
        panel = panel.push(
            text(format!(
                "Add shorthand and cues with a .ron file in {folder}/vocabulary"
            ))
            .size(12)
            .style(theme::muted),
        );
    }
    if learned > 0 {
        panel = panel.push(
            button(text("Forget what suggestions learned").size(13))
                .style(button::secondary)
                .on_press(Message::ForgetTagging),
        );
    }
    container(panel).padding([12, 0]).into()
}

/// One rubric in the list: its title, role, size, and where it was loaded from.
fn rubric_button<'a>(entry: &'a CatalogEntry, selected: Option<&str>) -> Element<'a, Message> {
    let rubric = &entry.rubric;
    let is_selected = selected == Some(rubric.id.as_str());
    let origin = match &entry.replaced {
        Some(_) => format!("{} (replaces the bundled one)", entry.source),
        None => entry.source.to_string(),
    };
    button(
        column![
            text(&rubric.title).font(theme::BOLD).size(14),
            text(format!(
                "{} · {} components · {}",
                rubric.role.name,
                rubric.components().count(),
                origin
            ))
            .size(12),
        ]
        .spacing(2),
    )
    .width(Fill)
    .padding([6, 8])
    .style(theme::list_item(is_selected))
    .on_press(Message::SelectRubric(rubric.id.clone()))
    .into()
}

/// The rubric files that could not be loaded, and why.
fn load_problems(catalog: &Catalog) -> Column<'_, Message> {
    let mut problems = Column::new().spacing(4).push(
        text(format!(
            "{} problem{} in rubric files; those files were not loaded:",
            catalog.errors.len(),
            if catalog.errors.len() == 1 { "" } else { "s" }
        ))
        .font(theme::BOLD)
        .size(13),
    );
    for error in &catalog.errors {
        problems = problems.push(text(error.to_string()).size(12));
    }
    problems
}

fn domain_title(domain: &Domain) -> String {
    let mut title = format!("Domain {}: {}", domain.id, domain.name);
    if !domain.applies_to.is_empty() {
        let levels: Vec<&str> = domain
            .applies_to
            .iter()
            .map(|l| school_level_name(*l))
            .collect();
        title.push_str(" (");
        title.push_str(&levels.join(", "));
        title.push_str(" only)");
    }
    title
}

fn school_level_name(level: SchoolLevel) -> &'static str {
    match level {
        SchoolLevel::Elementary => "elementary",
        SchoolLevel::Middle => "middle",
        SchoolLevel::High => "high school",
        SchoolLevel::Other => "other",
    }
}

/// The chosen component: its domain, summary, nearest framework component, elements, every level's descriptor, and keywords.
fn component_detail<'a>(
    rubric: &'a Rubric,
    component: &'a Component,
    catalog: &Catalog,
) -> Element<'a, Message> {
    let domain = rubric
        .domains
        .iter()
        .find(|d| d.components.iter().any(|c| c.id == component.id));
    let seen = if component.observable {
        "Usually seen in a classroom visit"
    } else {
        "Usually shown through artifacts and conferences"
    };
    let mut body = column![
        text(format!("{} {}", component.id, component.name))
            .font(theme::BOLD)
            .size(22),
        text(format!(
            "{} · {}",
            domain.map(domain_title).unwrap_or_default(),
            seen
        ))
        .size(13)
        .style(theme::muted),
        text(&component.summary).size(15),
    ]
    .spacing(8);
    if let Some(nearest) = crate::rubric::nearest_text(rubric, component, catalog) {
        body = body.push(text(nearest).size(14).font(theme::BOLD));
    }

    if !component.elements.is_empty() {
        let mut elements = Column::new()
            .spacing(2)
            .push(text("Elements").font(theme::BOLD).size(15));
        for element in &component.elements {
            elements = elements.push(text(format!("•  {element}")).size(14));
        }
        body = body.push(elements);
    }

    body = body.push(rule::horizontal(1));
    body = body.push(text("Performance levels").font(theme::BOLD).size(15));
    body = body.push(level_cards(rubric, component));

    if !component.keywords.is_empty() {
        body = body.push(
            text(format!(
                "Suggested for notes that mention: {}",
                component.keywords.join(", ")
            ))
            .size(12)
            .style(theme::muted),
        );
    }
    body = body.push(text(&rubric.attribution).size(12).style(theme::muted));
    scrollable(body.padding([4, 12])).height(Fill).into()
}

/// A card per level, coloured by rank, with the component's descriptor at that level.
fn level_cards<'a>(rubric: &'a Rubric, component: &'a Component) -> Element<'a, Message> {
    let count = rubric.levels.len();
    let cards = rubric.levels.iter().enumerate().map(|(rank, level)| {
        let descriptor = component
            .descriptors
            .get(&level.score)
            .map(String::as_str)
            .unwrap_or_default();
        container(
            column![
                container(
                    text(format!("{} · {}", level.score, level.name))
                        .font(theme::BOLD)
                        .size(14)
                )
                .padding([6, 10])
                .width(Fill)
                .style(theme::level_header(rank, count)),
                container(text(descriptor).size(14)).padding([4, 10]),
            ]
            .spacing(6),
        )
        .padding([0, 0])
        .width(Fill)
        .style(theme::panel)
        .into()
    });
    row(cards).spacing(8).into()
}

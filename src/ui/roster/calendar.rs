//! The year's calendar in the window: the Calendar panel (the state's rules
//! chosen, then what is overdue, what is due by date, and the visits
//! planned, each row opening the educator's page) and the form that plans a
//! visit from an educator's page. The rules and the counting are the
//! schedule layer's; this file only shows them.

use std::sync::Arc;

use crate::ui::button;
use crate::ui::text_input;
use iced::widget::{Column, checkbox, column, container, row, scrollable, text};
use iced::{Element, Fill};

use super::{Action, Notice, Roster};
use crate::record::{DateOrder, ObservationKind, PlannedVisit};
use crate::rubric::VisitKind;
use crate::schedule::{RuleSets, Schedule, Standing};
use crate::ui::failure::Failure;
use crate::ui::theme;
use crate::workspace::{VisitPlan, parse_date_time};

/// A list shows this many rows, then says how many more there are.
const SHOWN: usize = 40;
/// The id of the plan form's first field, for the keyboard's focus.
pub const PLAN_AT_INPUT: &str = "plan-visit-at";

#[derive(Debug, Clone)]
pub enum Message {
    /// Open the Calendar panel (it reads the schedule).
    Show,
    Close,
    /// Follow these rules (a rule set's id).
    ChooseRules(String),
    /// Open the form planning a visit to the selected educator.
    Plan,
    Kind(ObservationKind),
    At(String),
    Room(String),
    Announced(bool),
    Submit,
    CancelPlan,
}

/// The Calendar panel: the schedule once read.
#[derive(Debug, Clone, Default)]
pub struct CalendarPanel {
    schedule: Option<Result<Arc<Schedule>, Failure>>,
}

/// The form planning one visit, as typed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanForm {
    educator_id: String,
    /// The kinds the educator's role has (the visits file).
    kinds: Vec<VisitKind>,
    kind: ObservationKind,
    at: String,
    room: String,
    announced: bool,
    problem: Option<String>,
    running: bool,
}

impl Roster {
    pub(super) fn calendar_message(
        &mut self,
        message: Message,
        contents: &crate::workspace::Contents,
        catalog: &crate::rubric::Catalog,
    ) -> Action {
        match message {
            Message::Show => {
                self.form = None;
                self.import = None;
                self.exchange = None;
                self.trash = None;
                self.batch = None;
                self.selected = None;
                self.calendar = Some(CalendarPanel::default());
                return Action::LoadSchedule;
            }
            Message::Close => self.calendar = None,
            Message::ChooseRules(id) => {
                if let Some(panel) = &mut self.calendar {
                    panel.schedule = None;
                }
                return Action::ChooseRules(id);
            }
            Message::Plan => {
                if let Some(id) = &self.selected {
                    let role = contents.educator(id).map_or("", |e| e.role.as_str());
                    self.planning = Some(PlanForm::new(id, &catalog.visits.offered(role)));
                    return Action::Focus(PLAN_AT_INPUT);
                }
            }
            Message::CancelPlan => self.planning = None,
            Message::Submit => return self.submit_plan(),
            other => self.plan_field(other),
        }
        Action::None
    }

    fn plan_field(&mut self, message: Message) {
        let Some(form) = self.planning.as_mut() else {
            return;
        };
        match message {
            Message::Kind(kind) => {
                if let Some(offered) = form.kinds.iter().find(|k| k.kind == kind) {
                    form.kind = kind;
                    form.announced = offered.announced;
                }
            }
            Message::At(text) => form.at = text,
            Message::Room(text) => form.room = text,
            Message::Announced(on) => form.announced = on,
            _ => {}
        }
        form.problem = None;
    }

    /// Checks the date and time typed, then asks for the visit to be planned.
    fn submit_plan(&mut self) -> Action {
        let Some(form) = self.planning.as_mut().filter(|f| !f.running) else {
            return Action::None;
        };
        match parse_date_time(&form.at, DateOrder::from_env()) {
            Ok((date, time)) => {
                form.running = true;
                Action::PlanVisit(Box::new(VisitPlan {
                    educator_id: form.educator_id.clone(),
                    kind: form.kind,
                    date,
                    time,
                    minutes: None,
                    room: form.room.clone(),
                    announced: Some(form.announced),
                }))
            }
            Err(why) => {
                form.problem = Some(format!("{why}."));
                Action::None
            }
        }
    }

    /// The schedule was read, or why not.
    pub fn schedule_loaded<T>(&mut self, result: Result<Arc<Schedule>, Failure>) -> Vec<T> {
        if let Some(panel) = &mut self.calendar {
            panel.schedule = Some(result);
        }
        Vec::new()
    }

    /// A visit was planned (the form closes), or why not (it stays, with the sentence).
    pub fn visit_planned<T>(&mut self, result: Result<&PlannedVisit, &Failure>) -> Vec<T> {
        match result {
            Ok(visit) => {
                self.planning = None;
                self.notice = Some(Notice::done(format!(
                    "Planned: {} ({}), {}. Calendar… on the overview shows what is due.",
                    visit.kind,
                    visit.announcement(),
                    visit.at.format("%a %b %-d, %Y %H:%M")
                )));
            }
            Err(error) => {
                if let Some(form) = &mut self.planning {
                    form.running = false;
                    form.problem = Some(format!("Nothing was planned: {error}."));
                }
            }
        }
        Vec::new()
    }

    /// The Calendar panel, when it is open and no educator is chosen.
    pub(super) fn calendar_panel<'a>(
        &'a self,
        contents: &'a crate::workspace::Contents,
    ) -> Option<Element<'a, super::Message>> {
        let panel = self.calendar.as_ref().filter(|_| self.selected.is_none())?;
        Some(panel_view(
            panel,
            &self.rule_sets,
            contents.settings.compliance_rules.as_deref(),
        ))
    }

    /// The plan form, when it is open for `educator_id`.
    pub(super) fn plan_form(&self, educator_id: &str) -> Option<Element<'_, super::Message>> {
        let form = self
            .planning
            .as_ref()
            .filter(|f| f.educator_id == educator_id)?;
        Some(plan_view(form))
    }
}

impl PlanForm {
    /// A form for `educator_id`, on the first of the kinds `offered`.
    fn new(educator_id: &str, offered: &[std::borrow::Cow<'_, VisitKind>]) -> PlanForm {
        let first = offered.first();
        PlanForm {
            educator_id: educator_id.to_string(),
            kinds: offered.iter().map(|k| k.clone().into_owned()).collect(),
            kind: first.map_or(ObservationKind::Formal, |k| k.kind),
            at: String::new(),
            room: String::new(),
            announced: first.is_none_or(|k| k.announced),
            problem: None,
            running: false,
        }
    }
}

fn plan_view(form: &PlanForm) -> Element<'_, super::Message> {
    let wrap = super::Message::Calendar;
    let kinds = form.kinds.iter().fold(row![].spacing(6), |r, kind| {
        r.push(
            button(text(kind.name.clone()).size(13))
                .style(if kind.kind == form.kind {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(wrap(Message::Kind(kind.kind))),
        )
    });
    let mut body = column![
        text("Plan a visit").font(theme::BOLD).size(16),
        kinds,
        row![
            text_input("When, e.g. 2027-01-12 09:40", &form.at)
                .id(PLAN_AT_INPUT)
                .on_input(|t| super::Message::Calendar(Message::At(t)))
                .on_submit(wrap(Message::Submit))
                .padding(6),
            text_input("Room (optional)", &form.room)
                .on_input(|t| super::Message::Calendar(Message::Room(t)))
                .on_submit(wrap(Message::Submit))
                .padding(6)
                .width(200),
        ]
        .spacing(8),
        checkbox(form.announced)
            .label("Announced (the educator is told beforehand)")
            .on_toggle(|on| super::Message::Calendar(Message::Announced(on))),
    ]
    .spacing(8);
    if let Some(problem) = &form.problem {
        body = body.push(text(problem).style(theme::danger_text));
    }
    body = body.push(
        row![
            button(text(if form.running {
                "Planning…"
            } else {
                "Plan visit"
            }))
            .on_press_maybe((!form.running).then_some(wrap(Message::Submit))),
            button(text("Cancel"))
                .style(button::secondary)
                .on_press(wrap(Message::CancelPlan)),
        ]
        .spacing(8),
    );
    container(body)
        .padding(10)
        .width(Fill)
        .style(theme::panel)
        .into()
}

/// The Calendar panel, in place of the overview.
fn panel_view<'a>(
    panel: &'a CalendarPanel,
    sets: &'a RuleSets,
    chosen: Option<&'a str>,
) -> Element<'a, super::Message> {
    let wrap = super::Message::Calendar;
    let mut body = Column::new()
        .spacing(10)
        .push(
            row![
                text("Year's calendar")
                    .font(theme::BOLD)
                    .size(20)
                    .width(Fill),
                button(text("Close"))
                    .style(button::secondary)
                    .on_press(wrap(Message::Close)),
            ]
            .align_y(iced::Center),
        )
        .push(rules_row(sets, chosen));
    body = match &panel.schedule {
        None => body.push(text("Reading the year…").style(theme::muted)),
        Some(Err(error)) => body.push(
            container(text(format!("{error}.")))
                .padding(8)
                .width(Fill)
                .style(theme::error_panel),
        ),
        Some(Ok(schedule)) => agenda(body, schedule),
    };
    scrollable(container(body).padding([4, 16]).max_width(760))
        .height(Fill)
        .into()
}

/// Which rules the year follows: a button per rule set loaded.
fn rules_row<'a>(sets: &'a RuleSets, chosen: Option<&'a str>) -> Element<'a, super::Message> {
    let buttons = sets.entries.iter().fold(row![].spacing(6), |r, entry| {
        let id = entry.rules.id.as_str();
        r.push(
            button(text(&entry.rules.state).size(13))
                .style(if Some(id) == chosen {
                    button::primary
                } else {
                    button::secondary
                })
                .on_press(super::Message::Calendar(Message::ChooseRules(
                    id.to_string(),
                ))),
        )
    });
    column![
        text("The state's rules the year follows:")
            .size(13)
            .style(theme::muted),
        buttons
    ]
    .spacing(4)
    .into()
}

/// Counts, then what is overdue, what is due by date, and the visits planned.
fn agenda<'a>(mut body: Column<'a, super::Message>, s: &'a Schedule) -> Column<'a, super::Message> {
    body = body.push(text(format!(
        "{}, as on {}: {} overdue, {} due, {} done.",
        s.rules_title,
        s.on,
        s.count(Standing::Overdue),
        s.count(Standing::Due),
        s.count(Standing::Done)
    )));
    let mut items: Vec<(&crate::schedule::EducatorDue, &crate::schedule::DueItem)> = s
        .people
        .iter()
        .flat_map(|p| p.items.iter().map(move |i| (p, i)))
        .filter(|(_, i)| matches!(i.standing, Standing::Due | Standing::Overdue))
        .collect();
    items.sort_by_key(|(p, i)| (i.standing != Standing::Overdue, i.by, p.name.as_str()));
    body = body.push(text("What is due").font(theme::BOLD).size(16));
    if items.is_empty() {
        body = body.push(text("Nothing is due or overdue."));
    }
    for (person, item) in items.iter().take(SHOWN) {
        let line = format!(
            "{}  {}  {}: {}",
            item.by,
            item.standing.key(),
            person.name,
            item.words
        );
        body = body.push(row_button(
            line,
            &person.educator_id,
            item.standing == Standing::Overdue,
        ));
    }
    body = more(body, items.len());
    visits(body, s)
}

/// The visits planned from today on, each opening the educator's page.
fn visits<'a>(mut body: Column<'a, super::Message>, s: &'a Schedule) -> Column<'a, super::Message> {
    body = body.push(text("Visits planned").font(theme::BOLD).size(16));
    let upcoming: Vec<_> = s
        .visits
        .iter()
        .filter(|v| v.state(s.on) == "planned")
        .collect();
    if upcoming.is_empty() {
        body = body.push(text(
            "No visit is planned from today on; plan one from an educator's page.",
        ));
    }
    for v in upcoming.iter().take(SHOWN) {
        let line = format!(
            "{}  {}: {} ({}){}",
            v.visit.at.format("%a %b %-d %H:%M"),
            v.educator_name,
            v.visit.kind.key(),
            v.visit.announcement(),
            if v.visit.room.is_empty() {
                String::new()
            } else {
                format!(", {}", v.visit.room)
            }
        );
        body = body.push(row_button(line, &v.visit.educator_id, false));
    }
    more(body, upcoming.len())
}

fn more(body: Column<'_, super::Message>, total: usize) -> Column<'_, super::Message> {
    if total > SHOWN {
        body.push(
            text(format!(
                "and {} more (teacher-eval schedule lists all)",
                total - SHOWN
            ))
            .style(theme::muted),
        )
    } else {
        body
    }
}

/// One line of the agenda, opening the educator's page.
fn row_button(line: String, educator_id: &str, overdue: bool) -> Element<'static, super::Message> {
    button(text(line).size(13).style(if overdue {
        theme::danger_text
    } else {
        text::default
    }))
    .style(button::text)
    .width(Fill)
    .on_press(super::Message::Select(educator_id.to_string()))
    .into()
}

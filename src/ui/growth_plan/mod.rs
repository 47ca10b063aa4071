//! The growth plan screen: focus components, SMART goals, action steps,
//! supports, dated evidence of progress and the reviews.

mod dates;
mod lists;
mod view;

use crate::ui::failure::Failure;
use std::time::Instant;

use crate::ui::text_editor;

use super::amending::{self, Amending, Outcome};
use super::autosave::Autosave;
use super::edit_session::{EditSession, Editing, Shell, save_if_due, shell};
use super::editor::{Edited, Request};
use super::export_panel::{self, Document, ExportPanel};
use super::status_panel::{self, StatusForm};
use super::text_editing::edit;
use crate::record::DateOrder;
use crate::record::{Educator, Goal, GrowthPlan, PlanKind, Step, StepStatus};
use crate::rubric::Rubric;
use dates::TypedDate;

pub struct GrowthPlanScreen {
    plan: GrowthPlan,
    educator: Educator,
    rubric: Option<Rubric>,
    /// Dates as typed, per goal and per step, so a half-typed date is not lost.
    goal_dates: Vec<TypedDate>,
    step_dues: Vec<TypedDate>,
    /// The order figures in typed dates are read in.
    dates: DateOrder,
    supports: text_editor::Content,
    mid_year: text_editor::Content,
    end_of_year: text_editor::Content,
    progress_date: TypedDate,
    progress_text: String,
    problem: Option<String>,
    /// True when the rating behind the plan requires an improvement plan.
    improvement_required: bool,
    /// The educator's self-assessment of the year, whose goals can be taken.
    self_assessment: Option<crate::record::SelfAssessment>,
    status_form: StatusForm,
    session: EditSession,
    /// Changes after sharing: who signs them, why, the versions kept.
    amending: Amending<GrowthPlan>,
}

#[derive(Debug, Clone)]
pub enum Message {
    Back,
    Tick(Instant),
    Kind(PlanKind),
    AddFocus(String),
    RemoveFocus(usize),
    GoalStatement(usize, String),
    GoalComponents(usize, String),
    GoalMeasure(usize, String),
    GoalDate(usize, String),
    AddGoal,
    /// Add the self-assessment's goals the plan does not hold yet.
    TakeSelfAssessmentGoals,
    RemoveGoal(usize),
    StepWhat(usize, String),
    StepWho(usize, String),
    StepDue(usize, String),
    StepStatus(usize, StepStatus),
    AddStep,
    RemoveStep(usize),
    Supports(text_editor::Action),
    ProgressDate(String),
    ProgressText(String),
    AddProgress,
    RemoveProgress(usize),
    MidYear(text_editor::Action),
    EndOfYear(text_editor::Action),
    Status(status_panel::Message),
    ExportPdf,
    Export(export_panel::Message),
    SaveNow,
    /// The amendment bar and the history.
    Amend(amending::Message),
}

impl GrowthPlanScreen {
    /// `improvement_required` comes from the summative behind the plan, if any.
    #[must_use]
    pub fn new(
        plan: GrowthPlan,
        educator: &Educator,
        rubric: Option<Rubric>,
        improvement_required: bool,
        is_new: bool,
        now: Instant,
    ) -> GrowthPlanScreen {
        let dates = DateOrder::from_env();
        let mut screen = GrowthPlanScreen {
            amending: Amending::new(&plan, "growth plan"),
            goal_dates: Vec::new(),
            step_dues: Vec::new(),
            dates,
            supports: text_editor::Content::with_text(&plan.supports),
            mid_year: text_editor::Content::with_text(&plan.mid_year_review),
            end_of_year: text_editor::Content::with_text(&plan.end_of_year_review),
            progress_date: TypedDate::default(),
            progress_text: String::new(),
            problem: None,
            improvement_required,
            self_assessment: None,
            status_form: StatusForm::new(&educator.name, dates),
            session: EditSession::new(now),
            educator: educator.clone(),
            rubric,
            plan,
        };
        screen.show_dates();
        // A proposed plan is saved at once, so it is not lost if nothing else is typed.
        if is_new {
            screen.session.autosave.changed(
                now.checked_sub(crate::ui::autosave::DEBOUNCE)
                    .unwrap_or(now),
            );
        }
        screen
    }

    /// The educator's self-assessment of the year, to take goals from.
    #[must_use]
    pub fn with_self_assessment(mut self, mine: Option<crate::record::SelfAssessment>) -> Self {
        self.self_assessment = mine;
        self
    }

    /// Changes after sharing are signed with `name`.
    #[must_use]
    pub fn with_signer(mut self, name: &str) -> Self {
        self.amending.set_signer(name);
        self
    }

    /// The versions kept on disk arrived.
    pub fn versions_loaded(&mut self, versions: Result<Vec<(u64, GrowthPlan)>, Failure>) {
        self.amending.versions_loaded(versions);
    }

    fn amend(&mut self, message: amending::Message) -> Request {
        match self.amending.update(message, &self.plan) {
            Outcome::None => {}
            Outcome::Retry => {
                if self.session.autosave.is_dirty() {
                    self.session.changed();
                }
            }
            Outcome::Remember(name) => return Request::RememberName(name),
            Outcome::LoadVersions => {
                return Request::LoadVersions(Edited::GrowthPlan(Box::new(self.plan.clone())));
            }
            Outcome::Restore(content) => {
                self.plan = *content;
                self.supports = text_editor::Content::with_text(&self.plan.supports);
                self.mid_year = text_editor::Content::with_text(&self.plan.mid_year_review);
                self.end_of_year = text_editor::Content::with_text(&self.plan.end_of_year_review);
                self.show_dates();
                self.session.changed();
            }
        }
        Request::None
    }

    /// Dates typed on this screen are read, and shown, in `dates`' order.
    #[must_use]
    pub fn with_date_order(mut self, dates: DateOrder) -> Self {
        self.dates = dates;
        self.status_form = StatusForm::new(&self.educator.name, dates);
        self.show_dates();
        self
    }

    /// The date fields as the plan holds them, and today for new evidence.
    fn show_dates(&mut self) {
        let dates = self.dates;
        self.goal_dates = (self.plan.goals.iter())
            .map(|g| TypedDate::shown(g.target_date, dates))
            .collect();
        self.step_dues = (self.plan.steps.iter())
            .map(|s| TypedDate::shown(s.due, dates))
            .collect();
        self.progress_date = TypedDate::shown(Some(crate::clock::local_now().date_naive()), dates);
    }

    /// True while a step waits for Confirm or Cancel.
    pub fn is_asking(&self) -> bool {
        self.status_form.is_asking()
    }

    /// Why a date typed is not in the plan, for the first field whose date was not understood.
    pub fn unstored(&self) -> Option<String> {
        let keeps = |date: Option<chrono::NaiveDate>| match date {
            Some(d) => format!("keeps {}", d.format("%B %-d, %Y")),
            None => "has none".to_string(),
        };
        let goal = self.goal_dates.iter().enumerate().find_map(|(i, field)| {
            field.problem.as_ref()?;
            let kept = self.plan.goals.get(i).and_then(|g| g.target_date);
            Some(format!(
                "The target date of goal {} is not understood, so the plan {}: correct it or empty the field.",
                i + 1,
                keeps(kept)
            ))
        });
        goal.or_else(|| {
            self.step_dues.iter().enumerate().find_map(|(i, field)| {
                field.problem.as_ref()?;
                let kept = self.plan.steps.get(i).and_then(|s| s.due);
                Some(format!(
                    "The due date of action step {} is not understood, so the plan {}: correct it or empty the field.",
                    i + 1,
                    keeps(kept)
                ))
            })
        })
    }

    pub fn plan(&self) -> &GrowthPlan {
        &self.plan
    }

    pub fn autosave(&self) -> &Autosave {
        &self.session.autosave
    }

    pub fn update(&mut self, message: Message) -> Request {
        self.session.clock(match &message {
            Message::Tick(at) => Some(*at),
            _ => None,
        });
        let before = self.plan.clone();
        match message {
            // What was typed in a date field would be lost: say so and stay.
            Message::Back if self.unstored().is_some() => self.problem = self.unstored(),
            Message::Back => return shell(self, Shell::Back),
            Message::Tick(_) => {}
            Message::Kind(kind) => {
                if kind == PlanKind::ProfessionalGrowth && self.improvement_required {
                    self.problem = Some(
                        "The evaluation's rating requires an improvement plan, so this plan stays one.".into(),
                    );
                } else {
                    self.plan.kind = kind;
                }
            }
            Message::Supports(action) => {
                if edit(&mut self.supports, action) {
                    self.plan.supports = self.supports.text();
                }
            }
            Message::MidYear(action) => {
                if edit(&mut self.mid_year, action) {
                    self.plan.mid_year_review = self.mid_year.text();
                }
            }
            Message::EndOfYear(action) => {
                if edit(&mut self.end_of_year, action) {
                    self.plan.end_of_year_review = self.end_of_year.text();
                }
            }
            Message::Status(message) => {
                self.status_form.update(message, &mut self.plan.status);
            }
            Message::ExportPdf => self.open_export_panel(),
            Message::Export(message) => return shell(self, Shell::Export(message)),
            Message::Amend(message) => return self.amend(message),
            Message::SaveNow => return shell(self, Shell::SaveNow),
            message @ (Message::AddFocus(_)
            | Message::RemoveFocus(_)
            | Message::GoalStatement(..)
            | Message::GoalComponents(..)
            | Message::GoalMeasure(..)
            | Message::GoalDate(..)
            | Message::AddGoal
            | Message::TakeSelfAssessmentGoals
            | Message::RemoveGoal(_)) => self.goal_message(message),
            message @ (Message::StepWhat(..)
            | Message::StepWho(..)
            | Message::StepDue(..)
            | Message::StepStatus(..)
            | Message::AddStep
            | Message::RemoveStep(_)) => self.step_message(message),
            message @ (Message::ProgressDate(_)
            | Message::ProgressText(_)
            | Message::AddProgress
            | Message::RemoveProgress(_)) => self.progress_message(message),
        }
        if self.plan != before {
            self.session.changed();
        }
        save_if_due(self)
    }

    fn goal(&mut self, i: usize, change: impl FnOnce(&mut Goal)) {
        if let Some(goal) = self.plan.goals.get_mut(i) {
            change(goal);
        }
    }

    fn step(&mut self, i: usize, change: impl FnOnce(&mut Step)) {
        if let Some(step) = self.plan.steps.get_mut(i) {
            change(step);
        }
    }

    pub fn saved(&mut self, revision: u64, result: Result<(), Failure>) -> Request {
        if self.session.saved(revision, result) {
            return self.close();
        }
        Request::None
    }

    pub fn has_unsaved_work(&self) -> bool {
        self.session.autosave.is_dirty()
    }

    /// The export panel, offering a file name from the date, the kind and the person.
    fn open_export_panel(&mut self) {
        let kind = self.plan.kind.document_name();
        let name = crate::report::default_file_name(
            crate::clock::local_now().date_naive(),
            kind,
            &self.educator.name,
        );
        self.session.open_export(ExportPanel::new(
            &format!("Export the {} (PDF)", kind.to_lowercase()),
            &name,
            false,
        ));
    }
}

impl Editing for GrowthPlanScreen {
    fn session_mut(&mut self) -> &mut EditSession {
        &mut self.session
    }

    fn begin_save(&mut self) -> Request {
        self.plan.changed = crate::record::now();
        if !self.amending.settle(&mut self.plan, self.rubric.as_ref()) {
            return Request::None;
        }
        let revision = self.session.begin();
        Request::Save {
            revision,
            record: Edited::GrowthPlan(Box::new(self.plan.clone())),
        }
    }

    fn close(&self) -> Request {
        Request::Close {
            educator_id: self.plan.educator_id.clone(),
        }
    }

    fn document(&self) -> Document {
        Document::GrowthPlan {
            plan: Box::new(self.plan.clone()),
            educator: Box::new(self.educator.clone()),
            rubric: self.rubric.clone().map(Box::new),
        }
    }
}

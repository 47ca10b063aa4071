//! The plan's lists: focus components and goals, steps, and the progress log,
//! edited one entry at a time.

use super::dates::TypedDate;
use super::{GrowthPlanScreen, Message};
use crate::record::{DateError, Focus, Goal, ProgressEntry, Step, StepStatus, typed_date};

impl GrowthPlanScreen {
    /// The self-assessment's goals the plan lacks, added after the others.
    fn take_self_assessment_goals(&mut self) {
        let taken = (self.self_assessment.as_ref())
            .map(|mine| crate::scoring::goals_from_self_assessment(&self.plan, mine))
            .unwrap_or_default();
        for goal in taken {
            self.goal_dates
                .push(TypedDate::shown(goal.target_date, self.dates));
            self.plan.goals.push(goal);
        }
    }

    /// A change to the focus components or the goals.
    pub(super) fn goal_message(&mut self, message: Message) {
        match message {
            Message::AddFocus(component)
                if !self.plan.focus.iter().any(|f| f.component == component) =>
            {
                let target = self
                    .rubric
                    .as_ref()
                    .and_then(|r| r.levels.get(2))
                    .map(|l| l.score);
                let target_descriptor = target
                    .and_then(|t| {
                        self.rubric
                            .as_ref()
                            .and_then(|r| r.component(&component))
                            .and_then(|c| c.descriptors.get(&t))
                            .cloned()
                    })
                    .unwrap_or_default();
                self.plan.focus.push(Focus {
                    component,
                    current: None,
                    target,
                    target_descriptor,
                });
            }
            Message::RemoveFocus(i) if i < self.plan.focus.len() => {
                self.plan.focus.remove(i);
            }
            Message::GoalStatement(i, text) => self.goal(i, |g| g.statement = text),
            Message::GoalComponents(i, text) => self.goal(i, |g| {
                g.components = text
                    .split([',', ' ', ';'])
                    .filter(|t| !t.is_empty())
                    .map(str::to_string)
                    .collect();
            }),
            Message::GoalMeasure(i, text) => self.goal(i, |g| g.measure = text),
            Message::GoalDate(i, text) => {
                let dates = self.dates;
                if let Some(date) = self
                    .goal_dates
                    .get_mut(i)
                    .and_then(|f| f.typed(text, dates))
                {
                    self.goal(i, |g| g.target_date = date);
                }
            }
            Message::AddGoal => {
                self.plan.goals.push(Goal {
                    statement: String::new(),
                    components: Vec::new(),
                    measure: String::new(),
                    target_date: crate::scoring::end_of_school_year(&self.plan.school_year),
                    from_self_assessment: false,
                });
                self.goal_dates.push(TypedDate::shown(
                    self.plan.goals.last().and_then(|g| g.target_date),
                    self.dates,
                ));
            }
            Message::TakeSelfAssessmentGoals => self.take_self_assessment_goals(),
            Message::RemoveGoal(i) if i < self.plan.goals.len() => {
                self.plan.goals.remove(i);
                self.goal_dates.remove(i);
            }
            _ => {}
        }
    }

    /// A change to the steps toward the goals.
    pub(super) fn step_message(&mut self, message: Message) {
        match message {
            Message::StepWhat(i, text) => self.step(i, |s| s.what = text),
            Message::StepWho(i, text) => self.step(i, |s| s.who = text),
            Message::StepDue(i, text) => {
                let dates = self.dates;
                if let Some(date) = self.step_dues.get_mut(i).and_then(|f| f.typed(text, dates)) {
                    self.step(i, |s| s.due = date);
                }
            }
            Message::StepStatus(i, status) => self.step(i, |s| s.status = status),
            Message::AddStep => {
                self.plan.steps.push(Step {
                    what: String::new(),
                    who: self.educator.name.clone(),
                    due: None,
                    status: StepStatus::NotStarted,
                });
                self.step_dues.push(TypedDate::default());
            }
            Message::RemoveStep(i) if i < self.plan.steps.len() => {
                self.plan.steps.remove(i);
                self.step_dues.remove(i);
            }
            _ => {}
        }
    }

    /// The progress log: a dated entry added or removed.
    pub(super) fn progress_message(&mut self, message: Message) {
        match message {
            Message::ProgressDate(text) => {
                self.progress_date.typed(text, self.dates);
            }
            Message::ProgressText(text) => self.progress_text = text,
            Message::AddProgress => match typed_date(&self.progress_date.text, self.dates) {
                Ok(Some(date)) if !self.progress_text.trim().is_empty() => {
                    self.plan.progress.push(ProgressEntry {
                        date,
                        text: self.progress_text.trim().to_string(),
                    });
                    self.plan.progress.sort_by_key(|p| p.date);
                    self.progress_text.clear();
                    self.problem = None;
                }
                Ok(Some(_)) => {
                    self.problem = Some("Describe the evidence of progress first.".into());
                }
                Ok(None) => {
                    self.progress_date.problem =
                        Some(DateError::Empty { order: self.dates }.to_string());
                }
                Err(error) => self.progress_date.problem = Some(error.to_string()),
            },
            Message::RemoveProgress(i) if i < self.plan.progress.len() => {
                self.plan.progress.remove(i);
            }
            _ => {}
        }
    }
}

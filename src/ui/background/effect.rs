//! What the window asks of the background: a job, and where its answer
//! (and any progress) goes.

use std::sync::Arc;

use iced::Task;
use iced::widget::operation;

use super::Job;
use crate::ui::app::Message;

/// Where a result goes: the application's message it comes back as.
type Reply<M> = Arc<dyn Fn(Message) -> M + Send + Sync>;

/// A job and the message its result (and any progress) comes back as.
/// `M` is the message of whoever asked; the application maps it, as iced
/// maps a `Task`, so the answer finds its way back to the screen that asked.
pub struct Effect<M = Message> {
    job: Job,
    reply: Reply<M>,
}

impl From<Job> for Effect {
    fn from(job: Job) -> Effect {
        Effect {
            job,
            reply: Arc::new(std::convert::identity),
        }
    }
}

impl<M> Clone for Effect<M> {
    fn clone(&self) -> Self {
        Effect {
            job: self.job.clone(),
            reply: self.reply.clone(),
        }
    }
}

impl<M> std::fmt::Debug for Effect<M> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Effect").field(&self.job).finish()
    }
}

impl<M: 'static> Effect<M> {
    /// What will be done, for tests and for deciding how to run it.
    #[must_use]
    pub fn job(&self) -> &Job {
        &self.job
    }

    /// The same work, its result turned into another message by `f`.
    #[must_use]
    pub fn map<N>(self, f: impl Fn(M) -> N + Send + Sync + 'static) -> Effect<N> {
        let reply = self.reply;
        Effect {
            job: self.job,
            reply: Arc::new(move |message| f(reply(message))),
        }
    }

    /// Does the work now, on this thread, and returns the reply.
    #[must_use]
    pub fn run(self) -> Option<M> {
        self.job.run().map(|message| (self.reply)(message))
    }

    /// As [`Effect::run`], with progress reports given to `report` as they come.
    pub fn run_reporting(self, report: &(dyn Fn(M) + Sync)) -> Option<M> {
        let reply = &self.reply;
        self.job
            .run_reporting(&|message| report(reply(message)))
            .map(|message| reply(message))
    }
}

impl<M: Send + 'static> Effect<M> {
    /// The effect as an iced task: focus and closing right away, dialogs on
    /// the window's executor, everything else on the pool of workers.
    pub fn into_task(self) -> Task<M> {
        let reply = self.reply;
        let job = match self.job.dialog() {
            Ok(asking) => return Task::perform(asking, move |message| reply(message)),
            Err(job) => job,
        };
        match job {
            Job::Focus(id) => operation::focus(id),
            Job::SelectAll(id) => operation::select_all(id),
            Job::Reveal(id, y) => {
                operation::snap_to(id, iced::widget::scrollable::RelativeOffset { x: 0.0, y })
            }
            Job::FocusNext(false) => operation::focus_next(),
            Job::FocusNext(true) => operation::focus_previous(),
            Job::CloseWindow(id) => iced::window::close(id),
            Job::ResizeWindow(id, size) => iced::window::resize(id, size),
            Job::MeasureScreen => iced::window::oldest().then(move |id| match id {
                Some(id) => {
                    let reply = reply.clone();
                    iced::window::monitor_size(id)
                        .map(move |size| reply(Message::ScreenMeasured(id, size)))
                }
                None => Task::none(),
            }),
            // Progress reports arrive as messages before the result.
            job => {
                let (sender, receiver) = iced::futures::channel::mpsc::unbounded();
                crate::ui::pool::spawn(move || {
                    let report = |message| {
                        let _ = sender.unbounded_send(reply(message));
                    };
                    if let Some(done) = job.run_reporting(&|message| report(message)) {
                        report(done);
                    }
                });
                Task::run(receiver, std::convert::identity)
            }
        }
    }
}

//! What suggestions learned from the user's tags: read at start, added to
//! as the open observation collects tags chosen and removed (written off the
//! UI thread), and forgotten from the rubric browser.

use std::path::PathBuf;

use super::{App, Effect, Job};
use crate::files::tagging_examples::{Example, ExamplesError, Loaded, MAX_EXAMPLES, SetAside};
use crate::ui::failure::Failure;

/// The examples as last known, and where they are kept.
#[derive(Debug, Default)]
pub struct Tagging {
    examples: Vec<Example>,
    /// `None` keeps nothing: tests, no data folder, or a file that could not
    /// be read nor set aside, and so must not be written over.
    file: Option<PathBuf>,
}

impl Tagging {
    pub fn examples(&self) -> &[Example] {
        &self.examples
    }

    /// Adds examples, the oldest dropped beyond the cap, as the file keeps them.
    fn extend(&mut self, new: &[Example]) {
        self.examples.extend_from_slice(new);
        let over = self.examples.len().saturating_sub(MAX_EXAMPLES);
        self.examples.drain(..over);
    }
}

impl App {
    /// Learns from (and keeps in `file`) the examples read at start; a
    /// damaged file was set aside, one that could not be read is left alone.
    #[must_use]
    pub fn with_tagging_examples(
        mut self,
        file: PathBuf,
        read: Result<Loaded, ExamplesError>,
    ) -> Self {
        match read {
            Ok(loaded) => {
                if let Some(aside) = &loaded.set_aside {
                    self.notice = Some(format!("{aside}."));
                }
                self.tagging = Tagging {
                    examples: loaded.examples,
                    file: Some(file),
                };
            }
            Err(why) => {
                self.notice = Some(format!(
                    "Suggestions for notes learn nothing this time: {why}. The file is left as it is."
                ));
            }
        }
        self.browser.set_learned(self.tagging.examples.len());
        self
    }

    /// The examples suggestions learn from (tests).
    #[must_use]
    pub fn tagging_examples(&self) -> &[Example] {
        self.tagging.examples()
    }

    /// [`App::edit`], then keeps the tags the open observation chose or removed.
    pub(super) fn edit_learning(
        &mut self,
        ask: impl FnOnce(&mut crate::ui::editor::Editor) -> Option<crate::ui::editor::Request>,
    ) -> Vec<Effect> {
        let mut effects = self.edit(ask);
        effects.extend(self.learn_tags());
        effects
    }

    /// Collects the tags the open observation chose or removed and keeps them.
    fn learn_tags(&mut self) -> Vec<Effect> {
        let Some(new) = self
            .editor
            .as_mut()
            .and_then(|e| e.observation_mut())
            .map(crate::ui::observation::ObservationScreen::take_examples)
            .filter(|new| !new.is_empty())
        else {
            return vec![];
        };
        self.tagging.extend(&new);
        self.browser.set_learned(self.tagging.examples.len());
        self.tagging
            .file
            .iter()
            .map(|file| Job::LearnTags(file.clone(), new.clone()).into())
            .collect()
    }

    pub(super) fn tags_learned(
        &mut self,
        result: Result<Option<SetAside>, Failure>,
    ) -> Vec<Effect> {
        match result {
            Ok(Some(aside)) => self.notice = Some(format!("{aside}.")),
            Ok(None) => {}
            Err(why) => {
                self.notice = Some(format!(
                    "The tags you chose could not be kept for suggestions: {why}."
                ));
            }
        }
        vec![]
    }

    /// The rubric browser's setting: forget every example.
    pub(super) fn forget_tagging(&mut self) -> Vec<Effect> {
        match &self.tagging.file {
            Some(file) => vec![Job::ForgetTagging(file.clone()).into()],
            None => self.tagging_forgotten(Ok(self.tagging.examples.len())),
        }
    }

    pub(super) fn tagging_forgotten(&mut self, result: Result<usize, Failure>) -> Vec<Effect> {
        match result {
            Ok(n) => {
                self.tagging.examples.clear();
                self.browser.set_learned(0);
                self.notice = Some(format!(
                    "Suggestions forgot the {} they had learned from.",
                    crate::text::count(n, "tag", "tags")
                ));
            }
            Err(why) => {
                self.notice = Some(format!(
                    "What suggestions learned was not forgotten: {why}."
                ));
            }
        }
        vec![]
    }
}

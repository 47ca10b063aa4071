//! Ctrl+Z and Ctrl+Shift+Z (or Ctrl+Y) in every text field: iced 0.14's
//! fields keep no history, so a word deleted by mistake was gone. The
//! history lives in the widget tree beside the field, as iced keeps a
//! field's cursor: a step per word typed, per run of deletions, per paste,
//! and after a pause. Undoing sends the field's own message with the
//! earlier text, so the screen saves it as any edit. The history is dropped
//! when the text changes by anything but typing (a record loaded, another
//! field in its place), so a step never carries text into another field.

use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{Id, Operation, Tree, Widget, operation, tree};
use iced::advanced::{Clipboard, Shell, overlay, renderer};
use iced::keyboard::{self, Key};
use iced::{Element, Event, Length, Rectangle, Size, Theme, Vector, mouse};

type Renderer = iced::Renderer;

/// How many steps back a field keeps.
const DEPTH: usize = 100;
/// A pause this long in typing starts a new step (long enough that a slow
/// typist's word, or a busy laptop's late redraws, stay one step).
const PAUSE: Duration = Duration::from_secs(3);

/// What one edit did, to tell where a step ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Typed,
    Deleted,
    Other,
}

/// A field's text as it was before each step, and after each undone one.
#[derive(Debug)]
pub struct History {
    key: String,
    current: String,
    undo: Vec<String>,
    redo: Vec<String>,
    last: Option<(Kind, Instant)>,
    /// The field's callback reported an edit since the last view.
    pending: bool,
}

impl History {
    #[must_use]
    pub fn new(key: &str, text: &str) -> History {
        History {
            key: key.to_string(),
            current: text.to_string(),
            undo: Vec::new(),
            redo: Vec::new(),
            last: None,
            pending: false,
        }
    }

    /// The field now shows `text`: an edit when `edited`, else a change
    /// from elsewhere (or another field), which forgets the history.
    pub fn seen(&mut self, key: &str, text: &str, edited: bool, now: Instant) {
        if self.key != key || (!edited && self.current != text) {
            *self = History::new(key, text);
        } else if self.current != text {
            self.edited(text, now);
        }
    }

    fn edited(&mut self, text: &str, now: Instant) {
        let kind = kind_of(&self.current, text);
        let joins = self.last.is_some_and(|(last, at)| {
            last == kind && kind != Kind::Other && now.duration_since(at) < PAUSE
        }) && !ends_word(&self.current, text);
        if !joins {
            if self.undo.len() == DEPTH {
                self.undo.remove(0);
            }
            self.undo.push(std::mem::take(&mut self.current));
        }
        self.redo.clear();
        self.current = text.to_string();
        self.last = Some((kind, now));
    }

    /// The text before the last step, now current; none when there is none.
    pub fn undo(&mut self) -> Option<String> {
        let earlier = self.undo.pop()?;
        self.redo
            .push(std::mem::replace(&mut self.current, earlier.clone()));
        self.last = None;
        Some(earlier)
    }

    /// The text of the last step undone, now current.
    pub fn redo(&mut self) -> Option<String> {
        let later = self.redo.pop()?;
        self.undo
            .push(std::mem::replace(&mut self.current, later.clone()));
        self.last = None;
        Some(later)
    }
}

/// Whether `after` is `before` with one character typed or deleted.
fn kind_of(before: &str, after: &str) -> Kind {
    let (b, a) = (before.chars().count(), after.chars().count());
    if a == b + 1 && is_one_more(before, after) {
        Kind::Typed
    } else if b == a + 1 && is_one_more(after, before) {
        Kind::Deleted
    } else {
        Kind::Other
    }
}

/// Whether `longer` is `shorter` with one character put in somewhere.
fn is_one_more(shorter: &str, longer: &str) -> bool {
    let common = shorter
        .chars()
        .zip(longer.chars())
        .take_while(|(a, b)| a == b)
        .count();
    shorter
        .chars()
        .skip(common)
        .eq(longer.chars().skip(common + 1))
}

/// A space or line break typed after a word closes the word's step.
fn ends_word(before: &str, after: &str) -> bool {
    after.chars().count() > before.chars().count()
        && after
            .chars()
            .zip(before.chars().chain(std::iter::once('\0')))
            .find(|(a, b)| a != b)
            .is_some_and(|(typed, _)| typed.is_whitespace())
}

/// A text field with its history: `field` shows `text`; `restore` turns an
/// earlier text into the messages that put it back; `edited` is set by the
/// field's own callbacks when the user changes the text (during an update
/// of this view; the tree carries it to the next view).
pub struct Undoable<'a, Message> {
    pub field: Element<'a, Message>,
    pub key: String,
    pub text: String,
    pub restore: Box<dyn Fn(String) -> Vec<Message> + 'a>,
    pub edited: Rc<Cell<bool>>,
}

impl<'a, Message: 'a> From<Undoable<'a, Message>> for Element<'a, Message> {
    fn from(undoable: Undoable<'a, Message>) -> Self {
        Element::new(undoable)
    }
}

/// Ctrl+Z is `Some(false)`, Ctrl+Shift+Z and Ctrl+Y `Some(true)`.
fn undo_key(event: &Event) -> Option<bool> {
    let Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. }) = event else {
        return None;
    };
    let Key::Character(c) = key else { return None };
    if !modifiers.command() || modifiers.alt() {
        return None;
    }
    match c.to_lowercase().as_str() {
        "z" => Some(modifiers.shift()),
        "y" if !modifiers.shift() => Some(true),
        _ => None,
    }
}

/// Whether a focusable widget inside has the focus.
struct Focused(bool);

impl Operation for Focused {
    fn focusable(&mut self, _: Option<&Id>, _: Rectangle, state: &mut dyn operation::Focusable) {
        self.0 |= state.is_focused();
    }

    fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
        operate(self);
    }
}

impl<Message> Widget<Message, Theme, Renderer> for Undoable<'_, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<History>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(History::new(&self.key, &self.text))
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(&self.field)]
    }

    fn diff(&self, tree: &mut Tree) {
        let history = tree.state.downcast_mut::<History>();
        let edited = std::mem::take(&mut history.pending);
        history.seen(&self.key, &self.text, edited, Instant::now());
        tree.diff_children(std::slice::from_ref(&self.field));
    }

    fn size(&self) -> Size<Length> {
        self.field.as_widget().size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.field.as_widget().size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.field
            .as_widget_mut()
            .layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        self.field
            .as_widget_mut()
            .operate(&mut tree.children[0], layout, renderer, operation);
    }

    fn update(
        &mut self,
        tree: &mut Tree,
        event: &Event,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        renderer: &Renderer,
        clipboard: &mut dyn Clipboard,
        shell: &mut Shell<'_, Message>,
        viewport: &Rectangle,
    ) {
        if let Some(forward) = undo_key(event) {
            let mut focused = Focused(false);
            self.field.as_widget_mut().operate(
                &mut tree.children[0],
                layout,
                renderer,
                &mut focused,
            );
            let history = tree.state.downcast_mut::<History>();
            let step = if !focused.0 {
                None
            } else if forward {
                history.redo()
            } else {
                history.undo()
            };
            // With nothing to take back here, the key goes on (the
            // observation's Ctrl+Z takes back the last note change).
            if let Some(text) = step {
                for message in (self.restore)(text) {
                    shell.publish(message);
                }
                shell.capture_event();
                return;
            }
        }
        self.field.as_widget_mut().update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
        // The flag is this view's; the next view's diff reads the tree.
        if self.edited.replace(false) {
            tree.state.downcast_mut::<History>().pending = true;
        }
    }

    fn draw(
        &self,
        tree: &Tree,
        renderer: &mut Renderer,
        theme: &Theme,
        style: &renderer::Style,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
    ) {
        self.field.as_widget().draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.field.as_widget().mouse_interaction(
            &tree.children[0],
            layout,
            cursor,
            viewport,
            renderer,
        )
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.field.as_widget_mut().overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(history: &mut History, text: &str, at: Instant) -> Instant {
        let mut shown = history.current.clone();
        let mut now = at;
        for c in text.chars() {
            shown.push(c);
            history.seen("f", &shown, true, now);
            now += Duration::from_millis(80);
        }
        now
    }

    #[test]
    fn each_word_is_a_step_and_redo_puts_it_back() {
        let mut h = History::new("f", "");
        typed(&mut h, "exit tickets helped", Instant::now());
        assert_eq!(h.undo().as_deref(), Some("exit tickets"));
        assert_eq!(h.undo().as_deref(), Some("exit"));
        assert_eq!(h.undo().as_deref(), Some(""));
        assert_eq!(h.undo(), None);
        assert_eq!(h.redo().as_deref(), Some("exit"));
        assert_eq!(h.redo().as_deref(), Some("exit tickets"));
    }

    #[test]
    fn a_pause_a_paste_and_a_deletion_start_steps() {
        let start = Instant::now();
        let mut h = History::new("f", "");
        let later = typed(&mut h, "Ss", start) + Duration::from_secs(5);
        typed(&mut h, "Ts", later);
        assert_eq!(h.undo().as_deref(), Some("Ss"), "the pause ended a step");
        h.seen("f", "Ss pasted text", true, later);
        h.seen("f", "Ss pasted tex", true, later);
        assert_eq!(h.undo().as_deref(), Some("Ss pasted text"));
        assert_eq!(h.undo().as_deref(), Some("Ss"));
    }

    #[test]
    fn a_change_from_elsewhere_or_another_field_forgets_the_history() {
        let mut h = History::new("f", "");
        typed(&mut h, "draft", Instant::now());
        h.seen("f", "loaded from the record", false, Instant::now());
        assert_eq!(h.undo(), None, "nothing carried across a reload");
        typed(&mut h, " more", Instant::now());
        h.seen(
            "other field",
            "loaded from the record more",
            true,
            Instant::now(),
        );
        assert_eq!(h.undo(), None, "nothing carried into another field");
    }

    #[test]
    fn a_new_edit_after_undo_clears_redo() {
        let mut h = History::new("f", "");
        typed(&mut h, "one two", Instant::now());
        assert_eq!(h.undo().as_deref(), Some("one"));
        typed(&mut h, "!", Instant::now());
        assert_eq!(h.redo(), None);
        assert_eq!(h.undo().as_deref(), Some("one"));
    }
}

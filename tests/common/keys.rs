//! The window driven by the keyboard alone: its widget tree kept from one
//! view to the next (as iced keeps it, so focus stays where it was), focus
//! moved by the window's own effects (Tab, a field focused by the screen),
//! and keys sent to whatever has the focus. No click, no pointer.

use iced::advanced::widget::operation::{self, Focusable, Operation, Outcome};
use iced::advanced::widget::{Id, Tree};
use iced::advanced::{Layout, Shell, clipboard, layout, renderer::Headless};
use iced::keyboard::{Key, Modifiers, key::Named};
use iced::{Event, Font, Pixels, Rectangle, Size, mouse};
use iced_test::Selector;
use teacher_eval::ui::{App, Job, Message, Screen};

pub struct Keyboard {
    renderer: iced::Renderer,
    tree: Option<Tree>,
    size: Size,
}

impl Keyboard {
    /// A keyboard on a window of `width` x `height`.
    pub fn new(width: f32, height: f32) -> Keyboard {
        let renderer = iced::futures::executor::block_on(<iced::Renderer as Headless>::new(
            Font::with_name("Fira Sans"),
            Pixels(16.0),
            None,
        ))
        .expect("a headless renderer");
        Keyboard {
            renderer,
            tree: None,
            size: Size::new(width, height),
        }
    }

    /// Tab (or Shift+Tab).
    pub fn tab(&mut self, app: &mut App, back: bool) {
        let shift = if back {
            Modifiers::SHIFT
        } else {
            Modifiers::empty()
        };
        self.press(app, Key::Named(Named::Tab), shift);
    }

    /// Presses Tab until the focus is on the widget showing `label`
    /// (a button's text, a field's placeholder or value); false if it never is.
    pub fn tab_to(&mut self, app: &mut App, label: &str) -> bool {
        for _ in 0..80 {
            self.tab(app, false);
            if self.focus_is_on(app, label) {
                return true;
            }
        }
        false
    }

    /// Presses Tab until the focus is on the field just under the text
    /// `heading` (a field with no text of its own to find it by).
    pub fn tab_to_field_under(&mut self, app: &mut App, heading: &str) -> bool {
        for _ in 0..80 {
            self.tab(app, false);
            let (Some(at), Some(focused)) = (self.label_center(app, heading), self.focused(app))
            else {
                continue;
            };
            if focused.y > at.y && focused.y - at.y < 40.0 {
                return true;
            }
        }
        false
    }

    /// Presses `key` with `modifiers`: the focused widget has it first;
    /// one it leaves goes to the window's key listener.
    pub fn press(&mut self, app: &mut App, key: Key, modifiers: Modifiers) {
        let events = iced_test::simulator::tap_key(key.clone(), None).map(|event| match event {
            Event::Keyboard(iced::keyboard::Event::KeyPressed {
                key,
                modified_key,
                physical_key,
                location,
                text,
                repeat,
                ..
            }) => Event::Keyboard(iced::keyboard::Event::KeyPressed {
                key,
                modified_key,
                physical_key,
                location,
                modifiers,
                text,
                repeat,
            }),
            other => other,
        });
        // As a real keyboard does: the modifiers change, the key, then back.
        let changed = |m| Event::Keyboard(iced::keyboard::Event::ModifiersChanged(m));
        let events: Vec<Event> = std::iter::once(changed(modifiers))
            .chain(events)
            .chain(std::iter::once(changed(Modifiers::empty())))
            .collect();
        let (messages, taken) = self.send(app, &events);
        self.settle_all(app, messages);
        if taken {
            return;
        }
        // As the window's listeners hear a key no widget took: Tab always;
        // other keys (and Tab too) by an editor's shortcut listener.
        if key == Key::Named(Named::Tab) {
            self.settle(app, Message::TabPressed(modifiers.shift()));
        }
        if key != Key::Named(Named::Tab) || app.screen() == Screen::Editor {
            self.settle(app, Message::Key(key, modifiers));
        }
    }

    /// Enter, with no modifier.
    pub fn enter(&mut self, app: &mut App) {
        self.press(app, Key::Named(Named::Enter), Modifiers::empty());
    }

    /// Types `text` into whatever has the focus, a key at a time (the
    /// window draws the text again after each).
    pub fn type_text(&mut self, app: &mut App, text: &str) {
        for c in text.chars() {
            let events: Vec<Event> = iced_test::simulator::typewrite(&c.to_string()).collect();
            let (messages, _) = self.send(app, &events);
            self.settle_all(app, messages);
        }
    }

    /// Whether the focused widget is the one showing `label`: of the
    /// focusable widgets around the label, the innermost has the focus.
    pub fn focus_is_on(&mut self, app: &App, label: &str) -> bool {
        let Some(at) = self.label_center(app, label) else {
            return false;
        };
        let around = self
            .focusables(app)
            .into_iter()
            .filter(|(bounds, _)| bounds.contains(at))
            .min_by(|a, b| area(a.0).total_cmp(&area(b.0)));
        around.is_some_and(|(_, focused)| focused)
    }

    fn label_center(&mut self, app: &App, label: &str) -> Option<iced::Point> {
        self.with_view(app, |element, tree, layout, renderer| {
            let mut find = Selector::find(label);
            element.as_widget_mut().operate(
                tree,
                layout,
                renderer,
                &mut operation::black_box(&mut find),
            );
            match find.finish() {
                Outcome::Some(Some(target)) => target.visible_bounds().map(|b| b.center()),
                _ => None,
            }
        })
    }

    fn focused(&mut self, app: &App) -> Option<Rectangle> {
        self.focusables(app)
            .into_iter()
            .find_map(|(bounds, focused)| focused.then_some(bounds))
    }

    /// Every widget the focus can go to: its bounds, and whether it has it.
    pub fn focusables(&mut self, app: &App) -> Vec<(Rectangle, bool)> {
        struct All(Vec<(Rectangle, bool)>);
        impl Operation for All {
            fn focusable(&mut self, _: Option<&Id>, bounds: Rectangle, state: &mut dyn Focusable) {
                self.0.push((bounds, state.is_focused()));
            }
            fn traverse(&mut self, operate: &mut dyn FnMut(&mut dyn Operation)) {
                operate(self);
            }
        }
        self.with_view(app, |element, tree, layout, renderer| {
            let mut all = All(Vec::new());
            element
                .as_widget_mut()
                .operate(tree, layout, renderer, &mut all);
            all.0
        })
    }

    /// Applies `message` and what it starts, moving the focus as the window would.
    pub fn settle(&mut self, app: &mut App, message: Message) {
        let mut queue = vec![message];
        while let Some(message) = queue.pop() {
            for effect in app.handle(message) {
                let moved: Option<Box<dyn Operation>> = match effect.job() {
                    Job::FocusNext(false) => Some(Box::new(operation::focusable::focus_next())),
                    Job::FocusNext(true) => Some(Box::new(operation::focusable::focus_previous())),
                    Job::Focus(id) => Some(Box::new(operation::focusable::focus(Id::new(id)))),
                    _ => None,
                };
                match moved {
                    Some(operation) => self.operate(app, operation),
                    None => queue.extend(effect.run()),
                }
            }
        }
    }

    fn settle_all(&mut self, app: &mut App, messages: Vec<Message>) {
        for message in messages {
            self.settle(app, message);
        }
    }

    /// Sends `events` to the view; the messages they made, and whether a
    /// widget took the last one.
    fn send(&mut self, app: &App, events: &[Event]) -> (Vec<Message>, bool) {
        let viewport = Rectangle::with_size(self.size);
        self.with_view(app, |element, tree, layout, renderer| {
            let mut messages = Vec::new();
            let mut taken = false;
            for event in events {
                let mut shell = Shell::new(&mut messages);
                element.as_widget_mut().update(
                    tree,
                    event,
                    layout,
                    mouse::Cursor::Unavailable,
                    renderer,
                    &mut clipboard::Null,
                    &mut shell,
                    &viewport,
                );
                if matches!(
                    event,
                    Event::Keyboard(iced::keyboard::Event::KeyPressed { .. })
                ) {
                    taken = shell.is_event_captured();
                }
            }
            (messages, taken)
        })
    }

    fn operate(&mut self, app: &App, mut operation: Box<dyn Operation>) {
        self.with_view(app, |element, tree, layout, renderer| {
            loop {
                element
                    .as_widget_mut()
                    .operate(tree, layout, renderer, operation.as_mut());
                match operation.finish() {
                    Outcome::Chain(next) => operation = next,
                    _ => break,
                }
            }
        });
    }

    /// Runs `f` on the app's view laid out, with the tree kept from before.
    fn with_view<R>(
        &mut self,
        app: &App,
        f: impl FnOnce(&mut iced::Element<'_, Message>, &mut Tree, Layout<'_>, &iced::Renderer) -> R,
    ) -> R {
        let mut element = app.view();
        let tree = self
            .tree
            .get_or_insert_with(|| Tree::new(element.as_widget()));
        tree.diff(element.as_widget());
        let limits = layout::Limits::new(Size::ZERO, self.size);
        let node = element
            .as_widget_mut()
            .layout(tree, &self.renderer, &limits);
        f(&mut element, tree, Layout::new(&node), &self.renderer)
    }
}

fn area(r: Rectangle) -> f32 {
    r.width * r.height
}

//! A button the keyboard can reach: iced 0.14's buttons take no focus, so
//! Tab passed over them and nothing pressed one without a mouse. This one
//! wraps iced's button, is focusable (Tab and Shift+Tab stop on it in
//! reading order, as they stop on text fields), shows a ring while focused
//! and is pressed by Enter or Space. Use it as iced's `button` is used;
//! the styles are iced's.

use iced::advanced::layout::{self, Layout};
use iced::advanced::widget::{self, Operation, Tree, Widget, tree};
use iced::advanced::{Clipboard, Shell, overlay, renderer};
use iced::keyboard::{self, key::Named};
use iced::{Border, Color, Element, Event, Length, Padding, Rectangle, Size, Theme, Vector, mouse};

pub use iced::widget::button::{Status, Style, danger, primary, secondary, success, text};

type Renderer = iced::Renderer;

/// A button showing `content`.
#[must_use]
pub fn button<'a, Message: Clone + 'a>(
    content: impl Into<Element<'a, Message>>,
) -> Button<'a, Message> {
    Button {
        inner: iced::widget::button(content),
        on_press: None,
    }
}

/// iced's button, and the message it sends, kept to send it on Enter too.
pub struct Button<'a, Message> {
    inner: iced::widget::Button<'a, Message>,
    on_press: Option<Message>,
}

impl<'a, Message: Clone + 'a> Button<'a, Message> {
    #[must_use]
    pub fn on_press(self, message: Message) -> Self {
        self.on_press_maybe(Some(message))
    }

    /// Sends `message` when pressed; none leaves the button disabled (and
    /// out of the Tab order).
    #[must_use]
    pub fn on_press_maybe(self, message: Option<Message>) -> Self {
        Button {
            inner: self.inner.on_press_maybe(message.clone()),
            on_press: message,
        }
    }

    #[must_use]
    pub fn style(self, style: impl Fn(&Theme, Status) -> Style + 'a) -> Self {
        Button {
            inner: self.inner.style(style),
            ..self
        }
    }

    #[must_use]
    pub fn padding(self, padding: impl Into<Padding>) -> Self {
        Button {
            inner: self.inner.padding(padding),
            ..self
        }
    }

    #[must_use]
    pub fn width(self, width: impl Into<Length>) -> Self {
        Button {
            inner: self.inner.width(width),
            ..self
        }
    }

    #[must_use]
    pub fn height(self, height: impl Into<Length>) -> Self {
        Button {
            inner: self.inner.height(height),
            ..self
        }
    }

    #[must_use]
    pub fn clip(self, clip: bool) -> Self {
        Button {
            inner: self.inner.clip(clip),
            ..self
        }
    }
}

/// Whether the keyboard's focus is on the button.
#[derive(Debug, Default)]
struct Focus {
    focused: bool,
}

impl widget::operation::Focusable for Focus {
    fn is_focused(&self) -> bool {
        self.focused
    }

    fn focus(&mut self) {
        self.focused = true;
    }

    fn unfocus(&mut self) {
        self.focused = false;
    }
}

impl<'a, Message: Clone + 'a> Widget<Message, Theme, Renderer> for Button<'a, Message> {
    fn tag(&self) -> tree::Tag {
        tree::Tag::of::<Focus>()
    }

    fn state(&self) -> tree::State {
        tree::State::new(Focus::default())
    }

    fn children(&self) -> Vec<Tree> {
        vec![Tree::new(
            &self.inner as &dyn Widget<Message, Theme, Renderer>,
        )]
    }

    fn diff(&self, tree: &mut Tree) {
        tree.diff_children(&[&self.inner as &dyn Widget<Message, Theme, Renderer>]);
    }

    fn size(&self) -> Size<Length> {
        self.inner.size()
    }

    fn size_hint(&self) -> Size<Length> {
        self.inner.size_hint()
    }

    fn layout(
        &mut self,
        tree: &mut Tree,
        renderer: &Renderer,
        limits: &layout::Limits,
    ) -> layout::Node {
        self.inner.layout(&mut tree.children[0], renderer, limits)
    }

    fn operate(
        &mut self,
        tree: &mut Tree,
        layout: Layout<'_>,
        renderer: &Renderer,
        operation: &mut dyn Operation,
    ) {
        if self.on_press.is_some() {
            let focus = tree.state.downcast_mut::<Focus>();
            operation.focusable(None, layout.bounds(), focus);
        }
        self.inner
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
        let focus = tree.state.downcast_mut::<Focus>();
        match event {
            // A click anywhere moves the focus to where the mouse is.
            Event::Mouse(mouse::Event::ButtonPressed(_)) => focus.focused = false,
            Event::Keyboard(keyboard::Event::KeyPressed { key, modifiers, .. })
                if focus.focused && pressed_by(key, *modifiers) =>
            {
                if let Some(message) = &self.on_press {
                    shell.publish(message.clone());
                    shell.capture_event();
                    return;
                }
            }
            _ => {}
        }
        self.inner.update(
            &mut tree.children[0],
            event,
            layout,
            cursor,
            renderer,
            clipboard,
            shell,
            viewport,
        );
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
        self.inner.draw(
            &tree.children[0],
            renderer,
            theme,
            style,
            layout,
            cursor,
            viewport,
        );
        if tree.state.downcast_ref::<Focus>().focused && self.on_press.is_some() {
            focus_ring(renderer, theme, layout.bounds());
        }
    }

    fn mouse_interaction(
        &self,
        tree: &Tree,
        layout: Layout<'_>,
        cursor: mouse::Cursor,
        viewport: &Rectangle,
        renderer: &Renderer,
    ) -> mouse::Interaction {
        self.inner
            .mouse_interaction(&tree.children[0], layout, cursor, viewport, renderer)
    }

    fn overlay<'b>(
        &'b mut self,
        tree: &'b mut Tree,
        layout: Layout<'b>,
        renderer: &Renderer,
        viewport: &Rectangle,
        translation: Vector,
    ) -> Option<overlay::Element<'b, Message, Theme, Renderer>> {
        self.inner.overlay(
            &mut tree.children[0],
            layout,
            renderer,
            viewport,
            translation,
        )
    }
}

/// Enter or Space alone press a focused button, as on every desktop.
fn pressed_by(key: &keyboard::Key, modifiers: keyboard::Modifiers) -> bool {
    let plain = !(modifiers.control() || modifiers.alt() || modifiers.logo());
    plain && matches!(key, keyboard::Key::Named(Named::Enter | Named::Space))
}

/// A ring around the focused button, in the theme's primary colour and
/// thick enough to be seen without colour (it is an outline, not a shade).
fn focus_ring(renderer: &mut Renderer, theme: &Theme, bounds: Rectangle) {
    use iced::advanced::Renderer as _;
    renderer.fill_quad(
        renderer::Quad {
            bounds: bounds.expand(3.0),
            border: Border {
                color: theme.palette().primary,
                width: 2.0,
                radius: 5.0.into(),
            },
            ..renderer::Quad::default()
        },
        Color::TRANSPARENT,
    );
}

impl<'a, Message: Clone + 'a> From<Button<'a, Message>> for Element<'a, Message> {
    fn from(button: Button<'a, Message>) -> Self {
        Element::new(button)
    }
}

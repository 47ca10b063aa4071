//! iced's single-line text field with an undo history (`ui::undo`): use it
//! as iced's `text_input` is used.

use std::cell::Cell;
use std::rc::Rc;

use iced::widget::text_input as iced_input;
use iced::{Element, Font, Length, Padding, Pixels, Theme};

pub use iced_input::{Status, Style};

use super::undo::Undoable;

/// A field showing `value`, or `placeholder` when it is empty.
#[must_use]
pub fn text_input<'a, Message: Clone + 'a>(
    placeholder: &str,
    value: &str,
) -> TextInput<'a, Message> {
    TextInput {
        inner: iced::widget::text_input(placeholder, value),
        key: placeholder.to_string(),
        text: value.to_string(),
        on_input: None,
        secure: false,
        edited: Rc::new(Cell::new(false)),
    }
}

pub struct TextInput<'a, Message> {
    inner: iced::widget::TextInput<'a, Message>,
    key: String,
    text: String,
    on_input: Option<Rc<dyn Fn(String) -> Message + 'a>>,
    secure: bool,
    edited: Rc<Cell<bool>>,
}

impl<'a, Message: Clone + 'a> TextInput<'a, Message> {
    #[must_use]
    pub fn on_input(mut self, on_input: impl Fn(String) -> Message + 'a) -> Self {
        let on_input: Rc<dyn Fn(String) -> Message + 'a> = Rc::new(on_input);
        let (edited, sent) = (self.edited.clone(), on_input.clone());
        self.inner = self.inner.on_input(move |text| {
            edited.set(true);
            sent(text)
        });
        self.on_input = Some(on_input);
        self
    }

    #[must_use]
    pub fn on_input_maybe(self, on_input: Option<impl Fn(String) -> Message + 'a>) -> Self {
        match on_input {
            Some(on_input) => self.on_input(on_input),
            None => self,
        }
    }

    #[must_use]
    pub fn on_submit(self, message: Message) -> Self {
        TextInput {
            inner: self.inner.on_submit(message),
            ..self
        }
    }

    #[must_use]
    pub fn id(self, id: impl Into<iced::widget::Id>) -> Self {
        TextInput {
            inner: self.inner.id(id),
            ..self
        }
    }

    /// Hides what is typed (a passphrase); its history is not kept.
    #[must_use]
    pub fn secure(self, secure: bool) -> Self {
        TextInput {
            inner: self.inner.secure(secure),
            secure,
            ..self
        }
    }

    #[must_use]
    pub fn padding(self, padding: impl Into<Padding>) -> Self {
        TextInput {
            inner: self.inner.padding(padding),
            ..self
        }
    }

    #[must_use]
    pub fn width(self, width: impl Into<Length>) -> Self {
        TextInput {
            inner: self.inner.width(width),
            ..self
        }
    }

    #[must_use]
    pub fn size(self, size: impl Into<Pixels>) -> Self {
        TextInput {
            inner: self.inner.size(size),
            ..self
        }
    }

    #[must_use]
    pub fn font(self, font: Font) -> Self {
        TextInput {
            inner: self.inner.font(font),
            ..self
        }
    }

    #[must_use]
    pub fn style(self, style: impl Fn(&Theme, Status) -> Style + 'a) -> Self {
        TextInput {
            inner: self.inner.style(style),
            ..self
        }
    }
}

impl<'a, Message: Clone + 'a> From<TextInput<'a, Message>> for Element<'a, Message> {
    fn from(input: TextInput<'a, Message>) -> Self {
        let (Some(on_input), false) = (input.on_input, input.secure) else {
            return input.inner.into();
        };
        Undoable {
            field: input.inner.into(),
            key: input.key,
            text: input.text,
            restore: Box::new(move |text| vec![on_input(text)]),
            edited: input.edited,
        }
        .into()
    }
}

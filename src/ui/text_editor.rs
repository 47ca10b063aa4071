//! iced's multi-line text field with an undo history (`ui::undo`): use it
//! as iced's `text_editor` is used. An earlier text is put back as the
//! user would: select all, then paste it.

use std::cell::Cell;
use std::rc::Rc;
use std::sync::Arc;

use iced::widget::text_editor as iced_editor;
use iced::{Element, Font, Length, Padding, Pixels, Theme};

pub use iced_editor::{Action, Content, Edit, Motion, Status, Style};

use super::undo::Undoable;

/// A field editing `content`.
#[must_use]
pub fn text_editor<'a, Message: Clone + 'a>(content: &'a Content) -> TextEditor<'a, Message> {
    TextEditor {
        inner: iced::widget::text_editor(content),
        key: String::new(),
        text: content.text(),
        on_action: None,
        edited: Rc::new(Cell::new(false)),
    }
}

pub struct TextEditor<'a, Message> {
    inner: iced::widget::TextEditor<'a, iced::advanced::text::highlighter::PlainText, Message>,
    key: String,
    text: String,
    on_action: Option<Rc<dyn Fn(Action) -> Message + 'a>>,
    edited: Rc<Cell<bool>>,
}

impl<'a, Message: Clone + 'a> TextEditor<'a, Message> {
    #[must_use]
    pub fn on_action(mut self, on_action: impl Fn(Action) -> Message + 'a) -> Self {
        let on_action: Rc<dyn Fn(Action) -> Message + 'a> = Rc::new(on_action);
        let (edited, sent) = (self.edited.clone(), on_action.clone());
        self.inner = self.inner.on_action(move |action| {
            if action.is_edit() {
                edited.set(true);
            }
            sent(action)
        });
        self.on_action = Some(on_action);
        self
    }

    /// Shown while the field is empty; it also tells this field's history
    /// from another's in the same place.
    #[must_use]
    pub fn placeholder(self, placeholder: &'a str) -> Self {
        TextEditor {
            inner: self.inner.placeholder(placeholder),
            key: placeholder.to_string(),
            ..self
        }
    }

    #[must_use]
    pub fn height(self, height: impl Into<Length>) -> Self {
        TextEditor {
            inner: self.inner.height(height),
            ..self
        }
    }

    #[must_use]
    pub fn padding(self, padding: impl Into<Padding>) -> Self {
        TextEditor {
            inner: self.inner.padding(padding),
            ..self
        }
    }

    #[must_use]
    pub fn size(self, size: impl Into<Pixels>) -> Self {
        TextEditor {
            inner: self.inner.size(size),
            ..self
        }
    }

    #[must_use]
    pub fn font(self, font: Font) -> Self {
        TextEditor {
            inner: self.inner.font(font),
            ..self
        }
    }

    #[must_use]
    pub fn style(self, style: impl Fn(&Theme, Status) -> Style + 'a) -> Self {
        TextEditor {
            inner: self.inner.style(style),
            ..self
        }
    }
}

impl<'a, Message: Clone + 'a> From<TextEditor<'a, Message>> for Element<'a, Message> {
    fn from(editor: TextEditor<'a, Message>) -> Self {
        let Some(on_action) = editor.on_action else {
            return editor.inner.into();
        };
        Undoable {
            field: editor.inner.into(),
            key: editor.key,
            text: editor.text,
            restore: Box::new(move |text| {
                vec![
                    on_action(Action::SelectAll),
                    on_action(Action::Edit(Edit::Paste(Arc::new(text)))),
                ]
            }),
            edited: editor.edited,
        }
        .into()
    }
}

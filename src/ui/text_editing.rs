//! Multi-line text fields: applying an edit and telling whether the text changed.

use crate::ui::text_editor;

/// Applies an editor action; true when it changed the text (not just the
/// cursor or selection), which is when the record needs saving.
pub fn edit(content: &mut text_editor::Content, action: text_editor::Action) -> bool {
    let is_edit = action.is_edit();
    content.perform(action);
    is_edit
}

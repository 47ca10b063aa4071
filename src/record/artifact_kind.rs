//! The kinds of file an artifact may be, told by its name's extension and
//! its first bytes together: a file named `.pdf` that does not begin as a
//! PDF is refused, and so is any kind not on the list (a program, a script).

use serde::{Deserialize, Serialize};

/// What an attached file is, as its extension and content agree.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FileKind {
    Pdf,
    /// A word-processor file: `.docx`, `.doc`, `.odt` or `.rtf`.
    Document,
    /// `.xlsx`, `.xls` or `.ods`.
    Spreadsheet,
    /// `.pptx`, `.ppt` or `.odp`.
    Presentation,
    Csv,
    /// Plain text (`.txt`, `.md`) in UTF-8.
    Text,
    Png,
    Jpeg,
    Gif,
    Webp,
}

/// The extensions accepted, lower case, as the docs list them.
pub const EXTENSIONS: [&str; 19] = [
    "pdf", "docx", "doc", "odt", "rtf", "xlsx", "xls", "ods", "pptx", "ppt", "odp", "csv", "txt",
    "md", "png", "jpg", "jpeg", "gif", "webp",
];

/// Why a file cannot be an artifact, in words after "it ".
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KindError {
    #[error(
        "is not a kind of file an artifact may be (PDF, Word, OpenDocument, rich text, Excel, PowerPoint, CSV, plain text, PNG, JPEG, GIF or WebP)"
    )]
    NotAllowed,
    #[error("is named .{extension} but its content is not a {expected} file")]
    Mismatch {
        extension: String,
        expected: &'static str,
    },
}

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";

impl FileKind {
    /// The kind of the file named `name` holding `bytes`, or why it may not be attached.
    pub fn detect(name: &str, bytes: &[u8]) -> Result<FileKind, KindError> {
        let Some(extension) = allowed_extension(name) else {
            return Err(KindError::NotAllowed);
        };
        let (kind, expected, fits) = match extension.as_str() {
            "pdf" => (FileKind::Pdf, "PDF", bytes.starts_with(b"%PDF-")),
            "docx" | "odt" => (FileKind::Document, "word-processor", bytes.starts_with(ZIP)),
            "doc" => (FileKind::Document, "Word", bytes.starts_with(OLE)),
            "rtf" => (
                FileKind::Document,
                "rich text",
                bytes.starts_with(b"{\\rtf"),
            ),
            "xlsx" | "ods" => (FileKind::Spreadsheet, "spreadsheet", bytes.starts_with(ZIP)),
            "xls" => (FileKind::Spreadsheet, "Excel", bytes.starts_with(OLE)),
            "pptx" | "odp" => (
                FileKind::Presentation,
                "presentation",
                bytes.starts_with(ZIP),
            ),
            "ppt" => (FileKind::Presentation, "PowerPoint", bytes.starts_with(OLE)),
            "csv" => (FileKind::Csv, "CSV (UTF-8 text)", is_text(bytes)),
            "txt" | "md" => (FileKind::Text, "UTF-8 text", is_text(bytes)),
            "png" => (
                FileKind::Png,
                "PNG",
                bytes.starts_with(b"\x89PNG\r\n\x1a\n"),
            ),
            "jpg" | "jpeg" => (FileKind::Jpeg, "JPEG", bytes.starts_with(b"\xFF\xD8\xFF")),
            "gif" => (
                FileKind::Gif,
                "GIF",
                bytes.starts_with(b"GIF87a") || bytes.starts_with(b"GIF89a"),
            ),
            _ => (
                FileKind::Webp,
                "WebP",
                bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"),
            ),
        };
        if fits {
            Ok(kind)
        } else {
            Err(KindError::Mismatch {
                extension,
                expected,
            })
        }
    }

    /// What a reader calls it: "PDF", "document", "PNG image".
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Pdf => "PDF",
            FileKind::Document => "document",
            FileKind::Spreadsheet => "spreadsheet",
            FileKind::Presentation => "presentation",
            FileKind::Csv => "CSV",
            FileKind::Text => "text",
            FileKind::Png => "PNG image",
            FileKind::Jpeg => "JPEG image",
            FileKind::Gif => "GIF image",
            FileKind::Webp => "WebP image",
        }
    }

    /// The extension a copy of the file gets when none of the name is usable.
    #[must_use]
    pub fn extension(self) -> &'static str {
        match self {
            FileKind::Pdf => "pdf",
            FileKind::Document => "docx",
            FileKind::Spreadsheet => "xlsx",
            FileKind::Presentation => "pptx",
            FileKind::Csv => "csv",
            FileKind::Text => "txt",
            FileKind::Png => "png",
            FileKind::Jpeg => "jpg",
            FileKind::Gif => "gif",
            FileKind::Webp => "webp",
        }
    }
}

/// The name's extension, lower case, when it is one accepted.
#[must_use]
pub fn allowed_extension(name: &str) -> Option<String> {
    let (_, extension) = name.rsplit_once('.')?;
    let extension = extension.to_ascii_lowercase();
    EXTENSIONS
        .contains(&extension.as_str())
        .then_some(extension)
}

/// UTF-8 (a byte-order mark allowed) without NUL bytes.
fn is_text(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    !bytes.contains(&0) && std::str::from_utf8(bytes).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn name_and_content_must_agree() {
        assert_eq!(
            FileKind::detect("Unit plan.PDF", b"%PDF-1.7\n"),
            Ok(FileKind::Pdf)
        );
        assert_eq!(
            FileKind::detect("log.csv", "\u{feff}date,who\n".as_bytes()),
            Ok(FileKind::Csv)
        );
        assert_eq!(
            FileKind::detect("photo.webp", b"RIFF\0\0\0\0WEBPVP8 "),
            Ok(FileKind::Webp)
        );
        assert!(matches!(
            FileKind::detect("plan.pdf", b"MZ\x90\0"),
            Err(KindError::Mismatch { .. })
        ));
        assert_eq!(
            FileKind::detect("setup.exe", b"MZ"),
            Err(KindError::NotAllowed)
        );
        assert_eq!(
            FileKind::detect("no extension", b"%PDF-"),
            Err(KindError::NotAllowed)
        );
        assert!(FileKind::detect("notes.txt", b"a\0b").is_err());
    }
}

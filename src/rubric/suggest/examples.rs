//! Hand-tagged example notes of one rubric, kept as data beside it
//! (`rubrics/examples/<rubric id>.tsv`, and a rubric folder's
//! `examples/<rubric id>.tsv`): one note a line, `components<TAB>note`,
//! `#` starting a comment line. A bad line is reported with its number and
//! left out; the rest of the file is still used.

use super::super::error::{Position, RubricError};

/// Larger files are refused unread: the bundled 2013 one is about 60 KB.
pub const MAX_EXAMPLES_BYTES: usize = 2 * 1024 * 1024;
/// Most characters of one example note: notes are typed during a lesson.
const MAX_NOTE_CHARS: usize = 1000;
/// Most components one example may be tagged with.
const MAX_COMPONENTS: usize = 8;
/// Most example lines one file may hold.
const MAX_LINES: usize = 20_000;

/// One example note and the components a principal tagged it with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LabelledNote {
    pub components: Vec<String>,
    pub text: String,
    /// Its line in the file, to report a component the rubric lacks.
    pub line: usize,
}

/// The rubric id an examples file is for: its name without `.tsv`.
#[must_use]
pub fn rubric_of(file_name: &str) -> Option<&str> {
    file_name
        .strip_suffix(".tsv")
        .filter(|id| !id.is_empty() && !id.starts_with('.'))
}

/// Reads one examples file: the notes that read, and one error per line that did not.
#[must_use]
pub fn parse_examples(file: &str, bytes: &[u8]) -> (Vec<LabelledNote>, Vec<RubricError>) {
    let error = |line: usize, message: String| {
        RubricError::new(file, Position { line, column: 1 }, message)
    };
    if bytes.len() > MAX_EXAMPLES_BYTES {
        let message = format!(
            "the file is {} bytes, more than the {MAX_EXAMPLES_BYTES} bytes an examples file may have",
            bytes.len()
        );
        return (Vec::new(), vec![error(1, message)]);
    }
    let Ok(text) = std::str::from_utf8(bytes) else {
        let message = "the file is not UTF-8 text".to_string();
        return (Vec::new(), vec![error(1, message)]);
    };
    let (mut notes, mut errors) = (Vec::new(), Vec::new());
    for (at, line) in text.lines().enumerate() {
        let number = at + 1;
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        if notes.len() == MAX_LINES {
            let message =
                format!("the file has more than {MAX_LINES} examples; the rest are not used");
            errors.push(error(number, message));
            break;
        }
        match parse_line(line) {
            Ok((components, text)) => notes.push(LabelledNote {
                components,
                text,
                line: number,
            }),
            Err(message) => errors.push(error(number, message.to_string())),
        }
    }
    (notes, errors)
}

/// One line's components and note, or why it cannot be used.
fn parse_line(line: &str) -> Result<(Vec<String>, String), &'static str> {
    let Some((components, note)) = line.split_once('\t') else {
        return Err("the line needs the components, a tab, then the note; it is not used");
    };
    let components: Vec<String> = components
        .split(',')
        .map(|c| c.trim().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    let note = note.trim();
    if components.is_empty() {
        return Err("the line names no component; it is not used");
    }
    if components.len() > MAX_COMPONENTS {
        return Err("the line names more than 8 components; it is not used");
    }
    if components
        .iter()
        .any(|c| c.chars().any(|ch| ch.is_whitespace() || ch.is_control()) || c.len() > 40)
    {
        return Err("a component id has spaces or is too long; the line is not used");
    }
    if note.is_empty() {
        return Err("the line has no note; it is not used");
    }
    if note.chars().count() > MAX_NOTE_CHARS {
        return Err("the note is longer than 1000 characters; it is not used");
    }
    Ok((components, note.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_read_and_bad_lines_are_reported_by_number() {
        let text = "# a comment\n2a,2b\tSs roll eyes\n\nno tab here\n\tno component\n3b\t \n3d\tExit ticket\n";
        let (notes, errors) = parse_examples("x.tsv", text.as_bytes());
        let read: Vec<_> = notes.iter().map(|n| (n.line, n.text.as_str())).collect();
        assert_eq!(read, [(2, "Ss roll eyes"), (7, "Exit ticket")]);
        assert_eq!(notes[0].components, ["2a", "2b"]);
        let lines: Vec<_> = errors.iter().map(|e| e.position.line).collect();
        assert_eq!(lines, [4, 5, 6], "{errors:?}");
        assert!(errors[0].to_string().contains("a tab"), "{}", errors[0]);
    }

    #[test]
    fn hostile_files_never_panic() {
        for bytes in [
            &b""[..],
            b"\xff\xfe\x00",
            b"\t\t\t",
            b"a b\tnote",
            b",,,,\tnote",
            b"1a,1b,1c,1d,1e,1f,2a,2b,2c\tnote",
        ] {
            let (notes, _) = parse_examples("x.tsv", bytes);
            assert!(notes.is_empty(), "{bytes:?}");
        }
        let long = format!("1a\t{}", "word ".repeat(400));
        assert!(parse_examples("x.tsv", long.as_bytes()).0.is_empty());
        let big = vec![b'a'; MAX_EXAMPLES_BYTES + 1];
        let (_, errors) = parse_examples("x.tsv", &big);
        assert!(errors[0].message.contains("bytes"), "{errors:?}");
    }

    #[test]
    fn the_file_name_names_the_rubric() {
        assert_eq!(rubric_of("danielson-2013.tsv"), Some("danielson-2013"));
        assert_eq!(rubric_of("danielson-2013.ron"), None);
        assert_eq!(rubric_of(".tsv"), None);
        assert_eq!(rubric_of(".hidden.tsv"), None);
    }
}

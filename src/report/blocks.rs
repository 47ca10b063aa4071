//! What a document is made of, before layout: headings, paragraphs, tables,
//! signature lines. Report builders fill a list of these; the flow engine
//! places them on pages.

use super::flow::Item;
use super::style::{BODY, Rgb, Span};

/// One piece of a document, laid out top to bottom.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Block {
    /// A heading is kept on the page with at least two lines of what follows.
    Heading(Heading),
    Paragraph(Paragraph),
    Table(Table),
    /// Signature and date lines, side by side, kept together on one page.
    Signatures(Vec<Signature>),
    /// A drawing (a chart or part of one), kept whole on one page.
    Graphic(Graphic),
    /// Blocks started on a new page rather than split, when they fit on one
    /// together (a rating and the signatures under it).
    Keep(Vec<Block>),
}

/// Shapes and labels drawn at fixed places, as charts need: the report
/// builder places every item itself, relative to the graphic's top left
/// corner at the left edge of the body, and the flow only finds it a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Graphic {
    pub height: f32,
    pub items: Vec<Item>,
    pub space_after: f32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeadingLevel {
    /// A numbered part of the document, in the accent colour with a rule.
    Section,
    /// A group inside a section.
    Sub,
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Heading {
    pub level: HeadingLevel,
    pub spans: Vec<Span>,
}

impl Heading {
    pub(crate) fn size(&self) -> f32 {
        match self.level {
            HeadingLevel::Section => 13.0,
            HeadingLevel::Sub => 10.5,
        }
    }
}

/// Rich text wrapped to the frame.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Paragraph {
    pub spans: Vec<Span>,
    pub size: f32,
    pub space_after: f32,
    /// Drawn on a tinted panel: notices the reader must not miss.
    pub panel: bool,
}

impl Paragraph {
    pub(crate) fn new(spans: Vec<Span>) -> Paragraph {
        Paragraph {
            spans,
            size: BODY,
            space_after: 6.0,
            panel: false,
        }
    }

    pub(crate) fn size(mut self, size: f32) -> Paragraph {
        self.size = size;
        self
    }

    pub(crate) fn space_after(mut self, space: f32) -> Paragraph {
        self.space_after = space;
        self
    }

    pub(crate) fn panel(mut self) -> Paragraph {
        self.panel = true;
        self
    }
}

/// A table column: its title in the header row and its share of the width.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Column {
    pub title: String,
    pub share: f32,
}

impl Column {
    pub(crate) fn new(title: impl Into<String>, share: f32) -> Column {
        Column {
            title: title.into(),
            share,
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Row {
    /// One list of spans per column.
    Cells(Vec<Vec<Span>>),
    /// A label across every column, e.g. a domain name above its components.
    Group(Vec<Span>),
}

#[derive(Debug, Clone, PartialEq)]
#[allow(
    clippy::struct_excessive_bools,
    reason = "independent style switches of one table"
)]
pub(crate) struct Table {
    pub columns: Vec<Column>,
    /// Repeat the column titles at the top of the table on every page.
    pub header: bool,
    /// Shade every other row.
    pub zebra: bool,
    /// A thin rule under every row.
    pub rules: bool,
    /// A background behind the whole table (a panel of fields).
    pub fill: Option<Rgb>,
    pub size: f32,
    pub rows: Vec<Row>,
    pub space_after: f32,
    /// Start on a new page rather than split, when the whole table fits on one.
    pub keep_together: bool,
    /// A caption above the table's continuation on each later page, so a
    /// reader there knows what it belongs to.
    pub continued: Option<String>,
}

impl Table {
    /// A ruled table with a repeated header and shaded alternate rows.
    pub(crate) fn grid(columns: Vec<Column>) -> Table {
        Table {
            columns,
            header: true,
            zebra: true,
            rules: true,
            fill: None,
            size: BODY,
            rows: Vec::new(),
            space_after: 10.0,
            keep_together: false,
            continued: None,
        }
    }

    /// Label and value pairs on a tinted panel, no header or rules.
    pub(crate) fn panel(columns: Vec<Column>, fill: Rgb) -> Table {
        Table {
            header: false,
            zebra: false,
            rules: false,
            fill: Some(fill),
            ..Table::grid(columns)
        }
    }

    pub(crate) fn row(&mut self, cells: Vec<Vec<Span>>) {
        self.rows.push(Row::Cells(cells));
    }

    pub(crate) fn group(&mut self, spans: Vec<Span>) {
        self.rows.push(Row::Group(spans));
    }
}

/// One signature: who signs (printed under the line) and a date line beside it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Signature {
    pub role: String,
    pub name: String,
}

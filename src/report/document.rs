//! A document being built: its blocks, running header and footer, and
//! metadata; `render` lays it out, draws it and writes the PDF bytes.

use chrono::{DateTime, FixedOffset};
use std::collections::HashMap;

use printpdf::{
    FontId, OffsetDateTime, PdfDocument, PdfPage, PdfParseErrorSeverity, PdfSaveOptions, Pt, Rect,
};

use super::Paper;
use super::Pdf;
use super::blocks::{Block, Row};
use super::draw::{Decor, decorations, to_ops};
use super::error::ReportError;
use super::flow::{Frame, Item, layout};
use super::font_file::FontFile;
use super::fonts::Fonts;
use super::style::{Face, Span};
use super::text::{Missing, PLACEHOLDER, clean};

/// What the PDF says about itself (File > Properties in a viewer).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Meta {
    pub title: String,
    pub author: String,
    pub subject: String,
    pub created: DateTime<FixedOffset>,
}

pub(crate) struct Document {
    fonts: &'static Fonts,
    paper: Paper,
    blocks: Vec<Block>,
    decor: Decor,
    meta: Meta,
    missing: Missing,
}

impl Document {
    pub(crate) fn new(paper: Paper, meta: Meta, decor: &Decor) -> Result<Document, ReportError> {
        let mut document = Document {
            fonts: Fonts::bundled()?,
            paper,
            blocks: Vec::new(),
            decor: Decor {
                header_left: String::new(),
                header_right: String::new(),
                footer_left: String::new(),
                footer_center: String::new(),
            },
            meta,
            missing: Missing::default(),
        };
        document.decor = Decor {
            header_left: document.printable(Face::Bold, &decor.header_left),
            header_right: document.printable(Face::Regular, &decor.header_right),
            footer_left: document.printable(Face::Regular, &decor.footer_left),
            footer_center: document.printable(Face::Regular, &decor.footer_center),
        };
        Ok(document)
    }

    /// Adds a block, with its text made printable (see [`Document::printable`]).
    pub(crate) fn push(&mut self, mut block: Block) {
        self.clean_block(&mut block);
        self.blocks.push(block);
    }

    /// Adds what `build` pushes as one [`Block::Keep`]: on one page when
    /// it fits on one.
    pub(crate) fn keep_together(&mut self, build: impl FnOnce(&mut Document)) {
        let from = self.blocks.len();
        build(self);
        let kept: Vec<Block> = self.blocks.drain(from..).collect();
        if !kept.is_empty() {
            self.blocks.push(Block::Keep(kept));
        }
    }

    fn clean_block(&mut self, block: &mut Block) {
        match block {
            Block::Heading(heading) => self.clean_spans(&mut heading.spans),
            Block::Paragraph(paragraph) => self.clean_spans(&mut paragraph.spans),
            Block::Table(table) => {
                for column in &mut table.columns {
                    column.title = self.printable(Face::Bold, &column.title);
                }
                for row in &mut table.rows {
                    match row {
                        Row::Cells(cells) => {
                            for cell in cells {
                                self.clean_spans(cell);
                            }
                        }
                        Row::Group(spans) => self.clean_spans(spans),
                    }
                }
            }
            Block::Signatures(signatures) => {
                for signature in signatures {
                    signature.role = self.printable(Face::Regular, &signature.role);
                    signature.name = self.printable(Face::Bold, &signature.name);
                }
            }
            Block::Graphic(graphic) => {
                for item in &mut graphic.items {
                    if let Item::Text { face, text, .. } = item {
                        *text = self.printable(*face, text);
                    }
                }
            }
            // Blocks kept together were cleaned when they were pushed.
            Block::Keep(_) => {}
        }
    }

    fn clean_spans(&mut self, spans: &mut [Span]) {
        for span in spans {
            span.text = self.printable(span.face, &span.text);
        }
    }

    /// `text` cleaned (see [`clean`]), with each character the face lacks
    /// printed as a placeholder and remembered for the warning.
    fn printable(&mut self, face: Face, text: &str) -> String {
        clean(text)
            .chars()
            .map(|c| {
                if c == '\n' || c == ' ' || self.fonts.covers(face, c) {
                    c
                } else {
                    self.missing.note(c);
                    PLACEHOLDER
                }
            })
            .collect()
    }

    /// The bundled fonts, for builders that measure text themselves (charts).
    pub(crate) fn fonts(&self) -> &'static Fonts {
        self.fonts
    }

    /// Width of the body, where blocks flow, in points.
    pub(crate) fn body_width(&self) -> f32 {
        self.frame().width()
    }

    fn frame(&self) -> Frame {
        let (page_width, page_height) = self.paper.size();
        Frame {
            page_width,
            page_height,
            left: 54.0,
            right: page_width - 54.0,
            top: 74.0,
            bottom: page_height - 68.0,
        }
    }

    /// Lays the document out, draws every page and serialises the PDF.
    pub(crate) fn render(mut self) -> Pdf {
        let frame = self.frame();
        let fonts = self.fonts;
        let pages = layout(&self.blocks, fonts, frame);
        let total = pages.len();

        let mut doc = PdfDocument::new(&clean(&self.meta.title));
        // Only the fonts a page uses are added (and embedded, subset).
        let mut ids: HashMap<usize, FontId> = HashMap::new();
        let mut font_id = |file: &FontFile| {
            ids.entry(file.id)
                .or_insert_with(|| doc.add_font(&file.parsed))
                .clone()
        };
        let pdf_pages: Vec<PdfPage> = pages
            .into_iter()
            .enumerate()
            .map(|(i, items)| {
                let mut all = decorations(&self.decor, &frame, fonts, i + 1, total);
                all.extend(items);
                let size = Rect::from_wh(Pt(frame.page_width), Pt(frame.page_height));
                PdfPage {
                    media_box: size.clone(),
                    trim_box: size.clone(),
                    crop_box: size,
                    ops: to_ops(&all, frame.page_height, fonts, &mut font_id),
                }
            })
            .collect();
        let info = &mut doc.metadata.info;
        info.author = clean(&self.meta.author);
        info.subject = clean(&self.meta.subject);
        info.creator = "teacher-eval".into();
        info.producer = format!("teacher-eval {} (printpdf)", env!("CARGO_PKG_VERSION"));
        // printpdf writes dates as UTC, so hand it the instant, not the local clock.
        // A date it cannot hold becomes 1970, not the clock, which may be as odd.
        let created = OffsetDateTime::from_unix_timestamp(self.meta.created.timestamp())
            .unwrap_or_else(|_| OffsetDateTime::epoch());
        info.creation_date = created;
        info.modification_date = created;
        info.metadata_date = created;
        doc.with_pages(pdf_pages);

        let mut pdf_warnings = Vec::new();
        let bytes = doc.save(&PdfSaveOptions::default(), &mut pdf_warnings);
        let mut warnings: Vec<String> = self.missing.warning().into_iter().collect();
        warnings.extend(
            pdf_warnings
                .iter()
                .filter(|w| w.severity != PdfParseErrorSeverity::Info)
                .map(|w| format!("the PDF writer reported: {}", w.msg)),
        );
        self.blocks.clear();
        Pdf {
            bytes,
            pages: total,
            warnings,
        }
    }
}

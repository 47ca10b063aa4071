//! The flow engine: places blocks top to bottom, starting a new page when
//! the next thing does not fit. Coordinates here are points from the top
//! left of the page; drawing turns them the PDF way up.

use super::blocks::{Block, Graphic, Heading, HeadingLevel, Paragraph, Signature};
use super::fonts::Fonts;
use super::style::{ACCENT, Face, INK, LEADING, MUTED, Rgb, SMALL, Span, TINT};
use super::wrap::{Line, StyledChar, wrap};

/// The page and the box the body flows in, in points from the top left.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Frame {
    pub page_width: f32,
    pub page_height: f32,
    pub left: f32,
    pub right: f32,
    pub top: f32,
    pub bottom: f32,
}

impl Frame {
    pub(crate) fn width(&self) -> f32 {
        self.right - self.left
    }
}

/// Something drawn on a page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    Text {
        x: f32,
        baseline: f32,
        face: Face,
        size: f32,
        color: Rgb,
        text: String,
    },
    Fill {
        x: f32,
        top: f32,
        width: f32,
        height: f32,
        color: Rgb,
    },
    Rule {
        x1: f32,
        x2: f32,
        y: f32,
        thickness: f32,
        color: Rgb,
    },
}

/// How many blocks after a heading the lead it keeps with may reach.
const LEAD_DEPTH: usize = 3;
/// Space between a heading and what it introduces, and above it.
const SECTION_ABOVE: f32 = 16.0;
const SECTION_BELOW: f32 = 8.0;
const SUB_ABOVE: f32 = 8.0;
const SUB_BELOW: f32 = 3.0;
/// Inner margin of a panel paragraph.
const PANEL_PAD: f32 = 7.0;
/// Lines of a paragraph kept together at a page break (orphans and widows).
const KEEP_LINES: usize = 2;
/// A paragraph this short after a heading is a lead-in: what follows it is
/// kept with the heading too.
const SHORT_LINES: usize = 3;

/// Lays out `blocks` on as many pages as they need (at least one).
pub(crate) fn layout(blocks: &[Block], fonts: &Fonts, frame: Frame) -> Vec<Vec<Item>> {
    let mut flow = Flow::new(fonts, frame);
    flow.blocks(blocks);
    flow.pages
}

pub(crate) struct Flow<'f> {
    pub fonts: &'f Fonts,
    pub frame: Frame,
    pub pages: Vec<Vec<Item>>,
    /// Where the next block starts.
    pub y: f32,
}

impl<'f> Flow<'f> {
    fn new(fonts: &'f Fonts, frame: Frame) -> Flow<'f> {
        Flow {
            fonts,
            frame,
            pages: vec![Vec::new()],
            y: frame.top,
        }
    }

    fn blocks(&mut self, blocks: &[Block]) {
        for (i, block) in blocks.iter().enumerate() {
            match block {
                Block::Heading(heading) => {
                    let lead = self.lead_height(heading.level, &blocks[i + 1..]);
                    self.heading(heading, lead);
                }
                Block::Paragraph(paragraph) => self.paragraph(paragraph),
                Block::Table(table) => self.table(table),
                Block::Signatures(signatures) => self.signatures(signatures),
                Block::Graphic(graphic) => self.graphic(graphic),
                Block::Keep(kept) => self.keep(kept),
            }
        }
    }

    /// Blocks on a new page when they do not fit below the cursor but fit
    /// on a page of their own; split as usual when even that is too little.
    fn keep(&mut self, kept: &[Block]) {
        if let Some(height) = self.height_on_one_page(kept) {
            self.need(height);
        }
        self.blocks(kept);
    }

    /// The height `blocks` take laid out below the top of an empty page
    /// (with the space a heading leaves above it), or `None` when they need
    /// more than one page.
    fn height_on_one_page(&self, blocks: &[Block]) -> Option<f32> {
        let mut trial = Flow::new(self.fonts, self.frame);
        // Just below the top, so a heading leaves its space above as it will here.
        trial.y = self.frame.top + 0.02;
        trial.blocks(blocks);
        (trial.pages.len() == 1).then_some(trial.y - self.frame.top)
    }

    pub(crate) fn at_top(&self) -> bool {
        self.y <= self.frame.top + 0.01
    }

    pub(crate) fn room(&self) -> f32 {
        self.frame.bottom - self.y
    }

    pub(crate) fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.y = self.frame.top;
    }

    pub(crate) fn push(&mut self, item: Item) {
        if let Some(page) = self.pages.last_mut() {
            page.push(item);
        }
    }

    /// Starts a new page unless `height` fits below the cursor (or we are at the top already).
    pub(crate) fn need(&mut self, height: f32) {
        if height > self.room() + 0.01 && !self.at_top() {
            self.new_page();
        }
    }

    /// Wraps spans at `size` into lines no wider than `width`.
    pub(crate) fn wrap_spans(&self, spans: &[Span], size: f32, width: f32) -> Vec<Line> {
        let chars: Vec<StyledChar> = spans
            .iter()
            .enumerate()
            .flat_map(|(i, s)| {
                let widths = self.fonts.char_widths(s.face, &s.text, size);
                s.text.chars().zip(widths).map(move |(c, w)| (c, i, w))
            })
            .collect();
        wrap(&chars, width)
    }

    /// Draws one wrapped line with its top at `top`.
    pub(crate) fn draw_line(&mut self, line: &Line, spans: &[Span], x: f32, top: f32, size: f32) {
        let baseline = top + baseline_offset(size);
        for run in &line.runs {
            let Some(span) = spans.get(run.span) else {
                continue;
            };
            self.push(Item::Text {
                x: x + run.x,
                baseline,
                face: span.face,
                size,
                color: span.color,
                text: run.text.clone(),
            });
        }
    }

    fn heading(&mut self, heading: &Heading, lead: f32) {
        let (above, below) = match heading.level {
            HeadingLevel::Section => (SECTION_ABOVE, SECTION_BELOW),
            HeadingLevel::Sub => (SUB_ABOVE, SUB_BELOW),
        };
        let size = heading.size();
        let lines = self.wrap_spans(&heading.spans, size, self.frame.width());
        let height = lines.len() as f32 * line_height(size) + below;
        if !self.at_top() {
            self.y += above;
        }
        self.need(height + lead);
        for line in &lines {
            let y = self.y;
            self.draw_line(line, &heading.spans, self.frame.left, y, size);
            self.y += line_height(size);
        }
        if heading.level == HeadingLevel::Section {
            let y = self.y + 1.0;
            self.push(Item::Rule {
                x1: self.frame.left,
                x2: self.frame.right,
                y,
                thickness: 0.8,
                color: ACCENT,
            });
        }
        self.y += below;
    }

    /// Height a heading of `level` must see below it on its page: the first
    /// lines of what follows; when that is another heading, or a short
    /// lead-in to what the heading holds (a table, a paragraph, a heading of
    /// a lower level), the start of that too (a few blocks deep).
    fn lead_height(&self, level: HeadingLevel, rest: &[Block]) -> f32 {
        self.lead_height_within(level, rest, LEAD_DEPTH)
    }

    fn lead_height_within(&self, level: HeadingLevel, rest: &[Block], depth: usize) -> f32 {
        let then = |flow: &Self| {
            if depth > 1 {
                flow.lead_height_within(level, &rest[1..], depth - 1)
            } else {
                0.0
            }
        };
        match rest.first() {
            Some(Block::Paragraph(p)) => {
                let lines = self.paragraph_lines(p).len();
                let pad = if p.panel { 2.0 * PANEL_PAD } else { 0.0 };
                let introduces = match rest.get(1) {
                    Some(Block::Heading(next)) => {
                        level == HeadingLevel::Section && next.level == HeadingLevel::Sub
                    }
                    Some(_) => true,
                    None => false,
                };
                if lines <= SHORT_LINES && introduces {
                    lines as f32 * line_height(p.size) + pad + p.space_after + then(self)
                } else {
                    lines.min(KEEP_LINES) as f32 * line_height(p.size) + pad
                }
            }
            Some(Block::Table(table)) => self.table_lead(table),
            Some(Block::Heading(h)) => {
                let own = self
                    .wrap_spans(&h.spans, h.size(), self.frame.width())
                    .len() as f32
                    * line_height(h.size())
                    + SUB_ABOVE
                    + SUB_BELOW;
                own + then(self)
            }
            Some(Block::Signatures(s)) => self.signatures_height(s),
            Some(Block::Graphic(g)) => g.height,
            // Blocks kept together move to a page of their own when they must:
            // a heading right above them goes along, a lead-in before them need not.
            Some(Block::Keep(kept)) => match self.height_on_one_page(kept) {
                Some(height) if depth == LEAD_DEPTH => height,
                Some(_) => 0.0,
                None => self.lead_height_within(level, kept, depth),
            },
            None => 0.0,
        }
    }

    fn paragraph_lines(&self, p: &Paragraph) -> Vec<Line> {
        let pad = if p.panel { 2.0 * PANEL_PAD } else { 0.0 };
        self.wrap_spans(&p.spans, p.size, self.frame.width() - pad)
    }

    fn paragraph(&mut self, p: &Paragraph) {
        let lines = self.paragraph_lines(p);
        let lh = line_height(p.size);
        let pad = if p.panel { PANEL_PAD } else { 0.0 };
        let x = self.frame.left + pad;
        let mut rest: &[Line] = &lines;
        while !rest.is_empty() {
            #[allow(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "a floor already clamped at 0, and a page holds far fewer lines than usize"
            )]
            let fit = ((self.room() - 2.0 * pad + 0.01) / lh).floor().max(0.0) as usize;
            let mut take = fit.min(rest.len());
            if take < rest.len() {
                // Leave at least two lines behind and carry at least two over.
                if rest.len() - take < KEEP_LINES && rest.len() > KEEP_LINES * 2 - 1 {
                    take = rest.len() - KEEP_LINES;
                }
                if take < KEEP_LINES.min(rest.len()) {
                    take = 0;
                }
            }
            if take == 0 {
                if self.at_top() {
                    take = fit.max(1).min(rest.len());
                } else {
                    self.new_page();
                    continue;
                }
            }
            if p.panel {
                self.push(Item::Fill {
                    x: self.frame.left,
                    top: self.y,
                    width: self.frame.width(),
                    height: take as f32 * lh + 2.0 * pad,
                    color: TINT,
                });
                self.push(Item::Fill {
                    x: self.frame.left,
                    top: self.y,
                    width: 2.5,
                    height: take as f32 * lh + 2.0 * pad,
                    color: ACCENT,
                });
            }
            let mut y = self.y + pad;
            for line in &rest[..take] {
                self.draw_line(line, &p.spans, x, y, p.size);
                y += lh;
            }
            self.y = y + pad;
            rest = &rest[take..];
            if !rest.is_empty() {
                self.new_page();
            }
        }
        self.y += p.space_after;
    }

    /// Places a graphic whole, on a new page if it does not fit below the cursor.
    fn graphic(&mut self, graphic: &Graphic) {
        self.need(graphic.height);
        let (dx, dy) = (self.frame.left, self.y);
        for item in &graphic.items {
            let placed = match item.clone() {
                Item::Text {
                    x,
                    baseline,
                    face,
                    size,
                    color,
                    text,
                } => Item::Text {
                    x: x + dx,
                    baseline: baseline + dy,
                    face,
                    size,
                    color,
                    text,
                },
                Item::Fill {
                    x,
                    top,
                    width,
                    height,
                    color,
                } => Item::Fill {
                    x: x + dx,
                    top: top + dy,
                    width,
                    height,
                    color,
                },
                Item::Rule {
                    x1,
                    x2,
                    y,
                    thickness,
                    color,
                } => Item::Rule {
                    x1: x1 + dx,
                    x2: x2 + dx,
                    y: y + dy,
                    thickness,
                    color,
                },
            };
            self.push(placed);
        }
        self.y += graphic.height + graphic.space_after;
    }

    /// Column width of each of `count` signatures side by side.
    fn signature_column(&self, count: usize) -> f32 {
        let count = count.max(1) as f32;
        (self.frame.width() - SIGN_GAP * (count - 1.0)) / count
    }

    /// Room for the signatures, their lines, and the captions under them.
    fn signatures_height(&self, signatures: &[Signature]) -> f32 {
        let column = self.signature_column(signatures.len());
        let captions = signatures
            .iter()
            .map(|s| 1 + self.signature_name_lines(s, column).len())
            .max()
            .unwrap_or(0);
        SIGN_ROOM + 3.0 + captions as f32 * line_height(SMALL) + 4.0
    }

    fn signature_name_lines(&self, signature: &Signature, column: f32) -> Vec<Line> {
        let name = [Span::new(&signature.name, Face::Bold, INK)];
        self.wrap_spans(&name, SMALL, column * SIGN_SHARE)
    }

    fn signatures(&mut self, signatures: &[Signature]) {
        if signatures.is_empty() {
            return;
        }
        let height = self.signatures_height(signatures);
        self.need(height);
        let column = self.signature_column(signatures.len());
        let line_y = self.y + SIGN_ROOM;
        let lh = line_height(SMALL);
        for (i, signature) in signatures.iter().enumerate() {
            let x = self.frame.left + i as f32 * (column + SIGN_GAP);
            let sign_width = column * SIGN_SHARE;
            let date_x = x + sign_width + 10.0;
            for (x1, x2) in [(x, x + sign_width), (date_x, x + column)] {
                self.push(Item::Rule {
                    x1,
                    x2,
                    y: line_y,
                    thickness: 0.6,
                    color: INK,
                });
            }
            let top = line_y + 3.0;
            let role = [Span::new(&signature.role, Face::Regular, MUTED)];
            let date = [Span::new("Date", Face::Regular, MUTED)];
            for (spans, left, width) in
                [(&role, x, sign_width), (&date, date_x, x + column - date_x)]
            {
                if let Some(line) = self.wrap_spans(spans, SMALL, width).first() {
                    self.draw_line(line, spans, left, top, SMALL);
                }
            }
            let name = [Span::new(&signature.name, Face::Bold, INK)];
            for (k, line) in self
                .signature_name_lines(signature, column)
                .iter()
                .enumerate()
            {
                self.draw_line(line, &name, x, top + (k + 1) as f32 * lh, SMALL);
            }
        }
        self.y += height;
    }
}

/// Blank space above a signature line, for the signature itself.
const SIGN_ROOM: f32 = 34.0;
/// Space between two signatures side by side.
const SIGN_GAP: f32 = 24.0;
/// Share of a signature's column taken by the signature line (the rest: the date).
const SIGN_SHARE: f32 = 0.66;

/// Height of one line of text at `size`.
pub(crate) fn line_height(size: f32) -> f32 {
    size * LEADING
}

/// Distance from a line's top to its baseline, centring capitals in the line.
pub(crate) fn baseline_offset(size: f32) -> f32 {
    (line_height(size) - size) / 2.0 + 0.86 * size
}

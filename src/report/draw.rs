//! Turning laid-out pages into printpdf operations, with the running header
//! and footer. This runs after layout, so "Page N of M" knows M.

use printpdf::{
    Codepoint, Color, FontId, Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Pt, Rect,
    TextItem, TextMatrix,
};

use super::flow::{Frame, Item};
use super::font_file::FontFile;
use super::fonts::Fonts;
use super::shape::{Placed, shape_line};
use super::style::{Face, MUTED, RULE, Rgb, SMALL};

/// What repeats on every page.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Decor {
    /// Top left, e.g. the school.
    pub header_left: String,
    /// Top right, e.g. the educator and the document title.
    pub header_right: String,
    /// Bottom left, e.g. the generation date.
    pub footer_left: String,
    /// Bottom centre, e.g. "Confidential".
    pub footer_center: String,
}

/// The running header and footer of page `page` of `total`, as items.
pub(crate) fn decorations(
    decor: &Decor,
    frame: &Frame,
    fonts: &Fonts,
    page: usize,
    total: usize,
) -> Vec<Item> {
    let mut items = header(decor, frame, fonts);
    items.extend(footer(
        decor,
        frame,
        fonts,
        format!("Page {page} of {total}"),
    ));
    items
}

/// A line of the small print at `x`, `baseline`.
fn small_text(x: f32, baseline: f32, face: Face, text: String) -> Item {
    Item::Text {
        x,
        baseline,
        face,
        size: SMALL,
        color: MUTED,
        text,
    }
}

/// The header: left and right texts over a rule. The right part
/// (educator, title) wins space over the left (the school name).
fn header(decor: &Decor, frame: &Frame, fonts: &Fonts) -> Vec<Item> {
    let width = frame.width();
    let header_y = frame.top - 26.0;
    let right = fit(fonts, Face::Regular, &decor.header_right, width * 0.62);
    let right_width = fonts.width(Face::Regular, &right, SMALL);
    let left = fit(
        fonts,
        Face::Bold,
        &decor.header_left,
        width - right_width - 18.0,
    );
    vec![
        small_text(frame.left, header_y, Face::Bold, left),
        small_text(frame.right - right_width, header_y, Face::Regular, right),
        Item::Rule {
            x1: frame.left,
            x2: frame.right,
            y: header_y + 6.0,
            thickness: 0.5,
            color: RULE,
        },
    ]
}

/// The footer under a rule: left text, centre text, page number.
fn footer(decor: &Decor, frame: &Frame, fonts: &Fonts, number: String) -> Vec<Item> {
    let width = frame.width();
    let footer_y = frame.bottom + 30.0;
    let number_width = fonts.width(Face::Regular, &number, SMALL);
    let center = fit(fonts, Face::Regular, &decor.footer_center, width * 0.3);
    let center_width = fonts.width(Face::Regular, &center, SMALL);
    let left = fit(
        fonts,
        Face::Regular,
        &decor.footer_left,
        (width - center_width) / 2.0 - 12.0,
    );
    vec![
        Item::Rule {
            x1: frame.left,
            x2: frame.right,
            y: footer_y - 12.0,
            thickness: 0.5,
            color: RULE,
        },
        small_text(frame.left, footer_y, Face::Regular, left),
        small_text(
            frame.left + (width - center_width) / 2.0,
            footer_y,
            Face::Regular,
            center,
        ),
        small_text(frame.right - number_width, footer_y, Face::Regular, number),
    ]
}

/// `text` cut with an ellipsis to fit `max` points at the small size.
fn fit(fonts: &Fonts, face: Face, text: &str, max: f32) -> String {
    fit_text(fonts, face, text, SMALL, max)
}

/// `text` cut with an ellipsis to fit `max` points at `size` (chart labels, running heads).
pub(crate) fn fit_text(fonts: &Fonts, face: Face, text: &str, size: f32, max: f32) -> String {
    if fonts.width(face, text, size) <= max {
        return text.to_string();
    }
    let budget = max - fonts.width(face, "…", size);
    let mut used = 0.0;
    let mut out = String::new();
    for (c, width) in text.chars().zip(fonts.char_widths(face, text, size)) {
        used += width;
        // A character that adds no width belongs to the cluster before it.
        if used > budget && width > 0.0 {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

/// The font and size text is being set in, so each is said once.
type CurrentFont = Option<(usize, u32)>;

/// The operations for one piece of text: one text section, glyphs in
/// typed order so copying gives the text as typed. Glyphs of one font on
/// one baseline are one shown string, each moved to its shaped place by a
/// kern (a viewer advances by the font's widths; the shaper may differ).
fn text_ops(
    ops: &mut Vec<Op>,
    fonts: &Fonts,
    (face, size, x, y): (Face, f32, f32, f32),
    text: &str,
    font: &mut CurrentFont,
    font_id: &mut impl FnMut(&FontFile) -> FontId,
) {
    let line = shape_line(fonts, face, text);
    ops.push(Op::StartTextSection);
    let mut rest: &[Placed] = &line.glyphs;
    while let Some(first) = rest.first() {
        let same = rest
            .iter()
            .take_while(|g| g.font.id == first.font.id && g.y.to_bits() == first.y.to_bits())
            .count();
        let (run, after) = rest.split_at(same);
        rest = after;
        if *font != Some((first.font.id, size.to_bits())) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(font_id(&first.font)),
                size: Pt(size),
            });
            *font = Some((first.font.id, size.to_bits()));
        }
        ops.push(Op::SetTextMatrix {
            matrix: TextMatrix::Translate(Pt(x + first.x * size), Pt(y + first.y * size)),
        });
        ops.push(Op::ShowText {
            items: vec![TextItem::GlyphIds(kerned(run))],
        });
    }
    ops.push(Op::EndTextSection);
}

/// Glyphs with the kern after each that brings the next to its place, in
/// thousandths of an em (a kern moves back by its value).
fn kerned(run: &[Placed]) -> Vec<Codepoint> {
    run.iter()
        .enumerate()
        .map(|(i, glyph)| {
            let kern = run.get(i + 1).map_or(0.0, |next| {
                let pen = glyph.x * 1000.0 + glyph.font.pdf_advance(glyph.gid);
                let kern = ((pen - next.x * 1000.0) * 100.0).round() / 100.0;
                // Text extractors (lopdf among them) read a whole-number kern
                // below -100 as a word space; a jump to a reordered glyph (a
                // reph, a right-to-left run typed in order) is not one, so it
                // is written with a fraction (a thousandth of a thousandth of an em).
                if kern < -100.0 && kern.fract() == 0.0 {
                    kern + 0.001
                } else {
                    kern
                }
            });
            Codepoint::with_cid(glyph.gid, kern, glyph.text.clone())
        })
        .collect()
}

/// The printpdf operations that draw `items` on a page `page_height` tall;
/// `font_id` adds a font to the document the first time it is used.
pub(crate) fn to_ops(
    items: &[Item],
    page_height: f32,
    fonts: &Fonts,
    font_id: &mut impl FnMut(&FontFile) -> FontId,
) -> Vec<Op> {
    let mut ops = Vec::with_capacity(items.len() * 5);
    let mut font: CurrentFont = None;
    let mut fill: Option<Rgb> = None;
    let mut stroke: Option<(Rgb, u32)> = None;
    let mut set_fill = |ops: &mut Vec<Op>, color: Rgb| {
        if fill != Some(color) {
            ops.push(Op::SetFillColor {
                col: pdf_color(color),
            });
            fill = Some(color);
        }
    };
    for item in items {
        match item {
            Item::Text {
                x,
                baseline,
                face,
                size,
                color,
                text,
            } => {
                if text.is_empty() {
                    continue;
                }
                set_fill(&mut ops, *color);
                let at = (*face, *size, *x, page_height - baseline);
                text_ops(&mut ops, fonts, at, text, &mut font, font_id);
            }
            Item::Fill {
                x,
                top,
                width,
                height,
                color,
            } => {
                set_fill(&mut ops, *color);
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(page_height - top - height),
                        width: Pt(*width),
                        height: Pt(*height),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
            Item::Rule {
                x1,
                x2,
                y,
                thickness,
                color,
            } => {
                if stroke != Some((*color, thickness.to_bits())) {
                    ops.push(Op::SetOutlineColor {
                        col: pdf_color(*color),
                    });
                    ops.push(Op::SetOutlineThickness { pt: Pt(*thickness) });
                    stroke = Some((*color, thickness.to_bits()));
                }
                let y = page_height - y;
                ops.push(Op::DrawLine {
                    line: Line {
                        points: vec![
                            LinePoint {
                                p: point(*x1, y),
                                bezier: false,
                            },
                            LinePoint {
                                p: point(*x2, y),
                                bezier: false,
                            },
                        ],
                        is_closed: false,
                    },
                });
            }
        }
    }
    ops
}

fn point(x: f32, y: f32) -> Point {
    Point { x: Pt(x), y: Pt(y) }
}

fn pdf_color(Rgb(r, g, b): Rgb) -> Color {
    Color::Rgb(printpdf::Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

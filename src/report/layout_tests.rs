//! The flow engine's promises, checked on the items it places: nothing past
//! the margins, headings kept with what follows, no lone lines at breaks,
//! table headers repeated.

use super::blocks::{Block, Column, Heading, HeadingLevel, Paragraph, Signature, Table};
use super::flow::{Frame, Item, layout};
use super::fonts::Fonts;
use super::style::{Face, Span};

fn frame() -> Frame {
    Frame {
        page_width: 612.0,
        page_height: 792.0,
        left: 54.0,
        right: 558.0,
        top: 74.0,
        bottom: 724.0,
    }
}

fn lines(word: &str, n: usize) -> Block {
    let text: Vec<String> = (0..n).map(|i| format!("{word} {i}")).collect();
    Block::Paragraph(Paragraph::new(vec![Span::plain(text.join("\n"))]))
}

/// Page index of every text item containing `needle`.
fn pages_of(pages: &[Vec<Item>], needle: &str) -> Vec<usize> {
    pages_where(pages, |text| text.contains(needle))
}

/// Page index of every text item that is exactly `needle`.
fn pages_exact(pages: &[Vec<Item>], needle: &str) -> Vec<usize> {
    pages_where(pages, |text| text == needle)
}

fn pages_where(pages: &[Vec<Item>], matches: impl Fn(&str) -> bool) -> Vec<usize> {
    let mut found = Vec::new();
    for (p, items) in pages.iter().enumerate() {
        for item in items {
            if let Item::Text { text, .. } = item
                && matches(text)
            {
                found.push(p);
            }
        }
    }
    found
}

#[test]
fn no_text_runs_past_the_margins() {
    let fonts = Fonts::bundled().expect("fonts");
    let word = "Wm".repeat(1000);
    let mut table = Table::grid(vec![
        Column::new("Time", 0.15),
        Column::new("Evidence", 0.85),
    ]);
    table.row(vec![vec![Span::plain("9:00 AM")], vec![Span::plain(&word)]]);
    let blocks = vec![
        Block::Paragraph(Paragraph::new(vec![Span::plain(format!(
            "Before {word} after"
        ))])),
        Block::Paragraph(Paragraph::new(vec![Span::bold(&word)]).panel()),
        Block::Table(table),
    ];
    let f = frame();
    let pages = layout(&blocks, fonts, f);
    assert!(pages.len() >= 2);
    let (mut count, mut other) = (0, 0);
    for item in pages.iter().flatten() {
        if let Item::Text {
            x,
            baseline,
            face,
            size,
            text,
            ..
        } = item
        {
            let right = x + fonts.width(*face, text, *size);
            assert!(
                *x >= f.left - 0.01 && right <= f.right + 0.01,
                "{x}..{right}: {text}"
            );
            assert!(
                *baseline > f.top && *baseline < f.bottom + 0.01,
                "baseline {baseline}"
            );
            count += text.matches('W').count();
            other += text.matches('m').count();
        }
    }
    // Each W and m of the long words (the table's "Time" heading has m too).
    assert_eq!(count, 3000, "every letter of the long words is printed");
    assert!(other >= 3000, "{other}");
}

#[test]
fn a_heading_keeps_two_lines_of_what_follows() {
    let fonts = Fonts::bundled().expect("fonts");
    for filler in 30..52 {
        let blocks = vec![
            lines("filler", filler),
            Block::Heading(Heading {
                level: HeadingLevel::Section,
                spans: vec![Span::new("HEADING", Face::Bold, super::style::ACCENT)],
            }),
            lines("after", 5),
        ];
        let pages = layout(&blocks, fonts, frame());
        let heading = pages_of(&pages, "HEADING");
        let after = pages_of(&pages, "after");
        assert_eq!(heading.len(), 1);
        let with_heading = after.iter().filter(|&&p| p == heading[0]).count();
        assert!(
            with_heading >= 2,
            "filler {filler}: the heading has {with_heading} lines under it"
        );
    }
}

#[test]
fn a_paragraph_leaves_and_carries_at_least_two_lines() {
    let fonts = Fonts::bundled().expect("fonts");
    for filler in 40..52 {
        let blocks = vec![lines("filler", filler), lines("para", 6)];
        let pages = layout(&blocks, fonts, frame());
        let on = pages_of(&pages, "para");
        for page in on
            .iter()
            .copied()
            .collect::<std::collections::BTreeSet<_>>()
        {
            let n = on.iter().filter(|&&p| p == page).count();
            assert!(n >= 2, "filler {filler}: page {page} holds {n} line");
        }
    }
}

#[test]
fn a_long_table_repeats_its_header_on_every_page() {
    let fonts = Fonts::bundled().expect("fonts");
    let mut table = Table::grid(vec![Column::new("HEADCOL", 0.3), Column::new("Other", 0.7)]);
    for i in 0..120 {
        table.row(vec![
            vec![Span::plain(format!("row {i}"))],
            vec![Span::plain("text")],
        ]);
    }
    let pages = layout(&[Block::Table(table)], fonts, frame());
    assert!(pages.len() >= 3, "{} pages", pages.len());
    let headers = pages_of(&pages, "HEADCOL");
    assert_eq!(headers, (0..pages.len()).collect::<Vec<_>>());
    for i in 0..120 {
        assert_eq!(pages_exact(&pages, &format!("row {i}")).len(), 1, "row {i}");
    }
    let shaded = pages[0]
        .iter()
        .filter(|item| matches!(item, Item::Fill { .. }))
        .count();
    assert!(shaded > 10, "alternate rows are shaded");
}

#[test]
fn a_row_taller_than_a_page_is_split_between_lines() {
    let fonts = Fonts::bundled().expect("fonts");
    let mut table = Table::grid(vec![Column::new("A", 0.2), Column::new("B", 0.8)]);
    let tall: Vec<String> = (0..120).map(|i| format!("line {i}")).collect();
    table.row(vec![
        vec![Span::plain("x")],
        vec![Span::plain(tall.join("\n"))],
    ]);
    let pages = layout(&[Block::Table(table)], fonts, frame());
    assert!(pages.len() >= 2);
    for i in 0..120 {
        assert_eq!(
            pages_exact(&pages, &format!("line {i}")).len(),
            1,
            "line {i}"
        );
    }
}

#[test]
fn a_column_widens_for_words_joined_by_no_break_spaces() {
    let fonts = Fonts::bundled().expect("fonts");
    let date = "Jan\u{a0}10,\u{a0}2027";
    let mut table = Table::grid(vec![Column::new("Text", 0.96), Column::new("Due", 0.04)]);
    table.row(vec![vec![Span::plain("x")], vec![Span::plain(date)]]);
    let pages = layout(&[Block::Table(table)], fonts, frame());
    assert_eq!(pages_exact(&pages, date), [0], "the date stays on one line");
}

#[test]
fn blocks_kept_together_share_a_page_when_they_fit_on_one() {
    let fonts = Fonts::bundled().expect("fonts");
    let signature = |role: &str| Signature {
        role: role.into(),
        name: format!("{role} name"),
    };
    for filler in 20..52 {
        let kept = Block::Keep(vec![
            Block::Heading(Heading {
                level: HeadingLevel::Section,
                spans: vec![Span::bold("RATING")],
            }),
            lines("rating", 4),
            Block::Signatures(vec![signature("SIGNER")]),
        ]);
        let pages = layout(&[lines("filler", filler), kept], fonts, frame());
        let rating = pages_of(&pages, "RATING");
        let signer = pages_exact(&pages, "SIGNER");
        assert_eq!(rating.len(), 1);
        assert_eq!(pages_of(&pages, "rating").len(), 4);
        assert_eq!(
            rating, signer,
            "filler {filler}: the signature stands with the rating"
        );
    }
    // Too tall for any page: laid out as usual, nothing lost.
    let kept = Block::Keep(vec![lines("long", 120), lines("end", 1)]);
    let pages = layout(&[lines("filler", 10), kept], fonts, frame());
    assert_eq!(pages_of(&pages, "filler")[0], 0);
    assert_eq!(pages_of(&pages, "long")[0], 0, "starts where it is");
    assert_eq!(pages_of(&pages, "long").len(), 120);
}

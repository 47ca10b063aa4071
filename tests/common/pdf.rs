//! Reading the PDFs the report tests make, as a reader's tools would.

use teacher_eval::report::Pdf;

/// With `REPORT_SAMPLES=DIR` set, keeps a test's PDF there to look at.
pub fn keep(name: &str, pdf: &Pdf) {
    if let Some(dir) = std::env::var_os("REPORT_SAMPLES") {
        let _ = std::fs::create_dir_all(&dir);
        let _ = std::fs::write(
            std::path::Path::new(&dir).join(format!("{name}.pdf")),
            &pdf.bytes,
        );
    }
}

/// The text of each page, as lopdf extracts it; the page count is the one
/// the document says it has.
pub fn page_texts(pdf: &Pdf) -> Vec<String> {
    let doc = lopdf::Document::load_mem(&pdf.bytes).expect("lopdf reads the PDF");
    let pages: Vec<u32> = doc.get_pages().keys().copied().collect();
    assert_eq!(pages.len(), pdf.pages, "page count");
    pages
        .iter()
        .map(|p| doc.extract_text(&[*p]).expect("text extracts"))
        .collect()
}

/// All the text of a PDF, page after page.
pub fn text_of(pdf: &Pdf) -> String {
    page_texts(pdf).concat()
}

/// Every run of white space made one space: a sentence may wrap in a cell.
pub fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

//! Numbers as the summary prints them: counts with thousands separators,
//! means to two decimals, shares as whole percents.

/// "12,576".
pub(super) fn count(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// "1 educator", "12,576 educators": the count and the word that fits it.
pub(super) fn counted(n: usize, one: &str, many: &str) -> String {
    format!("{} {}", count(n), if n == 1 { one } else { many })
}

/// "2.87", or a dash when there is nothing to average.
pub(super) fn mean(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() => format!("{v:.2}"),
        _ => "—".into(),
    }
}

/// "+0.31", "-0.12", "0.00": a difference from the district mean.
pub(super) fn difference(value: Option<f64>) -> String {
    match value {
        Some(v) if v.is_finite() && v >= 0.005 => format!("+{v:.2}"),
        Some(v) if v.is_finite() && v <= -0.005 => format!("-{:.2}", -v),
        Some(v) if v.is_finite() => "0.00".into(),
        _ => "—".into(),
    }
}

/// "34%" of `whole`; a dash when `whole` is zero. Shares under 1% but above
/// zero print as "<1%", and over 99% but short of all as ">99%", so a rare
/// rating never reads as none and a near-total never as all.
pub(super) fn share(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "—".into();
    }
    let p = part as f64 * 100.0 / whole as f64;
    if part > 0 && p < 0.5 {
        "<1%".into()
    } else if part < whole && p >= 99.5 {
        ">99%".into()
    } else {
        format!("{p:.0}%")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_a_report_prints_them() {
        assert_eq!(count(0), "0");
        assert_eq!(count(999), "999");
        assert_eq!(count(12576), "12,576");
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(mean(Some(2.875)), "2.88");
        assert_eq!(mean(None), "—");
        assert_eq!(difference(Some(0.3049)), "+0.30");
        assert_eq!(difference(Some(-0.12)), "-0.12");
        assert_eq!(difference(Some(0.001)), "0.00");
        assert_eq!(share(1, 3), "33%");
        assert_eq!(share(1, 1000), "<1%");
        assert_eq!(share(999, 1000), ">99%");
        assert_eq!(share(7, 7), "100%");
        assert_eq!(share(0, 0), "—");
    }
}

//! Which comes first when the user's locale writes a date in figures, so
//! that 03/04/2026 is read the way the person typing it means it.

use chrono::NaiveDate;

/// The order of day, month and year in a locale's short date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateOrder {
    /// 12/15/2026, as in the United States.
    MonthFirst,
    /// 15/12/2026, as in most of the world (`en_GB`, `de_DE`, `fr_FR`).
    DayFirst,
    /// 2026-12-15, as in Sweden, Hungary, Canada, China, Japan, Korea.
    YearFirst,
}

/// Locales whose own short date (`date +%x`) starts with the month, as glibc has them.
const MONTH_FIRST: &[&str] = &[
    "en_US", "chr_US", "fil_PH", "tl_PH", "iu_CA", "ka_GE", "ab_GE", "hy_AM", "bem_ZM", "brx_IN",
    "ks_IN",
];

/// Locales whose own short date starts with the year, as glibc has them.
const YEAR_FIRST: &[&str] = &[
    "ak_GH", "cmn_TW", "csb_PL", "de_AT", "de_BE", "de_LU", "en_CA", "en_DK", "fr_CA", "hak_TW",
    "hu_HU", "ja_JP", "ko_KR", "lt_LT", "lv_LV", "mhr_RU", "mn_MN", "nan_TW", "ne_NP", "sah_RU",
    "se_NO", "sgs_LT", "si_LK", "sv_SE", "wae_CH", "yue_HK", "zh_CN", "zh_HK", "zh_SG", "zh_TW",
];

impl DateOrder {
    /// The order of the user's locale: the first set of `LC_ALL`, `LC_TIME`
    /// and `LANG` (the POSIX order), read by [`DateOrder::for_locale`].
    #[must_use]
    pub fn from_env() -> DateOrder {
        let locale = ["LC_ALL", "LC_TIME", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        DateOrder::for_locale(&locale)
    }

    /// The order for one locale name such as `de_DE.UTF-8`: the order that
    /// locale's own short date uses. Without a country (`C`, `POSIX`, `en`,
    /// unset) it is the C locale's, month first.
    pub fn for_locale(locale: &str) -> DateOrder {
        let tag = locale.split(['.', '@']).next().unwrap_or_default();
        let mut parts = tag.split(['_', '-']);
        let language = parts.next().unwrap_or_default().to_ascii_lowercase();
        let Some(country) = parts.next().map(str::to_ascii_uppercase) else {
            return DateOrder::MonthFirst;
        };
        let name = format!("{language}_{country}");
        if MONTH_FIRST.contains(&name.as_str()) {
            DateOrder::MonthFirst
        } else if YEAR_FIRST.contains(&name.as_str()) {
            DateOrder::YearFirst
        } else {
            DateOrder::DayFirst
        }
    }

    /// `date` in figures in this order: "12/15/2026", "15/12/2026", "2026-12-15".
    #[must_use]
    pub fn format(self, date: NaiveDate) -> String {
        date.format(match self {
            DateOrder::MonthFirst => "%m/%d/%Y",
            DateOrder::DayFirst => "%d/%m/%Y",
            DateOrder::YearFirst => "%Y-%m-%d",
        })
        .to_string()
    }

    /// A hint for an empty date field: "MM/DD/YYYY".
    #[must_use]
    pub fn placeholder(self) -> &'static str {
        match self {
            DateOrder::MonthFirst => "MM/DD/YYYY",
            DateOrder::DayFirst => "DD/MM/YYYY",
            DateOrder::YearFirst => "YYYY-MM-DD",
        }
    }

    /// The forms a date may be typed in, for error sentences.
    #[must_use]
    pub fn forms(self) -> &'static str {
        match self {
            DateOrder::MonthFirst => "12/15/2026, Dec 15 2026 or 2026-12-15",
            DateOrder::DayFirst => "15/12/2026, 15 Dec 2026 or 2026-12-15",
            DateOrder::YearFirst => "2026-12-15, 2026/12/15 or 15 Dec 2026",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_decides_the_order() {
        assert_eq!(DateOrder::for_locale("en_US.UTF-8"), DateOrder::MonthFirst);
        assert_eq!(DateOrder::for_locale("en-US"), DateOrder::MonthFirst);
        assert_eq!(DateOrder::for_locale("en_GB.UTF-8"), DateOrder::DayFirst);
        assert_eq!(
            DateOrder::for_locale("de_DE.UTF-8@euro"),
            DateOrder::DayFirst
        );
        assert_eq!(DateOrder::for_locale("fr_FR"), DateOrder::DayFirst);
        assert_eq!(DateOrder::for_locale("es_US.UTF-8"), DateOrder::DayFirst);
        assert_eq!(DateOrder::for_locale("sv_SE.UTF-8"), DateOrder::YearFirst);
        assert_eq!(DateOrder::for_locale("en_CA"), DateOrder::YearFirst);
        assert_eq!(DateOrder::for_locale("C"), DateOrder::MonthFirst);
        assert_eq!(DateOrder::for_locale("C.UTF-8"), DateOrder::MonthFirst);
        assert_eq!(DateOrder::for_locale("POSIX"), DateOrder::MonthFirst);
        assert_eq!(DateOrder::for_locale(""), DateOrder::MonthFirst);
    }

    #[test]
    fn dates_are_written_in_the_order() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 4).expect("a date");
        assert_eq!(DateOrder::MonthFirst.format(day), "03/04/2026");
        assert_eq!(DateOrder::DayFirst.format(day), "04/03/2026");
        assert_eq!(DateOrder::YearFirst.format(day), "2026-03-04");
    }
}

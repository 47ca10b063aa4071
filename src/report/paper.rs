//! Paper sizes, and which one a user's locale suggests.

use std::str::FromStr;

/// US Letter or ISO A4.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    Letter,
    A4,
}

/// Countries (ISO 3166 codes) that use Letter paper, as glibc's `LC_PAPER` has them.
const LETTER_COUNTRIES: &[&str] = &[
    "US", "CA", "MX", "PR", "PH", "CL", "CO", "VE", "CR", "GT", "SV", "NI", "PA", "DO", "BZ",
];

impl Paper {
    /// The size the user's locale suggests. The locale is the first set of
    /// `LC_ALL`, `LC_PAPER` and `LANG` (the POSIX order). A locale naming a
    /// country that uses Letter (US, Canada, Mexico, the Philippines, Chile,
    /// Colombia, Venezuela, Central America) gives Letter, any other country
    /// A4, and no country at all (`C`, `POSIX`, unset) the default, Letter.
    #[must_use]
    pub fn from_locale() -> Paper {
        let locale = ["LC_ALL", "LC_PAPER", "LANG"]
            .iter()
            .filter_map(|name| std::env::var(name).ok())
            .find(|value| !value.is_empty())
            .unwrap_or_default();
        Paper::for_locale(&locale)
    }

    /// The rule of [`Paper::from_locale`] for one locale name such as `de_DE.UTF-8`.
    pub fn for_locale(locale: &str) -> Paper {
        let territory = locale
            .split(['.', '@'])
            .next()
            .and_then(|tag| tag.split(['_', '-']).nth(1))
            .map(str::to_ascii_uppercase);
        match territory {
            Some(country)
                if country.len() == 2 && country.chars().all(|c| c.is_ascii_alphabetic()) =>
            {
                if LETTER_COUNTRIES.contains(&country.as_str()) {
                    Paper::Letter
                } else {
                    Paper::A4
                }
            }
            _ => Paper::Letter,
        }
    }

    /// Width and height in points.
    #[must_use]
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::Letter => (612.0, 792.0),
            Paper::A4 => (595.276, 841.89),
        }
    }

    /// The word used on the command line.
    #[must_use]
    pub fn key(self) -> &'static str {
        match self {
            Paper::Letter => "letter",
            Paper::A4 => "a4",
        }
    }
}

impl FromStr for Paper {
    type Err = String;

    fn from_str(text: &str) -> Result<Paper, String> {
        match text.trim().to_ascii_lowercase().as_str() {
            "letter" | "us-letter" => Ok(Paper::Letter),
            "a4" => Ok(Paper::A4),
            other => Err(format!("`{other}` is not a paper size (letter or a4)")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_locale_country_decides() {
        assert_eq!(Paper::for_locale("en_US.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("fr_CA.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("es_MX"), Paper::Letter);
        assert_eq!(Paper::for_locale("en_GB.UTF-8"), Paper::A4);
        assert_eq!(Paper::for_locale("de_DE.UTF-8@euro"), Paper::A4);
        assert_eq!(Paper::for_locale("vi_VN"), Paper::A4);
        assert_eq!(Paper::for_locale("en-AU"), Paper::A4);
        assert_eq!(Paper::for_locale("C"), Paper::Letter);
        assert_eq!(Paper::for_locale("C.UTF-8"), Paper::Letter);
        assert_eq!(Paper::for_locale("POSIX"), Paper::Letter);
        assert_eq!(Paper::for_locale(""), Paper::Letter);
    }

    #[test]
    fn paper_words_parse() {
        assert_eq!("A4".parse::<Paper>(), Ok(Paper::A4));
        assert_eq!("letter".parse::<Paper>(), Ok(Paper::Letter));
        assert!("legal".parse::<Paper>().is_err());
    }
}

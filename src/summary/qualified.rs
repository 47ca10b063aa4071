//! Who on the roster falls short of the district's minimum degree for their
//! role or holds an expired certification, and whose degree is not recorded
//! where a minimum is set: the overview's list, in the window and on the
//! command line alike.

use chrono::NaiveDate;

use crate::record::{Shortfall, shortfalls};
use crate::workspace::Contents;

/// One educator and what is short or not known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Standing {
    pub id: String,
    pub name: String,
    pub role: String,
    pub shortfalls: Vec<Shortfall>,
}

/// The roster's educators against the minimums, in two lists, in the workspace's order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Qualified {
    /// Below the role's minimum, or with an expired certification.
    pub short: Vec<Standing>,
    /// No degree level recorded where the role has a minimum (and nothing short).
    pub not_recorded: Vec<Standing>,
}

impl Qualified {
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.short.is_empty() && self.not_recorded.is_empty()
    }
}

/// The educators not archived, checked on `today` against the settings' minimums.
#[must_use]
pub fn qualified(contents: &Contents, today: NaiveDate) -> Qualified {
    let mut out = Qualified::default();
    for e in contents.educators.iter().filter(|e| !e.is_archived()) {
        let minimum = contents.settings.minimum_degree(&e.role);
        let found = shortfalls(&e.qualifications, minimum, today);
        if found.is_empty() {
            continue;
        }
        let short = found.iter().any(Shortfall::falls_short);
        let standing = Standing {
            id: e.id.clone(),
            name: e.name.clone(),
            role: e.role.clone(),
            shortfalls: found,
        };
        if short {
            out.short.push(standing);
        } else {
            out.not_recorded.push(standing);
        }
    }
    out
}

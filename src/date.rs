//! Calendar dates for review dates and value years. A tiny civil-date type
//! is all we need; the clock is read only at the edges and passed in.

use std::fmt;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    /// Parses `YYYY-MM-DD`.
    pub fn parse(s: &str) -> Option<Date> {
        let mut it = s.trim().splitn(3, '-');
        let year: i32 = it.next()?.parse().ok()?;
        let month: u32 = it.next()?.parse().ok()?;
        let day: u32 = it.next()?.parse().ok()?;
        let d = Date { year, month, day };
        ((1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month)).then_some(d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn days(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The civil date of a day count since 1970-01-01.
    pub fn from_days(z: i64) -> Date {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The same day a year earlier (29 February becomes 28 February).
    pub fn a_year_before(self) -> Date {
        let year = self.year - 1;
        Date { year, month: self.month, day: self.day.min(days_in_month(year, self.month)) }
    }

    /// Today in UTC, from the system clock. Only edges call this.
    pub fn today() -> Date {
        Date::from_days((unix_now() / 86_400) as i64)
    }
}

/// Seconds since 1970-01-01 UTC, from the system clock (0 before it). Only
/// edges call this: the adapters, `ops`, the store's sweeps get it passed in.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_rejects() {
        assert_eq!(Date::parse("2026-11-01"), Some(Date { year: 2026, month: 11, day: 1 }));
        assert_eq!(Date::parse("2024-02-29").map(|d| d.day), Some(29));
        assert_eq!(Date::parse("2025-02-29"), None);
        assert_eq!(Date::parse("2026-13-01"), None);
        assert_eq!(Date::parse("1. november"), None);
    }

    #[test]
    fn day_counts_round_trip() {
        for d in ["1970-01-01", "2000-02-29", "2026-11-28", "1999-12-31"] {
            let date = Date::parse(d).unwrap();
            assert_eq!(Date::from_days(date.days()), date, "{d}");
        }
        assert_eq!(Date::parse("1970-01-02").unwrap().days(), 1);
    }

    #[test]
    fn a_year_before() {
        assert_eq!(Date::parse("2026-11-28").unwrap().a_year_before(), Date::parse("2025-11-28").unwrap());
        assert_eq!(Date::parse("2028-02-29").unwrap().a_year_before(), Date::parse("2027-02-28").unwrap());
    }
}

//! How long a 429 asks us to wait: `Retry-After` (seconds or an HTTP date)
//! or Frontegg's `X-Rate-Limit-Reset` (an RFC 3339 time).

use std::time::{SystemTime, UNIX_EPOCH};

/// Seconds to wait, from the response headers, relative to `now`.
pub(crate) fn retry_after_secs(
    retry_after: Option<&str>,
    rate_limit_reset: Option<&str>,
    now: SystemTime,
) -> Option<u64> {
    let now = i64::try_from(now.duration_since(UNIX_EPOCH).ok()?.as_secs()).ok()?;
    // Saturating: a server's far-future date or huge number cannot overflow.
    let until = |at: i64| u64::try_from(at.saturating_sub(now)).unwrap_or(0);
    if let Some(value) = retry_after.map(str::trim) {
        if let Ok(secs) = value.parse::<u64>() {
            return Some(secs);
        }
        if let Some(at) = parse_http_date(value) {
            return Some(until(at));
        }
    }
    rate_limit_reset
        .map(str::trim)
        .and_then(|value| {
            parse_rfc3339(value).or_else(|| {
                // A bare number: a Unix time when it is one (past 2001),
                // otherwise seconds from now.
                value.parse::<i64>().ok().map(|n| {
                    if n >= 1_000_000_000 {
                        n
                    } else {
                        now.saturating_add(n)
                    }
                })
            })
        })
        .map(until)
}

/// Unix seconds of `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
fn parse_rfc3339(text: &str) -> Option<i64> {
    // ASCII only, so every slice below falls on a character boundary.
    if !text.is_ascii() {
        return None;
    }
    let bytes = text.as_bytes();
    if bytes.len() < 20 || bytes[4] != b'-' || bytes[7] != b'-' || bytes[13] != b':' {
        return None;
    }
    if !matches!(bytes[10], b'T' | b't' | b' ') || bytes[16] != b':' {
        return None;
    }
    let year = num(&text[0..4])?;
    let month = num(&text[5..7])?;
    let day = num(&text[8..10])?;
    let hour = num(&text[11..13])?;
    let minute = num(&text[14..16])?;
    let second = num(&text[17..19])?;
    let mut rest = &text[19..];
    if let Some(fraction) = rest.strip_prefix('.') {
        let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
        rest = &fraction[digits..];
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ if rest.len() == 6 && rest.as_bytes()[3] == b':' => {
            let sign = match rest.as_bytes()[0] {
                b'+' => 1,
                b'-' => -1,
                _ => return None,
            };
            sign * (num(&rest[1..3])? * 3600 + num(&rest[4..6])? * 60)
        }
        _ => return None,
    };
    Some(unix_seconds(year, month, day, hour, minute, second)? - offset)
}

/// Unix seconds of an IMF-fixdate such as `Sun, 06 Nov 1994 08:49:37 GMT`.
fn parse_http_date(text: &str) -> Option<i64> {
    if !text.is_ascii() {
        return None;
    }
    let mut parts = text.split_whitespace();
    let _weekday = parts.next()?;
    let day = num(parts.next()?)?;
    let month = match parts.next()? {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let year = num(parts.next()?)?;
    let mut clock = parts.next()?.split(':');
    let hour = num(clock.next()?)?;
    let minute = num(clock.next()?)?;
    let second = num(clock.next()?)?;
    if parts.next()? != "GMT" {
        return None;
    }
    unix_seconds(year, month, day, hour, minute, second)
}

fn num(text: &str) -> Option<i64> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// Days-from-civil (Howard Hinnant's algorithm), proleptic Gregorian.
fn unix_seconds(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
) -> Option<i64> {
    if !(1..=9999).contains(&year)
        || !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || hour > 23
        || minute > 59
        || second > 60
    {
        return None;
    }
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    Some(days * 86_400 + hour * 3600 + minute * 60 + second)
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;

    fn at(secs: u64) -> SystemTime {
        UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn retry_after_in_seconds_wins() {
        assert_eq!(
            retry_after_secs(Some(" 7 "), Some("2030-01-01T00:00:00Z"), at(0)),
            Some(7)
        );
    }

    #[test]
    fn http_dates_and_rfc3339_resets_are_relative_to_now() {
        // 1994-11-06T08:49:37Z is 784111777.
        assert_eq!(
            retry_after_secs(Some("Sun, 06 Nov 1994 08:49:37 GMT"), None, at(784_111_770)),
            Some(7)
        );
        assert_eq!(
            retry_after_secs(None, Some("1994-11-06T08:49:37Z"), at(784_111_757)),
            Some(20)
        );
        assert_eq!(
            retry_after_secs(None, Some("1994-11-06T10:49:37.250+02:00"), at(784_111_757)),
            Some(20)
        );
        // A reset already in the past means "now".
        assert_eq!(
            retry_after_secs(None, Some("1994-11-06T08:49:37Z"), at(784_111_800)),
            Some(0)
        );
    }

    #[test]
    fn unparseable_values_give_none() {
        assert_eq!(retry_after_secs(Some("soon"), Some("later"), at(0)), None);
        assert_eq!(retry_after_secs(None, None, at(0)), None);
    }
}

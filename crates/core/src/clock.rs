//! The wall clock, in whole seconds since the Unix epoch: what expiry times and file stamps use.

/// Seconds since the Unix epoch (0 if the clock is before it).
pub fn now() -> u64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A length of time in the largest whole unit people use for it: "6 days", "1 hour", "40 seconds".
pub fn span(secs: u64) -> String {
    // Rounded: a request made to last 7 days "expires in 7 days" a few seconds later.
    let round = |unit: u64| (secs + unit / 2) / unit;
    let (n, unit) = match secs {
        0..=119 => (secs, "second"),
        // Up to 59 minutes; from there on, hours ("1 hour", not "60 minutes").
        120..=3_569 => (round(60), "minute"),
        3_570..=172_799 => (round(3600), "hour"),
        _ => (round(86_400), "day"),
    };
    format!("{n} {unit}{}", if n == 1 { "" } else { "s" })
}

/// When `then` is or was, from `now`: "in 6 days", "3 minutes ago".
pub fn relative(then: u64, now: u64) -> String {
    if then >= now {
        format!("in {}", span(then - now))
    } else {
        format!("{} ago", span(now - then))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_read_as_people_say_them() {
        assert_eq!(span(1), "1 second");
        assert_eq!(span(150), "3 minutes");
        assert_eq!(span(7 * 86_400 - 5), "7 days");
        assert_eq!(relative(100, 40), "in 60 seconds");
        assert_eq!(relative(0, 3600), "1 hour ago");
        assert_eq!(span(3569), "59 minutes");
        assert_eq!(span(7199), "2 hours");
    }
}

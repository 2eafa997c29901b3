//! The one rule that keeps a follow-up round and the plan's own status (`status`, `status_datum` in the area file) from disagreeing.
//!
//! The two say different things: the area file says where the activity
//! stands in the plan's lifecycle (new, continuing … and, once and for all,
//! finished or cancelled on a date), a round how far it had come on the
//! round's date. They meet only where an activity ends, and there they must
//! agree, both ways:
//!
//! 1. An activity the area file ends (`avslutad` or `inställd` with
//!    `status_datum`) is reported ended the same way (finished: `genomförd`,
//!    `i förvaltning` or `avslutad`; cancelled: `inställd`) by every round
//!    from that date on. Rounds before it may report it open.
//! 2. A round that reports an activity ended has the area file say so too,
//!    dated on or before the round: the plan's status column then shows what
//!    the round reports, and rule 1 keeps later rounds to it.
//!
//! So the status column (the area file) is the plan's word and never needs
//! a round to be read right, and no round can report an activity running
//! that the plan says ended, nor ended while the plan shows it running. The
//! rule is checked here when a round is loaded, and nowhere else.

use crate::model::{Date, RoundStatus, Status, StatusKind};
use crate::report::{FileId, Hint, Problem, error_at};

/// How a round's report disagrees with the area file's status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// The area file ended the activity as `kind` on `date` (on or before
    /// the round); the round reports it otherwise.
    EndedInPlan {
        kind: StatusKind,
        date: Option<Date>,
    },
    /// The round reports the activity ended as `kind`; the area file does not.
    NotEndedInPlan { kind: StatusKind },
    /// The round reports the activity ended as `kind`, but the area file
    /// dates that end after the round.
    EndedAfterRound { kind: StatusKind, date: Date },
}

/// How the `reported` status of a round made on `round` disagrees with the
/// area file's status `plan`, if it does.
pub fn conflict(plan: Option<&Status>, reported: RoundStatus, round: Date) -> Option<Conflict> {
    let ended = plan.filter(|s| s.kind.has_ended());
    match (reported.ended_as(), ended) {
        (Some(kind), Some(status)) if status.kind == kind => match status.date {
            Some(date) if date > round => Some(Conflict::EndedAfterRound { kind, date }),
            _ => None,
        },
        (Some(kind), _) => Some(Conflict::NotEndedInPlan { kind }),
        (None, Some(status)) if status.date.is_none_or(|date| date <= round) => {
            Some(Conflict::EndedInPlan {
                kind: status.kind,
                date: status.date,
            })
        }
        (None, _) => None,
    }
}

/// The error for `conflict`, about the activity `id` reported as
/// `reported` in the round made on `round`, to be placed at its status.
pub fn problem(
    conflict: &Conflict,
    id: &str,
    reported: RoundStatus,
    round: Date,
) -> impl FnOnce(FileId, std::ops::Range<usize>) -> Problem {
    let (status, round) = (reported.key(), round.to_string());
    let (message, hint) = match conflict {
        Conflict::EndedInPlan { kind, date } => (
            crate::msg!(
                "plan-round-status-ended-in-plan",
                id = id,
                end = kind.key(),
                date = date.map(|d| d.to_string()).unwrap_or_default(),
                status = status,
            ),
            crate::t!(
                "plan-round-status-ended-in-plan.hint",
                allowed = allowed(*kind)
            ),
        ),
        Conflict::NotEndedInPlan { kind } => (
            crate::msg!(
                "plan-round-status-not-in-plan",
                id = id,
                end = kind.key(),
                status = status,
            ),
            crate::t!(
                "plan-round-status-not-in-plan.hint",
                end = kind.key(),
                date = round.as_str()
            ),
        ),
        Conflict::EndedAfterRound { kind, date } => (
            crate::msg!(
                "plan-round-status-ended-after",
                id = id,
                end = kind.key(),
                date = date.to_string(),
                round = round.as_str(),
            ),
            crate::t!("plan-round-status-ended-after.hint", date = round.as_str()),
        ),
    };
    move |file, span| error_at(file, span, message, crate::t!("plan-round-status-label")).hint(hint)
}

/// The round statuses that say an activity ended as `kind`, for a hint:
/// `"genomförd", "i förvaltning" eller "avslutad"`.
fn allowed(kind: StatusKind) -> String {
    let quoted: Vec<String> = (RoundStatus::ending_as(kind).iter())
        .map(|s| format!("\"{}\"", s.key()))
        .collect();
    match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} {} {last}", rest.join(", "), crate::t!("load-or")),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(month: u8, day: u8) -> Date {
        Date::new(2022, month, day).unwrap()
    }

    fn ended(kind: StatusKind, date: Date) -> Status {
        Status {
            kind,
            date: Some(date),
            note: None,
        }
    }

    #[test]
    fn an_open_plan_takes_any_open_report() {
        let plan = Status {
            kind: StatusKind::Continuing,
            date: None,
            note: None,
        };
        for reported in [
            RoundStatus::NotStarted,
            RoundStatus::Ongoing,
            RoundStatus::Delayed,
        ] {
            assert_eq!(conflict(Some(&plan), reported, day(6, 15)), None);
            assert_eq!(conflict(None, reported, day(6, 15)), None);
        }
    }

    #[test]
    fn an_ended_activity_is_reported_ended_from_its_date_on() {
        let plan = ended(StatusKind::Finished, day(6, 30));
        // Before its end, a round may report it running.
        assert_eq!(
            conflict(Some(&plan), RoundStatus::Ongoing, day(6, 15)),
            None
        );
        assert_eq!(
            conflict(Some(&plan), RoundStatus::Ongoing, day(12, 15)),
            Some(Conflict::EndedInPlan {
                kind: StatusKind::Finished,
                date: Some(day(6, 30))
            })
        );
        for reported in RoundStatus::ending_as(StatusKind::Finished) {
            assert_eq!(conflict(Some(&plan), reported, day(12, 15)), None);
        }
        assert_eq!(
            conflict(Some(&plan), RoundStatus::Cancelled, day(12, 15)),
            Some(Conflict::NotEndedInPlan {
                kind: StatusKind::Cancelled
            })
        );
    }

    #[test]
    fn a_round_ends_nothing_the_plan_keeps_running() {
        assert_eq!(
            conflict(None, RoundStatus::Done, day(6, 15)),
            Some(Conflict::NotEndedInPlan {
                kind: StatusKind::Finished
            })
        );
        let plan = ended(StatusKind::Cancelled, day(9, 1));
        assert_eq!(
            conflict(Some(&plan), RoundStatus::Cancelled, day(6, 15)),
            Some(Conflict::EndedAfterRound {
                kind: StatusKind::Cancelled,
                date: day(9, 1)
            })
        );
        assert_eq!(
            conflict(Some(&plan), RoundStatus::Cancelled, day(9, 1)),
            None
        );
    }
}

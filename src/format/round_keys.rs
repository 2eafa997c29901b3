//! The tables of a follow-up round (`uppfoljning/<omgång>.toml`): what was reported on the plan's activities and indicators, in canonical order.

use super::{Kind, Required, TableSpec, key};
use crate::t;

use Kind::*;
use Required::{No, Yes};

/// `uppfoljning/<omgång>.toml`: one follow-up round of a plan.
pub static ROUND: TableSpec = TableSpec {
    name: "uppfoljning/<omgång>.toml",
    what: || t!("load-table-round"),
    about: "En uppföljningsomgång av planen: vad som rapporterades om aktiviteterna och indikatorerna vid ett datum. Filen heter efter omgången, t.ex. uppfoljning/2022-06.toml.",
    column_fields: false,
    keys: &[
        key(
            "datum",
            Date,
            Yes,
            "Dagen omgången gjordes; inom planens period.",
            "2022-06-15",
        ),
        key(
            "rubrik",
            Text,
            Yes,
            "Omgångens rubrik.",
            "\"Uppföljning juni 2022\"",
        ),
        key(
            "aktivitet",
            Tables(&ROUND_ACTIVITY),
            No,
            "Vad som rapporterades om planens aktiviteter, en post per aktivitet.",
            "[[aktivitet]]\nid = \"lakemedelsgenomgangar\"\nstatus = \"pågår\"",
        ),
        key(
            "indikator",
            Tables(&ROUND_INDICATOR),
            No,
            "Indikatorernas värden vid omgången.",
            "[[indikator]]\nid = \"antibiotikarecept-per-1000\"\nvarde = 268",
        ),
    ],
};

/// `[[aktivitet]]` in a round file: what was reported on one activity.
pub static ROUND_ACTIVITY: TableSpec = TableSpec {
    name: "[[aktivitet]] i uppfoljning/<omgång>.toml",
    what: || t!("load-table-round-activity"),
    about: "Vad som rapporterades om en aktivitet i omgången.",
    column_fields: false,
    keys: &[
        key(
            "id",
            Text,
            Yes,
            "Aktivitetens id i områdesfilen (`handlingsplan id` ger aktiviteter utan id ett).",
            "\"lakemedelsgenomgangar\"",
        ),
        key(
            "status",
            Choice(&[
                "ej påbörjad",
                "pågår",
                "försenad",
                "genomförd",
                "i förvaltning",
                "avslutad",
                "inställd",
            ]),
            Yes,
            "Hur långt aktiviteten har kommit. Genomförd, i förvaltning och avslutad betyder att den är avslutad, inställd att den är inställd: då ska områdesfilen säga detsamma (status och status_datum), och senare omgångar också.",
            "\"pågår\"",
        ),
        key(
            "kommentar",
            Markdown,
            No,
            "Vad som har hänt, eller varför aktiviteten är försenad.",
            "\"Genomgångar görs på fyra av sex boenden.\"",
        ),
        key(
            "rapporterad_av",
            Bodies,
            No,
            "Vem som rapporterade; ur registret över organ när det finns.",
            "\"LSG Läkemedel\"",
        ),
        key(
            "rapporterad",
            Date,
            No,
            "Dagen det rapporterades; inom planens period.",
            "2022-06-10",
        ),
    ],
};

/// `[[indikator]]` in a round file: one indicator's value.
pub static ROUND_INDICATOR: TableSpec = TableSpec {
    name: "[[indikator]] i uppfoljning/<omgång>.toml",
    what: || t!("load-table-round-indicator"),
    about: "En indikators värde vid omgången.",
    column_fields: false,
    keys: &[
        key(
            "id",
            Text,
            Yes,
            "Indikatorns id bland regionens mål och indikatorer.",
            "\"antibiotikarecept-per-1000\"",
        ),
        key(
            "varde",
            Measure,
            Yes,
            "Det uppmätta värdet, av indikatorns typ i mal.toml: ett tal (antal, andel), true eller false (ja/nej) eller en text.",
            "268",
        ),
        key(
            "datum",
            Date,
            No,
            "Dagen värdet mättes; inom planens period.",
            "2022-05-31",
        ),
        key(
            "kommentar",
            Markdown,
            No,
            "Hur värdet ska läsas.",
            "\"Rullande tolv månader.\"",
        ),
    ],
};

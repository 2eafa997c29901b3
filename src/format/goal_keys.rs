//! The tables of `mal.toml`: the region's goals and their indicators, in canonical order.
//!
//! A sub-goal is a `[[mal]]` like any other, naming its goal with
//! `overordnat = "id"`: every goal is written the same way, with its
//! indicators right under it, and no table is nested more than one level
//! (`[[mal.delmal.indikator]]` would be hard to write and to read).

use super::{Kind, Required, TableSpec, key};
use crate::t;

use Kind::*;
use Required::{No, Yes};

/// `mal.toml`: the region's goals, beside region.toml (they outlive a plan period).
pub static GOALS: TableSpec = TableSpec {
    name: super::layout::GOALS_FILE,
    what: || t!("load-table-goals"),
    about: "Regionens mål och delmål med indikatorer, gemensamma för alla dess planer. Aktiviteterna anger vilka mål de tjänar (mal = [\"…\"]).",
    column_fields: false,
    keys: &[key(
        "mal",
        Tables(&GOAL),
        Yes,
        "Målen och delmålen, i ordning.",
        "[[mal]]\nid = \"ratt-behandling\"\nrubrik = \"Rätt läkemedelsbehandling\"",
    )],
};

/// `[[mal]]` in mal.toml: one goal or sub-goal.
pub static GOAL: TableSpec = TableSpec {
    name: "[[mal]]",
    what: || t!("load-table-goal"),
    about: "Ett mål eller delmål med de indikatorer som följer upp det.",
    column_fields: false,
    keys: &[
        key(
            "id",
            Text,
            Yes,
            "Målets id (a-z, 0-9, -), unikt i mal.toml; aktiviteterna skriver det i mal.",
            "\"farre-antibiotikarecept\"",
        ),
        key(
            "rubrik",
            Text,
            Yes,
            "Målets rubrik.",
            "\"Minskad förskrivning av antibiotika\"",
        ),
        key(
            "beskrivning",
            Markdown,
            No,
            "Vad målet innebär.",
            "\"Förskrivningen ska minska …\"",
        ),
        key(
            "overordnat",
            Text,
            No,
            "Id för målet som detta är ett delmål till (ett mål utan overordnat). Delmålen numreras under sitt mål: 1.1, 1.2 …",
            "\"ratt-behandling\"",
        ),
        key(
            "indikator",
            Tables(&INDICATOR),
            No,
            "Indikatorerna som följer upp målet, i ordning.",
            "[[mal.indikator]]\nid = \"recept-per-1000\"\nnamn = \"Antibiotikarecept per 1 000 invånare\"\ntyp = \"antal\"",
        ),
    ],
};

/// `[[mal.indikator]]`: one indicator of a goal.
pub static INDICATOR: TableSpec = TableSpec {
    name: "[[mal.indikator]]",
    what: || t!("load-table-indicator"),
    about: "En indikator som följer upp ett mål: vad som mäts, målvärdet och varifrån uppgiften kommer.",
    column_fields: false,
    keys: &[
        key(
            "id",
            Text,
            Yes,
            "Indikatorns id (a-z, 0-9, -), unikt i mal.toml.",
            "\"recept-per-1000\"",
        ),
        key(
            "namn",
            Text,
            Yes,
            "Vad indikatorn mäter.",
            "\"Antibiotikarecept per 1 000 invånare\"",
        ),
        key(
            "typ",
            Choice(&["antal", "andel", "ja/nej", "text"]),
            Yes,
            "\"antal\": ett tal med enhet; \"andel\": en andel i procent; \"ja/nej\": uppnått eller inte; \"text\": en kvalitativ beskrivning.",
            "\"antal\"",
        ),
        key(
            "enhet",
            Text,
            No,
            "Talets enhet (för typ \"antal\"); en andel är i procent.",
            "\"recept per 1 000 invånare\"",
        ),
        key(
            "malvarde",
            Target,
            No,
            "Målvärdet: ett tal för \"antal\" och \"andel\" (0–100), true eller false för \"ja/nej\", en text för \"text\".",
            "250",
        ),
        key(
            "riktning",
            Choice(&["öka", "minska"]),
            No,
            "Åt vilket håll värdet ska gå (bara för \"antal\" och \"andel\").",
            "\"minska\"",
        ),
        key(
            "kalla",
            Text,
            No,
            "Varifrån uppgiften kommer.",
            "\"Läkemedelsstatistik, E-hälsomyndigheten\"",
        ),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Direction, IndicatorKind};

    fn choices(name: &str) -> &'static [&'static str] {
        match INDICATOR.key(name).map(|k| &k.kind) {
            Some(Choice(values)) => values,
            other => panic!("{name} is {other:?}"),
        }
    }

    #[test]
    fn the_models_values_are_the_formats_choices() {
        let kinds: Vec<_> = IndicatorKind::ALL.iter().map(|k| k.key()).collect();
        assert_eq!(kinds, choices("typ"));
        let directions: Vec<_> = Direction::ALL.iter().map(|d| d.key()).collect();
        assert_eq!(directions, choices("riktning"));
    }
}

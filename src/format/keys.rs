//! The tables of the plan format with their keys, in canonical order.

use super::{Kind, MapKeys, NextPeriod, Required, TableSpec, key};
use crate::t;

use Kind::*;
use Required::{ByColumn, ByMetadata, No, OnApproval, Yes};

/// `region.toml`: an organisation's house style, shared by all its plans.
pub static REGION: TableSpec = TableSpec {
    name: super::layout::REGION_FILE,
    what: || t!("load-table-region"),
    about: "Organisationens husstil, gemensam för alla dess planer.",
    column_fields: false,
    keys: &[
        key(
            "organisation",
            Text,
            Yes,
            "Organisationens namn; står som författare i PDF:en.",
            "\"Region Norrbotten\"",
        ),
        key(
            "kortnamn",
            Text,
            No,
            "Kort namn i filnamnen (a-z, 0-9, -), t.ex. norrbotten-2022.pdf. Standard: mappens namn.",
            "\"norrbotten\"",
        ),
        key(
            "numrering",
            Choice(&["1", "1.1"]),
            No,
            "\"1\": 1, 2, 3 i varje område; \"1.1\": områdets nummer först. Standard \"1\".",
            "\"1.1\"",
        ),
        key(
            "innehallsforteckning",
            Bool,
            No,
            "Om dokumentet får en innehållsförteckning. Standard true.",
            "true",
        ),
        key(
            "html",
            Bool,
            No,
            "Om build också skriver en tillgänglig HTML-version (<kortnamn>-<period>.html) för webben. Standard true.",
            "false",
        ),
        key(
            "kolumn",
            Tables(&COLUMN),
            Yes,
            "Aktivitetstabellernas kolumner, från vänster till höger.",
            "[[kolumn]]\nfalt = \"ansvarig\"\nrubrik = \"Ansvarig\"",
        ),
        key(
            "metadata",
            Table(&METADATA),
            No,
            "Vilka uppgifter om handlingen som visas, och var.",
            "[metadata]\nplacering = \"sist\"",
        ),
        key(
            "tema",
            Table(&THEME),
            No,
            "Färg, typsnitt och logotyp.",
            "[tema]\naccentfarg = \"#005a8c\"",
        ),
        key(
            "pdfstandard",
            TextList,
            No,
            "Standarder som PDF:en följer och kontrolleras mot: högst en PDF/A-del (a-1b, a-2a, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, a-4f …) och ua-1 (PDF/UA-1, tillgänglig PDF; går ihop med PDF/A-2 och PDF/A-3). Flaggan --pdf-standard går före. Standard: ua-1 och a-2a (a-3a när bifoga_kallfiler = true); `pdfstandard = []` ger ingen.",
            "[\"ua-1\", \"a-2a\"]",
        ),
        key(
            "bifoga_kallfiler",
            Bool,
            No,
            "Om planens källfiler (TOML, Markdown, logotyp, typsnitt, mallar) bifogas i PDF:en, så att den bär det den byggdes av; `handlingsplan extract` tar fram dem igen. Kräver PDF/A-3 (t.ex. a-3a) eller ingen PDF/A; utan pdfstandard väljs a-3a. Standard false.",
            "true",
        ),
        key(
            "andringsforteckning",
            Choice(&["först", "sist", "nej"]),
            No,
            "Var planernas ändringsförteckning ([[andring]]) står: \"först\" efter titeln, \"sist\" i slutet, \"nej\" visas inte. Standard \"sist\".",
            "\"först\"",
        ),
        key(
            "status",
            Table(&STATUS),
            No,
            "Hur aktiviteternas status (ny, reviderad, fortsätter, avslutad, inställd) visas.",
            "[status]\nmarkering = \"etikett\"",
        ),
        key(
            "forkortningar",
            TextMap(MapKeys::Abbreviations),
            No,
            "Förkortningar och vad de står för; en förkortning med å, ä, ö skrivs inom citattecken (\"ÅVC\" = …). De som planens text använder listas under Förkortningar sist i handlingarna och förklaras i HTML-versionen (<abbr>); med tabellen varnar check för förkortningar (ord med minst två versaler) som den inte förklarar.",
            "[forkortningar]\nLSG = \"Lokal samverkansgrupp\"",
        ),
        key(
            "statusnamn",
            TextMap(MapKeys::RoundStatuses),
            No,
            "Regionens egna namn på uppföljningens statusar: status = namn. Omgångsfilerna skriver statusarna som vanligt (\"genomförd\"); uppföljningsrapporten och organens vyer skriver regionens namn. En status utan namn här heter som standard (\"Genomförd\").",
            "[statusnamn]\n\"genomförd\" = \"Klar\"\n\"i förvaltning\" = \"Överförd till linjen\"",
        ),
        key(
            "organ",
            Tables(&ORGAN),
            No,
            "Registret över organ (nämnder, råd, grupper, funktioner) som planerna nämner i ansvarig och rapportering. Finns registret måste varje sådant värde nämna organ ur det.",
            "[[organ]]\nnamn = \"Kunskapsstyrningsrådet\"\ntyp = \"råd\"",
        ),
    ],
};

/// `[[organ]]` in region.toml: one body of the register.
pub static ORGAN: TableSpec = TableSpec {
    name: "[[organ]]",
    what: || t!("load-table-organ"),
    about: "Ett organ i registret: en nämnd, ett råd, en grupp eller en funktion som ansvarar eller tar emot rapporter.",
    column_fields: false,
    keys: &[
        key(
            "namn",
            Text,
            Yes,
            "Organets namn, som planerna skriver det.",
            "\"Kunskapsstyrningsrådet\"",
        ),
        key(
            "forkortning",
            Text,
            No,
            "En förkortning som planerna får skriva i stället för namnet.",
            "\"KSR\"",
        ),
        key(
            "typ",
            Text,
            No,
            "Vad för slags organ: t.ex. nämnd, råd, grupp eller funktion.",
            "\"råd\"",
        ),
        key(
            "moten",
            Dates,
            No,
            "Organets mötesdagar under året. Uppföljningsrapportens årshjul visar dem.",
            "[2022-02-10, 2022-06-09]",
        ),
        key(
            "alias",
            TextList,
            No,
            "Andra namn som planerna skriver för samma organ.",
            "[\"Kunskapsstyrningsrådet (KSR)\"]",
        ),
    ],
};

/// `[status]` in region.toml: how activities' lifecycle markers are shown.
pub static STATUS: TableSpec = TableSpec {
    name: "[status]",
    what: || t!("load-table-status"),
    about: "Hur aktiviteternas status visas i handlingarna.",
    column_fields: false,
    keys: &[
        key(
            "markering",
            Choice(&["ingen", "kolumn", "etikett"]),
            No,
            "\"kolumn\": en egen kolumn sist i tabellen; \"etikett\": en liten etikett efter numret; \"ingen\": visas inte (avslutade och inställda aktiviteter som skrivs ut får ändå en etikett). Standard \"ingen\".",
            "\"kolumn\"",
        ),
        key(
            "rubrik",
            Text,
            No,
            "Statuskolumnens rubrik. Standard \"Status\".",
            "\"Status\"",
        ),
        key(
            "bredd",
            Number,
            No,
            "Statuskolumnens relativa bredd. Standard 1.",
            "1.2",
        ),
        key(
            "visa_avslutade",
            Bool,
            No,
            "Om avslutade och inställda aktiviteter skrivs ut i planen för sin egen period (numren behåller sina platser). Standard true.",
            "false",
        ),
    ],
};

/// `[[kolumn]]` in region.toml: one column of the activity tables.
pub static COLUMN: TableSpec = TableSpec {
    name: "[[kolumn]]",
    what: || t!("load-table-column"),
    about: "En kolumn i aktivitetstabellerna.",
    column_fields: false,
    keys: &[
        key(
            "falt",
            Text,
            Yes,
            "Aktivitetsnyckeln som fyller kolumnen: text, ansvarig, tid, rapportering eller ett eget namn (a-z, 0-9, _).",
            "\"ansvarig\"",
        ),
        key(
            "rubrik",
            Text,
            Yes,
            "Kolumnens rubrik i tabellhuvudet.",
            "\"Ansvarig\"",
        ),
        key(
            "bredd",
            Number,
            No,
            "Relativ bredd; bredd = 2 är dubbelt så bred som bredd = 1. Standard 1.",
            "2.3",
        ),
        key(
            "obligatorisk",
            Bool,
            No,
            "Om varje aktivitet måste fylla i kolumnen. Standard true.",
            "false",
        ),
    ],
};

/// `[metadata]` in region.toml: the document's information block.
pub static METADATA: TableSpec = TableSpec {
    name: "[metadata]",
    what: || t!("load-table-metadata"),
    about: "Uppgifterna om handlingen: vilka, i vilken ordning och var.",
    column_fields: false,
    keys: &[
        key(
            "placering",
            Choice(&["först", "sist"]),
            No,
            "\"först\": en tabell överst på sidan ett; \"sist\": ett block i slutet. Standard \"först\".",
            "\"sist\"",
        ),
        key(
            "falt",
            TextList,
            No,
            "Metadatafälten som visas, i ordning (nycklar i plan.toml).",
            "[\"dokument_id\", \"version\", \"godkant_datum\"]",
        ),
        key(
            "rubrik",
            Text,
            No,
            "Rubrik över blocket när placering = \"sist\".",
            "\"Information om handlingen\"",
        ),
        key(
            "etiketter",
            TextMap(MapKeys::MetadataFields),
            No,
            "Andra etiketter än standard, per fält.",
            "[metadata.etiketter]\ngaller_for = \"Gäller för verksamhet\"",
        ),
    ],
};

/// `[tema]` in region.toml: visual identity.
pub static THEME: TableSpec = TableSpec {
    name: "[tema]",
    what: || t!("load-table-theme"),
    about: "Organisationens visuella identitet.",
    column_fields: false,
    keys: &[
        key(
            "accentfarg",
            Text,
            No,
            "Färg för rubriker och tabellhuvud, som #rrggbb.",
            "\"#005a8c\"",
        ),
        key(
            "typsnitt",
            Text,
            No,
            "Typsnittsfamilj: den inbyggda \"Noto Sans\" eller en familj ur typsnittsfiler.",
            "\"Noto Sans\"",
        ),
        key(
            "typsnittsfiler",
            TextList,
            No,
            "Egna typsnittsfiler, relativt mappen med region.toml.",
            "[\"typsnitt/Arial.ttf\"]",
        ),
        key(
            "logotyp",
            Text,
            No,
            "Logotyp (SVG, PNG eller JPEG) överst till höger på sidan ett.",
            "\"logotyp.svg\"",
        ),
        key(
            "logotyp_alttext",
            Text,
            No,
            "Logotypens alternativtext, som skärmläsare läser upp; krävs när logotyp är satt.",
            "\"Region Norrbotten\"",
        ),
    ],
};

/// `plan.toml`: one plan period's document.
pub static PLAN: TableSpec = TableSpec {
    name: super::layout::PLAN_FILE,
    what: || t!("load-table-plan"),
    about: "En planperiods handling: titel, uppgifter, avsnitt, bilagor och områdenas ordning.",
    column_fields: false,
    keys: &[
        key(
            "titel",
            Text,
            Yes,
            "Handlingens titel.",
            "\"Handlingsplan 2022 för Läkemedelsplan Region Norrbotten\"",
        )
        .next(NextPeriod::RenamePeriod),
        key(
            "period",
            Period,
            Yes,
            "Året eller åren planen gäller.",
            "\"2022\"",
        )
        .next(NextPeriod::Period),
        key(
            "handlingstyp",
            Text,
            ByMetadata,
            "Typ av handling.",
            "\"Handlingsplan\"",
        ),
        key(
            "galler_for",
            Text,
            ByMetadata,
            "Verksamheten handlingen gäller för.",
            "\"Region Norrbotten\"",
        ),
        key(
            "dokument_id",
            Text,
            ByMetadata,
            "Dokumentets id i dokumenthanteringen.",
            "\"ARBGRP824-1979110336-92\"",
        ),
        key("version", Text, ByMetadata, "Versionsnummer.", "\"1.0\"")
            .next(NextPeriod::Start("1.0")),
        key(
            "godkant_datum",
            Date,
            OnApproval,
            "Dagen handlingen godkändes; också PDF:ens datum. Saknas den är planen inte godkänd än (en varning).",
            "2021-12-09",
        )
        .next(NextPeriod::Remove),
        key(
            "godkand_av",
            Text,
            ByMetadata,
            "Vem som godkände handlingen.",
            "\"Regionstyrelsen\"",
        ),
        key(
            "ansvarig",
            Text,
            ByMetadata,
            "Ansvarig för handlingen.",
            "\"Pia Näsvall\"",
        ),
        key(
            "innehallsansvar",
            Text,
            ByMetadata,
            "Vem som ansvarar för innehållet.",
            "\"Läkemedelsstrateg\"",
        ),
        key(
            "upprattad_av",
            Text,
            ByMetadata,
            "Vem som upprättade handlingen.",
            "\"Anders Bergström\"",
        ),
        key(
            "giltig_fran",
            Date,
            ByMetadata,
            "Första dagen handlingen gäller.",
            "2022-01-01",
        )
        .next(NextPeriod::FirstDay),
        key(
            "giltig_till",
            Date,
            ByMetadata,
            "Sista dagen handlingen gäller.",
            "2022-12-31",
        )
        .next(NextPeriod::LastDay),
        key(
            "nyckelord",
            TextList,
            No,
            "Extra nyckelord i PDF:ens egenskaper.",
            "[\"läkemedelsplan\"]",
        ),
        key(
            "aktiviteter_rubrik",
            Text,
            No,
            "Rubrik över strategiområdena. Standard \"Aktiviteter\". En tom text (\"\") ger ingen rubrik: områdena blir då rubriker på samma nivå som avsnitten.",
            "\"Aktiviteter\"",
        ),
        key(
            "omraden",
            TextList,
            Yes,
            "Strategiområdena i ordning: filnamn i omraden/ utan \".toml\".",
            "[\"ratt-lakemedelsbehandling\", \"ekonomiskt-mal\"]",
        ),
        key(
            "avsnitt",
            Tables(&SECTION),
            No,
            "Löptextavsnitt, i ordning.",
            "[[avsnitt]]\nrubrik = \"Syfte\"\ntext = \"…\"",
        ),
        key(
            "bilaga",
            Tables(&APPENDIX),
            No,
            "Bilagor efter allt annat i dokumentet, numrerade i ordning (Bilaga 1, Bilaga 2 …) och med i innehållsförteckningen.",
            "[[bilaga]]\nrubrik = \"Ordlista\"\nfil = \"ordlista.md\"",
        ),
        key(
            "andring",
            Tables(&CHANGE),
            No,
            "Ändringsförteckningen: handlingens versioner, äldst först. En ny periods plan börjar utan.",
            "[[andring]]\nversion = \"1.1\"\ndatum = 2026-03-01\nbeskrivning = \"…\"",
        )
        .next(NextPeriod::Remove),
    ],
};

/// `[[andring]]` in plan.toml: one version in the document's change log.
pub static CHANGE: TableSpec = TableSpec {
    name: "[[andring]]",
    what: || t!("load-table-change"),
    about: "En version i ändringsförteckningen.",
    column_fields: false,
    keys: &[
        key("version", Text, Yes, "Versionens nummer.", "\"1.1\""),
        key(
            "datum",
            Date,
            Yes,
            "Dagen versionen fastställdes.",
            "2026-03-01",
        ),
        key(
            "av",
            Text,
            No,
            "Vem som gjorde ändringen.",
            "\"Läkemedelskommittén\"",
        ),
        key(
            "beskrivning",
            Markdown,
            Yes,
            "Vad som ändrades.",
            "\"Ny aktivitet [](#beredskapslager).\"",
        ),
    ],
};

/// `[[avsnitt]]` in plan.toml: a titled prose section.
pub static SECTION: TableSpec = TableSpec {
    name: "[[avsnitt]]",
    what: || t!("load-table-section"),
    about: "Ett avsnitt med rubrik och löptext.",
    column_fields: false,
    keys: &[
        key("rubrik", Text, Yes, "Avsnittets rubrik.", "\"Syfte\""),
        key(
            "text",
            Markdown,
            No,
            "Avsnittets text (text eller fil krävs).",
            "\"Att tydliggöra regionens mål …\"",
        ),
        key(
            "fil",
            Text,
            No,
            "En .md-fil bredvid plan.toml med avsnittets text, i stället för text.",
            "\"inledning.md\"",
        ),
        key(
            "placering",
            Choice(&["före", "efter"]),
            No,
            "Före eller efter strategiområdena. Standard \"före\".",
            "\"efter\"",
        ),
    ],
};

/// `[[bilaga]]` in plan.toml: a numbered appendix at the end of the document.
pub static APPENDIX: TableSpec = TableSpec {
    name: "[[bilaga]]",
    what: || t!("load-table-appendix"),
    about: "En bilaga med rubrik och löptext; rubriken skrivs ut som \"Bilaga 1 Ordlista\".",
    column_fields: false,
    keys: &[
        key(
            "rubrik",
            Text,
            Yes,
            "Bilagans rubrik, efter \"Bilaga 1\".",
            "\"Ordlista\"",
        ),
        key(
            "text",
            Markdown,
            No,
            "Bilagans text (text eller fil krävs).",
            "\"**Läkemedelsgenomgång:** …\"",
        ),
        key(
            "fil",
            Text,
            No,
            "En .md-fil bredvid plan.toml med bilagans text, i stället för text.",
            "\"ordlista.md\"",
        ),
    ],
};

/// `omraden/<namn>.toml`: one strategy area.
pub static AREA: TableSpec = TableSpec {
    name: "omraden/<namn>.toml",
    what: || t!("load-table-area"),
    about: "Ett strategiområde med sin tabell av aktiviteter.",
    column_fields: false,
    keys: &[
        key(
            "rubrik",
            Text,
            Yes,
            "Områdets rubrik.",
            "\"Rätt läkemedelsbehandling\"",
        ),
        key(
            "inledning",
            Markdown,
            No,
            "Mål eller inledning före tabellen.",
            "\"År 2022 ska …\"",
        ),
        key(
            "kolumnrubriker",
            TextMap(MapKeys::ColumnFields),
            No,
            "Andra kolumnrubriker i just detta område, per fält.",
            "[kolumnrubriker]\ntext = \"Aktivitet/Mål\"",
        ),
        key(
            "aktivitet",
            Tables(&ACTIVITY),
            Yes,
            "Aktiviteterna, i ordning.",
            "[[aktivitet]]\ntext = \"…\"\nansvarig = \"…\"",
        ),
    ],
};

/// `[[aktivitet]]` in an area file: one row of the area's table.
pub static ACTIVITY: TableSpec = TableSpec {
    name: "[[aktivitet]]",
    what: || t!("load-table-activity"),
    about: "En aktivitet: en rad i områdets tabell. Dessutom regionens egna kolumnfält.",
    column_fields: true,
    keys: &[
        key(
            "id",
            Text,
            No,
            "Stabilt id (a-z, 0-9, -), unikt i planen.",
            "\"lakemedelsgenomgangar\"",
        ),
        key(
            "titel",
            Text,
            No,
            "Kort titel i fetstil före texten.",
            "\"Läkemedelsgenomgångar\"",
        ),
        key(
            "text",
            Markdown,
            No,
            "Aktiviteten själv (text, titel eller delar krävs).",
            "\"Upprätthåll färre än 250 antibiotikarecept …\"",
        ),
        key(
            "per_ar",
            TextMap(MapKeys::Years),
            No,
            "Vad som händer varje år i en flerårig plan.",
            "[aktivitet.per_ar]\n2026 = \"Verktyget införs.\"",
        )
        .next(NextPeriod::YearsInPeriod),
        key(
            "ansvarig",
            Bodies,
            ByColumn,
            "Vem som ansvarar; en lista ger en rad per post.",
            "\"Verksamhetscheferna\"",
        ),
        key("tid", Lines, ByColumn, "När.", "\"December\""),
        key(
            "rapportering",
            Bodies,
            ByColumn,
            "Till vem det rapporteras.",
            "[\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]",
        ),
        key(
            "status",
            Choice(&["ny", "reviderad", "fortsätter", "avslutad", "inställd"]),
            No,
            "Var aktiviteten står: ny, reviderad eller fortsätter från förra perioden; avslutad eller inställd (kräver status_datum).",
            "\"avslutad\"",
        )
        .next(NextPeriod::Mark("fortsätter")),
        key(
            "status_datum",
            Date,
            No,
            "Dagen aktiviteten avslutades eller ställdes in (bara med status avslutad eller inställd).",
            "2022-06-30",
        )
        .next(NextPeriod::Remove),
        key(
            "status_kommentar",
            Text,
            No,
            "En kort kommentar om hur aktiviteten avslutades eller varför den ställdes in.",
            "\"Målet nåddes i juni.\"",
        )
        .next(NextPeriod::Remove),
        key(
            "mal",
            TextList,
            No,
            "Id:n för de mål i regionens mal.toml som aktiviteten tjänar; dokumentet visar dem vid aktiviteten och under Mål och aktiviteter.",
            "[\"farre-antibiotikarecept\"]",
        ),
        key(
            "del",
            Tables(&PART),
            No,
            "Delar med egen text, ansvarig och tid, i samma rad.",
            "[[aktivitet.del]]\ntext = \"…\"\nansvarig = \"…\"",
        ),
    ],
};

/// `[[aktivitet.del]]`: a part of an activity with its own column values.
pub static PART: TableSpec = TableSpec {
    name: "[[aktivitet.del]]",
    what: || t!("load-table-part"),
    about: "En del av en aktivitet. Dessutom regionens egna kolumnfält.",
    column_fields: true,
    keys: &[
        key(
            "text",
            Markdown,
            Yes,
            "Delens text.",
            "\"50 % av patienterna …\"",
        ),
        key(
            "ansvarig",
            Bodies,
            ByColumn,
            "Vem som ansvarar för delen.",
            "\"Verksamhetscheferna\"",
        ),
        key("tid", Lines, ByColumn, "När.", "\"Löpande\""),
        key(
            "rapportering",
            Bodies,
            ByColumn,
            "Till vem det rapporteras.",
            "\"Kunskapsstyrningsrådet\"",
        ),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{
        ChangeLogPlacement, MetadataPlacement, Numbering, RoundStatus, StatusKind, StatusMarker,
    };

    /// The values the format allows for `name` in `table`.
    fn choices(table: &TableSpec, name: &str) -> &'static [&'static str] {
        match table.key(name).map(|k| &k.kind) {
            Some(Choice(values)) => values,
            other => panic!("{} {name} is {other:?}, not a choice", table.name),
        }
    }

    /// How the model writes each of its values.
    fn written<T: Copy>(all: &[T], key: fn(T) -> &'static str) -> Vec<&'static str> {
        all.iter().map(|v| key(*v)).collect()
    }

    /// The model's enums are written as exactly the values the format lists,
    /// in the same order, so that what diff, schema and the loader spell agrees.
    #[test]
    fn the_models_values_are_the_formats_choices() {
        assert_eq!(
            written(Numbering::ALL, Numbering::key),
            choices(&REGION, "numrering")
        );
        assert_eq!(
            written(ChangeLogPlacement::ALL, ChangeLogPlacement::key),
            choices(&REGION, "andringsforteckning")
        );
        assert_eq!(
            written(MetadataPlacement::ALL, MetadataPlacement::key),
            choices(&METADATA, "placering")
        );
        assert_eq!(
            written(StatusMarker::ALL, StatusMarker::key),
            choices(&STATUS, "markering")
        );
        assert_eq!(
            written(&StatusKind::ALL, StatusKind::key),
            choices(&ACTIVITY, "status")
        );
        assert_eq!(
            written(RoundStatus::ALL, RoundStatus::key),
            choices(&super::super::ROUND_ACTIVITY, "status")
        );
    }
}

//! Deterministic synthetic plans of any size, for the benchmark harness and the scale tests.
//!
//! A plan of `n` activities gets about one strategy area per 50 activities
//! (at least 4), Norrbotten's four columns, and text of the lengths the real
//! Norrbotten plan has, on the heavy side (about 160 characters of activity
//! text and 320 in all per activity; that plan has 104 and 215, and 1 000
//! activities make 141 pages): one or two sentences, some
//! activities in parts, one to three responsible units, up to five
//! recipients, now and then a link, a bold phrase or a list. The same `n`
//! always gives the same files.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }

    /// One to `most` distinct items of `items`, in the order they came up.
    fn several<'a>(&mut self, items: &[&'a str], most: usize) -> Vec<&'a str> {
        let count = 1 + self.below(most);
        let mut chosen = Vec::new();
        while chosen.len() < count.min(items.len()) {
            let item = self.pick(items);
            if !chosen.contains(&item) {
                chosen.push(item);
            }
        }
        chosen
    }
}

const OPENINGS: &[&str] = &[
    "Verksamheterna i division Nära styr mot egna läkemedelsmål",
    "Andelen patienter över 75 år med fler än fem läkemedel ska minska",
    "Fördjupade läkemedelsgenomgångar med apotekare genomförs",
    "Förskrivningen av antibiotika följs upp per vårdenhet",
    "Läkemedelsberättelsen journalförs i samband med utskrivning",
    "Beredskapslagret av kritiska läkemedel inventeras",
    "Rutinerna för läkemedelshantering i slutenvården revideras",
    "Kostnadsutvecklingen för läkemedel inom förmånen analyseras",
    "Utbildningsinsatser om jämlik läkemedelsbehandling genomförs",
    "Dosdispenseringen av läkemedel utvärderas tillsammans med kommunerna",
];

const CLAUSES: &[&str] = &[
    "anpassade till respektive verksamhet och dess patientgrupper",
    "i enlighet med Socialstyrelsens föreskrifter HSLF-FS 2017:37",
    "med stöd av Läkemedelskommitténs terapigrupper och Strama",
    "så att läkemedelsanvändningen blir säker, effektiv och kostnadseffektiv",
    "där resultaten redovisas i verksamheternas månadsrapporter",
    "i samverkan med kommunernas hälso- och sjukvård",
    "med särskilt fokus på sköra äldre och multisjuka patienter",
    "och avvikelser analyseras i Kunskapsstyrningsrådet",
];

const RESPONSIBLE: &[&str] = &[
    "Verksamhetscheferna",
    "Läkemedelskommittén",
    "Funktionsområde Läkemedel, Vårdsäkerhet",
    "Strama",
    "Divisionschef Nära",
    "Medicinskt ansvarig sjuksköterska",
    "Hälso- och sjukvårdsdirektören",
];

const WHEN: &[&str] = &[
    "December",
    "Löpande",
    "Januari, maj, september",
    "Kvartalsvis",
    "Senast 30 juni",
    "Under perioden",
];

const RECIPIENTS: &[&str] = &[
    "Kunskapsstyrningsrådet",
    "LSG Läkemedel och Patientsäkerhet",
    "Divisionsstaber för Länssjukvård 1 och 2, Funktion, Psykiatri och Nära",
    "Divisionsstab för Nära",
    "Läkemedelskommittén",
    "Regionledningen",
    "Hälso- och sjukvårdsnämnden",
    "Patientsäkerhetsrådet",
];

/// Writes the plan with `activities` activities under `root` and returns
/// its plan folder (`root/synt/<activities>`).
pub fn write_plan(root: &Path, activities: usize) -> PathBuf {
    let region = root.join("synt");
    let plan = region.join(activities.to_string());
    std::fs::create_dir_all(plan.join("omraden")).expect("create the synthetic plan folder");
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15 ^ activities as u64);
    let areas = (activities / 50).max(4);
    write(&region.join("region.toml"), REGION);
    write(&plan.join("plan.toml"), &plan_toml(activities, areas));
    for area in 1..=areas {
        let count = activities / areas + usize::from(area <= activities % areas);
        let text = area_toml(&mut rng, area, count);
        write(&plan.join(format!("omraden/omrade-{area}.toml")), &text);
    }
    plan
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("write {}: {e}", path.display()));
}

const REGION: &str = r##"organisation = "Region Syntetisk"
kortnamn = "synt"
numrering = "1.1"
innehallsforteckning = true
pdfstandard = ["ua-1", "a-2a"]

[[kolumn]]
falt = "text"
rubrik = "Aktivitet"
bredd = 3.3

[[kolumn]]
falt = "ansvarig"
rubrik = "Ansvarig"
bredd = 2.3

[[kolumn]]
falt = "tid"
rubrik = "Tid"
bredd = 1.3

[[kolumn]]
falt = "rapportering"
rubrik = "Rapportering"
bredd = 2.4

[metadata]
placering = "först"
falt = ["galler_for", "version", "godkant_datum", "ansvarig"]

[tema]
accentfarg = "#005a8c"
typsnitt = "Noto Sans"
"##;

fn plan_toml(activities: usize, areas: usize) -> String {
    let names: Vec<String> = (1..=areas)
        .map(|a| format!("  \"omrade-{a}\",\n"))
        .collect();
    format!(
        r#"titel = "Handlingsplan med {activities} aktiviteter"
handlingstyp = "Handlingsplan"
period = "2026"
galler_for = "Region Syntetisk"
version = "1.0"
godkant_datum = 2026-01-15
ansvarig = "Förnamn Efternamn"
omraden = [
{names}]

[[avsnitt]]
rubrik = "Syfte"
text = """
Att tydliggöra regionens mål för läkemedelsområdet under perioden.

Planen omfattar **alla divisioner** och staber och följs upp i \
[Kunskapsstyrningsrådet](https://example.se/ksr).
"""
"#,
        names = names.concat()
    )
}

fn area_toml(rng: &mut Rng, area: usize, count: usize) -> String {
    let mut text = format!(
        "rubrik = \"Strategiområde {area}: {}\"\n",
        rng.pick(OPENINGS)
    );
    if rng.chance(30) {
        let _ = writeln!(text, "inledning = \"{}.\"", sentence(rng));
    }
    for i in 1..=count {
        text.push_str(&activity_toml(rng, area, i));
    }
    text
}

fn activity_toml(rng: &mut Rng, area: usize, i: usize) -> String {
    let mut text = format!("\n[[aktivitet]]\nid = \"a{area}-{i}\"\n");
    let rapportering = quoted_list(&rng.several(RECIPIENTS, 5));
    if rng.chance(15) {
        let _ = writeln!(text, "rapportering = {rapportering}");
        for _ in 0..2 + rng.below(2) {
            let _ = write!(
                text,
                "\n[[aktivitet.del]]\ntext = \"{}.\"\nansvarig = {}\ntid = \"{}\"\n",
                sentence(rng),
                quoted_list(&rng.several(RESPONSIBLE, 2)),
                rng.pick(WHEN),
            );
        }
        return text;
    }
    let _ = write!(
        text,
        "text = \"\"\"\n{}\n\"\"\"\nansvarig = {}\ntid = \"{}\"\nrapportering = {rapportering}\n",
        activity_text(rng),
        quoted_list(&rng.several(RESPONSIBLE, 3)),
        rng.pick(WHEN),
    );
    text
}

/// One or two sentences, now and then with a bold phrase, a link or a list.
fn activity_text(rng: &mut Rng) -> String {
    let sentences: Vec<String> = (0..1 + rng.below(2)).map(|_| sentence(rng)).collect();
    let mut text = sentences.join(". ") + ".";
    match rng.below(10) {
        0 => text.push_str(" Se **särskilt** uppföljningen per division."),
        1 => {
            text.push_str(" Underlag finns på [regionens webbplats](https://example.se/lakemedel).")
        }
        2 => text.push_str("\n\n- Nulägesanalys\n- Åtgärdsplan\n- Uppföljning"),
        _ => {}
    }
    text
}

fn sentence(rng: &mut Rng) -> String {
    let mut s = rng.pick(OPENINGS).to_owned();
    for _ in 0..rng.below(2) {
        s.push(' ');
        s.push_str(rng.pick(CLAUSES));
    }
    s
}

fn quoted_list(items: &[&str]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("\"{s}\"")).collect();
    format!("[{}]", quoted.join(", "))
}

//! TOML syntax mistakes: the whole message an author sees for each kind, in Swedish, with its place and hint.

mod common;

use common::{AREA, PLAN, REGION, TempPlan};
use insta::assert_snapshot;

/// The problems of the minimal plan with `from` replaced by `to` in the
/// file named by `file` (region, plan or area).
fn with(file: &str, from: &str, to: &str) -> String {
    let edit = |name: &str, text: &str| {
        if name != file {
            return text.to_owned();
        }
        assert!(text.contains(from), "{name} has no {from:?}");
        text.replacen(from, to, 1)
    };
    let (region, plan, area) = (
        edit("region", REGION),
        edit("plan", PLAN),
        edit("area", AREA),
    );
    TempPlan::with(&region, &plan, &[("forsta", &area)]).problems()
}

macro_rules! mistakes {
    ($($name:ident: $file:literal, $from:expr => $to:expr;)*) => {$(
        #[test]
        fn $name() {
            assert_snapshot!(with($file, $from, &$to));
        }
    )*};
}

const TID: &str = "tid = \"December\"";
const LIST: &str = "rapportering = [\"LSG Läkemedel\", \"Kunskapsstyrningsrådet\"]";

mistakes! {
    unquoted_text: "area", TID => "tid = December";
    unquoted_text_in_a_list: "area", LIST => "rapportering = [LSG, \"Kunskapsstyrningsrådet\"]";
    unquoted_date: "plan", "godkant_datum = 2025-12-01" => "godkant_datum = 2025/12/01";
    missing_value: "area", TID => "tid =";
    unclosed_text: "area", TID => "tid = \"December";
    unclosed_long_text: "area", "text = \"Göra något viktigt.\"" => "text = \"\"\"\nGöra något viktigt.";
    missing_opening_quote: "area", TID => "tid = December\"";
    control_character: "area", TID => "tid = \"Dec\u{1}ember\"";
    bad_escape: "area", TID => "tid = \"December, se C:\\Planer\"";
    bad_unicode_escape: "area", TID => "tid = \"December \\u12\"";
    multi_line_key: "area", TID => "\"\"\"tid\"\"\" = \"December\"";
    bad_key_character: "area", TID => "tid? = \"December\"";
    empty_key: "area", TID => "= \"December\"";
    empty_table_name: "area", "[[aktivitet]]" => "[[]]";
    key_without_value: "area", TID => "tid December";
    key_with_space: "area", TID => "status datum = 2026-03-01";
    missing_table_open: "area", "[[aktivitet]]" => "aktivitet]]";
    unclosed_table: "region", "[metadata]" => "[metadata";
    unclosed_array_table: "area", "[[aktivitet]]" => "[[aktivitet]";
    extra_content: "area", TID => "tid = \"December\", \"Mars\"";
    header_extra: "area", "[[aktivitet]]" => "[[aktivitet]] id = \"forsta\"";
    extra_equals: "area", TID => "tid == \"December\"";
    unclosed_list: "area", LIST => LIST.trim_end_matches(']');
    list_comma: "area", LIST => LIST.replace(',', "");
    list_extra_comma: "area", LIST => LIST.replace(',', ",,");
    list_equals: "area", LIST => "rapportering = [\"LSG Läkemedel\" = 1]";
    unmatched_close: "area", TID => "tid = }";
    inline_table_unclosed: "area", LIST => "rapportering = { text = \"LSG Läkemedel\"";
    inline_table_entry: "area", TID => "tid = { text = \"December\" = 1 }";
    leading_zero: "region", "bredd = 3" => "bredd = 03";
    bad_number: "region", "bredd = 3" => "bredd = 3__0";
    bad_boolean: "area", TID => "tid = True";
    bad_date: "plan", "godkant_datum = 2025-12-01" => "godkant_datum = 2025-02-29";
    duplicate_key: "area", TID => format!("{TID}\n\nansvarig = \"Läkemedelskommittén\"");
    duplicate_table: "region", "[metadata]" => "[metadata]\n\n[metadata]";
    subtable_first: "area", "[[aktivitet]]" => "[aktivitet.per_ar]\n2026 = \"Införs.\"\n\n[[aktivitet]]";
    key_already_value: "area", TID => format!("{TID}\ntid.text = \"Mars\"");
    too_deep: "area", TID => format!("tid = {}\"December\"{}", "[".repeat(200), "]".repeat(200));
}

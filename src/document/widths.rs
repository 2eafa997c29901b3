//! Column widths that fit what cannot wrap: dates, numbers, status labels and the pieces of broken words stay inside their column.
//!
//! A word without letters ("2022-05-01", "1.12") is never hyphenated, and a
//! status label is drawn as one unbreakable box: in a narrow column either
//! would run into the next one. Each column is widened, in every table
//! alike, until the widest such piece fits (at most half the page).

use super::AreaDoc;
use super::height::{text_width, widen_to};
use crate::model::{Region, StatusMarker};

/// How much smaller a status label's text is than the table's (7 pt to 9
/// pt), and the label box's insets and stroke on both sides, in points.
const LABEL_SCALE: f64 = 7.0 / 9.0;
const LABEL_BOX: f64 = 7.0;
/// How far a list item's text stands in from its cell's edge, in points
/// (the template's `bullet-indent`).
const LIST_MARKER: f64 = 9.0;

/// Widens the columns of every table so that what cannot wrap fits.
pub(super) fn fit_columns(areas: &mut [AreaDoc], region: &Region) {
    let count = areas.first().map_or(0, |area| area.columns.len());
    let status_column = (region.status.marker == StatusMarker::Column)
        .then(|| count.checked_sub(1))
        .flatten();
    // Every column holds at least a piece of a word broken to fit (three
    // wide letters and its hyphen) beside a list item's marker.
    let mut need = vec![text_width("mmm-") + LIST_MARKER; count];
    for area in areas.iter() {
        for activity in &area.activities {
            for cell in activity.rows.iter().flatten() {
                let column = &mut need[cell.column];
                let mut widest = |width: f64| *column = column.max(width);
                cell.body.for_each_text(&mut |text| {
                    (text.split_whitespace())
                        .filter(|word| !word.chars().any(char::is_alphabetic))
                        .for_each(|word| widest(text_width(word)));
                });
                cell.label.as_deref().map(text_width).map(&mut widest);
                if let Some(label) = &cell.status {
                    widest(text_width(label) * LABEL_SCALE + LABEL_BOX);
                }
                if Some(cell.column) == status_column {
                    let label = activity.status.as_ref().map(|s| s.label.as_str());
                    label
                        .into_iter()
                        .flat_map(str::split_whitespace)
                        .for_each(|w| widest(text_width(w)));
                }
            }
        }
    }
    for (k, need) in need.into_iter().enumerate() {
        for area in areas.iter_mut() {
            let others: f64 = (area.columns.iter().enumerate())
                .filter(|(j, _)| *j != k)
                .map(|(_, c)| c.width)
                .sum();
            area.columns[k].width = widen_to(area.columns[k].width, others, need);
        }
    }
}

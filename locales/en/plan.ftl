## plan
## The loader's checks of region.toml, plan.toml, the area files and the
## Markdown in plan text.

## Shared by several checks

# $near: the known name closest to what was written.
plan-did-you-mean = did you mean `{ $near }`?
# $key: a column key or metadata key, e.g. ansvarig.
plan-required-here = `{ $key }` is required here
plan-named-here = named here

## Area files (omraden/*.toml)

# A note under the first "unknown key" message of an area file;
# $count: how many other activities write the same key.
plan-same-unknown-key = { $count ->
    [one] the same key is written in 1 more activity of this file
   *[other] the same key is written in { $count } more activities of this file
}
# $columns: the region's column keys, comma-separated.
plan-heading-unknown-key = unknown key `{ $key }` in [kolumnrubriker]
    .label = not a column of this region
    .hint = `{ $key }` is not one of this region's columns ({ $columns }); columns are set in region.toml
plan-field-on-activity-and-part = `{ $key }` is set both on the activity and on this part
    .label = set on the part
    .activity = set on the activity
    .hint = keep it on the activity when it is shared by all parts, otherwise on each part
plan-activity-no-text = this activity has no `text`
    .hint = add a line: text = "Beskriv aktiviteten här" (or a titel, or parts [[aktivitet.del]])
# Ends the hints about a missing required column; $key: the column's key.
plan-column-may-be-optional = if this column may stay empty, set obligatorisk = false on its [[kolumn]] (falt = "{ $key }") in region.toml
# $heading: the column's heading in the table.
# $optional: the message plan-column-may-be-optional.
plan-part-missing-field = this part has no `{ $key }`, which the column "{ $heading }" needs
    .hint = add { $key } = "…" to the part, or once to the activity if all parts share it; { $optional }
plan-activity-missing-field = this activity has no `{ $key }`, which the column "{ $heading }" needs
    .hint = add a line: { $key } = "…"; { $optional }
# $year: the key as written; $period: the plan's period, e.g. 2026–2027;
# $first: the period's first year.
plan-year-not-in-period = `{ $year }` is not a year of this plan's period ({ $period })
    .label = not in the period
    .hint = use the years of `period` in plan.toml as keys, e.g. { $first } = "…"
plan-empty-required-field = fill it in, e.g. { $key } = "…"
plan-empty-optional-field = the column "{ $heading }" may stay empty: delete this line, or fill it in
# $key: the key folded to a-z; $columns: the region's column keys.
plan-key-without-swedish-letters = keys are written without å, ä and ö: `{ $key }`; the region's columns are { $columns }
plan-no-such-column = this region's tables have no `{ $key }` column; its columns are { $columns } (see region.toml)
plan-invalid-id = "{ $id }" is not a valid id
    .label = ids may only hold a-z, 0-9 and -
    .hint = write ids like id = "lakemedelsgenomgangar-2022" (no spaces or å, ä, ö)
plan-duplicate-id = the id "{ $id }" is used twice
    .label = second use
    .first = first use
    .hint = ids must be unique in the plan; rename one of them

## The area list `omraden` in plan.toml

plan-too-many-areas = a plan may have at most { $max } areas
    .label = one too many
    .hint = split the plan, or merge areas
# $file: the area file's path as shown to the user.
plan-no-area-file = no area file { $file }
    .hint = area files live in omraden/ beside plan.toml and are listed without ".toml"
plan-listed-here = listed here
# What could not be read, in "… not found" and similar messages.
plan-area-file = area file
# $stem: the area file's name without ".toml".
plan-unlisted-area = { $file } is not listed in `omraden` in plan.toml
    .label = the areas listed
    .hint = add "{ $stem }" to `omraden` where the area belongs, or delete the file
# $count: the plan's table rows; $max: the largest number supported.
plan-too-many-activities = { $count ->
    [one] the plan has { $count } activity (counting parts); at most { $max } are supported
   *[other] the plan has { $count } activities (counting parts); at most { $max } are supported
}
    .hint = split it into several plans; a handlingsplan normally has tens of activities
plan-area-listed-twice = the area "{ $key }" is listed twice
    .label = listed again
    .hint = each area appears once in `omraden`
plan-not-an-area-name = "{ $key }" is not an area file name
    .label = not a file name in omraden/
    .hint = list area files by name without ".toml", made of letters (å, ä, ö are fine), digits, "-" and "_", e.g. "ratt-lakemedelsbehandling" or "ekonomiskt-mål"; replace spaces and dots with "-"

## plan.toml

plan-valid-to-before-from = `giltig_till` ({ $to }) is before `giltig_fran` ({ $from })
    .label = ends before it starts
    .hint = check the years: a plan is valid from giltig_fran up to and including giltig_till
plan-not-a-period = "{ $text }" is not a plan period
    .label = expected a year or a span of years
    .hint = write period = "2022" or period = "2026–2027": four-digit years ({ $min }–{ $max }), at most { $years } in a row
# $table: the table's key, avsnitt or bilaga.
plan-section-text-and-file = { $table ->
        [bilaga] an appendix
       *[other] a section
    } has either `text` or `fil`, not both
    .label = remove one of them
    .hint = `text` holds the Markdown itself; `fil` names a .md file beside plan.toml
plan-section-no-text = this [[{ $table }]] has no `text` (or `fil`)
    .hint = add text = "…", or fil = "{ $table }.md" naming a Markdown file beside plan.toml
plan-section-file-outside = keep { $table ->
        [bilaga] appendix
       *[other] section
    } files beside plan.toml
# $label: the metadata field's label in the document, e.g. Gäller för.
# $example: a line of TOML, e.g. version = "…".
plan-missing-shown-metadata = plan.toml is missing `{ $key }`, which the region shows as "{ $label }"
    .hint = add a line: { $example }
# The region shows godkant_datum but the plan has none: it is not approved yet (a warning).
plan-not-approved = the plan is not approved yet: plan.toml is missing `{ $key }`, which the region shows as "{ $label }"
    .label = `{ $key }` is filled in when the plan is approved
    .hint = add the day the plan is approved, e.g. { $example } (the PDF is dated with it); until then the plan is a draft, and every page and output says UTKAST

## Activity status

# $status: avslutad or inställd, as written in the plan.
plan-status-without-date = this activity is marked "{ $status }" but has no `status_datum`
    .hint = { $status ->
        [avslutad] add the day it was finished: status_datum = { $date }
       *[other] add the day it was cancelled: status_datum = { $date }
    }
plan-status-not-ended = `{ $key }` is only for activities that are finished or cancelled
    .label = this activity has not ended
    .hint = set status = "avslutad" or status = "inställd" on this activity, or remove `{ $key }`

## Markdown in plan text, and references to activities

plan-markdown-error-label = here
plan-markdown-warning-label = shown differently
plan-unknown-reference = no activity has the id "{ $id }"
    .label = unknown id
    .hint = a reference names an activity by its id: give the activity id = "{ $id }" in its [[aktivitet]], or correct the reference
plan-reference-did-you-mean = did you mean [](#{ $near })?
plan-hidden-reference = the reference to "{ $id }" prints as "{ $text }", without a link: the activity is not shown in the plan's documents
    .label = this activity is { $status } and not shown
    .hint = the activity is hidden because it has ended ({ $status }) and the region hides ended activities (visa_avslutade = false in region.toml): remove the reference, or show ended activities with visa_avslutade = true
plan-unexplained-abbreviation = the abbreviation "{ $abbreviation }" is not explained in the region's glossary
    .label = not in [forkortningar]
    .hint = add { $abbreviation } = "…" under [forkortningar] in region.toml, with what it stands for (Språklagen 11 § asks that abbreviations be explained); its first use is marked, the others are not warned about again

## The register of bodies ([[organ]] in region.toml)

# $name: the name as the plan writes it; $key: ansvarig or rapportering.
plan-unknown-organ = "{ $name }" in `{ $key }` is not in the region's register of bodies
    .label = not in the register
    .hint = add the body to region.toml: an [[organ]] with namn = "{ $name }", or write the name as an alias (alias = ["{ $name }"]) of the body it means
plan-organ-did-you-mean = did you mean "{ $near }"?
# $list: the value written as a TOML list.
plan-organ-as-list = write several bodies as a list: { $key } = { $list }
plan-organ-name-twice = the name "{ $name }" is in the register more than once
    .label = second time
    .first = first time
    .hint = a name, abbreviation or alias belongs to one body only: remove one of them

## The region's goals (mal.toml beside region.toml)

plan-goal-duplicate-id = the id "{ $id }" is used twice in mal.toml
    .label = second time
    .first = first time
    .hint = every goal and every indicator needs an id of its own; rename one of them
# $kind: the indicator's type; $expected: what the target value must be.
plan-goal-wrong-target = the target value of an indicator of type "{ $kind }" must be { $expected }
    .label = must be { $expected }
    .hint = write malvarde by type: a number for "antal" (malvarde = 250), a number from 0 to 100 for "andel" (malvarde = 80), true or false for "ja/nej", a text for "text"
    .count = a number
    .share = a number from 0 to 100 (percent)
    .yes-no = true or false
    .text = a text in quotes
plan-goal-direction-not-numeric = `riktning` does not fit an indicator of type "{ $kind }"
    .label = only for "antal" and "andel"
    .hint = remove riktning, or change typ to "antal" or "andel" if the indicator is a number
plan-goal-unknown-parent = `overordnat` = "{ $id }" is no goal in mal.toml
    .label = no goal with that id
plan-goal-parent-is-subgoal = "{ $id }" is itself a sub-goal and cannot have sub-goals
    .label = a sub-goal
    .hint = write the id of a goal without overordnat; sub-goals go one level deep only
plan-goal-did-you-mean = did you mean "{ $near }"?
plan-unknown-goal = the goal "{ $id }" is not in the region's mal.toml
    .label = no goal with that id
    .hint = the goals in mal.toml: { $ids }
plan-goals-missing = the activity names goals, but the region has no mal.toml
    .label = the region has no goals
    .hint = write the region's goals in mal.toml beside region.toml ([[mal]] with id and rubrik), or remove mal
## Follow-up rounds (uppfoljning/<round>.toml)

# $id: the activity's id as the round writes it.
plan-round-unknown-activity = no activity of the plan has the id "{ $id }"
    .label = unknown id
    .hint = the id must be an activity's id in the area files; `handlingsplan id` gives activities without one an id
plan-round-unknown-indicator = no indicator in the region's mal.toml has the id "{ $id }"
    .label = unknown id
    .hint = the indicators in mal.toml: { $ids }
# $kind: the indicator's type in mal.toml; $expected: what the value must be.
plan-round-wrong-value = the value of an indicator of type "{ $kind }" must be { $expected }
    .hint = write varde as the indicator's type in mal.toml says: a number for "antal", a number from 0 to 100 for "andel", true or false for "ja/nej", a text in quotes for "text"
plan-round-activity-twice = the activity "{ $id }" is followed up twice in the same round
plan-round-indicator-twice = the indicator "{ $id }" has two values in the same round
plan-round-twice-label = second time
plan-round-twice-first = first time
plan-round-twice-hint = merge the entries into one
# $key: datum or rapporterad; $period: the plan's period.
plan-round-date-outside = { $key } = { $date } lies outside the plan's period { $period }
    .label = outside the period
    .hint = a round follows the plan up during its period: a date from { $first } to { $last }
plan-round-status-label = does not agree with the area file
plan-round-status-activity = the activity in the plan
# $end: avslutad or inställd; $date: status_datum; $status: the round's status.
plan-round-status-ended-in-plan = the activity "{ $id }" is { $end } on { $date } by its area file, but the round reports it as "{ $status }"
    .hint = from status_datum on it is reported as { $allowed }; or change status and status_datum in the area file
plan-round-status-not-in-plan = the round reports the activity "{ $id }" as "{ $status }", but its area file does not say it is { $end }
    .hint = write status = "{ $end }" and status_datum = { $date } (or earlier) in the activity in the area file, so that the plan's status says the same; or report a status of an activity still running
# $round: the round's date.
plan-round-status-ended-after = the activity "{ $id }" is { $end } only on { $date } by its area file, after the round of { $round } that reports it
    .hint = set status_datum in the area file to { $date } or earlier, or report a status of an activity still running

## region.toml

plan-short-name = `kortnamn` is used in file names and may only hold a-z, 0-9 and -
    .label = not a file-name-safe short name
    .hint = write it like this: kortnamn = "norrbotten"
plan-no-text-column = no column shows the activity text
    .hint = add a column with falt = "text": it holds each activity's number and text
# $ascii: the name with å, ä and ö folded.
plan-not-a-field-name = "{ $name }" cannot be an activity key
    .label = not a valid key
    .lower = keys are written in lower case: falt = "{ $ascii }", and the activities then write { $ascii } = "…"
    .folded = keys are written without å, ä and ö: falt = "{ $ascii }", and the activities then write { $ascii } = "…"
    .hint = use lower-case a-z, digits and _ only, e.g. falt = "onskad_effekt"
plan-column-reserved-key = `{ $name }` is already a key of activities and cannot be a column
    .label = not a column
    .status = status, status_datum and status_kommentar get a column of their own when region.toml has [status] markering = "kolumn"; remove this [[kolumn]]
    .hint = choose another name for the column's key, e.g. falt = "onskad_effekt"
plan-column-refused-instead = { $count ->
        [one] { $count } activity writes
       *[other] { $count } activities and parts write
    } `{ $key }`, which no column shows: did you mean falt = "{ $key }"?
plan-column-unfilled = no activity has `{ $key }`, which the column "{ $heading }" shows ({ $count ->
        [one] { $count } activity lacks it
       *[other] all { $count } activities lack it
    })
    .label = no activity has this key
    .near = the activities write `{ $near }` ({ $count ->
        [one] { $count } time
       *[other] { $count } times
    }): write falt = "{ $near }", or correct the activities
    .hint = add { $key } = "…" to the activities, or write obligatorisk = false in the column if it may be empty
plan-column-twice = column `{ $name }` is listed twice
    .label = second time
    .first = first time
    .hint = each activity field can be one column only
plan-width = `bredd` must be greater than 0
    .label = not a usable width
    .hint = widths are relative: bredd = 2 is twice as wide as bredd = 1
# $fields: every metadata key, comma-separated.
plan-unknown-metadata-field = unknown metadata field `{ $name }`
    .label = not a metadata field
    .hint = metadata fields: { $fields }
plan-accent-colour = `accentfarg` must be a colour like "#005a8c"
    .label = not a #rrggbb colour
    .hint = write the colour as # followed by six hexadecimal digits, as design manuals give it
plan-logo-type = the logo must be a PNG, JPEG or SVG image
    .label = unsupported image type
    .hint = export the logo as .svg (best) or .png
plan-logo-alt-empty = `logotyp_alttext` is empty
    .label = no text for screen readers
plan-logo-alt-missing = the logo has no alternative text (`logotyp_alttext` in [tema])
    .label = logo without alternative text
plan-logo-alt-hint = add a line to [tema]: logotyp_alttext = "Region Norrbotten", the words a screen reader says in place of the logo
plan-not-a-pdf-standard = not a PDF standard
plan-standards-exclude = these standards exclude each other
plan-font-file-named-here = font file named here
plan-logo-named-here = logo named here
plan-region-path-outside = keep logos and fonts in the folder that holds region.toml

## Markdown that the outputs cannot show as written

# $written: the definition as written, e.g. [a]: https://example.org;
# $label: its label.
plan-md-unused-definition = the link definition `{ $written }` is not used by any link, so it is not shown
    .hint = refer to it as [text][{ $label }], or remove it; to print it, write \[ at its start
# $count: how many notes were left out (always more than one).
plan-md-more-notes = { $count } more notes about this text are not shown
    .hint = fix the ones above first
# $link: the link as written; $why: one of the plan-md-link-… texts below.
plan-md-link = the link `{ $link }` { $why }
    .hint = links must go to a full web or e-mail address starting with https://, http:// or mailto:, e.g. [Läkemedelsplanen](https://www.norrbotten.se/)
# $title: the link's title as written.
plan-md-link-title = the link's title "{ $title }" is shown in none of the outputs
    .hint = write what the title says in the link text or after the link, e.g. [Läkemedelsplanen (regionens plan)](https://www.norrbotten.se/), and remove the title
plan-md-reference-link = the link `{ $link }` (as its reference definition says) { $why }
plan-md-link-no-address = has no address
# $prefix: https://, http:// or mailto:
plan-md-link-only-prefix = has only `{ $prefix }` as its address
plan-md-link-spaces = goes to `{ $url }`, which contains spaces or control characters where they are not allowed
# $scheme: the address's scheme, e.g. file or javascript.
plan-md-link-scheme = goes to `{ $url }`, and `{ $scheme }:` addresses are not allowed
plan-md-link-fragment = goes to `{ $url }`, a place in a web page, which cannot be followed from the PDF
plan-md-link-relative = goes to `{ $url }`, a relative address, which leads nowhere from the PDF or the Markdown
plan-md-note-unused = the footnote `[^{ $label }]` is never referred to in the text: it is printed as written
    .hint = refer to it with [^{ $label }] where the note belongs, or remove it
plan-md-note-duplicate = the footnote `[^{ $label }]` is already defined earlier in the text: this one is printed as written
    .hint = give the footnotes different names, e.g. [^{ $label }-2], and refer to both
plan-md-note-undefined = the reference `[^{ $label }]` goes to no footnote: it is printed as written
    .hint = write the footnote on a line of its own in the same text: [^{ $label }]: the note's text; or write \[ to print the characters
plan-md-note-in-note = a reference inside a footnote makes no new footnote: `[^{ $label }]` is printed as written
    .hint = write the other note's text into this one, or refer to it from the ordinary text
plan-md-note-in-cell = footnotes are only shown in sections and area introductions: `{ $written }` is printed as written
    .hint = put the note in a section, or write its text in the cell itself, e.g. in parentheses
plan-md-table-in-cell = tables are only shown in sections and area introductions: the table is printed row by row, with | between the cells
    .hint = move the table to a section or an introduction, or write the rows as a list
plan-md-table-extra-cells = the row has more cells than the table's header row ({ $columns }): `{ $cells }` is not shown
    .hint = add columns to the header row, or move the text into a cell that exists
plan-md-rule = the horizontal line `{ $line }` is not shown
    .hint = remove the line; to print the characters, write a backslash before the first, e.g. \---
plan-md-indented-code = this text is indented by four spaces or more, so Markdown reads it as code: it is printed line by line as written
    .hint = remove the indentation to make it an ordinary paragraph; to show code, put ``` on the lines before and after it
plan-md-html = HTML is not interpreted: `{ $tag }` is printed as written
    .block = use Markdown instead (*kursiv*, **fet**, a blank line between paragraphs); write \< to print a < without this warning
    .line-break = for a line break, end the line with a backslash \; write \< to print a < without this warning
    .hint = use Markdown instead (*kursiv*, **fet**, [text](https://…)); write \< to print a < without this warning
# $tags: the tags, each in backticks, comma-separated.
plan-md-html-tags = HTML is not interpreted: { $tags } are printed as written
plan-md-quote = the quote's frame is not shown: the text after `>` is printed as ordinary paragraphs
    .hint = remove the `>` at the start of the lines, or write \> to print it
plan-md-image-without-description = the image `{ $image }` is not shown, and it has no description to print instead
plan-md-image = the image `{ $image }` is not shown: only its description "{ $description }" is printed
    .hint = plan text cannot include images; write what the image shows as text, or put a logo in the region's theme
# $target: what follows # in the link.
plan-md-reference-not-an-id = `{ $link }` does not refer to an activity: `#{ $target }` is not an activity id
    .hint = a reference is written [](#id) with the id of an activity (a-z, 0-9, -), e.g. punkt [](#lakemedelsgenomgangar)
plan-md-reference-with-text = the reference `{ $link }` has text of its own, which would not change when the activity's number does
    .hint = leave the brackets empty, [](#{ $target }): the activity's number is filled in, e.g. "punkt [](#{ $target })"
# $max: the deepest nesting shown.
plan-md-nested = lists, quotes or emphasis are nested more than { $max } levels deep here: the inner levels are printed as plain text
    .hint = nest fewer levels
# [statusnamn] in region.toml. $name: the key written; $statuses: the follow-up statuses.
region-status-name-unknown = "{ $name }" is not a follow-up status
    .label = no status
    .hint = [statusnamn] names the statuses in the region's words: { $statuses }
# $status: the status whose name is empty.
region-status-name-empty = the name of the status "{ $status }" is empty
    .label = no name
    .hint = write the name the documents should show, or remove the line to keep the standard name
# $name: the name; $other: the status that already has it.
region-status-name-taken = "{ $name }" is already the name of the status "{ $other }"
    .label = the same name as another status
    .hint = each status needs a name of its own, or the report cannot be read; give this status another name

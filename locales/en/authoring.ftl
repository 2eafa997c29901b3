## authoring: new (the next period's plan), fmt, id, watch and schema.

## new PERIOD --from PLAN_DIR

# $period: what the author gave as the new period.
period-not-a-period = "{ $period }" is not a plan period
period-not-a-period-hint = give one four-digit year ({ $min }–{ $max }), e.g. 2023, or a span of at most { $years } years, e.g. 2026-2027
period-needs-clean-plan = the new period's plan is made from a plan without errors
period-needs-clean-plan-hint = fix the problems above first (handlingsplan check shows them all)
period-exists = { $path } already exists
period-exists-hint = new never replaces a plan folder; remove or rename it first if it should be made again
period-not-utf8 = { $path } is not UTF-8 text
# $error: why the file's TOML could not be edited.
period-cannot-edit = cannot edit { $path }: { $error }
period-unparsable = the TOML file cannot be read: { $error }
period-cannot-create = cannot create { $path }: { $error }
period-cannot-create-hint = nothing was written; the folder may have appeared meanwhile
# What is left to fill in; $path is the new plan.toml.
period-todo-approved = { $path }: { $key } = the day the new plan is approved (until then it is a draft: UTKAST on every page, and a warning)
# $path: the area file; $key: the area's key in omraden.
period-todo-emptied = { $path }: all its activities ended and stay as they ended; replace them with the period's activities ([[aktivitet]]) or remove "{ $key }" from omraden in plan.toml
# What new did, one line each. $key: the key (e.g. titel); $old: the old text.
period-done-renamed = plan.toml: { $key } = "{ $value }" (was "{ $old }")
period-done-id-kept = plan.toml: dokument_id kept ("{ $id }"): change it if the new plan gets an id of its own
# $key: godkant_datum or andring; $old: the old period.
period-done-removed = plan.toml: { $key } removed (it belongs to the plan for { $old }; the new plan is a new document, not approved yet)
# A date the period cannot give (should not happen: the period is checked).
period-no-date = the period { $period } gives no date for { $key }
# $key: giltig_fran or giltig_till.
period-done-validity = plan.toml: { $key } = { $date } (proposed from the period)
# $activities: the ids or places of the activities left out, with commas.
period-done-left-out = { $file }: left out { $activities } (finished or cancelled)
period-done-kept-ended = { $file }: kept { $activities } as ended, because text carried over refers to them or the area would be empty
period-done-carried = { $file }: { $count ->
    [one] { $count } activity
   *[other] { $count } activities
} carried over with status = "fortsätter"
# $years: the years removed, with commas; $period: the new period.
period-done-years-removed = { $file }: per_ar texts for { $years } removed (outside { $period })
# An activity without an id, by its place in its area file.
period-activity-number = activity { $number }
period-failed = new failed: nothing was written
period-created = created { $dir } from { $from }
period-nothing-missing = nothing is missing: `handlingsplan check` finds no errors or warnings
period-to-fill-in = to fill in ({ $count ->
    [one] { $count } item
   *[other] { $count } items
}, `handlingsplan check { $dir }` lists them):
period-mentions = these lines still name the old period; read them through:
# The summary of the latest follow-up round in `new`: $round is the file name (2022-12), $date the round's date.
period-round-heading = in the latest follow-up round, { $round } ({ $date }), the activities stood as follows (numbers as in the old plan):
# $statuses: "pågår 1, 2; försenad 3", the round's status followed by the activities' numbers.
period-round-carried = carried over: { $statuses }.
period-round-kept-ended = kept as ended: { $statuses }.
period-round-left-out = left out: { $statuses }.
# An activity the round does not report on.
period-round-no-report = no report

## fmt

# $error: the TOML parser's message.
fmt-not-toml = { $file } is not valid TOML: { $error }
fmt-would-change = formatting { $file } would change what it says, so it was left as it is
fmt-would-change-hint = this is a bug in handlingsplan, not in your plan; please report it with this file
fmt-not-a-plan = { $path } is not a TOML file, a plan folder or a region folder
fmt-not-a-plan-hint = give plan folders (holding plan.toml), region folders (holding region.toml) or .toml files
fmt-cannot-read = cannot read { $path }: { $error }
# $counts: the problems, e.g. "2 errors".
fmt-failed = fmt failed: { $counts }; nothing was written
fmt-would-format = would format { $path }
fmt-formatted-file = formatted { $path }
# $checked: how many files were looked at.
fmt-all-formatted = { $checked ->
    [one] { $checked } file
   *[other] { $checked } files
} checked: all formatted
# $checked: files looked at; $count: files that formatting would change.
fmt-not-formatted = { $checked ->
    [one] { $checked } file
   *[other] { $checked } files
} checked: { $count ->
    [one] { $count } file is
   *[other] { $count } files are
} not formatted
fmt-check-hint = run handlingsplan fmt without --check to format them
# $checked: files looked at; $count: files formatted.
fmt-some-formatted = { $checked ->
    [one] { $checked } file
   *[other] { $checked } files
} checked: { $count ->
    [one] { $count } file
   *[other] { $count } files
} formatted

## id

# $reason: one of the ids-… reasons below, or the system's error.
ids-cannot-give = cannot give ids in { $path }: { $reason }
ids-cannot-give-hint = nothing was changed in this file; fix the problem and run handlingsplan id again
ids-not-a-file = it is not a regular file
ids-no-activities = it has no activities
ids-activity-missing = activity { $number } is missing
ids-not-as-loaded = not all of its [[aktivitet]] entries are tables, so their places cannot be matched with the plan's activities
ids-cannot-know-activities = id cannot know the plan's activities: the problems above keep the plan or an area file from being read
ids-cannot-know-activities-hint = nothing was changed; fix them (handlingsplan check shows them all) and run handlingsplan id again
# $count: problems left in the plan after id (shown as warnings above).
ids-remaining = { $count ->
    [one] { $count } problem is left in the plan (above); handlingsplan check accepts it only once it is fixed
   *[other] { $count } problems are left in the plan (above); handlingsplan check accepts it only once they are fixed
}
# $number: the activity's printed number, e.g. 1.3.
ids-given = { $file }: activity { $number } gets id = "{ $id }"
ids-nothing-to-do = nothing to do: all { $count ->
    [one] { $count } activity
   *[other] { $count } activities
} have an id
# $given: ids given now; $had: activities that had one.
ids-gave = gave { $given ->
    [one] { $given } id
   *[other] { $given } ids
}; { $had ->
    [one] { $had } activity
   *[other] { $had } activities
} had one already

## watch

watch-watching = watching { $plan } (writing to { $out }); stop with Ctrl-C
# $time: the time of day, e.g. 07:12:03 UTC; $counts: e.g. "2 errors".
watch-build-failed = { $time } build failed: { $counts }; the old files are kept
# $files: the files written, e.g. "a.pdf (3 pages), a.md and a.html"; $seconds: e.g. "1.20 s".
watch-built = { $time } built { $files } in { $seconds }
# The last two of a list: $rest is the others with commas.
watch-and = { $rest } and { $last }
watch-cannot-watch-files = cannot watch files: { $error }
watch-cannot-watch = cannot watch { $folder }: { $error }
watch-stopped = file watching stopped

## schema

schema-wrote = wrote { $path }
schema-no-region = cannot read the region of { $dir }
schema-no-region-hint = give a plan folder, e.g. handlingsplan schema plans/norrbotten/2022

## init

init-exists = { $dir } already has { $count ->
    [one] one of the files init writes
   *[other] { $count } of the files init writes
  }: { $files }
init-exists-hint = init replaces no file and wrote nothing; choose an empty folder (handlingsplan init NEW-FOLDER), or start the next period's plan with handlingsplan new PERIOD --from PLAN_DIR
init-failed = init failed: nothing was written
init-wrote = wrote { $path }
init-next = done. Next: handlingsplan build { $plan } builds the PDF (a draft until plan.toml has godkant_datum); open the folder in VS Code for completion in the files
init-ask-organisation = The region's name
init-default-organisation = Region Exempel
init-ask-kortnamn = Short name for file names (a–z, 0–9, -)
init-ask-period = The plan's period (e.g. 2027 or 2027-2028)
init-ask-kolumner = The table's columns
init-kolumner-referens = Aktivitet · Ansvarig · Tid · Rapportering
init-kolumner-effekt = Aktiviteter · Huvudansvarig · Önskad effekt · Koppling
init-ask-areas = The strategy areas' titles, separated by commas
init-bad-period = "{ $period }" is not a period: give a year (2027) or a span of years (2027-2028)
init-bad-kortnamn = "{ $name }" cannot be a short name: it is used in file names and may have only a–z, 0–9 and -; e.g. "{ $suggestion }"
init-no-areas = the plan needs at least one strategy area: give --omrade TITLE

## uppfoljning ny PLAN_DIR

round-needs-clean-plan = the plan has errors, so the next follow-up round cannot be written
    .hint = fix the errors above (handlingsplan check shows them) and run uppfoljning ny again
round-no-date = today's date could not be read from the system clock
    .hint = give the round's date: --datum YYYY-MM-DD
# $period: the plan's period.
round-date-outside = the round's date { $date } lies outside the plan's period { $period }
    .hint = give a date in the period with --datum YYYY-MM-DD
round-exists = { $path } already exists
    .hint = uppfoljning ny never replaces a round: fill in the existing file, or give a date in another month with --datum
# $number: the activity's number.
round-activity-without-id = activity { $number } has no id, and a round names activities by id
    .hint = run handlingsplan id PLAN_DIR first: it gives every activity without an id one
# $count: the number of activities in the file.
round-written = wrote { $path } with { $count ->
    [one] 1 activity
   *[other] { $count } activities
} to fill in

## uppfoljning rapport PLAN_DIR

report-no-rounds = the plan has no follow-up rounds, so there is nothing to report
    .hint = write the first round with handlingsplan uppfoljning ny PLAN_DIR and fill it in
report-unknown-round = the plan has no follow-up round "{ $key }"
    .hint = the plan's rounds: { $keys }
# $count: how many tid values could not be read.
report-unreadable-tid = { $count ->
    [one] 1 tid could not be read as a date and was not compared with the round's date
   *[other] { $count } tid values could not be read as dates and were not compared with the round's date
}: { $values }
report-written = wrote { $path }{ $details }

## --organ NAME (uppfoljning ny, ansvar)

# $names: the names of the region's bodies, separated by commas.
organ-unknown = "{ $name }" is not in the region's register of bodies
    .hint = give a name, abbreviation or alias from [[organ]] in region.toml; the bodies: { $names }

## ansvar PLAN_DIR --organ NAME

ansvar-no-register = ansvar needs the region's register of bodies, and region.toml has no [[organ]]
    .hint = add an [[organ]] with namn (and preferably typ, forkortning and alias) to region.toml for each body the plans name in ansvarig and rapportering; check then checks the names

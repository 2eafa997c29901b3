## The command line: help for every command and argument, clap's own words, summaries.
## Help for a command is cli-<command> (.long for --help, .after for the
## lines after it); for an argument cli-<command>-<argument>, or
## cli-arg-<argument> when several commands share it.

cli-about = Turns a medicines action plan written as TOML files into its official PDF, a Markdown version for review and an accessible HTML page.
    .long = Turns a medicines action plan (handlingsplan för läkemedelsplanen) written as TOML files into its official PDF, for the committee, a Markdown version, for reviewing changes, and an accessible HTML page, for the web.

        A plan is a folder such as plans/norrbotten/2022/ holding plan.toml and one file per strategy area in omraden/; the folder above it holds region.toml with the organisation's columns and style. See README.md for every key.

        Messages are in Swedish; --lang en or HANDLINGSPLAN_LANG=en gives them in English.
    .after = Examples:
        {"  "}handlingsplan build plans/norrbotten/2022
        {"  "}handlingsplan check plans/norrbotten/2022
        {"  "}handlingsplan build plans/norrbotten/2022 -o /tmp/utkast

cli-build = Build the PDF, the Markdown and the HTML of a plan.
    .long = Build the PDF, the Markdown and the HTML of a plan.

        Writes <region>-<period>.pdf and <region>-<period>.md, e.g. output/norrbotten-2022.pdf, and an accessible <region>-<period>.html unless region.toml says html = false or --no-html is given. Nothing is written if the plan has a mistake.
cli-build-emit_typst = Also write the exact typst source, data and fonts the PDF is compiled from, to inspect or compile with the typst command.
cli-build-no_html = Do not write the HTML version, even if region.toml asks for it (html = true, the default).
cli-build-check = Write nothing: render in memory and compare with the files in the output folder.
    .long = Write nothing: render in memory and compare with the files in the output folder. Exits with status 1, naming each stale or missing file, unless they are all up to date (a CI guard that committed outputs are current).

cli-check = Check plans for mistakes without writing anything.
    .long = Check plans for mistakes without writing anything.

        Runs the whole build in memory, so it finds everything build would reject, and prints every problem with its file, line and column, then one summary line. Exits with status 1 if any plan has an error, so it can guard CI and editors.
cli-check-plans = Plan folders (each holding plan.toml); a region folder (holding region.toml) stands for all its plan folders.
cli-check-format = How to print problems: human (messages with the source quoted, on standard error), github (GitHub Actions annotations, on standard output, so problems show on the lines of a pull request) or json (one JSON document on standard output).

cli-extract = Write the plan files attached to a PDF back to a folder.
    .long = Write the plan files attached to a PDF back to a folder.

        A region with bifoga_kallfiler = true attaches every file its build read to the PDF. This writes them into DIR (which must not hold any of them yet), so that `handlingsplan build DIR/<period>` builds the same PDF again.
cli-extract-pdf = The PDF to read.
cli-extract-dir = The folder to write the plan to (the region folder).

cli-diff = Show what changed between two versions of a plan.
    .long = Show what changed between two versions of a plan.

        Compares two plan folders, or with --rev the plan at a git revision with the work tree (--rev main) or two revisions (--rev v1.0..main). Activities are matched by id, else by similar text (a guess). Exits with 0 when nothing changed, 1 when something did, 2 on an error.
    .after = Examples:
        {"  "}handlingsplan diff old/2022 plans/norrbotten/2022
        {"  "}handlingsplan diff --rev main plans/norrbotten/2022
        {"  "}handlingsplan diff --rev v1.0..main --format markdown plans/norrbotten/2022
cli-diff-old = The old plan folder; with --rev, the plan folder.
cli-diff-new = The new plan folder (not with --rev).
cli-diff-rev = Compare the plan at a git revision with the work tree (REV), or two revisions (A..B).
cli-diff-format = How to print the changes: terminal (for reading in a terminal; coloured when printing to one), markdown (for a pull-request comment), json (for tools) or summary (a few lines for a version-history entry).

cli-id = Give every activity without an id a short one derived from its text.
    .long = Give every activity without an id a short one derived from its text.

        Writes the ids into the area files in place, keeping comments and layout; running it again changes nothing.

cli-schema = Write JSON Schemas for editors: completion, help and errors as you type.
    .long = Write JSON Schemas for editors: completion, help and errors as you type.

        Without PLAN_DIR, writes region.schema.json, plan.schema.json, area.schema.json (standard columns), mal.schema.json (the goals) and uppfoljning.schema.json to DIR, by default schemas/. With PLAN_DIR, writes area.schema.json for that region's own columns, by default beside its region.toml. A TOML file names its schema in its first line, e.g. an area file: #:schema ../../area.schema.json
cli-schema-plan = A plan folder whose region's columns the area schema follows.
cli-schema-output = Folder to write the schemas to.

cli-fmt = Format plan files: key order, quotes, lists and long texts, keeping comments.
    .long = Format plan files: key order, quotes, lists and long texts, keeping comments.

        Formats region.toml, plan.toml, the area files and the follow-up rounds of the given plan folders (also the region.toml above them), region folders or files. Never changes what a file says. Exits with status 2 if a file cannot be read or is not valid TOML.
cli-fmt-paths = Plan folders, region folders or TOML files.
cli-fmt-check = Write nothing; list the files that are not formatted and exit with status 1 if there are any (for CI).

cli-new = Start the next period's plan from an existing one.
    .long = Start the next period's plan from an existing one.

        Creates the folder for PERIOD beside PLAN_DIR (e.g. plans/norrbotten/2023) with the same areas, sections and columns: version 1.0, no approval date, validity dates from the period, and the activities carried over with status = "fortsätter" (finished and cancelled ones left out). Prints what it did and what to fill in. Never replaces a folder.
cli-new-period = The new period: a year (2023) or a span of years (2026-2027).
cli-new-from = The plan to start from: the folder holding its plan.toml.

cli-uppfoljning = Follow-up rounds: the files in the plan's folder uppfoljning/.
cli-uppfoljning-ny = Write the next follow-up round's file, with the plan's activities to fill in.
    .long = Write the next follow-up round's file, with the plan's activities to fill in.

        Writes uppfoljning/YYYY-MM.toml in the plan folder (after the round's date) with every activity the plan prints: its id, number and text as a comment, and its status from the latest round. The file passes check and fmt --check as written. Never replaces a file.
cli-uppfoljning-ny-plan = The plan folder: the folder with plan.toml.
cli-uppfoljning-ny-datum = The round's date, in the plan's period. Default: today.
cli-uppfoljning-ny-organ = The body that reports (rapporterad_av in every entry), from the region's register.
cli-uppfoljning-ny-bad-date = give a date as YYYY-MM-DD, e.g. 2022-06-15
cli-uppfoljning-rapport = Write the follow-up report of the latest round (or the one named) as PDF, Markdown and HTML.
    .long = Write the follow-up report of the latest round (or the one named) as PDF, Markdown and HTML.

        The report has the plan's look: counts per status per area (a table, and in the PDF and HTML a figure), every activity the plan prints with its status, comment and the change since the previous round, activities without a report, activities whose tid has passed without being finished, and the indicators with their targets and trends. Refused for whatever check reports in the plan. Files are named after the plan and the round, e.g. norrbotten-2022-uppfoljning-2022-12.pdf.
cli-uppfoljning-rapport-plan = The plan folder: the folder with plan.toml.
cli-uppfoljning-rapport-omgang = The round to report: its file name in uppfoljning/ without .toml, e.g. 2022-06. Default: the latest.
cli-uppfoljning-rapport-output = Where to write the report. Default: output/.

cli-ansvar = Show a body's activities in the plan: those it is responsible for and those reported to it, with their latest status.
    .long = Show a body's activities in the plan: those it is responsible for and those reported to it, with their latest status.

        The body is given by its name, abbreviation or an alias from the region's register ([[organ]] in region.toml), in any case. Lists every activity the plan prints whose ansvarig (or a part's) or rapportering names the body, per area, with the plan's number, short text, tid and the status from the latest follow-up round that reports on it ("Ingen rapport" otherwise). Names are matched as check matches them against the register. Prints to the terminal; with -o, writes PDF, Markdown and HTML with the plan's look instead, e.g. norrbotten-2022-ansvar-lsg-lakemedel.pdf. Refused for whatever check reports in the plan, and without a register.
cli-ansvar-plan = The plan folder: the one with plan.toml.
cli-ansvar-organ = The body: a name, abbreviation or alias from the region's register.
cli-ansvar-output = Write PDF, Markdown and HTML to this folder instead of printing to the terminal.

cli-watch = Rebuild the PDF, Markdown and HTML whenever a file of the plan changes.
    .long = Rebuild the PDF, Markdown and HTML whenever a file of the plan changes.

        Builds once, then watches every file the build read (plan, areas, sections, templates, logo, fonts; new files in those folders too) and rebuilds after each change, printing one line per build. A mistake is shown and the old files are kept until it is fixed. Stop with Ctrl-C.

cli-arg-plan = The plan's folder: the one holding plan.toml.
cli-arg-output = Folder to write the PDF, Markdown and HTML to, relative to the folder you are in; created if missing. The files are named after the region's kortnamn and the plan's period, e.g. norrbotten-2022.pdf, .md and .html. Files of those names are replaced; other files in the folder are left alone.
cli-arg-names = PDF standards to declare and check the PDF against, instead of the region's pdfstandard: at most one PDF/A part and ua-1, e.g. --pdf-standard ua-1,a-2a.
cli-arg-approved_only = Refuse a draft: only an approved plan (with godkant_datum in plan.toml) is built. For the CI job that publishes.
cli-arg-color = When to colour messages.
cli-arg-lang = The language of messages and help: sv (Swedish, the default) or en (English). Also chosen by HANDLINGSPLAN_LANG.
cli-arg-help = Print help (a summary with -h, everything with --help).
cli-arg-version = Print the version.
cli-lang-env-unknown = HANDLINGSPLAN_LANG="{ $value }" is not a language handlingsplan speaks (sv, en); messages are in Swedish

## clap's own words in help and usage.
cli-usage = Usage:
cli-usage-options = [OPTIONS]
cli-default = {"[default:"}
cli-possible-values = {"[possible values:"}
cli-aliases = {"[aliases:"}
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-command-value = COMMAND

## Mistakes in the arguments.
cli-error-unknown-argument = unexpected argument '{ $arg }'
cli-error-unknown-command = unknown command '{ $command }'
cli-error-invalid-value = invalid value '{ $value }' for '{ $arg }'; possible values: { $valid }
cli-error-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
cli-error-missing-argument = '{ $arg }' is required but was not given
cli-error-missing-command = which command? see the list below
cli-error-conflict = '{ $arg }' cannot be used with '{ $other }'
cli-error-unexpected-value = unexpected value '{ $value }' for '{ $arg }'
cli-error-did-you-mean = did you mean '{ $suggestion }'?
cli-error-similar = similar ones exist: { $suggestions }
cli-error-more = For more information, try '--help'.

## What the commands print.
# check: one line per plan without errors; $activities are shown in the document, $hidden ended ones are hidden (visa_avslutade = false).
cli-check-ok = ok: { $plan } ({ $areas ->
        [one] { $areas } area
       *[other] { $areas } areas
    }, { $activities ->
        [one] { $activities } activity
       *[other] { $activities } activities
    }{ $hidden ->
        [0] {""}
        [one] ; { $hidden } ended activity hidden
       *[other] ; { $hidden } ended activities hidden
    })
# check: the last line; $failed plans had errors.
cli-check-summary = checked { $plans ->
        [one] { $plans } plan
       *[other] { $plans } plans
    }: { $failed ->
        [0] no errors
       *[other] { $failed } with problems ({ $errors ->
            [one] { $errors } error
           *[other] { $errors } errors
        })
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } warning
       *[other] , { $warnings } warnings
    }
cli-build-failed = build failed: { $counts }; nothing was written
# $details: e.g. "12 pages, 46 ms".
cli-build-wrote = wrote { $path } ({ $details })
cli-build-wrote-typst = wrote typst sources to { $dir }
cli-build-check-failed = build --check failed: { $counts }
cli-build-check-current = up to date: { $path }
cli-build-check-missing = { $path } is missing
cli-build-check-stale = { $path } is stale
cli-build-check-unreadable = { $path } cannot be read ({ $reason })
cli-build-check-summary = build --check: { $count ->
        [one] { $count } file is
       *[other] { $count } files are
    } not up to date; run `handlingsplan build { $plan } -o { $output }` and commit the result
cli-milliseconds = { $ms } ms
cli-seconds = { $seconds } s
cli-decimal-mark = .
cli-epoch-invalid = SOURCE_DATE_EPOCH="{ $value }" is not a whole number of seconds
cli-epoch-invalid-hint = set it to seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=1640995200, or unset it
cli-internal-error = handlingsplan stopped because of an internal error: { $message }
cli-internal-error-hint = this is a bug in handlingsplan, not in your plan; please report it with the plan that caused it

## init, completions, man

cli-init = Start a new region's plan repository: region.toml, a plan with one area per strategy area, JSON Schemas, a CI workflow and editor settings.
    .long = Start a new region's plan repository: region.toml, a plan with one area per strategy area, JSON Schemas, a CI workflow and editor settings. On a terminal, init asks for what the flags do not give; without one (CI, scripts) it uses the defaults. What it writes checks and builds as it is. No existing file is replaced: if any of the files exists, nothing is written.
cli-init-dir = The folder to start in (the region folder); created if missing.
cli-init-organisation = The region's name, e.g. "Region Västerbotten".
cli-init-kortnamn = Short name for file names: a–z, 0–9 and -, e.g. vasterbotten (suggested from the region's name).
cli-init-period = The plan's period: a year (2027) or a span (2027-2028); default: next year.
cli-init-kolumner = The table's columns: referens (Aktivitet, Ansvarig, Tid, Rapportering) or effekt (Aktiviteter, Huvudansvarig, Önskad effekt, Koppling).
cli-init-areas = A strategy area's title; give the flag once per area (default: the reference plan's four).
cli-completions = Print a command-completion script for the shell SHELL (bash, zsh, fish, powershell, elvish).
cli-completions-shell = The shell.
cli-man = Print the manual page (roff) to standard output, e.g. handlingsplan man > handlingsplan.1.

## load: reading a plan folder, its files and their TOML tables.

## Finding the plan folder.

# $path: a folder; $error: the operating system's reason.
load-cannot-open = cannot open { $path }: { $error }
load-nothing-loaded = the plan could not be loaded
load-plan-folder-is-file = { $name } is a file; give the plan's folder instead
    .hint = a plan folder holds plan.toml, e.g. plans/norrbotten/2022
load-plan-folder-not-found = plan folder not found: { $name }
    .hint = give the folder that holds plan.toml, e.g. handlingsplan build plans/norrbotten/2022
# .hint-plans $plans: the plan folders found, separated by commas.
load-region-folder-given = { $name } is a region folder (it holds region.toml), not a plan folder
    .hint-none = a plan folder beside region.toml holds plan.toml and omraden/; none was found here
    .hint-plans = give one of its plan folders: { $plans }

## Reading files.

# $path: a path as written in a plan file.
load-outside = "{ $path }" is not a path inside the region's folder
    .hint = paths are relative and stay inside the folder: no "..", no leading "/"
# What is read, in the messages below: the value is the thing itself
# ("file"), .a one of them ("a plan file").
load-thing-file = file
    .a = a plan file
load-thing-area-file = area file
    .a = a area file
load-thing-template = template
    .a = a template
load-thing-logo = logo
    .a = a logo
load-thing-font-file = font file
    .a = a font file
# $thing: a load-thing-… message ("file").
load-not-found = { $thing } not found: { $name }
load-is-folder = { $name } is a folder, but a file is expected here
    .hint = remove or rename the folder so that a file of that name can take its place
load-not-a-file = { $name } is not an ordinary file (a pipe, socket or device), so it is not read
    .hint = replace it with an ordinary text file
# $folder: the region's folder.
load-leads-outside = { $name } leads outside the region's folder, so it is not read
    .hint = keep every file a plan uses inside { $folder }, without links that point elsewhere
# $size and $limit: megabytes; $thing: the .a of a load-thing-… message ("a plan file").
load-too-large = { $name } is { $size } MB; { $thing } may be at most { $limit } MB
    .hint = is this the right file?
# $error: the operating system's reason.
load-cannot-read = cannot read { $name }: { $error }
load-utf16 = { $name } is saved as UTF-16, not UTF-8
    .hint = save the file with the encoding UTF-8 (in most editors: Save as… → Encoding → UTF-8)
load-not-utf8 = { $name } is not valid UTF-8
    .label = this byte is not UTF-8 text
    .hint = save the file with the encoding UTF-8; Latin-1 (ISO-8859-1) or Windows-1252 files show this error at the first å, ä or ö
# $thing: a load-thing-… message ("logo").
load-named-here = { $thing } named here
load-asset-hint = paths are relative to the folder that holds region.toml

## Characters no plan text may hold.

load-char-nul = the control character NUL
load-char-esc = the control character ESC
load-char-del = the control character DEL
load-char-lre = a left-to-right embedding
load-char-rle = a right-to-left embedding
load-char-pdf = a pop directional formatting character
load-char-lro = a left-to-right override
load-char-rlo = a right-to-left override
load-char-isolate = a bidirectional isolate
load-char-control = a control character
# $character: a load-char-… message; $code: the character's number in hex, e.g. 202E.
load-forbidden = this text holds { $character } (U+{ $code }), which cannot be printed
    .label = invisible character here
    .hint = delete it: such characters usually come from copying text out of another program
load-forbidden-escape = written as an escape in this text
    .hint = remove the escape \u{ $code } from the text
# $count: how many code points the written character has; $max: MAX_CLUSTER.
load-long-cluster = this text holds a character made of { $count } code points (a letter followed by combining marks or joiners), more than the { $max } supported
    .label = the character starts here
    .hint = delete the combining marks after the letter; a character in real text has at most a few, and at most { $max } are supported. Such runs usually come from damaged or copied text
# $reference: the character reference as written, e.g. &#x202E;
load-forbidden-reference = written as the character reference `{ $reference }` in the Markdown text
    .hint = remove the character reference `{ $reference }`: characters that may not be written directly may not be written as references either

## TOML syntax.

# $detail: the TOML reader's own description of the mistake (in English).
load-invalid-toml = invalid TOML: { $detail }
load-invalid-toml-unknown = invalid TOML
load-invalid-toml-date-hint = write dates as year-month-day, e.g. godkant_datum = 2021-12-09, and check that the day exists
load-invalid-toml-hint = check quotes and brackets on this line; text values need quotes: ansvarig = "Verksamhetscheferna"
# $key: the key as written; $ascii: the same key without å, ä and ö.
load-swedish-key = keys are written without å, ä and ö: `{ $key }` should be `{ $ascii }`
    .label = write `{ $ascii }`
    .hint = plan keys use plain letters (a for å and ä, o for ö): { $ascii } = …; the values may hold any letters

## Tables and keys.

# The tables of the format, as named in the messages below.
load-table-region = region.toml
load-table-status = [status]
load-table-column = a [[kolumn]] table
load-table-metadata = [metadata]
load-table-theme = [tema]
load-table-plan = plan.toml
load-table-change = an [[andring]] table
load-table-section = an [[avsnitt]] table
load-table-area = an area file
load-table-activity = an activity ([[aktivitet]])
load-table-part = a part ([[aktivitet.del]])

# What a key's value must be ($expected in load-wrong-type).
load-expected-text = a text in quotes
load-expected-lines = a text or a list of texts
load-expected-text-list = a list of texts
load-expected-date = a date (YYYY-MM-DD)
load-expected-number = a number
load-expected-bool = true or false
load-expected-period = a year or a span of years
load-expected-table = a table
load-expected-tables = a list of tables

# What a value is ($found in load-wrong-type).
load-found-text = a text
load-found-integer = a whole number
load-found-float = a decimal number
load-found-bool = true/false
load-found-date = a date
load-found-list = a list
load-found-table = a table

# $key: a key; $expected: a load-expected-… message; $found: a load-found-… message;
# $example: a whole line of TOML.
load-wrong-type = `{ $key }` must be { $expected }, but here it is { $found }
    .label = expected { $expected }
    .hint = write it like this: { $example }
# $table: a load-table-… message.
load-missing = { $table } is missing `{ $key }`
load-required = `{ $key }` is required here
    .hint = add a line: { $example }
# $reference: the reference as written, e.g. [](#id).
load-reference-in-plain-text = `{ $key }` is plain text, so the reference `{ $reference }` would be printed as written, not as a number
    .label = plain text
    .hint = references work in Markdown text: an activity's or part's `text`, `inledning`, a section's text, a region column's single text and `beskrivning`; move it there
load-empty = `{ $key }` is empty
    .label = nothing written here
    .hint = fill it in, e.g. { $example }
load-not-a-date = `{ $key }` is not a real date
    .label = no such day
    .hint = write the date as year-month-day: { $example }
# $value: the text written; $choices: the allowed values, e.g. "först" or "sist" or "nej".
load-bad-choice = `{ $key }` cannot be "{ $value }"
    .label = expected { $choices }
# Between the allowed values in load-bad-choice.
load-or = or
# .hint-near $near: the known key nearest to the one written;
# .hint-known $keys: every key allowed here, separated by commas.
load-unknown-key = unknown key `{ $key }` in { $table }
    .label = unknown key
    .hint-near = did you mean `{ $near }`?
    .hint-known = known keys here: { $keys }

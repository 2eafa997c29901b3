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

## TOML syntax: one message per kind of mistake (src/load/syntax_kind.rs).
## Every message takes $key and $value (the key and value as written on the
## line); the .label and .hint also take $line (a line number, 0 for none),
## $example (the line corrected), $quote (the quote that closes a text) and
## $detail.

# $detail: the TOML reader's own description of a mistake of a kind not named below (in English).
load-invalid-toml = invalid TOML: { $detail }
    .label = { $detail }
    .hint = check quotes and brackets on this line; text values need quotes: ansvarig = "Verksamhetscheferna"
load-toml-unquoted-text = the text `{ $value }` has no quotes
    .label = text without quotes
    .hint = put quotes around the text: { $example }
load-toml-unquoted-date = the date `{ $value }` is written with the wrong separators
    .label = write dates as year-month-day
    .hint = write dates as year-month-day with hyphens and without quotes, e.g. godkant_datum = 2021-12-09
load-toml-missing-value = the value is missing after `{ $key } =`
    .label = value missing
    .hint = write a value after =, text in quotes: { $example }
load-toml-unclosed-text = the text has no closing quote
    .label = the text should end here with { $quote }
    .hint = the text that begins on line { $line } ends with { $quote } on the same line: { $example }; a text over several lines is written between """ and """
load-toml-unclosed-long-text = the multi-line text never ends
    .label = the file ends inside the text
    .hint = the text that begins with { $quote } on line { $line } must end with { $quote } where it ends
load-toml-missing-opening-quote = the text has no opening quote
    .label = quote missing before the text
    .hint = put a quote before the text as well: { $example }
load-toml-control-character = an invisible control character is in the text
    .label = control character
    .hint = remove the character, which often comes along when text is pasted; write a text over several lines between """ and """
load-toml-lone-carriage-return = a lone carriage return (CR) is on this line
    .label = carriage return without a line break
    .hint = save the file with ordinary line breaks (LF or CRLF), e.g. by opening and saving it in a text editor
load-toml-bad-escape = a backslash (\) in the text starts no known character
    .label = unknown combination after \
    .hint = write \\ for a backslash, e.g. "C:\\Documents", or write the text in single quotes: 'C:\Documents'
load-toml-bad-unicode-escape = the character code after \u in the text is invalid
    .label = invalid character code
    .hint = write the character itself in the text; a character code is \u and four hexadecimal digits, e.g. \u00e9 for é
load-toml-multi-line-key = a key cannot be written in triple quotes
    .label = key in triple quotes
    .hint = write the key without quotes, e.g. rubrik = "Syfte"
load-toml-bad-key-character = the character `{ $value }` cannot be in a key
    .label = character not allowed
    .hint = keys are written with a–z, digits, _ and -, e.g. status_datum = 2026-03-01
load-toml-empty-key = the key is missing before =
    .label = key missing
    .hint = write the key before =, e.g. tid = "December"
load-toml-empty-table-name = the table header has no name
    .label = name missing
    .hint = write the table's name between the brackets, e.g. [[aktivitet]] or [status]
load-toml-key-without-value = `{ $key }` has no = and value
    .label = = missing
    .hint = write = between the key and the value, and text in quotes: { $example }
load-toml-key-with-space = the key `{ $key }` contains a space
    .label = key with a space
    .hint = write the key without spaces: { $example }
load-toml-missing-table-open = the table header `{ $key }` has no opening bracket
    .label = [ missing
    .hint = write the header in brackets: { $example }
load-toml-unclosed-table = the table header `[{ $key }` has no closing ]
    .label = ] missing
    .hint = end the header with ]: { $example }
load-toml-unclosed-array-table = the table header `[[{ $key }` has no closing ]]
    .label = ]] missing
    .hint = a header in a list of tables has double brackets on both sides: { $example }
load-toml-extra-content = more follows the value on this line
    .label = unexpected after the value
    .hint = each key and its value stand on a line of their own; a text with spaces or commas is written in quotes: { $example }
load-toml-header-extra = more follows the table header on this line
    .label = unexpected after the header
    .hint = only a comment (#) may follow a table header on its line; write the keys on the lines below
load-toml-extra-equals = one = too many after `{ $key }`
    .label = one = too many
    .hint = write a single = between key and value: { $example }
load-toml-unclosed-list = the list has no closing ]
    .label = ] missing
    .hint = end the list with ] and put commas between the items, e.g. rapportering = ["LSG Läkemedel", "Kunskapsstyrningsrådet"]
load-toml-list-comma = a comma is missing between the list's items
    .label = , missing
    .hint = put commas between the items, e.g. rapportering = ["LSG Läkemedel", "Kunskapsstyrningsrådet"]
load-toml-list-extra-comma = one comma too many in the list
    .label = comma without an item
    .hint = remove the extra comma; a single one stands between two items
load-toml-list-equals = an = in a list
    .label = = in a list
    .hint = a list holds only values, e.g. ["LSG Läkemedel", "Kunskapsstyrningsrådet"]; key = value goes on a line of its own
load-toml-unmatched-close = `{ $value }` closes nothing
    .label = nothing to close
    .hint = remove the character, or write the opening [ or { "{" } before the value
load-toml-inline-table-unclosed = the table in { "{ }" } has no closing { "}" }
    .label = { "}" } missing
    .hint = end the table with { "}" } on the same line, e.g. { "{" } falt = "tid", rubrik = "Tid" { "}" }
load-toml-inline-table-entry = a mistaken entry in the table in { "{ }" }
    .label = mistaken entry
    .hint = write the entries as key = value with commas between them, e.g. { "{" } falt = "tid", rubrik = "Tid" { "}" }
load-toml-leading-zero = the number `{ $value }` begins with 0
    .label = leading zero
    .hint = write the number without leading zeros: { $key } = { $example }; if the zero should show, write it as text in quotes
load-toml-bad-number = the number `{ $value }` is mistyped
    .label = mistyped number
    .hint = write whole numbers as 12 and decimals with a point, e.g. 1.5; if it is a text, put quotes around it
load-toml-bad-boolean = `{ $value }` is neither true nor false
    .label = true or false
    .hint = write true or false in lower case; if it is a text, put quotes around it
load-toml-bad-date = the date `{ $value }` does not exist or is mistyped
    .label = invalid date
    .hint = write dates as year-month-day, e.g. godkant_datum = 2021-12-09, and check that the day exists
load-toml-duplicate-key = the key `{ $key }` is written twice
    .label = written a second time
    .hint = { $line ->
        [0] remove one of them
       *[other] `{ $key }` was first written on line { $line }; remove one of them or merge them
    }
load-toml-duplicate-table = the table `[{ $value }]` is written twice
    .label = a second header
    .hint = { $line ->
        [0] write everything that belongs to the table under one header
       *[other] write everything that belongs to the table under the header { $example } on line { $line }; for a list of tables, write [[{ $value }]] before each entry
    }
load-toml-subtable-first = a sub-table of `{ $key }` comes before the first header [[{ $key }]]
    .label = the first [[{ $key }]]
    .hint = { $example } on line { $line } belongs to a [[{ $key }]]: move it below the header [[{ $key }]] of the entry it belongs to
load-toml-key-already-value = `{ $key }` already has a value and cannot have keys under it
    .label = `{ $key }` already has a value
    .hint = { $line ->
        [0] rename one of them
       *[other] `{ $key }` got its value on line { $line } ({ $example }); rename one of them or merge them
    }
load-toml-too-deep = too many levels of lists and tables inside each other
    .label = too deep
    .hint = write the lists and tables with fewer levels inside each other
# $key: the key as written; $ascii: the same key without å, ä and ö.
load-swedish-key = keys are written without å, ä and ö: `{ $key }` should be `{ $ascii }`
    .label = write `{ $ascii }`
    .hint = plan keys use plain letters (a for å and ä, o for ö): { $ascii } = …; the values may hold any letters
load-swedish-abbreviation = a key with å, ä or ö is written in quotes: `{ $key }`
    .label = write "{ $key }"
    .hint = TOML allows only a-z, A-Z, 0-9, - and _ in keys without quotes; an abbreviation under [forkortningar] keeps its letters in quotes: "{ $key }" = "…"

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
load-table-appendix = an appendix ([[bilaga]])
load-table-area = an area file
load-table-activity = an activity ([[aktivitet]])
load-table-part = a part ([[aktivitet.del]])
load-table-organ = a body ([[organ]])
load-table-goals = mal.toml
load-table-goal = a goal ([[mal]])
load-table-indicator = an indicator ([[mal.indikator]])
load-table-round = a follow-up round (uppfoljning/<round>.toml)
load-table-round-activity = an activity in a follow-up round ([[aktivitet]])
load-table-round-indicator = an indicator in a follow-up round ([[indikator]])

# What a key's value must be ($expected in load-wrong-type).
load-expected-text = a text in quotes
load-expected-lines = a text or a list of texts
load-expected-text-list = a list of texts
load-expected-date = a date (YYYY-MM-DD)
load-expected-date-list = a list of dates (YYYY-MM-DD)
load-expected-number = a number
load-expected-target = a number, true/false or a text, as the indicator's type says
load-expected-measure = a number, true/false or a text
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
    .hint-outer = keys after a table header belong to that table; `{ $key }` belongs to { $table }: move it above the first header, { $header } on line { $line }
    .hint-inner = `{ $key }` belongs to { $table }: write it after the header of the entry it is for, as { $example }
    .hint-year = the text for a year is written in the table { $header } below the activity's other keys: first the line { $header }, then { $key } = "…"

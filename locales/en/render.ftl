## render: templates, the PDF and its standards, fonts and logo, the
## accent colour; build: writing output files; extract: a PDF's attached plan files.

## Templates

# $file: the template's file name, e.g. templates/plan.typ
render-template-not-utf8 = the template { $file } is not UTF-8 text
render-template-not-utf8-hint = save the template with the encoding UTF-8
# How a built-in template is named in messages; $file: e.g. plan.typ
render-builtin-template = templates/{ $file } (built in)
render-template-here = here
render-builtin-template-hint = this is a problem in handlingsplan's own template, not in the plan; please report it
# $template: the region's template file
render-region-template-hint = this is a problem in the region's template { $template }; fix it there, or delete it to use the built-in one
# $format: PDF, Markdown or HTML; $detail: the template engine's own (English) message
render-template-syntax = the { $format } template does not parse: { $detail }
render-template-failed = the { $format } template failed: { $detail }
render-template-undefined-hint = check the names used in the template against the document's fields
render-template-failed-hint = this is a problem in the template, not in the plan
# When typst names no syntax error of its own.
render-syntax-error = syntax error

## The accent colour

# $accent: the colour as written, e.g. #ffcc00; $ratio: e.g. 1.51:1
render-accent-contrast = the accent colour { $accent } has a contrast of { $ratio } against white; the HTML's headings and links need at least 4.5:1 (WCAG 2.1 AA)
render-accent-contrast-label = too light for text
# $colour: a darker colour, e.g. #806600; $ratio: its contrast
render-accent-contrast-hint = a darker shade such as accentfarg = "{ $colour }" ({ $ratio }) is readable, or set html = false in region.toml

## The PDF

# The summary after the PDF's file name.
render-pages = { $count ->
    [one] { $count } page
   *[other] { $count } pages
}
# Between the last two names in a list of standards.
render-and = and
# $standards: e.g. "ua-1 and a-2a"
render-attach-refused = the plan's sources cannot be attached to a PDF that declares { $standards }
render-attach-refused-label = sources attached here
render-attach-refused-hint = PDF/A-1 allows no attached files, and PDF/A-2 and PDF/A-4 only PDF/A files
# $whence: --pdf-standard or `pdfstandard`
render-attach-refused-fix = declare PDF/A-3 in { $whence } (e.g. ua-1 and a-3a), or set bifoga_kallfiler = false
render-epoch-invalid = SOURCE_DATE_EPOCH={ $epoch } is not a date between the years 1 and 9999
render-epoch-invalid-hint = set it to seconds since 1970-01-01 UTC, e.g. SOURCE_DATE_EPOCH=1640995200, or unset it
# $message: typst's own (English) message
render-pdf-failed = the PDF could not be made: { $message }
# $names: the declared standards, e.g. "ua-1, a-2a"; $whence: where they were declared
render-standards-declared-hint = the PDF declares { $names } ({ $whence }), and typst checks every page against them as it writes the PDF
render-standards-in-region = `pdfstandard` in region.toml
render-standards-declared-label = standards declared here
render-logo-hint = check the logo named by `logotyp` in region.toml: it must be a valid PNG, JPEG or SVG file
render-logo-label = logo named here
# A warning from typst (its $message is English) at a line and column of the template.
render-typst-warning = { $file }:{ $line }:{ $column }: { $message }
render-typst-warning-unlocated = { $message }

## Fonts, logo and characters

render-font-unreadable = { $file } is not a font file that can be read
render-font-unreadable-hint = use TrueType (.ttf) or OpenType (.otf) files
render-font-unreadable-label = font file named here
render-font-missing = the font "{ $font }" is not available
# $fonts: the fonts of the build, e.g. "Noto Sans, Noto Sans Math"
render-font-missing-hint = set `typsnitt` to one of: { $fonts }; or add the font's files with `typsnittsfiler`
render-font-missing-label = no such font
render-logo-invalid = { $file } is not a valid image of the kind its name says
render-logo-invalid-hint = export the logo again as .svg (best) or .png, and name the file accordingly
# $heading: the heading's first words; $area: the area's title.
render-heading-too-tall = the column heading "{ $heading }" in the area "{ $area }" would be more than half a page tall in the PDF, leaving the activities under it no room
render-heading-too-tall-label = column heading too long
render-heading-too-tall-hint = shorten the heading to a few words; a longer explanation of the column can go in the area's `inledning`
# $char: the character; $code: its hexadecimal code point, e.g. 1F600
render-undrawable = no font can draw the character "{ $char }" (U+{ $code }); it would print as an empty box
render-undrawable-hint = replace it with a character the fonts have (the embedded Noto fonts cover Latin, Greek and Cyrillic letters, ✓ ✔ ☐ ☑ ☒ → ← ≥ ≤ ① and many symbols), or add a font that has it with `typsnittsfiler` in region.toml
render-undrawable-label = cannot be drawn

## PDF standards

# $standards: e.g. "ua-1, a-1b"
render-standard-ua-pdf-a-1 = one PDF cannot conform to { $standards }: PDF/UA-1 needs PDF 1.7 (to mark running headers and footers as artifacts), and PDF/A-1 allows only PDF 1.4
render-standard-along-with-ua = declare at most one PDF/A part, and with ua-1 only a PDF/A-2 or PDF/A-3 part (PDF/A-1 is PDF 1.4 and PDF/A-4 is PDF 2.0, while PDF/UA-1 needs PDF 1.7), e.g. ua-1 and a-2a
render-standard-did-you-mean = did you mean "{ $name }"?
# $names: every standard name typst knows
render-standard-list = the standards are: { $names }
render-standard-unknown = "{ $name }" is not a PDF standard typst can make
# $reason: typst's own (English) reason
render-standard-incompatible = one PDF cannot conform to { $standards }: { $reason }

## Writing output files

# A write an interrupt could not undo completely.
build-interrupt-failure = error: { $message }
build-draft-refused = the plan is a draft: plan.toml has no godkant_datum, and --slutlig builds approved plans only
    .label = godkant_datum is missing here
    .hint = write the day the plan was approved, e.g. { $example }, or build the draft without --slutlig
build-refuse-protected = refusing to write { $target }: it would replace { $source }, a file the plan is read from
build-refuse-protected-hint = write the outputs to another folder, e.g. -o output
# $error: the operating system's reason
build-cannot-write = cannot write { $path }: { $error }
build-cannot-write-hint = check that the folder can be written to and that no folder or file is in the way; build and watch can write elsewhere with -o DIR
build-not-a-file = the path does not name a file
build-restore-failed = could not put the old { $target } back: { $error }; it is kept as { $backup }
build-remove-failed = could not remove the new { $target }: { $error }
build-stdout-failed = error: cannot write to standard output: { $error }
# The writer refuses: $path is the file, $root the folder it must stay in.
write-outside = refusing to write { $path }: it would land outside { $root }
write-outside-hint = handlingsplan writes only inside the folder the command works on; a symbolic link to a folder elsewhere does not count
write-symlink = refusing to write { $path }: it is a symbolic link, and handlingsplan never writes through a link
write-symlink-hint = replace the link with a plain file, or run the command on the folder of the file the link points to
write-changed = refusing to write { $path }: it changed after handlingsplan read it (saved in an editor while the command ran?)
write-changed-hint = the newer version is left as it is; run the command again
write-exists = { $path } already exists; nothing was written
write-exists-hint = handlingsplan never writes over an existing file; choose a new or empty folder

## Extracting the plan's files from a PDF

extract-not-pdf = not a readable PDF ({ $error })
extract-no-catalog = the PDF has no catalog ({ $error })
extract-nested = the PDF's list of attachments is nested too deeply
extract-not-file-spec = an attachment of the PDF is not a file specification
extract-damaged = the PDF's attachment list is damaged
extract-no-name = an attachment of the PDF has no file name
extract-no-content = the attachment { $name } has no content
extract-cannot-decode = the attachment { $name } cannot be decoded ({ $error })
extract-too-large = the attached file { $name } is larger than { $limit } MB unpacked; no plan file is that large
extract-too-much = the attached files together are larger than { $limit } MB unpacked (at { $name })
extract-unknown-filter = the attached file { $name } is packed with { $filter }, which handlingsplan does not read (only FlateDecode)
extract-unsafe-name = the attached file "{ $name }" has control characters in its name
extract-pdf-too-large = the file is larger than { $limit } MB
extract-outside = the attachment "{ $name }" would be written outside the folder
extract-outside-hint = attachment names must be relative paths without ".."; this PDF was not made by handlingsplan, or was altered
extract-duplicate = the PDF holds two attachments named "{ $name }"
extract-altered-hint = this PDF was not made by handlingsplan, or was altered
extract-cannot-read = cannot read { $path }: { $error }
extract-no-files = { $path } carries no plan files
extract-no-files-hint = only PDFs built with bifoga_kallfiler = true in region.toml carry their plan's files
extract-wrote = wrote { $path }
# $count: how many files; $pdf: the PDF's path
extract-done = { $count ->
    [one] extracted { $count } file from { $pdf }
   *[other] extracted { $count } files from { $pdf }
}
extract-failed = extract failed; nothing was written

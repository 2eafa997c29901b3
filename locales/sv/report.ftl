## Problem reports: severities, summaries and notes.

# The word before a problem's message.
report-severity-error = fel
report-severity-warning = varning
report-severity-note = not
report-severity-help = hjälp
report-severity-bug = programfel
# The start of a hint under a problem.
report-hint = tips: { $text }
report-errors = { $count } fel
report-warnings = { $count ->
    [one] { $count } varning
   *[other] { $count } varningar
}
report-not-shown = { $count } problem till i { $file } visas inte; rätta dem ovan först
report-the-plan = planen

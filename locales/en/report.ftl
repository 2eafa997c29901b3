## Problem reports: severities, summaries and notes.

# The word before a problem's message.
report-severity-error = error
report-severity-warning = warning
report-severity-note = note
report-severity-help = help
report-severity-bug = bug
# The start of a hint under a problem.
report-hint = hint: { $text }
report-errors = { $count ->
    [one] { $count } error
   *[other] { $count } errors
}
report-warnings = { $count ->
    [one] { $count } warning
   *[other] { $count } warnings
}
report-not-shown = { $count ->
    [one] { $count } more problem in { $file } not shown; fix the ones above first
   *[other] { $count } more problems in { $file } not shown; fix the ones above first
}
report-the-plan = the plan

## diff: the comparison of two versions of a plan.

## Errors when the plans cannot be compared.

diff-rev-and-new = with --rev, give one plan folder, not two
diff-give-two = give two plan folders (OLD NEW), or one with --rev REV
diff-usage-hint = handlingsplan diff OLD NEW, or handlingsplan diff --rev main PLAN_DIR
# A plan at a git revision, e.g. "plans/norrbotten/2022 at main".
diff-plan-at = { $plan } at { $rev }
diff-cannot-compare = cannot compare: the plan { $plan } has errors; fix them first (handlingsplan check shows them)
diff-not-a-revision = `{ $rev }` is not a revision
diff-not-a-revision-hint = give a branch, tag or commit, e.g. --rev main or --rev v1.0..main
diff-no-region-folder = { $plan } has no region folder inside the repository
diff-no-region-folder-hint = the folder above the plan folder holds region.toml and must be in the repository
diff-unknown-revision = unknown revision `{ $rev }`
diff-unknown-revision-hint = give a branch, tag or commit that exists in this repository (see git log)
diff-no-plan-at = { $plan } has no plan.toml at revision { $rev }
diff-no-plan-at-hint = the plan did not exist yet at that revision, or was in another folder; compare two folders instead
diff-cannot-find = cannot find { $path }: { $error }
diff-not-in-repo = { $path } is not in a git repository
diff-not-in-repo-hint = --rev compares versions of a plan kept in git; to compare two folders, give both: handlingsplan diff OLD NEW
diff-cannot-run-git = cannot run git: { $error }
diff-cannot-run-git-hint = install git, or compare two folders: handlingsplan diff OLD NEW
# $command: the git command, e.g. ls-tree; $error: git's own message.
diff-git-failed = git { $command } failed: { $error }
diff-git-no-output = no output
diff-git-exited = git ended with an error

## The report's headings and words.

diff-no-changes = No changes.
diff-heading-accountability = Responsibility, timing and reporting
diff-heading-moves = Moved and renumbered activities
diff-heading-wording = Wording
diff-heading-areas = Strategic areas
diff-heading-rounds = Follow-up rounds
diff-heading-sections = Sections and appendices
diff-heading-metadata = Document details
diff-heading-columns = Columns
diff-heading-region = Region settings
diff-guess = guess: matched by similar text, has no id
diff-show-change = show the change
diff-show-text = show the text
diff-not-set = (not set)
# $number: the activity's number, e.g. 2.4; $area: the area's heading.
diff-added = New activity { $number } ({ $area })
diff-removed = Removed activity { $number } ({ $area })
diff-changed = Activity { $number } ({ $area })
# $old, $new: the activity's old and new number; $area: the new area.
diff-moved = Activity { $old } moved to { $new } ({ $area })
# $old_area: the old area.
diff-moved-between-areas = Activity { $old } ({ $old_area }) moved to { $new } ({ $area })
# $old, $new: numbers or ranges, e.g. 2.3–2.7.
diff-renumbered = { $old } becomes { $new } ({ $area })
# $key: the area file's name without .toml.
diff-area-added = New area «{ $title }» ({ $key }.toml)
diff-area-removed = Removed area «{ $title }» ({ $key }.toml)
diff-area-renamed = Area «{ $title }» changed its file: { $old_key }.toml becomes { $key }.toml
# $old, $new: the area's place in the plan, counted from 1.
diff-area-moved = Area «{ $title }» moved from place { $old } to { $new }
diff-area-changed = Area «{ $title }»
diff-round-added = New follow-up round «{ $title }» (uppfoljning/{ $key }.toml)
diff-round-removed = Removed follow-up round «{ $title }» (uppfoljning/{ $key }.toml)
diff-round-changed = Follow-up round «{ $title }» (uppfoljning/{ $key }.toml)
# The start of the count line: "3 changed, 1 new, 1 removed, 1 moved activity".
diff-count-changed = { $count ->
    [one] { $count } changed
   *[other] { $count } changed
}
diff-count-added = { $count ->
    [one] { $count } new
   *[other] { $count } new
}
diff-count-removed = { $count ->
    [one] { $count } removed
   *[other] { $count } removed
}
diff-count-moved = { $count ->
    [one] { $count } moved
   *[other] { $count } moved
}
# $list: the counts above with commas; $count: the last count, which chooses the noun's form.
diff-count-activities = { $count ->
    [one] { $list } activity
   *[other] { $list } activities
}
diff-no-changed-activities = No changed activities
# Changes that are not to activities.
diff-other-changes = { $count ->
    [one] { $count } other change
   *[other] { $count } other changes
}
# $left: changes not shown; $total: all changes; $limit: a number of characters.
diff-truncated = **The comparison is shortened:** { $left } of { $total } changes are not shown, because a comment on GitHub holds at most { $limit } characters. Run `handlingsplan diff` locally to see everything.
# $activity: e.g. "Activity 1.2 (Ekonomiskt mål)"; $fields: the changed fields.
diff-summary-changed = { $activity }: changed { $fields }
# A column of region.toml; $width: the column's width.
diff-column-required = heading "{ $heading }", width { $width }, required
diff-column-optional = heading "{ $heading }", width { $width }, optional
# A section placed after the strategic areas.
diff-section-after-areas = { $title } (after the areas)
# Whether the document prints an activity (the region may leave ended ones out).
diff-shown = shown
# $status: "avslutad" or "inställd" (the date is under status).
diff-hidden = not shown: { $status }, and visa_avslutade = false

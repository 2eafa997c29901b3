## diff: jämförelsen av två versioner av en plan.

## Fel när planerna inte kan jämföras.

diff-rev-and-new = med --rev anger du en planmapp, inte två
diff-give-two = ange två planmappar (OLD NEW), eller en med --rev REV
diff-usage-hint = handlingsplan diff OLD NEW, eller handlingsplan diff --rev main PLAN_DIR
# En plan i en git-revision, t.ex. "plans/norrbotten/2022 i main".
diff-plan-at = { $plan } i { $rev }
diff-cannot-compare = kan inte jämföra: planen { $plan } har fel; rätta dem först (handlingsplan check visar dem)
diff-not-a-revision = `{ $rev }` är ingen revision
diff-not-a-revision-hint = ange en gren, en tagg eller en commit, t.ex. --rev main eller --rev v1.0..main
diff-no-region-folder = { $plan } har ingen regionmapp i git-förrådet
diff-no-region-folder-hint = mappen ovanför planmappen innehåller region.toml och måste finnas i git-förrådet
diff-unknown-revision = okänd revision `{ $rev }`
diff-unknown-revision-hint = ange en gren, en tagg eller en commit som finns i det här git-förrådet (se git log)
diff-no-plan-at = { $plan } har ingen plan.toml i revisionen { $rev }
diff-no-plan-at-hint = planen fanns inte än i den revisionen, eller låg i en annan mapp; jämför två mappar i stället
diff-cannot-find = hittar inte { $path }: { $error }
diff-not-in-repo = { $path } ligger inte i ett git-förråd
diff-not-in-repo-hint = --rev jämför versioner av en plan som sparas i git; för att jämföra två mappar anger du båda: handlingsplan diff OLD NEW
diff-cannot-run-git = kan inte köra git: { $error }
diff-cannot-run-git-hint = installera git, eller jämför två mappar: handlingsplan diff OLD NEW
# $command: git-kommandot, t.ex. ls-tree; $error: git:s eget meddelande.
diff-git-failed = git { $command } misslyckades: { $error }
diff-git-no-output = ingen utdata
diff-git-exited = git avslutades med ett fel

## Rapportens rubriker och ord.

diff-no-changes = Inga ändringar.
diff-heading-accountability = Ansvar, tider och rapportering
diff-heading-moves = Flyttade och omnumrerade aktiviteter
diff-heading-wording = Formuleringar
diff-heading-areas = Strategiområden
diff-heading-rounds = Uppföljningsomgångar
diff-heading-sections = Avsnitt och bilagor
diff-heading-metadata = Uppgifter om handlingen
diff-heading-columns = Kolumner
diff-heading-region = Regionens inställningar
diff-guess = gissning: matchad på liknande text, saknar id
diff-show-change = visa ändringen
diff-show-text = visa texten
diff-not-set = (saknas)
# $number: aktivitetens nummer, t.ex. 2.4; $area: områdets rubrik.
diff-added = Ny aktivitet { $number } ({ $area })
diff-removed = Borttagen aktivitet { $number } ({ $area })
diff-changed = Aktivitet { $number } ({ $area })
# $old, $new: aktivitetens gamla och nya nummer; $area: det nya området.
diff-moved = Aktivitet { $old } flyttad till { $new } ({ $area })
# $old_area: det gamla området.
diff-moved-between-areas = Aktivitet { $old } ({ $old_area }) flyttad till { $new } ({ $area })
# $old, $new: nummer eller intervall, t.ex. 2.3–2.7.
diff-renumbered = { $old } blir { $new } ({ $area })
# $key: områdesfilens namn utan .toml.
diff-area-added = Nytt område «{ $title }» ({ $key }.toml)
diff-area-removed = Borttaget område «{ $title }» ({ $key }.toml)
diff-area-renamed = Området «{ $title }» har bytt fil: { $old_key }.toml blir { $key }.toml
# $old, $new: områdets plats i planen, räknat från 1.
diff-area-moved = Området «{ $title }» flyttat från plats { $old } till { $new }
diff-area-changed = Området «{ $title }»
diff-round-added = Ny uppföljningsomgång «{ $title }» (uppfoljning/{ $key }.toml)
diff-round-removed = Borttagen uppföljningsomgång «{ $title }» (uppfoljning/{ $key }.toml)
diff-round-changed = Uppföljningsomgången «{ $title }» (uppfoljning/{ $key }.toml)
# Inleder räknaraden: "3 ändrade, 1 ny, 1 borttagen, 1 flyttad aktivitet".
diff-count-changed = { $count ->
    [one] { $count } ändrad
   *[other] { $count } ändrade
}
diff-count-added = { $count ->
    [one] { $count } ny
   *[other] { $count } nya
}
diff-count-removed = { $count ->
    [one] { $count } borttagen
   *[other] { $count } borttagna
}
diff-count-moved = { $count ->
    [one] { $count } flyttad
   *[other] { $count } flyttade
}
# $list: räkningarna ovan med kommatecken; $count: den sista räkningen, som väljer substantivets form.
diff-count-activities = { $count ->
    [one] { $list } aktivitet
   *[other] { $list } aktiviteter
}
diff-no-changed-activities = Inga ändrade aktiviteter
# Ändringar som inte gäller aktiviteter.
diff-other-changes = { $count ->
    [one] { $count } annan ändring
   *[other] { $count } andra ändringar
}
# $left: ändringar som inte visas; $total: alla ändringar; $limit: antal tecken.
diff-truncated = **Jämförelsen är avkortad:** { $left } av { $total } ändringar visas inte, eftersom en kommentar på GitHub rymmer högst { $limit } tecken. Kör `handlingsplan diff` lokalt för att se allt.
# $activity: t.ex. "Aktivitet 1.2 (Ekonomiskt mål)"; $fields: de ändrade fälten.
diff-summary-changed = { $activity }: ändrat { $fields }
# En kolumn i region.toml; $width: kolumnens bredd.
diff-column-required = rubrik "{ $heading }", bredd { $width }, obligatorisk
diff-column-optional = rubrik "{ $heading }", bredd { $width }, frivillig
# Ett avsnitt som står efter strategiområdena.
diff-section-after-areas = { $title } (efter områdena)
# Om dokumentet skriver ut en aktivitet (regionen kan lämna avslutade utanför).
diff-shown = visas
# $status: "avslutad" eller "inställd" (datumet står under status).
diff-hidden = visas inte: { $status }, och visa_avslutade = false

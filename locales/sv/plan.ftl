## plan
## Inläsningens kontroller av region.toml, plan.toml, områdesfilerna och
## Markdown-texten i planen.

## Delas av flera kontroller

# $near: det kända namn som ligger närmast det som skrevs.
plan-did-you-mean = menade du `{ $near }`?
# $key: en kolumns eller ett metadatafälts nyckel, t.ex. ansvarig.
plan-required-here = `{ $key }` krävs här
plan-named-here = anges här

## Områdesfiler (omraden/*.toml)

# En not under det första meddelandet om en okänd nyckel i en områdesfil;
# $count: hur många andra aktiviteter som skriver samma nyckel.
plan-same-unknown-key = { $count ->
    [one] samma nyckel står även i 1 annan aktivitet i den här filen
   *[other] samma nyckel står även i { $count } andra aktiviteter i den här filen
}
# $columns: regionens kolumnnycklar, åtskilda med komma.
plan-heading-unknown-key = okänd nyckel `{ $key }` i [kolumnrubriker]
    .label = inte en kolumn i den här regionen
    .hint = `{ $key }` är inte en av regionens kolumner ({ $columns }); kolumnerna anges i region.toml
plan-field-on-activity-and-part = `{ $key }` anges både på aktiviteten och på den här delen
    .label = angiven på delen
    .activity = angiven på aktiviteten
    .hint = skriv den på aktiviteten om alla delar har samma värde, annars på varje del
plan-activity-no-text = den här aktiviteten saknar `text`
    .hint = lägg till en rad: text = "Beskriv aktiviteten här" (eller en titel, eller delar [[aktivitet.del]])
# Avslutar tipsen om en obligatorisk kolumn som saknas; $key: kolumnens nyckel.
plan-column-may-be-optional = om kolumnen får vara tom, skriv obligatorisk = false i dess [[kolumn]] (falt = "{ $key }") i region.toml
# $heading: kolumnens rubrik i tabellen.
# $optional: meddelandet plan-column-may-be-optional.
plan-part-missing-field = den här delen saknar `{ $key }`, som kolumnen "{ $heading }" behöver
    .hint = lägg till { $key } = "…" på delen, eller en gång på aktiviteten om alla delar har samma värde; { $optional }
plan-activity-missing-field = den här aktiviteten saknar `{ $key }`, som kolumnen "{ $heading }" behöver
    .hint = lägg till en rad: { $key } = "…"; { $optional }
# $year: nyckeln som den skrevs; $period: planens period, t.ex. 2026–2027;
# $first: periodens första år.
plan-year-not-in-period = `{ $year }` är inte ett år i planens period ({ $period })
    .label = utanför perioden
    .hint = använd åren i `period` i plan.toml som nycklar, t.ex. { $first } = "…"
plan-empty-required-field = fyll i den, t.ex. { $key } = "…"
plan-empty-optional-field = kolumnen "{ $heading }" får vara tom: ta bort raden eller fyll i den
# $key: nyckeln skriven med a–z; $columns: regionens kolumnnycklar.
plan-key-without-swedish-letters = nycklar skrivs utan å, ä och ö: `{ $key }`; regionens kolumner är { $columns }
plan-no-such-column = regionens tabeller har ingen kolumn `{ $key }`; kolumnerna är { $columns } (se region.toml)
plan-invalid-id = "{ $id }" är inte ett giltigt id
    .label = ett id får bara innehålla a-z, 0-9 och -
    .hint = skriv id så här: id = "lakemedelsgenomgangar-2022" (utan mellanslag och utan å, ä, ö)
plan-duplicate-id = id:t "{ $id }" används två gånger
    .label = andra gången
    .first = första gången
    .hint = varje id får bara finnas en gång i planen; byt namn på ett av dem

## Listan över områden, `omraden`, i plan.toml

plan-too-many-areas = en plan får ha högst { $max } strategiska områden
    .label = ett för mycket
    .hint = dela upp planen eller slå ihop områden
# $file: områdesfilens sökväg som den visas för användaren.
plan-no-area-file = områdesfilen { $file } finns inte
    .hint = områdesfilerna ligger i omraden/ bredvid plan.toml och anges utan ".toml"
plan-listed-here = angiven här
# Det som inte gick att läsa, i meddelanden som "… hittades inte".
plan-area-file = områdesfilen
# $stem: områdesfilens namn utan ".toml".
plan-unlisted-area = { $file } finns inte med i `omraden` i plan.toml
    .label = de områden som anges
    .hint = lägg till "{ $stem }" i `omraden` där området hör hemma, eller ta bort filen
# $count: planens tabellrader; $max: det högsta antal som stöds.
plan-too-many-activities = { $count ->
    [one] planen har { $count } aktivitet (delar räknas var för sig); högst { $max } stöds
   *[other] planen har { $count } aktiviteter (delar räknas var för sig); högst { $max } stöds
}
    .hint = dela upp den i flera planer; en handlingsplan har oftast några tiotal aktiviteter
plan-area-listed-twice = området "{ $key }" står två gånger
    .label = står här igen
    .hint = varje område ska stå en gång i `omraden`
plan-not-an-area-name = "{ $key }" är inte namnet på en områdesfil
    .label = inget filnamn i omraden/
    .hint = ange områdesfilerna med namn utan ".toml" av bokstäver (å, ä, ö går bra), siffror, "-" och "_", t.ex. "ratt-lakemedelsbehandling" eller "ekonomiskt-mål"; byt mellanslag och punkter mot "-"

## plan.toml

plan-valid-to-before-from = `giltig_till` ({ $to }) är före `giltig_fran` ({ $from })
    .label = slutar innan den börjar
    .hint = kontrollera åren: en plan gäller från giltig_fran till och med giltig_till
plan-not-a-period = "{ $text }" är inte en planperiod
    .label = ett år eller ett spann av år förväntas
    .hint = skriv period = "2022" eller period = "2026–2027": år med fyra siffror ({ $min }–{ $max }), högst { $years } år i följd
# $table: tabellens nyckel, avsnitt eller bilaga.
plan-section-text-and-file = { $table ->
        [bilaga] en bilaga
       *[other] ett avsnitt
    } har antingen `text` eller `fil`, inte båda
    .label = ta bort en av dem
    .hint = `text` innehåller själva Markdown-texten; `fil` anger en .md-fil bredvid plan.toml
plan-section-no-text = { $table ->
        [bilaga] den här bilagan ([[bilaga]])
       *[other] det här avsnittet ([[avsnitt]])
    } saknar `text` (eller `fil`)
    .hint = lägg till text = "…", eller fil = "{ $table }.md" med namnet på en Markdown-fil bredvid plan.toml
plan-section-file-outside = lägg { $table ->
        [bilaga] bilagornas filer
       *[other] avsnittsfilerna
    } bredvid plan.toml
# $label: metadatafältets etikett i dokumentet, t.ex. Gäller för.
# $example: en TOML-rad, t.ex. version = "…".
plan-missing-shown-metadata = plan.toml saknar `{ $key }`, som regionen visar som "{ $label }"
    .hint = lägg till en rad: { $example }
# Regionen visar godkant_datum men planen har inget: den är inte godkänd än (en varning).
plan-not-approved = planen är inte godkänd än: plan.toml saknar `{ $key }`, som regionen visar som "{ $label }"
    .label = `{ $key }` fylls i när planen godkänns
    .hint = lägg till dagen då planen godkänns, t.ex. { $example } (PDF:en dateras med den); till dess är planen ett utkast, och varje sida och utdata säger UTKAST

## Aktiviteternas status

# $status: avslutad eller inställd, som det står i planen.
plan-status-without-date = aktiviteten är markerad "{ $status }" men saknar `status_datum`
    .hint = { $status ->
        [avslutad] lägg till dagen då den avslutades: status_datum = { $date }
       *[other] lägg till dagen då den ställdes in: status_datum = { $date }
    }
plan-status-not-ended = `{ $key }` används bara för aktiviteter som är avslutade eller inställda
    .label = aktiviteten har inte avslutats
    .hint = skriv status = "avslutad" eller status = "inställd" på aktiviteten, eller ta bort `{ $key }`

## Markdown i plantexten, och hänvisningar till aktiviteter

plan-markdown-error-label = här
plan-markdown-warning-label = visas annorlunda
plan-unknown-reference = ingen aktivitet har id:t "{ $id }"
    .label = okänt id
    .hint = en hänvisning anger en aktivitet med dess id: ge aktiviteten id = "{ $id }" i dess [[aktivitet]], eller rätta hänvisningen
plan-reference-did-you-mean = menade du [](#{ $near })?
plan-hidden-reference = hänvisningen till "{ $id }" skrivs ut som "{ $text }", utan länk: aktiviteten visas inte i planens dokument
    .label = aktiviteten är { $status } och visas inte
    .hint = aktiviteten döljs eftersom den är { $status } och regionen döljer avslutade aktiviteter (visa_avslutade = false i region.toml): ta bort hänvisningen, eller visa avslutade aktiviteter med visa_avslutade = true
plan-unexplained-abbreviation = förkortningen "{ $abbreviation }" förklaras inte i regionens förkortningslista
    .label = saknas i [forkortningar]
    .hint = lägg till { $abbreviation } = "…" under [forkortningar] i region.toml, med vad den står för (språklagen 11 § vill att förkortningar förklaras); här står den första gången, senare gånger varnas inte igen

## Registret över organ ([[organ]] i region.toml)

# $name: namnet som det står i planen; $key: ansvarig eller rapportering.
plan-unknown-organ = "{ $name }" i `{ $key }` finns inte i regionens register över organ
    .label = inte i registret
    .hint = lägg till organet i region.toml: [[organ]] med namn = "{ $name }", eller skriv namnet som ett alias (alias = ["{ $name }"]) till organet det avser
plan-organ-did-you-mean = menade du "{ $near }"?
# $list: värdet skrivet som en TOML-lista.
plan-organ-as-list = skriv flera organ som en lista: { $key } = { $list }
plan-organ-name-twice = namnet "{ $name }" står på mer än ett ställe i registret
    .label = andra gången
    .first = första gången
    .hint = ett namn, en förkortning eller ett alias får bara höra till ett organ: ta bort det ena

## Regionens mål (mal.toml bredvid region.toml)

plan-goal-duplicate-id = id:t "{ $id }" används två gånger i mal.toml
    .label = andra gången
    .first = första gången
    .hint = varje mål och varje indikator behöver ett eget id; byt namn på ett av dem
# $kind: indikatorns typ; $expected: vad målvärdet ska vara.
plan-goal-wrong-target = målvärdet för en indikator av typen "{ $kind }" ska vara { $expected }
    .label = ska vara { $expected }
    .hint = skriv malvarde efter typ: ett tal för "antal" (malvarde = 250), ett tal mellan 0 och 100 för "andel" (malvarde = 80), true eller false för "ja/nej", en text för "text"
    .count = ett tal
    .share = ett tal mellan 0 och 100 (procent)
    .yes-no = true eller false
    .text = en text inom citattecken
plan-goal-direction-not-numeric = `riktning` passar inte en indikator av typen "{ $kind }"
    .label = bara för "antal" och "andel"
    .hint = ta bort riktning, eller ändra typ till "antal" eller "andel" om indikatorn är ett tal
plan-goal-unknown-parent = `overordnat` = "{ $id }" är inget mål i mal.toml
    .label = inget mål med det id:t
plan-goal-parent-is-subgoal = "{ $id }" är självt ett delmål och kan inte ha delmål
    .label = ett delmål
    .hint = skriv id:t för ett mål utan overordnat; delmål går bara i en nivå
plan-goal-did-you-mean = menade du "{ $near }"?
plan-unknown-goal = målet "{ $id }" finns inte i regionens mal.toml
    .label = inget mål med det id:t
    .hint = målen i mal.toml: { $ids }
plan-goals-missing = aktiviteten anger mål, men regionen har ingen mal.toml
    .label = regionen har inga mål
    .hint = skriv regionens mål i mal.toml bredvid region.toml ([[mal]] med id och rubrik), eller ta bort mal
## Uppföljningsomgångar (uppfoljning/<omgång>.toml)

# $id: aktivitetens id som omgången skriver det.
plan-round-unknown-activity = ingen aktivitet i planen har id "{ $id }"
    .label = okänt id
    .hint = id:t ska vara en aktivitets id i områdesfilerna; `handlingsplan id` ger aktiviteter utan id ett
plan-round-unknown-indicator = ingen indikator i regionens mal.toml har id "{ $id }"
    .label = okänt id
    .hint = indikatorerna i mal.toml: { $ids }
# $kind: indikatorns typ i mal.toml; $expected: vad värdet ska vara.
plan-round-wrong-value = värdet för en indikator av typen "{ $kind }" ska vara { $expected }
    .hint = skriv varde som indikatorns typ i mal.toml säger: ett tal för "antal", ett tal mellan 0 och 100 för "andel", true eller false för "ja/nej", en text inom citattecken för "text"
plan-round-activity-twice = aktiviteten "{ $id }" följs upp två gånger i samma omgång
plan-round-indicator-twice = indikatorn "{ $id }" har två värden i samma omgång
plan-round-twice-label = andra gången
plan-round-twice-first = första gången
plan-round-twice-hint = slå ihop posterna till en
# $key: datum eller rapporterad; $period: planens period.
plan-round-date-outside = { $key } = { $date } ligger utanför planens period { $period }
    .label = utanför perioden
    .hint = en omgång följer upp planen under dess period: ett datum från { $first } till { $last }
plan-round-status-label = stämmer inte med områdesfilen
plan-round-status-activity = aktiviteten i planen
# $end: avslutad eller inställd; $date: status_datum; $status: omgångens status.
plan-round-status-ended-in-plan = aktiviteten "{ $id }" är { $end } { $date } enligt sin områdesfil, men omgången rapporterar den som "{ $status }"
    .hint = från status_datum rapporteras den som { $allowed }; eller ändra status och status_datum i områdesfilen
plan-round-status-not-in-plan = omgången rapporterar aktiviteten "{ $id }" som "{ $status }", men dess områdesfil säger inte att den är { $end }
    .hint = skriv status = "{ $end }" och status_datum = { $date } (eller tidigare) i aktiviteten i områdesfilen, så att planens status säger detsamma; eller rapportera en status för en pågående aktivitet
# $round: omgångens datum.
plan-round-status-ended-after = aktiviteten "{ $id }" är { $end } först { $date } enligt sin områdesfil, efter omgången { $round } som rapporterar det
    .hint = sätt status_datum i områdesfilen till { $date } eller tidigare, eller rapportera en status för en pågående aktivitet

## region.toml

plan-short-name = `kortnamn` används i filnamn och får bara innehålla a-z, 0-9 och -
    .label = kortnamnet går inte att använda i ett filnamn
    .hint = skriv det så här: kortnamn = "norrbotten"
plan-no-text-column = ingen kolumn visar aktivitetens text
    .hint = lägg till en kolumn med falt = "text": den visar varje aktivitets nummer och text
# $ascii: namnet skrivet utan å, ä och ö.
plan-not-a-field-name = "{ $name }" kan inte vara en nyckel i en aktivitet
    .label = ogiltig nyckel
    .lower = nycklar skrivs med små bokstäver: falt = "{ $ascii }", och aktiviteterna skriver då { $ascii } = "…"
    .folded = nycklar skrivs utan å, ä och ö: falt = "{ $ascii }", och aktiviteterna skriver då { $ascii } = "…"
    .hint = använd bara små bokstäver a-z, siffror och _, t.ex. falt = "onskad_effekt"
plan-column-reserved-key = `{ $name }` är redan en nyckel i aktiviteterna och kan inte vara en kolumn
    .label = inte en kolumn
    .status = status, status_datum och status_kommentar visas i en egen kolumn när region.toml har [status] markering = "kolumn"; ta bort den här [[kolumn]]
    .hint = välj ett annat namn för kolumnens nyckel, t.ex. falt = "onskad_effekt"
plan-column-refused-instead = { $count ->
        [one] { $count } aktivitet skriver
       *[other] { $count } aktiviteter och delar skriver
    } `{ $key }`, som ingen kolumn visar: menade du falt = "{ $key }"?
plan-column-unfilled = ingen aktivitet har `{ $key }`, som kolumnen "{ $heading }" visar ({ $count ->
        [one] { $count } aktivitet saknar den
       *[other] alla { $count } aktiviteter saknar den
    })
    .label = ingen aktivitet har den här nyckeln
    .near = aktiviteterna skriver `{ $near }` ({ $count ->
        [one] { $count } gång
       *[other] { $count } gånger
    }): skriv falt = "{ $near }", eller rätta aktiviteterna
    .hint = lägg till { $key } = "…" i aktiviteterna, eller skriv obligatorisk = false i kolumnen om den får vara tom
plan-column-twice = kolumnen `{ $name }` står två gånger
    .label = andra gången
    .first = första gången
    .hint = varje fält i en aktivitet kan bara vara en kolumn
plan-width = `bredd` måste vara större än 0
    .label = ogiltig bredd
    .hint = bredderna är relativa: bredd = 2 är dubbelt så brett som bredd = 1
# $fields: alla metadatanycklar, åtskilda med komma.
plan-unknown-metadata-field = okänt metadatafält `{ $name }`
    .label = inget metadatafält
    .hint = metadatafälten är: { $fields }
plan-accent-colour = `accentfarg` måste vara en färg som "#005a8c"
    .label = ingen färg på formen #rrggbb
    .hint = skriv färgen som # följt av sex hexadecimala siffror, som i den grafiska profilen
plan-logo-type = logotypen måste vara en PNG-, JPEG- eller SVG-bild
    .label = bildformatet stöds inte
    .hint = exportera logotypen som .svg (bäst) eller .png
plan-logo-alt-empty = `logotyp_alttext` är tom
    .label = ingen text för skärmläsare
plan-logo-alt-missing = logotypen saknar alternativtext (`logotyp_alttext` i [tema])
    .label = logotyp utan alternativtext
plan-logo-alt-hint = lägg till en rad i [tema]: logotyp_alttext = "Region Norrbotten", de ord som en skärmläsare läser upp i stället för logotypen
plan-not-a-pdf-standard = ingen PDF-standard
plan-standards-exclude = standarderna utesluter varandra
plan-font-file-named-here = typsnittsfilen anges här
plan-logo-named-here = logotypen anges här
plan-region-path-outside = lägg logotyper och typsnitt i mappen där region.toml ligger

## Markdown som utdata inte kan visa som den är skriven

# $written: definitionen som den är skriven, t.ex. [a]: https://example.org;
# $label: dess etikett.
plan-md-unused-definition = länkdefinitionen `{ $written }` används inte av någon länk och visas därför inte
    .hint = hänvisa till den som [text][{ $label }], eller ta bort den; skriv \[ först i den för att skriva ut den
# $count: hur många anmärkningar som utelämnades (alltid fler än en).
plan-md-more-notes = { $count ->
    [one] { $count } anmärkning till om den här texten visas inte
   *[other] { $count } anmärkningar till om den här texten visas inte
}
    .hint = rätta dem ovan först
# $link: länken som den är skriven; $why: en av texterna plan-md-link-… nedan.
plan-md-link = länken `{ $link }` { $why }
    .hint = länkar måste gå till en fullständig webb- eller e-postadress som börjar med https://, http:// eller mailto:, t.ex. [Läkemedelsplanen](https://www.norrbotten.se/)
# $title: the link's title as written.
plan-md-link-title = länkens titel "{ $title }" visas inte i någon av utdatafilerna
    .hint = skriv det titeln säger i länktexten eller efter länken, t.ex. [Läkemedelsplanen (regionens plan)](https://www.norrbotten.se/), och ta bort titeln
plan-md-reference-link = länken `{ $link }` (enligt sin referensdefinition) { $why }
plan-md-link-no-address = saknar adress
# $prefix: https://, http:// eller mailto:
plan-md-link-only-prefix = har bara `{ $prefix }` som adress
plan-md-link-spaces = går till `{ $url }`, som innehåller mellanslag eller styrtecken där sådana inte får stå
# $scheme: adressens schema, t.ex. file eller javascript.
plan-md-link-scheme = går till `{ $url }`, och adresser som börjar med `{ $scheme }:` är inte tillåtna
plan-md-link-fragment = går till `{ $url }`, en plats på en webbsida, som inte går att följa från PDF:en
plan-md-link-relative = går till `{ $url }`, en relativ adress, som inte leder någonstans från PDF:en eller Markdown-filen
plan-md-note-unused = fotnoten `[^{ $label }]` hänvisas aldrig till i texten: den skrivs ut som den står
    .hint = hänvisa till den med [^{ $label }] där noten hör hemma, eller ta bort den
plan-md-note-duplicate = fotnoten `[^{ $label }]` finns redan tidigare i texten: den här skrivs ut som den står
    .hint = ge fotnoterna olika namn, t.ex. [^{ $label }-2], och hänvisa till båda
plan-md-note-undefined = hänvisningen `[^{ $label }]` går inte till någon fotnot: den skrivs ut som den står
    .hint = skriv fotnoten på en egen rad i samma text: [^{ $label }]: notens text; eller skriv \[ för att skriva ut tecknen
plan-md-note-in-note = en hänvisning inne i en fotnot blir ingen ny fotnot: `[^{ $label }]` skrivs ut som den står
    .hint = skriv in den andra notens text i den här, eller hänvisa till den från den vanliga texten
plan-md-note-in-cell = fotnoter visas bara i avsnitt och områdens inledningar: `{ $written }` skrivs ut som det står
    .hint = skriv noten i ett avsnitt, eller skriv texten direkt i cellen, t.ex. inom parentes
plan-md-table-in-cell = tabeller visas bara i avsnitt och områdens inledningar: tabellen skrivs ut rad för rad, med | mellan cellerna
    .hint = flytta tabellen till ett avsnitt eller en inledning, eller skriv raderna som en lista
plan-md-table-extra-cells = raden har fler celler än tabellens rubrikrad ({ $columns }): `{ $cells }` visas inte
    .hint = lägg till kolumner i rubrikraden, eller flytta texten till en cell som finns
plan-md-rule = den vågräta linjen `{ $line }` visas inte
    .hint = ta bort linjen; skriv ett omvänt snedstreck före det första tecknet för att skriva ut tecknen, t.ex. \---
plan-md-indented-code = texten är indragen fyra mellanslag eller mer, så Markdown läser den som kod: den skrivs ut rad för rad som den står
    .hint = ta bort indraget så blir den ett vanligt stycke; för att visa kod, skriv ``` på raderna före och efter den
plan-md-html = HTML tolkas inte: `{ $tag }` skrivs ut som det står
    .block = använd Markdown i stället (*kursiv*, **fet**, en tom rad mellan stycken); skriv \< för att skriva ut ett < utan den här varningen
    .line-break = avsluta raden med ett omvänt snedstreck \ för att få en radbrytning; skriv \< för att skriva ut ett < utan den här varningen
    .hint = använd Markdown i stället (*kursiv*, **fet**, [text](https://…)); skriv \< för att skriva ut ett < utan den här varningen
# $tags: taggarna, var och en inom backticks, åtskilda med komma.
plan-md-html-tags = HTML tolkas inte: { $tags } skrivs ut som de står
plan-md-quote = citatets ram visas inte: texten efter `>` skrivs ut som vanliga stycken
    .hint = ta bort `>` i början av raderna, eller skriv \> för att skriva ut tecknet
plan-md-image-without-description = bilden `{ $image }` visas inte, och den har ingen beskrivning som kan skrivas ut i stället
plan-md-image = bilden `{ $image }` visas inte: bara dess beskrivning "{ $description }" skrivs ut
    .hint = plantexten kan inte innehålla bilder; beskriv med text vad bilden visar, eller lägg en logotyp i regionens tema
# $target: det som står efter # i länken.
plan-md-reference-not-an-id = `{ $link }` hänvisar inte till en aktivitet: `#{ $target }` är inget aktivitets-id
    .hint = en hänvisning skrivs [](#id) med id:t för en aktivitet (a-z, 0-9, -), t.ex. punkt [](#lakemedelsgenomgangar)
plan-md-reference-with-text = hänvisningen `{ $link }` har en egen text, som inte ändras när aktivitetens nummer ändras
    .hint = lämna hakparenteserna tomma, [](#{ $target }): aktivitetens nummer fylls i, t.ex. "punkt [](#{ $target })"
# $max: det största djup som visas.
plan-md-nested = listor, citat eller betoningar ligger här mer än { $max } nivåer djupt: de inre nivåerna skrivs ut som vanlig text
    .hint = använd färre nivåer
# [statusnamn] i region.toml. $name: nyckeln som skrevs; $statuses: uppföljningens statusar.
region-status-name-unknown = "{ $name }" är ingen uppföljningsstatus
    .label = ingen status
    .hint = [statusnamn] ger egna namn åt statusarna: { $statuses }
# $status: statusen vars namn är tomt.
region-status-name-empty = namnet på statusen "{ $status }" är tomt
    .label = inget namn
    .hint = skriv det namn handlingarna ska visa, eller ta bort raden för att behålla standardnamnet
# $name: namnet; $other: statusen som redan har det.
region-status-name-taken = "{ $name }" är redan namnet på statusen "{ $other }"
    .label = samma namn som en annan status
    .hint = varje status behöver ett eget namn, annars går rapporten inte att läsa; ge den här statusen ett annat namn

## authoring: new (nästa periods plan), fmt, id, watch och schema.

## new PERIOD --from PLAN_DIR

# $period: det författaren angav som ny period.
period-not-a-period = "{ $period }" är ingen planperiod
period-not-a-period-hint = skriv ett år med fyra siffror ({ $min }–{ $max }), t.ex. 2023, eller högst { $years } år i följd, t.ex. 2026-2027
period-needs-clean-plan = den nya periodens plan kan bara göras från en plan utan fel
period-needs-clean-plan-hint = rätta problemen ovan först (handlingsplan check visar alla)
period-exists = { $path } finns redan
period-exists-hint = new ersätter aldrig en planmapp; ta bort mappen eller byt namn på den först om den ska göras om
period-not-utf8 = { $path } är inte UTF-8-text
# $error: varför filens TOML inte kunde ändras.
period-cannot-edit = kan inte ändra { $path }: { $error }
period-unparsable = TOML-filen kan inte läsas: { $error }
period-cannot-create = kan inte skapa { $path }: { $error }
period-cannot-create-hint = inget skrevs; mappen kan ha skapats under tiden
# Det som återstår att fylla i; $path är den nya plan.toml.
period-todo-approved = { $path }: { $key } = dagen då den nya planen godkänns (till dess är den ett utkast: UTKAST på varje sida, och en varning)
# $path: områdesfilen; $key: områdets nyckel i omraden.
period-todo-emptied = { $path }: alla dess aktiviteter är avslutade och står kvar som avslutade; ersätt dem med periodens aktiviteter ([[aktivitet]]) eller ta bort "{ $key }" från omraden i plan.toml
# Det new gjorde, en rad var. $key: nyckeln (t.ex. titel); $old: den gamla texten.
period-done-renamed = plan.toml: { $key } = "{ $value }" (var "{ $old }")
period-done-id-kept = plan.toml: dokument_id behålls ("{ $id }"): ändra det om den nya planen får ett eget id
# $key: godkant_datum eller andring; $old: den gamla perioden.
period-done-removed = plan.toml: { $key } borttaget (hör till planen för { $old }; den nya planen är en ny handling som inte är godkänd än)
# Ett datum som perioden inte kan ge (ska inte hända: perioden är kontrollerad).
period-no-date = perioden { $period } ger inget datum för { $key }
# $key: giltig_fran eller giltig_till.
period-done-validity = plan.toml: { $key } = { $date } (föreslaget utifrån perioden)
# $activities: id eller plats för de aktiviteter som utelämnades, med kommatecken.
period-done-left-out = { $file }: utelämnade { $activities } (avslutade eller inställda)
period-done-kept-ended = { $file }: behöll { $activities } som avslutade, eftersom text som förs över hänvisar till dem eller området annars blir tomt
period-done-carried = { $file }: { $count ->
    [one] { $count } aktivitet förs över
   *[other] { $count } aktiviteter förs över
} med status = "fortsätter"
# $years: de borttagna åren, med kommatecken; $period: den nya perioden.
period-done-years-removed = { $file }: per_ar-texterna för { $years } borttagna (utanför { $period })
# En aktivitet utan id, efter dess plats i områdesfilen.
period-activity-number = aktivitet { $number }
period-failed = new misslyckades: inget skrevs
period-created = skapade { $dir } från { $from }
period-nothing-missing = inget saknas: `handlingsplan check` hittar inga fel eller varningar
period-to-fill-in = att fylla i ({ $count ->
    [one] { $count } sak
   *[other] { $count } saker
}, `handlingsplan check { $dir }` listar dem):
period-mentions = de här raderna nämner fortfarande den gamla perioden; läs igenom dem:
# Sammanfattningen av den senaste uppföljningsomgången i `new`: $round är filnamnet (2022-12), $date omgångens datum.
period-round-heading = enligt den senaste uppföljningen, { $round } ({ $date }), stod aktiviteterna så här (nummer som i den gamla planen):
# $statuses: "pågår 1, 2; försenad 3", status från omgången följd av aktiviteternas nummer.
period-round-carried = förs över: { $statuses }.
period-round-kept-ended = behålls som avslutade: { $statuses }.
period-round-left-out = utelämnas: { $statuses }.
# En aktivitet som omgången inte rapporterar.
period-round-no-report = ingen rapport

## fmt

# $error: TOML-tolkens meddelande.
fmt-not-toml = { $file } är inte giltig TOML: { $error }
fmt-would-change = formateringen skulle ändra vad { $file } säger, så filen lämnades som den är
fmt-would-change-hint = det här är ett fel i handlingsplan, inte i din plan; rapportera det och bifoga filen
fmt-not-a-plan = { $path } är varken en TOML-fil, en planmapp eller en regionmapp
fmt-not-a-plan-hint = ange planmappar (med plan.toml), regionmappar (med region.toml) eller .toml-filer
fmt-cannot-read = kan inte läsa { $path }: { $error }
# $counts: problemen, t.ex. "2 fel".
fmt-failed = fmt misslyckades: { $counts }; inget skrevs
fmt-would-format = skulle formatera { $path }
fmt-formatted-file = formaterade { $path }
# $checked: hur många filer som gicks igenom.
fmt-all-formatted = { $checked ->
    [one] { $checked } fil kontrollerad: den är redan formaterad
   *[other] { $checked } filer kontrollerade: alla är redan formaterade
}
# $checked: filer som gicks igenom; $count: filer som formateringen skulle ändra.
fmt-not-formatted = { $checked ->
    [one] { $checked } fil kontrollerad
   *[other] { $checked } filer kontrollerade
}: { $count ->
    [one] { $count } fil är inte formaterad
   *[other] { $count } filer är inte formaterade
}
fmt-check-hint = kör handlingsplan fmt utan --check för att formatera dem
# $checked: filer som gicks igenom; $count: filer som formaterades.
fmt-some-formatted = { $checked ->
    [one] { $checked } fil kontrollerad
   *[other] { $checked } filer kontrollerade
}: { $count ->
    [one] { $count } fil formaterad
   *[other] { $count } filer formaterade
}

## id

# $reason: ett av skälen ids-… nedan, eller systemets felmeddelande.
ids-cannot-give = kan inte ge id i { $path }: { $reason }
ids-cannot-give-hint = inget ändrades i filen; rätta problemet och kör handlingsplan id igen
ids-not-a-file = den är inte en vanlig fil
ids-no-activities = den har inga aktiviteter
ids-activity-missing = aktivitet { $number } saknas
ids-not-as-loaded = dess [[aktivitet]] är inte alla tabeller, så platserna går inte att para ihop med planens aktiviteter
ids-cannot-know-activities = id kan inte veta planens aktiviteter: problemen ovan hindrar att planen eller en områdesfil läses
ids-cannot-know-activities-hint = inget ändrades; rätta dem (handlingsplan check visar alla) och kör handlingsplan id igen
# $count: problem som finns kvar i planen efter id (visade som varningar ovan).
ids-remaining = { $count ->
    [one] { $count } problem finns kvar i planen (ovan); handlingsplan check godkänner den inte förrän det är rättat
   *[other] { $count } problem finns kvar i planen (ovan); handlingsplan check godkänner den inte förrän de är rättade
}
# $number: aktivitetens nummer som det skrivs ut, t.ex. 1.3.
ids-given = { $file }: aktivitet { $number } får id = "{ $id }"
ids-nothing-to-do = { $count ->
    [one] inget att göra: { $count } aktivitet har redan ett id
   *[other] inget att göra: alla { $count } aktiviteter har redan ett id
}
# $given: id som gavs nu; $had: aktiviteter som redan hade ett.
ids-gave = gav { $given } id; { $had ->
    [one] { $had } aktivitet
   *[other] { $had } aktiviteter
} hade redan ett

## watch

watch-watching = bevakar { $plan } (skriver till { $out }); avsluta med Ctrl-C
# $time: klockslaget, t.ex. 07:12:03 UTC; $counts: t.ex. "2 fel".
watch-build-failed = { $time } bygget misslyckades: { $counts }; de gamla filerna behålls
# $files: filerna som skrevs, t.ex. "a.pdf (3 sidor), a.md och a.html"; $seconds: t.ex. "1.20 s".
watch-built = { $time } byggde { $files } på { $seconds }
# De två sista i en uppräkning: $rest är de övriga med kommatecken.
watch-and = { $rest } och { $last }
watch-cannot-watch-files = kan inte bevaka filer: { $error }
watch-cannot-watch = kan inte bevaka { $folder }: { $error }
watch-stopped = bevakningen av filerna avbröts

## schema

schema-wrote = skrev { $path }
schema-no-region = kan inte läsa regionen för { $dir }
schema-no-region-hint = ange en planmapp, t.ex. handlingsplan schema plans/norrbotten/2022

## init

init-exists = { $dir } har redan { $count ->
    [one] en av filerna som init skriver
   *[other] { $count } av filerna som init skriver
  }: { $files }
init-exists-hint = init ersätter inga filer och skrev ingenting; välj en tom mapp (handlingsplan init NY-MAPP), eller börja nästa periods plan med handlingsplan new PERIOD --from PLANMAPP
init-failed = init misslyckades: inget skrevs
init-wrote = skrev { $path }
init-next = klart. Nästa steg: handlingsplan build { $plan } bygger PDF:en (ett utkast tills godkant_datum står i plan.toml); öppna mappen i VS Code för komplettering i filerna
init-ask-organisation = Regionens namn
init-default-organisation = Region Exempel
init-ask-kortnamn = Kort namn för filnamn (a–z, 0–9, -)
init-ask-period = Planens period (t.ex. 2027 eller 2027-2028)
init-ask-kolumner = Tabellens kolumner
init-kolumner-referens = Aktivitet · Ansvarig · Tid · Rapportering
init-kolumner-effekt = Aktiviteter · Huvudansvarig · Önskad effekt · Koppling
init-ask-areas = Strategiområdenas rubriker, åtskilda med komma
init-bad-period = "{ $period }" är ingen period: ange ett år (2027) eller ett spann av år (2027-2028)
init-bad-kortnamn = "{ $name }" kan inte vara ett kortnamn: det används i filnamn och får bara ha a–z, 0–9 och -; t.ex. "{ $suggestion }"
init-no-areas = planen behöver minst ett strategiområde: ange --omrade RUBRIK

## uppfoljning ny PLAN_DIR

round-needs-clean-plan = planen har fel, så nästa uppföljningsomgång kan inte skrivas
    .hint = rätta felen ovan (handlingsplan check visar dem) och kör uppfoljning ny igen
round-no-date = dagens datum kunde inte läsas från systemklockan
    .hint = ange omgångens datum: --datum ÅÅÅÅ-MM-DD
# $period: planens period.
round-date-outside = omgångens datum { $date } ligger utanför planens period { $period }
    .hint = ange ett datum inom perioden med --datum ÅÅÅÅ-MM-DD
round-exists = { $path } finns redan
    .hint = uppfoljning ny ersätter aldrig en omgång: fyll i den befintliga filen, eller ange ett datum i en annan månad med --datum
# $number: aktivitetens nummer.
round-activity-without-id = aktivitet { $number } har inget id, och en omgång anger aktiviteterna med id
    .hint = kör handlingsplan id PLAN_DIR först: det ger varje aktivitet utan id ett
# $count: antalet aktiviteter i filen.
round-written = skrev { $path } med { $count ->
    [one] 1 aktivitet
   *[other] { $count } aktiviteter
} att fylla i

## uppfoljning rapport PLAN_DIR

report-no-rounds = planen har inga uppföljningsomgångar, så det finns inget att rapportera
    .hint = skriv den första omgången med handlingsplan uppfoljning ny PLANMAPP och fyll i den
report-unknown-round = planen har ingen uppföljningsomgång "{ $key }"
    .hint = planens omgångar: { $keys }
# $count: hur många tid-värden som inte kunde läsas.
report-unreadable-tid = { $count ->
    [one] 1 tid kunde inte läsas som ett datum och jämfördes inte med omgångens datum
   *[other] { $count } tid-värden kunde inte läsas som datum och jämfördes inte med omgångens datum
}: { $values }
report-written = skrev { $path }{ $details }

## --organ NAMN (uppfoljning ny, ansvar)

# $names: namnen på regionens organ, åtskilda med komma.
organ-unknown = "{ $name }" finns inte i regionens register över organ
    .hint = ange ett namn, en förkortning eller ett alias ur [[organ]] i region.toml; organen: { $names }

## ansvar PLAN_DIR --organ NAMN

ansvar-no-register = ansvar behöver regionens register över organ, och region.toml har inga [[organ]]
    .hint = lägg till ett [[organ]] med namn (och gärna typ, förkortning och alias) i region.toml för varje organ som planerna nämner i ansvarig och rapportering; check kontrollerar sedan namnen

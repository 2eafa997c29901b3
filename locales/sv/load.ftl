## load: reading a plan folder, its files and their TOML tables.

## Finding the plan folder.

# $path: a folder; $error: the operating system's reason.
load-cannot-open = kan inte öppna { $path }: { $error }
load-nothing-loaded = planen kunde inte läsas in
load-plan-folder-is-file = { $name } är en fil; ange planens mapp i stället
    .hint = en planmapp innehåller plan.toml, t.ex. plans/norrbotten/2022
load-plan-folder-not-found = planmappen finns inte: { $name }
    .hint = ange mappen som innehåller plan.toml, t.ex. handlingsplan build plans/norrbotten/2022
# .hint-plans $plans: the plan folders found, separated by commas.
load-region-folder-given = { $name } är en regionmapp (den innehåller region.toml), inte en planmapp
    .hint-none = en planmapp bredvid region.toml innehåller plan.toml och omraden/; ingen sådan finns här
    .hint-plans = ange en av dess planmappar: { $plans }

## Reading files.

# $path: a path as written in a plan file.
load-outside = "{ $path }" är ingen sökväg inuti regionens mapp
    .hint = sökvägar är relativa och stannar inuti mappen: inga "..", inget "/" först
# What is read, in the messages below: the value is the thing itself
# ("filen"), .a one of them ("en planfil").
load-thing-file = filen
    .a = en planfil
load-thing-area-file = områdesfilen
    .a = en områdesfil
load-thing-template = mallen
    .a = en mall
load-thing-logo = logotypen
    .a = en logotyp
load-thing-font-file = typsnittsfilen
    .a = en typsnittsfil
# $thing: a load-thing-… message ("filen").
load-not-found = { $thing } finns inte: { $name }
load-is-folder = { $name } är en mapp, men här ska det vara en fil
    .hint = ta bort mappen eller byt namn på den, så att en fil med det namnet kan ligga där
load-not-a-file = { $name } är ingen vanlig fil (utan en pipe, en socket eller en enhet) och läses därför inte
    .hint = ersätt den med en vanlig textfil
# $folder: the region's folder.
load-leads-outside = { $name } leder ut ur regionens mapp och läses därför inte
    .hint = lägg alla filer som en plan använder i { $folder }, utan länkar som pekar någon annanstans
# $size and $limit: megabytes; $thing: the .a of a load-thing-… message ("en planfil").
load-too-large = { $name } är { $size } MB; { $thing } får vara högst { $limit } MB
    .hint = är det rätt fil?
# $error: the operating system's reason.
load-cannot-read = kan inte läsa { $name }: { $error }
load-utf16 = { $name } är sparad som UTF-16, inte UTF-8
    .hint = spara filen med teckenkodningen UTF-8 (i de flesta program: Spara som… → Kodning → UTF-8)
load-not-utf8 = { $name } är inte giltig UTF-8
    .label = den här byten är inte UTF-8-text
    .hint = spara filen med teckenkodningen UTF-8; filer i Latin-1 (ISO-8859-1) eller Windows-1252 ger det här felet vid första å, ä eller ö
# $thing: a load-thing-… message ("logotypen").
load-named-here = { $thing } anges här
load-asset-hint = sökvägar är relativa till mappen som innehåller region.toml

## Characters no plan text may hold.

load-char-nul = styrtecknet NUL
load-char-esc = styrtecknet ESC
load-char-del = styrtecknet DEL
load-char-lre = en vänster-till-höger-inbäddning
load-char-rle = en höger-till-vänster-inbäddning
load-char-pdf = ett tecken som avslutar en riktningsformatering
load-char-lro = en vänster-till-höger-åsidosättning
load-char-rlo = en höger-till-vänster-åsidosättning
load-char-isolate = en dubbelriktad isolering
load-char-control = ett styrtecken
# $character: a load-char-… message; $code: the character's number in hex, e.g. 202E.
load-forbidden = texten innehåller { $character } (U+{ $code }), som inte kan skrivas ut
    .label = osynligt tecken här
    .hint = ta bort det: sådana tecken kommer oftast från text som har kopierats från ett annat program
load-forbidden-escape = skrivet som en escape-sekvens i texten
    .hint = ta bort escape-sekvensen \u{ $code } ur texten
# $count: how many code points the written character has; $max: MAX_CLUSTER.
load-long-cluster = texten innehåller ett tecken som består av { $count } kodpunkter (en bokstav följd av kombinerande tecken eller sammanfogningar), fler än de { $max } som stöds
    .label = tecknet börjar här
    .hint = ta bort de kombinerande tecknen efter bokstaven; ett tecken i riktig text består av högst några få, och högst { $max } stöds. Sådana följder kommer oftast från skadad eller kopierad text
# $reference: the character reference as written, e.g. &#x202E;
load-forbidden-reference = skrivet som teckenreferensen `{ $reference }` i Markdown-texten
    .hint = ta bort teckenreferensen `{ $reference }`: tecken som inte får skrivas direkt får inte heller skrivas som referenser

## TOML syntax: one message per kind of mistake (src/load/syntax_kind.rs).
## Every message takes $key and $value (the key and value as written on the
## line); the .label and .hint also take $line (a line number, 0 for none),
## $example (the line corrected), $quote (the quote that closes a text) and
## $detail.

# $detail: the TOML reader's own description of a mistake of a kind not named below (in English).
load-invalid-toml = ogiltig TOML: { $detail }
    .label = { $detail }
    .hint = kontrollera citattecken och hakparenteser på raden; textvärden ska stå inom citattecken: ansvarig = "Verksamhetscheferna"
load-toml-unquoted-text = texten `{ $value }` saknar citattecken
    .label = text utan citattecken
    .hint = sätt citattecken runt texten: { $example }
load-toml-unquoted-date = datumet `{ $value }` är skrivet med fel skiljetecken
    .label = skriv datum som år-månad-dag
    .hint = skriv datum som år-månad-dag med bindestreck, utan citattecken, t.ex. godkant_datum = 2021-12-09
load-toml-missing-value = värdet saknas efter `{ $key } =`
    .label = värde saknas
    .hint = skriv ett värde efter =, text inom citattecken: { $example }
load-toml-unclosed-text = texten saknar avslutande citattecken
    .label = här ska texten sluta med { $quote }
    .hint = texten som börjar på rad { $line } avslutas med { $quote } på samma rad: { $example }; en text över flera rader skrivs inom """ och """
load-toml-unclosed-long-text = den flerradiga texten slutar aldrig
    .label = filen tar slut inne i texten
    .hint = texten som börjar med { $quote } på rad { $line } ska avslutas med { $quote } där den tar slut
load-toml-missing-opening-quote = texten saknar inledande citattecken
    .label = citattecken saknas före texten
    .hint = sätt citattecken även före texten: { $example }
load-toml-control-character = ett osynligt styrtecken står i texten
    .label = styrtecken
    .hint = ta bort tecknet, som ofta följer med när text klistras in; skriv en text över flera rader inom """ och """
load-toml-lone-carriage-return = ett ensamt vagnreturtecken (CR) står på raden
    .label = vagnretur utan radbrytning
    .hint = spara filen med vanliga radbrytningar (LF eller CRLF), t.ex. genom att öppna och spara den i en textredigerare
load-toml-bad-escape = ett omvänt snedstreck (\) i texten inleder inget känt tecken
    .label = okänd kombination efter \
    .hint = skriv \\ för ett omvänt snedstreck, t.ex. "C:\\Dokument", eller skriv texten inom enkla citattecken: 'C:\Dokument'
load-toml-bad-unicode-escape = teckenkoden efter \u i texten är ogiltig
    .label = ogiltig teckenkod
    .hint = skriv tecknet direkt i texten; en teckenkod skrivs \u följt av fyra hexadecimala siffror, t.ex. \u00e9 för é
load-toml-multi-line-key = en nyckel kan inte skrivas inom tre citattecken
    .label = nyckel inom tre citattecken
    .hint = skriv nyckeln utan citattecken, t.ex. rubrik = "Syfte"
load-toml-bad-key-character = tecknet `{ $value }` får inte stå i en nyckel
    .label = otillåtet tecken
    .hint = nycklar skrivs med a–z, siffror, _ och -, t.ex. status_datum = 2026-03-01
load-toml-empty-key = nyckeln saknas före =
    .label = nyckel saknas
    .hint = skriv nyckeln före =, t.ex. tid = "December"
load-toml-empty-table-name = tabellrubriken saknar namn
    .label = namn saknas
    .hint = skriv tabellens namn mellan hakparenteserna, t.ex. [[aktivitet]] eller [status]
load-toml-key-without-value = `{ $key }` saknar = och värde
    .label = = saknas
    .hint = skriv = mellan nyckeln och värdet, och text inom citattecken: { $example }
load-toml-key-with-space = nyckeln `{ $key }` innehåller mellanslag
    .label = nyckel med mellanslag
    .hint = skriv nyckeln utan mellanslag: { $example }
load-toml-missing-table-open = tabellrubriken `{ $key }` saknar inledande hakparentes
    .label = [ saknas
    .hint = skriv rubriken inom hakparenteser: { $example }
load-toml-unclosed-table = tabellrubriken `[{ $key }` saknar avslutande ]
    .label = ] saknas
    .hint = avsluta rubriken med ]: { $example }
load-toml-unclosed-array-table = tabellrubriken `[[{ $key }` saknar avslutande ]]
    .label = ]] saknas
    .hint = en rubrik i en lista av tabeller skrivs med dubbla hakparenteser på båda sidor: { $example }
load-toml-extra-content = efter värdet står något mer på raden
    .label = oväntat efter värdet
    .hint = varje nyckel med sitt värde står på en egen rad; en text med mellanslag eller kommatecken står inom citattecken: { $example }
load-toml-header-extra = efter tabellrubriken står något mer på raden
    .label = oväntat efter rubriken
    .hint = efter en tabellrubrik får bara en kommentar (#) stå på raden; skriv nycklarna på raderna under
load-toml-extra-equals = ett = för mycket efter `{ $key }`
    .label = ett = för mycket
    .hint = skriv ett enda = mellan nyckel och värde: { $example }
load-toml-unclosed-list = listan saknar avslutande ]
    .label = ] saknas
    .hint = avsluta listan med ] och skriv kommatecken mellan posterna, t.ex. rapportering = ["LSG Läkemedel", "Kunskapsstyrningsrådet"]
load-toml-list-comma = kommatecken saknas mellan listans poster
    .label = , saknas
    .hint = skriv kommatecken mellan posterna, t.ex. rapportering = ["LSG Läkemedel", "Kunskapsstyrningsrådet"]
load-toml-list-extra-comma = ett kommatecken för mycket i listan
    .label = kommatecken utan post
    .hint = ta bort det extra kommatecknet; mellan två poster står ett enda
load-toml-list-equals = ett = står i en lista
    .label = = i en lista
    .hint = en lista rymmer bara värden, t.ex. ["LSG Läkemedel", "Kunskapsstyrningsrådet"]; nyckel = värde skrivs på en egen rad
load-toml-unmatched-close = `{ $value }` avslutar inget
    .label = inget att avsluta
    .hint = ta bort tecknet, eller skriv det inledande [ eller { "{" } före värdet
load-toml-inline-table-unclosed = tabellen inom { "{ }" } saknar avslutande { "}" }
    .label = { "}" } saknas
    .hint = avsluta tabellen med { "}" } på samma rad, t.ex. { "{" } falt = "tid", rubrik = "Tid" { "}" }
load-toml-inline-table-entry = felskriven post i tabellen inom { "{ }" }
    .label = felskriven post
    .hint = skriv posterna som nyckel = värde med kommatecken emellan, t.ex. { "{" } falt = "tid", rubrik = "Tid" { "}" }
load-toml-leading-zero = talet `{ $value }` börjar med 0
    .label = inledande nolla
    .hint = skriv talet utan inledande nollor: { $key } = { $example }; ska nollan synas, skriv det som text inom citattecken
load-toml-bad-number = talet `{ $value }` är felskrivet
    .label = felskrivet tal
    .hint = skriv heltal som 12 och decimaltal med punkt, t.ex. 1.5; är det en text, sätt citattecken runt den
load-toml-bad-boolean = `{ $value }` är varken true eller false
    .label = true eller false
    .hint = skriv true eller false med små bokstäver; är det en text, sätt citattecken runt den
load-toml-bad-date = datumet `{ $value }` finns inte eller är felskrivet
    .label = ogiltigt datum
    .hint = skriv datum som år-månad-dag, t.ex. godkant_datum = 2021-12-09, och kontrollera att dagen finns
load-toml-duplicate-key = nyckeln `{ $key }` står två gånger
    .label = skriven en andra gång
    .hint = { $line ->
        [0] ta bort den ena
       *[other] `{ $key }` skrevs första gången på rad { $line }; ta bort den ena eller slå ihop dem
    }
load-toml-duplicate-table = tabellen `[{ $value }]` står två gånger
    .label = en andra rubrik
    .hint = { $line ->
        [0] skriv allt som hör till tabellen under en enda rubrik
       *[other] skriv allt som hör till tabellen under rubriken { $example } på rad { $line }; är det en lista av tabeller, skriv [[{ $value }]] före varje post
    }
load-toml-subtable-first = en deltabell till `{ $key }` står före den första rubriken [[{ $key }]]
    .label = den första [[{ $key }]]
    .hint = { $example } på rad { $line } hör till en [[{ $key }]]: flytta den så att den står under rubriken [[{ $key }]] för den post den hör till
load-toml-key-already-value = `{ $key }` har redan ett värde och kan inte få undernycklar
    .label = `{ $key }` har redan ett värde
    .hint = { $line ->
        [0] byt namn på den ena
       *[other] `{ $key }` fick sitt värde på rad { $line } ({ $example }); byt namn på den ena eller slå ihop dem
    }
load-toml-too-deep = för många nivåer av listor och tabeller i varandra
    .label = för djupt
    .hint = skriv listorna och tabellerna med färre nivåer i varandra
# $key: the key as written; $ascii: the same key without å, ä and ö.
load-swedish-key = nycklar skrivs utan å, ä och ö: `{ $key }` ska vara `{ $ascii }`
    .label = skriv `{ $ascii }`
    .hint = planens nycklar skrivs med enkla bokstäver (a för å och ä, o för ö): { $ascii } = …; värdena får innehålla alla bokstäver
load-swedish-abbreviation = en nyckel med å, ä eller ö skrivs inom citattecken: `{ $key }`
    .label = skriv "{ $key }"
    .hint = TOML tillåter bara a-z, A-Z, 0-9, - och _ i nycklar utan citattecken; en förkortning under [forkortningar] behåller sina bokstäver inom citattecken: "{ $key }" = "…"

## Tables and keys.

# The tables of the format, as named in the messages below.
load-table-region = region.toml
load-table-status = [status]
load-table-column = en [[kolumn]]-tabell
load-table-metadata = [metadata]
load-table-theme = [tema]
load-table-plan = plan.toml
load-table-change = en [[andring]]-tabell
load-table-section = en [[avsnitt]]-tabell
load-table-appendix = en bilaga ([[bilaga]])
load-table-area = en områdesfil
load-table-activity = en aktivitet ([[aktivitet]])
load-table-part = en del ([[aktivitet.del]])
load-table-organ = ett organ ([[organ]])
load-table-goals = mal.toml
load-table-goal = ett mål ([[mal]])
load-table-indicator = en indikator ([[mal.indikator]])
load-table-round = en uppföljningsomgång (uppfoljning/<omgång>.toml)
load-table-round-activity = en aktivitet i en uppföljningsomgång ([[aktivitet]])
load-table-round-indicator = en indikator i en uppföljningsomgång ([[indikator]])

# What a key's value must be ($expected in load-wrong-type).
load-expected-text = en text inom citattecken
load-expected-lines = en text eller en lista av texter
load-expected-text-list = en lista av texter
load-expected-date = ett datum (ÅÅÅÅ-MM-DD)
load-expected-date-list = en lista av datum (ÅÅÅÅ-MM-DD)
load-expected-number = ett tal
load-expected-target = ett tal, true/false eller en text, efter indikatorns typ
load-expected-measure = ett tal, true/false eller en text
load-expected-bool = true eller false
load-expected-period = ett år eller ett årsspann
load-expected-table = en tabell
load-expected-tables = en lista av tabeller

# What a value is ($found in load-wrong-type).
load-found-text = en text
load-found-integer = ett heltal
load-found-float = ett decimaltal
load-found-bool = true/false
load-found-date = ett datum
load-found-list = en lista
load-found-table = en tabell

# $key: a key; $expected: a load-expected-… message; $found: a load-found-… message;
# $example: a whole line of TOML.
load-wrong-type = `{ $key }` ska vara { $expected }, men här är det { $found }
    .label = ska vara { $expected }
    .hint = skriv så här: { $example }
# $table: a load-table-… message.
load-missing = { $table } saknar `{ $key }`
load-required = `{ $key }` måste finnas här
    .hint = lägg till en rad: { $example }
# $reference: the reference as written, e.g. [](#id).
load-reference-in-plain-text = `{ $key }` är vanlig text, så hänvisningen `{ $reference }` skulle skrivas ut precis som den står, inte som ett nummer
    .label = vanlig text
    .hint = hänvisningar fungerar i Markdown-text: en aktivitets eller dels `text`, `inledning`, ett avsnitts text, en kolumns gemensamma text i region.toml och `beskrivning`; flytta den dit
load-empty = `{ $key }` är tom
    .label = inget skrivet här
    .hint = fyll i den, t.ex. { $example }
load-not-a-date = `{ $key }` är inget riktigt datum
    .label = den dagen finns inte
    .hint = skriv datumet som år-månad-dag: { $example }
# $value: the text written; $choices: the allowed values, e.g. "först" eller "sist" eller "nej".
load-bad-choice = `{ $key }` kan inte vara "{ $value }"
    .label = ska vara { $choices }
# Between the allowed values in load-bad-choice.
load-or = eller
# .hint-near $near: the known key nearest to the one written;
# .hint-known $keys: every key allowed here, separated by commas.
load-unknown-key = okänd nyckel `{ $key }` i { $table }
    .label = okänd nyckel
    .hint-near = menade du `{ $near }`?
    .hint-known = kända nycklar här: { $keys }
    .hint-outer = nycklar efter en tabellrubrik hör till den tabellen; `{ $key }` hör till { $table }: flytta den ovanför den första rubriken, { $header } på rad { $line }
    .hint-inner = `{ $key }` hör till { $table }: skriv den efter rubriken för den post den gäller, som { $example }
    .hint-year = texten för ett år skrivs i tabellen { $header } under aktivitetens övriga nycklar: först raden { $header }, sedan { $key } = "…"

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

## TOML syntax.

# $detail: the TOML reader's own description of the mistake (in English).
load-invalid-toml = ogiltig TOML: { $detail }
load-invalid-toml-unknown = ogiltig TOML
load-invalid-toml-date-hint = skriv datum som år-månad-dag, t.ex. godkant_datum = 2021-12-09, och kontrollera att dagen finns
load-invalid-toml-hint = kontrollera citattecken och hakparenteser på raden; textvärden ska stå inom citattecken: ansvarig = "Verksamhetscheferna"
# $key: the key as written; $ascii: the same key without å, ä and ö.
load-swedish-key = nycklar skrivs utan å, ä och ö: `{ $key }` ska vara `{ $ascii }`
    .label = skriv `{ $ascii }`
    .hint = planens nycklar skrivs med enkla bokstäver (a för å och ä, o för ö): { $ascii } = …; värdena får innehålla alla bokstäver

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
load-table-area = en områdesfil
load-table-activity = en aktivitet ([[aktivitet]])
load-table-part = en del ([[aktivitet.del]])

# What a key's value must be ($expected in load-wrong-type).
load-expected-text = en text inom citattecken
load-expected-lines = en text eller en lista av texter
load-expected-text-list = en lista av texter
load-expected-date = ett datum (ÅÅÅÅ-MM-DD)
load-expected-number = ett tal
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

## render: mallar, PDF-filen och dess standarder, typsnitt och logotyp,
## accentfärgen; build: att skriva utfilerna; extract: planfilerna som bifogats en PDF-fil.

## Mallar

# $file: mallens filnamn, t.ex. templates/plan.typ
render-template-not-utf8 = mallen { $file } är inte text i UTF-8
render-template-not-utf8-hint = spara mallen med teckenkodningen UTF-8
# Hur en inbyggd mall heter i meddelanden; $file: t.ex. plan.typ
render-builtin-template = templates/{ $file } (inbyggd)
render-template-here = här
render-builtin-template-hint = felet finns i handlingsplans egen mall, inte i planen; rapportera det gärna
# $template: regionens mallfil
render-region-template-hint = felet finns i regionens mall { $template }; rätta det där, eller ta bort mallen för att använda den inbyggda
# $format: PDF, Markdown eller HTML; $detail: mallmotorns eget (engelska) meddelande
render-template-syntax = mallen för { $format } går inte att tolka: { $detail }
render-template-failed = mallen för { $format } gick inte att köra: { $detail }
render-template-undefined-hint = kontrollera att namnen i mallen stämmer med dokumentets fält
render-template-failed-hint = felet finns i mallen, inte i planen
# När typst inte anger något eget syntaxfel.
render-syntax-error = syntaxfel

## Accentfärgen

# $accent: färgen som den är skriven, t.ex. #ffcc00; $ratio: t.ex. 1.51:1
render-accent-contrast = accentfärgen { $accent } har kontrasten { $ratio } mot vitt; rubriker och länkar i HTML-versionen behöver minst 4.5:1 (WCAG 2.1 AA)
render-accent-contrast-label = för ljus för text
# $colour: en mörkare färg, t.ex. #806600; $ratio: dess kontrast
render-accent-contrast-hint = en mörkare nyans, t.ex. accentfarg = "{ $colour }" ({ $ratio }), går att läsa; eller skriv html = false i region.toml

## PDF-filen

# Sammanfattningen efter PDF-filens namn.
render-pages = { $count ->
    [one] { $count } sida
   *[other] { $count } sidor
}
# Mellan de två sista namnen i en lista över standarder.
render-and = och
# $standards: t.ex. "ua-1 och a-2a"
render-attach-refused = planens källfiler kan inte bifogas en PDF-fil som anger { $standards }
render-attach-refused-label = källfilerna bifogas här
render-attach-refused-hint = PDF/A-1 tillåter inga bifogade filer, och PDF/A-2 och PDF/A-4 bara filer i PDF/A
# $whence: --pdf-standard eller `pdfstandard`
render-attach-refused-fix = ange PDF/A-3 i { $whence } (t.ex. ua-1 och a-3a), eller skriv bifoga_kallfiler = false
render-epoch-invalid = SOURCE_DATE_EPOCH={ $epoch } är inget datum mellan år 1 och år 9999
render-epoch-invalid-hint = ange antalet sekunder sedan 1970-01-01 UTC, t.ex. SOURCE_DATE_EPOCH=1640995200, eller ta bort variabeln
# $message: typsts eget (engelska) meddelande
render-pdf-failed = PDF-filen kunde inte skapas: { $message }
# $names: de angivna standarderna, t.ex. "ua-1, a-2a"; $whence: var de angavs
render-standards-declared-hint = PDF-filen anger { $names } ({ $whence }), och typst kontrollerar varje sida mot dem när PDF-filen skrivs
render-standards-in-region = `pdfstandard` i region.toml
render-standards-declared-label = standarderna anges här
render-logo-hint = kontrollera logotypen som `logotyp` i region.toml anger: den måste vara en giltig PNG-, JPEG- eller SVG-fil
render-logo-label = logotypen anges här
# En varning från typst (dess $message är på engelska) på en rad och kolumn i mallen.
render-typst-warning = { $file }:{ $line }:{ $column }: { $message }
render-typst-warning-unlocated = { $message }

## Typsnitt, logotyp och tecken

render-font-unreadable = { $file } är ingen typsnittsfil som går att läsa
render-font-unreadable-hint = använd typsnittsfiler i formatet TrueType (.ttf) eller OpenType (.otf)
render-font-unreadable-label = typsnittsfilen anges här
render-font-missing = typsnittet "{ $font }" finns inte
# $fonts: byggets typsnitt, t.ex. "Noto Sans, Noto Sans Math"
render-font-missing-hint = skriv ett av dessa typsnitt i `typsnitt`: { $fonts }; eller lägg till typsnittets filer med `typsnittsfiler`
render-font-missing-label = typsnittet finns inte
render-logo-invalid = { $file } är ingen giltig bild av det slag som filnamnet anger
render-logo-invalid-hint = exportera logotypen på nytt som .svg (helst) eller .png, och ge filen motsvarande filändelse
# $heading: the heading's first words; $area: the area's title.
render-heading-too-tall = kolumnrubriken "{ $heading }" i området "{ $area }" blir mer än en halv sida hög i PDF:en, så aktiviteterna under den får inte plats
render-heading-too-tall-label = för lång kolumnrubrik
render-heading-too-tall-hint = korta rubriken till några ord; en längre förklaring av kolumnen kan stå i områdets `inledning`
# $char: tecknet; $code: dess kodpunkt i hexadecimal form, t.ex. 1F600
render-undrawable = inget typsnitt kan rita tecknet "{ $char }" (U+{ $code }); det skulle skrivas ut som en tom ruta
render-undrawable-hint = byt ut det mot ett tecken som typsnitten har (de inbäddade Noto-typsnitten har latinska, grekiska och kyrilliska bokstäver, ✓ ✔ ☐ ☑ ☒ → ← ≥ ≤ ① och många symboler), eller lägg till ett typsnitt som har tecknet med `typsnittsfiler` i region.toml
render-undrawable-label = kan inte ritas

## PDF-standarder

# $standards: t.ex. "ua-1, a-1b"
render-standard-ua-pdf-a-1 = en PDF-fil kan inte följa { $standards } samtidigt: PDF/UA-1 kräver PDF 1.7 (för att markera sidhuvuden och sidfötter som artefakter), och PDF/A-1 tillåter bara PDF 1.4
render-standard-along-with-ua = ange högst en del av PDF/A, och tillsammans med ua-1 bara PDF/A-2 eller PDF/A-3 (PDF/A-1 är PDF 1.4 och PDF/A-4 är PDF 2.0, medan PDF/UA-1 kräver PDF 1.7), t.ex. ua-1 och a-2a
render-standard-did-you-mean = menade du "{ $name }"?
# $names: alla standarder som typst känner till
render-standard-list = standarderna är: { $names }
render-standard-unknown = "{ $name }" är ingen PDF-standard som typst kan skapa
# $reason: typsts eget (engelska) skäl
render-standard-incompatible = en PDF-fil kan inte följa { $standards } samtidigt: { $reason }

## Att skriva utfilerna

# En skrivning som ett avbrott inte kunde ångra helt.
build-interrupt-failure = fel: { $message }
build-draft-refused = planen är ett utkast: plan.toml har inget godkant_datum, och --slutlig bygger bara godkända planer
    .label = godkant_datum saknas här
    .hint = skriv dagen då planen godkändes, t.ex. { $example }, eller bygg utkastet utan --slutlig
build-refuse-protected = skriver inte { $target }: den skulle ersätta { $source }, en fil som planen läses från
build-refuse-protected-hint = skriv utfilerna till en annan mapp, t.ex. -o output
# $error: operativsystemets förklaring
build-cannot-write = kan inte skriva { $path }: { $error }
build-cannot-write-hint = kontrollera att det går att skriva i mappen och att ingen mapp eller fil står i vägen; build och watch kan skriva till en annan mapp med -o DIR
build-not-a-file = sökvägen anger ingen fil
build-restore-failed = kunde inte lägga tillbaka den gamla filen { $target }: { $error }; den finns kvar som { $backup }
build-remove-failed = kunde inte ta bort den nya filen { $target }: { $error }
build-stdout-failed = fel: kan inte skriva till standard ut: { $error }
# Skrivaren vägrar: $path är filen, $root mappen den måste stanna i.
write-outside = skriver inte { $path }: den skulle hamna utanför { $root }
write-outside-hint = handlingsplan skriver bara i mappen som kommandot gäller; en symbolisk länk till en mapp någon annanstans räknas inte dit
write-symlink = skriver inte { $path }: den är en symbolisk länk, och handlingsplan skriver aldrig genom en länk
write-symlink-hint = ersätt länken med en vanlig fil, eller kör kommandot på mappen där filen som länken pekar på ligger
write-changed = skriver inte { $path }: filen har ändrats sedan handlingsplan läste den (sparades den i en editor medan kommandot körde?)
write-changed-hint = den nyare versionen får stå kvar som den är; kör kommandot igen
write-exists = { $path } finns redan; ingenting skrevs
write-exists-hint = handlingsplan skriver aldrig över en fil som redan finns; välj en ny eller tom mapp

## Att hämta planens filer ur en PDF-fil

extract-not-pdf = ingen PDF-fil som går att läsa ({ $error })
extract-no-catalog = PDF-filen saknar katalog ({ $error })
extract-nested = PDF-filens lista över bifogade filer är för djupt nästlad
extract-not-file-spec = en bifogad fil i PDF-filen är ingen filspecifikation
extract-damaged = PDF-filens lista över bifogade filer är skadad
extract-no-name = en bifogad fil i PDF-filen saknar filnamn
extract-no-content = den bifogade filen { $name } saknar innehåll
extract-cannot-decode = den bifogade filen { $name } går inte att avkoda ({ $error })
extract-too-large = den bifogade filen { $name } är större än { $limit } MB uppackad; ingen planfil är så stor
extract-too-much = de bifogade filerna är tillsammans större än { $limit } MB uppackade (vid { $name })
extract-unknown-filter = den bifogade filen { $name } är packad med { $filter }, som handlingsplan inte läser (bara FlateDecode)
extract-unsafe-name = den bifogade filen "{ $name }" har styrtecken i namnet
extract-pdf-too-large = filen är större än { $limit } MB
extract-outside = den bifogade filen "{ $name }" skulle hamna utanför mappen
extract-outside-hint = namnen på bifogade filer måste vara relativa sökvägar utan ".."; den här PDF-filen är inte skapad av handlingsplan, eller så har den ändrats
extract-duplicate = PDF-filen har två bifogade filer med namnet "{ $name }"
extract-altered-hint = den här PDF-filen är inte skapad av handlingsplan, eller så har den ändrats
extract-cannot-read = kan inte läsa { $path }: { $error }
extract-no-files = { $path } innehåller inga planfiler
extract-no-files-hint = bara PDF-filer som byggts med bifoga_kallfiler = true i region.toml innehåller planens filer
extract-wrote = skrev { $path }
# $count: antalet filer; $pdf: PDF-filens sökväg
extract-done = { $count ->
    [one] hämtade { $count } fil ur { $pdf }
   *[other] hämtade { $count } filer ur { $pdf }
}
extract-failed = det gick inte att hämta filerna; ingenting skrevs

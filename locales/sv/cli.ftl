## Kommandoraden: hjälp för varje kommando och argument, claps egna ord, sammanfattningar.
## Hjälpen för ett kommando är cli-<kommando> (.long för --help, .after
## för raderna efter den); för ett argument cli-<kommando>-<argument>,
## eller cli-arg-<argument> när flera kommandon har det.

cli-about = Gör en handlingsplan för läkemedelsplanen, skriven som TOML-filer, till dess officiella PDF, en Markdown-version för granskning och en tillgänglig HTML-sida.
    .long = Gör en handlingsplan för läkemedelsplanen, skriven som TOML-filer, till dess officiella PDF, för nämnden, en Markdown-version, för att granska ändringar, och en tillgänglig HTML-sida, för webben.

        En plan är en mapp som plans/norrbotten/2022/ med plan.toml och en fil per strategiskt område i omraden/; mappen ovanför har region.toml med organisationens kolumner och stil. Alla nycklar står i README.md.

        Meddelandena är på svenska; --lang en eller HANDLINGSPLAN_LANG=en ger dem på engelska.
    .after = Exempel:
        {"  "}handlingsplan build plans/norrbotten/2022
        {"  "}handlingsplan check plans/norrbotten/2022
        {"  "}handlingsplan build plans/norrbotten/2022 -o /tmp/utkast

cli-build = Bygg PDF, Markdown och HTML för en plan.
    .long = Bygg PDF, Markdown och HTML för en plan.

        Skriver <region>-<period>.pdf och <region>-<period>.md, t.ex. output/norrbotten-2022.pdf, och en tillgänglig <region>-<period>.html om inte region.toml säger html = false eller --no-html anges. Ingenting skrivs om planen har ett fel.
cli-build-emit_typst = Skriv också den exakta typst-källan, data och typsnitt som PDF:en kompileras från, för att granska eller kompilera med kommandot typst.
cli-build-no_html = Skriv inte HTML-versionen, även om region.toml ber om den (html = true, standard).
cli-build-check = Skriv ingenting: bygg i minnet och jämför med filerna i utmappen.
    .long = Skriv ingenting: bygg i minnet och jämför med filerna i utmappen. Avslutar med status 1 och nämner varje fil som är inaktuell eller saknas, om de inte alla är aktuella (en CI-kontroll att incheckade filer är aktuella).

cli-check = Kontrollera planer efter fel utan att skriva något.
    .long = Kontrollera planer efter fel utan att skriva något.

        Kör hela bygget i minnet, så den hittar allt som build skulle avvisa, och skriver varje problem med fil, rad och kolumn, sedan en sammanfattande rad. Avslutar med status 1 om någon plan har ett fel, så den kan vakta CI och editorer.
cli-check-plans = Planmappar (var och en med plan.toml); en regionmapp (med region.toml) står för alla dess planmappar.
cli-check-format = Hur problem skrivs: human (meddelanden med källan citerad, på standard error), github (GitHub Actions-annoteringar, på standard output, så att problemen syns på raderna i en pull request) eller json (ett JSON-dokument på standard output).

cli-extract = Skriv tillbaka planfilerna som är bifogade i en PDF till en mapp.
    .long = Skriv tillbaka planfilerna som är bifogade i en PDF till en mapp.

        En region med bifoga_kallfiler = true bifogar alla filer som bygget läste i PDF:en. Det här skriver dem till DIR (som inte får ha någon av dem än), så att `handlingsplan build DIR/<period>` bygger samma PDF igen.
cli-extract-pdf = PDF:en att läsa.
cli-extract-dir = Mappen att skriva planen till (regionmappen).

cli-diff = Visa vad som ändrats mellan två versioner av en plan.
    .long = Visa vad som ändrats mellan två versioner av en plan.

        Jämför två planmappar, eller med --rev planen i en git-revision med arbetskopian (--rev main) eller två revisioner (--rev v1.0..main). Aktiviteter paras ihop efter id, annars efter liknande text (en gissning). Avslutar med 0 när inget ändrats, 1 när något ändrats, 2 vid ett fel.
    .after = Exempel:
        {"  "}handlingsplan diff gammal/2022 plans/norrbotten/2022
        {"  "}handlingsplan diff --rev main plans/norrbotten/2022
        {"  "}handlingsplan diff --rev v1.0..main --format markdown plans/norrbotten/2022
cli-diff-old = Den gamla planmappen; med --rev, planmappen.
cli-diff-new = Den nya planmappen (inte med --rev).
cli-diff-rev = Jämför planen i en git-revision med arbetskopian (REV), eller två revisioner (A..B).
cli-diff-format = Hur ändringarna skrivs: terminal (för att läsa i en terminal; i färg när den skriver till en), markdown (för en kommentar i en pull request), json (för verktyg) eller summary (några rader för en post i ändringsförteckningen).

cli-id = Ge varje aktivitet utan id ett kort id som bildas av dess text.
    .long = Ge varje aktivitet utan id ett kort id som bildas av dess text.

        Skriver in id:na i områdesfilerna och behåller kommentarer och layout; att köra det igen ändrar ingenting.

cli-schema = Skriv JSON-scheman för editorer: komplettering, hjälp och fel medan du skriver.
    .long = Skriv JSON-scheman för editorer: komplettering, hjälp och fel medan du skriver.

        Utan PLAN_DIR skrivs region.schema.json, plan.schema.json, area.schema.json (standardkolumnerna), mal.schema.json (målen) och uppfoljning.schema.json till DIR, som standard schemas/. Med PLAN_DIR skrivs area.schema.json för den regionens egna kolumner, som standard bredvid dess region.toml. En TOML-fil anger sitt schema på första raden, t.ex. en områdesfil: #:schema ../../area.schema.json
cli-schema-plan = En planmapp vars regions kolumner områdesschemat följer.
cli-schema-output = Mappen att skriva schemana till.

cli-fmt = Formatera planfiler: nyckelordning, citattecken, listor och långa texter, med kommentarerna kvar.
    .long = Formatera planfiler: nyckelordning, citattecken, listor och långa texter, med kommentarerna kvar.

        Formaterar region.toml, plan.toml, områdesfilerna och uppföljningsomgångarna i de angivna planmapparna (också region.toml ovanför dem), regionmappar eller filer. Ändrar aldrig vad en fil säger. Avslutar med status 2 om en fil inte kan läsas eller inte är giltig TOML.
cli-fmt-paths = Planmappar, regionmappar eller TOML-filer.
cli-fmt-check = Skriv ingenting; lista filerna som inte är formaterade och avsluta med status 1 om det finns några (för CI).

cli-new = Börja nästa periods plan från en befintlig.
    .long = Börja nästa periods plan från en befintlig.

        Skapar mappen för PERIOD bredvid PLAN_DIR (t.ex. plans/norrbotten/2023) med samma områden, avsnitt och kolumner: version 1.0, inget beslutsdatum, giltighetsdatum från perioden och aktiviteterna överförda med status = "fortsätter" (avslutade och avbrutna utelämnas). Skriver vad den gjorde och vad som ska fyllas i. Ersätter aldrig en mapp.
cli-new-period = Den nya perioden: ett år (2023) eller ett spann av år (2026-2027).
cli-new-from = Planen att börja från: mappen med dess plan.toml.

cli-uppfoljning = Uppföljningsomgångar: filerna i planens mapp uppfoljning/.
cli-uppfoljning-ny = Skriv nästa uppföljningsomgångs fil, med planens aktiviteter att fylla i.
    .long = Skriv nästa uppföljningsomgångs fil, med planens aktiviteter att fylla i.

        Skriver uppfoljning/ÅÅÅÅ-MM.toml i planmappen (efter omgångens datum) med varje aktivitet som planen skriver ut: dess id, nummer och text som kommentar, och dess status från den senaste omgången. Filen klarar check och fmt --check som den är skriven. Ersätter aldrig en fil.
cli-uppfoljning-ny-plan = Planmappen: mappen med plan.toml.
cli-uppfoljning-ny-datum = Omgångens datum, inom planens period. Standard: i dag.
cli-uppfoljning-ny-organ = Organet som rapporterar (rapporterad_av i varje post), ur regionens register.
cli-uppfoljning-ny-bad-date = ange ett datum som ÅÅÅÅ-MM-DD, t.ex. 2022-06-15
cli-uppfoljning-rapport = Skriv uppföljningsrapporten för den senaste omgången (eller den som anges) som PDF, Markdown och HTML.
    .long = Skriv uppföljningsrapporten för den senaste omgången (eller den som anges) som PDF, Markdown och HTML.

        Rapporten ser ut som planen: antal per status och område (en tabell, och i PDF och HTML ett diagram), varje aktivitet som planen visar med status, kommentar och förändringen sedan förra omgången, aktiviteter utan rapport, aktiviteter vars tid har passerat utan att de är genomförda, och indikatorerna med målvärden och trender. Vägras för allt som check rapporterar i planen. Filerna heter som planen och omgången, t.ex. norrbotten-2022-uppfoljning-2022-12.pdf.
cli-uppfoljning-rapport-plan = Planmappen: mappen med plan.toml.
cli-uppfoljning-rapport-omgang = Omgången att rapportera: dess filnamn i uppfoljning/ utan .toml, t.ex. 2022-06. Standard: den senaste.
cli-uppfoljning-rapport-output = Var rapporten skrivs. Standard: output/.

cli-ansvar = Visa ett organs aktiviteter i planen: de som organet är ansvarigt för och de som rapporteras till det, med senaste status.
    .long = Visa ett organs aktiviteter i planen: de som organet är ansvarigt för och de som rapporteras till det, med senaste status.

        Organet anges med sitt namn, sin förkortning eller ett alias ur regionens register ([[organ]] i region.toml), oavsett stora och små bokstäver. Listar varje aktivitet som planen visar och vars ansvarig (eller en dels) eller rapportering nämner organet, per område och med planens nummer, kort text, tid och status från den senaste uppföljningsomgång som rapporterar om den ("Ingen rapport" annars). Namnen matchas som check matchar dem mot registret. Skriver till terminalen; med -o skrivs PDF, Markdown och HTML med planens utseende i stället, t.ex. norrbotten-2022-ansvar-lsg-lakemedel.pdf. Vägras för allt som check rapporterar i planen, och utan register.
cli-ansvar-plan = Planmappen: mappen med plan.toml.
cli-ansvar-organ = Organet: ett namn, en förkortning eller ett alias ur regionens register.
cli-ansvar-output = Skriv PDF, Markdown och HTML till den här mappen i stället för att skriva till terminalen.

cli-watch = Bygg om PDF, Markdown och HTML varje gång en fil i planen ändras.
    .long = Bygg om PDF, Markdown och HTML varje gång en fil i planen ändras.

        Bygger en gång och bevakar sedan varje fil som bygget läste (plan, områden, avsnitt, mallar, logotyp, typsnitt; också nya filer i de mapparna) och bygger om efter varje ändring, med en rad per bygge. Ett fel visas och de gamla filerna behålls tills det är rättat. Avsluta med Ctrl-C.

cli-arg-plan = Planens mapp: den med plan.toml.
cli-arg-output = Mappen att skriva PDF, Markdown och HTML till, räknad från den mapp du står i; den skapas om den saknas. Filerna heter efter regionens kortnamn och planens period, t.ex. norrbotten-2022.pdf, .md och .html. Filer med de namnen ersätts; andra filer i mappen lämnas orörda.
cli-arg-names = PDF-standarder att ange och kontrollera PDF:en mot, i stället för regionens pdfstandard: högst en PDF/A-del och ua-1, t.ex. --pdf-standard ua-1,a-2a.
cli-arg-approved_only = Vägra ett utkast: bara en godkänd plan (med godkant_datum i plan.toml) byggs. För CI-jobbet som publicerar.
cli-arg-color = När meddelanden ska färgas.
cli-arg-lang = Språket för meddelanden och hjälp: sv (svenska, standard) eller en (engelska). Väljs också med HANDLINGSPLAN_LANG.
cli-arg-help = Visa hjälp (en sammanfattning med -h, allt med --help).
cli-arg-version = Visa versionen.
cli-lang-env-unknown = HANDLINGSPLAN_LANG="{ $value }" är inget språk som handlingsplan talar (sv, en); meddelandena blir på svenska

## claps egna ord i hjälp och användning.
cli-usage = Användning:
cli-usage-options = [FLAGGOR]
cli-default = {"[standard:"}
cli-possible-values = {"[möjliga värden:"}
cli-aliases = {"[alias:"}
cli-heading-commands = Kommandon
cli-heading-arguments = Argument
cli-heading-options = Flaggor
cli-command-value = KOMMANDO

## Fel i argumenten.
cli-error-unknown-argument = okänt argument '{ $arg }'
cli-error-unknown-command = okänt kommando '{ $command }'
cli-error-invalid-value = ogiltigt värde '{ $value }' för '{ $arg }'; möjliga värden: { $valid }
cli-error-invalid-value-because = ogiltigt värde '{ $value }' för '{ $arg }': { $reason }
cli-error-missing-argument = '{ $arg }' krävs men saknas
cli-error-missing-command = vilket kommando? se listan nedan
cli-error-conflict = '{ $arg }' kan inte användas tillsammans med '{ $other }'
cli-error-unexpected-value = oväntat värde '{ $value }' för '{ $arg }'
cli-error-did-you-mean = menade du '{ $suggestion }'?
cli-error-similar = menade du något av { $suggestions }?
cli-error-more = Mer information får du med '--help'.

## Det kommandona skriver.
# check: en rad per plan utan fel; $activities visas i dokumentet, $hidden avslutade döljs (visa_avslutade = false).
cli-check-ok = ok: { $plan } ({ $areas ->
        [one] { $areas } område
       *[other] { $areas } områden
    }, { $activities ->
        [one] { $activities } aktivitet
       *[other] { $activities } aktiviteter
    }{ $hidden ->
        [0] {""}
        [one] ; { $hidden } avslutad döljs
       *[other] ; { $hidden } avslutade döljs
    })
# check: sista raden; $failed planer hade fel.
cli-check-summary = kontrollerade { $plans ->
        [one] { $plans } plan
       *[other] { $plans } planer
    }: { $failed ->
        [0] inga fel
       *[other] { $failed } med problem ({ $errors } fel)
    }{ $warnings ->
        [0] {""}
        [one] , { $warnings } varning
       *[other] , { $warnings } varningar
    }
cli-build-failed = bygget misslyckades: { $counts }; ingenting skrevs
# $details: t.ex. "12 sidor, 46 ms".
cli-build-wrote = skrev { $path } ({ $details })
cli-build-wrote-typst = skrev typst-källorna till { $dir }
cli-build-check-failed = build --check misslyckades: { $counts }
cli-build-check-current = aktuell: { $path }
cli-build-check-missing = { $path } saknas
cli-build-check-stale = { $path } är inaktuell
cli-build-check-unreadable = { $path } kan inte läsas ({ $reason })
cli-build-check-summary = build --check: { $count ->
        [one] { $count } fil är inte aktuell
       *[other] { $count } filer är inte aktuella
    }; kör `handlingsplan build { $plan } -o { $output }` och checka in resultatet
cli-milliseconds = { $ms } ms
cli-seconds = { $seconds } s
cli-decimal-mark = ,
cli-epoch-invalid = SOURCE_DATE_EPOCH="{ $value }" är inte ett helt antal sekunder
cli-epoch-invalid-hint = ange sekunder sedan 1970-01-01 UTC, t.ex. SOURCE_DATE_EPOCH=1640995200, eller ta bort variabeln
cli-internal-error = handlingsplan avbröts av ett internt fel: { $message }
cli-internal-error-hint = det här är ett fel i handlingsplan, inte i din plan; rapportera det gärna tillsammans med planen som orsakade det

## init, completions, man

cli-init = Börja en ny regions planförråd: region.toml, en plan med ett område per strategiområde, JSON-scheman, CI-arbetsflöde och editorinställningar.
    .long = Börja en ny regions planförråd: region.toml, en plan med ett område per strategiområde, JSON-scheman, CI-arbetsflöde och editorinställningar. I en terminal frågar init efter det som flaggorna inte anger; utan terminal (CI, skript) används standardvärdena. Det som skrivs kan kontrolleras och byggas direkt. Inga befintliga filer ersätts: finns någon av filerna redan skrivs ingenting.
cli-init-dir = Mappen att börja i (regionmappen); skapas om den saknas.
cli-init-organisation = Regionens namn, t.ex. "Region Västerbotten".
cli-init-kortnamn = Kort namn för filnamn: a–z, 0–9 och -, t.ex. vasterbotten (förslag: från regionens namn).
cli-init-period = Planens period: ett år (2027) eller ett spann (2027-2028); standard: nästa år.
cli-init-kolumner = Tabellens kolumner: referens (Aktivitet, Ansvarig, Tid, Rapportering) eller effekt (Aktiviteter, Huvudansvarig, Önskad effekt, Koppling).
cli-init-areas = Ett strategiområdes rubrik; ange flaggan en gång per område (standard: referensplanens fyra).
cli-completions = Skriv ett skript för kommandokomplettering i skalet SHELL (bash, zsh, fish, powershell, elvish).
cli-completions-shell = Skalet.
cli-man = Skriv manualsidan (roff) till standard output, t.ex. handlingsplan man > handlingsplan.1.

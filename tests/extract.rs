//! A PDF that carries its plan (`bifoga_kallfiler = true`, PDF/A-3):
//! `extract` writes the plan back, and building it gives the same PDF.

mod common;

use std::ffi::OsStr;
use std::path::Path;

use common::pdf;
use common::{AREA, PLAN, REGION, TempPlan, binary, folder_contents};

/// A region that attaches its sources, with a logo, a section file and an
/// appendix file.
fn attaching_plan() -> TempPlan {
    let region = REGION.replacen(
        "kortnamn = \"testbotten\"\n",
        "kortnamn = \"testbotten\"\npdfstandard = [\"ua-1\", \"a-3a\"]\nbifoga_kallfiler = true\n",
        1,
    ) + "\n[tema]\nlogotyp = \"bilder/logotyp.svg\"\nlogotyp_alttext = \"Region Testbotten\"\n";
    let plan = PLAN.to_owned()
        + "\n[[avsnitt]]\nrubrik = \"Inledning\"\nfil = \"inledning.md\"\n"
        + "\n[[bilaga]]\nrubrik = \"Ordlista\"\nfil = \"ordlista.md\"\n";
    let t = TempPlan::with(&region, &plan, &[("forsta", AREA)]);
    t.write(
        "bilder/logotyp.svg",
        r##"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" fill="#005a8c"/></svg>"##,
    );
    t.write("2026/inledning.md", "Planen bär sina *egna* källfiler.\n");
    t.write(
        "2026/ordlista.md",
        "**Källfil:** en fil som planen byggs av.\n",
    );
    t
}

fn run(args: &[&OsStr]) -> (bool, String) {
    let out = binary().args(args).output().expect("runs");
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    (out.status.success(), text)
}

fn build(plan_dir: &Path, out: &Path) -> Vec<u8> {
    let (ok, text) = run(&[
        "build".as_ref(),
        plan_dir.as_os_str(),
        "-o".as_ref(),
        out.as_os_str(),
    ]);
    assert!(ok, "build {}:\n{text}", plan_dir.display());
    std::fs::read(out.join("testbotten-2026.pdf")).unwrap()
}

fn extract(pdf: &Path, dir: &Path) -> (bool, String) {
    run(&["extract".as_ref(), pdf.as_os_str(), dir.as_os_str()])
}

#[test]
fn build_extract_build_gives_the_same_pdf_bytes() {
    let plan = attaching_plan();
    let work = tempfile::tempdir().unwrap();
    let first = build(&plan.plan_dir(), &work.path().join("ut1"));

    let copy = work.path().join("kopia");
    let (ok, text) = extract(&work.path().join("ut1/testbotten-2026.pdf"), &copy);
    assert!(ok, "{text}");
    // Exactly the files the build read, byte for byte, at the same places.
    let files = |dir: &Path| -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(d) = stack.pop() {
            for (name, bytes) in folder_contents(&d) {
                let path = d.join(&name);
                if path.is_dir() {
                    stack.push(path);
                } else {
                    let rel = path.strip_prefix(dir).unwrap().display().to_string();
                    out.push((rel, bytes));
                }
            }
        }
        out.sort();
        out
    };
    let extracted = files(&copy);
    let names: Vec<&str> = extracted.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        [
            "2026/inledning.md",
            "2026/omraden/forsta.toml",
            "2026/ordlista.md",
            "2026/plan.toml",
            "bilder/logotyp.svg",
            "region.toml"
        ]
    );
    assert_eq!(extracted, files(&plan.region_dir()));

    let second = build(&copy.join("2026"), &work.path().join("ut2"));
    assert!(first == second, "the extracted plan builds the same PDF");
}

#[test]
fn the_sources_are_pdf_a_3_associated_files() {
    let plan = attaching_plan();
    let work = tempfile::tempdir().unwrap();
    let bytes = build(&plan.plan_dir(), work.path());
    let doc = pdf::load(&bytes);
    let attachments = pdf::attachments(&doc);
    assert_eq!(attachments.len(), 6, "{attachments:?}");
    assert!(
        attachments.iter().all(|(_, rel)| rel == "Source"),
        "{attachments:?}"
    );
    assert!(attachments.iter().any(|(name, _)| name == "2026/plan.toml"));
    // PDF/A-3 lists them as the document's associated files too.
    let af = doc
        .catalog()
        .unwrap()
        .get(b"AF")
        .expect("/AF in the catalog");
    let af = doc.dereference(af).unwrap().1.as_array().unwrap();
    assert_eq!(af.len(), 6);
    let xmp = pdf::xmp(&doc);
    assert!(xmp.contains("<pdfaid:part>3</pdfaid:part>"), "{xmp}");
    let (clean, output) = pdf::qpdf_check(&work.path().join("testbotten-2026.pdf"));
    assert!(clean, "{output}");
}

#[test]
fn extract_never_writes_over_a_file() {
    let plan = attaching_plan();
    let work = tempfile::tempdir().unwrap();
    build(&plan.plan_dir(), &work.path().join("ut"));
    let pdf = work.path().join("ut/testbotten-2026.pdf");
    let dir = work.path().join("kopia");
    std::fs::create_dir_all(dir.join("2026")).unwrap();
    std::fs::write(dir.join("2026/plan.toml"), "mitt eget arbete").unwrap();
    let (ok, text) = extract(&pdf, &dir);
    assert!(!ok);
    assert!(
        text.contains("2026/plan.toml finns redan; ingenting skrevs"),
        "{text}"
    );
    assert_eq!(
        std::fs::read_to_string(dir.join("2026/plan.toml")).unwrap(),
        "mitt eget arbete"
    );
    assert!(
        !dir.join("region.toml").exists(),
        "nothing else was written either"
    );
}

#[test]
fn a_pdf_without_attachments_is_explained() {
    let plan = TempPlan::new();
    let work = tempfile::tempdir().unwrap();
    build(&plan.plan_dir(), work.path());
    let (ok, text) = extract(
        &work.path().join("testbotten-2026.pdf"),
        &work.path().join("x"),
    );
    assert!(!ok);
    assert!(text.contains("innehåller inga planfiler"), "{text}");
    assert!(text.contains("bifoga_kallfiler = true"), "{text}");
    // The same in English, with --lang en.
    let pdf = work.path().join("testbotten-2026.pdf");
    let (ok, text) = run(&[
        "--lang".as_ref(),
        "en".as_ref(),
        "extract".as_ref(),
        pdf.as_os_str(),
        work.path().join("x").as_os_str(),
    ]);
    assert!(!ok);
    assert!(text.contains("carries no plan files"), "{text}");
    assert!(
        text.contains("extract failed; nothing was written"),
        "{text}"
    );
    let (ok, text) = extract(
        &plan.region_dir().join("region.toml"),
        &work.path().join("x"),
    );
    assert!(!ok);
    assert!(text.contains("ingen PDF-fil som går att läsa"), "{text}");
    assert!(!text.contains("panicked"), "{text}");
}

#[test]
fn an_attachment_named_to_leave_the_folder_is_refused_and_nothing_is_written() {
    let plan = attaching_plan();
    let work = tempfile::tempdir().unwrap();
    let bytes = build(&plan.plan_dir(), &work.path().join("ut"));
    for bad in [
        "../utanfor.toml",
        "/tmp/utanfor.toml",
        "2026/../../utanfor.toml",
    ] {
        // The PDF altered: one attachment renamed.
        let mut doc = pdf::load(&bytes);
        let spec = doc
            .objects
            .values_mut()
            .filter_map(|o| o.as_dict_mut().ok())
            .find(|d| d.has(b"UF") && d.has(b"EF"))
            .expect("a file specification");
        spec.set("UF", lopdf::Object::string_literal(bad));
        spec.set("F", lopdf::Object::string_literal(bad));
        let altered = work.path().join("andrad.pdf");
        doc.save(&altered).unwrap();

        let dir = work.path().join("kopia");
        let (ok, text) = extract(&altered, &dir);
        assert!(!ok, "{bad}");
        assert!(
            text.contains(&format!(
                "den bifogade filen \"{bad}\" skulle hamna utanför mappen"
            )),
            "{text}"
        );
        assert!(!work.path().join("utanfor.toml").exists());
        assert!(!Path::new("/tmp/utanfor.toml").exists());
        assert!(!dir.join("region.toml").exists(), "nothing was written");
    }
}

/// A PDF carrying one attachment `name` whose stream unpacks (FlateDecode)
/// to `unpacked` zero bytes, made the way any program could make it.
fn pdf_with_packed_attachment(name: &str, unpacked: usize) -> Vec<u8> {
    use lopdf::{Document, Object, Stream, dictionary};
    use std::io::Write;
    let mut packer = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    let chunk = vec![0u8; 1 << 20];
    for _ in 0..unpacked / chunk.len() {
        packer.write_all(&chunk).unwrap();
    }
    packer.write_all(&chunk[..unpacked % chunk.len()]).unwrap();
    let packed = packer.finish().unwrap();
    // A text string in UTF-16BE (with its byte-order mark): any character.
    let text = |name: &str| {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(name.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, lopdf::StringFormat::Hexadecimal)
    };
    let mut doc = Document::with_version("1.7");
    let stream = Stream::new(dictionary! { "Filter" => "FlateDecode" }, packed);
    let stream = doc.add_object(stream);
    let spec = doc.add_object(dictionary! {
        "Type" => "Filespec",
        "F" => text(name),
        "UF" => text(name),
        "EF" => dictionary! { "F" => stream },
    });
    let pages = doc.add_object(dictionary! { "Type" => "Pages", "Kids" => vec![], "Count" => 0 });
    let catalog = doc.add_object(dictionary! {
        "Type" => "Catalog",
        "Pages" => pages,
        "Names" => dictionary! { "EmbeddedFiles" => dictionary! {
            "Names" => vec![text(name), spec.into()],
        } },
    });
    doc.trailer.set("Root", catalog);
    let mut bytes = Vec::new();
    doc.save_to(&mut bytes).unwrap();
    bytes
}

#[test]
#[cfg(unix)] // peak memory is measured with wait4
fn an_attachment_that_unpacks_huge_is_refused_within_bounded_memory() {
    let work = tempfile::tempdir().unwrap();
    // About 1 MB of PDF that unpacks to 1 GiB.
    let pdf = work.path().join("bomb.pdf");
    std::fs::write(&pdf, pdf_with_packed_attachment("region.toml", 1 << 30)).unwrap();
    assert!(std::fs::metadata(&pdf).unwrap().len() < 2 << 20);
    let dir = work.path().join("kopia");
    let mut command = common::rss::binary();
    command.arg("extract").arg(&pdf).arg(&dir);
    let run = common::rss::measure(command);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("den bifogade filen region.toml är större än 40 MB uppackad"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("ingenting skrevs"), "{}", run.stderr);
    assert!(!dir.exists(), "nothing was written");
    // Unpacking stops at the limit: far below the gibibyte it would take.
    assert!(
        run.max_rss_kib < 300 * 1024,
        "peak memory {} MiB",
        run.max_rss_kib / 1024
    );
}

#[test]
fn a_name_with_terminal_escape_codes_is_printed_escaped_and_refused() {
    let work = tempfile::tempdir().unwrap();
    let pdf = work.path().join("namn.pdf");
    std::fs::write(
        &pdf,
        pdf_with_packed_attachment("2026/\u{1b}[31mrod\u{7}.toml", 10),
    )
    .unwrap();
    let dir = work.path().join("kopia");
    let (ok, text) = extract(&pdf, &dir);
    assert!(!ok, "{text}");
    assert!(
        !text.contains('\u{1b}') && !text.contains('\u{7}'),
        "{text:?}"
    );
    assert!(
        text.contains(
            "den bifogade filen \"2026/\\u{1b}[31mrod\\u{7}.toml\" har styrtecken i namnet"
        ),
        "{text}"
    );
    assert!(!dir.exists(), "nothing was written");
}

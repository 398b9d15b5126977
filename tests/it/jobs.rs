//! Scheduled jobs with the real pipeline: a dry run builds the briefing and writes the email
//! that would be sent, with the outputs attached byte for byte under their Chinese names.

use std::process::Command;

#[test]
fn dry_run_builds_outputs_and_an_email_carrying_them() {
    let dir = std::env::temp_dir().join(format!("jianbao-jobs-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("jobs.toml"),
        r#"
[smtp]
host = "127.0.0.1"
port = 9
tls = "none"
from = "简报系统 <briefings@example.org>"

[jobs.weekly]
template = "briefing"
formats = ["pdf", "docx"]
output = "out/{job}/{date:%Y%m%d}-领导周报.{ext}"
schedule = "0 8 * * MON"

[jobs.weekly.email]
to = ["办公室 <office@example.org>"]
"#,
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_jianbao"))
        .args([
            "jobs",
            "run",
            "weekly",
            "--dry-run",
            "--jobs",
            "jobs.toml",
            "--date",
            "2026-11-23",
        ])
        .current_dir(&dir)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let job_dir = dir.join("out/weekly");
    let pdf = job_dir.join("20261123-领导周报.pdf");
    let docx = job_dir.join("20261123-领导周报.docx");
    assert!(std::fs::read(&pdf).unwrap().starts_with(b"%PDF-"));
    assert!(std::fs::read(&docx).unwrap().starts_with(b"PK"));
    let eml = std::fs::read_dir(&job_dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.extension().is_some_and(|e| e == "eml"))
        .expect("dry run writes an .eml");

    if Command::new("python3").arg("--version").output().is_err() {
        assert!(
            std::env::var_os("JIANBAO_REQUIRE_TOOLS").is_none(),
            "python3 is required"
        );
        eprintln!("note: python3 not installed, email parsing skipped");
        return;
    }
    // Python's email package, as a mail client would read it.
    let script = r#"
import sys, email, email.policy, json
msg = email.message_from_binary_file(open(sys.argv[1], 'rb'), policy=email.policy.default)
parts = [(p.get_filename(), p.get_content_type(), p.get_payload(decode=True)) for p in msg.iter_attachments()]
body = msg.get_body(preferencelist=('plain',)).get_content()
print(json.dumps({"subject": msg["subject"], "to": msg["to"], "body": body,
  "attachments": [[n, t, len(b)] for n, t, b in parts]}, ensure_ascii=False))
for n, t, b in parts:
    open(sys.argv[2] + '/' + n, 'wb').write(b)
"#;
    let decoded = dir.join("decoded");
    std::fs::create_dir_all(&decoded).unwrap();
    let parsed = Command::new("python3")
        .args(["-c", script])
        .arg(&eml)
        .arg(&decoded)
        .output()
        .unwrap();
    assert!(
        parsed.status.success(),
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&parsed.stdout).unwrap();
    let names: Vec<&str> = json["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a[0].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["20261123-领导周报.pdf", "20261123-领导周报.docx"],
        "{json}"
    );
    assert_eq!(json["attachments"][0][1], "application/pdf");
    assert_eq!(
        json["attachments"][1][1],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    for file in [&pdf, &docx] {
        let name = file.file_name().unwrap();
        assert_eq!(
            std::fs::read(decoded.join(name)).unwrap(),
            std::fs::read(file).unwrap(),
            "{name:?} differs"
        );
    }
    assert!(
        json["subject"]
            .as_str()
            .unwrap()
            .contains("社会工作情况比较"),
        "{json}"
    );
    assert!(
        json["body"].as_str().unwrap().contains("持证社会工作者"),
        "key findings in the body: {json}"
    );
    std::fs::remove_dir_all(&dir).unwrap();
}

//! The `extract` command as a user runs it: the built example binary, with
//! real pipes, files and exit codes. The examples are built (or found up to
//! date) with the same cargo and profile as these tests, so the tests never
//! run a stale binary.

use serde_json::Value;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Mutex, OnceLock};

const ARTICLE: &str = "Thời sự\n08:15 | 12/03/2024 GMT+7\n\nChiều 3/11, Chủ tịch UBND tỉnh Sóc Trăng Trần Văn An \
cho biết tỉnh đã vận động 181 khoản viện trợ, với tổng giá trị trên 288 tỷ đồng.\n";

/// The path of example `name`, built with this test's cargo and profile.
fn example(name: &str) -> PathBuf {
    static BUILT: OnceLock<Mutex<Vec<(String, PathBuf)>>> = OnceLock::new();
    let built = BUILT.get_or_init(|| Mutex::new(Vec::new()));
    let mut built = built.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, p)) = built.iter().find(|(n, _)| n == name) {
        return p.clone();
    }
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args([
        "build",
        "--example",
        name,
        "--message-format=json-render-diagnostics",
    ]);
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    let out = cmd.output().expect("cargo runs");
    assert!(out.status.success(), "building example {name} failed:\n{}", String::from_utf8_lossy(&out.stderr));
    let path = String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| serde_json::from_str::<Value>(l).ok())
        .filter(|m| m["reason"] == "compiler-artifact" && m["target"]["name"] == name)
        .find_map(|m| m["executable"].as_str().map(PathBuf::from))
        .unwrap_or_else(|| panic!("cargo named no executable for example {name}"));
    built.push((name.to_string(), path.clone()));
    path
}

/// Runs `extract` with `args`, `stdin` as standard input.
fn run(args: &[&str], stdin: &[u8]) -> Output {
    run_in(&example("extract"), args, stdin, Path::new(env!("CARGO_MANIFEST_DIR")))
}

fn run_in(bin: &Path, args: &[&str], stdin: &[u8], dir: &Path) -> Output {
    let mut child = Command::new(bin)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example runs");
    let mut input = child.stdin.take().expect("stdin");
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("the example ends");
    let _ = writer.join();
    out
}

fn text(bytes: &[u8]) -> &str {
    std::str::from_utf8(bytes).expect("UTF-8 output")
}

fn json_lines(out: &Output) -> Vec<Value> {
    text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}"))).collect()
}

/// A fresh directory under the system's temporary directory.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("viet-extract-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temporary directory");
    dir
}

#[test]
fn help_goes_to_stdout_with_exit_0() {
    for flag in ["--help", "-h"] {
        let out = run(&[flag], b"");
        assert!(out.status.success(), "{flag}: {:?}", out.status);
        assert!(text(&out.stdout).contains("usage: extract"), "{flag}: {}", text(&out.stdout));
        assert!(text(&out.stdout).contains("--offsets"));
        assert!(out.stderr.is_empty());
    }
}

#[test]
fn version() {
    let out = run(&["--version"], b"");
    assert!(out.status.success());
    assert_eq!(text(&out.stdout), format!("extract (viet-extract) {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn usage_errors_exit_2() {
    for args in [&["--threads=0"][..], &["--threads", "x"], &["--offsets=words"], &["--frobnicate"], &["--published"]] {
        let out = run(args, b"");
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(text(&out.stderr).contains("extract:"), "{args:?}: {}", text(&out.stderr));
    }
}

#[test]
fn threads_and_published_take_the_equals_form() {
    let dir = scratch("equals");
    let paths: Vec<String> = (0..5)
        .map(|i| {
            let p = dir.join(format!("{i}.txt"));
            std::fs::write(&p, format!("Chiều 3/11, đoàn công tác đến tỉnh Cà Mau lần thứ {i}.")).unwrap();
            p.display().to_string()
        })
        .collect();
    let mut args = vec!["--threads=2", "--published=2024-11-04"];
    args.extend(paths.iter().map(String::as_str));
    let out = run(&args, b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 5);
    for (line, path) in lines.iter().zip(&paths) {
        assert_eq!(line["source"], path.as_str(), "input order");
        assert_eq!(line["published"], "2024-11-04");
        assert_eq!(line["dates"][0]["value"], "2024-11-03");
    }
}

#[test]
fn standard_input_when_no_file_is_given() {
    let out = run(&[], ARTICLE.as_bytes());
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["source"], "-");
    assert_eq!(lines[0]["people"][0]["name"], "Trần Văn An");
    assert_eq!(lines[0]["published"], "2024-03-12", "the dateline");
    // The same with --jsonl: one output line per input line.
    let jsonl = "{\"id\": 1, \"text\": \"Tỉnh Cà Mau\"}\n{\"id\": 2, \"text\": \"Tỉnh Sóc Trăng\"}\n";
    let lines = json_lines(&run(&["--jsonl"], jsonl.as_bytes()));
    assert_eq!(lines.iter().map(|l| l["provinces"][0]["name"].clone()).collect::<Vec<_>>(), ["Cà Mau", "Sóc Trăng"]);
}

#[test]
fn a_byte_order_mark_is_skipped() {
    let dir = scratch("bom");
    let path = dir.join("bom.txt");
    std::fs::write(&path, [&b"\xEF\xBB\xBF"[..], ARTICLE.as_bytes()].concat()).unwrap();
    let out = run(&[path.to_str().unwrap()], b"");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let line = &json_lines(&out)[0];
    let span = &line["people"][0]["mentions"][0]["span"];
    let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    assert_eq!(&ARTICLE[s..e], "Trần Văn An", "offsets count from after the mark");
    let jsonl = [&b"\xEF\xBB\xBF"[..], b"{\"id\": \"a\", \"text\": \"T\xe1\xbb\x89nh C\xc3\xa0 Mau\"}\n"].concat();
    let out = run(&["--jsonl"], &jsonl);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(json_lines(&out)[0]["provinces"][0]["name"], "Cà Mau");
}

#[test]
fn a_closed_pipe_ends_quietly() {
    let mut child = Command::new(example("extract"))
        .args(["--jsonl", "--threads=2"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the example runs");
    let mut input = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let line = serde_json::json!({"id": 0, "text": ARTICLE}).to_string() + "\n";
        for _ in 0..3000 {
            if input.write_all(line.as_bytes()).is_err() {
                break;
            }
        }
    });
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert!(first.contains("Trần Văn An"));
    drop(stdout); // as `| head -1` does
    let mut stderr = String::new();
    child.stderr.take().unwrap().read_to_string(&mut stderr).unwrap();
    let status = child.wait().unwrap();
    let _ = writer.join();
    assert!(status.success(), "{status:?}, stderr: {stderr}");
    assert!(stderr.is_empty(), "{stderr}");
}

#[test]
fn every_jsonl_line_gives_one_output_line_in_order() {
    let lines = [
        r#"{"id": "ok-1", "text": "Tỉnh Cà Mau"}"#,
        r#"{"id": "bad-json", "text": "#,
        r#"{"id": "bad-date", "text": "Chiều 3/11", "published": "2024-13-45"}"#,
        r#"{"id": "no-text"}"#,
        "",
        r#"[1, 2]"#,
        r#"{"id": 7, "text": "Chiều 3/11, tại Sóc Trăng.", "published": "2024-11-04"}"#,
        r#"{"id": "date-not-string", "text": "x", "published": 20241104}"#,
        r#"{"id": null, "text": "Thành phố Cần Thơ", "published": null}"#,
    ];
    let input = lines.join("\n") + "\n";
    let out = run(&["--jsonl", "--threads=2"], input.as_bytes());
    assert_eq!(out.status.code(), Some(1), "some lines were bad");
    let got = json_lines(&out);
    assert_eq!(got.len(), lines.len(), "one output line per input line:\n{}", text(&out.stdout));
    let ids: Vec<Value> = got.iter().map(|l| l["id"].clone()).collect();
    assert_eq!(
        ids,
        [
            "ok-1".into(),
            Value::Null,
            "bad-date".into(),
            "no-text".into(),
            Value::Null,
            Value::Null,
            7.into(),
            "date-not-string".into(),
            Value::Null
        ]
    );
    let errors: Vec<bool> = got.iter().map(|l| l.get("error").is_some()).collect();
    assert_eq!(errors, [false, true, true, true, true, true, false, true, false]);
    for l in got.iter().filter(|l| l.get("error").is_some()) {
        assert_eq!(l.as_object().unwrap().len(), 2, "only id and error: {l}");
    }
    assert!(got[2]["error"].as_str().unwrap().contains("2024-13-45"), "{}", got[2]);
    assert_eq!(got[6]["dates"][0]["value"], "2024-11-03");
    assert_eq!(got[8]["provinces"][0]["name"], "Cần Thơ");
    let stderr = text(&out.stderr);
    for n in [2, 3, 4, 5, 6, 8] {
        assert!(stderr.contains(&format!("-:{n}: ")), "line {n} reported on stderr:\n{stderr}");
    }
}

#[test]
fn a_malformed_published_date_is_an_error() {
    let out = run(&["--published", "2024-99-99"], ARTICLE.as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
    assert!(text(&out.stderr).contains("2024-99-99"), "{}", text(&out.stderr));
}

#[test]
fn an_unreadable_file_has_its_line() {
    let dir = scratch("missing");
    let good = dir.join("good.txt");
    std::fs::write(&good, "Tỉnh Cà Mau").unwrap();
    let missing = dir.join("missing.txt");
    let invalid = dir.join("invalid.txt");
    std::fs::write(&invalid, b"H\xe0 N\xf4i \xff").unwrap();
    let args = [missing.to_str().unwrap(), good.to_str().unwrap(), invalid.to_str().unwrap()];
    let out = run(&args, b"");
    assert_eq!(out.status.code(), Some(1));
    let got = json_lines(&out);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["source"], args[0]);
    assert!(got[0]["error"].as_str().unwrap().contains("cannot read"));
    assert_eq!(got[1]["provinces"][0]["name"], "Cà Mau");
    assert!(got[2]["error"].as_str().unwrap().contains("invalid UTF-8"), "{}", got[2]);
}

#[test]
fn offsets_in_code_points_and_utf16_units() {
    let text_in = "Ông Lâm Văn Mẫn 😀 thăm Sóc Trăng.";
    let line = serde_json::json!({"id": 1, "text": text_in}).to_string() + "\n";
    let chars: Vec<char> = text_in.chars().collect();
    let utf16: Vec<u16> = text_in.encode_utf16().collect();
    let span = |v: &Value, path: &str| -> (usize, usize) {
        let s = &v[path][0]["mentions"][0]["span"];
        (s["start"].as_u64().unwrap() as usize, s["end"].as_u64().unwrap() as usize)
    };
    let bytes = json_lines(&run(&["--jsonl"], line.as_bytes()));
    let (s, e) = span(&bytes[0], "provinces");
    assert_eq!(&text_in[s..e], "Sóc Trăng");
    let by_char = json_lines(&run(&["--jsonl", "--offsets", "chars"], line.as_bytes()));
    let (s, e) = span(&by_char[0], "provinces");
    assert_eq!(chars[s..e].iter().collect::<String>(), "Sóc Trăng");
    let (s, e) = span(&by_char[0], "people");
    assert_eq!(chars[s..e].iter().collect::<String>(), "Lâm Văn Mẫn");
    let by_unit = json_lines(&run(&["--jsonl", "--offsets=utf16"], line.as_bytes()));
    let (s, e) = span(&by_unit[0], "provinces");
    assert_eq!(String::from_utf16(&utf16[s..e]).unwrap(), "Sóc Trăng");
}

#[test]
fn samples_are_found_from_any_directory() {
    let elsewhere = scratch("elsewhere");
    let out = run_in(&example("evaluate"), &[], b"", &elsewhere);
    assert!(out.status.success(), "evaluate: {}", text(&out.stderr));
    assert!(text(&out.stdout).starts_with("8 documents"), "{}", text(&out.stdout));
    let out = run_in(&example("throughput"), &["--mb", "1"], b"", &elsewhere);
    assert!(out.status.success(), "throughput: {}", text(&out.stderr));
    assert!(text(&out.stdout).contains("MB/s"));
}

#[test]
fn cargo_install_gives_the_command() {
    let readme = include_str!("../README.md");
    assert!(readme.contains("cargo install --path . --example extract"), "the README documents it");
    let root = scratch("install");
    // The same target directory and profile as the tests: nothing is built twice.
    let target = example("extract").parent().and_then(Path::parent).and_then(Path::parent).unwrap().to_path_buf();
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(env!("CARGO_MANIFEST_DIR")).args(["install", "--path", ".", "--example", "extract", "--locked"]);
    cmd.arg("--root").arg(&root).arg("--target-dir").arg(&target);
    if cfg!(debug_assertions) {
        cmd.arg("--debug");
    }
    let out = cmd.output().expect("cargo runs");
    assert!(out.status.success(), "cargo install: {}", text(&out.stderr));
    let installed = root.join("bin").join(format!("extract{}", std::env::consts::EXE_SUFFIX));
    let out = run_in(&installed, &["--version"], b"", &root);
    assert!(out.status.success() && text(&out.stdout).starts_with("extract (viet-extract)"));
}

//! The documents hold together: the README is a front page that keeps the
//! project's two commands, every document in `docs/` is listed in its index,
//! relative links point at files that exist, and CI runs the README's test
//! command.

use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Markdown files of `docs/`, by file name.
fn docs() -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root().join("docs"))
        .expect("docs/ exists")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".md"))
        .collect();
    names.sort();
    names
}

/// Targets of the relative links `[…](target)` in `markdown`.
fn relative_links(markdown: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = markdown;
    while let Some(i) = rest.find("](") {
        rest = &rest[i + 2..];
        let Some(end) = rest.find(')') else { break };
        let target = rest[..end].split('#').next().unwrap_or("");
        if !target.is_empty() && !target.contains("://") && !target.starts_with("mailto:") {
            out.push(target.to_string());
        }
        rest = &rest[end..];
    }
    out
}

#[test]
fn the_readme_is_a_front_page_with_the_two_commands() {
    let readme = read("README.md");
    for must in [
        "cargo add viet-extract",
        "cargo run --release --example extract -- data/samples/*.txt",
        "cargo test --release",
        "cargo install --path . --example extract",
        "docs/README.md",
    ] {
        assert!(readme.contains(must), "README.md must keep {must:?}");
    }
    // What it does, how to get it and use it, what it gives: before the
    // development notes.
    let at = |h: &str| readme.find(h).unwrap_or_else(|| panic!("README.md has no section {h:?}"));
    assert!(at("## Install") < at("## Quick start"));
    assert!(at("## Quick start") < at("## Output"));
    assert!(at("## Output") < at("## Development"));
    assert!(readme.lines().filter(|l| l.starts_with("## ")).count() <= 8, "details belong in docs/");
}

#[test]
fn every_document_is_in_the_index() {
    let index = read("docs/README.md");
    let names = docs();
    assert!(names.len() > 1, "docs/ holds the documents moved out of the README");
    for name in names.iter().filter(|n| *n != "README.md") {
        assert!(index.contains(&format!("]({name})")), "docs/README.md must list docs/{name}");
    }
}

#[test]
fn relative_links_resolve() {
    let mut files: Vec<PathBuf> = ["README.md", "CHANGELOG.md", "data/README.md"].iter().map(PathBuf::from).collect();
    files.extend(docs().into_iter().map(|n| Path::new("docs").join(n)));
    let mut broken = Vec::new();
    for file in files {
        let text = read(file.to_str().expect("UTF-8 path"));
        let dir = file.parent().unwrap_or(Path::new(""));
        for target in relative_links(&text) {
            if !root().join(dir).join(&target).exists() {
                broken.push(format!("{}: {target}", file.display()));
            }
        }
    }
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn ci_runs_the_readme_test_command() {
    let ci = read(".ci/run");
    assert!(ci.lines().any(|l| l.trim() == "cargo test --release"), ".ci/run must run `cargo test --release`");
    assert!(ci.contains("bench-internals"), ".ci/run must build the benches and per-stage throughput");
    let manifest = read("Cargo.toml");
    let msrv = manifest.lines().find_map(|l| l.strip_prefix("rust-version = ")).expect("rust-version declared");
    let msrv = msrv.trim_matches('"');
    assert!(ci.contains(&format!("+{msrv}")), ".ci/run must check rust-version {msrv}");
}

#[test]
fn the_package_ships_its_licences() {
    for file in ["LICENSE-MIT", "LICENSE-APACHE", "data/LICENSE.words.txt"] {
        assert!(root().join(file).is_file(), "{file} is missing");
    }
    let manifest = read("Cargo.toml");
    assert!(manifest.contains(r#"license = "(MIT OR Apache-2.0) AND Apache-2.0""#), "the licence of what ships");
    assert!(manifest.contains("documentation = "), "documentation field");
    let notice = read("data/LICENSE.words.txt");
    assert!(notice.contains("data/words.txt"), "the notice names the file it covers");
    let data = read("data/README.md");
    assert!(!data.contains("../shared") && !data.contains("/work/"), "data/README.md names only shipped paths");
    assert!(read("LICENSE-APACHE").contains("Apache License"));
    assert!(read("LICENSE-MIT").contains("Permission is hereby granted"));
    // What `cargo publish` would upload.
    let out = std::process::Command::new(env!("CARGO"))
        .current_dir(root())
        .args(["package", "--list", "--allow-dirty", "--offline"])
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "cargo package --list: {}", String::from_utf8_lossy(&out.stderr));
    let listed = String::from_utf8_lossy(&out.stdout);
    for file in ["LICENSE-MIT", "LICENSE-APACHE", "data/LICENSE.words.txt", "data/words.txt", "README.md"] {
        assert!(listed.lines().any(|l| l == file), "the package must hold {file}");
    }
}

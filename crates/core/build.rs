//! Lists the built-in message templates (every `.tera` file under
//! `templates/`, in any language folder) for `src/message/templates.rs`, and
//! the phrase files of `rules/phrases/` for `src/message/phrases.rs`, so a
//! template or a language added as a file is built in without a list kept by
//! hand.

use std::path::{Path, PathBuf};

fn tera_files(dir: &Path, found: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            tera_files(&path, found)?;
        } else if path.extension().is_some_and(|e| e == "tera") {
            found.push(path);
        }
    }
    Ok(())
}

/// `&[(name, include_str!(path)), ...]` for the files, named by their path
/// below `base` (or their stem, for `by_stem`).
fn embedded(base: &Path, files: &[PathBuf], by_stem: bool) -> String {
    let mut list = String::from("&[\n");
    for file in files {
        let name = if by_stem {
            file.file_stem()
                .unwrap_or_default()
                .to_string_lossy()
                .into_owned()
        } else {
            file.strip_prefix(base)
                .unwrap_or(file)
                .to_string_lossy()
                .replace('\\', "/")
        };
        list.push_str(&format!(
            "    ({name:?}, include_str!({:?})),\n",
            file.display().to_string()
        ));
    }
    list.push_str("]\n");
    list
}

fn main() -> std::io::Result<()> {
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("set by cargo"));
    let templates = root.join("templates");
    println!("cargo:rerun-if-changed=templates");
    let mut files = Vec::new();
    tera_files(&templates, &mut files)?;
    files.sort();
    std::fs::write(
        out.join("builtin_templates.rs"),
        embedded(&templates, &files, false),
    )?;
    // How each language writes dates and greetings: one file a language.
    let phrases = root.join("rules").join("phrases");
    println!("cargo:rerun-if-changed=rules/phrases");
    let mut languages: Vec<PathBuf> = std::fs::read_dir(&phrases)?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| {
            path.extension().is_some_and(|e| e == "toml")
                && path.file_stem().is_some_and(|s| s != "zones")
        })
        .collect();
    languages.sort();
    std::fs::write(
        out.join("builtin_phrases.rs"),
        embedded(&phrases, &languages, true),
    )
}

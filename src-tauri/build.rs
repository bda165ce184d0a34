//! Build script of the desktop app: generates Tauri's context and the ACL for the
//! app's own IPC commands, with capabilities kept beside the shell's sources.

const COMMANDS: &[&str] = &["app_info"];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("the Tauri build step failed");
}

//! Build script of the desktop app: generates Tauri's context, the permissions
//! of the app's own IPC commands, and the main window's capability, all from
//! the one list in `src-tauri/commands/list.rs`.

use std::path::PathBuf;

include!("commands/list.rs");

macro_rules! command_names {
    ($($module:ident :: $name:ident),* $(,)?) => {
        &[$(stringify!($name)),*]
    };
}

const COMMANDS: &[&str] = with_ipc_commands!(command_names);

/// Beyond its own commands, the page only listens to the shell's events.
const EVENT_PERMISSIONS: &[&str] = &["core:event:allow-listen", "core:event:allow-unlisten"];

/// The main window's capability: its own commands and the event listeners,
/// nothing else. Written to the build folder, never kept by hand.
fn main_window_capability() -> String {
    let permissions: Vec<String> = COMMANDS
        .iter()
        .map(|name| format!("allow-{}", name.replace('_', "-")))
        .chain(EVENT_PERMISSIONS.iter().map(|p| (*p).to_owned()))
        .collect();
    let capability = serde_json::json!({
        "identifier": "main-window",
        "description": "What the main window may call: Raincheck's own commands, nothing else.",
        "windows": ["main"],
        "permissions": permissions,
    });
    capability.to_string()
}

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/commands/list.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let capabilities = out_dir.join("capabilities");
    std::fs::create_dir_all(&capabilities).expect("the build folder is writable");
    std::fs::write(
        capabilities.join("main-window.json"),
        main_window_capability(),
    )
    .expect("the build folder is writable");
    // Tauri keeps the pattern for the whole build: leaked once, on purpose.
    let pattern: &'static str =
        Box::leak(format!("{}/**/*", capabilities.display()).into_boxed_str());
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern(pattern)
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("the Tauri build step failed");
}

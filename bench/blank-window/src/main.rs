//! The blank window: one page that makes one IPC call, as Raincheck's first
//! screen does, and nothing else.

mod commands {
    /// The page's one call; it marks the moment it is answered for the benchmark.
    #[tauri::command]
    pub fn ready() {
        if let Some(path) = std::env::var_os("BENCH_READY_MARK") {
            let _ = std::fs::write(path, b"ready");
        }
    }
}

fn main() {
    let result = tauri::Builder::default()
        .invoke_handler(tauri::generate_handler![commands::ready])
        .run(tauri::generate_context!());
    if let Err(error) = result {
        eprintln!("blank-window: {error}");
        std::process::exit(1);
    }
}

//! Build script of the desktop app: generates Tauri's context and the ACL for the
//! app's own IPC commands, with capabilities kept beside the shell's sources.

const COMMANDS: &[&str] = &[
    "app_info",
    "clock_speed",
    "zone_names",
    "export_interview_ics",
    "read_invite",
    "check_clashes",
    "propose_slots",
    "advise",
    "scenarios",
    "message_input",
    "draft_message",
    "check_message",
    "list_templates",
    "preview_template",
    "save_template",
    "reset_template",
    "mail_link",
    "open_link",
    "reminder_status",
    "get_reminder_settings",
    "set_reminder_settings",
    "start_at_login",
    "set_start_at_login",
    "log_status",
    "list_interviews",
    "get_interview",
    "add_interview",
    "edit_interview",
    "decide_interview",
    "update_prep",
    "delete_interview",
    "restore_interview",
    "record_sent",
    "record_reply",
    "get_profile",
    "set_profile",
    "export_log",
    "import_log",
    "backup_log",
    "move_log_aside",
    "restore_backup",
];

fn main() {
    println!("cargo:rerun-if-changed=src-tauri/capabilities");
    let attributes = tauri_build::Attributes::new()
        .capabilities_path_pattern("./src-tauri/capabilities/**/*")
        .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS));
    tauri_build::try_build(attributes).expect("the Tauri build step failed");
}

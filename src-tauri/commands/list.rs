// Every command the window may call, in one list. `build.rs` includes this
// file to grant the main window exactly these (and to generate their
// permissions); `desktop.rs` to register their handlers. A command added here
// is callable; one left out is neither registered nor allowed.
//
// Each entry is `module::command` under `src-tauri/commands/`.
macro_rules! with_ipc_commands {
    ($then:ident) => {
        $then! {
            app::app_info,
            app::clock_speed,
            app::zone_names,
            app::home_zone,
            app::catalogue,
            app::countdowns,
            app::get_appearance,
            app::set_appearance,
            app::window_language,
            app::set_window_language,
            decision::advise,
            decision::wizard,
            message::message_input,
            message::draft_message,
            message::check_message,
            message::list_templates,
            message::preview_template,
            message::save_template,
            message::reset_template,
            message::mail_link,
            message::open_link,
            reminders::reminder_status,
            reminders::get_reminder_settings,
            reminders::set_reminder_settings,
            reminders::start_at_login,
            reminders::set_start_at_login,
            calendar::check_clashes,
            calendar::propose_slots,
            calendar::export_interview_ics,
            calendar::read_invite,
            log::log_status,
            log::list_interviews,
            log::get_interview,
            log::add_interview,
            log::edit_interview,
            log::decide_interview,
            log::update_prep,
            log::delete_interview,
            log::restore_interview,
            log::record_sent,
            log::record_reply,
            log::set_no_answer,
            log::insights,
            log::export_insights,
            log::get_profile,
            log::set_profile,
            log::export_log,
            log::import_log,
            log::backup_log,
            log::move_log_aside,
            log::restore_backup,
        }
    };
}

// The only door to the Rust side: every call goes through `call`, which turns
// the shell's `{code, message}` errors into thrown ApiError objects.

import { t } from "./words.js";

export class ApiError extends Error {
  // `field` names the input an invalid-input error is about (e.g. "interviewer.email").
  constructor({ code, message, field }) {
    super(message);
    this.code = code;
    this.field = field ?? null;
  }
}

// No call takes this long when it works; past it the page says so instead of
// waiting forever on an answer that will not come. Work on the whole log
// (export, import, backup, restore) may take longer on a big log and must not
// be started twice, so it is waited for.
const ANSWER_WITHIN_MS = 60_000;
const WHOLE_LOG_COMMANDS = new Set(["export_log", "import_log", "backup_log", "restore_backup"]);

export async function call(command, args = {}) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    throw new ApiError({ code: "no_backend", message: t("error-no-backend") });
  }
  let timer;
  const noAnswer = new Promise((_, reject) => {
    if (WHOLE_LOG_COMMANDS.has(command)) return;
    timer = setTimeout(() => reject(new ApiError({
      code: "no_answer",
      message: t("error-no-answer"),
    })), ANSWER_WITHIN_MS);
  });
  try {
    return await Promise.race([tauri.core.invoke(command, args), noAnswer]);
  } catch (error) {
    if (error instanceof ApiError) throw error;
    if (error && typeof error === "object" && "code" in error) throw new ApiError(error);
    throw new ApiError({ code: "unexpected", message: String(error) });
  } finally {
    clearTimeout(timer);
  }
}

// The only door to the Rust side: every call goes through `call`, which turns
// the shell's `{code, message}` errors into thrown ApiError objects.

export class ApiError extends Error {
  // `field` names the input an invalid-input error is about (e.g. "interviewer.email").
  constructor({ code, message, field }) {
    super(message);
    this.code = code;
    this.field = field ?? null;
  }
}

export async function call(command, args = {}) {
  const tauri = window.__TAURI__;
  if (!tauri || !tauri.core) {
    throw new ApiError({ code: "no_backend", message: "Raincheck's window is not connected to the app." });
  }
  try {
    return await tauri.core.invoke(command, args);
  } catch (error) {
    if (error && typeof error === "object" && "code" in error) throw new ApiError(error);
    throw new ApiError({ code: "unexpected", message: String(error) });
  }
}

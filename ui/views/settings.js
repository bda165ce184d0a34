// Settings: what the app knows about itself and where it keeps the log.

import { call } from "../api.js";

export async function show() {
  const info = await call("app_info");
  document.getElementById("about-version").textContent = info.version;
  document.getElementById("about-data-dir").textContent = info.data_dir;
}

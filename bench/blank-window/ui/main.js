window.__TAURI__.core.invoke("ready").then(() => { document.getElementById("answer").textContent = "ready"; });

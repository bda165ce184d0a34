#!/usr/bin/env python3
"""The soak benchmark: Raincheck left running as a user leaves it all day, on a
realistic log, with its memory and threads printed every minute beside a blank
Tauri window. Figures, not a test: it prints and asserts nothing. Run through
scripts/soak.sh (inside the desktop session), not by hand.

The app is driven through tauri-driver (WebDriver) to move between views; it is
hidden to the tray the way a user does it, by closing the window (the window
manager's close message), and shown again by launching Raincheck a second time,
which hands over to the running one."""

import argparse
import ctypes
import ctypes.util
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

from bench import tree

# Whether to ask the page each minute what visibility it sees (off to rule the
# question itself out).
POLL_PAGE = os.environ.get("SOAK_POLL_PAGE", "1") == "1"
ZONES = ["Europe/Berlin", "America/New_York", "Asia/Tokyo", "Europe/London",
         "America/Los_Angeles", "Australia/Sydney"]
COMPANIES = ["Initech", "Globex", "Umbrella", "Hooli", "Stark", "Wayne", "Acme", "Soylent",
             "Tyrell", "Cyberdyne", "Wonka", "Vandelay"]


# --- the log -------------------------------------------------------------------

def make_log(app, data_dir, minutes):
    """60 upcoming interviews: 10 inside the next day, 10 crossing the 24-hour mark
    while the soak runs (each a list refresh and a reminder), a few starting during
    it, the rest over the next month; some decided, most not."""
    now = datetime.now(timezone.utc)
    starts = []
    starts += [now + timedelta(hours=2 + 2 * i) for i in range(10)]
    starts += [now + timedelta(hours=24, minutes=(i + 1) * minutes / 11) for i in range(10)]
    starts += [now + timedelta(minutes=(i + 1) * minutes / 4) for i in range(3)]
    starts += [now + timedelta(days=2 + i * 0.75, hours=i % 5) for i in range(37)]
    ids = []
    for i, start in enumerate(starts):
        zone = ZONES[i % len(ZONES)]
        fields = {"company": f"{COMPANIES[i % len(COMPANIES)]} {i + 1}",
                  "position": ["Analyst", "Backend Engineer", "Designer", "Product Manager"][i % 4],
                  "starts_at": start.astimezone(ZoneInfo(zone)).replace(microsecond=0).isoformat(),
                  "tz": zone,
                  "interviewer": {"name": f"Recruiter {i + 1}", "email": f"recruiter{i}@example.com"},
                  "notes": "Second round; bring the portfolio. " * (i % 3)}
        out = subprocess.run([app, "--data-dir", data_dir, "log", "add", "--input", "-", "--json"],
                             input=json.dumps(fields), capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"raincheck log add failed: {out.stderr}")
        ids.append(json.loads(out.stdout)["id"])
    for interview in ids[40::4]:
        subprocess.run([app, "--data-dir", data_dir, "log", "decide", str(interview),
                        "--decision", "attend"], capture_output=True, check=True)
    return ids


# --- WebDriver, for moving between views ----------------------------------------

def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self, app, data_dir, env):
        port = free_port()
        self.url = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            ["tauri-driver", "--port", str(port), "--native-port", str(free_port())],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(200):
            try:
                if self.request("GET", "/status").get("value", {}).get("ready"):
                    break
            except OSError:
                pass
            time.sleep(0.05)
        options = {"application": app, "args": ["--data-dir", data_dir]}
        answer = self.request("POST", "/session", {"capabilities": {"alwaysMatch": {
            "browserName": "wry", "tauri:options": options}}})
        self.session = answer["value"]["sessionId"]

    def request(self, method, path, body=None):
        data = None if body is None else json.dumps(body).encode()
        req = urllib.request.Request(self.url + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=30) as answer:
            return json.loads(answer.read() or b"{}")

    def run(self, script):
        return self.request("POST", f"/session/{self.session}/execute/sync",
                            {"script": script, "args": []}).get("value")

    def stop(self):
        try:
            self.request("DELETE", f"/session/{self.session}")
        except OSError:
            pass
        self.process.terminate()
        self.process.wait()


# --- hiding to the tray: the window manager's close message -----------------------

class ClientMessageEvent(ctypes.Structure):
    _fields_ = [("type", ctypes.c_int), ("serial", ctypes.c_ulong), ("send_event", ctypes.c_int),
                ("display", ctypes.c_void_p), ("window", ctypes.c_ulong),
                ("message_type", ctypes.c_ulong), ("format", ctypes.c_int),
                ("data", ctypes.c_long * 5)]


class XEvent(ctypes.Union):
    _fields_ = [("xclient", ClientMessageEvent), ("pad", ctypes.c_long * 24)]


class X11:
    ClientMessage = 33

    def __init__(self):
        self.x = ctypes.CDLL(ctypes.util.find_library("X11"))
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XInternAtom.restype = ctypes.c_ulong
        self.x.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        self.x.XQueryTree.argtypes = [ctypes.c_void_p, ctypes.c_ulong] + [ctypes.c_void_p] * 4
        self.x.XGetWindowProperty.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_ulong,
                                              ctypes.c_long, ctypes.c_long, ctypes.c_int,
                                              ctypes.c_ulong] + [ctypes.c_void_p] * 5
        self.x.XFetchName.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
        self.x.XSendEvent.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long,
                                      ctypes.c_void_p]
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.x.XFree.argtypes = [ctypes.c_void_p]
        self.display = self.x.XOpenDisplay(None)
        if not self.display:
            sys.exit("no X display: run through scripts/soak.sh")
        self.pid_atom = self.x.XInternAtom(self.display, b"_NET_WM_PID", 0)

    def windows(self, window):
        root, parent = ctypes.c_ulong(), ctypes.c_ulong()
        children, count = ctypes.POINTER(ctypes.c_ulong)(), ctypes.c_uint()
        if not self.x.XQueryTree(self.display, window, ctypes.byref(root), ctypes.byref(parent),
                                 ctypes.byref(children), ctypes.byref(count)):
            return []
        found = [children[i] for i in range(count.value)]
        if children:
            self.x.XFree(children)
        return found + [w for child in found for w in self.windows(child)]

    def pid_of(self, window):
        kind, form, items, after = ctypes.c_ulong(), ctypes.c_int(), ctypes.c_ulong(), ctypes.c_ulong()
        data = ctypes.POINTER(ctypes.c_ulong)()
        self.x.XGetWindowProperty(self.display, window, self.pid_atom, 0, 1, 0, 0, ctypes.byref(kind),
                                  ctypes.byref(form), ctypes.byref(items), ctypes.byref(after),
                                  ctypes.byref(data))
        pid = data[0] if items.value and data else None
        if data:
            self.x.XFree(data)
        return pid

    def name_of(self, window):
        name = ctypes.c_char_p()
        self.x.XFetchName(self.display, window, ctypes.byref(name))
        return name.value.decode() if name.value else ""

    def close(self, pid, title):
        """Sends WM_DELETE_WINDOW to the process's window titled `title`, as a
        window manager does when the user clicks the close button."""
        protocols = self.x.XInternAtom(self.display, b"WM_PROTOCOLS", 0)
        delete = self.x.XInternAtom(self.display, b"WM_DELETE_WINDOW", 0)
        root = self.x.XDefaultRootWindow(self.display)
        sent = 0
        for window in self.windows(root):
            if self.pid_of(window) == pid and self.name_of(window) == title:
                event = XEvent()
                event.xclient.type = X11.ClientMessage
                event.xclient.window = window
                event.xclient.message_type = protocols
                event.xclient.format = 32
                event.xclient.data[0] = delete
                self.x.XSendEvent(self.display, window, 0, 0, ctypes.byref(event))
                sent += 1
        self.x.XFlush(self.display)
        return sent


# --- what is measured -------------------------------------------------------------

def process_figures(pid):
    figures = {"pss": 0, "private": 0, "threads": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key == "Pss":
                figures["pss"] = int(rest.split()[0])
            elif key in ("Private_Clean", "Private_Dirty"):
                figures["private"] += int(rest.split()[0])
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("Threads:"):
                figures["threads"] = int(line.split()[1])
        figures["name"] = Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return None
    return figures


def tree_figures(root_pid):
    """The app and each of its WebKit processes, by name: PSS and private memory
    (KiB) and threads."""
    parts = {}
    for pid in tree(root_pid):
        figures = process_figures(pid)
        if figures is None:
            continue
        name = {"WebKitWebProces": "web", "WebKitNetworkPr": "network"}.get(figures["name"], "app")
        if pid == root_pid:
            name = "app"
        part = parts.setdefault(name, {"pss": 0, "private": 0, "threads": 0})
        for key in ("pss", "private", "threads"):
            part[key] += figures[key]
    parts["total"] = {key: sum(part[key] for part in list(parts.values())) for key in ("pss", "private", "threads")}
    return parts


def process_running(path, under):
    """The pid of the process running the binary at `path` that descends from
    `under` (this run's driver: other runs may use the same binary)."""
    for pid in tree(under):
        try:
            if os.readlink(f"/proc/{pid}/exe") == path:
                return pid
        except OSError:
            continue
    return None


def mib(kib):
    return f"{kib / 1024:7.1f}"


# --- the run ------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", required=True)
    parser.add_argument("--blank")
    parser.add_argument("--minutes", type=float, default=60)
    parser.add_argument("--speed", type=int, default=48)
    parser.add_argument("--mode", choices=["views", "interviews", "hidden"], default="views",
                        help="views: each view in turn, and the tray, over and over; "
                             "interviews: open on Interviews the whole time; "
                             "hidden: closed to the tray the whole time")
    args = parser.parse_args()
    app = os.path.realpath(args.app)
    data = tempfile.mkdtemp(prefix="raincheck-soak-")
    env = dict(os.environ, RAINCHECK_CLOCK_SPEED=str(args.speed))
    ids = make_log(app, data, args.minutes)

    blank = None
    if args.blank:
        # With compositing off, as Raincheck runs (src-tauri/webview.rs).
        blank = subprocess.Popen([args.blank], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                 env=dict(os.environ, WEBKIT_DISABLE_COMPOSITING_MODE="1"))
    driver = Driver(app, data, env)
    pid = None
    for _ in range(100):
        pid = process_running(app, driver.process.pid)
        if pid:
            break
        time.sleep(0.1)
    if pid is None:
        sys.exit("the app did not start")
    x11 = X11()

    # A view for each step, then the tray; "views" goes round them all the time,
    # a minute each; "hidden" opens on Interviews and stays in the tray.
    someone = ids[15]
    steps = ["#interviews", f"#interview/{someone}", f"#decide/{someone}",
             f"#draft/{someone}", "#settings", "#interviews", "tray"]

    def step_at(elapsed):
        if args.mode == "interviews":
            return 0
        if args.mode == "hidden":
            return 0 if elapsed < 0.5 else 1
        return int(elapsed) % len(steps)

    def step_name(index):
        return "tray" if args.mode == "hidden" and index == 1 else steps[index]

    where = None
    seen_at_hide = "—"

    def go(step):
        nonlocal where, seen_at_hide
        if step == "tray":
            # The window may be between states: try until it is gone.
            for _ in range(20):
                x11.close(pid, "Raincheck")
                time.sleep(0.5)
                seen_at_hide = driver.run("return document.visibilityState;") if POLL_PAGE else "—"
                if seen_at_hide != "visible":
                    break
        else:
            if where == "tray":
                # A second launch hands over to the running app, which shows its window.
                subprocess.run([app, "--data-dir", data], env=env, timeout=30,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            driver.run(f"location.hash = {json.dumps(step)};")
        where = step

    print(f"Soak: {args.minutes:g} min at clock speed {args.speed} "
          f"({args.minutes * args.speed / 60 / 24:.1f} simulated days), mode {args.mode}, "
          f"60 interviews; app {app}", flush=True)
    print("memory in MiB; private = Private_Clean + Private_Dirty of smaps_rollup", flush=True)
    header = (" min | app PSS | app priv | web PSS | web priv | net PSS | total PSS | threads app/web/net"
              " | blank PSS | where | page sees")
    print(header, flush=True)
    samples = []
    began = time.monotonic()
    current = None
    minute = 0
    try:
        while minute <= args.minutes:
            elapsed = (time.monotonic() - began) / 60
            index = step_at(elapsed)
            if index != current:
                go(step_name(index))
                current = index
            if elapsed >= minute:
                parts = tree_figures(pid)
                blank_pss = sum(process_figures(p)["pss"] for p in tree(blank.pid)
                                if process_figures(p)) if blank else 0
                # Not asked while in the tray: a WebDriver script run in a hidden page
                # is work the page would not otherwise do (the hide itself is checked).
                seen = (seen_at_hide if where == "tray" else driver.run("return document.visibilityState;")) \
                    if POLL_PAGE else "—"
                get = lambda name, key: parts.get(name, {}).get(key, 0)
                threads = f"{get('app', 'threads')}/{get('web', 'threads')}/{get('network', 'threads')}"
                print(f"{minute:4d} | {mib(get('app', 'pss'))} | {mib(get('app', 'private'))}  "
                      f"| {mib(get('web', 'pss'))} | {mib(get('web', 'private'))}  | {mib(get('network', 'pss'))} "
                      f"| {mib(get('total', 'pss'))}   | {threads:>19} | {mib(blank_pss) if blank else '      —'}   "
                      f"| {where:<16} | {seen}", flush=True)
                samples.append((minute, parts, blank_pss))
                minute += 1
            time.sleep(1)
    finally:
        driver.stop()
        for process_pid in reversed(tree(pid)):
            try:
                os.kill(process_pid, signal.SIGKILL)
            except OSError:
                pass
        if blank:
            blank.kill()
            blank.wait()
        shutil.rmtree(data, ignore_errors=True)

    warmup = 5 if args.minutes >= 15 else 1
    base = next((s for s in samples if s[0] == warmup), samples[0])
    last = samples[-1]
    growth = lambda name, key: (last[1].get(name, {}).get(key, 0) - base[1].get(name, {}).get(key, 0)) / 1024
    thread_counts = [s[1]["total"]["threads"] for s in samples if s[0] >= warmup]
    print()
    print(f"after minute {warmup}, to minute {last[0]} ({(last[0] - warmup) * args.speed / 60:.0f} simulated hours):")
    print(f"  PSS growth, app with its WebKit processes: {growth('total', 'pss'):+.1f} MiB"
          f" (web process {growth('web', 'pss'):+.1f} MiB, private {growth('web', 'private'):+.1f} MiB;"
          f" app {growth('app', 'pss'):+.1f} MiB)")
    if blank:
        print(f"  blank window PSS growth: {(last[2] - base[2]) / 1024:+.1f} MiB")
    print(f"  threads: {min(thread_counts)}–{max(thread_counts)} (at minute {warmup}: {thread_counts[0]},"
          f" at the end: {thread_counts[-1]})")


if __name__ == "__main__":
    main()

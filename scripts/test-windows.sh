#!/usr/bin/env bash
# The Windows build's command line, run under Wine: the same assertions as
# tests/cli.rs where they apply, plus what only Windows has — the keyring
# through Wine's Credential Manager (CredWriteW/CredReadW), the data folder in
# %APPDATA%, Windows paths, line endings, and zone lookups. It unpacks the
# portable zip that scripts/build-windows.sh made (it does not build) into
# C:\Program Files\Raincheck of a throwaway Wine prefix, removed at the end,
# and runs raincheck.exe from there. Installs Wine when missing.
#   scripts/test-windows.sh [dist/windows/raincheck_<version>_x64-portable.zip]
# Ends with "windows: N passed, M failed"; exits 1 if anything failed.
#
# Debian 12's Wine 8.0 has no bcryptprimitives.dll, whose ProcessPrng Rust's
# standard library calls for randomness on Windows 10 and later (where it is
# always there): without it nothing starts. The prefix gets a stand-in built
# here with mingw (ProcessPrng over advapi32's RtlGenRandom), in system32 as
# the real one is; the package itself is run as shipped.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh

say() { printf '\033[1m[windows]\033[0m %s\n' "$*"; }
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
zip="${1:-dist/windows/raincheck_${version}_x64-portable.zip}"
[ -f "$zip" ] || { echo "no $zip: run scripts/build-windows.sh first" >&2; exit 1; }

source scripts/packages.sh
install_missing_packages windows wine wine64 python3 unzip gcc-mingw-w64-x86-64

WINEPREFIX=$(mktemp -d -t raincheck-wine.XXXXXX)
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" LC_ALL=C.UTF-8
unset DISPLAY WAYLAND_DISPLAY RAINCHECK_DATA_DIR
cleanup() {
  wineserver -k 2>/dev/null || true
  rm -rf "$WINEPREFIX"
}
trap cleanup EXIT
started=$(date +%s)
say "a fresh Wine prefix in $WINEPREFIX ($(wine --version))"
wine cmd /c exit 0 >/dev/null 2>&1
system32="$WINEPREFIX/drive_c/windows/system32"
if [ ! -f "$system32/bcryptprimitives.dll" ]; then
  say "this Wine has no bcryptprimitives.dll: adding a stand-in for ProcessPrng"
  shim="$WINEPREFIX/shim"
  mkdir -p "$shim"
  cat >"$shim/bcryptprimitives.c" <<'C'
#include <windows.h>
BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length); /* RtlGenRandom */
BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length) {
  while (length > 0) {
    ULONG chunk = length > 0x10000000 ? 0x10000000 : (ULONG)length;
    if (!SystemFunction036(data, chunk)) return FALSE;
    data += chunk;
    length -= chunk;
  }
  return TRUE;
}
C
  printf 'LIBRARY bcryptprimitives\nEXPORTS\n  ProcessPrng\n' >"$shim/bcryptprimitives.def"
  x86_64-w64-mingw32-gcc -O2 -shared -s -o "$system32/bcryptprimitives.dll" \
    "$shim/bcryptprimitives.c" "$shim/bcryptprimitives.def" -ladvapi32
fi
program="$WINEPREFIX/drive_c/Program Files/Raincheck"
mkdir -p "$program"
unzip -q -j "$zip" -d "$program"
exe="$program/raincheck.exe"
say "prefix ready in $(($(date +%s) - started)) s; running $zip's raincheck.exe ($(ls "$program" | tr '\n' ' '))"

status=0
python3 - "$exe" <<'PY' || status=$?
import json, os, subprocess, sys, traceback

EXE = sys.argv[1]
PREFIX = os.environ["WINEPREFIX"]
NOW = "2026-11-27T12:00:00Z"
ACME = json.dumps({"company": "Acme", "position": "Backend Engineer",
    "interviewer": {"name": "Dana Lee", "email": "dana@acme.example", "phone": "+49 30 1234567"},
    "contact_channel": "email", "starts_at": "2026-12-03T10:00", "tz": "Europe/Berlin",
    "duration_minutes": 45})
DRAFT_INPUT = json.dumps({"kind": "reschedule", "channel": "email",
    "candidate": {"name": "Ana Martínez", "email": "ana@example.org"},
    "interview": {"company": "Acme", "position": "Backend Engineer", "interviewer": "Dana Lee",
                  "starts_at": "2026-12-03T10:00", "tz": "Europe/Berlin"},
    "candidate_tz": "America/New_York"}, ensure_ascii=False)

passed, failed, notes = 0, 0, []

def win(path):
    """A folder under C:\\rc as Windows names it, and where it is on this side."""
    return "C:\\rc\\" + path.replace("/", "\\")

def unix(path):
    return os.path.join(PREFIX, "drive_c", "rc", path)

class Run:
    def __init__(self, args, code, out, err):
        self.args, self.code, self.out, self.err = args, code, out, err
        self.text = out.decode("utf-8", "replace")
        self.errtext = err.decode("utf-8", "replace")
    def json(self):
        return json.loads(self.out)
    def __repr__(self):
        return f"raincheck {' '.join(self.args)} -> exit {self.code}\nstdout: {self.text[:1500]}\nstderr: {self.errtext[:1500]}"

def rc(*args, data=None, stdin=None, env=None):
    """raincheck.exe under Wine, with --data-dir C:\\rc\\<data> unless data is None."""
    argv = list(args) if data is None else ["--data-dir", win(data)] + list(args)
    full_env = dict(os.environ)
    full_env.update(env or {})
    done = subprocess.run(["wine", EXE] + argv, input=stdin.encode() if isinstance(stdin, str) else stdin,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full_env,
                          stdin=None if stdin is not None else subprocess.DEVNULL, timeout=120)
    return Run(argv, done.returncode, done.stdout, done.stderr)

def ok(run, code=0):
    assert run.code == code, f"expected exit {code}\n{run!r}"
    return run

def add(data, payload=ACME):
    return ok(rc("log", "add", "--input", "-", "--json", "--now", NOW, data=data, stdin=payload)).json()["id"]

def check(name):
    def wrap(test):
        global passed, failed
        try:
            test()
            passed += 1
            print(f"ok    {name}", flush=True)
        except Exception:
            failed += 1
            print(f"FAIL  {name}\n" + "".join("      " + line for line in traceback.format_exc().splitlines(True)), flush=True)
        return test
    return wrap

@check("--version prints 'raincheck <version>' and a bare LF")
def _():
    run = ok(rc("--version"))
    assert run.out.startswith(b"raincheck ") and run.out.endswith(b"\n"), run
    assert b"\r" not in run.out, f"a CR in {run.out!r}"
    help_ = ok(rc("--help"))
    assert "log" in help_.text and "--data-dir" in help_.text, help_

@check("a malformed command line exits 2 and names the choices")
def _():
    ok(rc("--no-such-flag", data="malformed"), 2)
    run = ok(rc("log", "decide", "1", "--decision", "maybe", data="malformed"), 2)
    assert '"maybe" is not a decision' in run.errtext and "withdraw" in run.errtext, run

@check("the keyring: Credential Manager keeps the key, the log on disk is encrypted")
def _():
    add("keyring")
    status = ok(rc("status", "--json", data="keyring")).json()
    assert status["encryption"]["on"] is True, f"encryption is off under Wine: {status['encryption']}"
    for name in os.listdir(unix("keyring")):
        with open(os.path.join(unix("keyring"), name), "rb") as f:
            assert b"Acme" not in f.read(), f"plain text left in {name}"
    text = ok(rc("status", data="keyring")).text
    assert "Encryption:   on" in text, text
    assert ok(rc("log", "list", data="keyring")).text.count("Acme") == 1
    # A second run reads the same key back (CredReadW), not a new one.
    assert ok(rc("log", "show", "1", "--json", data="keyring")).json()["company"] == "Acme"

@check("log add/list/edit/decide/sent/show/delete, times in Berlin")
def _():
    d = "log"
    assert add(d) == 1
    listed = ok(rc("log", "list", "--json", "--now", "2026-12-02T20:00:00Z", data=d)).json()
    assert listed[0]["company"] == "Acme" and listed[0]["hours_left"] == 13.0, listed
    assert listed[0]["urgency"] == "call_now" and listed[0]["starts_at"] == "2026-12-03T09:00:00Z", listed
    text = ok(rc("log", "list", "--now", "2026-12-02T20:00:00Z", data=d)).text
    assert "in 13 h" in text and "Thu 3 Dec 2026, 10:00 CET" in text, text
    edited = ok(rc("log", "edit", "1", "--input", "-", "--now", "2026-11-28T08:00:00Z", data=d,
                   stdin='{"starts_at":"2026-12-08T14:30"}'))
    assert "Tue 8 Dec 2026, 14:30 CET" in edited.text, edited
    ok(rc("log", "decide", "1", "--decision", "withdraw", "--scenario", "accepted_offer",
          "--reason", "took another offer", data=d))
    with open(unix(d) + "/message.txt", "w", newline="") as f:
        f.write("Subject: Withdrawing my application\n\nDear Dana,\n...")
    ok(rc("log", "sent", "1", "--kind", "withdraw_accepted_offer", "--channel", "email",
          "--message-file", win(d + "/message.txt"), data=d))
    show = ok(rc("log", "show", "1", "--json", data=d)).json()
    assert show["decision"] == "withdraw" and show["scenario"] == "accepted_offer", show
    assert show["messages"][0]["subject"] == "Withdrawing my application", show["messages"]
    assert show["messages"][0]["body"] == "Dear Dana,\n...", show["messages"]
    moved = next(e for e in show["history"] if e["field"] == "starts_at")
    assert moved["old_value"] == "2026-12-03T09:00:00Z" and moved["new_value"] == "2026-12-08T13:30:00Z", moved
    deleted = ok(rc("log", "delete", "1", data=d))
    assert "with its history and one message" in deleted.text, deleted
    gone = ok(rc("log", "show", "1", data=d), 2)
    assert "There is no interview #1" in gone.errtext, gone

@check("a message file written with CRLF (Notepad) is read like one with LF")
def _():
    d = "crlf"
    add(d)
    with open(unix(d) + "/message.txt", "w", newline="") as f:
        f.write("Subject: Withdrawing my application\r\n\r\nDear Dana,\r\n...\r\n")
    ok(rc("log", "sent", "1", "--kind", "withdraw_accepted_offer", "--channel", "email",
          "--message-file", win(d + "/message.txt"), data=d))
    message = ok(rc("log", "show", "1", "--json", data=d)).json()["messages"][0]
    assert message["subject"] == "Withdrawing my application", f"subject kept a CR: {message['subject']!r}"
    assert not message["body"].startswith("\r"), f"body starts with a CR: {message['body']!r}"

@check("bad input says what to fix and saves nothing (a Windows path in the error)")
def _():
    d = "bad"
    run = ok(rc("log", "add", "--input", "-", data=d, stdin='{"company":"Acme","position":"Engineer","starts_at":"2027-03-28T02:30","tz":"Europe/Berlin"}'), 2)
    assert "does not exist in Europe/Berlin on 2027-03-28: the clocks jump from 02:00 to 03:00" in run.errtext, run
    run = ok(rc("log", "add", "--input", "-", data=d, stdin='{"compnay":"Acme"}'), 2)
    assert "unknown field `compnay`" in run.errtext, run
    run = ok(rc("log", "add", "--input", "C:\\no\\such\\file.json", data=d), 1)
    assert "C:\\no\\such\\file.json" in run.errtext, run
    assert ok(rc("log", "list", "--json", data=d)).out == b"[]\n"

@check("zones: New York and Berlin interviews at their own times, in UTC and in words")
def _():
    d = "zones"
    add(d)
    add(d, json.dumps({"company": "Initech", "position": "Analyst", "contact_channel": "email",
                       "starts_at": "2026-12-03T10:00", "tz": "America/New_York"}))
    listed = ok(rc("log", "list", "--json", "--now", NOW, data=d)).json()
    by = {row["company"]: row for row in listed}
    assert by["Acme"]["starts_at"] == "2026-12-03T09:00:00Z", by["Acme"]
    assert by["Initech"]["starts_at"] == "2026-12-03T15:00:00Z", by["Initech"]
    text = ok(rc("log", "list", "--now", NOW, data=d)).text
    assert "Thu 3 Dec 2026, 10:00 CET" in text and "Thu 3 Dec 2026, 10:00 EST" in text, text
    # Summer time: the same clock hour moves in UTC with each zone's rules.
    add(d, json.dumps({"company": "Hooli", "position": "SRE", "contact_channel": "email",
                       "starts_at": "2027-07-01T10:00", "tz": "America/New_York"}))
    hooli = [r for r in ok(rc("log", "list", "--json", "--now", NOW, data=d)).json() if r["company"] == "Hooli"]
    assert hooli and hooli[0]["starts_at"] == "2027-07-01T14:00:00Z", hooli

@check("draft in both zones, and check passes it; a wrong weekday exits 1")
def _():
    d = "draft"
    draft = ok(rc("draft", "--input", "-", data=d, stdin=DRAFT_INPUT))
    text = draft.text
    assert text.startswith("Subject: Request to reschedule our interview – Ana Martínez – Backend Engineer\n\nDear Dana Lee,"), draft
    assert "Thursday 3 December at 10:00 CET / 04:00 EST" in text, text
    assert "Could you suggest two or three times" in text, text
    os.makedirs(unix(d), exist_ok=True)
    with open(unix(d) + "/message.txt", "w", encoding="utf-8", newline="") as f:
        f.write(text)
    with open(unix(d) + "/context.json", "w", encoding="utf-8") as f:
        f.write(DRAFT_INPUT)
    run = ok(rc("check", "--message", win(d + "/message.txt"), "--context", win(d + "/context.json"), data=d))
    assert "Ready to send." in run.text, run
    with open(unix(d) + "/message.txt", "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("Thursday 3 December", "Friday 3 December"))
    report = ok(rc("check", "--json", "--message", win(d + "/message.txt"), "--context",
                   win(d + "/context.json"), data=d), 1).json()
    assert report["ok"] is False and report["problems"][0]["id"] == "mismatch", report
    assert "Thursday" in report["problems"][0]["message"], report

@check("the same draft saved with CRLF still passes the check")
def _():
    d = "draft-crlf"
    text = ok(rc("draft", "--input", "-", data=d, stdin=DRAFT_INPUT)).text
    os.makedirs(unix(d), exist_ok=True)
    with open(unix(d) + "/message.txt", "w", encoding="utf-8", newline="") as f:
        f.write(text.replace("\n", "\r\n"))
    with open(unix(d) + "/context.json", "w", encoding="utf-8") as f:
        f.write(DRAFT_INPUT)
    run = ok(rc("check", "--message", win(d + "/message.txt"), "--context", win(d + "/context.json"), data=d))
    assert "Ready to send." in run.text, run

@check("export --format json / import round trip, and CSV")
def _():
    add("first")
    add("first", ACME.replace("Acme", "Globex").replace("Europe/Berlin", "Asia/Tokyo"))
    exported = ok(rc("export", "--format", "json", data="first")).out
    with open(unix("first") + "/export.json", "wb") as f:
        f.write(exported)
    run = ok(rc("import", win("first/export.json"), data="second"))
    assert run.out == b"Imported 2 interviews.\n", run
    assert ok(rc("export", "--format", "json", data="second")).out == exported
    csv = ok(rc("export", "--format", "csv", data="first")).text
    assert csv.startswith("id,company,position") and "2026-12-03 10:00" in csv, csv

@check("ics export and import round trip, with the interview's zone")
def _():
    d = "ics"
    add(d)
    ok(rc("ics", "export", "1", "--output", win(d + "/acme.ics"), data=d))
    with open(unix(d) + "/acme.ics", encoding="utf-8", newline="") as f:
        ics = f.read()
    assert "DTSTART;TZID=Europe/Berlin:20261203T100000" in ics, ics
    assert "\r\n" in ics, "an .ics file has CRLF lines (RFC 5545)"
    fields = ok(rc("ics", "import", "--json", win(d + "/acme.ics"), data="ics-other")).json()
    assert fields[0]["company"] == "Acme" and fields[0]["tz"] == "Europe/Berlin", fields
    assert fields[0]["starts_at"] == "2026-12-03T10:00" and fields[0]["duration_minutes"] == 45, fields
    assert ok(rc("log", "list", "--json", data="ics-other")).out == b"[]\n"
    ok(rc("ics", "import", "--save", win(d + "/acme.ics"), data="ics-other"))
    listed = ok(rc("log", "list", data="ics-other")).text
    assert "Acme — Backend Engineer, Thu 3 Dec 2026, 10:00 CET" in listed, listed
    upcoming = ok(rc("ics", "export", "--upcoming", "--now", NOW, data=d)).text
    assert "BEGIN:VEVENT" in upcoming, upcoming

@check("without --data-dir the log is in %APPDATA%\\app.raincheck.desktop")
def _():
    add_default = ok(rc("log", "add", "--input", "-", "--json", "--now", NOW, stdin=ACME))
    status = ok(rc("status", "--json")).json()
    folder = status["data_dir"]
    assert folder.lower().startswith("c:\\users\\") and folder.endswith("\\AppData\\Roaming\\app.raincheck.desktop"), folder
    user = folder.split("\\")[2]
    on_disk = os.path.join(PREFIX, "drive_c", "users", user, "AppData", "Roaming", "app.raincheck.desktop", "raincheck.db")
    assert os.path.isfile(on_disk), f"no {on_disk}"
    assert status["log_path"].startswith(folder + "\\"), status["log_path"]
    notes.append(f"default data folder: {folder}")

@check("what it prints ends lines with LF, never CRLF (as on Linux)")
def _():
    d = "lines"
    add(d)
    for args in (["log", "list", "--now", NOW], ["status"], ["log", "show", "1"]):
        run = ok(rc(*args, data=d))
        assert b"\n" in run.out and b"\r" not in run.out, run
    notes.append("stdout uses bare LF under Windows too (Rust's println!); Windows Terminal and PowerShell show it fine")

for note in notes:
    print(f"note  {note}")
print(f"windows: {passed} passed, {failed} failed")
sys.exit(1 if failed else 0)
PY
say "took $(($(date +%s) - started)) s"
exit $status

#!/usr/bin/python3
"""What a screen reader is given: the accessibility tree (AT-SPI) of the
running Raincheck window, as JSON lines of role, name and live-region
politeness. Run inside the desktop session; used by tests/e2e/screen_reader.rs.

Usage: atspi_tree.py [--wait SECONDS]
"""

import json
import sys
import time

import gi

gi.require_version("Atspi", "2.0")
from gi.repository import Atspi  # noqa: E402

# A page of this app has a few hundred nodes; the bound keeps a runaway tree
# (or another app's) from hanging the test.
MOST_NODES = 5000


def find_app(wait_seconds):
    deadline = time.monotonic() + wait_seconds
    while True:
        desktop = Atspi.get_desktop(0)
        for i in range(desktop.get_child_count()):
            app = desktop.get_child_at_index(i)
            if app is not None and "raincheck" in (app.get_name() or "").lower():
                return app
        if time.monotonic() > deadline:
            return None
        time.sleep(0.25)


def walk(node, out, depth=0):
    if node is None or len(out) >= MOST_NODES or depth > 60:
        return
    try:
        role = node.get_role_name()
        name = node.get_name() or ""
        attributes = node.get_attributes() or {}
        states = node.get_state_set()
        out.append({
            "role": role,
            "name": name.strip(),
            "live": attributes.get("live") or attributes.get("container-live") or "",
            "showing": bool(states and states.contains(Atspi.StateType.SHOWING)),
        })
        for i in range(node.get_child_count()):
            walk(node.get_child_at_index(i), out, depth + 1)
    except gi.repository.GLib.Error:
        # A node that went away while being read (the page changed): skip it.
        return


def main():
    wait = 20.0
    if len(sys.argv) == 3 and sys.argv[1] == "--wait":
        wait = float(sys.argv[2])
    app = find_app(wait)
    if app is None:
        print("no application named Raincheck on the accessibility bus", file=sys.stderr)
        return 1
    nodes = []
    walk(app, nodes)
    for node in nodes:
        print(json.dumps(node, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

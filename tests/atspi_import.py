#!/usr/bin/python3
"""A screen reader's path through the import preview (issue 35 by AT-SPI).

Run under dbus-run-session by CTest, with atspi_cards.py's helpers: the app
on a fresh demo store opens an address book of more people than this week
can invite; through AT-SPI, as Orca would, the keep choice and its meaning
are read, Select all is toggled (a reader's Toggle, not a click), the weekly
limit's sentence and the Invite button say which go, Keep is ticked, Close
pressed, and the store holds the contacts with the outcome announced.
"""
import os
import re
import subprocess
import sys
import tempfile
import time

import pyatspi

import atspi_cards as A


def labels(root):
    return [n.name for n in A.walk(root) if n.getRole() == pyatspi.ROLE_LABEL and n.name]


def write_book(path, people):
    with open(path, "w", encoding="utf-8") as f:
        f.write("Name,E-mail Address\n")
        for i in range(people):
            f.write("Person %d Reader,person.%d@reader.example\n" % (i, i))


def start_app(work, book):
    xvfb = A.start(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                   stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    display = ":" + xvfb.stdout.readline().decode().strip()
    A.start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], stderr=subprocess.DEVNULL)
    time.sleep(1)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", XDG_CONFIG_HOME=work, XDG_DATA_HOME=work, LANG="en_US.UTF-8")
    env.pop("QT_QPA_PLATFORMTHEME", None)
    return A.start([A.APP, "--db", os.path.join(work, "demo.sqlite"), "--lang", "en", "--page", "import:" + book],
                   env=env)


def main():
    work = tempfile.mkdtemp(prefix="atspi-import-")
    people = 150  # more than the weekly limit of 100 can take
    book = os.path.join(work, "book.csv")
    write_book(book, people)
    app = start_app(work, book)
    root = A.wait_for("the app on the accessibility bus", lambda: A.app_node(app.pid), 60)
    keep = A.wait_for("the keep choice", lambda: next(n for n in A.walk(root) if n.getRole() == pyatspi.ROLE_CHECK_BOX
                                                       and n.name.startswith("Keep these")))
    assert keep.name == "Keep these %d contacts (only you can see them)" % people, keep.name
    assert not keep.getState().contains(pyatspi.STATE_CHECKED), "kept before anyone asked"
    meaning = [l for l in labels(root) if "nothing of the file stays" in l]
    assert meaning, labels(root)
    left_text = A.wait_for("this week's count",
                           lambda: next(l for l in labels(root) if re.match(r"You can send \d+ more", l)))
    left = int(re.match(r"You can send (\d+) more", left_text).group(1))
    print("read: %s | %s" % (keep.name, left_text))

    select_all = A.find(root, pyatspi.ROLE_CHECK_BOX, "Select all contacts who are not members")
    A.invoke(select_all, "Toggle")
    only = A.wait_for("the limit's sentence", lambda: next(l for l in labels(root) if l.startswith("Only ")))
    assert only.startswith("Only %d of the %d selected can be invited this week" % (left, people)), only
    invite = next(n for n in A.walk(root) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                  and re.match(r"Invite \d", n.name))
    assert invite.name == "Invite %d of %d selected" % (left, people), invite.name
    print("after Toggle on Select all: %s | button: %s" % (only, invite.name))

    A.invoke(keep, "Toggle")
    A.wait_for("Keep ticked", lambda: keep.getState().contains(pyatspi.STATE_CHECKED))
    A.invoke(A.find(root, pyatspi.ROLE_PUSH_BUTTON, "Close"), "Press")
    db = os.path.join(work, "demo.sqlite")
    A.wait_for("the contacts kept", lambda: A.count(db, "SELECT COUNT(*) FROM contacts WHERE owner_id = 1") == people)
    alert = A.wait_for("the outcome as an alert",
                       lambda: next(n for n in A.walk(root) if n.getRole() == pyatspi.ROLE_ALERT
                                    and n.name.startswith("Kept in your imported contacts")))
    print("announced: " + alert.name)
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        A.stop_all()

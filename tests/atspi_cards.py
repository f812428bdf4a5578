#!/usr/bin/python3
"""A screen reader's path through the cards (issue 34, R1-R4 by AT-SPI).

Run under dbus-run-session by CTest: starts Xvfb and the accessibility bus,
starts the app on a fresh demo store, finds the cards through AT-SPI (as
Orca does), invokes Accept, Connect, Withdraw and Undo as their actions, and
checks the store after each. Every process it starts it stops again.
"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import time

import pyatspi

APP = sys.argv[1]
started = []


def start(args, **kw):
    p = subprocess.Popen(args, **kw)
    started.append(p)
    return p


def stop_all():
    for p in reversed(started):
        if p.poll() is None:
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


def wait_for(what, check, seconds=30):
    deadline = time.time() + seconds
    while time.time() < deadline:
        try:
            found = check()
        except Exception:  # the tree changes under us while the app works
            found = None
        if found:
            return found
        time.sleep(0.2)
    raise AssertionError("timed out waiting for " + what)


def walk(node, depth=0):
    yield node
    if depth > 40:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from walk(child, depth + 1)


def app_node(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        a = desktop.getChildAtIndex(i)
        if a is not None and a.get_process_id() == pid:
            return a
    return None


def find(root, role, name):
    for n in walk(root):
        if n.getRole() == role and n.name == name:
            return n
    return None


def actions(node):
    act = node.queryAction()
    return [act.getName(i) for i in range(act.nActions)]


def invoke(node, starts_with):
    act = node.queryAction()
    for i in range(act.nActions):
        name = act.getName(i)
        if name.startswith(starts_with):
            act.doAction(i)
            return name
    raise AssertionError("%s has no action %r: %r" % (node.name, starts_with, actions(node)))


def count(db, sql):
    con = sqlite3.connect("file:%s?mode=ro" % db, uri=True, timeout=10)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def main():
    work = tempfile.mkdtemp(prefix="atspi-")
    db = os.path.join(work, "demo.sqlite")
    xvfb = start(["Xvfb", "-displayfd", "1", "-screen", "0", "1280x900x24", "-nolisten", "tcp"],
                 stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    display = ":" + xvfb.stdout.readline().decode().strip()
    start(["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"], stderr=subprocess.DEVNULL)
    time.sleep(1)
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", XDG_CONFIG_HOME=work, XDG_DATA_HOME=work, LANG="en_US.UTF-8")
    env.pop("QT_QPA_PLATFORMTHEME", None)
    app = start([APP, "--db", db, "--lang", "en"], env=env)
    root = wait_for("the app on the accessibility bus", lambda: app_node(app.pid), 60)

    received = wait_for("the received invitations", lambda: find(root, pyatspi.ROLE_LIST, "Received invitations"))
    pending = "SELECT COUNT(*) FROM invitations WHERE recipient_id = 1 AND state = 0"
    before = count(db, pending)
    card = wait_for("a received invitation", lambda: received.getChildAtIndex(0))
    assert card.getRole() == pyatspi.ROLE_LIST_ITEM, card.getRole()
    assert card.name.startswith("Invitation from "), card.name
    assert card.description, "the card reads no headline, mutual connections or age"
    assert any(a.startswith("Ignore") for a in actions(card)), actions(card)
    person = card.name[len("Invitation from "):]
    invoke(card, "Accept")
    wait_for("Accept to reach the store", lambda: count(db, pending) == before - 1)
    # The outcome is announced: an alert that appears, naming the person.
    alert = wait_for("the outcome as an alert",
                     lambda: next(n for n in walk(root) if n.getRole() == pyatspi.ROLE_ALERT
                                  and person in n.name and n.getState().contains(pyatspi.STATE_SHOWING)))
    print("announced: " + alert.name)
    print("accept: pending received %d -> %d" % (before, before - 1))

    suggestions = find(root, pyatspi.ROLE_LIST, "People you may know")
    card = wait_for("a suggestion", lambda: suggestions.getChildAtIndex(0))
    sent = "SELECT COUNT(*) FROM invitations WHERE sender_id = 1 AND state = 0"
    before = count(db, sent)
    invoke(card, "Connect")
    wait_for("Connect to reach the store", lambda: count(db, sent) == before + 1)
    print("connect: pending sent %d -> %d" % (before, before + 1))

    card = wait_for("a second suggestion", lambda: suggestions.getChildAtIndex(1))
    dismissed = "SELECT COUNT(*) FROM dismissed_suggestions WHERE member_id = 1"
    before = count(db, dismissed)
    invoke(card, "Dismiss")
    wait_for("the card to offer Undo",
             lambda: any(a.startswith("Undo") for a in actions(suggestions.getChildAtIndex(1))))
    assert count(db, dismissed) == before + 1, "Dismiss did not reach the store"
    invoke(suggestions.getChildAtIndex(1), "Undo")
    wait_for("Undo to offer Connect again",
             lambda: any(a.startswith("Connect") for a in actions(suggestions.getChildAtIndex(1))))
    after = count(db, dismissed)
    assert after == before, "Undo left %d dismissals, %d before" % (after, before)
    print("dismiss and undo: dismissals %d -> %d" % (before, after))

    sent_list = find(root, pyatspi.ROLE_LIST, "Sent invitations")
    if sent_list is None or sent_list.childCount == 0:
        manage = wait_for("the sent invitations link",
                          lambda: next(n for n in walk(root) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                                       and n.name.startswith("Manage sent invitations")))
        manage.queryAction().doAction(0)
        sent_list = wait_for("the sent invitations", lambda: find(root, pyatspi.ROLE_LIST, "Sent invitations"))
    card = wait_for("a sent invitation", lambda: sent_list.getChildAtIndex(0))
    withdrawn = "SELECT COUNT(*) FROM invitations WHERE sender_id = 1 AND state = 3"
    before = count(db, withdrawn)
    invoke(card, "Withdraw")
    # The question, read and answered as a screen reader user would.
    confirm = wait_for("the Withdraw question",
                       lambda: next(n for n in walk(root) if n.getRole() == pyatspi.ROLE_PUSH_BUTTON
                                    and n.name.replace("&", "") == "Withdraw" and n.parent is not None
                                    and n.getState().contains(pyatspi.STATE_SHOWING)), 20)
    confirm.queryAction().doAction(0)
    wait_for("Withdraw to reach the store", lambda: count(db, withdrawn) == before + 1)
    print("withdraw: withdrawn %d -> %d" % (before, before + 1))
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    finally:
        stop_all()

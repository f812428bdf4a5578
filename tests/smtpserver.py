#!/usr/bin/python3
"""A mail server for the delivery tests (R20), on 127.0.0.1.

    smtpserver.py MODE LOGFILE

MODE: accept (250 to everything), flaky (451 to each recipient's first
RCPT, then 250), reject (550 to every RCPT), stall (takes the connection
and never answers). Every accepted message is one JSON line in LOGFILE:
its recipients, Message-ID, Subject and the whole message. Prints
"READY <port>" once it listens, and runs until killed.
"""
import asyncio
import email
import email.policy
import json
import socket
import sys
import time

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, mode, log):
        self.mode = mode
        self.log = log
        self.seen = set()
        self.queued = 0

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.mode == "reject":
            return "550 5.1.1 <%s>: Recipient address rejected: no such user" % address
        if self.mode == "flaky" and address not in self.seen:
            self.seen.add(address)
            return "451 4.3.0 <%s>: Temporary failure, try again later" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.queued += 1
        with open(self.log, "a", encoding="utf-8") as f:
            f.write(json.dumps({
                "to": envelope.rcpt_tos,
                "from": envelope.mail_from,
                "message_id": str(message["Message-ID"]),
                "subject": str(message["Subject"]),
                "time": time.time(),
                "raw": envelope.content.decode("utf-8", "replace"),
                "text": message.get_body(("plain",)).get_content(),
            }) + "\n")
        return "250 2.0.0 Ok: queued as Q%d" % self.queued


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def stall(port):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", port))
    listener.listen(16)
    print("READY %d" % port, flush=True)
    held = []
    while True:
        conn, _ = listener.accept()
        held.append(conn)  # never a word


def main():
    mode, log = sys.argv[1], sys.argv[2]
    port = free_port()
    if mode == "stall":
        stall(port)
        return
    controller = Controller(Handler(mode, log), hostname="127.0.0.1", port=port)
    controller.start()
    print("READY %d" % port, flush=True)
    try:
        while True:
            time.sleep(3600)
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

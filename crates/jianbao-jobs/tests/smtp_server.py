#!/usr/bin/env python3
"""A real SMTP server (aiosmtpd) on 127.0.0.1 for jianbao-jobs' tests.

Usage: smtp_server.py DIR MODE [USER:PASSWORD]

Saves each accepted message to DIR/msg-N.eml (bytes as received) and appends one line per
event (connect, mail, rcpt, data, auth-ok, auth-fail, drop, 421, 550) to DIR/events.log.
MODE decides how it behaves:
  accept      accept everything
  reject      answer 550 to every recipient (a permanent failure)
  drop        drop every connection as soon as the client sends MAIL
  drop-first  drop the first connection that sends MAIL, accept afterwards
  421-first   answer the first MAIL with 421 (transient), accept afterwards
With USER:PASSWORD it offers AUTH PLAIN/LOGIN (without TLS: loopback only) and answers 535 to
wrong credentials.

Prints "PORT <n>" once listening; stops when its standard input closes.
"""

import socket
import sys
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Handler:
    def __init__(self, directory, mode):
        self.directory = Path(directory)
        self.mode = mode
        self.mails = 0
        self.saved = 0

    def log(self, event):
        with open(self.directory / "events.log", "a", encoding="utf-8") as f:
            f.write(event + "\n")

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        self.mails += 1
        self.log("mail")
        if self.mode == "drop" or (self.mode == "drop-first" and self.mails == 1):
            self.log("drop")
            server.transport.abort()
            return "250 OK"
        if self.mode == "421-first" and self.mails == 1:
            self.log("421")
            return "421 4.3.2 Service not available, try again later"
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        self.log("rcpt")
        if self.mode == "reject":
            self.log("550")
            return f"550 5.1.1 <{address}>: mailbox unavailable"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.saved += 1
        path = self.directory / f"msg-{self.saved}.eml"
        tmp = path.with_suffix(".tmp")
        tmp.write_bytes(envelope.original_content)
        tmp.rename(path)
        self.log("data " + ",".join(envelope.rcpt_tos))
        return "250 Message accepted for delivery"


class LoggingSMTP(SMTP):
    def connection_made(self, transport):
        self.event_handler.log("connect")
        super().connection_made(transport)


class TestController(Controller):
    def factory(self):
        return LoggingSMTP(self.handler, **self.SMTP_kwargs)


def main():
    directory, mode = sys.argv[1], sys.argv[2]
    handler = Handler(directory, mode)
    kwargs = {}
    if len(sys.argv) > 3:
        user, password = sys.argv[3].split(":", 1)

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == user.encode() and auth_data.password == password.encode()
            handler.log("auth-ok" if ok else "auth-fail")
            # handled=False: let aiosmtpd answer 535 itself on failure.
            return AuthResult(success=ok, handled=False)

        kwargs = {"authenticator": authenticate, "auth_require_tls": False}
    controller = TestController(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    print(f"PORT {controller.port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

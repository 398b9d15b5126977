#!/usr/bin/env python3
"""A real SMTP server (aiosmtpd) on 127.0.0.1 for jianbao-jobs' tests.

Usage: smtp_server.py DIR MODE [--auth USER:PASSWORD] [--tls implicit|starttls --cert PEM --key PEM]

Saves each accepted message to DIR/msg-N.eml (bytes as received) and appends one line per
event (connect, mail, rcpt, data, auth-ok, auth-fail, drop, 421, 550) to DIR/events.log.
MODE decides how it behaves:
  accept      accept everything
  reject      answer 550 to every recipient (a permanent failure)
  drop        drop every connection as soon as the client sends MAIL
  drop-first  drop the first connection that sends MAIL, accept afterwards
  421-first   answer the first MAIL with 421 (transient), accept afterwards
With --auth it offers AUTH PLAIN/LOGIN (also without TLS: loopback only) and answers 535 to
wrong credentials. With --tls it speaks TLS from the first byte (implicit) or requires STARTTLS.

Prints "PORT <n>" once listening; stops when its standard input closes.
"""

import argparse
import socket
import ssl
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
        tls = session.ssl or server.transport.get_extra_info("ssl_object") is not None
        self.log("data " + ",".join(envelope.rcpt_tos) + (" tls" if tls else ""))
        return "250 Message accepted for delivery"


class LoggingSMTP(SMTP):
    def connection_made(self, transport):
        self.event_handler.log("connect")
        super().connection_made(transport)


class TestController(Controller):
    def factory(self):
        return LoggingSMTP(self.handler, **self.SMTP_kwargs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("directory")
    parser.add_argument("mode", choices=["accept", "reject", "drop", "drop-first", "421-first"])
    parser.add_argument("--auth")
    parser.add_argument("--tls", choices=["implicit", "starttls"])
    parser.add_argument("--cert")
    parser.add_argument("--key")
    args = parser.parse_args()
    handler = Handler(args.directory, args.mode)
    kwargs = {}
    if args.tls:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        if args.tls == "implicit":
            kwargs["ssl_context"] = context
        else:
            kwargs["tls_context"] = context
            kwargs["require_starttls"] = True
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticate(server, session, envelope, mechanism, auth_data):
            ok = auth_data.login == user.encode() and auth_data.password == password.encode()
            handler.log("auth-ok" if ok else "auth-fail")
            # handled=False: let aiosmtpd answer 535 itself on failure.
            return AuthResult(success=ok, handled=False)

        kwargs.update(authenticator=authenticate, auth_require_tls=False)
    controller = TestController(handler, hostname="127.0.0.1", port=free_port(), **kwargs)
    controller.start()
    print(f"PORT {controller.port}", flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Parses a message with Python's standard email package (as a mail client would) and prints
JSON: subject, from, to, the text and HTML bodies, and each attachment's decoded file name,
MIME type and bytes (hex), so the Rust tests can check what a reader gets back."""

import email
import email.policy
import json
import sys

with open(sys.argv[1], "rb") as f:
    message = email.message_from_binary_file(f, policy=email.policy.default)

text = message.get_body(preferencelist=("plain",))
html = message.get_body(preferencelist=("html",))
attachments = [
    {
        "filename": part.get_filename(),
        "content_type_name": part["content-type"].params.get("name"),
        "content_type": part.get_content_type(),
        "data_hex": part.get_payload(decode=True).hex(),
    }
    for part in message.iter_attachments()
]
json.dump(
    {
        "subject": str(message["subject"]),
        "from": str(message["from"]),
        "to": str(message["to"]),
        "text": text.get_content() if text else None,
        "html": html.get_content() if html else None,
        "attachments": attachments,
        "defects": [repr(d) for d in message.defects],
    },
    sys.stdout,
    ensure_ascii=False,
)

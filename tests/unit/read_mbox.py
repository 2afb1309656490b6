#!/usr/bin/env python3
"""Reads an mbox with Python's own mailbox and email packages and prints, as JSON, what each
message carries: decoded headers, the text body and the attachments.

usage: read_mbox.py FILE
"""
import base64
import email.policy
import json
import mailbox
import sys


def describe(message):
    parsed = email.message_from_bytes(message.as_bytes(), policy=email.policy.default)
    text = parsed.get_body(preferencelist=("plain",))
    body = text.get_payload(decode=True).decode("utf-8")
    # The line end before a MIME boundary or the mbox separator is not part of the body.
    if body.endswith("\n"):
        body = body[:-1]
    attachments = [{"name": part.get_filename(),
                    "data": base64.b64encode(part.get_payload(decode=True)).decode("ascii")}
                   for part in parsed.iter_attachments()]
    return {"from": str(parsed["From"]), "subject": str(parsed["Subject"]),
            "date": str(parsed["Date"]), "message_id": str(parsed["Message-ID"]).strip(),
            "in_reply_to": str(parsed["In-Reply-To"] or "").strip(),
            "references": " ".join(str(parsed["References"] or "").split()),
            "body": body, "attachments": attachments}


def main():
    box = mailbox.mbox(sys.argv[1], create=False)
    json.dump([describe(message) for message in box], sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()

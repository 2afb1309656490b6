#!/usr/bin/env python3
"""Makes the dataset for export_formats_test.sh, and reads each exported file back with a
parser of its own kind to compare it with that dataset.

usage: check_export.py make DIR COUNT
       check_export.py FORMAT FILE DIR [--after ISO] [--before ISO]
FORMAT is json, md, html, txt, pdf-text (pdftotext output) or mbox. Exits non-zero with a
reason on the first difference.
"""
import argparse
import base64
import datetime
import json
import mailbox
import email.policy
import os
import re
import sys
import xml.etree.ElementTree as ElementTree

CASE_ID = "case-123456789012-muen-2026-0e0e0e0e0e0e0e0e"
START = datetime.datetime(2026, 1, 5, 9, 0, tzinfo=datetime.timezone.utc)
XHTML = "{http://www.w3.org/1999/xhtml}"

HOSTILE = [
    "<script>alert('x')</script> & <img src=x onerror=alert(1)> &amp;",
    "Windows\r\nline ends\r\n\tand a tab",
    "日本語のテキスト。 مرحبا بالعالم שלום 😀🎉",
    "```\nfence inside\n````\nFrom the start of a line\n>From quoted",
    "x" * 7980,
]


def body(i):
    if i % 97 == 0:
        return HOSTILE[(i // 97) % len(HOSTILE)] + f"\nMessage {i}"
    return f"Message {i}\nUpdate: replication lag {i % 13} s, still watching."


def make(folder, count):
    communications = []
    attachments = []
    for i in range(count):
        c = {"caseId": CASE_ID, "body": body(i),
             "submittedBy": "Amazon Web Services" if i % 3 == 0 else "Ops <ops@example.com>",
             "timeCreated": (START + datetime.timedelta(minutes=30 * i))
             .strftime("%Y-%m-%dT%H:%M:%S.000Z"),
             "attachmentSet": []}
        if i in (1, 500):
            aid = f"attachment-{i:04d}"
            name = "../../evil <1>.sh" if i == 1 else "log.txt"
            c["attachmentSet"].append({"attachmentId": aid, "fileName": name})
            data = f"attachment {i}\nFrom a log line\n".encode()
            attachments.append({"attachmentId": aid, "fileName": name,
                                "data": base64.b64encode(data).decode()})
        communications.append(c)
    case = {"caseId": CASE_ID, "displayId": "17400002000", "subject": "Export <test> & 障害",
            "status": "opened", "severityCode": "high", "submittedBy": "ops@example.com",
            "timeCreated": START.strftime("%Y-%m-%dT%H:%M:%S.000Z")}
    os.makedirs(os.path.join(folder, "cases"), exist_ok=True)
    with open(os.path.join(folder, "cases", "big.json"), "w", encoding="utf-8") as out:
        json.dump({"case": case, "communications": communications,
                   "attachments": attachments}, out, ensure_ascii=False)


def expected(folder, after, before):
    """The dataset's communications in the range, oldest first."""
    with open(os.path.join(folder, "cases", "big.json"), encoding="utf-8") as source:
        data = json.load(source)
    rows = sorted(data["communications"], key=lambda c: c["timeCreated"])
    return [c for c in rows if (not after or c["timeCreated"] >= after)
            and (not before or c["timeCreated"] < before)]


def unix(text):
    return text.replace("\r\n", "\n").replace("\r", "\n")


def fail(reason):
    sys.exit(f"  {reason}")


def same_bodies(found, rows):
    wanted = [unix(c["body"]) for c in rows]
    if len(found) != len(wanted):
        fail(f"{len(found)} bodies, expected {len(wanted)}")
    for index, (a, b) in enumerate(zip(found, wanted)):
        if a != b:
            fail(f"body {index} differs: {a[:80]!r} vs {b[:80]!r}")


def check_json(path, rows):
    with open(path, encoding="utf-8") as source:
        data = json.load(source)
    # "savedAttachments" is Casebook's own member, there when the attachments were saved.
    if [key for key in data if key != "savedAttachments"] != ["communications"]:
        fail(f"keys {list(data)}")
    folder = os.path.dirname(os.path.abspath(path))
    for relative in data.get("savedAttachments", {}).values():
        if relative.startswith("/") or ".." in relative.split("/"):
            fail(f"saved attachment path leaves the folder: {relative!r}")
        if not os.path.isfile(os.path.join(folder, relative)):
            fail(f"saved attachment missing: {relative!r}")
    bodies = [c["body"] for c in reversed(data["communications"])]
    if bodies != [c["body"] for c in rows]:
        fail("json bodies differ")


def check_md(path, rows):
    text = open(path, encoding="utf-8").read()
    bodies, fence, current = [], None, []
    for line in text.split("\n"):
        if fence is None:
            match = re.fullmatch(r"(`{3,})text", line)
            if match:
                fence = match.group(1)
            elif "<script" in line or "<img" in line:
                fail(f"unescaped markup outside a fence: {line[:80]!r}")
            continue
        if re.fullmatch(r"`{%d,}" % len(fence), line):
            bodies.append("\n".join(current))
            fence, current = None, []
        else:
            current.append(line)
    same_bodies(bodies, rows)
    if "oldest first" not in text:
        fail("no mention of the order")


def check_html(path, rows):
    root = ElementTree.parse(path).getroot()
    bodies = []
    for element in root.iter():
        tag = element.tag.replace(XHTML, "")
        if tag in ("script", "img", "iframe", "object", "embed", "link", "base"):
            fail(f"<{tag}> in the document")
        for name, value in element.attrib.items():
            if name.lower().startswith("on") or name == "src":
                fail(f"attribute {name}")
            if name == "href" and (":" in value or value.startswith("//")):
                fail(f"href {value}")
        if tag == "div" and element.get("class") == "body":
            bodies.append("".join(element.itertext()))
    same_bodies(bodies, rows)


def check_txt(path, rows):
    text = open(path, encoding="utf-8", newline="").read()
    position = 0
    if "\r" in text:
        fail("a CR in the text file: line ends are LF only")
    for c in rows:  # in order, each body as sent with its line ends made LF
        wanted = unix(c["body"])
        found = text.find(wanted, position)
        if found < 0:
            fail(f"body not found in order: {wanted[:60]!r}")
        position = found + len(wanted)


def check_pdf_text(path, rows):
    text = open(path, encoding="utf-8").read()
    # Text extraction may break a line where the layout has none: compare words only.
    pages = [" ".join(p.split()) for p in text.split("\f") if p.strip()]
    for number, page in enumerate(pages, 1):
        if f"Page {number} of {len(pages)}" not in page:
            fail(f"page {number} has no footer")
        if "Export <test> & 障害" not in page:
            fail(f"page {number} has no subject")
    for c in rows:  # every body carries its "Message N" line
        number = re.search(r"Message \d+", c["body"]).group(0)
        if not re.search(re.escape(number) + r"(\s|$)", text):
            fail(f"{number} missing")


def check_mbox(path, rows):
    box = mailbox.mbox(path, create=False)
    messages = [email.message_from_bytes(m.as_bytes(), policy=email.policy.default)
                for m in box]
    bodies, previous = [], None
    for message in messages:
        text = message.get_body(preferencelist=("plain",)).get_payload(decode=True)
        bodies.append(text.decode("utf-8").removesuffix("\n"))
        if previous and str(message["In-Reply-To"]).strip() != previous:
            fail("In-Reply-To does not chain")
        previous = str(message["Message-ID"]).strip()
    same_bodies(bodies, rows)
    files = [(part.get_filename(), part.get_payload(decode=True))
             for message in messages for part in message.iter_attachments()]
    if files and files[0][1] != b"attachment 1\nFrom a log line\n":
        fail(f"attachment bytes differ: {files[0]!r}")
    print(f"  {len(messages)} messages, {len(files)} attachments")


def main():
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]))
        return
    parser = argparse.ArgumentParser()
    parser.add_argument("format")
    parser.add_argument("file")
    parser.add_argument("dataset")
    parser.add_argument("--after")
    parser.add_argument("--before")
    args = parser.parse_args()
    rows = expected(args.dataset, args.after, args.before)
    checks = {"json": check_json, "md": check_md, "html": check_html, "txt": check_txt,
              "pdf-text": check_pdf_text, "mbox": check_mbox}
    checks[args.format](args.file, rows)


if __name__ == "__main__":
    main()

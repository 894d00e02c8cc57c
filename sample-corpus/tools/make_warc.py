#!/usr/bin/env python3
"""Build a small CC-NEWS style WARC file from saved HTML pages (Python 3 standard library only).

Everything in the output is fictional test data for newsdex.

Default (run from anywhere):

    python3 sample-corpus/tools/make_warc.py

wraps sample-corpus/tools/warc-pages/*.html (in file-name order) into
sample-corpus/articles/warc/northgate-crawl.warc.gz. Other pages and outputs:

    python3 sample-corpus/tools/make_warc.py --pages tests/fixtures/same-article/article.html \
        --out tests/fixtures/same-article/article.warc.gz

Layout (WARC/1.0, one gzip member per record, each record ends with CRLF CRLF):

    warcinfo
    request  + response (text/html)       page 1
    metadata                              about page 1's response (must be skipped)
    request  + response (image/jpeg)      a picture (must be skipped)
    request  + response (text/html)       page 2, page 3, ...

The output is byte-for-byte reproducible: record ids are UUID5s of the target URIs, dates are fixed
(see --crawl-date) and the gzip headers carry no time stamp.
"""

import argparse
import base64
import datetime
import gzip
import hashlib
import io
import re
import sys
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_PAGES = HERE / "warc-pages"
DEFAULT_OUT = HERE.parent / "articles" / "warc" / "northgate-crawl.warc.gz"
DEFAULT_CRAWL_DATE = "2026-03-24T03:00:00Z"
SITE = "https://northgate-news.example"
WARC_NS = uuid.uuid5(uuid.NAMESPACE_URL, SITE + "/warc")

# A few bytes that look like the start and end of a JPEG (not a real picture, not valid UTF-8).
FAKE_JPEG = (
    b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    b"\xff\xdb\x00C\x00\x08\x06\x06\x07\x06\x05\x08\x07\x07\x07\t\t\x08\n\x0c\x14\r\x0c"
    b"\xff\xc0\x00\x11\x08\x00\x10\x00\x10\x03\x01\"\x00\x02\x11\x01\x03\x11\x01"
    b"\x93\xa7\xfe\x00\x81\xc4\x9d\xe2\x05\xb0\xff\xd9"
)


def record_id(*parts):
    return "<urn:uuid:%s>" % uuid.uuid5(WARC_NS, "#".join(parts))


def sha1_b32(data):
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def warc_date(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def record(headers, block):
    """One WARC record as bytes: header lines, blank line, block, CRLF CRLF.

    Content-Length is the exact length of `block` in bytes and is put after WARC-Record-ID,
    as Common Crawl does."""
    lines = ["WARC/1.0"]
    for name, value in headers:
        lines.append("%s: %s" % (name, value))
        if name == "WARC-Record-ID":
            lines.append("Content-Length: %d" % len(block))
    head = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8")
    return head + block + b"\r\n\r\n"


def gzip_member(data):
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as gz:
        gz.write(data)
    return buf.getvalue()


def target_uri(html, path):
    for pattern in (
        r'<link\s+rel="canonical"\s+href="([^"]+)"',
        r'<meta\s+property="og:url"\s+content="([^"]+)"',
    ):
        m = re.search(pattern, html)
        if m:
            return m.group(1)
    stem = re.sub(r"^\d+-", "", path.stem)
    return "%s/news/%s" % (SITE, stem)


def http_request(uri):
    m = re.match(r"https?://([^/]+)(/.*)?$", uri)
    host, path = m.group(1), m.group(2) or "/"
    return (
        "GET %s HTTP/1.1\r\n"
        "Host: %s\r\n"
        "User-Agent: NorthgateTestBot/1.0 (+https://northgate-news.example/bot; fictional)\r\n"
        "Accept: text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8\r\n"
        "Accept-Language: en-GB,en;q=0.5\r\n"
        "Accept-Encoding: identity\r\n"
        "Connection: close\r\n"
        "\r\n" % (path, host)
    ).encode("ascii")


def http_response(body, content_type):
    head = (
        "HTTP/1.1 200 OK\r\n"
        "Content-Type: %s\r\n"
        "Content-Length: %d\r\n"
        "\r\n" % (content_type, len(body))
    ).encode("ascii")
    return head + body


def exchange(uri, body, content_type, when, warcinfo_id, ip):
    """request + response records for one fetch; returns (bytes of both gzip members, response id)."""
    req_block = http_request(uri)
    resp_block = http_response(body, content_type)
    req_id = record_id(uri, "request")
    resp_id = record_id(uri, "response")
    payload_type = content_type.split(";")[0].strip()
    req = record(
        [
            ("WARC-Type", "request"),
            ("WARC-Date", warc_date(when)),
            ("WARC-Record-ID", req_id),
            ("Content-Type", "application/http; msgtype=request"),
            ("WARC-Warcinfo-ID", warcinfo_id),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", uri),
        ],
        req_block,
    )
    resp = record(
        [
            ("WARC-Type", "response"),
            ("WARC-Date", warc_date(when)),
            ("WARC-Record-ID", resp_id),
            ("Content-Type", "application/http; msgtype=response"),
            ("WARC-Warcinfo-ID", warcinfo_id),
            ("WARC-Concurrent-To", req_id),
            ("WARC-IP-Address", ip),
            ("WARC-Target-URI", uri),
            ("WARC-Payload-Digest", sha1_b32(body)),
            ("WARC-Block-Digest", sha1_b32(resp_block)),
            ("WARC-Identified-Payload-Type", payload_type),
        ],
        resp_block,
    )
    return gzip_member(req) + gzip_member(resp), resp_id


def collect_pages(items):
    pages = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            pages.extend(sorted(p.glob("*.html")))
        elif p.is_file():
            pages.append(p)
        else:
            sys.exit("make_warc.py: %s: no such file or folder" % item)
    if not pages:
        sys.exit("make_warc.py: no .html pages to wrap")
    return pages


def build(pages, out, crawl_date):
    start = datetime.datetime.strptime(crawl_date, "%Y-%m-%dT%H:%M:%SZ")
    clock = iter(start + datetime.timedelta(seconds=7 * i) for i in range(10_000))
    ip = "192.0.2.44"  # TEST-NET-1, documentation range
    out = Path(out)
    filename = out.name

    warcinfo_id = record_id(filename, "warcinfo")
    info_block = (
        "software: make_warc.py (newsdex sample-corpus)\r\n"
        "format: WARC File Format 1.0\r\n"
        "conformsTo: https://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.0/\r\n"
        "isPartOf: NORTHGATE-NEWS-TEST-CRAWL\r\n"
        "description: Fictional crawl of Northgate News (made-up outlet) for newsdex tests\r\n"
        "robots: obey\r\n"
    ).encode("utf-8")
    chunks = [
        gzip_member(
            record(
                [
                    ("WARC-Type", "warcinfo"),
                    ("WARC-Date", warc_date(next(clock))),
                    ("WARC-Filename", filename),
                    ("WARC-Record-ID", warcinfo_id),
                    ("Content-Type", "application/warc-fields"),
                ],
                info_block,
            )
        )
    ]

    for n, page in enumerate(pages, 1):
        body = page.read_bytes()
        uri = target_uri(body.decode("utf-8"), page)
        when = next(clock)
        both, resp_id = exchange(uri, body, "text/html; charset=utf-8", when, warcinfo_id, ip)
        chunks.append(both)
        print("  %-60s %s" % (page.name, uri))
        if n == 1:
            meta_block = (
                "fetchTimeMs: 412\r\n"
                "charset-detected: UTF-8\r\n"
                'languages-cld2: {"reliable":true,"text-bytes":2911,"languages":[{"code":"en","code-iso-639-3":"eng","text-covered":0.98,"score":941.0,"name":"ENGLISH"}]}\r\n'
            ).encode("utf-8")
            chunks.append(
                gzip_member(
                    record(
                        [
                            ("WARC-Type", "metadata"),
                            ("WARC-Date", warc_date(when)),
                            ("WARC-Record-ID", record_id(uri, "metadata")),
                            ("Content-Type", "application/warc-fields"),
                            ("WARC-Warcinfo-ID", warcinfo_id),
                            ("WARC-Concurrent-To", resp_id),
                            ("WARC-Target-URI", uri),
                        ],
                        meta_block,
                    )
                )
            )
            img_uri = SITE + "/static/img/2026/lead-picture-800.jpg"
            img, _ = exchange(img_uri, FAKE_JPEG, "image/jpeg", next(clock), warcinfo_id, ip)
            chunks.append(img)

    out.parent.mkdir(parents=True, exist_ok=True)
    data = b"".join(chunks)
    out.write_bytes(data)
    print("wrote %s (%d bytes, %d HTML pages)" % (out, len(data), len(pages)))


def main():
    ap = argparse.ArgumentParser(description="Wrap saved HTML pages in a CC-NEWS style .warc.gz")
    ap.add_argument("--pages", nargs="+", default=[str(DEFAULT_PAGES)],
                    help="HTML files or folders of *.html (default: %(default)s)")
    ap.add_argument("--out", default=str(DEFAULT_OUT), help="output .warc.gz (default: %(default)s)")
    ap.add_argument("--crawl-date", default=DEFAULT_CRAWL_DATE,
                    help="WARC-Date of the first record, UTC, like %(default)s")
    args = ap.parse_args()
    build(collect_pages(args.pages), args.out, args.crawl_date)


if __name__ == "__main__":
    main()

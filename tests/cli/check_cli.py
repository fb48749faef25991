#!/usr/bin/env python3
"""Checks the `sayso` command-line tool against shared/spec/cli.md.

  check_cli.py SAYSO FIXTURES_DIR CHECK

Runs the binary SAYSO on the files in FIXTURES_DIR and asserts one behaviour, CHECK
(one of the functions named check_* below). Exits non-zero with a message on failure.
"""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile

UNITS = ("codepoint", "utf16", "utf8")


def run(sayso, args, stdin=None):
    """Runs sayso; returns (exit status, stdout bytes, stderr text)."""
    p = subprocess.run([sayso] + args, input=stdin, capture_output=True, timeout=300)
    return p.returncode, p.stdout, p.stderr.decode("utf-8", "replace")


def expect(cond, message):
    if not cond:
        raise AssertionError(message)


def jsonl(data):
    lines = data.decode("utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def unit_slice(text, start, end, unit):
    """text[start:end] with offsets in `unit`."""
    if unit == "utf8":
        return text.encode("utf-8")[start:end].decode("utf-8")
    if unit == "utf16":
        return text.encode("utf-16-le")[2 * start:2 * end].decode("utf-16-le")
    return text[start:end]


def spans_in(value):
    """Every {"start", "end", "text"} object nested in value."""
    if isinstance(value, dict):
        if {"start", "end", "text"} <= value.keys():
            yield value
        for v in value.values():
            yield from spans_in(v)
    elif isinstance(value, list):
        for v in value:
            yield from spans_in(v)


def check_broken_line(sayso, fixtures):
    """A bad JSONL line gives an error record in its place; the rest is processed; exit 1."""
    path = os.path.join(fixtures, "mixed.jsonl")
    status, out, err = run(sayso, ["extract", "--input", "jsonl", "--threads", "2", path])
    expect(status == 1, f"exit status {status}, expected 1")
    records = jsonl(out)
    ids = [r["document"]["id"] for r in records]
    expect(ids == ["first", "second", "3", "4", "no-text", "42", "8", "last"], f"ids {ids}")
    errors = {r["document"]["id"]: r for r in records if "error" in r}
    expect(set(errors) == {"3", "no-text", "8"}, f"error records {sorted(errors)}")
    expect(errors["3"]["error"]["code"] == "invalid_json", "line 3 code")
    expect(errors["3"]["document"]["line"] == 3, "line 3 number")
    expect(errors["no-text"]["error"]["code"] == "missing_text", "line 6 code")
    expect(errors["no-text"]["document"]["line"] == 6, "line 6 number (blank line 5 counted)")
    expect(errors["8"]["error"]["code"] == "invalid_json", "line 8 code")
    for r in records:
        if "error" not in r:
            expect(r["schemaVersion"] == "1" and r["sentences"], f"{r['document']['id']} processed")
    first = records[0]["document"]
    expect(first["url"] == "https://example.org/news/1" and first["headline"] == "Library to reopen",
           "url and headline carried over")
    expect(records[1]["document"]["datePublished"] == "2025-04-02", "datePublished carried over")
    diagnostics = [l for l in err.splitlines() if l.strip()]
    expect(len(diagnostics) == 3, f"one stderr line per bad line: {diagnostics}")
    expect("line 3" in diagnostics[0] and "line 6" in diagnostics[1] and "line 8" in diagnostics[2],
           f"stderr names the lines: {diagnostics}")


def check_jsonl_forms(sayso, fixtures):
    """CRLF line ends, a byte order mark, blank lines and a last line without a newline
    read the same as plain JSON Lines; a number id is kept as its JSON text."""
    docs = [{"id": "a", "text": "The mayor said the roads were clear."},
            {"id": 7, "text": "\"We are ready,\" the coach said."},
            {"text": "No id, so the line number names it."}]
    plain = "".join(json.dumps(d) + "\n" for d in docs).encode("utf-8")
    lines = [json.dumps(d) for d in docs]
    odd = ("\ufeff" + lines[0] + "\r\n  \t \r\n\r\n" + lines[1] + "\r\n" + lines[2]).encode("utf-8")
    status, out_plain, _ = run(sayso, ["extract", "--input", "jsonl"], plain)
    expect(status == 0, f"plain: exit {status}")
    status, out_odd, err = run(sayso, ["extract", "--input", "jsonl"], odd)
    expect(status == 0, f"odd forms: exit {status}: {err}")
    ids_plain = [r["document"]["id"] for r in jsonl(out_plain)]
    ids_odd = [r["document"]["id"] for r in jsonl(out_odd)]
    expect(ids_plain == ["a", "7", "3"], f"ids {ids_plain}")
    expect(ids_odd == ["a", "7", "5"], f"ids {ids_odd} (line numbers count blank lines)")
    strip = lambda out: [dict(r, document=None) for r in jsonl(out)]
    expect(strip(out_plain) == strip(out_odd), "same results whatever the line form")
    deep = b'{"id": ' + b'[' * 100000 + b']' * 100000 + b', "text": "a"}\n'
    hostile = (b'{"text": "a", "x": 1e400}\n{"text": "\\ud800"}\n' + deep +
               b'{"text": "\xff"}\n' + plain)
    status, out, err = run(sayso, ["extract", "--input", "jsonl", "--threads", "2"], hostile)
    expect(status == 1, f"hostile lines: exit {status}: {err}")
    records = jsonl(out)
    codes = [r.get("error", {}).get("code") for r in records]
    expect(codes == ["invalid_json"] * 3 + [None] * 4, f"hostile lines: codes {codes}")
    warnings = [w["code"] for w in records[3]["document"]["warnings"]]
    expect(warnings == ["invalid_utf8"], f"a raw invalid byte is kept, with a warning: {warnings}")


def check_bad_option(sayso, fixtures):
    """Wrong options: usage message, exit 2; --help and --version exit 0."""
    for args in (["extract", "--no-such-option"], ["extract", "--offsets", "bytes"],
                 ["extract", "--threads", "0"], ["frobnicate"], []):
        status, out, err = run(sayso, args)
        expect(status == 2, f"{args}: exit status {status}, expected 2")
        expect("Usage" in err, f"{args}: no usage message on stderr: {err!r}")
        expect(out == b"", f"{args}: nothing on stdout")
    status, out, _ = run(sayso, ["--help"])
    expect(status == 0 and b"extract" in out and b"segment" in out, "--help")
    status, out, _ = run(sayso, ["--version"])
    expect(status == 0 and out.strip().count(b".") == 2, f"--version: {out!r}")


def check_missing_file(sayso, fixtures):
    """A missing FILE is named on stderr, exit 1, the other files are processed."""
    harbour = os.path.join(fixtures, "harbour.txt")
    unicode_txt = os.path.join(fixtures, "unicode.txt")
    missing = os.path.join(fixtures, "no-such-file.txt")
    status, out, err = run(sayso, ["extract", harbour, missing, unicode_txt])
    expect(status == 1, f"exit status {status}, expected 1")
    expect("no-such-file.txt" in err, f"stderr names the file: {err!r}")
    records = jsonl(out)
    ids = [r["document"]["id"] for r in records]
    expect(ids == [harbour, missing, unicode_txt], f"ids {ids}")
    expect(records[1]["error"]["code"] == "io_error", "missing file gives an io_error record")
    expect(records[0]["sentences"] and records[2]["sentences"], "others processed")
    status, out, err = run(sayso, ["extract", "--input", "jsonl", missing,
                                   os.path.join(fixtures, "mixed.jsonl")])
    expect(status == 1 and "no-such-file.txt" in err, "jsonl: missing file reported")
    expect(len(jsonl(out)) == 8, "jsonl: the other file processed")


def many_documents(fixtures, count):
    """`count` JSONL lines of varied sizes built from the fixtures, one bad line."""
    texts = [open(os.path.join(fixtures, name), encoding="utf-8").read()
             for name in ("harbour.txt", "unicode.txt")]
    lines = []
    for i in range(count):
        if i == count // 3:
            lines.append("{broken")
            continue
        text = " ".join(texts[(i + k) % 2] for k in range(1 + i % 5))
        lines.append(json.dumps({"id": f"doc-{i}", "text": text}))
    return ("\n".join(lines) + "\n").encode("utf-8")


def check_threads(sayso, fixtures):
    """--threads 4 writes exactly what --threads 1 writes, in input order."""
    data = many_documents(fixtures, 200)
    results = {}
    for threads in ("1", "4"):
        status, out, _ = run(sayso, ["extract", "--input", "jsonl", "--threads", threads], data)
        expect(status == 1, f"--threads {threads}: exit {status}, expected 1 (one bad line)")
        results[threads] = out
    expect(results["1"] == results["4"], "--threads 4 output differs from --threads 1")
    ids = [r["document"]["id"] for r in jsonl(results["4"])]
    expected = [f"doc-{i}" if i != 200 // 3 else str(i + 1) for i in range(200)]
    expect(ids == expected, "output not in input order")


def check_offsets(sayso, fixtures):
    """Offsets in all three units point at the same text, which is the span's text."""
    text = open(os.path.join(fixtures, "unicode.txt"), encoding="utf-8").read()
    line = json.dumps({"id": "u", "text": text}).encode("utf-8")
    texts = {}
    for unit in UNITS:
        status, out, _ = run(sayso, ["extract", "--input", "jsonl", "--offsets", unit], line)
        expect(status == 0, f"{unit}: exit {status}")
        result = jsonl(out)[0]
        expect(result["document"]["offsetUnit"] == unit, f"{unit}: offsetUnit")
        length = len(unit_slice(text, 0, result["document"]["textLength"], unit))
        expect(length == len(text), f"{unit}: textLength covers the text")
        spans = list(spans_in(result))
        expect(len(spans) >= 3, f"{unit}: too few spans")
        for s in spans:
            got = unit_slice(text, s["start"], s["end"], unit)
            expect(got == s["text"], f"{unit}: span {s} covers {got!r}")
        texts[unit] = [s["text"] for s in spans]
    expect(texts["codepoint"] == texts["utf16"] == texts["utf8"], "units disagree on spans")


def check_segment(sayso, fixtures):
    """segment writes document, paragraphs and sentences only; stdin and '-' work."""
    data = open(os.path.join(fixtures, "harbour.txt"), "rb").read()
    for args in (["segment"], ["segment", "-"]):
        status, out, _ = run(sayso, args, data)
        expect(status == 0, f"{args}: exit {status}")
        records = jsonl(out)
        expect(len(records) == 1, f"{args}: one record")
        r = records[0]
        expect(set(r) == {"document", "paragraphs", "sentences"}, f"{args}: keys {sorted(r)}")
        expect(len(r["paragraphs"]) >= 4, f"{args}: paragraphs {len(r['paragraphs'])}")
        expect(len(r["sentences"]) >= len(r["paragraphs"]), f"{args}: sentences")
        expect(r["paragraphs"][0]["text"] == "Harbour works to close for two weeks", "first paragraph")
    status, out, _ = run(sayso, ["segment", "--format", "json", os.path.join(fixtures, "harbour.txt")])
    expect(status == 0 and out.startswith(b'{\n  "document": {'), "json format is pretty")
    json.loads(out)


def check_invalid_utf8(sayso, fixtures):
    """Invalid UTF-8 is not an error: valid JSON, offsets into the input, a warning."""
    raw = b"The minister said \"prices \xff\xfe fell\" on Monday.\x00 Then she left."
    with tempfile.NamedTemporaryFile(suffix=".txt", delete=False) as f:
        f.write(raw)
        name = f.name
    try:
        status, out, _ = run(sayso, ["extract", "--offsets", "utf16", name])
    finally:
        os.unlink(name)
    expect(status == 0, f"exit {status}")
    r = jsonl(out)[0]
    expect([w["code"] for w in r["document"]["warnings"]] == ["invalid_utf8"], "warning")
    length = len(raw.decode("utf-8", "replace"))  # one U+FFFD per invalid byte here
    expect(r["document"]["textLength"] == length, f"textLength {r['document']['textLength']}")
    for s in spans_in(r):
        expect(s["text"] == raw.decode("utf-8", "replace")[s["start"]:s["end"]], f"span {s}")
    # The same bytes inside a JSON Lines string: processed alike, not an error.
    line = b'{"id": "raw", "text": "' + raw.replace(b'"', b'\\"').replace(b"\x00", b"\\u0000") + b'"}\n'
    status, out, err = run(sayso, ["extract", "--input", "jsonl", "--offsets", "utf16"], line)
    expect(status == 0, f"jsonl with invalid UTF-8: exit {status}: {err}")
    from_jsonl = jsonl(out)[0]
    expect(from_jsonl["document"]["textSha256"] == r["document"]["textSha256"], "same bytes")
    expect(from_jsonl["sentences"] == r["sentences"], "same sentences")


class TagCounter(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = {}
        self.text = []

    def handle_starttag(self, tag, attrs):
        self.tags[tag] = self.tags.get(tag, 0) + 1

    def handle_data(self, data):
        self.text.append(data)


def check_table(sayso, fixtures):
    """table: a heading per document, the attribution header, claims, errors readable."""
    path = os.path.join(fixtures, "mixed.jsonl")
    status, out, _ = run(sayso, ["extract", "--input", "jsonl", "--format", "table", path])
    expect(status == 1, f"exit {status}")
    text = out.decode("utf-8")
    expect(text.count("speaker | kind | cue | content") == 5, "one attribution table per document")
    expect(text.count("claims:") == 5, "one claims table per document")
    expect("== first ==" in text and "== last ==" in text, "document headings")
    expect("error at line 3: invalid_json" in text, "error row")
    for line in text.splitlines():
        expect("\t" not in line, "no raw tabs")
    status, out, _ = run(sayso, ["segment", "--format", "table", os.path.join(fixtures, "harbour.txt")])
    expect(status == 0 and b"1 | Harbour works to close for two weeks" in out, "segment table")


def check_html(sayso, fixtures):
    """html: one self-contained page, the text shown, everything escaped."""
    doc = {"id": "<script>alert(1)</script>",
           "text": "\"Prices < costs & rising,\" said Ana Ruiz. \"We will <b>not</b> wait,\" she said."}
    data = (json.dumps(doc) + "\n" + json.dumps({"id": "two", "text": "Nothing quoted here."}) + "\n")
    status, out, _ = run(sayso, ["extract", "--input", "jsonl", "--format", "html"], data.encode())
    expect(status == 0, f"exit {status}")
    page = out.decode("utf-8")
    expect(page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>"), "one page")
    expect(page.count("<html") == 1 and page.count("<article>") == 2, "one page, two articles")
    expect("<script>" not in page and "<b>" not in page, "text is escaped")
    expect("&lt;script&gt;" in page and "Prices &lt; costs &amp; rising" in page, "escaped text")
    expect("http://" not in page.replace("http://www.w3.org", "") and "<link" not in page,
           "self-contained")
    parser = TagCounter()
    parser.feed(page)
    shown = "".join(parser.text)
    expect(doc["text"] in shown, "the whole text is shown")
    check_html_colours(sayso)


def check_html_colours(sayso):
    """Each speaker in the legend has a colour of its own, used for their quotes."""
    text = ("\"The bridge is safe,\" said Maria Lopez, the city engineer. \"It is not,\" "
            "said Peter Grant, a local resident. \"We checked it twice,\" Lopez said.")
    status, out, _ = run(sayso, ["extract", "--format", "html"], text.encode())
    expect(status == 0, f"exit {status}")
    page = out.decode("utf-8")
    legend = re.search(r'<p class="legend">(.*?)</p>', page)
    expect(legend is not None, "a legend of speakers")
    speakers = re.findall(r'<mark class="(s\d+)">([^<]*)</mark>', legend.group(1))
    classes = [c for c, _ in speakers]
    expect(len(set(classes)) == len(classes), f"speakers share a colour: {speakers}")
    colour_of = {name: c for c, name in speakers}
    for css, title in re.findall(r'<mark class="(s\d+)" title="([^"]*)">', page):
        expect(colour_of.get(title) == css, f"quote by {title!r} has colour {css}")


CHECKS = {name[len("check_"):]: fn for name, fn in globals().items() if name.startswith("check_")}


def main():
    if len(sys.argv) != 4 or sys.argv[3] not in CHECKS:
        sys.exit(f"usage: check_cli.py SAYSO FIXTURES_DIR {{{'|'.join(CHECKS)}}}")
    try:
        CHECKS[sys.argv[3]](sys.argv[1], sys.argv[2])
    except AssertionError as e:
        sys.exit(f"FAILED {sys.argv[3]}: {e}")
    print(f"ok {sys.argv[3]}")


if __name__ == "__main__":
    main()

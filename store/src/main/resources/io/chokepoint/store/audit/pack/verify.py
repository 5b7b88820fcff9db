#!/usr/bin/env python3
"""Checks a Chokepoint audit pack without Chokepoint (Python 3.6+, standard library only).

Usage: python3 verify.py [PACK_DIR] [--anchor HASH]

Recomputes every entry's hash from entries.json and from entries.csv, checks that each entry
links to the one before, that both files hold the same entries, and that they agree with
manifest.json (counts, anchor, last hash, file checksums). --anchor HASH also requires the pack's
anchor to be HASH (the lastHash of the pack before it). Exits 0 when everything checks out, 1
naming the first broken entry otherwise.
"""
import csv
import hashlib
import json
import os
import re
import sys

FIELDS = ["seq", "recordedAt", "actor", "action", "subject", "detail", "prevHash", "hash"]
HEX64 = re.compile(r"^[0-9a-f]{64}$")


def sha256_hex(data):
    return hashlib.sha256(data).hexdigest()


def entry_hash(e):
    text = "\n".join([str(e["seq"])] + [e[k] for k in FIELDS[1:7]])
    return sha256_hex(text.encode("utf-8"))


def describe(e):
    return "%s %s by %s at %s" % (e["action"], e["subject"], e["actor"], e["recordedAt"])


def check_chain(name, entries, manifest):
    """The first broken entry of one file, as a message, or None."""
    prev = None
    for i, e in enumerate(entries):
        where = "%s, record %d" % (name, i + 1)
        if not isinstance(e, dict) or list(e.keys()) != FIELDS:
            return "%s: the fields are not %s" % (where, FIELDS)
        if not isinstance(e["seq"], int) or isinstance(e["seq"], bool):
            return "%s: seq %r is not a whole number" % (where, e["seq"])
        if not all(isinstance(e[k], str) for k in FIELDS[1:]):
            return "%s (entry %s): a field other than seq is not text" % (where, e["seq"])
        expected_seq = manifest["firstSeq"] + i
        if e["seq"] != expected_seq:
            return "%s: entry %d is missing or out of place: found entry %d" % (
                name, expected_seq, e["seq"])
        want_prev = manifest["anchor"] if prev is None else prev["hash"]
        consistent = entry_hash(e) == e["hash"]
        if e["prevHash"] != want_prev:
            if consistent and prev is not None:
                return ("%s: entry %d (%s) was rewritten: it hashes to %s, but entry %d records %s"
                        " as the hash before it") % (name, prev["seq"], describe(prev), prev["hash"],
                                                     e["seq"], e["prevHash"])
            return "%s: entry %d (%s) does not follow %s: its prevHash is %s, expected %s" % (
                name, e["seq"], describe(e),
                "the anchor" if prev is None else "entry %d" % prev["seq"], e["prevHash"],
                want_prev)
        if not consistent:
            return "%s: entry %d (%s) was altered: its fields hash to %s, not to the stored %s" % (
                name, e["seq"], describe(e), entry_hash(e), e["hash"])
        prev = e
    if len(entries) != manifest["entries"]:
        return "%s: %d entries, the manifest says %d" % (name, len(entries), manifest["entries"])
    if prev is not None and prev["hash"] != manifest["lastHash"]:
        return "%s: entry %d (%s) hashes to %s, the manifest's lastHash is %s" % (
            name, prev["seq"], describe(prev), prev["hash"], manifest["lastHash"])
    return None


def read_json(path):
    with open(path, "rb") as f:
        raw = f.read()
    try:
        return json.loads(raw.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError) as err:
        line = getattr(err, "lineno", None)
        # One entry per line after the opening bracket: line N holds record N - 1.
        at = " (line %d: record %d)" % (line, line - 1) if line else ""
        return None, "entries.json is not valid UTF-8 JSON%s: %s" % (at, err)


def read_csv(path):
    try:
        with open(path, newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f, strict=True))
    except (UnicodeDecodeError, csv.Error) as err:
        return None, "entries.csv cannot be read as UTF-8 CSV: %s" % err
    if not rows or rows[0] != FIELDS:
        return None, "entries.csv: the header is %s, expected %s" % (rows[:1], FIELDS)
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if len(row) != len(FIELDS):
            return None, "entries.csv line %d: %d fields, expected %d" % (n, len(row), len(FIELDS))
        e = dict(zip(FIELDS, row))
        # seq must be written exactly as hashed: a decimal without leading zeros.
        e["seq"] = int(row[0]) if re.match(r"^[1-9][0-9]*$", row[0]) else row[0]
        out.append(e)
    return out, None


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    anchor = None
    if "--anchor" in argv:
        anchor = argv[argv.index("--anchor") + 1]
        args.remove(anchor)
    pack = args[0] if args else os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(pack, "manifest.json"), encoding="utf-8") as f:
        manifest = json.load(f)
    problems = []
    for name, want in sorted(manifest["files"].items()):
        with open(os.path.join(pack, name), "rb") as f:
            got = sha256_hex(f.read())
        if got != want:
            problems.append("%s: SHA-256 is %s, the manifest says %s" % (name, got, want))
    if anchor is not None and manifest["anchor"] != anchor:
        problems.append("the pack's anchor is %s, not %s" % (manifest["anchor"], anchor))
    if manifest["startsAtGenesis"] != (manifest["firstSeq"] == 1) or (
            manifest["firstSeq"] == 1 and manifest["anchor"] != "0" * 64):
        problems.append("the manifest's anchor does not fit its first entry")
    head = manifest["head"]
    if manifest["lastSeq"] > head["seq"] or (
            manifest["lastSeq"] == head["seq"] and manifest["lastHash"] != head["hash"]):
        problems.append("the manifest's last entry does not fit the head it records")
    readings = {}
    for name, reader in (("entries.json", read_json), ("entries.csv", read_csv)):
        entries, error = reader(os.path.join(pack, name))
        if error is None and not isinstance(entries, list):
            error = "%s is not a list of entries" % name
        if error is None:
            error = check_chain(name, entries, manifest)
        if error is None:
            readings[name] = entries
        else:
            problems.append(error)
    if len(readings) == 2 and readings["entries.json"] != readings["entries.csv"]:
        problems.append("entries.json and entries.csv hold different entries")
    if problems:
        print("FAILED: the audit pack in %s does not check out" % pack)
        for p in problems:
            print("  " + p)
        return 1
    print("OK: entries %d to %d (%d) check out, anchored at %s%s; last hash %s; head at export:"
          " entry %d %s" % (manifest["firstSeq"], manifest["lastSeq"], manifest["entries"],
                             manifest["anchor"], " (genesis)" if manifest["startsAtGenesis"] else "",
                             manifest["lastHash"], head["seq"], head["hash"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

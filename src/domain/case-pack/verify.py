#!/usr/bin/env python3
"""Checks a youju case pack (format youju.case-pack, version 1) with the Python 3 standard library only.

Usage: python3 verify.py pack.zip [--head <hex>]

Prints {"ok", "head", "problems"} as JSON, like "youju verify", and exits 0 intact, 1 changed (or the pack's head
is not the --head given), 2 unreadable. The rules are those of docs/case-pack.md in the youju repository; this
file carries its own RFC 8785 canonical JSON, because not every "canonical JSON" library implements RFC 8785.
"""
import hashlib
import json
import math
import re
import struct
import sys
import zlib

HEX64 = re.compile(r"^[0-9a-f]{64}$")
MEDIA = re.compile(r"^media/([0-9a-f]{64})(?:\.[a-z0-9]{1,10})?$")
KINDS = ("entry", "amendment", "hide", "attachment")
GENESIS = "0" * 64
TEXT_CAP = 64 << 20


class Unreadable(Exception):
    def __init__(self, code, file=None):
        super().__init__(code)
        self.code = code
        self.file = file


# ---- RFC 8785 (JSON Canonicalization Scheme) ----

def _number(x):
    if isinstance(x, bool):
        raise ValueError("not a number")
    x = float(x)
    if math.isnan(x) or math.isinf(x):
        raise ValueError("not finite")
    if x == 0:
        return "0"
    sign = "-" if x < 0 else ""
    mant, _, exp = repr(abs(x)).partition("e")  # repr: the shortest digits that round-trip, as ECMAScript's
    whole, _, frac = mant.partition(".")
    digits, n = whole + frac, len(whole) + (int(exp) if exp else 0)  # value = 0.digits x 10^n
    while len(digits) > 1 and digits[0] == "0":
        digits, n = digits[1:], n - 1
    digits = digits.rstrip("0")
    k = len(digits)
    if k <= n <= 21:
        out = digits + "0" * (n - k)
    elif 0 < n <= 21:
        out = digits[:n] + "." + digits[n:]
    elif -6 < n <= 0:
        out = "0." + "0" * (-n) + digits
    else:
        p = n - 1
        s = ("+" if p >= 0 else "-") + str(abs(p))
        out = digits + "e" + s if k == 1 else digits[0] + "." + digits[1:] + "e" + s
    return sign + out


def _string(s):
    for ch in s:
        if 0xD800 <= ord(ch) <= 0xDFFF:
            raise ValueError("lone surrogate")
    return json.dumps(s, ensure_ascii=False)


def canonical(v):
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    if isinstance(v, (int, float)):
        return _number(v)
    if isinstance(v, str):
        return _string(v)
    if isinstance(v, list):
        return "[" + ",".join(canonical(x) for x in v) + "]"
    if isinstance(v, dict):
        keys = sorted(v.keys(), key=lambda k: k.encode("utf-16-be"))
        return "{" + ",".join(_string(k) + ":" + canonical(v[k]) for k in keys) + "}"
    raise ValueError("not JSON")


def sha_of(value):
    """SHA-256 hex of the canonical JSON of a value, or None when it has none."""
    try:
        return hashlib.sha256(canonical(value).encode("utf-8")).hexdigest()
    except (ValueError, RecursionError):
        return None


def _reject_constant(name):
    raise ValueError(name)


def parse_json(text):
    try:
        return json.loads(text, parse_constant=_reject_constant)
    except (ValueError, RecursionError):
        return None


# ---- the zip, read from its central directory (exact sizes; any layout) ----

def read_zip(path, keep):
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        raise Unreadable("unreadable")
    if len(data) < 22:
        raise Unreadable("unreadable")
    tail_start = max(0, len(data) - 22 - 0xFFFF)
    at = -1
    for i in range(len(data) - 22, tail_start - 1, -1):
        if data[i:i + 4] == b"PK\x05\x06" and i + 22 + struct.unpack_from("<H", data, i + 20)[0] == len(data):
            at = i
            break
    if at < 0:
        raise Unreadable("unreadable")
    count, cd_size, cd_offset = struct.unpack_from("<HII", data, at + 10)
    if count == 0xFFFF or cd_size == 0xFFFFFFFF or cd_offset == 0xFFFFFFFF:
        raise Unreadable("unreadable")  # Zip64: not written by youju, not read here
    if cd_offset + cd_size > at:
        raise Unreadable("unreadable")
    files, texts, p = [], {}, cd_offset
    for _ in range(count):
        if p + 46 > cd_offset + cd_size or data[p:p + 4] != b"PK\x01\x02":
            raise Unreadable("unreadable")
        flags, method = struct.unpack_from("<HH", data, p + 8)
        csize, size, nlen, xlen, clen = struct.unpack_from("<IIHHH", data, p + 20)
        local = struct.unpack_from("<I", data, p + 42)[0]
        try:
            name = data[p + 46:p + 46 + nlen].decode("utf-8")
        except UnicodeDecodeError:
            raise Unreadable("unreadable")
        p += 46 + nlen + xlen + clen
        if flags & 1:
            raise Unreadable("unreadable")
        if method not in (0, 8):
            raise Unreadable("unsupported-compression", name)
        if local + 30 > len(data) or data[local:local + 4] != b"PK\x03\x04":
            raise Unreadable("unreadable")
        lflags, lmethod = struct.unpack_from("<HH", data, local + 6)
        lcsize, lsize, lnlen, lxlen = struct.unpack_from("<IIHH", data, local + 18)
        if data[local + 30:local + 30 + lnlen] != name.encode("utf-8") or lmethod != method:
            raise Unreadable("unreadable")
        if not (lflags & 8) and (lcsize != csize or lsize != size):
            raise Unreadable("unreadable")
        start = local + 30 + lnlen + lxlen
        if start + csize > len(data):
            raise Unreadable("unreadable")
        raw = data[start:start + csize]
        if method == 0:
            body = raw
        else:
            d = zlib.decompressobj(-15)
            try:
                body = d.decompress(raw) + d.flush()
            except zlib.error:
                raise Unreadable("unreadable")
            if not d.eof:
                raise Unreadable("unreadable")
        if len(body) != size:
            raise Unreadable("unreadable")
        if name in keep and name not in texts:
            if len(body) > TEXT_CAP:
                raise Unreadable("too-large")
            texts[name] = body.decode("utf-8", errors="replace")
        files.append((name, hashlib.sha256(body).hexdigest(), len(body)))
    return files, texts


# ---- the checks (docs/case-pack.md, "Checking a pack") ----

def is_obj(v):
    return isinstance(v, dict)


def is_hex(v):
    return isinstance(v, str) and HEX64.match(v) is not None


def is_int(v):
    return (isinstance(v, int) and not isinstance(v, bool)) or (isinstance(v, float) and v.is_integer())


def is_safe_path(path):
    if path == "" or len(path.encode("utf-16-le")) // 2 > 255:
        return False
    if re.search(r"[\\:\x00-\x1f\x7f]", path) or path.startswith("/"):
        return False
    return all(seg not in ("", ".", "..") for seg in path.split("/"))


def is_folder(path, size):
    return path.endswith("/") and size == 0


def read_manifest(text):
    raw = parse_json(text)
    if not is_obj(raw) or raw.get("format") != "youju.case-pack" or raw.get("version") != 1:
        return None
    if isinstance(raw.get("version"), bool):
        return None
    chain = raw.get("chain")
    if raw.get("caseFile") != "case.json" or not is_obj(chain) or not isinstance(chain.get("links"), list):
        return None
    if not isinstance(chain.get("head"), str) or not isinstance(raw.get("files"), list):
        return None
    if "history" in raw and raw["history"] != "history.json":
        return None
    if "caseHead" in raw and not is_hex(raw["caseHead"]):
        return None
    files, last = [], None
    for f in raw["files"]:
        if not is_obj(f) or not isinstance(f.get("path"), str) or not is_hex(f.get("sha256")):
            return None
        size = f.get("size")
        if not is_int(size) or size < 0 or size > 2 ** 53 - 1:
            return None
        if not is_safe_path(f["path"]) or f["path"] == "manifest.json":
            return None
        if last is not None and not last.encode("utf-16-be") < f["path"].encode("utf-16-be"):
            return None
        last = f["path"]
        files.append((f["path"], f["sha256"], int(size)))
    return {"raw": raw, "files": files, "links": chain["links"], "head": chain["head"],
            "history": raw.get("history") == "history.json"}


def parse_case(text):
    """The case file's outline this check relies on (the full rules are docs/case-file.md's)."""
    c = parse_json(text)
    if not is_obj(c) or c.get("format") != "youju.case" or c.get("version") != 1:
        return None
    if not isinstance(c.get("timeZone"), str) or not isinstance(c.get("debts"), list):
        return None
    if not isinstance(c.get("entries"), list):
        return None
    for e in c["entries"]:
        if not is_obj(e) or not isinstance(e.get("id"), str):
            return None
        refs = e.get("attachments", [])
        if not isinstance(refs, list) or not all(is_obj(a) and is_hex(a.get("sha256")) for a in refs):
            return None
    return c


def chain_records(case):
    out, seen = [], set()
    for e in case["entries"]:
        out.append(("entry", e["id"], e))
        for a in e.get("attachments", []):
            if a["sha256"] not in seen:
                seen.add(a["sha256"])
                out.append(("attachment", a["sha256"], dict(a)))
    return out


def is_link(v):
    return (is_obj(v) and is_int(v.get("seq")) and v.get("kind") in KINDS and isinstance(v.get("recordId"), str)
            and is_hex(v.get("recordHash")) and is_hex(v.get("prev")) and is_hex(v.get("hash")))


def check_chain(manifest, sealed, problems):
    records = {}
    for kind, rid, rec in sealed:
        records[kind + ":" + rid] = rec
    seen, prev = set(), GENESIS
    links = manifest["links"]
    for i, link in enumerate(links):
        if not is_link(link):
            problems.append({"link": i, "code": "malformed-link"})
            prev = ""
            continue
        rid = link["recordId"]
        key = link["kind"] + ":" + rid
        seen.add(key)
        if link["seq"] != i:
            problems.append({"entry": rid, "link": i, "code": "seq-gap"})
        if link["prev"] != prev:
            problems.append({"entry": rid, "link": i, "code": "prev-mismatch"})
        body = {k: link[k] for k in ("seq", "kind", "recordId", "recordHash", "prev")}
        if sha_of(body) != link["hash"]:
            problems.append({"entry": rid, "link": i, "code": "link-hash-mismatch"})
        if key not in records:
            problems.append({"entry": rid, "link": i, "code": "record-missing"})
        elif sha_of(records[key]) != link["recordHash"]:
            problems.append({"entry": rid, "link": i, "code": "record-changed"})
        prev = link["hash"]
    for key in records:
        if key not in seen:
            problems.append({"entry": key[key.index(":") + 1:], "code": "record-not-sealed"})
    last = links[-1] if links else None
    if (last["hash"] if is_link(last) else GENESIS) != manifest["head"]:
        problems.append({"file": "manifest.json", "code": "head-mismatch"})


def first_out_of_order(links, records):
    link_keys = [l["kind"] + ":" + l["recordId"] for l in links
                 if is_obj(l) and isinstance(l.get("kind"), str) and isinstance(l.get("recordId"), str)]
    rec_keys = [k + ":" + r for k, r, _ in records]
    in_links, in_records = set(link_keys), set(rec_keys)
    a = [k for k in link_keys if k in in_records]
    b = [(rec_keys[i], records[i][1]) for i in range(len(records)) if rec_keys[i] in in_links]
    for i, (key, rid) in enumerate(b):
        if i >= len(a) or key != a[i]:
            return rid
    return None


def refs_of(entry):
    refs = entry.get("attachments")
    return [a.get("sha256") for a in refs if is_obj(a)] if isinstance(refs, list) else []


def history_content(records):
    problems, seen, originals, amendments, hides, attachments, referenced = [], set(), [], [], [], {}, []
    entry_ids = set()
    for kind, rid, rec in records:
        key = kind + ":" + rid
        if key in seen:
            problems.append(("record-duplicate", rid, None))
            continue
        seen.add(key)
        if not is_obj(rec):
            problems.append(("record-malformed", rid, None))
            continue
        if kind == "entry":
            if rec.get("id") != rid:
                problems.append(("record-malformed", rid, None))
                continue
            originals.append(rec)
            entry_ids.add(rec["id"])
            referenced += [(rid, s) for s in refs_of(rec)]
        elif kind == "amendment":
            if rec.get("id") != rid or not is_obj(rec.get("entry")):
                problems.append(("record-malformed", rid, None))
            elif rec.get("amends") not in entry_ids:
                problems.append(("amends-unknown-entry", rid, None))
            else:
                amendments.append(rec)
                referenced += [(rid, s) for s in refs_of(rec["entry"])]
        elif kind == "hide":
            if rec.get("id") != rid:
                problems.append(("record-malformed", rid, None))
            elif rec.get("hides") not in entry_ids:
                problems.append(("hides-unknown-entry", rid, None))
            else:
                hides.append(rec)
        elif rec.get("sha256") != rid:
            problems.append(("record-malformed", rid, None))
        else:
            attachments[rid] = rec
    for rid, sha in referenced:
        if sha not in attachments:
            problems.append(("attachment-not-sealed", rid, sha))
    slots = {o["id"]: {"amendments": [], "hidden": None} for o in originals}
    for a in amendments:
        slot = slots.get(a["amends"])
        if slot is None:
            problems.append(("amends-unknown-entry", a["id"], None))
        elif a["entry"].get("id") != a["amends"]:
            problems.append(("amendment-changes-id", a["id"], None))
        else:
            slot["amendments"].append(a)
    for h in hides:
        slot = slots.get(h["hides"])
        if slot is None:
            problems.append(("hides-unknown-entry", h["id"], None))
        elif slot["hidden"] is None:
            slot["hidden"] = h
    entries = []
    for o in originals:
        slot = slots[o["id"]]
        if slot["hidden"] is None:
            entries.append(slot["amendments"][-1]["entry"] if slot["amendments"] else o)
    return entries, attachments, problems


def case_history_mismatches(case_entries, derived):
    def text(e):
        try:
            return canonical(e)
        except ValueError:
            return ""
    out = []
    for i in range(max(len(case_entries), len(derived))):
        a = case_entries[i] if i < len(case_entries) else None
        b = derived[i] if i < len(derived) else None
        if a is not None and b is not None and a.get("id") == b.get("id") and text(a) == text(b) and text(a):
            continue
        rid = (a or {}).get("id") if a is not None else (b or {}).get("id")
        if rid is not None and rid not in out:
            out.append(rid)
    return out


def media_map(zip_files):
    out = {}
    for path, facts in zip_files.items():
        m = MEDIA.match(path)
        if m:
            out.setdefault(m.group(1), []).append((path, facts))
    return out


def check_history(manifest, history_text, case, zip_files, problems):
    if history_text is None:
        problems.append({"file": "history.json", "code": "history-missing"})
        return
    raw = parse_json(history_text)
    records = None
    if is_obj(raw) and isinstance(raw.get("records"), list):
        records = []
        for r in raw["records"]:
            if (not is_obj(r) or not isinstance(r.get("recordId"), str) or "record" not in r
                    or r.get("kind") not in KINDS):
                records = None
                break
            records.append((r["kind"], r["recordId"], r["record"]))
    if records is None:
        problems.append({"file": "history.json", "code": "history-invalid"})
        return
    check_chain(manifest, records, problems)
    out_of_order = first_out_of_order(manifest["links"], records)
    if out_of_order is not None:
        problems.append({"entry": out_of_order, "code": "record-out-of-order"})
    entries, attachments, found = history_content(records)
    for code, rid, sha in found:
        problems.append(dict({"entry": rid, "code": code}, **({"sha256": sha} if sha else {})))
    media = {sha: items[-1] for sha, items in media_map(zip_files).items()}
    for sha in attachments:
        item = media.get(sha)
        if item is None:
            problems.append({"entry": sha, "sha256": sha, "code": "attachment-missing"})
        elif item[1][0] != sha and not any(
                p["code"] == "attachment-changed" and p.get("file") == item[0] for p in problems):
            problems.append({"file": item[0], "entry": sha, "code": "attachment-changed"})
    if case is None:
        return
    for rid in case_history_mismatches(case["entries"], entries):
        problems.append({"file": "case.json", "entry": rid, "code": "case-history-mismatch"})


def case_head_of(chain_head, case_text):
    c = parse_json(case_text)
    if not is_obj(c):
        return None
    return sha_of({"caseHeader": {k: v for k, v in c.items() if k != "entries"}, "chainHead": chain_head})


def check_pack(files, manifest_text, case_text, history_text):
    problems, seen = [], set()
    for path, _sha, size in files:
        name = path[:-1] if is_folder(path, size) else path
        if not is_safe_path(name):
            problems.append({"file": path, "code": "unsafe-path"})
        if path in seen:
            problems.append({"file": path, "code": "duplicate-path"})
        seen.add(path)
    zip_files = {}
    for path, sha, size in files:
        if not is_folder(path, size):
            zip_files[path] = (sha, size)
    case = None
    if case_text is None:
        problems.append({"file": "case.json", "code": "case-missing"})
    else:
        case = parse_case(case_text)
        if case is None:
            problems.append({"file": "case.json", "code": "case-invalid"})
    if case is not None:
        media, reported = media_map(zip_files), set()
        for e in case["entries"]:
            for a in e.get("attachments", []):
                found = media.get(a["sha256"])
                if found is None:
                    problems.append({"entry": e["id"], "sha256": a["sha256"], "code": "attachment-missing"})
                    continue
                for path, facts in found:
                    if facts[0] != a["sha256"] and path not in reported:
                        reported.add(path)
                        problems.append({"file": path, "entry": e["id"], "code": "attachment-changed"})
    if manifest_text is None:
        problems.append({"file": "manifest.json", "code": "manifest-missing"})
        return problems
    manifest = read_manifest(manifest_text)
    if manifest is None:
        problems.append({"file": "manifest.json", "code": "manifest-invalid"})
        return problems
    raw = manifest["raw"]
    if sha_of({k: v for k, v in raw.items() if k != "seal"}) != raw.get("seal"):
        problems.append({"file": "manifest.json", "code": "manifest-changed"})
    listed = set()
    for path, sha, size in manifest["files"]:
        listed.add(path)
        actual = zip_files.get(path)
        if actual is None:
            problems.append({"file": path, "code": "file-missing"})
            continue
        if actual[0] != sha:
            problems.append({"file": path, "code": "file-changed"})
        if actual[1] != size:
            problems.append({"file": path, "code": "size-mismatch"})
    for path in zip_files:
        if path != "manifest.json" and path not in listed:
            problems.append({"file": path, "code": "file-added"})
    if manifest["history"]:
        check_history(manifest, history_text, case, zip_files, problems)
    elif case is not None:
        records = chain_records(case)
        check_chain(manifest, records, problems)
        out_of_order = first_out_of_order(manifest["links"], records)
        if out_of_order is not None:
            problems.append({"entry": out_of_order, "code": "record-out-of-order"})
    if "caseHead" in raw and case_text is not None and case is not None:
        if case_head_of(manifest["head"], case_text) != raw["caseHead"]:
            problems.append({"file": "manifest.json", "code": "case-head-mismatch"})
    return problems


def pack_head(manifest_text):
    raw = parse_json(manifest_text or "")
    if not is_obj(raw):
        return None, None
    if "caseHead" in raw:
        return (raw["caseHead"], "case") if is_hex(raw["caseHead"]) else (None, None)
    chain = raw.get("chain")
    head = chain.get("head") if is_obj(chain) else None
    return (head, "entries-only") if is_hex(head) else (None, None)


def main(argv):
    args = argv[1:]
    expected = None
    if "--head" in args:
        i = args.index("--head")
        if i + 1 >= len(args) or not HEX64.match(args[i + 1].lower()):
            print("usage: python3 verify.py <pack.zip> [--head <sha256 hex>]", file=sys.stderr)
            return 2
        expected = args[i + 1].lower()
        del args[i:i + 2]
    if len(args) != 1 or args[0].startswith("-"):
        print("usage: python3 verify.py <pack.zip> [--head <sha256 hex>]", file=sys.stderr)
        return 2
    path = args[0]
    try:
        files, texts = read_zip(path, ("manifest.json", "case.json", "history.json"))
    except Unreadable as e:
        print(json.dumps({"ok": False, "head": None, "problems": [{"file": e.file or path, "code": e.code}]},
                         ensure_ascii=False, indent=2))
        print("verify.py: %s cannot be read as a case pack (%s)" % (path, e.code), file=sys.stderr)
        return 2
    problems = check_pack(files, texts.get("manifest.json"), texts.get("case.json"), texts.get("history.json"))
    head, covers = pack_head(texts.get("manifest.json"))
    if expected is not None and expected != head:
        problems.append({"file": "manifest.json", "code": "head-differs"})
    verdict = {"ok": not problems, "head": head}
    if covers == "entries-only":
        verdict["notice"] = "head-covers-entries-only"
        print("verify.py: this pack was made before the case head: its head covers the records and attachments "
              "only, not the time zone, debts or borrower", file=sys.stderr)
    verdict["problems"] = problems
    print(json.dumps(verdict, ensure_ascii=False, indent=2))
    if problems:
        print("verify.py: %d problem(s) found" % len(problems), file=sys.stderr)
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Gold annotations for the evaluation gate: build them from the hand-written `.ann` sources and validate them.

Standard library only (Python 3.9+). Never used at test time: the Swift test reads the committed gold/*.json.

    python3 gold.py build              # src/<name>.ann  -> gold/<name>.json (spans computed from quotes)
    python3 gold.py validate           # every gold/*.json: quote == text[span], closed vocabularies, numbers,
                                       # markers inside spans, ranges paired; and gold is in sync with src/
    python3 gold.py find NAME QUOTE    # every span of QUOTE in docs/NAME.txt, with its line
    python3 gold.py audit [NAME…]      # modal words and numbers with units that no gold item covers (review aid)

`.ann` format (one item a line, fields separated by ` | `; `#` starts a comment line):

    @ 第 7 條                          scope: the items below are searched from the line that starts with this
                                       text (found after the previous scope) up to the next scope's start
    T quote[#n] | metric | op value unit | reference          threshold (reference may be `-`)
    D quote[#n] | actor | op amount unit | anchor             deadline  (actor / anchor may be `-`)
    P quote[#n] | amount unit | subject                       period
    F quote[#n] | every multiple                              frequency
    O quote[#n] | actor | modality marker[#k] | action        obligation (marker = the modal word as written;
                                                              #k picks its k-th occurrence inside the quote)

`#n` picks the n-th occurrence (1-based) of the quote inside the scope; a quote found more than once in its
scope without `#n` is an error, so every span is unambiguous.
"""
import hashlib
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS, GOLD, SRC = (os.path.join(HERE, d) for d in ("docs", "gold", "src"))

THRESHOLD_OPS = {"lt", "le", "gt", "ge", "eq"}
DEADLINE_OPS = {"le", "ge"}
TIME_UNITS = {"hour", "day", "workday", "week", "month", "quarter", "year"}
THRESHOLD_UNITS = TIME_UNITS | {"percent", "times", "yuan", "twd", "count"}
RECURRENCES = {"day", "week", "month", "quarter", "halfyear", "year"}
# Modal words as written (simplified and traditional) -> modality (annotation-conventions.md, "Obligation").
MARKERS = {
    "应当": "must", "應當": "must", "应": "must", "應": "must", "须": "must", "須": "must",
    "必须": "must", "必須": "must",
    "不得": "must_not", "不应当": "must_not", "不應當": "must_not", "不应": "must_not", "不應": "must_not", "禁止": "must_not", "严禁": "must_not", "嚴禁": "must_not",
    "可以": "may", "可": "may", "得": "may",
    "鼓励": "encouraged", "鼓勵": "encouraged", "支持": "encouraged", "原则上": "encouraged", "原則上": "encouraged",
}
KINDS = {"T": "thresholds", "D": "deadlines", "P": "periods", "F": "frequencies", "O": "obligations"}


class AnnError(Exception):
    pass


def read_doc(name):
    with open(os.path.join(DOCS, name + ".txt"), encoding="utf-8") as f:
        return f.read()


def occurrences(text, quote, start=0, end=None):
    end = len(text) if end is None else end
    out, i = [], text.find(quote, start)
    while i != -1 and i + len(quote) <= end:
        out.append(i)
        i = text.find(quote, i + 1)
    return out


def split_index(s):
    m = re.fullmatch(r"(.*?)#(\d+)", s)
    return (m.group(1), int(m.group(2))) if m else (s, None)


def number(s, where):
    try:
        v = float(s)
    except ValueError:
        raise AnnError(f"{where}: not a number: {s!r}")
    return int(v) if v == int(v) else v


def opt(s):
    return None if s in ("-", "") else s


def build_doc(name):
    text = read_doc(name)
    path = os.path.join(SRC, name + ".ann")
    gold = {k: [] for k in KINDS.values()}
    scope_start, scope_items, scopes = 0, [], []  # scopes: (start, [(lineno, line)])
    current = (0, [])
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            label = line[1:].strip()
            hits = [i for i in occurrences(text, label, scope_start) if i == 0 or text[i - 1] == "\n"]
            if not hits:
                raise AnnError(f"{path}:{lineno}: scope {label!r} not found at a line start after {scope_start}")
            scopes.append(current)
            scope_start = hits[0]
            current = (scope_start, [])
            continue
        current[1].append((lineno, line))
    scopes.append(current)
    for idx, (start, items) in enumerate(scopes):
        end = scopes[idx + 1][0] if idx + 1 < len(scopes) and scopes[idx + 1][0] > start else len(text)
        if idx == 0 and len(scopes) > 1 and not items:
            continue
        for lineno, line in items:
            where = f"{path}:{lineno}"
            kind, _, rest = line.partition(" ")
            if kind not in KINDS:
                raise AnnError(f"{where}: unknown kind {kind!r}")
            fields = [x.strip() for x in rest.split(" | ")]
            quote, n = split_index(fields[0])
            hits = occurrences(text, quote, start, end)
            if not hits:
                raise AnnError(f"{where}: quote {quote!r} not found in scope [{start},{end})")
            if n is None and len(hits) > 1:
                raise AnnError(f"{where}: quote {quote!r} occurs {len(hits)} times in scope; add #n")
            if n is not None and not 1 <= n <= len(hits):
                raise AnnError(f"{where}: quote {quote!r} has {len(hits)} occurrences, not #{n}")
            s = hits[(n or 1) - 1]
            item = {"quote": quote, "span": [s, s + len(quote)]}
            need = {"T": 4, "D": 4, "P": 3, "F": 2, "O": 4}[kind]
            if len(fields) != need:
                raise AnnError(f"{where}: {kind} needs {need} fields, got {len(fields)}")
            if kind == "T":
                op, value, unit = fields[2].split()
                item.update(metric=opt(fields[1]), op=op, value=number(value, where), unit=unit,
                            reference=opt(fields[3]))
            elif kind == "D":
                op, amount, unit = fields[2].split()
                item.update(actor=opt(fields[1]), amount=number(amount, where), unit=unit, op=op,
                            anchor=opt(fields[3]))
            elif kind == "P":
                amount, unit = fields[1].split()
                item.update(amount=number(amount, where), unit=unit, subject=opt(fields[2]))
            elif kind == "F":
                every, multiple = fields[1].split()
                item.update(every=every, multiple=int(multiple))
            else:
                modality, marker = fields[2].split()
                marker, k = split_index(marker)
                mh = occurrences(quote, marker)
                if not mh or (k is not None and not 1 <= k <= len(mh)):
                    raise AnnError(f"{where}: marker {marker!r} (#{k}) not in quote {quote!r}")
                ms = s + mh[(k or 1) - 1]
                item.update(actor=opt(fields[1]), modality=modality, marker=marker,
                            markerSpan=[ms, ms + len(marker)], action=fields[3])
            item["line"] = lineno
            gold[KINDS[kind]].append(item)
    for items in gold.values():
        items.sort(key=lambda it: (it["span"][0], it["span"][1], it.get("op", ""), it["line"]))
        for it in items:
            del it["line"]
    with open(os.path.join(DOCS, name + ".txt"), "rb") as f:
        sha = hashlib.sha256(f.read()).hexdigest()
    return {"document": f"docs/{name}.txt", "chars": len(text), "sha256": sha, **gold}


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def names():
    return sorted(f[:-4] for f in os.listdir(SRC) if f.endswith(".ann"))


def validate_gold(name, gold):
    text = read_doc(name)
    errs = []

    def err(msg):
        errs.append(f"gold/{name}.json: {msg}")

    if gold.get("chars") != len(text):
        err(f"chars {gold.get('chars')} != {len(text)}")
    # The documents are copies of the shared dev corpus: where it is mounted, they must be byte-identical.
    shared = os.path.join("/work/shared/corpus-dev", name + ".txt")
    if os.path.exists(shared):
        with open(shared, encoding="utf-8") as f:
            if f.read() != text:
                err(f"docs/{name}.txt differs from {shared}")
    for kind in KINDS.values():
        for i, it in enumerate(gold.get(kind, [])):
            tag = f"{kind}[{i}] {it.get('quote')!r}"
            s, e = it["span"]
            if not (0 <= s < e <= len(text)) or text[s:e] != it["quote"]:
                err(f"{tag}: quote != text[{s}:{e}] ({text[s:e]!r})")
            if kind == "thresholds":
                if it["op"] not in THRESHOLD_OPS: err(f"{tag}: op {it['op']}")
                if it["unit"] not in THRESHOLD_UNITS: err(f"{tag}: unit {it['unit']}")
                if not isinstance(it["value"], (int, float)): err(f"{tag}: value not numeric")
            elif kind == "deadlines":
                if it["op"] not in DEADLINE_OPS: err(f"{tag}: op {it['op']}")
                if it["unit"] not in TIME_UNITS: err(f"{tag}: unit {it['unit']}")
                if not isinstance(it["amount"], (int, float)) or it["amount"] <= 0: err(f"{tag}: amount")
            elif kind == "periods":
                if it["unit"] not in TIME_UNITS: err(f"{tag}: unit {it['unit']}")
                if not isinstance(it["amount"], (int, float)) or it["amount"] <= 0: err(f"{tag}: amount")
            elif kind == "frequencies":
                if it["every"] not in RECURRENCES: err(f"{tag}: every {it['every']}")
                if not isinstance(it["multiple"], int) or it["multiple"] < 1: err(f"{tag}: multiple")
            else:
                if MARKERS.get(it["marker"]) != it["modality"]:
                    err(f"{tag}: marker {it['marker']!r} is not {it['modality']}")
                ms, me = it["markerSpan"]
                if text[ms:me] != it["marker"] or not (s <= ms and me <= e):
                    err(f"{tag}: markerSpan not the marker inside the span")
                if not it.get("action"): err(f"{tag}: empty action")
    # A range is two thresholds with the same quote: one lower bound (ge/gt), one upper bound (le/lt).
    by_span = {}
    for it in gold.get("thresholds", []):
        by_span.setdefault(tuple(it["span"]), []).append(it)
    for span, items in by_span.items():
        # ...or one comparator written once for two values (`不足3日或者15日`: lt 3 day, lt 15 day).
        if len(items) == 2 and not ({items[0]["op"][0], items[1]["op"][0]} == {"g", "l"}
                                    or (items[0]["op"] == items[1]["op"] and items[0]["value"] != items[1]["value"])):
            err(f"thresholds at {list(span)}: two items but neither a range nor two values of one comparator")
        if len(items) > 2:
            err(f"thresholds at {list(span)}: {len(items)} items on one quote")
    # Obligation markers are one item each.
    seen = {}
    for it in gold.get("obligations", []):
        key = tuple(it["markerSpan"])
        if key in seen:
            err(f"obligations {seen[key]!r} and {it['quote']!r} share the modal word at {list(key)}")
        seen[key] = it["quote"]
    return errs


AUDIT_MODALS = re.compile("|".join(sorted(MARKERS, key=len, reverse=True)))
AUDIT_NUMBERS = re.compile(r"[0-9０-９一二三四五六七八九十百千万萬億亿两兩零〇]+(?:[.．點点][0-9一二三四五六七八九]+)?"
                           r"(?:个|個)?(?:工作日|日|天|小时|小時|个月|個月|月|年|周|週|元|倍|人|次|%|％)|[百千万萬]分之")


def audit(which):
    """Lists every modal word outside a gold obligation's marker and every number-with-unit outside every gold
    quote, with its line: each one should be a deliberate omission (see README.md)."""
    for name in which:
        text = read_doc(name)
        with open(os.path.join(GOLD, name + ".json"), encoding="utf-8") as f:
            gold = json.load(f)
        markers = {tuple(o["markerSpan"]) for o in gold["obligations"]}
        quoted = [it["span"] for k in ("thresholds", "deadlines", "periods", "frequencies") for it in gold[k]]
        for m in AUDIT_MODALS.finditer(text):
            covered = any(a <= m.start() and m.end() <= b for a, b in markers)
            if not covered:
                line = text.count("\n", 0, m.start()) + 1
                print(f"{name}:{line}: modal {m.group()!r} not annotated: …{text[max(0, m.start() - 12):m.end() + 12]}…")
        for m in AUDIT_NUMBERS.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in quoted):
                line = text.count("\n", 0, m.start()) + 1
                print(f"{name}:{line}: number {m.group()!r} not annotated: …{text[max(0, m.start() - 12):m.end() + 12]}…")
    return 0


def main(argv):
    cmd = argv[1] if len(argv) > 1 else "validate"
    if cmd == "find":
        text = read_doc(argv[2])
        for i in occurrences(text, argv[3]):
            line = text.count("\n", 0, i) + 1
            print(f"[{i}, {i + len(argv[3])}] line {line}")
        return 0
    if cmd == "audit":
        return audit(argv[2:] or names())
    errors = []
    for name in names():
        try:
            built = build_doc(name)
        except AnnError as e:
            errors.append(str(e))
            continue
        path = os.path.join(GOLD, name + ".json")
        if cmd == "build":
            with open(path, "w", encoding="utf-8") as f:
                f.write(dump(built))
            counts = ", ".join(f"{k} {len(built[k])}" for k in KINDS.values())
            print(f"gold/{name}.json: {counts}")
        elif cmd == "validate":
            if not os.path.exists(path):
                errors.append(f"gold/{name}.json missing (run build)")
                continue
            with open(path, encoding="utf-8") as f:
                on_disk = json.load(f)
            if on_disk != built:
                errors.append(f"gold/{name}.json is out of date with src/{name}.ann (run build)")
            errors += validate_gold(name, on_disk)
        else:
            print(__doc__)
            return 2
    for name in sorted(f[:-5] for f in os.listdir(GOLD) if f.endswith(".json")):
        if name not in names():
            errors.append(f"gold/{name}.json has no src/{name}.ann")
    if cmd == "build":
        for name in names():
            with open(os.path.join(GOLD, name + ".json"), encoding="utf-8") as f:
                errors += validate_gold(name, json.load(f))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    if cmd == "validate" and not errors:
        print(f"ok: {len(names())} gold files valid")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

#!/usr/bin/env python3
"""Scores `notice extract` output against the gold files and lists what went wrong (used by scripts/eval-report).

Standard library only. Matching is the same as EvaluationTests.swift: per kind and document, a predicted item
matches a gold item when the spans overlap and the key fields agree (threshold op/value/unit; deadline
amount/unit/op; period amount/unit; frequency every/multiple; obligation modality + the gold modal word inside
the predicted span); one-to-one, greedy by overlap length (ties: earlier gold, then earlier prediction).

    python3 score.py OUTDIR [--kind K] [--doc NAME] [--quiet]

OUTDIR holds `<name>.txt.json` files written by `notice extract docs/ --out OUTDIR`.
"""
import argparse
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = ["thresholds", "deadlines", "periods", "frequencies", "obligations"]
KEYS = {
    "thresholds": ("op", "value", "unit"),
    "deadlines": ("amount", "unit", "op"),
    "periods": ("amount", "unit"),
    "frequencies": ("every", "multiple"),
    "obligations": ("modality",),
}


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def same(x, y):
    if isinstance(x, (int, float)) and isinstance(y, (int, float)):
        return abs(x - y) <= 1e-6 * max(1.0, abs(y))
    return x == y


def agree(kind, p, g):
    if not all(same(p.get(k), g.get(k)) for k in KEYS[kind]):
        return False
    if kind == "obligations":
        ms = g["markerSpan"]
        return p["span"][0] <= ms[0] and ms[1] <= p["span"][1]
    return True


def match(kind, pred, gold, span_only=False):
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if overlaps(p["span"], g["span"]) and (span_only or agree(kind, p, g)):
                ov = min(p["span"][1], g["span"][1]) - max(p["span"][0], g["span"][0])
                pairs.append((-ov, gi, pi))
    pairs.sort()
    ug, up = set(), set()
    for _, gi, pi in pairs:
        if gi not in ug and pi not in up:
            ug.add(gi)
            up.add(pi)
    fps = [pred[i] for i in range(len(pred)) if i not in up]
    fns = [gold[i] for i in range(len(gold)) if i not in ug]
    return len(ug), fps, fns


def prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def describe(kind, it, text):
    keys = " ".join(f"{k}={it.get(k)}" for k in KEYS[kind])
    s, e = it["span"]
    line = text.count("\n", 0, s) + 1
    extra = f" actor={it.get('actor')}" if kind == "obligations" else ""
    return f"  line {line:4d} [{s},{e}) {keys}{extra}  「{it['quote']}」"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("outdir")
    ap.add_argument("--kind", choices=KINDS)
    ap.add_argument("--doc")
    ap.add_argument("--quiet", action="store_true", help="table only, no item lists")
    a = ap.parse_args()
    names = sorted(f[:-5] for f in os.listdir(os.path.join(HERE, "gold")) if f.endswith(".json"))
    if a.doc:
        names = [n for n in names if n == a.doc]
    kinds = [a.kind] if a.kind else KINDS
    totals = {k: [0, 0, 0, 0, 0, 0] for k in kinds}  # tp fp fn, span-only tp fp fn
    lists = []
    for name in names:
        with open(os.path.join(HERE, "gold", name + ".json"), encoding="utf-8") as f:
            gold = json.load(f)
        with open(os.path.join(HERE, "docs", name + ".txt"), encoding="utf-8") as f:
            text = f.read()
        path = os.path.join(a.outdir, name + ".txt.json")
        if not os.path.exists(path):
            print(f"missing {path}", file=sys.stderr)
            return 2
        with open(path, encoding="utf-8") as f:
            out = json.load(f)
        if "error" in out:
            print(f"{name}: error object {out['error']}", file=sys.stderr)
            return 2
        for k in kinds:
            pred, g = out.get(k, []), gold[k]
            tp, fps, fns = match(k, pred, g)
            stp, sfp, sfn = match(k, pred, g, span_only=True)
            t = totals[k]
            t[0] += tp; t[1] += len(fps); t[2] += len(fns)
            t[3] += stp; t[4] += len(sfp); t[5] += len(sfn)
            if fps or fns:
                lists.append(f"== {name} · {k}: {len(fps)} false positives, {len(fns)} false negatives")
                lists += [" FP" + describe(k, it, text) for it in fps]
                lists += [" FN" + describe(k, it, text) for it in fns]
    if not a.quiet:
        print("\n".join(lists))
        print()
    print(f"{len(names)} documents, micro over documents")
    print(f"{'kind':<12} {'gold':>5} {'pred':>5} {'tp':>5}   {'P':>5}  {'R':>5}  {'F1':>5} | span-only {'P':>5}  {'R':>5}  {'F1':>5}")
    for k in kinds:
        tp, fp, fn, stp, sfp, sfn = totals[k]
        p, r, f = prf(tp, fp, fn)
        sp, sr, sf = prf(stp, sfp, sfn)
        print(f"{k:<12} {tp + fn:5d} {tp + fp:5d} {tp:5d}   {p:.3f}  {r:.3f}  {f:.3f} |           {sp:.3f}  {sr:.3f}  {sf:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

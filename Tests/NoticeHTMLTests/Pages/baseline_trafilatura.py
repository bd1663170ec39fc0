#!/usr/bin/env python3
"""External baseline for the report, never used by tests: scores `notice extract` and trafilatura (PyPI
trafilatura 2.3.1, `extract(html, favor_precision=False)`) on the page corpus with the same metric as
Tests/NoticeHTMLTests/TextScore.swift (multiset of CJK characters and ASCII word tokens, P/R/F1).
Run from the repository root:  python3 Tests/NoticeHTMLTests/Pages/baseline_trafilatura.py [path/to/notice]
"""
import collections, glob, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOTICE = sys.argv[1] if len(sys.argv) > 1 else '.build/release/notice'


def tokens(s):
    bag = collections.Counter()
    for m in re.finditer(r'[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]|[0-9A-Za-z]+', s):
        bag[m.group(0).lower()] += 1
    return bag


def score(got, want):
    g, w = tokens(got), tokens(want)
    overlap = sum((g & w).values())
    p = overlap / max(1, sum(g.values())); r = overlap / max(1, sum(w.values()))
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main():
    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    rows = []
    for page in sorted(glob.glob(os.path.join(HERE, '*.html'))):
        name = os.path.basename(page)[:-5]
        want = open(os.path.join(HERE, name + '.expected.txt'), encoding='utf-8').read()
        ours = json.loads(subprocess.run([NOTICE, 'extract', page], capture_output=True, check=True).stdout)['text']
        row = [name, score(ours, want)]
        if trafilatura:
            raw = open(page, 'rb').read()
            text = trafilatura.extract(raw) or ''
            row.append(score(text, want))
        rows.append(row)
    print(f"{'page':32} {'notice P/R/F1':>22} {'trafilatura P/R/F1':>22}")
    for r in rows:
        cells = ['%.3f/%.3f/%.3f' % s for s in r[1:]]
        print(f"{r[0]:32} " + ' '.join(f'{c:>22}' for c in cells))
    for i, label in enumerate(['notice', 'trafilatura'][:len(rows[0]) - 1]):
        print(f'mean F1 {label}: %.4f' % (sum(r[1 + i][2] for r in rows) / len(rows)))


if __name__ == '__main__':
    main()

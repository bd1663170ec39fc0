#!/usr/bin/env python3
"""Generates the NoticeText test fixtures offline. Never run by the tests.

Needs: Python 3.11, PyPI `opencc` 1.4.2 (pip install opencc==1.4.2) for the oracle files.
Run from the repository root:  python3 Tests/NoticeTextTests/Fixtures/generate.py [CORPUS_DEV_DIR]
(CORPUS_DEV_DIR defaults to ../shared/corpus-dev, i.e. /work/shared/corpus-dev on the dev machines.)

encoding/  the seeds and one Taiwan statute in other encodings, made with Python's own codecs:
           .encode('gbk') / 'big5' / 'cp950' / 'gb18030' / 'utf-16-le' / 'utf-16-be' (+ BOM where named),
           plus a truncated and a damaged UTF-8 file and two binary files (seeded random bytes).
opencc/    the traditional corpus-dev files and seed 002 (UTF-8 copies, *.txt) and their OpenCC `t2s` conversion
           (*.t2s.txt), the oracle the fold is compared with.
"""
import os
import random
import sys

import opencc

ROOT = os.getcwd()
HERE = os.path.join(ROOT, "Tests/NoticeTextTests/Fixtures")
CORPUS_DEV = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "../shared/corpus-dev")
SEEDS = os.path.join(ROOT, "corpus")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def write(rel, data):
    path = os.path.join(HERE, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data)


seed001 = read(os.path.join(SEEDS, "001_884cb13d2a3f3a0c.txt"))
seed002 = read(os.path.join(SEEDS, "002_3c2483d3016c1a44.txt"))
taiwan = read(os.path.join(CORPUS_DEV, "tw_yaohai_jiuji_2020.txt"))

# The UTF-8 text every decoding must give back.
write("encoding/tw_yaohai_jiuji_2020.txt", taiwan.encode("utf-8"))

write("encoding/seed001.utf8-bom.txt", b"\xef\xbb\xbf" + seed001.encode("utf-8"))
write("encoding/seed001.utf16le-bom.txt", b"\xff\xfe" + seed001.encode("utf-16-le"))
write("encoding/seed001.utf16be-bom.txt", b"\xfe\xff" + seed001.encode("utf-16-be"))
write("encoding/seed001.utf16le.txt", seed001.encode("utf-16-le"))
write("encoding/seed001.gb18030.txt", seed001.encode("gb18030"))
write("encoding/seed002.gbk.txt", seed002.encode("gbk"))  # traditional text: GBK-only characters (not GB2312)
write("encoding/seed002.big5.txt", seed002.encode("big5"))
write("encoding/tw_yaohai_jiuji_2020.big5.txt", taiwan.encode("cp950"))

# Seed 002 must really need GBK: some of its characters are outside GB2312.
assert any(c.encode("gb2312", "replace") == b"?" and c != "?" for c in seed002), "seed 002 has no GBK-only characters"

utf8 = seed001.encode("utf-8")
cut = len(utf8) - 1
while utf8[cut] < 0xC0:  # back to the lead byte of the last multibyte character; keep only that byte
    cut -= 1
write("encoding/seed001.utf8-truncated.txt", utf8[: cut + 1])
mid = len(utf8) // 2
while utf8[mid] & 0xC0 != 0x80:  # a continuation byte in the middle
    mid += 1
write("encoding/seed001.utf8-damaged.txt", utf8[:mid] + b"\xff" + utf8[mid + 1:])

rng = random.Random(20241123)
write("encoding/binary-random.bin", bytes(rng.randrange(256) for _ in range(4096)))
write("encoding/binary-controls.bin", bytes(rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 0x0E, 0x1F, 0x41, 0x42, 0xE4, 0xB8, 0xAD])
                                            for _ in range(4096)))

# OpenCC oracle.
conv = opencc.OpenCC("t2s")
names = sorted(n for n in os.listdir(CORPUS_DEV) if n.startswith("tw_") and n.endswith(".txt"))
sources = [(n[:-4], read(os.path.join(CORPUS_DEV, n))) for n in names] + [("seed002", seed002)]
for name, text in sources:
    out = conv.convert(text)
    assert len(out) == len(text), f"{name}: OpenCC changed the length"
    write(f"opencc/{name}.txt", text.encode("utf-8"))
    write(f"opencc/{name}.t2s.txt", out.encode("utf-8"))
print("fixtures written to", HERE)

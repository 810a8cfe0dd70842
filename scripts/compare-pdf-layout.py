#!/usr/bin/env python3
"""compare-pdf-layout.py A.pdf B.pdf [TOLERANCE_PT]: the same report written on two
platforms (Windows under Wine, Linux) must lay out alike: same pages, the same words on
each page, each within TOLERANCE_PT points (default 1.0) of its place. Reads the PDFs with
poppler's `pdftotext -bbox`. Prints the first differences; exit status 1 if any.

A word's place is its left edge and its bottom. Not its top: pdftotext puts the top at the
ascent the PDF's font descriptor states, which Qt writes from GDI's metrics on Windows and
FreeType's on Linux (a quarter of an em apart for Liberation Serif), so the same baseline
would read as a move of 3-4 pt. The bottom depends on the descent, which agrees to about
0.02 em."""
import subprocess
import sys
import xml.etree.ElementTree as ET


def pages(path):
    xhtml = subprocess.run(["pdftotext", "-bbox", path, "-"], check=True,
                           capture_output=True).stdout
    root = ET.fromstring(xhtml)
    result = []
    for page in root.iter("{http://www.w3.org/1999/xhtml}page"):
        result.append([(w.text, float(w.get("xMin")), float(w.get("yMax")))
                       for w in page.iter("{http://www.w3.org/1999/xhtml}word")])
    return result


def main():
    a, b = pages(sys.argv[1]), pages(sys.argv[2])
    tolerance = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0
    problems = []
    if len(a) != len(b):
        problems.append(f"{len(a)} pages against {len(b)}")
    worst = 0.0
    for number, (pa, pb) in enumerate(zip(a, b), start=1):
        words_a, words_b = [w[0] for w in pa], [w[0] for w in pb]
        if words_a != words_b:
            at = next((i for i, (x, y) in enumerate(zip(words_a, words_b)) if x != y),
                      min(len(words_a), len(words_b)))
            problems.append(f"page {number}: the words differ from word {at + 1}: "
                            f"'{' '.join(words_a[at:at + 6])}' against "
                            f"'{' '.join(words_b[at:at + 6])}'")
            continue
        for wa, wb in zip(pa, pb):
            shift = max(abs(wa[1] - wb[1]), abs(wa[2] - wb[2]))
            worst = max(worst, shift)
            if shift > tolerance:
                problems.append(f"page {number}: '{wa[0]}' moved {shift:.2f} pt")
                break
    print(f"{len(a)} pages, {sum(map(len, a))} words, largest shift {worst:.2f} pt")
    for problem in problems[:10]:
        print("  " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

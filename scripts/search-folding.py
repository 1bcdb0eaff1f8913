#!/usr/bin/env python3
"""Writes src/Site.Core/Search/folding.txt: each character whose compatibility decomposition (NFKD) with the marks
dropped differs from itself, and what it folds to, as hexadecimal code points. The site runs with invariant
globalization, where .NET's string.Normalize leaves non-ASCII text as it is, so the search tokenizer reads this table
instead; the browser's engine uses String.prototype.normalize("NFKD"), and tests pin the two with the same examples.
Hangul syllables are left out: the tokenizer decomposes them by Unicode's algorithm.

Run from the repository root: python3 scripts/search-folding.py
"""
import sys
import unicodedata

MARKS = {"Mn", "Mc", "Me"}
lines = [f"# Unicode {unicodedata.unidata_version}: code point, then what it folds to (empty: dropped). Written by scripts/search-folding.py."]
for code in range(sys.maxunicode + 1):
    if 0xD800 <= code <= 0xDFFF or 0xAC00 <= code <= 0xD7A3:
        continue
    char = chr(code)
    if unicodedata.category(char) in MARKS:
        continue  # dropped by category in the tokenizer itself
    decomposed = unicodedata.normalize("NFKD", char)
    if decomposed == char:
        continue
    folded = "".join(c for c in decomposed if unicodedata.category(c) not in MARKS)
    lines.append(f"{code:X} {' '.join(f'{ord(c):X}' for c in folded)}".rstrip())
with open("src/Site.Core/Search/folding.txt", "w", encoding="utf-8", newline="\n") as out:
    out.write("\n".join(lines) + "\n")
print(f"{len(lines) - 1} characters")

#!/usr/bin/env python3
"""Rewrites .properties files as pure ASCII: every character outside ASCII becomes a \\uXXXX escape (UTF-16 code
units, as java.util.Properties reads them), everything else stays byte for byte.

Why: p2's publisher reads plugin*.properties as ISO-8859-1, so a bundle name written in UTF-8 ends up garbled in the
repository's content.xml and in every install dialog, while Equinox reads the same file right at run time. Escaped
files read the same everywhere. TranslationCompletenessTest holds plugin*/feature* properties and the NL fragments'
files to it.

Usage: releng/escape-properties.py FILE...   (files must be UTF-8; files that are already ASCII are left alone)
"""
import sys
from pathlib import Path


def escaped(text):
    out = []
    for ch in text:
        if ord(ch) < 128:
            out.append(ch)
        else:
            units = ch.encode("utf-16-be")
            for i in range(0, len(units), 2):
                out.append("\\u%04X" % int.from_bytes(units[i:i + 2], "big"))
    return "".join(out)


def main(files):
    for name in files:
        path = Path(name)
        text = path.read_bytes().decode("utf-8")
        if text.startswith("\ufeff"):
            text = text[1:]
        ascii_text = escaped(text)
        if ascii_text != text:
            path.write_bytes(ascii_text.encode("ascii"))
            print(f"escaped {path}")


if __name__ == "__main__":
    main(sys.argv[1:])

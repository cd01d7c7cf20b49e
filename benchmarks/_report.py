"""Write one benchmark's section of a Markdown file, leaving the other sections alone.

A section sits between ``<!-- BEGIN name -->`` and ``<!-- END name -->``; a section not
yet in the file is appended.
"""

from __future__ import annotations

from pathlib import Path


def write_section(path: Path, name: str, markdown: str) -> None:
    begin, end = f"<!-- BEGIN {name} -->", f"<!-- END {name} -->"
    block = f"{begin}\n{markdown.strip()}\n{end}"
    text = path.read_text(encoding="utf-8") if path.exists() else ""
    if begin in text and end in text:
        head, rest = text.split(begin, 1)
        tail = rest.split(end, 1)[1]
        text = head + block + tail
    else:
        text = (text.rstrip() + "\n\n" if text.strip() else "") + block + "\n"
    path.write_text(text, encoding="utf-8")

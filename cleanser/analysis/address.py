"""Does a line speak to its reader? The shape that tells a call to action from a news
sentence holding the same words.

A call to action is an imperative opening a clause ("Klik di sini", "Yuk, gabung ...",
"... terkini, Download aplikasinya") or it addresses the reader ("Anda bisa mengikuti ...",
"kamu"). A news sentence that reports what people do ("warga bisa mendaftar lewat aplikasi
itu", "sebanyak 1.200 orang sudah mengunduh aplikasinya") has a subject before its verb,
and the verb carries its meN-/ber- prefix: it is no call to action, wherever it stands.
Words inside a quotation, and a line closed by an attribution (", ujarnya."), are reported
speech, not the page speaking.

Read by the call-to-action rule (PR01) and the story finder.
"""

from __future__ import annotations

import regex

from cleanser import lexicon

_DECLARATIVE = regex.compile(r"^(?:me[mnr]?|ber|ter)\p{L}{3,}$")
"""A prefixed verb ('mendaftar', 'mengikuti', 'bergabung'): the form a report uses; the
imperative is the bare or suffixed form ('daftar', 'ikuti', 'bergabunglah')."""


def _imperatives() -> tuple[str, ...]:
    found = []
    for entry in lexicon.entries("promo_actions"):
        first = entry.split()[0].casefold()
        if _DECLARATIVE.match(first) and not first.endswith("lah"):
            continue
        found.append(entry)
    return tuple(found)


_IMPERATIVE = lexicon.lazy_caseless(
    r"(?<![\w@.])(?:" + "|".join(sorted((regex.escape(e).replace(r"\ ", r"\s+") for e in _imperatives()),
                                        key=len, reverse=True)) + r")(?![\w])"
)
_ADDRESS = lexicon.lazy_caseless(r"(?<![\w@])(?:anda|kamu|kalian|you|your)(?![\w])")
_QUOTED = regex.compile(r"“[^“”\n]*”?|\"[^\"\n]*\"?|«[^«»\n]*»?")
_ATTRIBUTION = lexicon.lazy_caseless(
    r"[,.]\s*[”\"]?\s*(?:kata|ujar|ucap|tutur|jelas|ungkap|tegas|imbuh|tambah|pungkas|sebut)(?:nya)?\b"
)


def reports_speech(text: str) -> bool:
    """Does ``text`` attribute what it says to someone (", kata dia", ". Ujarnya")? Story
    prose does; a caption or a call to action does not."""
    return _ATTRIBUTION.search(text) is not None


_CLAUSE_END = frozenset(".!?:;,|([{–—-•*›»/")
_EXHORTATIONS = frozenset({"yuk", "ayo", "mari", "silakan", "silahkan", "segera", "langsung",
                           "jangan", "buruan", "please", "now"})
_LAST_WORD = regex.compile(r"(\w+)\W*$")


def speaks_to_reader(text: str) -> str | None:
    """What makes ``text`` speak to its reader ("opens a clause with 'klik'", "addresses
    the reader ('anda')"), or None for a line that only reports."""
    if _ATTRIBUTION.search(text):
        return None  # indirect speech: the line reports what someone said
    quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)] if any(q in text for q in "“\"«") else []

    def inside(position: int) -> bool:
        return any(start <= position < end for start, end in quoted)

    for match in _IMPERATIVE.finditer(text):
        if inside(match.start()):
            continue
        before = text[: match.start()].rstrip()
        if not before or before[-1] in _CLAUSE_END or before[-1] in "”\"":
            return f"opens a clause with {match.group().casefold()!r}"
        last = _LAST_WORD.search(before)
        if last and last.group(1).casefold() in _EXHORTATIONS:
            return f"opens a clause with {match.group().casefold()!r}"
    for match in _ADDRESS.finditer(text):
        if not inside(match.start()):
            return f"addresses the reader ({match.group().casefold()!r})"
    return None

"""The sentence-end tests of ``cleanser.textshape`` read the end of a line with string
operations; they must answer exactly as the patterns they replace (kept here as the
reference) on any text, including the separators U+001C..U+001F that ``str.isspace``
counts as white space and the patterns' ``\\s`` does not."""

from __future__ import annotations

import regex
from hypothesis import example, given
from hypothesis import strategies as st

from cleanser import textshape

ELLIPSIS_END = regex.compile(r"(?:\.\.\.|…)\s*$")
SENTENCE_END = regex.compile(r"[.!?…:;][\"'”’»)\]]*$")


def reference_ellipsis(text: str) -> bool:
    return ELLIPSIS_END.search(text) is not None


def reference_sentence(text: str) -> bool:
    stripped = text.rstrip()
    if not stripped or reference_ellipsis(stripped):
        return False
    return not stripped.endswith(":") and SENTENCE_END.search(stripped) is not None


ENDINGS = st.text(alphabet=".!?…:;\"'”’»)] \n\t\x1c\x1f\u2028\xa0a", max_size=8)


@given(st.text(max_size=40), ENDINGS)
@example("kata dia.)", "")
@example(")", "")
@example("tunggu...", "\x1c")
@example("tunggu…", " \n")
@example("Apa?", "\n")
@example("dia berkata:", "\"")
def test_string_reading_answers_as_the_patterns(head: str, tail: str) -> None:
    text = head + tail
    assert textshape.ends_with_ellipsis(text) == reference_ellipsis(text)
    assert textshape.ends_sentence(text) == reference_sentence(text)

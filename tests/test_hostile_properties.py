"""The report's promises on hostile documents (tests/hostile_strategies.py): every
character kept or in exactly one removal, the output rebuilt from input minus removals, and a
second pass changes nothing. Fixed examples in CI; HYPOTHESIS_PROFILE=explore draws fresh
ones, and benchmarks/fuzz.py runs the same checks at scale."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings

import cleanser
from tests.hostile_strategies import hostile_documents
from tests.invariants import assert_report_accounts_for_input

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))


def check_promises(text: str) -> None:
    result = cleanser.clean(text)
    assert not [n for n in result.notes if "failed" in n], result.notes
    assert_report_accounts_for_input(result)
    again = cleanser.clean(result.text)
    assert again.text == result.text, "not idempotent"


@SETTINGS
@given(hostile_documents())
@example("\x1fJAKARTA, KOMPAS.com - Pemerintah kota mengumumkan rencana perbaikan jalan di tiga kecamatan.\n")
@example("ADVERTISEMENT Baca juga: Warga Keluhkan Jalan Berlubang di Pinggir Kota\n\n"
         "Warga diminta memperhatikan rambu pengalihan arus selama pekerjaan berlangsung.")
@example("JAKARTA, KOMPAS.com -\nJAKARTA, KOMPAS.com -\n")  # a lone dateline line and its copy
# punctuation beside a marker
@example("Warga diminta tenang dan tetap waspada.\n-ADVERTISEMENT\x0cWarga diminta tenang.\n")
@example("a." * 2000 + "x")
@example("x" + " " * 5000 + "y")
@example("s l o t g a c o r " * 200)
@example("Halaman 2 dari 3\ns l o t \n")  # spaced letters are read within their line
# a dash glued before a read-also lead-in goes with the link (a lone '-' was cut on a second pass)
@example("-Baca juga: Warga Keluhkan Jalan Berlubang di Pinggir Kota\x85")
@example("• Baca juga: Warga Keluhkan Jalan Berlubang di Pinggir Kota\nWarga diminta tenang.\n")
def test_hostile_documents_keep_the_promises(text: str) -> None:
    check_promises(text)

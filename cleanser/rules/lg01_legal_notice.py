from __future__ import annotations

from collections.abc import Iterator

from cleanser.analysis.facts import AnalysedDocument
from cleanser.categories import Category
from cleanser.registry import register
from cleanser.removal import Proposal
from cleanser.rule import Rule


@register
class LegalNotice(Rule):
    """A copyright or reproduction notice.

    Strong phrases (``data/legal_notice.txt``: "©", "All Rights Reserved", "Dilarang
    mengambil ...") mark any short line; weak words (``data/legal_words.txt``: "Copyright",
    "Hak Cipta") only a very short line before or after the story.

    A line opening with "Disclaimer:" goes whatever its length; a disclaimer glued after a
    sentence's end goes from its opening (what stands before it is judged on its own: prose
    stays, a notice goes with it). A disclaimer ends at the line's end, or before the story
    when it resumes on the line: a sentence of eight words or more that speaks of none of a
    disclaimer's subjects (the article, its readers, their decisions, the outlet's
    responsibility); that story stays. A "©" credit naming an
    outlet and a photographer ("©2025 Merdeka.com/Name") is a photo credit, left to the
    caption rule. A notice glued after sentences of story prose on the same line goes alone
    (the prose stays, and story prose after it too), whatever the line's length; so does a
    notice opening a line with the story after it. A line between the story's paragraphs
    without a copyright sign that holds only a reproduction phrase ("tanpa izin tertulis",
    "Dilarang menyalin": no rights clause, no word for the publication or its content), or
    that reports someone saying the notice's words (", kata dia", "mengatakan"), is only a
    suspicion: a story may say it.

    Anti-pattern (removed)::

        Copyright ©2025 SINDOnews.com All Rights Reserved
        Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel ...
        Disclaimer: Artikel ini bukan ajakan untuk membeli atau menjual saham tertentu.

    Best practice (kept: a story about copyright; a photo credit; the prose a notice is glued to)::

        Hak cipta lagu tersebut kini dipegang oleh label rekaman milik keluarga sang penyanyi.
        Fotografer itu menuding perusahaan memakai fotonya tanpa izin tertulis, kata pengacaranya.
        Petugas memadamkan api di pasar. ©2025 Merdeka.com/Budi Santoso
        Warga kini harus memutar sejauh sebelas kilometer, kata kepala desa.Dilarang mengambil ...
    """

    code = "LG01"
    name = "legal-notice"
    category = Category.LEGAL
    priority = 45

    def applies(self, doc: AnalysedDocument) -> bool:
        """Nothing to propose without a notice found by the analysis."""
        return bool(doc.legal_lines)

    def propose(self, doc: AnalysedDocument) -> Iterator[Proposal]:
        for found in doc.legal_lines:
            if found.start is None:
                yield self.line(found.line, found.reason, score=found.score)
            else:  # glued after story prose: the notice alone goes (the story after it stays)
                end = found.line.content_end if found.end is None else found.line.start + found.end
                yield self.span(found.line.start + found.start, end, found.reason)

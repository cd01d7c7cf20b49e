from __future__ import annotations

from cleanser.categories import Category
from cleanser.registry import register
from cleanser.rule import PhraseLineRule


@register
class InterfaceLine(PhraseLineRule):
    """A line that is only widget words, pagination or an advertisement marker.

    The words are listed in ``data/interface_lines.txt``.

    Anti-pattern (removed)::

        loading...
        A A A
        SCROLL TO CONTINUE WITH CONTENT
        Halaman selanjutnya

    Best practice (kept: the same words inside a sentence)::

        Iklan itu ditayangkan selama dua pekan di televisi nasional.
    """

    code = "IF01"
    name = "interface-line"
    category = Category.INTERFACE
    priority = 45
    phrase_list = "interface_lines"
    what = "page-widget line"

"""Is a document a gambling spam page (an SEO page dressed as news) rather than an article?

The pipeline's built-in test compares spam removals with all of the text. This one compares
them with the text that is left once the other chrome (title, menus, related links, legal
lines...) is set aside, so a spam page wrapped in a normal site template is still seen as
one, and it asks for enough spam to judge (one spam line on a near-empty page is not a
spam page).
"""

from __future__ import annotations

from collections.abc import Sequence

from cleanser.categories import Category
from cleanser.document import Document
from cleanser.removal import Removal
from cleanser.textshape import nonspace_count

SPAM_SHARE = 0.5
MIN_SPAM_CHARS = 120
MIN_SPAM_REMOVALS = 2


def spam_page_reason(doc: Document, removals: Sequence[Removal]) -> str | None:
    """A note when ``doc`` is a spam page, else None.

    Spam page: spam removals hold at least half of the non-space characters that other
    chrome did not take, there are at least two of them, and at least 120 characters.
    """
    total = nonspace_count(doc.text)
    if total == 0:
        return None
    spam = [r for r in removals if r.category is Category.SPAM]
    spam_chars = sum(nonspace_count(r.text) for r in spam)
    other_chars = sum(nonspace_count(r.text) for r in removals if r.category is not Category.SPAM)
    remaining = total - other_chars
    if len(spam) < MIN_SPAM_REMOVALS or spam_chars < MIN_SPAM_CHARS or remaining <= 0:
        return None
    share = spam_chars / remaining
    if share < SPAM_SHARE:
        return None
    return (
        f"spam page: gambling spam is {share:.0%} of the text outside other chrome "
        f"({len(spam)} spam removals); the whole document is reported as spam and its "
        "body is empty"
    )

"""The vocabulary of what gets removed (see docs/annotation.md)."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    """Why a piece of page text is not article body.

    The values are the category names of the annotation guide; they never change meaning.
    """

    TITLE = "title"
    DUPLICATE = "duplicate"
    DATELINE = "dateline"
    METADATA = "metadata"
    RELATED = "related"
    SPAM = "spam"
    PROMO = "promo"
    FEED = "feed"
    NAVIGATION = "navigation"
    CAPTION = "caption"
    INTERFACE = "interface"
    LEGAL = "legal"
    AUTHOR_BIO = "author-bio"
    COMMENTS = "comments"
    EMBED = "embed"

    def __str__(self) -> str:
        return self.value

    @classmethod
    def parse(cls, value: str | Category) -> Category:
        """Return the category named ``value``; the error lists the valid names."""
        if isinstance(value, Category):
            return value
        try:
            return cls(value.strip().lower().replace("_", "-"))
        except ValueError:
            names = ", ".join(c.value for c in cls)
            raise ValueError(f"unknown category {value!r}; expected one of: {names}") from None

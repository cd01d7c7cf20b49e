"""clean() given an HTML page says so (status "html-input" and a note naming clean_html)
instead of returning the markup as if it were an article."""

from __future__ import annotations

import cleanser
from cleanser import Pipeline
from tests.test_html import ARTICLE_PAGE, BODY

STORY = ("Pemerintah Kota Bogor menambah armada bus listrik untuk melayani rute menuju stasiun mulai pekan depan.\n\n"
         "Wali kota mengatakan penambahan armada itu diharapkan memangkas waktu tunggu penumpang pada jam sibuk.\n")


def test_a_page_given_to_clean_is_reported_as_html_input() -> None:
    result = cleanser.clean(ARTICLE_PAGE)
    assert result.status == "html-input"
    assert any("clean_html()" in note for note in result.notes)
    # nothing was extracted behind the user's back: the text is the markup, cleaned as text
    assert result.input_text == ARTICLE_PAGE
    assert "<p>" in result.text
    assert cleanser.clean_html(ARTICLE_PAGE).text.startswith(BODY[0])


def test_a_page_fragment_counts_too_and_pipelines_agree() -> None:
    fragment = ("<div class=\"content\">\n<p>" + STORY.replace("\n\n", "</p>\n<p>")
                + "</p>\n<a href=\"/bus\">Bus listrik</a>\n</div>\n")
    for result in (cleanser.clean(fragment), Pipeline(ignore=["RL"]).clean(fragment)):
        assert result.status == "html-input"
        assert result.to_dict()["status"] == "html-input"


def test_text_that_mentions_a_tag_is_plain_text() -> None:
    text = "Gunakan tag <br> untuk pindah baris, kata pengajar kursus itu.\n\n" + STORY
    result = cleanser.clean(text)
    assert result.status == "ok"
    assert not any("clean_html" in note for note in result.notes)
    assert "<br>" in result.text


def test_a_stronger_status_is_kept_with_the_note() -> None:
    from tests.test_spam_rules import SPAM_PAGE

    result = cleanser.clean("<!DOCTYPE html>\n" + SPAM_PAGE)
    assert result.status == "spam-page" and result.text == ""
    assert any("clean_html()" in note for note in result.notes)

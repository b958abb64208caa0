"""Bank titles, season tags, series and id slugs from file names."""

from __future__ import annotations

import pytest

from quiz.generator.naming import bank_title, season_tag, series_of
from quiz.text.slug import slug


@pytest.mark.parametrize(
    ("stem", "title", "tag", "series"),
    [
        ("oz-staffel-1", "Oz – Staffel 1", "staffel-1", "oz"),
        ("klinik-am-see-staffel-2", "Klinik am See – Staffel 2", "staffel-2", "klinik-am-see"),
        ("the-wire-season-3", "The Wire – Staffel 3", "staffel-3", "the-wire"),
        ("hafen4", "Hafen – Staffel 4", "staffel-4", "hafen"),
        ("season-2", "Staffel 2", "staffel-2", ""),
        ("sonderfolgen", "Sonderfolgen", "sonderfolgen", "sonderfolgen"),
    ],
)
def test_names_follow_generic_rules(stem, title, tag, series):
    assert bank_title(stem) == title
    assert season_tag(stem) == tag
    assert series_of(stem) == series


def test_slugs_are_ascii_and_fold_umlauts_and_apostrophes():
    assert slug("Ryan O’Reily") == "ryan-oreily"
    assert slug("Jürgen Groß") == "juergen-gross"
    assert slug("12.000") == "12-000"
    assert slug("’") == "x"

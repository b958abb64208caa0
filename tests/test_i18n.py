import string

import pytest

from quiz.i18n import LANGUAGES, catalogue, set_language, t


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_message_has_both_languages_with_the_same_placeholders():
    for key, texts in catalogue().items():
        assert set(texts) == set(LANGUAGES), key
        assert all(texts[lang].strip() for lang in LANGUAGES), key
        assert placeholders(texts["de"]) == placeholders(texts["en"]), key


def test_language_follows_choice_then_environment(monkeypatch):
    set_language("de")
    assert t("cli.interrupted") == "quiz: abgebrochen"
    set_language(None)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert t("cli.interrupted") == "quiz: abgebrochen"
    monkeypatch.setenv("QUIZ_LANG", "en")
    assert t("cli.interrupted") == "quiz: interrupted"
    assert t("cli.interrupted", "de") == "quiz: abgebrochen"


@pytest.mark.parametrize(
    ("lang", "one", "three"),
    [("de", "1 Frage", "3 Fragen"), ("en", "1 question", "3 questions")],
)
def test_a_count_of_one_takes_the_singular(lang, one, three):
    from quiz.i18n import counted

    assert (counted("questions", 1, lang), counted("questions", 3, lang)) == (one, three)
    assert counted("questions", 0, lang) == three.replace("3", "0")


def test_every_counted_noun_has_both_forms():
    from quiz.i18n import catalogue

    nouns = {key.rsplit(".", 1)[0] for key in catalogue() if key.startswith("count.")}
    for noun in nouns:
        assert {f"{noun}.one", f"{noun}.other"} <= set(catalogue()), noun


def test_the_home_screen_counts_one_question_in_the_singular():
    from quiz.banks.model import BankSummary, QuestionType
    from quiz.ui.screens.home import bank_label

    set_language("de")
    single = BankSummary("solo", "Solo", "de", {QuestionType.FILL_IN: 1})
    assert "1 Frage:" in bank_label(single).plain and "Fragen" not in bank_label(single).plain


@pytest.mark.parametrize(("lang", "line"), [("de", "(1 Spieler)"), ("en", "(1 player)")])
def test_the_host_counts_one_player_in_the_singular(lang, line):
    from quiz.i18n import counted, t

    joined = t("host.plain.joined", lang, name="Bo", players=counted("players", 1, lang))
    assert joined.endswith(line)

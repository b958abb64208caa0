import string

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

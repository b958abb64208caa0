"""The one catalogue of user-visible text, in German and English.

Messages live in ``quiz/i18n/messages/<area>.py`` (one file per area so that areas can be
edited independently); each defines ``MESSAGES = {key: {"de": ..., "en": ...}}``. Keys are
unique across areas (a test checks that, and that every key has both languages).
Texts are ``str.format`` templates: ``t("scores.empty")``, ``t("bank.loaded", count=3)``.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
from functools import cache

from quiz.i18n import messages as _messages_package

LANGUAGES = ("de", "en")
DEFAULT_LANGUAGE = "en"

_current = None  # type: str | None


@cache
def catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for info in pkgutil.iter_modules(_messages_package.__path__):
        module = importlib.import_module(f"{_messages_package.__name__}.{info.name}")
        for key, texts in module.MESSAGES.items():
            if key in merged:
                raise RuntimeError(f"message key {key!r} defined twice (in {info.name})")
            merged[key] = texts
    return merged


def language_asked_for() -> str | None:
    """QUIZ_LANG when it names a language of the catalogue: a choice the player made, which
    wins over a bank's language (the locale does not: it is the machine's, not a choice)."""
    code = os.environ.get("QUIZ_LANG", "")[:2].lower()
    return code if code in LANGUAGES else None


def language_from_environment() -> str:
    """QUIZ_LANG, else the locale (LC_ALL, LC_MESSAGES, LANG), else English."""
    for variable in ("QUIZ_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        code = value[:2].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


def set_language(language: str | None) -> str:
    """Choose the language for ``t``; None goes back to the environment's choice."""
    global _current
    _current = language if language in LANGUAGES else None
    return current_language()


def current_language() -> str:
    return _current or language_from_environment()


def t(key: str, lang: str | None = None, /, **values: object) -> str:
    texts = catalogue()[key]
    text = texts[lang if lang in LANGUAGES else current_language()]
    return text.format(**values) if values else text


def counted(noun: str, count: int, lang: str | None = None, /) -> str:
    """``count`` with ``noun`` in its singular or plural form ("1 Frage", "3 Fragen"): the
    ``count.<noun>.one`` / ``.other`` messages (quiz/i18n/messages/counts.py)."""
    return t(f"count.{noun}.{'one' if count == 1 else 'other'}", lang, count=count)

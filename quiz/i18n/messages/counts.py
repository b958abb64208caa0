"""A number with its noun: ``counted("questions", 1)`` is "1 Frage" / "1 question".

German and English both use the singular for exactly 1 (and the plural for 0), so each noun
has a ``.one`` and an ``.other`` form; messages take the whole phrase as one value.
"""

MESSAGES = {
    "count.questions.one": {"de": "{count} Frage", "en": "{count} question"},
    "count.questions.other": {"de": "{count} Fragen", "en": "{count} questions"},
    "count.notices.one": {"de": "{count} Meldung", "en": "{count} notice"},
    "count.notices.other": {"de": "{count} Meldungen", "en": "{count} notices"},
    "count.errors.one": {"de": "{count} Fehler", "en": "{count} error"},
    "count.errors.other": {"de": "{count} Fehler", "en": "{count} errors"},
    "count.players.one": {"de": "{count} Spieler", "en": "{count} player"},
    "count.players.other": {"de": "{count} Spieler", "en": "{count} players"},
}

"""Texts of the score store, the preferences and ``quiz scores``."""

MESSAGES = {
    "scores.moved_aside": {
        "de": "Die Bestenliste war beschädigt und wurde nach {path} verschoben; "
        "es geht mit einer neuen weiter.",
        "en": "The high-score file was damaged and has been moved to {path}; "
        "a new one has been started.",
    },
    "scores.not_writable": {
        "de": "Die Bestenliste kann nicht gespeichert werden: {path} ist nicht beschreibbar "
        "({reason}). Gib dem Ordner Schreibrechte oder wähle mit --db oder QUIZ_DB eine "
        "andere Datei.",
        "en": "Cannot save the high scores: {path} is not writable ({reason}). Make its folder "
        "writable or choose another file with --db or QUIZ_DB.",
    },
    "scores.not_readable": {
        "de": "Die Bestenliste {path} kann nicht gelesen werden ({reason}). "
        "Prüfe die Leserechte oder wähle mit --db oder QUIZ_DB eine andere Datei.",
        "en": "Cannot read the high-score file {path} ({reason}). "
        "Check its permissions or choose another file with --db or QUIZ_DB.",
    },
    "scores.preferences_not_writable": {
        "de": "Die Einstellungen konnten nicht gespeichert werden: {path} ist nicht beschreibbar "
        "({reason}). Setze QUIZ_DATA_DIR auf einen beschreibbaren Ordner.",
        "en": "Could not save the settings: {path} is not writable ({reason}). "
        "Point QUIZ_DATA_DIR at a writable folder.",
    },
    "scores.busy": {
        "de": "Die Bestenliste {path} ist seit {seconds} Sekunden von einem anderen quiz gesperrt. "
        "Versuche es gleich noch einmal; hängt ein quiz, beende es.",
        "en": "The high-score file {path} has been locked by another quiz for {seconds} seconds. "
        "Try again in a moment; if a quiz hangs, end it.",
    },
    "scores.reason.read_only_file": {
        "de": "die Datei ist schreibgeschützt",
        "en": "the file is read-only",
    },
    "scores.command.help": {
        "de": "die Bestenliste zeigen",
        "en": "show the high-score table",
    },
    "scores.command.description": {
        "de": "Zeigt die Bestenliste: Platz, Name, Punkte, richtig/gesamt, Kataloge und Datum.",
        "en": "Show the high-score table: rank, player, score, right/total, banks and date.",
    },
    "scores.option.bank": {
        "de": "nur Runden, die diesen Fragenkatalog enthielten",
        "en": "only sessions that included this question bank",
    },
    "scores.option.limit": {
        "de": "so viele Plätze zeigen (Standard: 10)",
        "en": "show this many places (default: 10)",
    },
    "scores.empty": {
        "de": "Noch keine Ergebnisse in der Bestenliste. Spiel eine Runde mit: quiz play",
        "en": "No scores yet. Play a round with: quiz play",
    },
    "scores.empty_for_bank": {
        "de": "Noch keine Ergebnisse mit dem Fragenkatalog {bank}.",
        "en": "No scores yet with the question bank {bank}.",
    },
    "scores.column.rank": {"de": "Pl.", "en": "#"},
    "scores.column.player": {"de": "Name", "en": "Player"},
    "scores.column.score": {"de": "Punkte", "en": "Score"},
    "scores.column.right": {"de": "Richtig", "en": "Right"},
    "scores.column.banks": {"de": "Kataloge", "en": "Banks"},
    "scores.column.date": {"de": "Datum", "en": "Date"},
    # strftime patterns for the local date and time of a session, both 16 characters wide
    "scores.date_format": {"de": "%d.%m.%Y %H:%M", "en": "%Y-%m-%d %H:%M"},
}

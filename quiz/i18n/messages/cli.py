MESSAGES = {
    "cli.description": {
        "de": "Ein Quiz für das Terminal, das seine Fragen selbst aus Inhaltsangaben schreibt.",
        "en": "A trivia quiz for the terminal that writes its own questions from synopses.",
    },
    "cli.option.questions": {
        "de": "Ordner mit Fragenkatalogen (.yaml); Umgebungsvariable QUIZ_QUESTIONS",
        "en": "folder of question banks (.yaml); environment variable QUIZ_QUESTIONS",
    },
    "cli.option.db": {
        "de": "Datei der Bestenliste; Umgebungsvariable QUIZ_DB",
        "en": "high-score file; environment variable QUIZ_DB",
    },
    "cli.option.lang": {
        "de": "Sprache der Oberfläche (de oder en); Umgebungsvariable QUIZ_LANG",
        "en": "language of the interface (de or en); environment variable QUIZ_LANG",
    },
    "cli.error": {
        "de": "quiz: Fehler: {message}",
        "en": "quiz: error: {message}",
    },
    "cli.internal_error": {
        "de": "quiz: interner Fehler ({detail}). Das ist ein Fehler in quiz, nicht in deinen "
        "Dateien: bitte melde ihn.",
        "en": "quiz: internal error ({detail}). This is a bug in quiz, not in your files: "
        "please report it.",
    },
    "cli.internal_error_no_game": {
        "de": "quiz: interner Fehler ({detail}). Das ist ein Fehler in quiz, nicht in deinen "
        "Dateien: bitte melde ihn (QUIZ_DEBUG=1 zeigt die Einzelheiten).",
        "en": "quiz: internal error ({detail}). This is a bug in quiz, not in your files: "
        "please report it (QUIZ_DEBUG=1 shows the details).",
    },
    "cli.interrupted": {
        "de": "quiz: abgebrochen",
        "en": "quiz: interrupted",
    },
    "cli.error.whole_number": {
        "de": "„{value}“ ist keine ganze Zahl",
        "en": "“{value}” is not a whole number",
    },
    "cli.error.positive_number": {
        "de": "„{value}“ ist keine Zahl größer als null",
        "en": "“{value}” is not a number greater than zero",
    },
}

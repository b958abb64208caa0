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

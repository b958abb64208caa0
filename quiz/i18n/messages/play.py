"""Texts of the session glue, plain mode and ``quiz play``."""

MESSAGES = {
    # quiz play
    "play.help": {
        "de": "ein Spiel starten (ohne Startbildschirm)",
        "en": "start a game (without the home screen)",
    },
    "play.description": {
        "de": "Startet direkt ein Quiz mit den gewählten Katalogen. Ohne --plain im Terminal-Spiel, "
        "mit --plain Zeile für Zeile (für Screenreader, langsame Verbindungen und Skripte).",
        "en": "Starts a quiz with the chosen banks straight away. Without --plain in the terminal "
        "game, with --plain line by line (for screen readers, slow links and scripts).",
    },
    "play.option.bank": {
        "de": "Katalog (Dateiname ohne .yaml); mehrfach möglich; ohne Angabe alle",
        "en": "bank (file name without .yaml); may be repeated; all when left out",
    },
    "play.option.count": {
        "de": "Anzahl der Fragen (Standard: 10; Blitz: so viele wie in die Zeit passen)",
        "en": "number of questions (default: 10; blitz: as many as fit in the time)",
    },
    "play.option.mode": {
        "de": "Spielart: classic (mit Zeitlimit), blitz (60 Sekunden), practice (Übung ohne Zeit)",
        "en": "mode: classic (timed), blitz (60 seconds), practice (untimed, not ranked)",
    },
    "play.option.time_limit": {
        "de": "Sekunden pro Frage für alle Fragen",
        "en": "seconds per question for every question",
    },
    "play.option.seed": {
        "de": "Startwert für die Zufallsreihenfolge (gleicher Wert, gleiche Reihenfolge)",
        "en": "seed of the random order (same seed, same order)",
    },
    "play.option.in_order": {
        "de": "Fragen in der Reihenfolge der Datei, Antworten wie geschrieben (zum Prüfen eines Katalogs)",
        "en": "questions in file order, choices as written (for checking a bank)",
    },
    "play.option.player": {
        "de": "Name in der Bestenliste (Standard: der zuletzt benutzte, sonst der Benutzername)",
        "en": "name in the high-score table (default: the last one used, else the user name)",
    },
    "play.option.plain": {
        "de": "Zeile für Zeile auf stdin/stdout spielen, ohne Vollbild",
        "en": "play line by line on stdin/stdout, without the full screen",
    },
    "play.error.unknown_bank": {
        "de": "unbekannter Katalog: {names}. Vorhanden: {available}",
        "en": "unknown bank: {names}. Available: {available}",
    },
    "play.error.no_banks": {
        "de": "keine Fragenkataloge (.yaml) in {folders}; lege einen an oder nimm --questions ORDNER",
        "en": "no question banks (.yaml) in {folders}; add one or use --questions DIR",
    },
    "play.error.banks_failed": {
        "de": "kein Katalog ließ sich laden; zuerst: {problem} (alle Fehler zeigt „quiz validate“)",
        "en": 'no bank could be loaded; first: {problem} ("quiz validate" shows every error)',
    },
    "play.error.no_questions": {
        "de": "die gewählten Kataloge enthalten keine Fragen",
        "en": "the chosen banks contain no questions",
    },
    "play.error.no_matching_questions": {
        "de": "keine Frage passt zu den gewählten Schlagwörtern und Schwierigkeiten",
        "en": "no question matches the chosen tags and difficulties",
    },
    "play.note": {
        "de": "quiz: Hinweis: {note}",
        "en": "quiz: note: {note}",
    },
    "play.index_lost": {
        "de": "Der Katalog-Index ging während des Spiels verloren; das Spiel geht mit den "
        "Katalogdateien weiter.",
        "en": "The bank index was lost during the game; the game goes on from the bank files.",
    },
    "play.default_player": {
        "de": "Spieler",
        "en": "Player",
    },
    # modes
    "play.mode.classic": {"de": "Klassisch", "en": "Classic"},
    "play.mode.blitz": {"de": "Blitz", "en": "Blitz"},
    "play.mode.practice": {"de": "Üben", "en": "Practice"},
    # plain mode
    "play.plain.intro": {
        "de": "Quiz für {player} · {mode}",
        "en": "Quiz for {player} · {mode}",
    },
    "play.plain.blitz_rules": {
        "de": "So viele Fragen wie möglich in {seconds} Sekunden.",
        "en": "As many questions as you can in {seconds} seconds.",
    },
    "play.plain.how_to_answer": {
        "de": "Antworte mit der Nummer, dem Buchstaben (A–F) oder dem Text und Enter. "
        "Leere Zeile: überspringen. Ende der Eingabe (Strg+D): Spiel beenden.",
        "en": "Answer with the number, the letter (A–F) or the text and Enter. "
        "Empty line: skip. End of input (Ctrl+D): end the game.",
    },
    "play.plain.question": {
        "de": "Frage {number} von {total}",
        "en": "Question {number} of {total}",
    },
    "play.plain.question_blitz": {
        "de": "Frage {number} · noch {left} s",
        "en": "Question {number} · {left} s left",
    },
    # -- true/false: the two answers and the key shown for each ---------------------------
    "play.true_false.true": {"de": "Wahr", "en": "True"},
    "play.true_false.false": {"de": "Falsch", "en": "False"},
    "play.true_false.true_key": {"de": "w", "en": "t"},
    "play.true_false.false_key": {"de": "f", "en": "f"},
    "play.plain.time_limit": {
        "de": "{seconds} s Zeit",
        "en": "{seconds} s to answer",
    },
    "play.plain.streak_bonus": {
        "de": "Serie {streak}: +{bonus} Bonus",
        "en": "Streak {streak}: +{bonus} bonus",
    },
    "play.plain.standing": {
        "de": "Punkte: {score} · Serie: {streak}",
        "en": "Score: {score} · Streak: {streak}",
    },
    "play.verdict.correct": {
        "de": "Richtig! +{points} Punkte",
        "en": "Right! +{points} points",
    },
    "play.verdict.typo": {
        "de": "Richtig – trotz Tippfehler gewertet (gemeint: {matched}). +{points} Punkte",
        "en": "Right – counted despite a typo (meant: {matched}). +{points} points",
    },
    "play.verdict.wrong": {
        "de": "Falsch. Richtig ist: {answer}",
        "en": "Wrong. The answer is: {answer}",
    },
    "play.verdict.timeout": {
        "de": "Zeit abgelaufen – die Antwort kam zu spät. Richtig ist: {answer}",
        "en": "Time is up – the answer came too late. The answer is: {answer}",
    },
    "play.verdict.skipped": {
        "de": "Übersprungen. Richtig ist: {answer}",
        "en": "Skipped. The answer is: {answer}",
    },
    # results
    "play.results.title": {"de": "Ergebnis", "en": "Results"},
    "play.results.score": {"de": "Punkte: {score}", "en": "Score: {score}"},
    "play.results.correct": {
        "de": "Richtig: {correct} von {total}",
        "en": "Right: {correct} of {total}",
    },
    "play.results.longest_streak": {
        "de": "Längste Serie: {streak}",
        "en": "Longest streak: {streak}",
    },
    "play.results.time": {"de": "Zeit: {time}", "en": "Time: {time}"},
    # the last line of every results view (quiz.play.choices.standing)
    "play.standing.ranked": {
        "de": "Platz {rank} in der Bestenliste",
        "en": "Rank {rank} in the high-score table",
    },
    "play.standing.practice": {
        "de": "Übungsrunde gespeichert (zählt nicht für die Bestenliste).",
        "en": "Practice round saved (it does not enter the high-score table).",
    },
    "play.standing.interrupted": {
        "de": "Vorzeitig beendet: deine Antworten bis hierher sind gespeichert, als nicht "
        "beendete Runde (zählt nicht für die Bestenliste).",
        "en": "Ended early: your answers so far are saved, as a session that did not finish "
        "(it does not enter the high-score table).",
    },
    "play.results.interrupted_by_error": {
        "de": "quiz: Die Runde wurde durch einen Fehler in quiz beendet; deine Antworten bis "
        "dahin sind gespeichert (als nicht beendete Runde).",
        "en": "quiz: the session was ended by a bug in quiz; your answers until then are "
        "saved (as a session that did not finish).",
    },
    "play.standing.abandoned": {
        "de": "Abgebrochen: nicht in der Bestenliste.",
        "en": "Abandoned: not in the high scores.",
    },
    "play.standing.nothing_answered": {
        "de": "Keine Antwort gegeben – nichts gespeichert.",
        "en": "No answer given – nothing saved.",
    },
    "play.standing.not_saved": {
        "de": "Das Ergebnis konnte nicht gespeichert werden.",
        "en": "The result could not be saved.",
    },
}

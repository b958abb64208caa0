"""Texts of the browser page (served to it as /texts.json); ``{name}`` is filled in there."""

MESSAGES = {
    "web.title": {"de": "Quiz-Raum", "en": "Quiz room"},
    "web.code": {"de": "Raumcode", "en": "Room code"},
    "web.name": {"de": "Dein Name", "en": "Your name"},
    "web.join": {"de": "Mitspielen", "en": "Join"},
    "web.hello": {"de": "Hallo, {name}!", "en": "Hello, {name}!"},
    "web.waiting": {
        "de": "Gleich geht es los: der Gastgeber startet das Spiel.",
        "en": "Get ready: the host starts the game.",
    },
    "web.players": {"de": "Mitspieler", "en": "Players"},
    "web.question": {"de": "Frage {number} von {total}", "en": "Question {number} of {total}"},
    "web.question_blitz": {"de": "Frage {number}", "en": "Question {number}"},
    "web.seconds_left": {"de": "{seconds} s", "en": "{seconds} s"},
    "web.answer_placeholder": {"de": "Deine Antwort", "en": "Your answer"},
    "web.send": {"de": "Antworten", "en": "Answer"},
    "web.skip": {"de": "Überspringen", "en": "Skip"},
    "web.received": {
        "de": "Antwort angekommen – gleich kommt die Auflösung.",
        "en": "Answer received – the reveal comes next.",
    },
    "web.verdict.correct": {"de": "Richtig!", "en": "Right!"},
    "web.verdict.typo": {"de": "Richtig (trotz Tippfehler)", "en": "Right (despite a typo)"},
    "web.verdict.wrong": {"de": "Leider falsch", "en": "Wrong"},
    "web.verdict.timeout": {"de": "Zeit abgelaufen", "en": "Time is up"},
    "web.verdict.skipped": {"de": "Übersprungen", "en": "Skipped"},
    "web.right_answer": {"de": "Richtig ist: {answer}", "en": "The answer: {answer}"},
    "web.points": {
        "de": "+{points} Punkte · {score} insgesamt",
        "en": "+{points} points · {score} in all",
    },
    "web.place": {"de": "Platz {place} von {players}", "en": "Place {place} of {players}"},
    "web.final": {
        "de": "Spielende: Platz {place} von {players}",
        "en": "Game over: place {place} of {players}",
    },
    "web.podium": {"de": "Siegertreppchen", "en": "Podium"},
    "web.away": {"de": "weg", "en": "away"},
    "web.lost": {
        "de": "Verbindung verloren – neuer Versuch …",
        "en": "Connection lost – trying again …",
    },
    "web.closed": {"de": "Der Raum ist geschlossen.", "en": "The room has closed."},
}

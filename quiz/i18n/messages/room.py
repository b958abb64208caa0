"""Texts of the live room: refusals a player is told, ``quiz host`` and ``quiz join``."""

MESSAGES = {
    # refusals (quiz.room.model.RoomError); the connection stays open after each
    "room.error.wrong_code": {
        "de": "Falscher Raumcode. Bitte den Code vom Bildschirm des Gastgebers eingeben.",
        "en": "Wrong room code. Type the code shown on the host's screen.",
    },
    "room.error.started": {
        "de": "Das Spiel hat schon begonnen; neue Spieler können erst beim nächsten mitmachen.",
        "en": "The game has already started; new players can join the next one.",
    },
    "room.error.name_empty": {
        "de": "Bitte einen Namen eingeben.",
        "en": "Please enter a name.",
    },
    "room.error.name_too_long": {
        "de": "Der Name ist zu lang (höchstens {max} Zeichen).",
        "en": "The name is too long (at most {max} characters).",
    },
    "room.error.name_taken": {
        "de": "„{name}“ spielt schon mit. Bitte einen anderen Namen wählen.",
        "en": "“{name}” is already playing. Please choose another name.",
    },
    "room.error.full": {
        "de": "Der Raum ist voll ({max} Spieler).",
        "en": "The room is full ({max} players).",
    },
    "room.error.nobody": {
        "de": "Noch ist niemand beigetreten.",
        "en": "Nobody has joined yet.",
    },
    "room.error.closed": {
        "de": "Diese Frage ist schon geschlossen.",
        "en": "This question is already closed.",
    },
    "room.error.answered": {
        "de": "Schon beantwortet: die erste Antwort zählt.",
        "en": "Already answered: the first answer counts.",
    },
    "room.error.answer_too_long": {
        "de": "Die Antwort ist zu lang (höchstens {max} Zeichen).",
        "en": "The answer is too long (at most {max} characters).",
    },
    "room.error.unknown_seat": {
        "de": "Dieser Platz ist nicht (mehr) im Raum. Bitte neu beitreten.",
        "en": "This seat is not (or no longer) in the room. Please join again.",
    },
    "room.error.already_seated": {
        "de": "Diese Verbindung hat schon einen Platz im Raum.",
        "en": "This connection already has a seat in the room.",
    },
    "room.error.not_over": {
        "de": "Das Spiel ist noch nicht zu Ende.",
        "en": "The game is not over yet.",
    },
    # quiz host
    "host.help": {
        "de": "einen Raum öffnen, in dem mehrere zugleich spielen (Terminal oder Browser)",
        "en": "open a room where several play at once (terminal or browser)",
    },
    "host.description": {
        "de": "Öffnet einen Raum für die gewählten Kataloge. Mitspieler treten mit "
        "„quiz join“ oder im Browser bei; der Bildschirm des Gastgebers zeigt Fragen, "
        "Auflösung und Rangliste. Am Ende kommen alle Ergebnisse in die Bestenliste.",
        "en": "Opens a room for the chosen banks. Players join with “quiz join” or in a "
        "browser; the host's screen shows the questions, the reveal and the leaderboard. At "
        "the end every result goes into the high-score table.",
    },
    "host.option.bind": {
        "de": "Adresse, an der der Raum lauscht (Standard 127.0.0.1: nur dieser Rechner; "
        "0.0.0.0: auch Handys im selben Netz)",
        "en": "address the room listens on (default 127.0.0.1: this machine only; "
        "0.0.0.0: phones on the same network too)",
    },
    "host.option.port": {
        "de": "Port für Seite und Verbindungen (Standard 8765; 0: ein freier)",
        "en": "port for the page and the connections (default 8765; 0: any free one)",
    },
    "host.option.code": {
        "de": "Raumcode, 4–32 Buchstaben oder Ziffern (Standard: sechs zufällige)",
        "en": "room code, 4–32 letters or digits (default: six random ones)",
    },
    "host.option.max_players": {
        "de": "höchstens so viele Spieler (Standard 50)",
        "en": "at most this many players (default 50)",
    },
    "host.option.start_when": {
        "de": "starten, sobald N Spieler da sind (sonst mit Enter)",
        "en": "start as soon as N players are in (otherwise with Enter)",
    },
    "host.option.reveal_seconds": {
        "de": "Sekunden, die die Auflösung stehen bleibt (Standard 5)",
        "en": "seconds the reveal stays on screen (default 5)",
    },
    "host.option.plain": {
        "de": "Zeile für Zeile statt Vollbild (für Skripte und Tests)",
        "en": "line by line instead of full screen (for scripts and tests)",
    },
    "host.error.port": {
        "de": "„{value}“ ist kein Port (0 bis 65535).",
        "en": "“{value}” is not a port (0 to 65535).",
    },
    "host.error.code": {
        "de": "„{value}“ taugt nicht als Raumcode: 4 bis 32 Buchstaben oder Ziffern.",
        "en": "“{value}” will not do as a room code: 4 to 32 letters or digits.",
    },
    "host.error.seconds": {
        "de": "„{value}“: bitte Sekunden von 0 bis 600 angeben.",
        "en": "“{value}”: give seconds from 0 to 600.",
    },
    "host.error.listen": {
        "de": "Kann nicht an {address} lauschen: {reason}. Einen anderen --port oder --bind wählen.",
        "en": "Cannot listen on {address}: {reason}. Choose another --port or --bind.",
    },
    "host.plain.open": {
        "de": "Raum {code} ist offen: {url}",
        "en": "Room {code} is open: {url}",
    },
    "host.plain.join_with": {
        "de": "Beitreten im Terminal: {command}",
        "en": "Join from a terminal: {command}",
    },
    "host.plain.start_how": {
        "de": "Enter startet das Spiel (und beendet eine Auflösung vorzeitig).",
        "en": "Enter starts the game (and cuts a reveal short).",
    },
    "host.plain.start_when": {
        "de": "Das Spiel beginnt, sobald {players} da sind.",
        "en": "The game starts as soon as {players} are in.",
    },
    "host.plain.nobody_yet": {"de": "Noch ist niemand da.", "en": "Nobody is here yet."},
    "host.plain.joined": {
        "de": "+ {name} ist dabei ({players})",
        "en": "+ {name} joined ({players})",
    },
    "host.plain.away": {"de": "- {name} ist weg", "en": "- {name} is away"},
    "host.plain.back": {"de": "+ {name} ist zurück", "en": "+ {name} is back"},
    "host.plain.not_played": {
        "de": "Es wurde nicht gespielt – nichts gespeichert.",
        "en": "No game was played – nothing saved.",
    },
    "host.plain.saved": {
        "de": "Gespeichert: {name} {score} ({correct}/{total}) {standing}",
        "en": "Saved: {name} {score} ({correct}/{total}) {standing}",
    },
    # shared by the host's and the players' screens
    "room.question_blitz": {"de": "Frage {number}", "en": "Question {number}"},
    "room.answer_was": {"de": "Richtig war: {answer}", "en": "The answer was: {answer}"},
    "room.spread": {"de": "Antworten: {spread}", "en": "Answers: {spread}"},
    "room.spread.correct": {"de": "richtig", "en": "right"},
    "room.spread.typo": {"de": "mit Tippfehler", "en": "with a typo"},
    "room.spread.wrong": {"de": "falsch", "en": "wrong"},
    "room.spread.skipped": {"de": "übersprungen", "en": "skipped"},
    "room.spread.timeout": {"de": "zu spät", "en": "too late"},
    "room.spread.other": {"de": "anderes/keine", "en": "other/none"},
    "room.podium": {"de": "Siegertreppchen", "en": "Podium"},
    "room.away": {"de": "(weg)", "en": "(away)"},
    # quiz join
    "join.help": {
        "de": "in einem Raum mitspielen, den jemand mit „quiz host“ geöffnet hat",
        "en": "play in a room someone opened with “quiz host”",
    },
    "join.description": {
        "de": "Tritt einem Raum bei: Fragen kommen vom Gastgeber, Antworten wie bei "
        "„quiz play“; nach jeder Frage der Platz, am Ende die Endplatzierung.",
        "en": "Joins a room: questions come from the host, answers as in “quiz play”; your "
        "place after every question, and the final place at the end.",
    },
    "join.option.address": {
        "de": "Adresse des Gastgebers, wie er sie anzeigt (HOST:PORT)",
        "en": "the host's address as it shows it (HOST:PORT)",
    },
    "join.option.code": {"de": "der Raumcode", "en": "the room code"},
    "join.option.plain": {
        "de": "Zeile für Zeile statt Vollbild (wie quiz play --plain)",
        "en": "line by line instead of full screen (as quiz play --plain)",
    },
    "join.error.connect": {
        "de": "Keine Verbindung zu {url}: {reason}. Adresse und Port prüfen; läuft „quiz host“?",
        "en": "Cannot connect to {url}: {reason}. Check address and port; is “quiz host” running?",
    },
    "join.error.protocol": {
        "de": "{url} antwortet nicht wie ein Quiz-Raum.",
        "en": "{url} does not answer like a quiz room.",
    },
    "join.plain.joined": {
        "de": "Im Raum als {name} (Platz {seat}). Warten auf den Start …",
        "en": "In the room as {name} (seat {seat}). Waiting for the start …",
    },
    "join.plain.how_to_answer": {
        "de": "Antworte mit der Nummer, dem Buchstaben (A–F) oder dem Text und Enter; leere "
        "Zeile: überspringen. Die erste Antwort zählt.",
        "en": "Answer with the number, the letter (A–F) or the text and Enter; empty line: "
        "skip. Your first answer counts.",
    },
    "join.plain.refused": {"de": "Abgelehnt: {message}", "en": "Refused: {message}"},
    "join.plain.rank": {
        "de": "Platz {place} von {players} · {score} Punkte",
        "en": "Place {place} of {players} · {score} points",
    },
    "join.plain.final": {
        "de": "Spielende: Platz {place} von {players}",
        "en": "Game over: place {place} of {players}",
    },
    "join.plain.lost": {
        "de": "Die Verbindung zum Raum ist weg, bevor das Spiel zu Ende war.",
        "en": "The connection to the room was lost before the game ended.",
    },
    # the Textual screens
    "room.key.enter": {"de": "Start / weiter", "en": "Start / next"},
    "host.saved": {
        "de": "{count} Ergebnisse in der Bestenliste gespeichert.",
        "en": "{count} results saved to the high-score table.",
    },
    "host.screen.code": {"de": "Raumcode ", "en": "Room code "},
    "host.screen.players": {"de": "Mitspieler: {count}", "en": "Players: {count}"},
    "host.screen.start": {
        "de": "Enter startet das Spiel. Beitreten: QR-Code scannen oder die Adresse öffnen.",
        "en": "Enter starts the game. To join: scan the QR code or open the address.",
    },
    "host.screen.answered": {
        "de": "{answered} von {players} haben geantwortet",
        "en": "{answered} of {players} have answered",
    },
    "host.screen.away": {"de": "Weg: {names}", "en": "Away: {names}"},
    "join.screen.connecting": {"de": "Verbinde …", "en": "Connecting …"},
    "join.screen.placeholder": {
        "de": "Antwort (Nummer, Buchstabe oder Text) und Enter",
        "en": "Answer (number, letter or text) and Enter",
    },
}

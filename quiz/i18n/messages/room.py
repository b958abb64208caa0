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
}

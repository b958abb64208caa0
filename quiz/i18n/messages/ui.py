MESSAGES = {
    # --- keys in the footer ---
    "ui.key.help": {"de": "Hilfe", "en": "Help"},
    "ui.key.high_scores": {"de": "Bestenliste", "en": "High scores"},
    "ui.key.start": {"de": "Los geht’s", "en": "Start"},
    "ui.key.abandon": {"de": "Abbrechen", "en": "Abandon"},
    "ui.key.next": {"de": "Weiter", "en": "Next"},
    "ui.key.new_game": {"de": "Neues Spiel", "en": "New game"},
    "ui.key.quit": {"de": "Beenden", "en": "Quit"},
    "ui.key.back": {"de": "Zurück", "en": "Back"},
    "ui.key.filter": {"de": "Katalog filtern", "en": "Filter by bank"},
    "ui.key.yes": {"de": "Ja", "en": "Yes"},
    "ui.key.no": {"de": "Nein", "en": "No"},
    "ui.command.help": {
        "de": "Tasten und Regeln: wie Punkte und Tippfehler zählen",
        "en": "Keys and rules: how points and typos count",
    },
    "ui.command.high_scores": {
        "de": "Die besten Ergebnisse, nach Katalog filterbar",
        "en": "The best results, filterable by bank",
    },
    # --- home ---
    "ui.home.title": {"de": "quiz – Was wird gespielt?", "en": "quiz – what shall we play?"},
    "ui.home.banks": {
        "de": "Fragenkataloge (Leertaste wählt aus)",
        "en": "Question banks (space selects)",
    },
    "ui.home.bank_counts": {
        "de": "{language} · {questions}: {by_type}",
        "en": "{language} · {questions}: {by_type}",
    },
    "ui.home.no_banks": {
        "de": "Keine Fragenkataloge gefunden: lege .yaml-Dateien in den Ordner questions/ "
        "oder gib --questions ORDNER an.",
        "en": "No question banks found: put .yaml files in questions/ or pass --questions DIR.",
    },
    "ui.home.player": {"de": "Name", "en": "Name"},
    "ui.home.count": {"de": "Fragen", "en": "Questions"},
    "ui.home.mode": {"de": "Modus", "en": "Mode"},
    "ui.home.start": {"de": "Los geht’s", "en": "Start"},
    "ui.home.choose_bank": {
        "de": "Bitte wähle mindestens einen Fragenkatalog (Leertaste).",
        "en": "Please choose at least one question bank (space).",
    },
    "ui.home.enter_player": {"de": "Bitte gib deinen Namen ein.", "en": "Please enter your name."},
    "ui.home.enter_count": {
        "de": "Die Zahl der Fragen muss mindestens 1 sein.",
        "en": "The number of questions must be at least 1.",
    },
    # --- question ---
    "ui.status.progress": {
        "de": "Frage {number} von {total}",
        "en": "Question {number} of {total}",
    },
    "ui.status.progress_open": {"de": "Frage {number}", "en": "Question {number}"},
    "ui.status.score": {"de": "Punkte {score}", "en": "Score {score}"},
    "ui.status.streak": {"de": "Serie {streak}", "en": "Streak {streak}"},
    "ui.status.blitz_left": {"de": "noch {seconds} s", "en": "{seconds} s left"},
    "ui.question.seconds_left": {"de": "{seconds} s", "en": "{seconds} s"},
    "ui.question.untimed": {"de": "ohne Zeitlimit", "en": "no time limit"},
    "ui.question.placeholder": {"de": "Deine Antwort …", "en": "Your answer …"},
    "ui.question.hint_choice": {
        "de": "1–{last} oder A–{last_letter}, Pfeile + Enter oder Maus · Esc bricht ab",
        "en": "1–{last} or A–{last_letter}, arrows + Enter, or the mouse · Esc abandons",
    },
    "ui.question.hint_true_false": {
        "de": "1 oder W: wahr · 2 oder F: falsch · Pfeile + Enter oder Maus · Esc bricht ab",
        "en": "1 or T: true · 2 or F: false · arrows + Enter, or the mouse · Esc abandons",
    },
    "ui.question.hint_fill_in": {
        "de": "Antwort tippen und Enter · leer lassen überspringt · Esc bricht ab",
        "en": "Type the answer and press Enter · empty skips · Esc abandons",
    },
    # --- feedback after an answer ---
    "ui.feedback.correct": {"de": "✓ Richtig!", "en": "✓ Right!"},
    "ui.feedback.typo": {
        "de": "✓ Trotz Tippfehler als richtig gewertet.",
        "en": "✓ Counted as right despite a typo.",
    },
    "ui.feedback.typo_detail": {"de": "Geschrieben wird es: ", "en": "It is spelt: "},
    "ui.feedback.wrong": {"de": "✗ Leider falsch.", "en": "✗ Wrong."},
    "ui.feedback.timeout": {"de": "⏱ Zeit abgelaufen.", "en": "⏱ Time is up."},
    "ui.feedback.skipped": {"de": "– Übersprungen.", "en": "– Skipped."},
    "ui.feedback.right_answer": {"de": "Richtig wäre: ", "en": "The right answer: "},
    "ui.feedback.points": {"de": "+{points} Punkte", "en": "+{points} points"},
    "ui.feedback.points_with_bonus": {
        "de": "+{points} Punkte (davon {bonus} Serienbonus)",
        "en": "+{points} points (including a streak bonus of {bonus})",
    },
    "ui.feedback.continue": {"de": "Enter: nächste Frage", "en": "Enter: next question"},
    # --- dialogs ---
    "ui.dialog.abandon": {
        "de": "Dieses Spiel abbrechen? Ein abgebrochenes Spiel kommt nicht in die Bestenliste.",
        "en": "Abandon this game? An abandoned game does not enter the high scores.",
    },
    "ui.dialog.yes": {"de": "Ja, abbrechen", "en": "Yes, abandon"},
    "ui.dialog.no": {"de": "Nein, weiterspielen", "en": "No, play on"},
    # --- results ---
    "ui.results.title": {"de": "Ergebnis", "en": "Results"},
    "ui.results.summary": {
        "de": "{score} Punkte · {correct} von {total} richtig · längste Serie {streak} · Zeit {time}",
        "en": "{score} points · {correct} of {total} right · longest streak {streak} · time {time}",
    },
    "ui.review.given": {"de": "Deine Antwort: ", "en": "Your answer: "},
    "ui.review.nothing": {"de": "(keine)", "en": "(none)"},
    "ui.review.right": {"de": "Richtig: ", "en": "Right: "},
    "ui.review.points": {"de": "+{points}", "en": "+{points}"},
    "ui.review.empty": {"de": "Keine Fragen beantwortet.", "en": "No questions answered."},
    # --- high scores ---
    "ui.scores.title": {"de": "Bestenliste", "en": "High scores"},
    "ui.scores.all_banks": {"de": "Alle Kataloge", "en": "All banks"},
    "ui.scores.empty": {
        "de": "Noch keine Ergebnisse – spiel eine Runde!",
        "en": "No results yet – play a round!",
    },
    "ui.scores.column.rank": {"de": "Platz", "en": "Rank"},
    "ui.scores.column.player": {"de": "Name", "en": "Player"},
    "ui.scores.column.score": {"de": "Punkte", "en": "Score"},
    "ui.scores.column.right": {"de": "Richtig", "en": "Right"},
    "ui.scores.column.banks": {"de": "Kataloge", "en": "Banks"},
    "ui.scores.column.date": {"de": "Datum", "en": "Date"},
    # --- help ---
    "ui.help.title": {"de": "Hilfe", "en": "Help"},
    "ui.help.keys.heading": {"de": "Tasten", "en": "Keys"},
    "ui.help.keys.text": {
        "de": "Auswahlfragen: 1–6 oder A–F, Pfeile + Enter oder Mausklick.\n"
        "Wahr/Falsch: 1 oder W für wahr, 2 oder F für falsch.\n"
        "Lückenfragen: Antwort tippen, Enter; leer lassen und Enter überspringt.\n"
        "Enter oder Leertaste: nächste Frage (im Zeitmodus geht es nach 3 s von selbst weiter).\n"
        "Esc: Spiel abbrechen (mit Rückfrage) bzw. zurück.  F1: diese Hilfe.  "
        "F2: Bestenliste.  Strg+P: Befehle.  Strg+Q: Beenden.",
        "en": "Choice questions: 1–6 or A–F, arrows + Enter, or a mouse click.\n"
        "True/false: 1 or T for true, 2 or F for false.\n"
        "Fill-in questions: type the answer, Enter; Enter on an empty answer skips.\n"
        "Enter or space: next question (timed modes move on by themselves after 3 s).\n"
        "Esc: abandon the game (asks first) or go back.  F1: this help.  "
        "F2: high scores.  Ctrl+P: commands.  Ctrl+Q: quit.",
    },
    "ui.help.modes.heading": {"de": "Modi", "en": "Modes"},
    "ui.help.modes.text": {
        "de": "Klassisch: N Fragen, jede mit eigenem Zeitlimit (15 s Wahr/Falsch, 20 s Auswahl, 30 s Lücke).\n"
        "Blitz: so viele Fragen wie möglich in 60 Sekunden.\n"
        "Üben: ohne Zeitlimit; was du früher falsch hattest, kommt zuerst; "
        "zählt nicht für die Bestenliste.",
        "en": "Classic: N questions, each with its own time limit (15 s true/false, 20 s choice, 30 s fill-in).\n"
        "Blitz: as many questions as you can in 60 seconds.\n"
        "Practice: no time limit; what you got wrong before comes first; "
        "not in the high scores.",
    },
    "ui.help.points.heading": {"de": "Punkte", "en": "Points"},
    "ui.help.points.text": {
        "de": "Eine richtige Antwort bringt bis zu 1000 Punkte: volle 1000 unter einer halben "
        "Sekunde, dann gleichmäßig weniger bis 500 am Zeitlimit. Zu spät ist 0.\n"
        "Serie: jede weitere richtige Antwort in Folge bringt 100 Bonuspunkte mehr, "
        "höchstens 500. Falsch, zu spät oder übersprungen beendet die Serie.",
        "en": "A right answer earns up to 1000 points: the full 1000 under half a second, then "
        "evenly less down to 500 at the time limit. Too late earns 0.\n"
        "Streak: each further right answer in a row adds 100 more bonus points, at most 500. "
        "Wrong, too late or skipped ends the streak.",
    },
    "ui.help.answers.heading": {
        "de": "Wie Antworten bewertet werden",
        "en": "How answers are judged",
    },
    "ui.help.answers.text": {
        "de": "Groß-/Kleinschreibung, Satzzeichen, Akzente und ä/ae, ö/oe, ü/ue, ß/ss zählen nicht.\n"
        "Kleine Tippfehler in längeren Antworten gelten als richtig (ab 5 Zeichen einer, "
        "ab 9 Zeichen zwei) – aber nie, wenn die Eingabe einer anderen Person oder "
        "Auswahl näher ist.\n"
        "Zahlen müssen stimmen: „15“ und „fünfzehn“ sind gleich, „16“ ist falsch.\n"
        "Bei Personen reicht der Nachname, wenn ihn niemand sonst trägt.",
        "en": "Case, punctuation, accents and ä/ae, ö/oe, ü/ue, ß/ss do not count.\n"
        "Small typos in longer answers count as right (one from 5 characters, two from 9) – "
        "but never when what you typed is closer to another person or choice.\n"
        "Numbers must match: “15” and “fifteen” are the same, “16” is wrong.\n"
        "For a person the surname is enough when nobody else has it.",
    },
}

MESSAGES = {
    "generator.help": {
        "de": "Fragenkataloge aus Inhaltsangaben erzeugen",
        "en": "generate question banks from synopses",
    },
    "generator.description": {
        "de": "Liest Inhaltsangaben (eine Folge pro Zeile, .txt-Dateien oder Ordner) und schreibt "
        "je Datei einen Katalog mit Lückentext- und Multiple-Choice-Fragen. Von Hand geänderte "
        "oder fremde Dateien werden nur mit --force überschrieben.",
        "en": "Reads synopses (one episode per line, .txt files or folders) and writes one bank of "
        "fill-in and multiple-choice questions per file. Files edited by hand or not written "
        "by the generator are only overwritten with --force.",
    },
    "generator.option.sources": {
        "de": "Dateien oder Ordner mit .txt-Inhaltsangaben (Standard: seeds/)",
        "en": "files or folders of .txt synopses (default: seeds/)",
    },
    "generator.option.output": {
        "de": "Ausgabeordner für die Kataloge (Standard: questions/)",
        "en": "output folder for the banks (default: questions/)",
    },
    "generator.option.force": {
        "de": "auch von Hand geänderte oder fremde Dateien überschreiben",
        "en": "overwrite files edited by hand or not written by the generator",
    },
    "generator.error.output_not_folder": {
        "de": "{path} ist eine Datei, kein Ordner: gib mit -o einen Ordner für die "
        "Fragensammlungen an.",
        "en": "{path} is a file, not a folder: give -o a folder for the banks.",
    },
    "generator.error.missing": {
        "de": "{path}: nicht gefunden – Pfad prüfen",
        "en": "{path}: not found – check the path",
    },
    "generator.error.no_sources": {
        "de": "{path}: enthält keine .txt-Datei – Inhaltsangaben als .txt ablegen",
        "en": "{path}: contains no .txt file – put synopses there as .txt files",
    },
    "generator.error.empty": {
        "de": "{path}: die Datei ist leer – eine Folge pro Zeile eintragen",
        "en": "{path}: the file is empty – write one episode per line",
    },
    "generator.error.encoding": {
        "de": "{path}:{line}: kein gültiges UTF-8 – die Datei als UTF-8 speichern",
        "en": "{path}:{line}: not valid UTF-8 – save the file as UTF-8",
    },
    "generator.error.binary": {
        "de": "{path}:{line}: enthält Steuerzeichen, keine Textdatei – eine Textdatei mit einer Folge pro Zeile angeben",
        "en": "{path}:{line}: contains control characters, not a text file – give a text file with one episode per line",
    },
    "generator.error.long_line": {
        "de": "{path}:{line}: die Zeile hat {length} Zeichen, höchstens {limit} sind erlaubt – eine Folge pro Zeile, kürzer fassen",
        "en": "{path}:{line}: the line has {length} characters, at most {limit} are allowed – one episode per line, keep it shorter",
    },
    "generator.error.same_bank": {
        "de": "{first} und {second} ergäben beide den Katalog {name} – eine der Dateien umbenennen",
        "en": "{first} and {second} would both become the bank {name} – rename one of the files",
    },
    "generator.error.not_ours": {
        "de": "{path}: wurde nicht von quiz generate geschrieben und bleibt unangetastet – anderen Ausgabeordner wählen oder --force angeben",
        "en": "{path}: was not written by quiz generate and is left alone – choose another output folder or pass --force",
    },
    "generator.error.edited": {
        "de": "{path}: wurde nach dem Erzeugen von Hand geändert und bleibt unangetastet – Änderungen in eine eigene Datei übernehmen oder --force angeben",
        "en": "{path}: was edited by hand after it was generated and is left alone – move your changes to a file of your own or pass --force",
    },
    "generator.error.unreadable": {
        "de": "{path}: kann nicht gelesen werden ({reason})",
        "en": "{path}: cannot be read ({reason})",
    },
    "generator.error.write": {
        "de": "{path}: kann nicht geschrieben werden ({reason})",
        "en": "{path}: cannot be written ({reason})",
    },
    "generator.progress": {
        "de": "[{current}/{total}] {path}",
        "en": "[{current}/{total}] {path}",
    },
    "generator.summary.bank": {
        "de": "{path}: {total} Fragen ({fill_in} zum Eintippen, {multiple_choice} Multiple Choice) aus {sentences} Sätzen",
        "en": "{path}: {total} questions ({fill_in} fill-in, {multiple_choice} multiple choice) from {sentences} sentences",
    },
    "generator.summary.skipped": {
        "de": "  Sätze ohne Frage: {count} – {reason}",
        "en": "  sentences without a question: {count} – {reason}",
    },
    "generator.summary.total": {
        "de": "Kataloge geschrieben: {banks} · Fragen: {total}",
        "en": "Banks written: {banks} · questions: {total}",
    },
    "generator.skip.nothing": {
        "de": "nichts zu fragen (keine Person, Zahl, kein Ort und kein seltenes Hauptwort)",
        "en": "nothing to ask (no person, number, place or rare noun)",
    },
    "generator.skip.leak": {
        "de": "die Antwort stünde in der Frage",
        "en": "the answer would stand in the question",
    },
    "generator.skip.duplicate": {
        "de": "dieselbe Frage gibt es schon",
        "en": "the same question exists already",
    },
}

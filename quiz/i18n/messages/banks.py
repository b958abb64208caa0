"""Messages of the question banks: loading, validation and ``quiz validate``.

Each problem says what is wrong and what to do; file, line and question id are added by
``Problem.__str__``.
"""

MESSAGES = {
    # -- the file ----------------------------------------------------------------------------
    "banks.file.too_large": {
        "de": "Die Datei ist {size_mb} MB groß; ein Katalog darf höchstens {limit_mb} MB haben. "
        "Teile ihn in mehrere Dateien auf.",
        "en": "The file is {size_mb} MB; a bank may be at most {limit_mb} MB. "
        "Split it into several files.",
    },
    "banks.file.not_regular": {
        "de": "Das ist keine gewöhnliche Datei (eine Pipe, ein Gerät?): eine Fragensammlung "
        "muss eine Datei sein. Benenne das andere um oder lege die Sammlung als Datei an.",
        "en": "This is not a regular file (a pipe, a device?): a bank must be a file. Rename "
        "the other thing or save the bank as a file.",
    },
    "banks.file.unreadable": {
        "de": "Die Datei lässt sich nicht lesen ({reason}). Prüfe, ob sie existiert und "
        "lesbar ist.",
        "en": "The file cannot be read ({reason}). Check that it exists and is readable.",
    },
    "banks.file.not_utf8": {
        "de": "Die Datei ist nicht UTF-8 (Byte {byte} an Position {offset}). Speichere sie im "
        "Editor als UTF-8.",
        "en": "The file is not UTF-8 (byte {byte} at offset {offset}). Save it as UTF-8 in "
        "your editor.",
    },
    "banks.file.binary": {
        "de": "Die Datei enthält Null-Bytes und ist wohl keine Textdatei. Ein Katalog ist eine "
        "YAML-Textdatei in UTF-8.",
        "en": "The file contains NUL bytes and is probably not a text file. A bank is a YAML "
        "text file in UTF-8.",
    },
    "banks.file.unexpected": {
        "de": "Die Datei ließ sich nicht laden ({detail}). Prüfe sie mit „quiz validate“ und "
        "melde den Fehler, wenn die Datei in Ordnung aussieht.",
        "en": "The file could not be loaded ({detail}). Check it with “quiz validate” and "
        "report a bug if the file looks fine.",
    },
    "banks.index.rebuilt": {
        "de": "Der Katalog-Index {path} war beschädigt und wurde neu aufgebaut; verloren ist "
        "nichts, der erste Start dauert nur länger.",
        "en": "The bank index {path} was damaged and has been built anew; nothing is lost, "
        "this start just takes longer.",
    },
    "banks.dir.unreadable": {
        "de": "Der Ordner lässt sich nicht lesen ({reason}). Prüfe seine Rechte.",
        "en": "The folder cannot be read ({reason}). Check its permissions.",
    },
    # -- YAML --------------------------------------------------------------------------------
    "banks.yaml.syntax": {
        "de": "YAML-Syntaxfehler: {problem}. Prüfe Einrückung, Doppelpunkte und "
        "Anführungszeichen hier und in der Zeile davor.",
        "en": "YAML syntax error: {problem}. Check indentation, colons and quotes here and "
        "on the line before.",
    },
    "banks.yaml.syntax_since": {
        "de": "YAML-Syntaxfehler: {problem}. Das Problem beginnt zwischen Zeile {since_line} "
        "und hier: Prüfe dort Einrückung, Doppelpunkte und ob ein Anführungszeichen oder "
        "eine Klammer nicht geschlossen ist.",
        "en": "YAML syntax error: {problem}. The problem starts between line {since_line} and "
        "here: check indentation, colons and whether a quote or bracket is left open.",
    },
    "banks.yaml.control_character": {
        "de": "Die Datei enthält das Steuerzeichen {code}, das YAML nicht erlaubt. Entferne "
        "es (oft unsichtbar: kopierter Text aus dem Terminal oder einem PDF).",
        "en": "The file contains the control character {code}, which YAML does not allow. "
        "Remove it (often invisible: text copied from a terminal or a PDF).",
    },
    "banks.yaml.tab": {
        "de": "Hier wird mit einem Tabulator eingerückt; YAML erlaubt nur Leerzeichen. "
        "Ersetze die Tabs durch Leerzeichen.",
        "en": "A tab is used for indentation here; YAML allows only spaces. Replace the tabs "
        "with spaces.",
    },
    "banks.yaml.python_tag": {
        "de": "Das Tag {tag} würde ein Python-Objekt erzeugen; Kataloge enthalten nur Text, "
        "Zahlen und Listen. Entferne das Tag.",
        "en": "The tag {tag} would build a Python object; banks hold only text, numbers and "
        "lists. Remove the tag.",
    },
    "banks.yaml.unknown_tag": {
        "de": "Das Tag {tag} ist in Katalogen nicht erlaubt. Entferne es oder setze den Wert "
        "in Anführungszeichen.",
        "en": "The tag {tag} is not allowed in banks. Remove it or put the value in quotes.",
    },
    "banks.yaml.alias_bomb": {
        "de": "Die Aliase (*name) würden den Katalog auf mehr als das {factor}-Fache "
        "aufblähen. Schreibe die Werte aus, statt Aliase zu verschachteln.",
        "en": "The aliases (*name) would blow the bank up to more than {factor} times its "
        "size. Write the values out instead of nesting aliases.",
    },
    "banks.yaml.unknown_alias": {
        "de": "Der Alias *{anchor} verweist auf keinen vorher fertig definierten Anker "
        "&{anchor}. Definiere den Anker davor und nicht in sich selbst.",
        "en": "The alias *{anchor} refers to no anchor &{anchor} completed before it. Define "
        "the anchor earlier, and not inside itself.",
    },
    "banks.yaml.too_deep": {
        "de": "Die Daten sind tiefer als {limit} Ebenen verschachtelt. Ein Katalog braucht nur "
        "wenige Ebenen: Prüfe die Klammern und die Einrückung.",
        "en": "The data is nested deeper than {limit} levels. A bank needs only a few levels: "
        "check the brackets and the indentation.",
    },
    "banks.yaml.duplicate_key": {
        "de": "„{field}“ steht hier zum zweiten Mal (zuerst in Zeile {first_line}). Lösche "
        "einen der beiden Einträge.",
        "en": "“{field}” appears here a second time (first on line {first_line}). Delete one "
        "of the two.",
    },
    "banks.yaml.complex_key": {
        "de": "Feldnamen müssen einfacher Text sein, keine Listen, Abschnitte oder Aliase.",
        "en": "Field names must be plain text, not lists, mappings or aliases.",
    },
    "banks.yaml.multiple_documents": {
        "de": "Die Datei enthält mehrere YAML-Dokumente (---). Ein Katalog ist ein Dokument: "
        "Teile ihn in mehrere Dateien auf.",
        "en": "The file holds several YAML documents (---). A bank is one document: split it "
        "into several files.",
    },
    "banks.yaml.bad_merge": {
        "de": "„<<“ kann nur Abschnitte (Schlüssel: Wert) übernehmen. Verweise dort auf einen "
        "Abschnitt.",
        "en": "“<<” can only merge mappings (key: value). Refer to a mapping there.",
    },
    # -- the bank ----------------------------------------------------------------------------
    "banks.bank.empty": {
        "de": "Die Datei ist leer. Ein Katalog ist ein Abschnitt mit title, language und "
        "questions (siehe questions/beispiel.yaml).",
        "en": "The file is empty. A bank is a mapping with title, language and questions "
        "(see questions/beispiel.yaml).",
    },
    "banks.bank.not_mapping": {
        "de": "Hier steht {found}, aber ein Katalog ist ein Abschnitt mit title, language und "
        "questions (siehe questions/beispiel.yaml).",
        "en": "Found {found}, but a bank is a mapping with title, language and questions "
        "(see questions/beispiel.yaml).",
    },
    "banks.bank.missing_field": {
        "de": "Dem Katalog fehlt „{field}“. Ergänze es oben in der Datei.",
        "en": "The bank has no “{field}”. Add it at the top of the file.",
    },
    "banks.bank.bad_language": {
        "de": "Unbekannte Sprache „{value}“. Erlaubt: {allowed}.",
        "en": "Unknown language “{value}”. Allowed: {allowed}.",
    },
    "banks.bank.questions_not_list": {
        "de": "„questions“ muss eine Liste sein: jede Frage beginnt mit „- id: …“.",
        "en": "“questions” must be a list: each question starts with “- id: …”.",
    },
    "banks.bank.no_questions": {
        "de": "Der Katalog enthält keine Fragen. Füge unter „questions“ welche hinzu.",
        "en": "The bank has no questions. Add some under “questions”.",
    },
    "banks.bank.duplicate_name": {
        "de": "Es gibt schon einen Katalog „{name}“ ({other}). Benenne eine der beiden Dateien um.",
        "en": "There is already a bank “{name}” ({other}). Rename one of the two files.",
    },
    # -- fields ------------------------------------------------------------------------------
    "banks.field.unknown": {
        "de": "Unbekanntes Feld „{field}“ wird ignoriert. Bekannt sind: {allowed}.",
        "en": "Unknown field “{field}” is ignored. Known fields: {allowed}.",
    },
    "banks.field.unknown_suggest": {
        "de": "Unbekanntes Feld „{field}“ wird ignoriert. Meintest du „{suggestion}“?",
        "en": "Unknown field “{field}” is ignored. Did you mean “{suggestion}”?",
    },
    "banks.field.not_text": {
        "de": "„{field}“ muss Text sein, hier steht {found}.",
        "en": "“{field}” must be text, found {found}.",
    },
    "banks.field.truth_value": {
        "de": "„{field}: {value}“ liest YAML als Wahrheitswert. Setze den Text in "
        'Anführungszeichen: "{value}".',
        "en": 'YAML reads “{field}: {value}” as true/false. Put the text in quotes: "{value}".',
    },
    "banks.field.not_a_list": {
        "de": '„{field}“ muss eine Liste sein, z. B. {field}: ["eins", "zwei"].',
        "en": '“{field}” must be a list, e.g. {field}: ["one", "two"].',
    },
    "banks.field.empty_entry": {
        "de": "„{field}“ enthält einen leeren Eintrag. Lösche ihn oder fülle ihn aus.",
        "en": "“{field}” has an empty entry. Delete it or fill it in.",
    },
    # -- questions ---------------------------------------------------------------------------
    "banks.question.not_mapping": {
        "de": "Hier steht {found}, aber jede Frage ist ein Abschnitt mit id, prompt und answer.",
        "en": "Found {found}, but each question is a mapping with id, prompt and answer.",
    },
    "banks.question.missing_id": {
        "de": "Der Frage fehlt die „id“. Gib ihr eine eindeutige, z. B. „{suggestion}“.",
        "en": "The question has no “id”. Give it a unique one, e.g. “{suggestion}”.",
    },
    "banks.question.id_not_slug": {
        "de": "Die id sollte nur Buchstaben, Ziffern, „-“, „_“ und „.“ enthalten, z. B. "
        "„{suggestion}“.",
        "en": "The id should hold only letters, digits, “-”, “_” and “.”, e.g. “{suggestion}”.",
    },
    "banks.question.duplicate_id": {
        "de": "Diese id gibt es schon ({other}). Jede id muss eindeutig sein: ändere eine "
        "der beiden.",
        "en": "This id is already used ({other}). Every id must be unique: change one of the two.",
    },
    "banks.question.duplicate_id_elsewhere": {
        "de": "Diese id gibt es schon in einem anderen Katalog ({other}); dieser Katalog wird "
        "deshalb nicht geladen. Ändere eine der beiden ids.",
        "en": "This id is already used in another bank ({other}), so this bank is not "
        "loaded. Change one of the two ids.",
    },
    "banks.question.duplicate_id_elsewhere_many": {
        "de": "{count} ids dieses Katalogs gibt es schon in anderen Katalogen, als erste diese "
        "({other}); dieser Katalog wird deshalb nicht geladen. Gib seinen Fragen eigene ids "
        "(auch eine Kopie eines Katalogs braucht neue).",
        "en": "{count} ids of this bank are already used in other banks, this one first "
        "({other}), so this bank is not loaded. Give its questions ids of their own (a copy "
        "of a bank needs new ones too).",
    },
    "banks.question.unknown_type": {
        "de": "Unbekannter Fragetyp „{value}“. Erlaubt: {allowed}.",
        "en": "Unknown question type “{value}”. Allowed: {allowed}.",
    },
    "banks.question.unknown_type_suggest": {
        "de": "Unbekannter Fragetyp „{value}“. Meintest du „{suggestion}“?",
        "en": "Unknown question type “{value}”. Did you mean “{suggestion}”?",
    },
    "banks.question.empty_prompt": {
        "de": "Die Frage hat keinen Text. Schreibe ihn unter „prompt“.",
        "en": "The question has no text. Write it under “prompt”.",
    },
    "banks.question.missing_answer": {
        "de": "Die Frage hat keine Antwort. Trage sie unter „answer“ ein.",
        "en": "The question has no answer. Add it under “answer”.",
    },
    "banks.question.missing_choices": {
        "de": "Eine Multiple-Choice-Frage braucht „choices“: eine Liste mit 2 bis 6 "
        "Antworten, darunter die richtige.",
        "en": "A multiple-choice question needs “choices”: a list of 2 to 6 options, the "
        "answer among them.",
    },
    "banks.question.choice_count": {
        "de": "Anzahl der Auswahlmöglichkeiten: {count}; erlaubt sind {min} bis {max}.",
        "en": "Number of choices: {count}; {min} to {max} are allowed.",
    },
    "banks.question.duplicate_choice": {
        "de": "Die Auswahl „{choice}“ steht doppelt (zuerst in Zeile {first_line}; wie beim "
        "Antworten zählen Groß- und Kleinschreibung, ä/ae, Akzente und Satzzeichen nicht). "
        "Ersetze eine davon.",
        "en": "The choice “{choice}” appears twice (first on line {first_line}; as in answering, "
        "case, ä/ae, accents and punctuation do not count). Replace one of them.",
    },
    "banks.question.answer_not_in_choices": {
        "de": "Die Antwort „{answer}“ steht nicht unter den „choices“. Nimm sie in die Liste auf.",
        "en": "The answer “{answer}” is not among the “choices”. Add it to the list.",
    },
    "banks.question.answer_not_exactly_choice": {
        "de": "Die Antwort „{answer}“ weicht von der Auswahl „{choice}“ ab. Schreibe beide "
        "genau gleich.",
        "en": "The answer “{answer}” differs from the choice “{choice}”. Write both exactly alike.",
    },
    "banks.question.accept_ignored": {
        "de": "„accept“ wird bei Multiple-Choice-Fragen ignoriert; es gilt nur die Auswahl.",
        "en": "“accept” is ignored for multiple-choice questions; only the choice counts.",
    },
    "banks.question.choices_ignored": {
        "de": "„choices“ wird bei Lückentext-Fragen (fill_in) ignoriert. Lösche „type“ oder "
        "setze „type: multiple_choice“.",
        "en": "“choices” is ignored for fill-in questions. Remove “type” or set "
        "“type: multiple_choice”.",
    },
    "banks.question.true_false_answer": {
        "de": "Die Antwort einer Wahr/Falsch-Frage ist true oder false (ohne Anführungszeichen), "
        "nicht {value}.",
        "en": "The answer of a true/false question is true or false (without quotes), not {value}.",
    },
    "banks.question.true_false_ignores": {
        "de": "„{field}“ wird bei Wahr/Falsch-Fragen ignoriert; es zählen nur true und false. "
        "Lösche das Feld.",
        "en": "“{field}” is ignored for true/false questions; only true and false count. "
        "Remove the field.",
    },
    "banks.question.bad_tolerance": {
        "de": "„tolerance“ ist {value}; erlaubt ist eine Zahl ab 0 (zum Beispiel 2).",
        "en": "“tolerance” is {value}; a number from 0 up is allowed (for example 2).",
    },
    "banks.question.tolerance_needs_number": {
        "de": "„tolerance“ gilt nur für Zahlen, die Antwort „{answer}“ ist keine. Schreibe die "
        "Antwort als Zahl oder lösche „tolerance“.",
        "en": "“tolerance” is for numbers only, and the answer “{answer}” is none. Write the "
        "answer as a number or remove “tolerance”.",
    },
    "banks.question.tolerance_ignored": {
        "de": "„tolerance“ gilt nur für Fragen zum Eintippen (fill_in) und wird hier ignoriert.",
        "en": "“tolerance” is for fill-in questions only and is ignored here.",
    },
    # -- names of the question types (in counts) ---------------------------------------------
    "banks.type.fill_in": {"de": "Lückentext", "en": "fill-in"},
    "banks.type.multiple_choice": {"de": "Multiple Choice", "en": "multiple choice"},
    "banks.type.true_false": {"de": "Wahr/Falsch", "en": "true/false"},
    "banks.type.fill_in.short": {"de": "Lücke", "en": "fill-in"},
    "banks.type.multiple_choice.short": {"de": "Auswahl", "en": "choice"},
    "banks.type.true_false.short": {"de": "Wahr/Falsch", "en": "true/false"},
    "banks.question.bad_difficulty": {
        "de": "Die Schwierigkeit „{value}“ ist ungültig: erlaubt sind 1 (leicht), 2 und "
        "3 (schwer).",
        "en": "The difficulty “{value}” is not valid: use 1 (easy), 2 or 3 (hard).",
    },
    "banks.question.bad_time_limit": {
        "de": "Das Zeitlimit „{value}“ ist ungültig: gib eine positive Zahl von Sekunden an "
        "(höchstens 86400, ein Tag), z. B. 30.",
        "en": "The time limit “{value}” is not valid: give a positive number of seconds "
        "(at most 86400, one day), e.g. 30.",
    },
    "banks.source.not_mapping": {
        "de": "„source“ muss ein Abschnitt mit „file“ (Pfad der Quelle) und „line“ "
        "(Zeilennummer) sein.",
        "en": "“source” must be a mapping with “file” (the source's path) and “line” "
        "(a line number).",
    },
    "banks.source.bad_file": {
        "de": "„source“ braucht „file“: den Pfad der Quelldatei als Text.",
        "en": "“source” needs “file”: the path of the source file as text.",
    },
    "banks.source.missing_line": {
        "de": "„source“ braucht „line“: die Zeilennummer in der Quelldatei, ab 1.",
        "en": "“source” needs “line”: the line number in the source file, from 1.",
    },
    "banks.source.bad_line": {
        "de": "„line“ in „source“ muss eine Zeilennummer ab 1 sein, hier steht „{value}“.",
        "en": "“line” in “source” must be a line number from 1, found “{value}”.",
    },
    # -- quiz validate -----------------------------------------------------------------------
    "banks.validate.help": {
        "de": "Fragenkataloge prüfen und alle Fehler mit Zeile melden",
        "en": "check question banks and report every mistake with its line",
    },
    "banks.validate.description": {
        "de": "Prüft Fragenkataloge (.yaml) und meldet jeden Fehler und jede Warnung mit "
        "Datei, Zeile und Frage-id. Exit-Code 1 bei Fehlern.",
        "en": "Checks question banks (.yaml) and reports every error and warning with file, "
        "line and question id. Exit code 1 on errors.",
    },
    "banks.validate.paths": {
        "de": "Dateien oder Ordner (Standard: die Ordner, aus denen das Spiel lädt)",
        "en": "files or folders (default: the folders the game loads from)",
    },
    "banks.validate.not_found": {
        "de": "{path} existiert nicht. Gib eine Katalogdatei oder einen Ordner an.",
        "en": "{path} does not exist. Give a bank file or a folder.",
    },
    "banks.more_errors": {"de": " (und {count} weitere)", "en": " (and {count} more)"},
    "banks.summary": {
        "de": "Kataloge: {banks} von {files} fehlerfrei · Fragen: {questions} ({by_type}) · Fehler: {errors} · "
        "Warnungen: {warnings}",
        "en": "Banks: {banks} of {files} without errors · Questions: {questions} ({by_type}) · Errors: {errors} · "
        "Warnings: {warnings}",
    },
}

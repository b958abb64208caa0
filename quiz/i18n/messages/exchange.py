"""Messages of `quiz import` and `quiz export`: each says what happened and what to do."""

MESSAGES = {
    # -- the commands --------------------------------------------------------------------------
    "exchange.import.help": {
        "de": "Fragen aus Moodle-GIFT, OpenTDB-JSON oder CSV/TSV als Fragenkatalog übernehmen",
        "en": "turn Moodle GIFT, OpenTDB JSON or CSV/TSV questions into a question bank",
    },
    "exchange.import.description": {
        "de": "Liest FILE (GIFT, OpenTDB-JSON oder CSV/TSV, nach der Dateiendung oder --format) "
        "und schreibt einen geprüften YAML-Katalog. Was sich nicht übernehmen lässt, wird Zeile "
        "für Zeile gemeldet und ausgelassen. Ein vorhandener Katalog wird nur mit --force "
        "ersetzt.",
        "en": "Reads FILE (GIFT, OpenTDB JSON or CSV/TSV, by its file ending or --format) and "
        "writes a validated YAML bank. What cannot be carried over is reported line by line and "
        "skipped. An existing bank is only replaced with --force.",
    },
    "exchange.import.option.file": {
        "de": "die Datei mit den Fragen",
        "en": "the file with the questions",
    },
    "exchange.import.option.format": {
        "de": "Format der Datei (sonst nach der Endung: .gift, .json, .csv/.tsv; .txt: GIFT mit "
        "geschweiften Klammern, sonst mit Tabulatoren getrennt)",
        "en": "the file's format (else by its ending: .gift, .json, .csv/.tsv; .txt: GIFT when it "
        "has curly brackets, else tab-separated)",
    },
    "exchange.import.option.output": {
        "de": "der neue Katalog (Vorgabe: NAME.yaml im eigenen Fragenordner)",
        "en": "the new bank (default: NAME.yaml in your own banks folder)",
    },
    "exchange.import.option.language": {
        "de": "Sprache des Katalogs (Vorgabe: die der Datei, sonst die der Oberfläche)",
        "en": "the bank's language (default: the file's, else the interface's)",
    },
    "exchange.option.force": {
        "de": "eine vorhandene Datei ersetzen (sie könnte von Hand bearbeitet sein)",
        "en": "replace an existing file (it may have been edited by hand)",
    },
    "exchange.import.done": {
        "de": "{path}: {questions} übernommen, {notices}",
        "en": "{path}: {questions} imported, {notices}",
    },
    "exchange.import.name_taken": {
        "de": "Einen Katalog „{name}“ gibt es schon ({other}); zwei gleichnamige lassen sich "
        "nicht zusammen spielen. Wähle mit -o einen anderen Namen.",
        "en": "There is a bank “{name}” already ({other}); two of one name cannot be played "
        "together. Choose another name with -o.",
    },
    "exchange.import.nothing": {
        "de": "{path} enthält keine Frage, die sich übernehmen lässt; es wurde nichts geschrieben.",
        "en": "{path} has no question that can be imported; nothing was written.",
    },
    "exchange.import.unknown_suffix": {
        "de": "Das Format von {path} ist an der Endung nicht zu erkennen. Gib --format an "
        "({formats}).",
        "en": "The format of {path} cannot be told from its ending. Give --format ({formats}).",
    },
    "exchange.import.invalid_result": {
        "de": "Der übernommene Katalog wäre ungültig ({problem}); es wurde nichts geschrieben. "
        "Bitte melde das als Fehler.",
        "en": "The imported bank would not be valid ({problem}); nothing was written. Please "
        "report this as a bug.",
    },
    "exchange.export.help": {
        "de": "Kataloge für Moodle (GIFT), Anki (.apkg), Kahoot (.xlsx) oder OpenTDB (JSON) "
        "ausgeben",
        "en": "write banks for Moodle (GIFT), Anki (.apkg), Kahoot (.xlsx) or OpenTDB (JSON)",
    },
    "exchange.export.description": {
        "de": "Schreibt die Fragen der Kataloge BANK in eine Datei des gewählten Formats. Was "
        "das Format nicht fassen kann, wird je Frage gemeldet und ausgelassen.",
        "en": "Writes the questions of the banks BANK to one file of the chosen format. What "
        "the format cannot hold is reported per question and left out.",
    },
    "exchange.export.option.banks": {
        "de": "Name eines Katalogs (wie bei quiz play --bank) oder Pfad einer .yaml-Datei",
        "en": "a bank's name (as for quiz play --bank) or the path of a .yaml file",
    },
    "exchange.export.option.format": {
        "de": "gift, anki, kahoot oder opentdb",
        "en": "gift, anki, kahoot or opentdb",
    },
    "exchange.export.option.output": {
        "de": "die Datei, die entsteht (Vorgabe: Name des ersten Katalogs mit der Endung des "
        "Formats)",
        "en": "the file to write (default: the first bank's name with the format's ending)",
    },
    "exchange.export.done": {
        "de": "{path}: {questions} geschrieben, {skipped} ausgelassen",
        "en": "{path}: {questions} written, {skipped} left out",
    },
    "exchange.export.lost.tags": {
        "de": "{format} kennt keine Schlagwörter: {count} Fragen sind ohne ihre geschrieben.",
        "en": "{format} has no tags: {count} questions were written without theirs.",
    },
    "exchange.export.lost.difficulty": {
        "de": "{format} kennt keine Schwierigkeit: {count} Fragen sind ohne sie geschrieben.",
        "en": "{format} has no difficulty: {count} questions were written without it.",
    },
    "exchange.export.lost.explanation": {
        "de": "{format} kennt keine Erklärung: {count} Fragen sind ohne sie geschrieben.",
        "en": "{format} has no explanation: {count} questions were written without it.",
    },
    "exchange.export.nothing": {
        "de": "Keine der Fragen passt in das Format {format}; es wurde nichts geschrieben.",
        "en": "None of the questions fits the format {format}; nothing was written.",
    },
    "exchange.export.unknown_bank": {
        "de": "Einen Katalog „{bank}“ gibt es nicht. Gib seinen Namen (quiz validate zeigt "
        "alle) oder den Pfad einer .yaml-Datei an.",
        "en": "There is no bank “{bank}”. Give its name (quiz validate lists them) or the path "
        "of a .yaml file.",
    },
    "exchange.export.bad_banks": {
        "de": "{errors} in den Katalogen; behebe sie zuerst (siehe oben).",
        "en": "{errors} in the banks; fix them first (see above).",
    },
    # -- reading files -------------------------------------------------------------------------
    "exchange.input.too_large": {
        "de": "{path} ist größer als {limit_mb} MB. Teile die Datei auf.",
        "en": "{path} is larger than {limit_mb} MB. Split the file.",
    },
    "exchange.input.unreadable": {
        "de": "{path} lässt sich nicht lesen ({reason}).",
        "en": "{path} cannot be read ({reason}).",
    },
    "exchange.input.binary": {
        "de": "{path} ist keine Textdatei (sie enthält Nullbytes). Gib die Text- oder "
        "JSON-Datei an, nicht eine Tabelle oder ein Archiv.",
        "en": "{path} is not a text file (it holds NUL bytes). Give the text or JSON file, not "
        "a spreadsheet or an archive.",
    },
    "exchange.input.not_utf8": {
        "de": "{path}:{line}: Die Datei ist nicht UTF-8. Speichere sie als UTF-8 (oder UTF-16 "
        "mit BOM) und versuche es noch einmal.",
        "en": "{path}:{line}: The file is not UTF-8. Save it as UTF-8 (or UTF-16 with a BOM) "
        "and try again.",
    },
    "exchange.input.too_deep": {
        "de": "Die JSON-Daten sind zu tief verschachtelt; das ist keine OpenTDB-Antwort.",
        "en": "The JSON is nested too deeply; this is not an OpenTDB response.",
    },
    "exchange.output.exists": {
        "de": "{path} gibt es schon. Wähle mit -o eine andere Datei oder ersetze sie mit --force.",
        "en": "{path} already exists. Choose another file with -o or replace it with --force.",
    },
    "exchange.output.unwritable": {
        "de": "{path} lässt sich nicht schreiben ({reason}).",
        "en": "{path} cannot be written ({reason}).",
    },
    # -- GIFT ----------------------------------------------------------------------------------
    "exchange.gift.description": {
        "de": "Text ohne Antwortblock in geschweiften Klammern (eine Beschreibung): ausgelassen.",
        "en": "Text without a block of answers in curly brackets (a description): skipped.",
    },
    "exchange.gift.essay": {
        "de": "Freitextfrage (leere geschweifte Klammern): hat keine Antwort, die sich prüfen lässt; "
        "ausgelassen.",
        "en": "Essay question (empty curly brackets): it has no answer to check; skipped.",
    },
    "exchange.gift.matching": {
        "de": "Zuordnungsfrage (->): gibt es hier nicht; ausgelassen.",
        "en": "Matching question (->): not a type of ours; skipped.",
    },
    "exchange.gift.partial_credit": {
        "de": "Auswahl mit Teilpunkten (%…%): hier zählt genau eine richtige Auswahl; ausgelassen.",
        "en": "Choices with partial credit (%…%): here exactly one choice is right; skipped.",
    },
    "exchange.gift.partial_dropped": {
        "de": "{count} Antwort(en) mit Teilpunkten (%…%) weggelassen; die voll richtigen bleiben.",
        "en": "{count} answer(s) with partial credit (%…%) left out; the fully right ones stay.",
    },
    "exchange.gift.several_right": {
        "de": "Mehrere richtige Auswahlen: hier zählt genau eine; ausgelassen.",
        "en": "Several right choices: here exactly one counts; skipped.",
    },
    "exchange.gift.no_right_answer": {
        "de": "Keine richtige Antwort (=…): ausgelassen.",
        "en": "No right answer (=…): skipped.",
    },
    "exchange.gift.no_answers": {
        "de": "Keine Antworten zwischen den geschweiften Klammern: ausgelassen.",
        "en": "No answers between the curly brackets: skipped.",
    },
    "exchange.gift.no_prompt": {
        "de": "Die Frage hat keinen Text: ausgelassen.",
        "en": "The question has no text: skipped.",
    },
    "exchange.gift.choice_count": {
        "de": "{count} Auswahlen; höchstens {max} sind möglich: ausgelassen.",
        "en": "{count} choices; at most {max} are possible: skipped.",
    },
    "exchange.gift.duplicate_choices": {
        "de": "Zwei Auswahlen sind gleich (Groß- und Kleinschreibung zählen nicht): ausgelassen.",
        "en": "Two choices are the same (case does not count): skipped.",
    },
    "exchange.gift.bad_number": {
        "de": "„{value}“ ist keine Zahl, kein Bereich (a..b) und keine Zahl mit Toleranz (a:b): "
        "ausgelassen.",
        "en": "“{value}” is no number, range (a..b) or number with a tolerance (a:b): skipped.",
    },
    "exchange.gift.unclosed_title": {
        "de": "Der Titel ::… wird nicht mit :: geschlossen: ausgelassen.",
        "en": "The title ::… is not closed with ::: skipped.",
    },
    "exchange.gift.unclosed_answers": {
        "de": "Die geschweifte Klammer der Antworten wird nicht geschlossen: ausgelassen.",
        "en": "The curly bracket of the answers is not closed: skipped.",
    },
    # -- OpenTDB -------------------------------------------------------------------------------
    "exchange.opentdb.not_json": {
        "de": "Zeile {line}: kein gültiges JSON. Gib die Antwort der OpenTDB-API unverändert an.",
        "en": "line {line}: not valid JSON. Give the OpenTDB API's response as it came.",
    },
    "exchange.opentdb.no_results": {
        "de": "Keine Liste „results“: das ist keine Antwort der OpenTDB-API.",
        "en": "No “results” list: this is not an OpenTDB API response.",
    },
    "exchange.opentdb.not_a_question": {
        "de": "Frage {number}: Frage oder richtige Antwort fehlt oder ist kein Text; ausgelassen.",
        "en": "question {number}: the question or its right answer is missing or not text; "
        "skipped.",
    },
    "exchange.opentdb.bad_boolean": {
        "de": "Frage {number}: „{value}“ ist weder True noch False; ausgelassen.",
        "en": "question {number}: “{value}” is neither True nor False; skipped.",
    },
    "exchange.opentdb.unknown_type": {
        "de": "Frage {number}: unbekannte Art „{value}“; ausgelassen.",
        "en": "question {number}: unknown type “{value}”; skipped.",
    },
    "exchange.opentdb.choice_count": {
        "de": "Frage {number}: {count} verschiedene Antworten; 2 bis 6 sind möglich; ausgelassen.",
        "en": "question {number}: {count} different answers; 2 to 6 are possible; skipped.",
    },
    "exchange.opentdb.duplicate_choices": {
        "de": "Frage {number}: zwei Antworten sind gleich; ausgelassen.",
        "en": "question {number}: two answers are the same; skipped.",
    },
    "exchange.opentdb.no_fill_in": {
        "de": "OpenTDB kennt keine Fragen zum Eintippen: ausgelassen.",
        "en": "OpenTDB has no typed answers: left out.",
    },
    # -- CSV/TSV -------------------------------------------------------------------------------
    "exchange.csv.broken": {
        "de": "Zeile {line}: die CSV-Datei ist beschädigt ({reason}).",
        "en": "line {line}: the CSV file is broken ({reason}).",
    },
    "exchange.csv.no_answer": {
        "de": "Frage oder Antwort fehlt (Spalte 1: Frage, 2: Antwort, dann falsche Antworten): "
        "ausgelassen.",
        "en": "The question or the answer is missing (column 1: question, 2: answer, then wrong "
        "answers): skipped.",
    },
    "exchange.csv.too_long": {
        "de": "Ein Feld ist länger als {limit} Zeichen: ausgelassen.",
        "en": "A field is longer than {limit} characters: skipped.",
    },
    "exchange.csv.choice_count": {
        "de": "{count} Antworten; höchstens {max} sind möglich: ausgelassen.",
        "en": "{count} answers; at most {max} are possible: skipped.",
    },
    "exchange.csv.duplicate_choices": {
        "de": "Zwei Antworten sind gleich: ausgelassen.",
        "en": "Two answers are the same: skipped.",
    },
    "exchange.gift.arrow_in_answer": {
        "de": "Eine Antwort enthält „->“, das GIFT als Zuordnungsfrage liest (und nicht "
        "maskieren kann); ausgelassen.",
        "en": "An answer contains “->”, which GIFT reads as a matching question (and cannot "
        "escape); left out.",
    },
    # -- Kahoot --------------------------------------------------------------------------------
    "exchange.kahoot.fill_in": {
        "de": "Kahoot kennt nur Auswahl- und Wahr/Falsch-Fragen: ausgelassen.",
        "en": "Kahoot has multiple choice and true/false only: left out.",
    },
    "exchange.kahoot.question_too_long": {
        "de": "Die Frage hat {length} Zeichen; Kahoot erlaubt {limit}: ausgelassen.",
        "en": "The question has {length} characters; Kahoot allows {limit}: left out.",
    },
    "exchange.kahoot.too_many_answers": {
        "de": "{count} Auswahlen; Kahoot erlaubt {limit}: ausgelassen.",
        "en": "{count} choices; Kahoot allows {limit}: left out.",
    },
    "exchange.kahoot.answer_too_long": {
        "de": "Eine Auswahl hat {length} Zeichen; Kahoot erlaubt {limit}: ausgelassen.",
        "en": "A choice has {length} characters; Kahoot allows {limit}: left out.",
    },
}

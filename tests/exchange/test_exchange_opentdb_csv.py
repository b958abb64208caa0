"""OpenTDB responses in every encoding the API offers, and CSV/TSV as Quizlet writes it."""

from __future__ import annotations

import base64
import html
import json
from urllib.parse import quote, quote_plus

import pytest

from quiz.banks.model import Bank, QuestionType
from quiz.exchange.delimited import Delimited
from quiz.exchange.opentdb import OpenTdb
from tests.exchange.helpers import FIXTURES, loaded, run

DEFAULT = FIXTURES / "opentdb-default.json"
QUIZLET = FIXTURES / "quizlet-export.txt"

_FIELDS = ("type", "difficulty", "category", "question", "correct_answer")


def plain_results() -> list[dict]:
    """The fixture as the text it means (what every encoding encodes)."""
    results = json.loads(DEFAULT.read_text(encoding="utf-8"))["results"]
    return [
        {
            **{name: html.unescape(item[name]) for name in _FIELDS},
            "incorrect_answers": [html.unescape(a) for a in item["incorrect_answers"]],
        }
        for item in results
    ]


def encoded(encode) -> str:
    results = [
        {
            **{name: encode(item[name]) for name in _FIELDS},
            "incorrect_answers": [encode(a) for a in item["incorrect_answers"]],
        }
        for item in plain_results()
    ]
    return json.dumps({"response_code": 0, "results": results})


ENCODINGS = {
    "default": None,
    "urlLegacy": quote_plus,  # PHP urlencode: spaces as +
    "url3986": lambda text: quote(text, safe="-_.~"),  # PHP rawurlencode
    "base64": lambda text: base64.b64encode(text.encode("utf-8")).decode("ascii"),
}


@pytest.mark.parametrize("encoding", ENCODINGS)
def test_every_encoding_of_the_api_gives_the_same_questions(encoding):
    encode = ENCODINGS[encoding]
    text = DEFAULT.read_text(encoding="utf-8") if encode is None else encoded(encode)
    result = OpenTdb().read(text, "trivia")
    assert result.notices == []
    tin_man, gold, paris, wall = result.questions
    assert tin_man.prompt == 'In "The Wizard of Oz", what does the Tin Man want from the Wizard?'
    assert tin_man.type is QuestionType.MULTIPLE_CHOICE
    assert tin_man.choices == ("A brain", "A heart", "A way home", "Courage")  # sorted
    assert (tin_man.answer, tin_man.difficulty, tin_man.tags) == (
        "A heart",
        2,
        ("entertainment-books",),
    )
    assert (gold.type, gold.answer, gold.tags) == (
        QuestionType.TRUE_FALSE,
        "true",
        ("science-nature",),
    )
    assert paris.prompt == "Which city is known as 'La Ville Lumière'?"
    assert paris.difficulty == 3
    assert (wall.type, wall.answer, wall.difficulty) == (QuestionType.TRUE_FALSE, "false", 2)
    assert result.language == "en"


def test_broken_entries_are_reported_and_the_rest_kept():
    results = [
        {"type": "multiple", "question": "Q?", "correct_answer": "a", "incorrect_answers": ["a"]},
        {"type": "puzzle", "question": "Q?", "correct_answer": "a"},
        {"type": "boolean", "question": "Q?", "correct_answer": "Maybe"},
        {"type": "multiple", "question": {"nested": 1}, "correct_answer": "a"},
        "not a question",
        {
            "type": "multiple",
            "question": "Fine?",
            "correct_answer": "a",
            "incorrect_answers": ["b"],
        },
    ]
    result = OpenTdb().read(json.dumps({"results": results}), "t")
    assert [q.prompt for q in result.questions] == ["Fine?"]
    assert [(n.key.rsplit(".", 1)[1], n.values["number"]) for n in result.notices] == [
        ("choice_count", 1),
        ("unknown_type", 2),
        ("bad_boolean", 3),
        ("not_a_question", 4),
        ("not_a_question", 5),
    ]


def test_our_export_reads_back_as_the_same_questions(tmp_path, capsys):
    first = tmp_path / "trivia.yaml"
    assert run(capsys, "import", str(DEFAULT), "-o", str(first))[0] == 0
    bank = loaded(first)
    data = OpenTdb().write([bank]).data.decode("utf-8")
    back = OpenTdb().read(data, "trivia").questions
    assert [(q.type, q.prompt, q.answer, q.choices, q.difficulty) for q in back] == [
        (q.type, q.prompt, q.answer, q.choices, q.difficulty) for q in bank.questions
    ]
    assert json.loads(data)["results"][0]["question"].startswith("In &quot;The Wizard")


def test_fill_in_questions_cannot_go_to_opentdb_and_are_reported(capsys, tmp_path):
    target = tmp_path / "oz.json"
    code, out, _ = run(capsys, "export", "oz-staffel-1", "--format", "opentdb", "-o", str(target))
    assert code == 0
    assert "OpenTDB has no typed answers: left out." in out
    written = json.loads(target.read_text(encoding="utf-8"))["results"]
    assert written and all(item["type"] == "multiple" for item in written)


# -- CSV and tab-separated text ----------------------------------------------------------------


def test_a_quizlet_export_becomes_fill_in_questions(tmp_path, capsys):
    target = tmp_path / "vokabeln.yaml"
    code, out, _ = run(
        capsys, "import", str(QUIZLET), "--format", "csv", "--language", "de", "-o", str(target)
    )
    assert code == 0, out
    bank = loaded(target)
    assert bank.language == "de"
    assert [(q.type, q.prompt, q.answer) for q in bank.questions] == [
        (QuestionType.FILL_IN, "Hauptstadt von Frankreich", "Paris"),
        (QuestionType.FILL_IN, "Wie viele Beine hat eine Spinne?", "8"),
        (QuestionType.FILL_IN, "Wer schrieb „Faust“?", "Goethe"),
    ]


def test_csv_with_a_header_quotes_and_wrong_answers_gives_multiple_choice():
    text = (
        "question,answer,wrong 1,wrong 2\n"
        '"Paris, Texas or Paris, France?","Paris, France","Paris, Texas"\n'
        "Rot oder Blau?,Rot,Blau,Grün\n"
        "Nur eine Frage\n"
        "A?,a,A\n"
    )
    result = Delimited().read(text, "liste")
    first, second = result.questions
    assert (first.type, first.answer, first.choices) == (
        QuestionType.MULTIPLE_CHOICE,
        "Paris, France",
        ("Paris, France", "Paris, Texas"),
    )
    assert second.choices == ("Blau", "Grün", "Rot")
    assert [(n.line, n.key) for n in result.notices] == [
        (4, "exchange.csv.no_answer"),
        (5, "exchange.csv.duplicate_choices"),
    ]


def test_semicolons_as_german_spreadsheets_write_them():
    result = Delimited().read("Frage;Antwort\n1 + 1?;2\n", "rechnen")
    (question,) = result.questions
    assert (question.prompt, question.answer) == ("1 + 1?", "2")


def test_imported_banks_play_to_the_end(tmp_path, capsys):
    """A new user's path: import three files, validate, and play them in plain mode."""
    import io

    from quiz.plain import run_plain
    from quiz.play.clock import FakeClock
    from quiz.play.game import open_session
    from quiz.play.model import SessionSettings
    from quiz.scores.store import ScoreStore

    folder = tmp_path / "questions"
    for source in (DEFAULT, QUIZLET, FIXTURES / "moodle-examples.gift"):
        fmt = ["--format", "csv"] if source.suffix == ".txt" else []
        assert run(capsys, "--questions", str(folder), "import", str(source), *fmt)[0] == 0
    code, out, _ = run(capsys, "validate", str(folder))
    assert code == 0, out
    store = ScoreStore(tmp_path / "scores.json")
    banks = sorted(path.stem for path in folder.glob("*.yaml"))
    settings = SessionSettings(in_order=True, player="Neu", count=None)
    session, _ = open_session([folder], banks, settings, store, FakeClock())
    answers = []
    for bank_name in banks:
        bank: Bank = loaded(folder / f"{bank_name}.yaml")
        answers += [q.answer for q in bank.questions]
    out_stream = io.StringIO()
    assert (
        run_plain(session, store, stdin=io.StringIO("\n".join(answers) + "\n"), stdout=out_stream)
        == 0
    )
    result = session.result()
    assert result.total == len(answers) and result.correct == len(answers), out_stream.getvalue()


def test_imported_banks_pass_the_json_schema_editors_use(tmp_path, capsys):
    import yaml
    from jsonschema import Draft202012Validator

    from quiz.banks.format import SCHEMA_PATH

    validator = Draft202012Validator(json.loads(SCHEMA_PATH.read_text(encoding="utf-8")))
    for source in (DEFAULT, QUIZLET, FIXTURES / "moodle-examples.gift"):
        target = tmp_path / f"{source.stem}.yaml"
        fmt = ["--format", "csv"] if source.suffix == ".txt" else []
        assert run(capsys, "import", str(source), *fmt, "-o", str(target))[0] == 0
        data = yaml.safe_load(target.read_text(encoding="utf-8"))
        assert [error.message for error in validator.iter_errors(data)] == [], source.name


def test_a_txt_file_is_gift_or_quizlet_by_what_it_holds(tmp_path, capsys):
    quizlet = tmp_path / "quizlet.txt"
    quizlet.write_bytes(QUIZLET.read_bytes())
    gift = tmp_path / "moodle.txt"
    gift.write_text("::a:: Frage? {=ja ~nein}\n", encoding="utf-8")
    for source, kind in ((quizlet, QuestionType.FILL_IN), (gift, QuestionType.MULTIPLE_CHOICE)):
        target = tmp_path / f"{source.stem}.yaml"
        assert run(capsys, "import", str(source), "-o", str(target))[0] == 0
        assert loaded(target).questions[0].type is kind


def test_an_archive_over_the_size_limit_is_imported_as_several_banks(tmp_path, capsys, monkeypatch):
    from quiz.banks.loader import index_banks
    from quiz.exchange import bankfile

    source = tmp_path / "gross.txt"
    rows = [f"Frage Nummer {number} mit etwas Text?\tAntwort {number}" for number in range(300)]
    source.write_text("\n".join(rows) + "\n", encoding="utf-8")
    monkeypatch.setattr(bankfile, "MAX_FILE_BYTES", 10_000)  # the loader keeps its 20 MB
    folder = tmp_path / "questions"
    code, out, _ = run(capsys, "--questions", str(folder), "import", str(source), "--format", "csv")
    assert code == 0, out
    parts = sorted(folder.glob("gross-*.yaml"))
    assert len(parts) > 2 and not (folder / "gross.yaml").exists()
    assert all(path.stat().st_size <= 10_000 for path in parts)
    catalogue = index_banks([folder])
    catalogue.close()
    assert not catalogue.errors
    assert sum(bank.total for bank in catalogue.banks) == 300
    assert catalogue.banks[0].title.endswith(f"(1/{len(parts)})")

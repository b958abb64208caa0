"""Hostile files for every importer, and files that must never be replaced: one clear line,
a non-zero exit, no traceback, nothing written or lost."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from quiz.banks import format as bank_format
from tests.exchange.helpers import FIXTURES, loaded, run

SUFFIXES = {"gift": ".gift", "opentdb": ".json", "csv": ".csv"}
GOOD = {
    "gift": "::a:: Frage? {=ja ~nein}\n",
    "opentdb": json.dumps(
        {"results": [{"type": "boolean", "question": "Q?", "correct_answer": "True"}]}
    ),
    "csv": "Frage?,Antwort\n",
}


def import_file(capsys, path: Path, *extra: str):
    target = path.with_name("out.yaml")
    code, out, err = run(capsys, "import", str(path), "-o", str(target), *extra)
    return code, out, err, target


def assert_refused(code: int, err: str, target: Path, *words: str) -> None:
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("quiz: error: "), err
    assert "Traceback" not in err
    assert all(word in err for word in words), err
    assert not target.exists()


@pytest.mark.parametrize("fmt", SUFFIXES)
def test_a_binary_file_is_refused(tmp_path, capsys, fmt):
    path = tmp_path / f"bild{SUFFIXES[fmt]}"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, _, err, target = import_file(capsys, path)
    assert_refused(code, err, target, str(path), "not a text file")


@pytest.mark.parametrize("fmt", SUFFIXES)
def test_a_file_in_another_encoding_names_its_line(tmp_path, capsys, fmt):
    path = tmp_path / f"latin{SUFFIXES[fmt]}"
    path.write_bytes(GOOD[fmt].encode("utf-8") + "\nGrüße?,ja\n".encode("latin-1"))
    code, _, err, target = import_file(capsys, path, "--format", fmt)
    assert_refused(code, err, target, "is not UTF-8", ":3:" if fmt != "opentdb" else ":")


@pytest.mark.parametrize("fmt", SUFFIXES)
def test_utf16_with_a_byte_order_mark_is_read(tmp_path, capsys, fmt):
    path = tmp_path / f"unicode{SUFFIXES[fmt]}"
    path.write_bytes(codecs.BOM_UTF16_LE + GOOD[fmt].encode("utf-16-le"))
    code, out, err, target = import_file(capsys, path, "--language", "de")
    assert (code, err) == (0, ""), out
    assert len(loaded(target).questions) == 1


@pytest.mark.parametrize("fmt", SUFFIXES)
def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path, capsys, fmt):
    path = tmp_path / f"gross{SUFFIXES[fmt]}"
    with path.open("wb") as handle:
        handle.truncate(bank_format.MAX_FILE_BYTES + 1)  # sparse: no real 20 MB written
    code, _, err, target = import_file(capsys, path)
    assert_refused(code, err, target, "is larger than 20 MB")


@pytest.mark.parametrize("fmt", SUFFIXES)
def test_an_empty_file_writes_nothing(tmp_path, capsys, fmt):
    path = tmp_path / f"leer{SUFFIXES[fmt]}"
    path.write_text("", encoding="utf-8")
    code, _, err, target = import_file(capsys, path)
    assert_refused(code, err, target, str(path))


def test_deep_json_is_refused(tmp_path, capsys):
    path = tmp_path / "tief.json"
    path.write_text("[" * 200_000 + "]" * 200_000, encoding="utf-8")
    code, _, err, target = import_file(capsys, path)
    assert_refused(code, err, target, "nested too deeply")


@pytest.mark.parametrize(
    ("text", "words"),
    [('{"results": [', "not valid JSON"), ('{"response_code": 1}', "No “results” list")],
)
def test_json_that_is_no_opentdb_response(tmp_path, capsys, text, words):
    path = tmp_path / "kaputt.json"
    path.write_text(text, encoding="utf-8")
    code, _, err, target = import_file(capsys, path)
    assert_refused(code, err, target, words)


def test_an_endless_gift_block_and_a_huge_csv_field(tmp_path, capsys):
    gift = tmp_path / "offen.gift"
    gift.write_text("Frage? {=a ~b " + "~c " * 100_000, encoding="utf-8")
    code, out, err, target = import_file(capsys, gift)
    assert_refused(code, err, target, "no question that can be imported")
    assert "not closed" in out
    big = tmp_path / "breit.csv"
    big.write_text('"' + "x" * 200_000 + '",a\nFrage?,Antwort\n', encoding="utf-8")
    code, out, err, target = import_file(capsys, big)
    assert code == 1 and "Traceback" not in err and err.count("\n") == 1
    assert not target.exists()


def test_an_unknown_ending_asks_for_the_format(tmp_path, capsys):
    path = tmp_path / "fragen.docx"
    path.write_text("x", encoding="utf-8")
    code, _, err, target = import_file(capsys, path)
    assert_refused(code, err, target, "Give --format (gift, opentdb, csv)")


# -- never overwrite -------------------------------------------------------------------------


def test_an_existing_bank_is_kept_without_force_and_replaced_with_it(tmp_path, capsys):
    target = tmp_path / "moodle.yaml"
    target.write_text("# my own bank, edited by hand\n", encoding="utf-8")
    source = FIXTURES / "moodle-examples.gift"
    code, _, err = run(capsys, "import", str(source), "-o", str(target))
    assert code == 1 and "already exists" in err and "--force" in err
    assert target.read_text(encoding="utf-8") == "# my own bank, edited by hand\n"
    code, _, err = run(capsys, "import", str(source), "-o", str(target), "--force")
    assert (code, err) == (0, "")
    assert len(loaded(target).questions) == 15


def test_an_existing_export_is_kept_without_force(tmp_path, capsys):
    target = tmp_path / "oz.gift"
    target.write_text("keep me", encoding="utf-8")
    code, _, err = run(capsys, "export", "oz-staffel-1", "--format", "gift", "-o", str(target))
    assert code == 1 and "already exists" in err
    assert target.read_text(encoding="utf-8") == "keep me"


def test_export_names_an_unknown_bank_and_refuses_a_broken_one(tmp_path, capsys):
    code, _, err = run(capsys, "export", "gibt-es-nicht", "--format", "gift")
    assert code == 1 and "There is no bank “gibt-es-nicht”" in err
    broken = tmp_path / "kaputt.yaml"
    broken.write_text("title: K\nlanguage: de\nquestions:\n  - id: k\n    prompt: P\n", "utf-8")
    target = tmp_path / "k.gift"
    code, out, err = run(capsys, "export", str(broken), "--format", "gift", "-o", str(target))
    assert code == 1 and "The question has no answer" in out and "fix them first" in err
    assert not target.exists()


def test_the_default_output_is_the_users_own_banks_folder(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no ./questions here
    code, out, _ = run(capsys, "import", str(FIXTURES / "opentdb-default.json"))
    assert code == 0, out
    from quiz import locations

    target = locations.user_banks_dir() / "opentdb-default.yaml"
    assert len(loaded(target).questions) == 4


def test_an_import_into_the_games_folders_does_not_add_a_second_bank_of_a_name(
    tmp_path, capsys, monkeypatch
):
    monkeypatch.chdir(tmp_path)  # the game's folders: the bundled banks and the user's own
    source = tmp_path / "beispiel.gift"
    source.write_text("::a:: Frage? {=ja ~nein}\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(source))
    assert code == 1 and "There is a bank “beispiel” already" in err and "-o" in err
    code, _, err = run(capsys, "import", str(source), "-o", str(tmp_path / "beispiel.yaml"))
    assert (code, err) == (0, "")  # outside the game's folders: no clash

"""Hostile and broken bank files: each ends in one clear Problem, never an exception."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quiz.banks import format as bank_format
from quiz.banks.loader import load_bank_file, load_banks
from quiz.banks.model import Severity
from quiz.cli import main
from quiz.i18n import t

GOOD = (
    "title: Gut\nlanguage: de\nquestions:\n"
    '  - id: g-1\n    prompt: "Größte Stadt?"\n    answer: Berlin\n'
)


def billion_laughs(levels: int = 9) -> str:
    lines = ['lol0: &lol0 "lol"']
    for level in range(1, levels + 1):
        previous = ", ".join([f"*lol{level - 1}"] * 10)
        lines.append(f"lol{level}: &lol{level} [{previous}]")
    lines.append(f"title: *lol{levels}")
    return "\n".join(lines) + "\n"


HOSTILE = [
    # (id, file bytes, the message must contain, line)
    (
        "python-object",
        b"title: !!python/object/apply:os.system ['echo owned']\n",
        "Python object",
        1,
    ),
    (
        "python-name",
        b"title: x\nlanguage: de\nquestions: !!python/name:os.system\n",
        "Python object",
        3,
    ),
    ("python-module-key", b"? !!python/module:os\n: x\n", "Python object", 1),
    ("billion-laughs", billion_laughs().encode(), "aliases", 5),
    ("recursive-alias", b"title: &a [*a]\n", "*a", 1),
    ("deep-flow-nesting", b"title: " + b"[" * 100_000 + b"]" * 100_000 + b"\n", "nested", 1),
    ("deep-mixed-nesting", b"title: " + b"[{a: " * 60 + b"}]" * 60 + b"\n", "nested", 1),
    (
        "deep-block-nesting",
        "".join(f"{'  ' * depth}k{depth}:\n" for depth in range(200)).encode(),
        "nested",
        51,
    ),
    ("binary-bytes", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "UTF-8", 1),
    ("nul-bytes", GOOD.encode() + b"\x00\x00\x00", "NUL", 7),
    ("latin-1", GOOD.replace("Größte", "Gr\xf6\xdfte").encode("latin-1"), "UTF-8", 5),
    ("utf-16", GOOD.encode("utf-16"), "UTF-8", 1),
    ("tabs", GOOD.replace("    prompt", "\tprompt").encode(), "tab", 5),
    ("duplicate-keys", (GOOD + "    answer: Hamburg\n").encode(), "line 6", 7),
    ("a-list", b"- eins\n- zwei\n", "mapping with title, language and questions", 1),
    ("a-string", b"nur ein Satz\n", "mapping with title, language and questions", 1),
    ("a-number", b"42\n", "mapping with title, language and questions", 1),
    ("empty", b"", "empty", 1),
    ("control-characters", b"title: x\nlanguage: \x1b[31mrot\x07\n", "U+001B", 2),
    ("two-documents", (GOOD + "---\n" + GOOD).encode(), "documents", 7),
    ("unknown-tag", b"title: !include geheim.yaml\n", "!include", 1),
]


@pytest.mark.parametrize(
    ("content", "needle", "line"), [case[1:] for case in HOSTILE], ids=[case[0] for case in HOSTILE]
)
def test_hostile_input_gives_one_clear_error_and_no_bank(tmp_path, content, needle, line):
    path = tmp_path / "boese.yaml"
    path.write_bytes(content)
    bank, problems = load_bank_file(path)
    assert bank is None
    errors = [p for p in problems if p.severity is Severity.ERROR]
    assert errors, problems
    first = errors[0]
    assert needle in first.message
    if needle == "nested":  # our own guard, not a library's stop, says so
        assert first.message == t("banks.yaml.too_deep", limit=bank_format.MAX_DEPTH)
    assert (first.file, first.line) == (str(path), line)
    assert "Traceback" not in str(first)


def test_a_python_tag_never_runs_anything(tmp_path):
    marker = tmp_path / "owned"
    path = tmp_path / "boese.yaml"
    path.write_text(
        f"title: !!python/object/apply:os.system ['touch {marker}']\nlanguage: de\nquestions: []\n",
        encoding="utf-8",
    )
    load_bank_file(path)
    load_banks([tmp_path])
    assert not marker.exists()


def test_a_100_mb_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "riesig.yaml"
    with path.open("wb") as handle:  # sparse: no 100 MB written to the disk
        handle.truncate(100 * 1024 * 1024)
    bank, [problem] = load_bank_file(path)
    assert bank is None
    assert "100.0 MB" in problem.message and "20.0 MB" in problem.message


def test_the_size_limit_is_checked_on_the_bytes_actually_read(tmp_path, monkeypatch):
    monkeypatch.setattr(bank_format, "MAX_FILE_BYTES", 64)
    path = tmp_path / "gross.yaml"
    path.write_text(GOOD, encoding="utf-8")
    bank, [problem] = load_bank_file(path)
    assert bank is None
    assert "at most 0.0 MB" in problem.message


def test_a_byte_order_mark_is_fine(tmp_path):
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    bank, problems = load_bank_file(path)
    assert problems == []
    assert bank.title == "Gut"


def test_latin_1_names_the_byte_and_says_to_save_as_utf_8(tmp_path):
    path = tmp_path / "latin.yaml"
    path.write_bytes(GOOD.replace("Größte", "Gr\xf6\xdfte").encode("latin-1"))
    _, [problem] = load_bank_file(path)
    assert "0xF6" in problem.message and "Save it as UTF-8" in problem.message
    assert (problem.line, problem.column) == (5, 16)


def test_an_unreadable_file_is_a_problem_not_a_crash(tmp_path):
    path = tmp_path / "ordner.yaml"
    path.mkdir()
    bank, [problem] = load_bank_file(path)
    assert bank is None and "cannot be read" in problem.message


def test_an_unexpected_failure_becomes_a_problem_of_that_file(tmp_path, monkeypatch):
    from quiz.banks import validation

    (tmp_path / "a.yaml").write_text(GOOD, encoding="utf-8")
    (tmp_path / "b.yaml").write_text(GOOD.replace("g-1", "g-2"), encoding="utf-8")
    real = validation.check_bank

    def explode_for_a(root, name, shown):
        if name == "a":
            raise RuntimeError("boom")
        return real(root, name, shown)

    monkeypatch.setattr(validation, "check_bank", explode_for_a)
    report = load_banks([tmp_path])
    assert [bank.name for bank in report.banks] == ["b"]
    [problem] = report.errors
    assert problem.file == str(tmp_path / "a.yaml") and "RuntimeError: boom" in problem.message


def test_quiz_validate_reports_hostile_files_and_exits_1(tmp_path, capsys):
    for name, content, _, _ in HOSTILE:
        (tmp_path / f"{name}.yaml").write_bytes(content)
    assert main(["validate", str(tmp_path)]) == 1
    output = capsys.readouterr().out
    for name, _, _, line in HOSTILE:
        assert f"{tmp_path / name}.yaml:{line}" in output


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_any_text_gives_problems_never_an_exception(tmp_path, text):
    path = tmp_path / "zufall.yaml"
    path.write_text(text, encoding="utf-8")
    bank, problems = load_bank_file(path)
    assert bank is not None or any(p.severity is Severity.ERROR for p in problems)
    assert all(str(p).startswith(str(path)) for p in problems)


YAMLISH = st.lists(
    st.sampled_from(
        [
            "title: x\n",
            "language: de\n",
            "questions:\n",
            "  - id: a\n",
            "    prompt: p\n",
            "    answer: 1\n",
            "    choices: [a, b]\n",
            "    type: fill_in\n",
            "  - &x {id: b}\n",
            "  - *x\n",
            "    <<: *x\n",
            "\t",
            "- ",
            "[",
            "]",
            "{",
            "}",
            ": ",
            "&a ",
            "*a ",
            "!!python/name:os.system ",
            '"',
            "'",
            "#",
            "\n",
            "yes",
            "0x1F",
            "~",
            "? ",
        ]
    ),
    max_size=40,
).map("".join)


@settings(
    max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=YAMLISH)
def test_yaml_like_text_gives_problems_never_an_exception(tmp_path, text):
    path = tmp_path / "zufall.yaml"
    path.write_text(text, encoding="utf-8")
    bank, problems = load_bank_file(path)
    assert bank is not None or any(p.severity is Severity.ERROR for p in problems)
    assert not any("could not be loaded" in p.message for p in problems)


def test_brackets_in_text_and_quotes_are_not_nesting(tmp_path):
    """The depth guard counts only brackets that open a value: text full of brackets loads."""
    path = tmp_path / "klammern.yaml"
    opened = "[" * (bank_format.MAX_DEPTH + 10)
    path.write_text(
        "title: Klammern\nlanguage: de\nquestions:\n"
        f"  - id: k-1\n    prompt: \"Was ist {opened}?\"\n    answer: 'a{opened}'\n"
        f"  - id: k-2\n    prompt: Text mit {opened} mitten drin\n    answer: b  # {opened}\n",
        encoding="utf-8",
    )
    bank, problems = load_bank_file(path)
    assert bank is not None, problems
    assert [q.prompt for q in bank.questions][1] == f"Text mit {opened} mitten drin"

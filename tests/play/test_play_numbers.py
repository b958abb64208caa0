import pytest

from quiz.text.numbers import number_words, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("0", 0),
        ("15", 15),
        ("007", 7),
        ("1.000", 1000),
        ("1,000", 1000),
        ("null", 0),
        ("eins", 1),
        ("ein", 1),
        ("eine", 1),
        ("zwo", 2),
        ("fünfzehn", 15),
        ("Fünfzehn", 15),
        ("fuenfzehn", 15),
        ("funfzehn", 15),
        ("sechzehn", 16),
        ("siebzehn", 17),
        ("dreißig", 30),
        ("dreissig", 30),
        ("einundzwanzig", 21),
        ("neunundneunzig", 99),
        ("hundert", 100),
        ("einhundert", 100),
        ("hunderteins", 101),
        ("hundertzwei", 102),
        ("hundertundzwei", 102),
        ("zweihundertfünfundvierzig", 245),
        ("tausend", 1000),
        ("eintausend", 1000),
        ("zero", 0),
        ("one", 1),
        ("fifteen", 15),
        ("twenty-one", 21),
        ("Twenty One", 21),
        ("one hundred and two", 102),
        ("a hundred", 100),
        ("nine hundred ninety-nine", 999),
        ("one thousand", 1000),
    ],
)
def test_parse_number_reads_digits_and_words(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize(
    "text", ["", "  ", "zwanzigeins", "fünfzehnte", "fifteenth", "15a", "Jahre", "1.5", "-3"]
)
def test_parse_number_refuses_what_is_not_one_number(text):
    assert parse_number(text) is None


def test_every_word_form_parses_back_to_its_number():
    for n in range(1001):
        for lang in ("de", "en"):
            for word in number_words(n, lang):
                assert parse_number(word) == n, (word, n)


@pytest.mark.parametrize(
    ("n", "lang", "first"),
    [
        (1, "de", "eins"),
        (15, "de", "fünfzehn"),
        (21, "de", "einundzwanzig"),
        (30, "de", "dreißig"),
        (102, "de", "hundertzwei"),
        (1000, "de", "tausend"),
        (21, "en", "twenty-one"),
        (102, "en", "one hundred and two"),
    ],
)
def test_number_words_gives_the_usual_spelling_first(n, lang, first):
    assert number_words(n, lang)[0] == first


def test_number_words_lists_ein_and_eine_for_one():
    assert number_words(1, "de") == ["eins", "ein", "eine"]


@pytest.mark.parametrize(("n", "lang"), [(-1, "de"), (1001, "en"), (5, "fr")])
def test_number_words_refuses_what_it_cannot_spell(n, lang):
    with pytest.raises(ValueError):
        number_words(n, lang)

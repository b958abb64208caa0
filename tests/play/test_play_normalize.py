import pytest

from quiz.text.normalize import normalize


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Müller", "mueller"),
        ("MÜLLER", "Mueller"),
        ("Straße", "strasse"),
        ("Öl", "oel"),
        ("O’Reily", "O'Reily"),
        ("O’Reily", "OReily"),
        ("„Emerald“", '"emerald"'),
        ("  Twenty-one!  ", "twenty one"),
        ("Jean-Luc   Picard", "jean luc picard"),
        ("Café", "cafe"),
        ("ﬁnal", "final"),  # NFKC: the ligature is two letters
        ("Zu\u0308rich", "Zürich"),  # combining diaeresis = precomposed ü
        ("1.000", "1000"),
        ("...Antwort?!", "antwort"),
    ],
)
def test_spellings_that_must_compare_equal(left, right):
    assert normalize(left) == normalize(right)


@pytest.mark.parametrize(
    ("left", "right"), [("Müller", "Miller"), ("15", "16"), ("Said", "Sad"), ("3.5", "35")]
)
def test_spellings_that_must_stay_apart(left, right):
    assert normalize(left) != normalize(right)

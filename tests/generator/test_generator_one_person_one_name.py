"""Round 9's blind reading on unseen series: a person glued to a role word or to another
person's name, firms read as persons, places and nouns among persons. Invented lines only."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator import analysis


def _persons(*lines: str) -> list[str]:
    who, _sentences, _facts = analysis.analyse(*lines)
    return [person.canonical for person in who.persons]


def test_a_known_full_name_after_a_word_is_that_person_with_a_role():
    # "Metzger" opens the sentence and looks like a surname: the name after it is known.
    persons = _persons(
        "Im Laden von Metzgermeister Arne Kolk fehlt Geld.",
        "Metzger Arne Kolk schenkt den Kindern eine Wurst.",
    )
    assert persons.count("Arne Kolk") == 1
    assert not [name for name in persons if "Metzger" in name]


def test_a_person_after_a_role_word_found_so_is_asked_who():
    lines = (
        "Im Laden von Metzgermeister Arne Kolk fehlen 40 Würste. Kommissarin Ida Brand ermittelt.",
        "Metzger Arne Kolk schenkt den Kindern zum Dank eine Wurst in Form eines Sterns.",
    )
    (bank,) = generate([Synopsis(Path("laden-staffel-1.txt"), "laden-staffel-1.txt", lines)])
    asked = {g.question.prompt: g.question.answer for g in bank.questions}
    assert asked.get("Wer schenkt den Kindern zum Dank eine Wurst in Form eines Sterns?") == (
        "Arne Kolk"
    )


def test_a_surname_before_a_known_name_is_a_person_of_its_own():
    mentions = analysis.mentions(
        "Richter Paul Brandt leitet den Prozess gegen Tom Fiedler.",
        "Am Ende spricht Richter Brandt Tom Fiedler frei.",
    )
    assert ("Brandt", "Paul Brandt") in mentions
    assert ("Tom Fiedler", "Tom Fiedler") in mentions[-2:]
    assert not [written for written, _ in mentions if written == "Brandt Tom Fiedler"]


def test_a_first_name_never_takes_the_surname_of_the_person_before_it():
    # "gesteht Mrs. Quinn Lena Vogt": Mrs. Quinn confesses to Lena Vogt, no "Quinn Lena".
    persons = _persons(
        "Mrs. Ada Quinn beauftragt Dr. Lena Vogt. Ihr Mann Mr. Bob Quinn schweigt.",
        "Lena Vogt bleibt ruhig. Lena ruft Bob Quinn an.",
        "Abends gesteht Mrs. Quinn Lena Vogt ihre Angst.",
    )
    assert sorted(persons) == ["Ada Quinn", "Bob Quinn", "Lena Vogt"]


def test_surnames_joined_by_and_sign_are_a_firm():
    mentions = analysis.mentions(
        "Dr. Lena Vogt und Dr. Jan Roth führen die Kanzlei Vogt & Roth in Kiel.",
        "Am Ende verlässt Jan Roth Vogt & Roth im Streit.",
    )
    assert mentions == [
        ("Lena Vogt", "Lena Vogt"),
        ("Jan Roth", "Jan Roth"),
        ("Jan Roth", "Jan Roth"),
    ]


def test_a_firm_is_neither_a_gap_nor_written_out_as_persons():
    lines = (
        "Anwältin Mara Lind und ihr Partner Dr. Ole Frahm gründen die Kanzlei Lind & Frahm.",
        "Mara Lind übernimmt den Fall der Fischerin Wiebke Sand. Frahm rät ihr ab.",
        "Im Streit verlässt Frahm Lind & Frahm noch am selben Tag.",
    )
    (bank,) = generate([Synopsis(Path("deich-staffel-1.txt"), "deich-staffel-1.txt", lines)])
    for generated in bank.questions:
        prompt = generated.question.prompt
        assert "& ____" not in prompt and "____ &" not in prompt
        assert "Mara Lind & " not in prompt and "& Ole Frahm" not in prompt


def test_a_town_after_a_diminutive_place_noun_is_no_person():
    who, _sentences, _facts = analysis.analyse(
        "Im Fischerstädtchen Kleinsiel verschwindet ein Boot von Fischer Jan Ohm.",
        "Die Kinder Mia und Tom suchen es am Deich von Kleinsiel.",
    )
    assert ("Kleinsiel",) in who.places
    assert "Kleinsiel" not in [person.canonical for person in who.persons]


def test_a_noun_used_once_where_a_name_could_stand_is_no_person():
    # "nur Falschparker aufschreibt": a common noun in a name's place, seen once.
    persons = _persons(
        "Mia und Tom jagen den Dieb, weil die Polizei nur Strandgäste verwarnt.",
        "Mia findet eine Spur. Tom hilft.",
    )
    assert "Strandgäste" not in persons


def test_a_unit_after_a_number_is_no_role():
    persons = _persons("Die Kogge bringt 300 Fass Hering nach Wismar. Schiffer Jan Ohm lacht.")
    assert "Hering" not in persons


def _clozes(*lines: str) -> list[str]:
    synopsis = Synopsis(Path("werft-staffel-1.txt"), "werft-staffel-1.txt", lines)
    (bank,) = generate([synopsis])
    return [g.question.prompt for g in bank.questions]


def test_a_title_of_address_goes_with_the_gap():
    # Where one woman of the series is a "Mrs.", "Mrs. ____" has one candidate.
    prompts = _clozes(
        "Der Reeder Mr. Tom Hale kauft die Werft von Meister Jan Ohm in Kiel.",
        "Seine Frau Mrs. Ruth Hale bezahlt Meister Ohm mit einem Scheck über 400 Euro.",
        "Jan Ohm zeigt Mr. Hale die alte Kogge, und Ruth Hale lacht.",
    )
    assert prompts
    for title in ("Mr.", "Mrs."):
        assert not [prompt for prompt in prompts if f"{title} ____" in prompt]
    assert not [prompt for prompt in prompts if "Seine ____" in prompt]  # "Frau" is his wife


def test_a_title_of_address_after_an_article_is_not_cut_from_it():
    from quiz.generator.address import address_start

    _who, sentences, _facts = analysis.analyse(
        "Sie schreibt dem Mr. Tom Hale einen Brief, und Frau Ruth Hale liest ihn Nowaks Frau Ida vor."
    )
    tokens = sentences[0].tokens
    at: dict[str, int] = {}
    for index, token in enumerate(tokens):
        at.setdefault(token.text, index)
    assert address_start(tokens, at["Tom"]) is None  # "dem ____" would dangle
    assert address_start(tokens, at["Ruth"]) == at["Frau"]
    assert address_start(tokens, at["Ida"]) == at["Ida"]  # Nowak's wife


def test_the_answers_surname_spelled_another_way_gives_it_away():
    from quiz.generator.standalone import _spelled_alike

    assert _spelled_alike("oneil", {"tom", "oneills", "bruder"})
    assert not _spelled_alike("oneil", {"tom", "brandt", "bruder"})
    assert not _spelled_alike("ohm", {"ohr"})  # too short to tell a typo from another name


_CREW = (
    "Kapitän Tom O’Neill und Steuermann Ben O’Neil fahren mit den Matrosen Fiete, Piet Lund, "
    "Jens Ohm und Kai Sommer nach Kiel.",
    "Tom O’Neills Bruder Ben muss die Wache übernehmen. Matrose Fiete stiehlt Lund 30 Euro.",
    "Nach dem Sturz von Matrose Fiete sucht Ohm den Täter. Sommer verdächtigt Ben O’Neil.",
    "Ohm findet das Geld bei Tom O’Neill. Ben O’Neil lacht, und Lund kocht für Sommer.",
)


def _crew_questions():
    (bank,) = generate([Synopsis(Path("kutter-staffel-1.txt"), "kutter-staffel-1.txt", _CREW)])
    return bank.questions


def test_no_prompt_holds_the_answers_surname_spelled_another_way():
    # "Wessen Bruder ist Ben O’Neil?" for Tom O’Neill, "Tom O’Neills Bruder ____" for Ben.
    for generated in _crew_questions():
        question = generated.question
        if generated.kind == "person" and "O’Neil" in question.answer:
            assert "O’Neil" not in question.prompt, question.prompt


def test_a_person_known_by_one_name_is_offered_among_persons_known_by_one_name():
    # "Häftling Fiete" among "Krause", "Roth", "Hahn": the one first name among surnames.
    from quiz.generator.candidates import PERSON
    from quiz.generator.distractors import distractors
    from tests.generator.test_generator_gender import series

    cast = (
        "Häftling Tom Krause schweigt. Häftling Max Roth flieht. Häftling Jan Hahn liest. "
        "Krause lacht, Roth weint, und Hahn betet. Häftling Fiete schläft."
    )
    line = "Am Abend schlägt Häftling Fiete die Tür zu."
    _who, finder, pools, sentences = series(cast, line)
    candidate = next(c for c in finder.find(sentences[-1]) if c.kind == PERSON)
    assert candidate.answer == "Fiete"
    prompt = "Am Abend schlägt ____ die Tür zu."
    assert distractors(candidate, prompt, pools, "key", 2) is None


def test_children_by_first_name_beside_grown_ups_in_full_are_offered_among_each_other():
    # Half the cast by first name (the children), half in full with roles (the grown-ups): a
    # series of first names, whose children are offered among each other.
    from quiz.generator.candidates import PERSON
    from quiz.generator.distractors import distractors

    lines = (
        "Mats, Ben und Tim jagen einen Dieb. Bäckermeister Uwe Lorenz vermisst seine Kasse.",
        "Lehrer Jan Maas lacht, und Polizist Kai Sommer schimpft. Tim lacht. Ben weint.",
        "Am Abend findet Mats die Kasse im Hafen.",
    )
    sentences, series = analysis.series("bande", *lines)
    last = sentences[-1]
    candidate = next(c for c in series.finder.find(last, None) if c.kind == PERSON)
    assert candidate.answer == "Mats"
    prompt = last.replace_span(candidate.start, candidate.end, "____")
    wrong = distractors(candidate, prompt, series.pools, "key", 2)
    assert wrong is not None and set(wrong) == {"Ben", "Tim"}


def test_a_shared_surname_in_a_firms_name_points_at_no_one():
    from quiz.generator.standalone import _names_one_of_several, _words

    shared = frozenset({"vogt"})
    assert not _names_one_of_several(_words("Jan Roth verlässt Vogt & Roth."), {}, shared)
    assert _names_one_of_several(_words("Jan Roth verlässt Vogt im Streit."), {}, shared)


def test_a_name_before_a_firm_suffix_is_the_firms_but_sons_are_sons():
    mentions = analysis.mentions(
        "Tischler Jakob Brand baut ein Boot. Jakobs Söhne helfen ihm.",
        "Die Kranz GmbH liefert das Holz, und Tischler Jakob Brand bezahlt.",
    )
    assert ("Jakobs", "Jakob Brand") in mentions
    assert not [written for written, _ in mentions if "Kranz" in written]


def test_a_trade_firm_named_after_a_person_is_not_that_person():
    lines = (
        "Der Bankier Anton Lessing gewährt dem Reeder Karl Vossberg einen Kredit.",
        "Das Bankhaus Lessing kündigt den Kredit über 80.000 Mark. Karl Vossberg tobt.",
        "Die Gläubiger des Bankhauses Lessing treffen sich in der Bäckerei Vossberg.",
    )
    assert analysis.mentions(*lines) == [
        ("Anton Lessing", "Anton Lessing"),
        ("Karl Vossberg", "Karl Vossberg"),
        ("Karl Vossberg", "Karl Vossberg"),
    ]
    (bank,) = generate([Synopsis(Path("bank-staffel-1.txt"), "bank-staffel-1.txt", lines)])
    assert not [g for g in bank.questions if "Bankhaus ____" in g.question.prompt]

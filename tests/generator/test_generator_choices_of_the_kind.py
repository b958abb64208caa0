"""Wrong choices a strict reader would not take for the answer's kind (blind reading, round 5):
causes written the way the answer opens, no near synonym of a noun, no place of another
kind than the prompt calls it."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.candidates import NOUN, PLACE, REASON, Candidate
from quiz.generator.distractors import Pools, _role_after_gap, distractors
from quiz.generator.gender import FEMALE
from quiz.generator.nouns import FEMININE, NounInfo, is_vehicle, subject_possessive_disagrees
from quiz.generator.pipeline import generate
from quiz.generator.places import place_kinds
from quiz.generator.sources import read_synopsis
from tests.generator import analysis
from tests.generator.analysis import analyse


def _sentence(text: str):
    _, sentences, _ = analyse(text)
    return sentences[0]


def test_causes_are_written_the_way_the_answer_opens():
    answer = "weil er betrunken Auto fuhr"
    pools = Pools(
        persons=[],
        nouns={},
        places=[],
        reasons=[
            answer,
            "als Strafe dafür, dass er einen Wärter verletzt hat",
            "dafür, dass er seinen Bruder verraten hat",
            "um seinen Sohn zu schützen",
        ],
    )
    candidate = Candidate(
        REASON, _sentence("Tom sitzt, weil er betrunken Auto fuhr."), 0, 0, answer, (), frozenset()
    )
    wrong = distractors(candidate, "Warum sitzt Tom?", pools, "k")
    assert wrong is not None
    assert sorted(wrong) == [
        "weil er einen Wärter verletzt hat",
        "weil er seinen Bruder verraten hat",
    ]


def test_a_cause_with_a_pronoun_the_answer_lacks_is_no_choice():
    answer = "weil er betrunken Auto fuhr"
    pools = Pools(
        persons=[],
        nouns={},
        places=[],
        reasons=[answer, "weil er ihm den Rücken gekehrt hat", "weil er lügt", "weil er stahl"],
    )
    candidate = Candidate(
        REASON, _sentence("Tom sitzt, weil er betrunken Auto fuhr."), 0, 0, answer, (), frozenset()
    )
    wrong = distractors(candidate, "Warum sitzt Tom?", pools, "k")
    assert wrong is not None
    assert "weil er ihm den Rücken gekehrt hat" not in wrong
    assert len(wrong) == 2


def test_no_near_synonym_or_general_word_beside_a_noun():
    sentence = _sentence("Adebisi sticht Nappa mit einer Nadel.")
    start = [token.text for token in sentence.tokens].index("Nadel")
    info = NounInfo("Nadel", True, FEMALE, ("nadel",))
    candidate = Candidate(NOUN, sentence, start, start + 1, "Nadel", (), frozenset(), noun=info)
    pools = Pools(persons=[], nouns={}, places=[])
    wrong = distractors(candidate, "Womit sticht Adebisi Nappa?", pools, "k")
    assert wrong is not None and len(wrong) == 3
    assert not {"Spritze", "Kanüle", "Waffe"} & set(wrong)


def test_a_place_kind_before_the_gap_keeps_places_of_that_kind():
    lines = (
        "Brenner fährt in die Kreisstadt Wendorf.",
        "Der Baron reist in die Kreisstadt Lübz und in die Kreisstadt Parchim.",
        "Anna geht nach Berlin. Der Arzt kommt aus der Kreisstadt Güstrow.",
        "Im Dorf Klein Lüdersdorf wohnt Grete.",
    )
    who, sentences, _ = analyse(*lines)
    kinds = place_kinds(sentences, who.places)
    assert kinds.get("Wendorf") == frozenset({"kreisstadt"})
    sentence = sentences[0]
    start = [token.text for token in sentence.tokens].index("Wendorf")
    candidate = Candidate(PLACE, sentence, start, start + 1, "Wendorf", (), frozenset())
    places = sorted(" ".join(place) for place in who.places)
    pools = Pools(persons=[], nouns={}, places=places, place_kinds=kinds)
    wrong = distractors(candidate, "Brenner fährt in die Kreisstadt ____.", pools, "k")
    assert wrong is not None
    assert set(wrong) == {"Lübz", "Parchim", "Güstrow"}


def test_a_vehicle_is_no_place():
    assert is_vehicle("Fischerboot") and is_vehicle("Kutsche") and is_vehicle("Streifenwagen")
    assert not is_vehicle("Gummizelle") and not is_vehicle("Krankenhaus")


def test_what_one_rides_in_is_never_asked_by_wo():
    # The fantasy fixture's spy escapes "in einem Fischerboot" (round 5: "Wo entkommt ...?").
    folder = Path(__file__).parent.parent / "fixtures" / "synopses"
    synopses = [read_synopsis(path) for path in sorted(folder.glob("*.txt"))]
    places = [g for bank in generate(synopses) for g in bank.questions if g.kind == PLACE]
    assert places
    assert not [g.question.answer for g in places if is_vehicle(g.question.answer.split()[-1])]


def test_a_subject_the_source_gives_a_possessive_of_another_gender_is_not_asked():
    info = NounInfo("Erzfeindschaft", True, FEMININE, ("erzfeindschaft",))
    sentence = _sentence(
        "Die Erzfeindschaft zwischen Adebisi und Schibetta erreicht seinen Höhepunkt."
    )
    assert subject_possessive_disagrees(sentence.tokens, 1, info)
    sentence = _sentence(
        "Die Erzfeindschaft zwischen Adebisi und Schibetta erreicht ihren Höhepunkt."
    )
    assert not subject_possessive_disagrees(sentence.tokens, 1, info)


def test_a_rank_in_apposition_after_the_gap_asks_its_holders():
    assert _role_after_gap("____, die einzige Ritterin der Königsgarde, soll gehen.") == "ritter"
    # a relation to someone is no rank; nor is a word the lexicon does not know as a role
    assert _role_after_gap("____, der Sohn des Königs, reitet aus.") is None
    assert _role_after_gap("____, der Berater der Königin, rät ab.") is None


def test_one_of_a_couple_is_never_offered_among_grandparents_or_the_partners_parents():
    # "Wer gibt sich als Bommels Verlobte aus?" offered Mia's grandmother (blind reading).
    from quiz.generator.candidates import PERSON

    lines = (
        "Lea, Nina und Paul wohnen zusammen in Hamm. Pauls Freundin Jule zieht bei ihnen ein.",
        "Ninas Oma Erna backt einen Kuchen für alle. Pauls Mutter Rita kündigt ihren Besuch an.",
        "Lea gibt sich als Pauls Verlobte aus.",
        "Lea backt mit Paul einen Kuchen.",
    )
    sentences, series = analysis.series("wohnung", *lines)

    def choices(sentence, prompt: str, key: str) -> set[str]:
        lea = next(
            c for c in series.finder.find(sentence, None) if c.kind == PERSON and c.answer == "Lea"
        )
        return set(distractors(lea, prompt, series.pools, key, 2) or ())

    for key in ("a", "b", "c", "d"):
        assert choices(sentences[-2], "Wer gibt sich als Pauls Verlobte aus?", key) == {
            "Jule",
            "Nina",
        }
    # Baking a cake together: any woman of the cast may.
    assert {"Erna", "Rita"} <= choices(sentences[-1], "Wer backt mit Paul einen Kuchen?", "a")


def test_places_named_only_as_origins_or_tied_to_the_gaps_person_come_last():
    # Diagnosis 16: Bochum (a passenger's home town) offered for an excursion from a Greek
    # port; Manhattan, where the series has the son work, offered beside "Sohn ... aus ____".
    lines = (
        "In Triest legt die Fähre Seestern ab. An Bord sind der Bäcker Olaf Krumm aus "
        "Paderborn und die Lehrerin Gesa Lind aus Bottrop.",
        "In Split kauft Gesa Lind Feigen. In Zadar verliert Olaf Krumm seinen Hut.",
        "In Dubrovnik, dem Hafen für Ausflüge nach Cavtat, streiten die beiden.",
        "Der Reeder Anton Vey ruft seinen Sohn Timo aus Lissabon zurück.",
        "Timo, der in Porto eine Kanzlei aufgebaut hat, kommt zwei Tage zu spät in Triest an.",
    )
    sentences, series = analysis.series("faehre", *lines)

    def choices(sentence, answer: str, key: str) -> list[str]:
        place = next(
            c for c in series.finder.find(sentence, None) if c.kind == PLACE and c.answer == answer
        )
        prompt = sentence.text.replace(answer, "____")
        return distractors(place, prompt, series.pools, key) or []

    for key in ("a", "b", "c", "d", "e"):
        excursion = choices(sentences[4], "Cavtat", key)
        assert len(excursion) == 3 and not {"Paderborn", "Bottrop"} & set(excursion), excursion
        assert "Porto" not in choices(sentences[5], "Lissabon", key)

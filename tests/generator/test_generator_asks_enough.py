"""A question says what happened and reads as German (blind reading, round 8): a verb that
needs a complement is not asked without it, a moment told before takes its sentence, a group
or a described person points back, a colon ends the question, a count stays with its noun,
and the question word's case fits its answer. All on invented series."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.context import leans_back, refers_to_a_noun_before
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator.test_generator_reads_as_german import tagged

CLEAN = "Kommissar Ole Brink verhört den Reeder Udo Kern im Hafen von Kiel."


def questions(*lines: str):
    synopsis = Synopsis(Path("moor-staffel-1.txt"), "moor-staffel-1.txt", (CLEAN, *lines))
    return {g.question.prompt: g.question for g in generate([synopsis])[0].questions}


def test_a_verb_that_needs_a_complement_is_not_asked_without_it():
    asked = questions(
        "Weil Geld fehlt, schaltet Ärztin Vera Holm die Detektivin Nina Sauer ein.",
        "Gärtner Timo Falk schlägt 30 Euro im Monat vor, doch Lisa Marx lehnt ab.",
        "Gärtner Paul Roth befindet sich im Krankenhaus.",
    )
    thin = ("Wen schaltet", "Wer schlägt", "Wie viele Euro", "Wer lehnt", "befindet sich")
    assert not [p for p in asked if p.startswith(thin) or ("befindet sich" in p and "?" in p)]
    assert any("____" in p for p in asked), asked  # the sentences stay open to a cloze


def test_an_idiom_of_reproach_needs_what_it_is_about():
    asked = questions(
        "Am Abend stellt Apothekerin Rita Bohm den Kassierer Emil Franke zur Rede.",
        "Lehrerin Hanna Kuhl stellt Hausmeister Olaf Diehl wegen der gestohlenen Schlüssel zur"
        " Rede.",
    )
    assert not [p for p in asked if p.startswith(("Wen stellt Rita", "Wer stellt Emil"))], asked
    assert any(p.startswith("Wen stellt Hanna Kuhl wegen") for p in asked), list(asked)


def test_a_light_verb_with_enough_beside_it_is_asked():
    asked = questions("Gärtner Paul Roth liegt nach einem Sturz vom Dach im Gipsbett.")
    assert "Wer liegt nach einem Sturz vom Dach im Gipsbett?" in asked, list(asked)


def test_now_and_meanwhile_need_the_sentence_before_or_are_left_out():
    before = "Richter Emil Horn lässt die Zeugen des Brandes laden."
    asked = questions(
        f"{before} Der zweite Zeuge, der nun im Dorf verhört werden soll, ist Paul Roth, der im "
        "Wald wohnt."
    )
    gaps = [p for p in asked if "der nun im Dorf" in p]
    assert gaps and all(p.startswith(before) for p in gaps), list(asked)
    fresh = questions("Gärtner Paul Roth pflanzt inzwischen Rosen im Park von Celle.")
    assert "Wer pflanzt Rosen im Park von Celle?" in fresh, list(fresh)


def test_a_counted_group_with_no_names_after_it_points_back():
    assert leans_back(tagged("Seit einem Streit um den Acker sind die beiden Sippen verfeindet."))
    assert leans_back(tagged("Die drei Brüder suchen Geld."))
    assert not leans_back(
        tagged("Seit Jahren sind die beiden Brüder Max Ohm und Jan Ohm verfeindet.")
    )
    assert not leans_back(tagged("Seit Jahren sind die beiden Söhne des Müllers verfeindet."))


def test_a_person_described_by_an_adjective_takes_the_sentence_before():
    before = tagged("Richter Emil Horn lässt Lutz Brand in den Kerker werfen.")
    described = tagged("Der Söldner tötet den Gefangenen mit einem Messer.")
    named = tagged("Der Söldner tötet den Gefangenen Lutz Brand mit einem Messer.")
    assert refers_to_a_noun_before(described.tokens, range(0), before)
    assert not refers_to_a_noun_before(named.tokens, range(0), before)


def test_a_who_question_stops_at_a_colon():
    # (not "dass sein Plan geglückt ist": cut off before the colon, "sein Plan" is untold)
    asked = questions("Gärtner Timo Falk erfährt, dass der Hagel vorbei ist: die Rosen blühen.")
    assert "Wer erfährt, dass der Hagel vorbei ist?" in asked, list(asked)
    assert not [p for p in asked if "?" in p and ":" in p], list(asked)


def test_a_count_inside_a_noun_phrase_is_no_mit_wie_vielen():
    asked = questions("Lisa Marx findet eine Kiste mit 20 Briefen.")
    assert not [p for p in asked if p.startswith(("Mit wie vielen", "Was findet"))], list(asked)
    assert "Lisa Marx findet eine Kiste mit ____ Briefen." in asked, list(asked)


def test_an_epithet_is_answered_in_the_case_its_question_word_asks():
    asked = questions(
        "In den Gassen von Celle treibt ein Dieb sein Unwesen, den alle nur den Raben nennen. "
        "Der Rabe stiehlt die Krone des Herzogs.",
        "Im Hafen stellt Ritter Jens Ahl dem Raben eine Falle.",
        "Der Rabe entkommt in einem Boot.",
    )
    question = asked["Wem stellt Jens Ahl eine Falle?"]
    assert question.answer == "dem Raben"
    assert "der Rabe" in question.accept


def test_a_giving_verb_with_nothing_given_asks_wen():
    asked = questions(
        "Ein Ring bringt Jägerin Mara Linde auf eine Idee.",
        "Jägerin Mara Linde bringt dem Förster Jens Ahl einen Brief.",
    )
    assert "Wen bringt ein Ring auf eine Idee?" in asked, list(asked)
    assert "Wem bringt Mara Linde einen Brief?" in asked, list(asked)


def test_a_reason_that_reads_dafuer_dass_is_asked_wofuer():
    # The other causes are the judge's own: another man's deed is no choice (round 8).
    asked = questions(
        "Richter Emil Horn wird suspendiert, weil er Akten verschwinden ließ. Wärter Lutz "
        "Brand verachtet Richter Emil Horn dafür, dass er Geld annimmt. Richter Emil Horn muss "
        "zurücktreten, weil er einen Zeugen bedroht hat."
    )
    assert "Wofür verachtet Lutz Brand Richter Emil Horn?" in asked, list(asked)
    assert not [p for p in asked if p.startswith("Warum verachtet")]


def test_a_cloze_that_leans_on_the_sentence_before_is_given_it():
    before = "Kolbs Frau Irma besucht ihren Mann jeden Tag."
    asked = questions(
        "Ärztin Vera Holm übernimmt die Praxis in Celle. Der Bauer Anton Kolb wird mit "
        "gebrochenem Arm eingeliefert.",
        f"{before} Dr. Holm bemerkt Kratzer an ihren Händen und ruft die Polizistin Nina Sauer an.",
    )
    # asked as a cloze or, since round 9, as "Wer ...?" with the same sentence before it
    leaning = [p for p in asked if "an ihren Händen" in p]
    assert leaning and all(p.startswith(before) for p in leaning), list(asked)

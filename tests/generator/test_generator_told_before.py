"""Context and wording (blind reading, round 9), all on an invented series: a time counted
from a moment told before, a contrast adverb ("jedoch", "dazu"), a noun that sums up what was told and a verb
whose object was told take their sentence before, which must share a person or a noun with
them (else the question is dropped)."""

from __future__ import annotations

from quiz.generator import pipeline
from quiz.generator.context import leans_back
from quiz.generator.moments import counted_from_before
from quiz.generator.padding import _describes_by_role, context_explains
from tests.generator.analysis import analyse
from tests.generator.test_generator_not_worth_asking import ELSE, questions
from tests.generator.test_generator_reads_as_german import tagged


def counted(text: str) -> list[str]:
    words = tuple(text.lower().split())
    return [words[i] for i in sorted(counted_from_before(words))]


def test_a_time_counted_from_a_moment_told_before_is_found():
    assert counted("X stirbt wenige Tage später in Celle") == ["wenige", "tage", "später"]
    assert counted("Noch am selben Abend geht X") == ["noch", "am", "selben", "abend"]
    assert counted("X zahlt am nächsten Morgen") == ["am", "nächsten", "morgen"]
    assert counted("Zwei Jahre danach kehrt X zurück") == ["zwei", "jahre", "danach"]
    assert counted("X flieht in der folgenden Nacht") == ["in", "der", "folgenden", "nacht"]
    assert not counted("X wartet eine Woche vor der Hochzeit")
    assert not counted("X muss zwei Jahre in Haft")


def test_a_time_counted_from_before_makes_a_sentence_lean_back():
    assert leans_back(tagged("Reederin Ida Holm legt noch am selben Tag Beschwerde ein."))
    assert not leans_back(tagged("Reederin Ida Holm legt am 3. Mai Beschwerde ein."))


def test_a_question_written_fresh_leaves_the_time_out_and_a_cloze_needs_its_sentence():
    asked = questions(f"Fischer Hannes Kruse stirbt wenige Tage später im Krankenhaus. {ELSE}")
    assert "Wer stirbt im Krankenhaus?" in asked, asked
    assert not [p for p in asked if "wenige Tage später" in p], asked


def test_a_time_after_a_clause_of_its_own_sentence_stands():
    asked = questions(
        f"Das Gericht gibt das Boot frei, doch Fischer Hannes Kruse stirbt zwei Wochen später "
        f"an einem Fieber. {ELSE}"
    )
    assert any(p.startswith("Das Gericht gibt das Boot frei, doch") for p in asked), asked


def test_a_contrast_adverb_takes_a_sentence_before_that_shares_something():
    shared = "Die Kinder finden im Wald eine Spur."
    late = "Förster Ben Ulrich, der Onkel des Müllers, glaubt den Kindern jedoch nicht."
    asked = questions(f"{shared} {late}")
    gaps = [p for p in asked if "jedoch nicht" in p]
    assert gaps and all(p.startswith(shared) for p in gaps), asked
    # A sentence before about something else is padding: the question is dropped.
    assert not [p for p in questions(f"{ELSE} {late}") if "jedoch" in p]


def test_a_contrast_within_its_own_sentence_needs_nothing_before():
    asked = questions(
        "Richterin Ida Holm spricht den Fischer Hannes Kruse frei, verurteilt den Reeder "
        "Udo Kern aber zu einer Strafe."
    )
    assert any(p.startswith("Richterin Ida Holm spricht den Fischer ____ frei") for p in asked)


def test_a_noun_summing_up_an_amount_needs_the_sentence_that_tells_it():
    told = "Reeder Udo Kern verlangt 5.000 Euro von Greta Lind."
    asked = questions(f"{told} Fischer Hannes Kruse zahlt die Summe am Hafen von Kiel.")
    summed = [p for p in asked if "die Summe" in p]
    assert summed and all(p.startswith(told) for p in summed), asked
    # Two sentences with nothing in common: no question about the sum at all.
    unrelated = questions("Reeder Udo Kern fährt nach Kiel. Fischer Hannes Kruse zahlt die Summe.")
    assert not [p for p in unrelated if "die Summe" in p], unrelated


def test_a_verb_whose_object_was_told_takes_its_sentence():
    offer = "Reeder Udo Kern bietet Greta Lind eine Stelle auf seinem Kutter an."
    asked = questions(f"{offer} Greta lehnt ab, weil Fischer Hannes Kruse ihr Verlobter ist.")
    refusals = [p for p in asked if "lehnt ab" in p]
    assert refusals and all(p.startswith(offer) for p in refusals), asked


def test_a_plan_of_ones_own_that_the_question_does_not_tell_is_not_asked():
    asked = questions(f"Gärtner Timo Falk erfährt, dass sein Plan geglückt ist. {ELSE}")
    assert "Wer erfährt, dass sein Plan geglückt ist?" not in asked, asked


def test_a_sentence_before_that_explains_nothing_is_not_shown():
    asked = questions(
        "Greta Lind besucht ihren Vater im Hafen. Ida Holm lobt ihn. Der Mörder von Fischer "
        "Hannes Kruse wird freigesprochen und verlässt die Stadt."
    )
    assert not [p for p in asked if "Ida Holm lobt ihn. Der Mörder" in p], asked


def test_a_name_that_only_says_whose_needs_no_sentence_before():
    asked = questions(
        "Kapitän Otto Brenner rettet die Crew. Von Brenners Mut beeindruckt, beschließt "
        "Fischer Hannes Kruse, Matrose Paul Roth zu retten."
    )
    assert (
        "Von Brenners Mut beeindruckt, beschließt Fischer Hannes Kruse, Matrose ____ zu retten."
        in asked
    )


def test_dazu_takes_its_sentence_before_unless_it_points_ahead():
    told = "Richter Emil Horn verhört Greta Lind."
    asked = questions(
        f"{told} Ida Holm legt dazu die Briefe aus dem Schrank vor. {ELSE}",
        f"Richterin Ida Holm bringt Udo Kern dazu, die Briefe aus dem Schrank zu holen. {ELSE}",
    )
    added = [p for p in asked if "legt dazu" in p]
    assert added and all(p.startswith(told) for p in added), asked
    assert "Wer bringt Udo Kern dazu, die Briefe aus dem Schrank zu holen?" in asked, asked


def test_the_context_must_share_something_with_what_the_question_shows():
    line = "Reeder Udo Kern kauft ein Boot. Greta Lind verkauft das Netz, denn Udo Kern friert."
    told, sentence = pipeline._tagged(line, 1)
    series = pipeline._Series("moor", [told, sentence])
    assert context_explains([told], sentence, series.who, series.references)
    # "Wer verkauft das Netz?" keeps nothing of Udo Kern: the sentence before explains nothing.
    assert not context_explains(
        [told], sentence, series.who, series.references, "Wer verkauft das Netz?"
    )


def test_a_noun_of_doing_that_opens_the_sentence_is_explained_by_what_was_told():
    told = "Reeder Udo Kern lässt das Lager durchsuchen, weil ein Fass fehlt."
    asked = questions(f"{told} Die Untersuchung leitet Kommissarin Greta Lind.")
    assert f"{told} Die Untersuchung leitet Kommissarin ____." in asked, asked


def test_an_article_right_before_the_full_stop_names_no_role():
    _, sentences, _ = analyse("Ole Brink fragt, wer der Mann ist, und Jan Kern antwortet: der.")
    assert not _describes_by_role(sentences[0].tokens)

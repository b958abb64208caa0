"""Person coverage on the unseen fixtures (issue 9): each series on its own, and the causes
fixed in round 6 one by one."""

from __future__ import annotations

from pathlib import Path

import pytest

from quiz.generator.forms import CLOZE, WHO, Wording
from quiz.generator.persons import Person, WhoIsWho
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from quiz.generator.standalone import with_first_names
from tests.generator import analysis
from tests.generator.quality import FIXTURES, annotation, generated, person_coverage

BAR = 0.9
# Where each series stood after round 9: coverage may rise, never fall below it.
FLOORS = {
    "drachenthron-staffel-1": 0.91,
    "gutshaus-staffel-1": 0.91,
    # Line 7 names Jana Petersen only in a reaction ("kann es kaum glauben"), not worth
    # asking since round 13's context stage saw it behind a context written out.
    "hafenwache-staffel-2": 0.90,
    "klinik-am-see-staffel-1": 0.92,
    "wg-chaos-staffel-1": 0.91,
}
# Series below the bar: an expected failure, a failure once it passes (drop it from here then).
# Since round 9 every series passes.
BELOW_BAR: frozenset[str] = frozenset()


def _coverage(stem: str):
    (bank,) = generated(tuple(path for path in FIXTURES if path.stem == stem))
    return person_coverage(bank, annotation(stem))


@pytest.mark.parametrize(
    "stem",
    [
        pytest.param(stem, marks=pytest.mark.xfail(strict=True, reason="below the bar"))
        if stem in BELOW_BAR
        else stem
        for stem in sorted(FLOORS)
    ],
)
def test_nine_in_ten_person_mentions_of_each_unseen_series_are_asked(stem):
    coverage = _coverage(stem)
    assert coverage.share >= BAR, coverage.missing


@pytest.mark.parametrize("stem", sorted(FLOORS))
def test_person_coverage_of_each_unseen_series_does_not_fall(stem):
    assert _coverage(stem).share >= FLOORS[stem]


def test_the_article_of_an_epithet_is_no_name_word():
    # "der" in a prompt does not name "der Rabe" (it made every prompt with "der" a leak).
    assert Person(("der", "Rabe")).name_words == frozenset({"rabe"})


def test_an_epithet_person_is_asked_where_the_prompt_has_a_der():
    who, sentences, _ = analysis.analyse(
        "In Kiel treibt ein Dieb sein Unwesen, den alle nur den Fuchs nennen.",
        "In der Nacht stiehlt der Fuchs den Schmuck der Gräfin.",
    )
    mentions = [m for s in sentences for m in WhoIsWho.mentions_in(who, s)]
    fox = next(m.person for m in mentions if m.person and m.person.canonical == "der Fuchs")
    assert "der" not in fox.name_words


def test_a_shared_surname_is_written_with_the_first_name_the_episode_gave_it():
    told = {"brenner": "Otto Brenner"}
    asked = with_first_names(Wording(WHO, "Wer nimmt Brenner in der Nacht fest?", ""), told)
    assert asked.prompt == "Wer nimmt Otto Brenner in der Nacht fest?"
    gap = with_first_names(Wording(CLOZE, "____ nimmt Brenner fest.", ""), told)
    assert gap.prompt == "____ nimmt Otto Brenner fest."


def test_a_surname_with_a_first_name_or_role_or_before_the_gap_stays_as_written():
    told = {"brenner": "Otto Brenner"}
    for prompt in (
        "Wer schlägt Karl Brenner?",  # a first name says who
        "Wer schlägt Kutscher Brenner?",  # a role says who
        "Brenner schlägt ____.",  # a cloze gives back its sentence as written
    ):
        form = CLOZE if "____" in prompt else WHO
        assert with_first_names(Wording(form, prompt, ""), told).prompt == prompt
    assert with_first_names(Wording(WHO, "Wer schlägt Brenner?", ""), None).prompt == (
        "Wer schlägt Brenner?"
    )


def test_a_bare_surname_beside_its_bearer_named_in_full_is_left_as_written():
    # "Albers" beside "Ernst Albers" is his son: filling it in made the father his own son.
    told = {"albers": "Ernst Albers"}
    prompt = "Wer entdeckt, dass Albers der Sohn von Ernst Albers ist?"
    assert with_first_names(Wording(WHO, prompt, ""), told).prompt == prompt


def test_a_surname_two_bearers_were_named_by_in_the_episode_is_not_filled_in():
    from quiz.generator.pipeline import _told_fully

    who, sentences, _ = analysis.analyse(
        "Kutscher Karl Brenner hilft Anna. Verwalter Otto Brenner schimpft. Rohde nimmt Brenner fest."
    )
    shared = frozenset({"brenner"})
    last = _told_fully(sentences, who, shared)[id(sentences[-1])]
    assert "brenner" not in last
    first = _told_fully(sentences, who, shared)[id(sentences[0])]
    assert first == {"brenner": "Karl Brenner"}


def test_a_person_named_in_part_is_written_in_full_but_never_twice_nor_with_the_answer():
    told = {"petersen": "Jana Petersen", "edric": "Edric Varn", "cyril": "Cyril O’Reily"}
    asked = with_first_names(Wording(CLOZE, "____ bringt Petersen auf die Spur.", ""), told)
    assert asked.prompt == "____ bringt Jana Petersen auf die Spur."
    # already in full: not "Edric Varn Varn"
    shown = "Wie alt ist Edric Varn?"
    assert with_first_names(Wording(WHO, shown, ""), told).prompt == shown
    # "Wessen Bruder ist Cyril?" would print the answer's surname
    whose = Wording(WHO, "Wessen Bruder ist Cyril?", "")
    assert with_first_names(whose, told, frozenset({"ryan", "o’reily"})).prompt == whose.prompt


def test_names_listed_before_the_verb_are_one_subject_asked_about_together():
    from quiz.generator import wh

    who, sentences, _ = analysis.analyse(
        "Jonas, Mia und Tarek teilen sich eine Altbauwohnung in Köln-Ehrenfeld. Jonas lacht."
    )
    listed = sentences[0]
    clauses = wh.main_clauses(listed, WhoIsWho.mentions_in(who, listed), None, [], [])
    assert [c.subject for c in clauses] == ["Jonas, Mia und Tarek"]
    assert clauses[0].person is None
    # (On the fixture the flat the three share is no longer asked: flatmates share a flat,
    # anyone guesses it; round 8.) An object no verb expects is asked of the three together.
    bank = generate(
        [
            Synopsis(
                Path("band-staffel-1.txt"),
                "band-staffel-1.txt",
                (
                    "Jonas, Mia und Tarek gründen eine Punkband in Köln-Ehrenfeld. Jonas lacht.",
                    "Tarek kauft ein Schlagzeug. Mia schreibt einen Song über ihren Vermieter.",
                ),
            )
        ]
    )[0]
    prompts = [g.question.prompt for g in bank.questions]
    assert "Was gründen Jonas, Mia und Tarek in Köln-Ehrenfeld?" in prompts, prompts


def test_a_list_that_does_not_end_in_und_before_a_verb_is_no_subject():
    from quiz.generator import wh

    who, sentences, _ = analysis.analyse(
        "Jonas, Mia und Tarek suchen Bommel. Jonas, Mia, Tarek: alle schlafen."
    )
    clauses = wh.main_clauses(sentences[1], WhoIsWho.mentions_in(who, sentences[1]), None, [], [])
    assert all(c.subject != "Jonas, Mia und Tarek" for c in clauses)


def _stands(prompt: str, answer: str, *lines: str) -> bool:
    from quiz.generator.candidates import CandidateFinder
    from quiz.generator.references import References
    from quiz.generator.standalone import name_genders, stands_alone

    who, sentences, facts = analysis.analyse(*lines)
    del facts
    finder = CandidateFinder(who, None, References(who, sentences), who.places, "test")  # type: ignore[arg-type]
    sentence = next(s for s in sentences if answer in s.text)
    mention = next(m for m in WhoIsWho.mentions_in(who, sentence) if m.written in answer)
    candidate = finder.person(sentence, mention)
    form = CLOZE if "____" in prompt else WHO
    return stands_alone(Wording(form, prompt, ""), candidate, name_genders(who.persons))


def test_a_sentence_may_open_with_ihr_as_a_possessive():
    line = (
        "Chefärztin Dr. Hanna Berger übernimmt die Klinik. Ihr erster Patient ist der "
        "Bauunternehmer Marek Nowak, der eingeliefert wird."
    )
    prompt = (
        "Chefärztin Dr. Hanna Berger übernimmt die Klinik. Ihr erster Patient ist der "
        "Bauunternehmer ____, der eingeliefert wird."
    )
    assert _stands(prompt, "Marek Nowak", line)
    # the object pronoun still hangs: "rät ihr" with no woman named
    assert not _stands(
        "____ rät ihr, zu gehen.", "Marek Nowak", line, "Marek Nowak rät ihr, zu gehen."
    )


def test_a_sie_may_stand_for_the_thing_its_sentence_opens_with():
    line = "Die Waschmaschine ist kaputt, und Vermieter Günther Krawczyk will sie reparieren."
    assert _stands(
        "Die Waschmaschine ist kaputt, und Vermieter ____ will sie reparieren.",
        "Günther Krawczyk",
        line,
    )
    # a person opening the sentence is no thing: "sie" has no woman to stand for
    other = "Die Hausdame ist streng, und Kutscher Karl Brenner will sie entlassen."
    assert not _stands(
        "Die Hausdame ist streng, und Kutscher ____ will sie entlassen.", "Karl Brenner", other
    )


def _named_cloze(answer: str, *lines: str) -> str | None:
    from quiz.generator.candidates import CandidateFinder
    from quiz.generator.forms import cloze_named
    from quiz.generator.references import References

    who, sentences, _ = analysis.analyse(*lines)
    references = References(who, sentences)
    finder = CandidateFinder(who, None, references, who.places, "test")  # type: ignore[arg-type]
    sentence = next(s for s in sentences if answer.split()[-1] in s.text)
    before = sentences[sentences.index(sentence) - 1]
    mention = next(m for m in WhoIsWho.mentions_in(who, sentence) if m.written in answer)
    wording = cloze_named(
        finder.person(sentence, mention),
        references.opening(sentence, before),
        WhoIsWho.mentions_in(who, before),
    )
    return None if wording is None else wording.prompt


def test_a_pronoun_opening_a_cloze_is_written_as_the_one_person_it_stands_for():
    assert (
        _named_cloze(
            "Johannes Brinkmann",
            "Detective Sam O’Connor glaubt nicht an die Schuld. Er folgt einer Spur in die Kirche, "
            "wo Pfarrer Johannes Brinkmann Flüchtlinge versteckt.",
        )
        == "Sam O’Connor folgt einer Spur in die Kirche, wo Pfarrer ____ Flüchtlinge versteckt."
    )


def test_no_pronoun_is_named_when_the_sentence_before_names_someone_else_too():
    assert (
        _named_cloze(
            "Renate Pohl",
            "Jonas und Tarek suchen jemanden. So zieht Bommel ein, ein Musikstudent.",
            "Tarek behauptet, der Abwasch sei Bommels Aufgabe. Er übt lieber nachts Tuba, "
            "bis Nachbarin Renate Pohl klopft.",
        )
        is None
    )


def test_an_epithet_in_the_dative_is_asked_by_wem():
    (bank,) = generated(tuple(path for path in FIXTURES if path.stem == "drachenthron-staffel-1"))
    asked = {g.question.prompt: g.question for g in bank.questions}
    question = asked["Wem stellt Jorin Eichwald eine Falle?"]
    # answered in the question's case, as the sentence writes him (blind reading, round 8)
    assert question.answer == "dem Raben"
    assert "der Rabe" in question.accept


def test_a_role_in_apposition_tells_the_gender_when_its_article_agrees():
    from quiz.generator.gender import FEMALE, MALE, apposition_gender

    def gender(line: str) -> str | None:
        _, sentences, _ = analysis.analyse(line)
        tokens = sentences[0].tokens
        end = next(i for i, token in enumerate(tokens) if token.text == ",")
        return apposition_gender(tokens, end)

    assert gender("Ser Lianne Hartwig, die einzige Ritterin der Garde, reitet los.") == FEMALE
    assert gender("Ser Jorin Eichwald, der Hauptmann der Garde, soll ihn fangen.") == MALE
    # a dative name: "der" and a woman's role disagree, nothing is learned
    assert gender("Er spricht mit Lianne Hartwig, der Ritterin, lange.") is None
    assert gender("Lianne Hartwig, die Stadt und der Hof warten.") is None


def test_a_pronoun_after_the_verb_of_a_context_sentence_is_written_as_its_person():
    from quiz.generator.forms import inverted_pronoun_named

    who, sentences, _ = analysis.analyse(
        "Ser Lianne Hartwig, die einzige Ritterin der Garde, reitet los. Am Pass wird sie "
        "von Söldnern überfallen. Dort werden sie gefangen."
    )
    lianne = next(p for p in who.persons if p.canonical == "Lianne Hartwig")
    assert inverted_pronoun_named(sentences[1], lianne) == (
        "Am Pass wird Lianne Hartwig von Söldnern überfallen."
    )
    assert inverted_pronoun_named(sentences[2], lianne) is None  # "werden sie": many
    assert inverted_pronoun_named(sentences[0], lianne) is None  # no pronoun after the verb


def test_what_only_the_sentence_before_explains_takes_it_as_context():
    from quiz.generator.context import leans_on_what_was_told

    def leans(line: str) -> bool:
        _, sentences, _ = analysis.analyse(line)
        return leans_on_what_was_told(sentences[0].tokens, range(0))

    assert leans("Dr. Brandt zögert, weil Paul erst 17 Jahre alt ist.")
    assert leans("Jonas versucht es selbst mit einer Rohrzange.")
    assert leans("Als der Vermieter die Miete erhöht, brauchen die drei dringend Geld.")
    assert not leans("Dr. Brandt weigert sich, die Niere zu entnehmen.")  # the infinitive says
    assert not leans("Im Keller gibt es einen alten Mietvertrag.")
    # a noun alone does not say which three (blind reading, round 8: "die beiden Familien")
    assert leans("Die drei Brüder suchen Geld.")
    assert not leans("Die drei Brüder Max, Jan und Ole Ahl suchen Geld.")  # names say which


def test_die_drei_stands_alone_after_three_names():
    line = (
        "Jonas, Mia und Tarek teilen sich eine Wohnung. Als Vermieter Günther Krawczyk die "
        "Miete erhöht, brauchen die drei dringend Geld."
    )
    told = (
        "Jonas, Mia und Tarek teilen sich eine Wohnung. Als Vermieter ____ die Miete erhöht, "
        "brauchen die drei dringend Geld."
    )
    assert _stands(told, "Günther Krawczyk", line)
    alone = "Als Vermieter ____ die Miete erhöht, brauchen die drei dringend Geld."
    assert not _stands(alone, "Günther Krawczyk", line)


def test_a_number_written_inside_the_answer_is_no_choice():
    from quiz.generator.distractors import _part_of

    assert _part_of("800", "1.800") and _part_of("1.800", "800")
    assert not _part_of("1.500", "1.800") and not _part_of("80", "800")


def test_a_demonstrative_points_at_the_one_named_last_a_personal_pronoun_at_the_subject():
    from quiz.generator.references import References

    who, sentences, _ = analysis.analyse(
        "So zieht Bommel ein, ein Musikstudent. Tareks Bruder Kemal kommt an.",
        "Tarek behauptet, der Abwasch sei Bommels Aufgabe gewesen. Der übt lieber Tuba.",
        "Tareks Bruder Kemal steht vor der Tür. Er schläft auf dem Sofa.",
    )
    references = References(who, sentences)
    demonstrative = references.opening(sentences[3], sentences[2])
    assert demonstrative is not None and demonstrative.person is not None
    assert demonstrative.person.canonical == "Bommel"  # not Tarek, the subject before
    personal = references.opening(sentences[5], sentences[4])
    assert personal is not None and personal.person is not None
    assert personal.person.canonical == "Kemal"

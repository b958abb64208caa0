"""Why a person named in an episode was asked nowhere there, and the general fixes (issue 9,
round 9). All on invented synopses of a new series (a coastal village)."""

from __future__ import annotations

from pathlib import Path

from quiz.generator.context import needs_context
from quiz.generator.persons import WhoIsWho
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator import analysis


def _bank(*lines: str):
    return generate([Synopsis(Path("kutter-staffel-1.txt"), "kutter-staffel-1.txt", lines)])[0]


def _asked(*lines: str) -> dict[str, str]:
    return {g.question.prompt: g.question.answer for g in _bank(*lines).questions}


def test_a_shared_surname_after_a_role_only_one_bearer_holds_names_that_bearer():
    who, sentences, _ = analysis.analyse(
        "Kapitän Paul Behrens repariert das Boot. Pfarrer Jakob Behrens predigt in der Kirche.",
        "Kapitän Behrens fährt in der Nacht nach Lübeck. Behrens lacht.",
    )
    riding, laughing = sentences[2], sentences[3]
    (smith,) = WhoIsWho.mentions_in(who, riding)
    assert smith.person is not None and smith.person.canonical == "Paul Behrens"
    # no role: either Behrens
    assert [m.person for m in WhoIsWho.mentions_in(who, laughing)] == [None]


def test_bis_before_a_place_phrase_is_asked_with_it():
    asked = _asked(
        "Kapitän Paul Behrens repariert das Boot. Pfarrer Jakob Behrens predigt in der Kirche.",
        "Kapitän Behrens fährt in der Nacht bis in die Kreisstadt Lübeck, um Dr. Ida Kamp zu holen.",
    )
    assert not [prompt for prompt in asked if prompt.endswith(" bis?")], asked
    assert (
        asked.get("Wer fährt in der Nacht bis in die Kreisstadt Lübeck, um Dr. Ida Kamp zu holen?")
        == "Paul Behrens"
    )


def _needs(dropped_word: str | None, *lines: str) -> bool:
    who, sentences, _ = analysis.analyse(*lines)
    last, before = sentences[-1], sentences[-2]
    mentions = WhoIsWho.mentions_in(who, last)
    dropped = range(0)
    if dropped_word is not None:
        mention = next(m for m in mentions if m.written == dropped_word)
        dropped = range(mention.start, mention.end)
    return needs_context(last, mentions, dropped, before)


def test_a_short_name_cut_out_of_a_cloze_no_longer_leans_on_the_full_name_before():
    lines = (
        "Die Geschwister Clara Behrens und Paul Behrens stranden auf der Sandbank vor Hiddensee. "
        "Clara braucht Blut von ihrem Bruder."
    )
    assert _needs(None, lines)  # "Clara" after "Clara Behrens": the story goes on
    assert not _needs("Clara", lines)  # "____ braucht Blut von ihrem Bruder."


def test_an_object_pronoun_in_an_opening_clause_may_point_at_the_name_after_it():
    assert not _needs(
        None,
        "Der Sturm dauert an.",
        "Erst als Tim Roloff anbietet, sein Boot mit ihm zu teilen, fährt Ole Brink nach Hause.",
    )
    # no opening clause, or nobody named after it: "ihm" is someone told before
    assert _needs(
        None, "Der Sturm dauert an.", "Tim Roloff bietet an, sein Boot mit ihm zu teilen."
    )
    assert _needs(
        None, "Der Sturm dauert an.", "Als Tim Roloff anbietet, ihm zu helfen, lacht das Dorf."
    )


def test_a_person_whose_question_does_not_stand_alone_is_asked_with_the_sentence_before():
    # "an ihren Armen" reads as the doctor's own arms unless Wiebke's visit stands before it.
    asked = _asked(
        "Lotse Jannes Ahrens wird mit einer Rauchvergiftung eingeliefert. "
        "Seine Frau Wiebke besucht ihren Mann jeden Tag. "
        "Ärztin Dr. Lena Storm bemerkt blaue Flecken an ihren Armen und ruft die Polizei."
    )
    prompts = [prompt for prompt, answer in asked.items() if answer == "Lena Storm"]
    assert prompts and all("Wiebke besucht ihren Mann jeden Tag. " in p for p in prompts), asked


def test_a_context_sentence_that_leans_back_itself_takes_the_one_before_it_too():
    asked = _asked(
        "Zu Ostern gesteht Wiebke Ahrens ihrer Schwester Hanne, dass sie ein Kind erwartet. "
        "Hanne arbeitet als Netzmacherin am Hafen und rät ihr, nach Hamburg zu gehen. "
        "Lotse Tade Lorenzen bietet Wiebke Ahrens an, sie zu heiraten und das Kind als sein "
        "eigenes aufzuziehen."
    )
    prompts = [prompt for prompt, answer in asked.items() if answer == "Tade Lorenzen"]
    assert prompts and all(prompt.startswith("Zu Ostern gesteht") for prompt in prompts), asked


def test_a_person_of_more_episodes_than_answers_is_asked_last_where_another_question_names_them():
    from quiz.generator.candidates import PLACE, Candidate, CandidateFinder
    from quiz.generator.forms import CLOZE, WHO, Wording
    from quiz.generator.pipeline import _named_elsewhere, _Proposal
    from quiz.generator.references import References

    who, sentences, _ = analysis.analyse(
        "Kapitän Ole Brink läuft aus Sassnitz aus.",
        "Kapitän Ole Brink rettet einen Matrosen.",
        "Kapitän Ole Brink weint bitterlich.",
        "Kapitän Ole Brink wird nach Rostock versetzt.",
    )
    finder = CandidateFinder(who, None, References(who, sentences), who.places, "test")  # type: ignore[arg-type]
    proposals = []
    for sentence in sentences:
        (mention,) = WhoIsWho.mentions_in(who, sentence)
        candidate = finder.person(sentence, mention)
        asked = sentence.text.replace("Kapitän Ole Brink", "Wer").rstrip(".") + "?"
        proposals.append(_Proposal(3.0, candidate, Wording(WHO, asked, sentence.text)))
    # The last episode asks for Rostock too, by a cloze that names Ole Brink in full.
    rostock = Wording(CLOZE, "Kapitän Ole Brink wird nach ____ versetzt.", sentences[3].text)
    place = Candidate(PLACE, sentences[3], 6, 7, "Rostock", (), frozenset({"rostock"}))
    proposals.append(_Proposal(1.0, place, rostock))
    assert _named_elsewhere(proposals[:4], 3) == set()  # nobody else names him
    assert _named_elsewhere(proposals, 3) == {3}
    assert _named_elsewhere(proposals, 4) == set()  # an answer for every episode

"""A role word kept right before the gap must not pick out its one holder (blind reading, round 3:
"Gouverneur ____" among inmates, "Prinz ____" among knights and a woman)."""

from __future__ import annotations

from quiz.generator.candidates import PERSON
from quiz.generator.distractors import distractors, without_role_before_gap
from quiz.generator.forms import CLOZE, GAP, Wording
from quiz.generator.roles import role_key
from tests.generator.test_generator_gender import series

CAST = (
    "Gouverneur Hans Devlin besucht das Gefängnis. Wärter Tom Krause schweigt beharrlich. "
    "Wärter Max Roth flieht über die Mauer. Pfarrer Paul Wagner betet in der Kapelle. "
    "Wärter Jonas Berg schließt die Tür. Herr Otto Sommer bezahlt die Kaution. "
    "Wärter Ben Hahn lacht."
)


def test_a_role_word_has_one_key_for_its_cases_and_genders():
    assert role_key("Gouverneurs") == role_key("Gouverneur") == "gouverneur"
    assert role_key("Kollegin") == role_key("Kollege")
    assert role_key("Chefärztin") == "chefarzt"
    assert role_key("Konstantin") is None


def _candidate_and_pools(text: str, answer: str):

    _, finder, pools, sentences = series(CAST, text)
    sentence = sentences[-1]
    candidate = next(c for c in finder.find(sentence) if c.kind == PERSON and c.answer == answer)
    return candidate, pools, sentence


def test_no_choices_after_a_role_word_nobody_else_holds():
    candidate, pools, sentence = _candidate_and_pools(
        "Später lässt Pfarrer Paul Wagner die Wachen rufen.", "Paul Wagner"
    )
    prompt = sentence.text.replace("Paul Wagner", GAP)
    wrong = distractors(candidate, prompt, pools, "key")
    assert wrong is None  # the only priest: no three others hold the role


def test_a_role_held_by_one_person_alone_is_dropped_or_the_choices_are():
    candidate, pools, sentence = _candidate_and_pools(
        "Später lässt Gouverneur Hans Devlin die Wachen rufen.", "Hans Devlin"
    )
    prompt = sentence.text.replace("Hans Devlin", GAP)
    assert distractors(candidate, prompt, pools, "key") is None  # no other governor
    bare = without_role_before_gap(Wording(CLOZE, prompt, sentence.text), candidate)
    assert bare is not None
    assert bare.prompt == f"Später lässt {GAP} die Wachen rufen."
    assert distractors(candidate, bare.prompt, pools, "key") is not None


def test_choices_after_a_role_word_held_by_others_are_those_others():
    candidate, pools, sentence = _candidate_and_pools(
        "Später lässt Wärter Tom Krause die Wachen rufen.", "Tom Krause"
    )
    wrong = distractors(candidate, sentence.text.replace("Tom Krause", GAP), pools, "key")
    assert wrong is not None
    assert set(wrong) == {"Max Roth", "Jonas Berg", "Ben Hahn"}


def test_a_role_word_after_an_article_stays_since_the_article_would_dangle():
    candidate, _, sentence = _candidate_and_pools(
        "Die Wachen grüßen den Gouverneur Hans Devlin freundlich.", "Hans Devlin"
    )
    prompt = sentence.text.replace("Hans Devlin", GAP)
    assert without_role_before_gap(Wording(CLOZE, prompt, sentence.text), candidate) is None


def test_an_apposition_after_the_gap_says_the_gender_of_every_choice():
    _, finder, pools, sentences = series(
        "Ser Lena Graf reitet aus. Ritterin Ada Horn herrscht. Ritterin Uta Brand zürnt. "
        "Ritterin Eva Lind lacht. Ritter Max Roth trinkt. Königin Ida Stern schweigt.",
        "Ser Lena Graf, die einzige Ritterin der Garde, bringt einen Brief.",
    )
    # The rank in the apposition asks for its holders too (round 5: a queen and a princess
    # beside the one female knight gave her away); the article says they are women.
    sentence = sentences[-1]
    candidate = next(
        c for c in finder.find(sentence) if c.kind == PERSON and c.answer == "Lena Graf"
    )
    prompt = sentence.text.replace("Ser Lena Graf", GAP)
    wrong = distractors(candidate, prompt, pools, "key")
    assert wrong is not None
    assert set(wrong) == {"Ada Horn", "Uta Brand", "Eva Lind"}


def test_a_possessive_right_after_the_gap_says_the_gender_too():
    _, finder, pools, sentences = series(
        "Königin Ada Horn herrscht. Fürstin Uta Brand zürnt. Graf Ole Brink lacht. "
        "Gräfin Ida Stern singt. Graf Max Roth trinkt. Lord Jan Wolf schweigt.",
        "Am Abend nennt Eva Lind ihren Sohn nur Benedikt.",
    )
    sentence = sentences[-1]
    candidate = next(
        c for c in finder.find(sentence) if c.kind == PERSON and c.answer == "Eva Lind"
    )
    wrong = distractors(candidate, sentence.text.replace("Eva Lind", GAP), pools, "key")
    assert wrong is not None
    assert set(wrong) == {"Ada Horn", "Uta Brand", "Ida Stern"}


def test_a_rank_only_the_answer_holds_leaves_no_choices_wherever_the_prompt_names_it():
    # "Lord X, der Berater der Königin, rät ____ zu einem Bündnis" (blind reading): the one
    # governor among the choices is the answer, though the rank stands far from the gap.
    candidate, pools, sentence = _candidate_and_pools(
        "Pfarrer Paul Wagner, der Beichtvater des Gouverneurs, rät Hans Devlin zur Milde.",
        "Hans Devlin",
    )
    prompt = sentence.text.replace("Hans Devlin", GAP)
    assert distractors(candidate, prompt, pools, "key") is None
    # A rank others hold too ("des Wärters") says nothing of which one is asked.
    candidate, pools, sentence = _candidate_and_pools(
        "Pfarrer Paul Wagner, der Beichtvater des Wärters, rät Tom Krause zur Milde.",
        "Tom Krause",
    )
    prompt = sentence.text.replace("Tom Krause", GAP)
    assert distractors(candidate, prompt, pools, "key") is not None


def test_hotel_and_ship_staff_of_any_language_are_roles_not_names():
    # "Concierge Brückner" was an answer (round 15): the role word stays out of it.
    from pathlib import Path

    from quiz.generator.pipeline import generate
    from quiz.generator.sources import Synopsis

    lines = (
        "Hotelier Ida Lorenz eröffnet in Bad Ems die Saison ihres Kurhotels. Concierge Lutz"
        " Bremer, seit zwanzig Jahren im Haus, begrüßt den Gast Otto Sommer.",
        "Concierge Bremer, dem im Haus nichts entgeht, erfährt vom Postamt, dass Otto Sommer ein"
        " Telegramm nach Metz aufgegeben hat.",
        "Am Abend beschwert sich Otto Sommer bei Stewardess Nele Brandt über den Lärm.",
    )
    bank = generate([Synopsis(Path("kurhotel-staffel-1.txt"), "kurhotel-staffel-1.txt", lines)])
    answers = {g.question.answer for g in bank[0].questions}
    assert not [a for a in answers if a.startswith(("Concierge", "Stewardess"))], answers
    assert role_key("Concierge") == "concierge"


def test_the_offices_of_a_monastery_are_roles():
    # "Prior Anselm" was cut "____ Anselm" with the answer "Prior" (round 16).
    from pathlib import Path

    from quiz.generator.pipeline import generate
    from quiz.generator.sources import Synopsis

    lines = (
        "Im Frühjahr 1338 stirbt in der Abtei Rabenau der alte Abt. Prior Anselm verweist auf"
        " die Urkunde mit dem Siegel der Falkensteiner, die im Archiv liegt.",
        "Bruder Ivo ertappt Novize Jakob vor dem Krankensaal. Jakob findet im Einband eines"
        " Psalters die Urkunde mit dem unversehrten Siegel der Falkensteiner.",
        "Ritter Ruprecht von Falkenstein verlangt das Dorf zurück. Bruder Ivo und Prior Anselm"
        " reisen nach Lübeck.",
    )
    name = "abtei-rabenau-staffel-1.txt"
    answers = {
        g.question.answer for g in generate([Synopsis(Path(name), name, lines)])[0].questions
    }
    assert not answers & {"Prior", "Novize"}, answers
    assert role_key("Prior") == "prior"

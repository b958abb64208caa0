"""Round 8 of the blind reading: answers and choices that give themselves away, by class.

Invented series only (never the fixtures a reader judges), one failure class per test.
"""

from __future__ import annotations

from pathlib import Path

from quiz.generator.aliases import naming_after
from quiz.generator.forms import word_set
from quiz.generator.pipeline import GeneratedQuestion, generate
from quiz.generator.predictable import Predictability
from quiz.generator.sources import Synopsis
from quiz.generator.spelling import respelled
from tests.generator import analysis
from tests.generator.quality import invariant_failures, nicknames_of, other_names
from tests.generator.test_generator_reads_as_german import tagged


def questions(*lines: str, name: str = "muehle-staffel-1.txt") -> list[GeneratedQuestion]:
    return generate([Synopsis(Path(name), name, lines)])[0].questions


def asked(*lines: str) -> dict[str, str]:
    return {g.question.prompt: g.question.answer for g in questions(*lines)}


def test_a_parent_question_needs_the_only_parent_the_series_names():
    mother_only = asked(
        "Müllerin Greta Sellner backt Brot für das Dorf. Ihr Sohn Jakob hütet die Ziegen.",
        "Der Schmied Anton Kübler repariert das Mühlrad.",
    )
    assert mother_only.get("Wessen Sohn ist Jakob?") == "Greta Sellner", mother_only
    both = asked(
        "Müllerin Greta Sellner backt Brot für das Dorf. Ihr Sohn Jakob hütet die Ziegen.",
        "Müller Ernst Sellner repariert das Mühlrad.",
    )
    assert "Wessen Sohn ist Jakob?" not in both, both
    by_relation = asked(
        "Müllerin Greta Sellner backt Brot für das Dorf. Ihr Sohn Jakob hütet die Ziegen.",
        "Jakobs Vater Anton Kübler repariert das Mühlrad.",
    )
    assert "Wessen Sohn ist Jakob?" not in by_relation, by_relation


FJORD = (
    "Der Spion Halvard, den alle nur den Raben nennen, beobachtet das Treffen der Schmuggler "
    "im Hafen. Bevor er Ulf Berg warnen kann, wird der Rabe von Hakons Männern gefangen "
    "genommen.",
    "Der Fischer Ulf Berg befreit den Raben aus dem Kerker. Hakon Grimsson schwört Rache.",
    "Kellermeister Anton Reis, von allen nur „Fass-Toni“ genannt, entdeckt im Weinkeller eine "
    "Leiche. Fass-Toni ruft Kommissarin Helga Brunner an.",
    "Die Schmugglerin Ragna Holt alias die Füchsin verkauft Hakon Grimsson gestohlenes Silber.",
    "Lars Eklund, genannt „der Lange“, verrät Ragna Holt an Hakon Grimsson. Der Lange erhält "
    "dafür 300 Silbermünzen.",
)


def test_a_nickname_and_the_real_name_are_one_person():
    found = questions(*FJORD, name="fjord-staffel-1.txt")
    assert found
    for generated in found:
        question = generated.question
        shown = word_set(question.prompt)
        # No other name of the answer stands in the prompt: not the nickname, not the name.
        for name in (question.answer, *question.accept):
            assert not word_set(name) - {"der", "die", "den", "dem"} <= shown, question
        # The naming itself is no gap ("von allen nur „____“ genannt").
        assert "„____“" not in question.prompt and "nur den ____ nennen" not in question.prompt
    answers = {g.question.answer for g in found if g.kind == "person"}
    assert not answers & {"der Rabe", "Fass-Toni", "der Lange", "die Füchsin"}, answers
    # A nickname typed counts for the person it names.
    raven = [g.question for g in found if g.question.answer == "Halvard"]
    assert raven and all("den Raben" in q.accept or "Raben" in q.accept for q in raven), raven


def test_a_nickname_is_found_only_right_after_the_name():
    def nickname(text: str, end: int):
        naming = naming_after(tagged(text), end)
        return naming.words if naming else None

    assert nickname("Tom Krause, den alle nur Tommy nennen, lacht.", 2) == ("Tommy",)
    assert nickname("Tom Krause alias der Schakal flieht.", 2) == ("Schakal",)
    assert nickname("Tom Krause, genannt „Der Doktor“, flieht.", 2) == ("Doktor",)
    assert nickname("Tom Krause, den alle mögen, trifft Anna Weber.", 2) is None
    assert nickname("Tom Krause, der Anna Weber liebt, flieht.", 2) is None
    assert nickname("Tom Krause ruft Anna Weber an, die man nur Anni nennt.", 2) is None


def test_a_name_misspelled_in_one_line_is_shown_as_the_series_usually_writes_it():
    found = questions(
        "Inspektor Ben Albrecht ermittelt im Hafen. Ben Albrecht verhört den Fischer Ole Brink.",
        "Inspektor Albresht findet heraus, dass Ole Brink ein Boot gestohlen hat.",
        "Ben Albrecht verhaftet Ole Brink am Kai. Die Reederin Karla Sommer zahlt die Kaution.",
    )
    prompts = [g.question.prompt for g in found]
    assert any("Inspektor Albrecht" in prompt for prompt in prompts), prompts
    assert not any("Albresht" in g.question.prompt + " ".join(g.question.choices) for g in found)
    # An inflection is no typo: the genitive keeps its s.
    assert respelled("Albreshts Boot", {"Albresht": "Albrecht"}) == "Albrechts Boot"


def test_a_cause_is_never_offered_from_another_persons_deed():
    prison = (
        "Häftling Tom Krause sitzt in Einzelhaft, weil er einen Wärter angegriffen hat.",
        "Häftling Paul Wagner hasst Max Roth dafür, dass er ihn beim Direktor verraten hat.",
        "Häftling Jan Hahn kommt auf die Krankenstation, weil er sich beim Sport verletzt hat.",
        "Häftling Otto Sommer wird verlegt, weil er den Koch bestochen hat.",
    )
    why = [g.question for g in questions(*prison) if g.kind == "reason"]
    hate = [q for q in why if q.prompt.startswith(("Warum hasst", "Wofür hasst"))]
    # Every other cause of the series is another man's deed: no choices, so not asked.
    assert not hate, hate
    # A deed the series tells of Max Roth himself may stand beside the cause of the hate.
    own = questions(
        *prison,
        "Häftling Max Roth landet im Loch, weil er ihn bestohlen hat.",
        "Häftling Max Roth muss in die Wäscherei, weil er ihn beim Kartenspiel betrogen hat.",
    )
    hate = [g.question for g in own if g.question.prompt.startswith(("Warum", "Wofür"))]
    hate = [q for q in hate if "hasst" in q.prompt]
    assert hate and all("dafür, dass er ihn bestohlen hat" in q.choices for q in hate), own
    assert all(not {"Wärter", "Sport", "Koch"} & set(" ".join(q.choices).split()) for q in hate)


def test_an_answer_the_verb_expects_is_guessed():
    guessable = Predictability("fluss-staffel-1", []).guessable
    expected = (
        ("eine Dachgeschosswohnung", "Was teilen sich Lea, Finn und Ole in Leipzig?"),
        ("durch einen Fluchttunnel", "Wie entkommen die Häftlinge aus der Festung?"),
        ("im Kreiskrankenhaus", "Wo stirbt der alte Fischer?"),
        ("die Silberkrone", "Was setzt der Bischof dem jungen Fürsten auf?"),
        ("im Sprachkurs", "Wo macht Ole große Fortschritte?"),
        ("die Miete", "Was erhöht Vermieter Kurt Lange?"),
        ("mit einem Küchenmesser", "Womit ersticht Ole den Wirt?"),
        ("in die Notaufnahme", "Wohin wird der Fischer eingeliefert?"),
    )
    for answer, prompt in expected:
        assert guessable(answer, prompt, by_frequency=False), (answer, prompt)
    unexpected = (
        ("eine Gartenlaube", "Was teilen sich Lea, Finn und Ole in Leipzig?"),
        ("eine Niere", "Was spendet Ole seiner Schwester?"),
        ("im Steinbruch", "Wo stirbt der alte Fischer?"),
        ("einen Strohhut", "Was verkauft der Bischof dem jungen Fürsten?"),
    )
    for answer, prompt in unexpected:
        assert not guessable(answer, prompt, by_frequency=False), (answer, prompt)


def test_a_nickname_is_read_in_the_usual_ways_of_saying_it():
    def nickname(text: str, end: int):
        naming = naming_after(tagged(text), end)
        return (naming.words, naming.article) if naming else None

    assert nickname("Halvard – den alle nur den Raben nennen – lauert.", 1) == (("Raben",), "den")
    assert nickname("Halvard, der „Rabe“ genannt wird, lauert.", 1) == (("Rabe",), "der")
    assert nickname("Tom Krause, auch bekannt als „Tommy“, lacht.", 2) == (("Tommy",), None)
    assert nickname("Tom Krause (Spitzname „Tommy“) lacht.", 2) == (("Tommy",), None)


def test_the_independent_check_knows_the_nicknames_too():
    pairs = nicknames_of(list(FJORD))
    told = {(name.split()[-1], nickname) for name, nickname in pairs}
    assert {("Reis", "Fass-Toni"), ("Holt", "Füchsin"), ("Eklund", "der Lange")} <= told, pairs
    assert "Rabe" in other_names("Halvard", pairs)
    assert "Halvard" in other_names("der Rabe", pairs)
    (bank,) = generate([Synopsis(Path("fjord-staffel-1.txt"), "fjord-staffel-1.txt", FJORD)])
    assert bank.questions and not invariant_failures(bank)


def test_a_sibling_question_needs_the_only_sibling_the_series_names():
    one = asked(
        "Der Fischer Ole Brink flickt Netze. Ole Brinks Bruder Jan repariert das Boot.",
        "Die Wirtin Karla Sommer serviert Suppe.",
    )
    assert one.get("Wessen Bruder ist Jan?") == "Ole Brink", one
    two = asked(
        "Der Fischer Ole Brink flickt Netze. Ole Brinks Bruder Jan repariert das Boot.",
        "Jans Schwester Greta Brink kommt aus Hamburg zurück.",
    )
    assert "Wessen Bruder ist Jan?" not in two, two


def test_a_nickname_between_first_name_and_surname_is_neither_a_place_nor_a_gap():
    found = questions(
        "Kellermeister Anton „Fass-Toni“ Reis entdeckt im Weinkeller eine Leiche. Fass-Toni "
        "ruft Kommissarin Helga Brunner an.",
        "Der Winzer Paul Kessler streitet mit Fass-Toni über den Preis der Trauben.",
        name="wein-staffel-1.txt",
    )
    assert found
    for generated in found:
        question = generated.question
        assert question.answer not in ("Fass-Toni", "Reis"), question
        if question.answer == "Anton Reis":
            assert "Fass-Toni" in question.accept and "Fass-Toni" not in question.prompt
    assert not [g for g in found if g.kind == "place"], found
    assert "Fass-Toni" in other_names("Anton Reis", nicknames_of(["Anton „Fass-Toni“ Reis"]))


def test_a_nickname_in_quotes_without_its_article_still_names_them_with_one():
    found = questions(
        "Der Spion Halvard, den alle nur „Rabe“ nennen, beobachtet das Treffen der Schmuggler.",
        "Der Fischer Ulf Berg befreit den Raben aus dem Kerker. Hakon Grimsson tobt vor Wut.",
        name="fjord-staffel-1.txt",
    )
    freed = [g.question for g in found if "befreit" in g.question.prompt]
    assert any(q.answer == "Halvard" for q in freed), freed
    assert not [g for g in found if g.question.answer in ("der Rabe", "Rabe")], found


def test_a_full_name_that_ends_in_a_nickname_stays_its_own_person():
    found = questions(
        "Lars Eklund, genannt „der Lange“, verrät Ragna Holt. Der Lange erhält 300 Münzen.",
        "Der Wirt Kurt Lange serviert Hakon Grimsson einen Schnaps. Kurt Lange lacht.",
        name="fjord-staffel-1.txt",
    )
    persons = {g.person for g in found if g.person}
    assert "Kurt Lange" in persons, persons


SPITZEL = (
    "Der Buchhalter Kurt Meinhold wird 1975 von Major Egon Vogt angeworben. Kurt unterschreibt "
    "in einem Hinterzimmer eine Verpflichtung unter dem Decknamen „Eisvogel“ und berichtet "
    "fortan über seine Kollegen.",
    "Meinholds Frau Ilse Meinhold plant mit ihrer Schwester Hanne Kluge eine Reise an die Ostsee.",
    "Der Pfarrer Georg Lenz wird verhaftet, weil in seiner Kirche Flugblätter liegen. Hanne "
    "Kluge organisiert eine Mahnwache.",
    "Kurt Meinhold gesteht seiner Frau in der Küche, dass er als Eisvogel von Anfang an über "
    "den Pfarrer Georg Lenz berichtet hat. Ilse Meinhold verlässt die Wohnung.",
)


def test_a_code_name_given_in_a_clause_belongs_to_the_person_of_the_clause():
    found = questions(*SPITZEL, name="spitzel-staffel-1.txt")
    theirs = [g.question for g in found if g.question.answer == "Kurt Meinhold"]
    assert theirs and all("Eisvogel" in q.accept for q in theirs), theirs
    assert not [q for q in theirs if "Eisvogel" in q.prompt], theirs
    assert not [g for g in found if g.question.answer in ("Eisvogel", "Egon Vogt")], found


def test_a_code_name_is_nobodys_where_its_clause_names_two_or_a_preposition_takes_one():
    def aliases(*lines: str) -> dict[str, set]:
        who, _sentences, _facts = analysis.analyse(*lines)
        return {p.canonical: p.aliases for p in who.persons if p.aliases}

    # "bei Egon Vogt": the one who reports, not the one reported to
    assert aliases(
        "Kurt Meinhold meldet sich bei Egon Vogt unter dem Decknamen „Eisvogel“.",
    ) == {"Kurt Meinhold": {("Eisvogel",)}}
    assert aliases("Kurt Meinhold nennt sich fortan „Eisvogel“.") == {
        "Kurt Meinhold": {("Eisvogel",)}
    }
    # who tells a code name is not its owner, and two persons of one clause leave it open
    assert not aliases("Kurt Meinhold verrät Ilse Kluge den Decknamen „Eisvogel“.")
    assert not aliases("Egon Vogt führt Kurt Meinhold unter dem Decknamen „Eisvogel“.")


WIESEL = (
    "Die Sozialarbeiterin Jule Hartmann nimmt in ihrer Notunterkunft ein 14-jähriges Mädchen "
    "auf, das nur „Wiesel“ genannt werden will und seinen richtigen Namen verschweigt. Wiesel "
    "klaut am ersten Abend 50 Euro aus der Kasse.",
    "Der Hausmeister Ralf Borchert erwischt Wiesel auf dem Dach.",
    "Beim Aufräumen findet Jule in Wiesels Rucksack einen Schülerausweis auf den Namen Lea "
    "Sommer. Jule ruft heimlich die Polizei in Rostock an.",
    "Wiesel spielt in der Theatergruppe der Unterkunft die Hauptrolle. Nach der Aufführung "
    "erzählt Lea vor allen, dass ihr Stiefvater sie geschlagen hat.",
    "Lea Sommer zieht zu ihrem Bruder Timo Sommer nach Rostock.",
)


def test_a_nickname_and_the_real_name_told_later_are_one_person():
    found = questions(*WIESEL, name="notunterkunft-staffel-1.txt")
    hers = [g.question for g in found if g.question.answer == "Lea Sommer"]
    assert hers and all("Wiesel" in q.accept for q in hers), hers
    assert not [q for q in hers if "Wiesel" in q.prompt], hers
    assert not [g for g in found if g.question.answer == "Wiesel"], found
    # The naming itself is no gap, whoever it names.
    assert not [g for g in found if "„____“" in g.question.prompt], found


def test_a_naming_of_someone_not_named_before_is_no_mention():
    # "ein Mädchen, das nur „Wiesel“ genannt werden will": asked, it is "nur „____“ genannt".
    who, sentences, _facts = analysis.analyse(*WIESEL)
    first = [m.written for m in who.mentions_in(sentences[0])]
    assert first == ["Jule Hartmann"], first
    assert [m.written for m in who.mentions_in(sentences[1])] == ["Wiesel"]


def test_a_real_name_is_told_by_the_words_of_a_real_name_only():
    def persons(*lines: str) -> list[tuple[str, list]]:
        who, _sentences, _facts = analysis.analyse(*lines)
        return sorted((p.canonical, sorted(p.aliases)) for p in who.persons)

    told = (
        "Kobra hackt die Bank. Kobra flieht nach Kiel.",
        "Kommissarin Ada Kranz erfährt: Kobra heißt in Wirklichkeit Tim Roth.",
        "Tim Roth stellt sich der Polizei.",
    )
    assert persons(*told) == [("Ada Kranz", []), ("Tim Roth", [("Kobra",)])]
    apposition = ("Kobra hackt die Bank. Kobra, mit richtigem Namen Tim Roth, flieht nach Kiel.",)
    assert persons(*apposition) == [("Tim Roth", [("Kobra",)])]
    # "eigentlich" says nothing of a name here, and two persons side by side are two.
    assert len(persons("Kobra hackt die Bank. Kobra will eigentlich Tim Roth warnen.")) == 2
    apart = (*told, "Kobra und Tim Roth treffen sich in Kiel.")
    assert len(persons(*apart)) == 3
    # Papers "auf den Namen" shown by someone the series knows by a nickname only, and not
    # by someone who merely has one name.
    papers = "{} zeigt Ada Kranz einen Ausweis auf den Namen Tim Roth."
    nickname = "Ein Junge, der nur „Kobra“ genannt werden will, hackt die Bank."
    assert ("Tim Roth", [("Kobra",)]) in persons(nickname, papers.format("Kobra"))
    assert len(persons("Kobra hackt die Bank.", papers.format("Kobra"))) == 3


KRAN = (
    "Der Lagerarbeiter Friedhelm Koch, wegen seiner feinen Manieren von allen nur „der Graf“ "
    "genannt, findet im Hafen eine Kiste mit Goldbarren. Der Graf versteckt die Kiste in "
    "seiner Laube, weil er der Polizei nicht traut.",
    "Weil er nie ohne Zigarre zu sehen ist, nennen die Kollegen den Kranführer Otto Lempke nur "
    "„Schlot“. Schlot hilft dem Grafen beim Transport, weil er einen Anteil will.",
    "Die Zöllnerin Marta Behrens wird von allen die Eule genannt, weil sie nachts Streife geht. "
    "Marta Behrens verdächtigt Friedhelm Koch, weil er plötzlich Geld hat.",
    "Otto Lempke verrät Friedhelm Koch an die Polizei, weil er Angst hat. Kommissar Bernd "
    "Ahlers nennt Otto Lempke einen Verräter.",
)


def test_a_nickname_given_by_a_naming_verb_before_or_after_the_name_is_theirs():
    who, _sentences, _facts = analysis.analyse(*KRAN)
    aliases = {p.canonical: p.aliases for p in who.persons}
    assert ("Graf",) in aliases["Friedhelm Koch"]  # the reason before the naming
    assert aliases["Otto Lempke"] == {("Schlot",)}  # "nennen ... Otto Lempke nur „Schlot“"
    assert ("Eule",) in aliases["Marta Behrens"]  # "wird von allen die Eule genannt"
    assert aliases["Bernd Ahlers"] == set()  # "nennt Otto Lempke einen Verräter": no nickname
    assert sorted(p.canonical for p in who.persons) == [
        "Bernd Ahlers",
        "Friedhelm Koch",
        "Marta Behrens",
        "Otto Lempke",
    ]


def test_the_reason_of_a_nickname_is_not_asked():
    found = questions(*KRAN, name="kran-staffel-1.txt")
    assert found
    # "Warum nennen … Otto Lempke nur „Schlot“?": the nickname says he smokes.
    why = [g.question.prompt.rsplit(". ", 1)[-1] for g in found if g.kind == "reason"]
    assert not [p for p in why if word_set(p) & {"genannt", "nennen", "nennt"}], why
    for generated in found:
        question = generated.question
        for name in (question.answer, *question.accept):
            assert not word_set(name) - {"der", "die", "den", "dem"} <= word_set(question.prompt)


def test_whose_asks_only_a_relation_between_persons():
    # "Wessen Büro ist Krügers Porsche?" (round 15): a thing taken for a person is nobody's
    # relation; a boat, an office or a car is no relation noun.
    from quiz.generator.kinship import names_a_person

    synopsis = Synopsis(
        Path("moor-staffel-1.txt"),
        "moor-staffel-1.txt",
        (
            "Kommissar Ole Brink verhört den Reeder Udo Kern im Hafen von Kiel.",
            "Fischer Tom Krause streitet mit Jan Hahn. Krauses Kutter Anna Maria sinkt am Abend"
            " vor Helgoland.",
        ),
    )
    asked = {g.question.prompt for g in generate([synopsis])[0].questions}
    assert "Wessen Kutter ist Anna Maria?" not in asked, asked
    assert all(names_a_person(word) for word in ("Sohn", "Chefin", "Sklavin", "Kollege"))
    assert not any(names_a_person(word) for word in ("Büro", "Kutter", "Ausflugsboot"))

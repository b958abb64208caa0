"""Round 18 of the blind reading, on invented lines: the name a person goes by, names that hold
an article ("van der"), a noun of someone's ("der Trupp von X") and things between an article
and a name ("der Pegel Emmerich") that are nobody's role."""

from __future__ import annotations

from pathlib import Path

from quiz.generator import wh
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from tests.generator import analysis


def _persons(*lines: str) -> dict[str, set[tuple[str, ...]]]:
    who, _sentences, _facts = analysis.analyse(*lines)
    return {p.canonical: set(p.aliases) for p in who.persons}


def _asked(*lines: str) -> dict[str, str]:
    synopsis = Synopsis(Path("revue-staffel-1.txt"), "revue-staffel-1.txt", lines)
    return {g.question.prompt: g.question.answer for g in generate([synopsis])[0].questions}


def test_a_stage_name_the_series_keeps_using_wins_over_the_civil_name_told_once():
    # "____ singt zum letzten Mal" was answered "Hedwig Pietsch" though the prompts call her Lola
    lines = (
        "Direktor Max Feldmann hofft auf die Sängerin Lola Lenné, die eigentlich Hedwig Pietsch "
        "heißt und aus dem Wedding stammt. Lola probt jeden Abend.",
        "Lola streitet mit Feldmann. Lola singt ein neues Lied.",
    )
    assert _persons(*lines)["Lola Lenné"] == {("Hedwig", "Pietsch")}
    told_later = (
        "Die Tänzerin Mascha Orlowa tanzt im Kabarett. Mascha bekommt die letzte Nummer.",
        "Dr. Paul Blau findet heraus, dass Mascha in Wahrheit Martha Krause heißt.",
        "Mascha gesteht alles. Ihr Bruder Otto Krause erpresst sie.",
    )
    persons = _persons(*told_later)
    assert persons["Mascha Orlowa"] == {("Martha", "Krause")}, persons
    assert "Otto Krause" in persons
    # A nickname still gives way to the full real name it is told to be.
    assert "Tim Roth" in _persons(
        "Kobra hackt die Bank. Kobra flieht.", "Kobra heißt in Wirklichkeit Tim Roth."
    )


def test_van_der_and_van_den_belong_to_the_name():
    mentions = analysis.mentions(
        "Im Hafen nimmt der Befrachter Joost van der Meulen den Auftrag an.",
        "Joost van der Meulen zahlt bar. Kees van den Berg lacht.",
    )
    assert mentions == [
        ("Joost van der Meulen", "Joost van der Meulen"),
        ("Joost van der Meulen", "Joost van der Meulen"),
        ("Kees van den Berg", "Kees van den Berg"),
    ], mentions


def test_a_noun_with_von_after_an_article_is_nobodys_first_name():
    # "Angeführt wird der ____ von Albrechtsheim" answered "Trupp von Joachim"
    lines = (
        "Angeführt wird der Trupp von Joachim von Albrechtsheim, dem Neffen des Freiherrn.",
        "Joachim von Albrechtsheim stört erneut die Vorstellung.",
    )
    names = {canonical for canonical, _ in analysis.mentions(*lines)}
    assert names == {"Joachim von Albrechtsheim"}, names


def test_a_thing_between_an_article_and_a_name_is_no_role():
    # "der Pegel Emmerich" made "Emmerich" a person and a choice beside the boatmen (round 18)
    lines = (
        "In Rotterdam meldet der Pegel Emmerich nur noch 1,20 Meter. Die Staatsanwaltschaft Kassel "
        "ermittelt gegen Jupp Hennig.",
        "Der Schiffer Jupp Hennig lacht. Die Köchin Gisela kocht, und der Clown Pepe tanzt.",
    )
    names = {canonical for _, canonical in analysis.mentions(*lines)}
    assert names == {"Jupp Hennig", "Gisela", "Pepe"}, names


def test_whose_sein_in_a_sentence_without_a_subject_first_is_the_person_it_names_before():
    # "Gleichzeitig kündigt Kuno das Darlehen, weil sein Neffe Joachim …": Kuno's nephew, not
    # that of the one person of the sentence before
    lines = (
        "Max Feldmann bittet Lola zu bleiben. Gleichzeitig kündigt Kuno Brandt das Darlehen, "
        "weil sein Neffe Joachim ihm Fotos zeigt.",
    )
    who, sentences, _ = analysis.analyse(*lines)
    _before, sentence = sentences
    feldmann = next(p for p in who.persons if p.canonical == "Max Feldmann")
    found = wh.whose(sentence, who.mentions_in(sentence), feldmann, None)
    assert [(m.written, owner.canonical, noun) for m, owner, noun in found] == [
        ("Joachim", "Kuno Brandt", "Neffe")
    ], found
    # Two persons named before: whose it is cannot be told.
    two = analysis.analyse(
        "Gleichzeitig streiten Kuno Brandt und Otto Lenz, weil sein Neffe Joachim lügt."
    )
    who2, (sentence2,), _ = two
    assert wh.whose(sentence2, who2.mentions_in(sentence2), None, None) == []


def test_a_people_after_an_is_asked_by_an_wen_never_woran():
    asked = _asked(
        "Die Schwerter der Schmiedin Ragna Eriksdottir dürfen nach einem alten Gesetz nicht an "
        "die Nordleute verkauft werden. Ragna Eriksdottir verkauft sie trotzdem.",
    )
    assert not any(prompt.startswith("Woran") for prompt in asked), asked


def test_von_der_after_a_full_name_says_where_someone_comes_from():
    mentions = analysis.mentions(
        "Als Silas Crane von der Colorado Railroad eintrifft, jubelt die Stadt.",
        "Silas Crane kauft Land. Ursula von der Leyen lacht.",
    )
    assert ("Silas Crane", "Silas Crane") in mentions, mentions
    assert all("Colorado" not in written for written, _ in mentions), mentions


def test_a_relation_keeps_its_own_spelling():
    who, sentences, _ = analysis.analyse(
        "Kapitän Frank Dörr muss landen; seine Co-Pilotin Lea Marquardt bringt die Maschine "
        "sicher zum Stehen."
    )
    (sentence,) = sentences
    relations = [noun for _, _, noun in wh.whose(sentence, who.mentions_in(sentence), None, None)]
    assert relations == ["Co-Pilotin"], relations


def test_a_gap_whose_answer_the_prompt_names_by_title_is_not_asked():
    # "Lolas Gage, die sie ____ leiht, kann der Direktor das Darlehen zurückzahlen" (round 18)
    asked = _asked(
        "Direktor Max Feldmann schuldet seinem Vermieter 18.000 Reichsmark. Die Sängerin Lola "
        "Lenné singt jeden Abend.",
        "Am Silvesterabend singt Lola zum letzten Mal. Mit den Einnahmen des Abends und Lolas "
        "Gage, die sie Feldmann leiht, kann der Direktor das Darlehen an den Freiherrn "
        "zurückzahlen.",
    )
    for prompt, answer in asked.items():
        if "der Direktor" in prompt:
            assert answer != "Max Feldmann", prompt
    assert any(answer == "Max Feldmann" for answer in asked.values()), asked


def test_a_title_as_an_attribute_or_before_a_name_does_not_count_as_the_answer():
    from quiz.generator.forms import _named_by_title

    who, _, _ = analysis.analyse(
        "Königin Ysolde Varn regiert. Direktor Max Feldmann zahlt. Die Insassin Ada Kern lacht."
    )
    by_name = {p.canonical: p for p in who.persons}
    queen, director, inmate = by_name["Ysolde Varn"], by_name["Max Feldmann"], by_name["Ada Kern"]
    assert _named_by_title("die sie ____ leiht, kann der Direktor zahlen.", director)
    assert not _named_by_title("Direktor ____ schuldet dem Vermieter Geld.", director)
    assert not _named_by_title("Der Berater der Königin rät ____ zu einem Bündnis.", queen)
    assert _named_by_title("Sie rät ____ zum Frieden, und die Königin lacht.", queen)
    assert not _named_by_title("Wer streitet mit der Insassin Ada Kern?", inmate)
    assert not _named_by_title("Als ____ kommt, lacht der Direktor.", queen)


def test_a_person_beside_the_thing_taken_is_asked_by_wem():
    # "Wen nimmt Frank Zielinski die Binde ab?" (round 19): "abnehmen" takes a dative person
    asked = _asked(
        "Trainer Frank Zielinski nimmt Dennis Kowalczyk die Kapitänsbinde ab. Trainer Frank "
        "Zielinski nimmt Jonas Berger mit ins Trainingslager.",
    )
    assert asked.get("Wem nimmt Frank Zielinski die Kapitänsbinde ab?") == "Dennis Kowalczyk"
    assert "Wen nimmt Frank Zielinski die Kapitänsbinde ab?" not in asked, asked
    # Nothing taken from him: the person is the object.
    assert asked.get("Wen nimmt Frank Zielinski mit ins Trainingslager?") == "Jonas Berger"

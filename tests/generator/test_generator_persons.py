"""Who is who: names with role words of any domain, surnames later, genitives, spellings."""

from __future__ import annotations

from quiz.generator.persons import WhoIsWho
from tests.generator import analysis


def analyse(*lines: str) -> tuple[WhoIsWho, list]:
    who, sentences, _ = analysis.analyse(*lines)
    return who, sentences


def mentioned(who: WhoIsWho, sentences: list) -> list[tuple[str, str | None]]:
    return [
        (m.written, m.person.canonical if m.person else None)
        for sentence in sentences
        for m in who.mentions_in(sentence)
    ]


def test_role_words_of_other_domains_introduce_persons():
    who, _sentences = analyse(
        "Chefärztin Dr. Hanna Berger operiert. Detective Sam Miller ermittelt. "
        "Richterin Eva Stein urteilt. Pfarrer Anton Gruber betet. Sister Mary Flanagan hilft."
    )
    assert [p.canonical for p in who.persons] == [
        "Hanna Berger",
        "Sam Miller",
        "Eva Stein",
        "Anton Gruber",
        "Mary Flanagan",
    ]
    circles = {p.canonical: p.circle for p in who.persons}
    assert circles == {
        "Hanna Berger": "medicine",
        "Sam Miller": "police",
        "Eva Stein": "justice",
        "Anton Gruber": "church",
        "Mary Flanagan": "church",
    }


def test_a_person_known_in_full_is_found_again_by_surname_and_first_name():
    who, sentences = analyse(
        "Lehrerin Clara Vogt kommt nach Bremen.",
        "Vogt hasst Winter. Clara schweigt.",
    )
    assert mentioned(who, sentences) == [
        ("Clara Vogt", "Clara Vogt"),
        ("Vogt", "Clara Vogt"),
        ("Clara", "Clara Vogt"),
    ]
    assert ("Bremen",) in who.places


def test_genitive_s_goes_when_the_bare_name_is_known_or_a_common_noun_follows():
    who, sentences = analyse(
        "Häftling Jonas Brandt sitzt. Brandts Zelle ist leer.",
        "Die Gruppe von Schwester Petes Verein trifft sich.",
    )
    pairs = mentioned(who, sentences)
    assert ("Brandts", "Jonas Brandt") in pairs
    assert ("Petes", "Pete") in pairs
    genitives = [m.genitive for s in sentences for m in who.mentions_in(s)]
    assert genitives == [False, True, True]


def test_one_person_spelled_two_ways_is_merged_but_two_sharing_a_surname_stay_two():
    who, sentences = analyse(
        "Der Gefangene Ryan O’Reily lacht. Ryan O’Reillys Bruder Cyril kommt an.",
        "Häftling Cyril O’Reily kämpft. O’Reily gewinnt.",
    )
    names = sorted(p.canonical for p in who.persons)
    assert names == ["Cyril O’Reily", "Ryan O’Reily"]
    pairs = mentioned(who, sentences)
    assert ("Ryan O’Reillys", "Ryan O’Reily") in pairs
    assert ("Cyril", "Cyril O’Reily") in pairs
    # "O’Reily" alone could be either brother: known as a mention, but of nobody in particular.
    assert ("O’Reily", None) in pairs


def test_names_with_particles_and_capitalised_surnames_that_are_words():
    who, _ = analyse(
        "Richterin Friederike von Hallstein lädt die Sozialarbeiterin Petra Lang vor. "
        "Offizier Karl Metzger wartet."
    )
    assert [p.canonical for p in who.persons] == [
        "Friederike von Hallstein",
        "Petra Lang",
        "Karl Metzger",
    ]


def test_a_surname_one_letter_off_after_a_role_word_is_the_same_person():
    who, sentences = analyse(
        "Detective Sam O’Connor kommt an.", "Detective O’Conner findet eine Spur."
    )
    assert ("O’Conner", "Sam O’Connor") in mentioned(who, sentences)
    assert len(who.persons) == 1


def test_nouns_before_names_are_learnt_as_roles():
    who, _ = analyse("Der Kannibale Donald Groves tötet. Der Kannibale schweigt.")
    assert "kannibale" in who.role_words


def test_a_child_called_by_a_first_name_bears_the_house_name_of_the_parent():
    who, _ = analyse(
        "Im August erkrankt Baronin Charlotte von Aldenburg an einem Fieber. "
        "Der junge Arzt rettet die Baronin mit Chinin. "
        "Ihre Tochter Elisabeth verliebt sich in ihn."
    )
    assert "Elisabeth von Aldenburg" in {p.canonical for p in who.persons}


def test_a_child_of_no_noble_house_or_of_an_unclear_parent_keeps_the_first_name():
    commoner, _ = analyse("Pfleger Jonas Koch kommt. Seine Tochter Lisa weint.")
    assert "Lisa" in {p.canonical for p in commoner.persons}
    two, _ = analyse(
        "Baronin Charlotte von Aldenburg und Gräfin Adelheid von Wartenberg streiten. "
        "Ihre Tochter Elisabeth weint."
    )
    assert "Elisabeth" in {p.canonical for p in two.persons}


def test_a_known_one_name_persons_genitive_after_a_preposition_is_no_place():
    # "in Wiesels Rucksack" looked like a place ("in ..."): a known person's genitive before a
    # noun is a mention of them.
    who, sentences = analyse(
        "Wiesel klaut am Abend 50 Euro. Wiesel flieht auf das Dach.",
        "Beim Aufräumen findet Jule Hartmann in Wiesels Rucksack einen Ausweis.",
    )
    assert ("Wiesels", "Wiesel") in mentioned(who, sentences)
    assert ("Wiesels",) not in who.places


def test_a_quoted_boat_name_and_its_passengers_are_no_person():
    who, _sentences = analyse(
        "Kapitän Ole Brandt ist wütend. Am Abend fährt Kapitän Ole Brandt, der mit seinem "
        "Kutter „Möwe“ Urlauber zur Insel bringt, nach Hause. Die Urlauber sind froh."
    )
    assert [p.canonical for p in who.persons] == ["Ole Brandt"]


def test_a_surname_the_tagger_reads_as_a_noun_stays_with_each_first_name():
    # A surname like a noun ("Pfeifer"): written after several names and never after an article (a
    # relative "die" after a comma is none), each full name is one person, and the genitive
    # before a thing ("Pfeifers Mercedes") is no person of its own.
    who, sentences = analyse(
        "Die Polizei findet die Leiche des Winzers Tobias Pfeifer. Pfeifers Mercedes steht am Fluss.",
        "Seine Frau Greta schweigt. Am Abend vertraut Greta Pfeifer der Kommissarin an, dass "
        "Pfeifer Angst hatte. Sie zeigt die Waffe, die Pfeifer gekauft hat.",
        "Der Sohn Jonas Pfeifer streitet mit Greta Pfeifer. In Pfeifers Kalender steht nichts.",
    )
    names = sorted(p.canonical for p in who.persons)
    assert "Pfeifers Mercedes" not in names
    assert "Greta Pfeifer" in names
    pairs = mentioned(who, sentences)
    assert ("Greta Pfeifer", "Greta Pfeifer") in pairs
    assert ("Pfeifers Mercedes", "Pfeifers Mercedes") not in pairs


def test_a_word_after_a_firms_word_is_no_surname_of_several():
    # "den Circus Falkenberg" beside "Otto Falkenberg" (held-out-11): a word after an article
    # ("Circus") is no first name, so the name after it is no surname shared by two persons.
    from quiz.generator.corpus import WordFacts
    from quiz.generator.text import Token

    brenner = Token("Brenner", 0, 7, "NN", "Brenner")
    seen = {"Brenner": {"Circus", "Otto"}}
    assert not WordFacts(names_before=seen, after_determiner={"Circus"}).is_surname_of_several(
        brenner
    )
    assert WordFacts(names_before={"Brenner": {"Tom", "Otto"}}).is_surname_of_several(brenner)


def test_a_month_after_ende_or_before_a_year_is_a_date_not_a_person():
    # "Ende März 1955 verlässt der Zirkus ..." made "März" a person, then the answer to
    # "Wessen Witwe ist ...?" (round 16).
    from quiz.generator.persons import _a_date
    from quiz.generator.text import split_sentences

    def tokens(text: str):
        return split_sentences(text, 1)[0].tokens

    assert _a_date(tokens("Ende März 1955 reist Ida ab."), 1, 2)
    assert _a_date(tokens("Sie kommt im August zurück."), 3, 4)
    assert not _a_date(tokens("August Pieper ruft zur Versammlung."), 0, 1)


def test_a_known_surname_then_another_persons_genitive_are_two_persons():
    # "wirbt Hagedorn Enzos Fänger ab" made a person "Hagedorn Enzo" (diagnosis 17).
    from tests.generator.analysis import analyse

    who, _sentences, _facts = analyse(
        "Seit dem Tod ihres Mannes führt Rosa Lindner den Zirkus. Ihr Sohn Enzo ist"
        " Trapezkünstler.",
        "Nur zwei Kilometer entfernt eröffnet Konkurrent Bruno Falk einen Zirkus. Noch in"
        " derselben Nacht wirbt Falk Enzos Fänger Mirko mit der doppelten Gage ab.",
        "Enzo bleiben nur zehn Tage, um einen neuen Partner zu finden.",
    )
    names = {person.name for person in who.persons}
    assert ("Falk", "Enzo") not in names, names
    assert ("Enzo",) in names and ("Bruno", "Falk") in names, names


def test_an_arabic_patronymic_is_part_of_the_name():
    # "____ ibn Yaqub" was a gap on the first name only (round 18).
    from tests.generator.analysis import analyse

    who, _sentences, _facts = analyse(
        "In Sevilla trifft der Gesandte Yusuf ibn Harun ein. Die Händlerin Inga Holm lädt ihn ein.",
        "Yusuf ibn Harun bemerkt, dass die Waage falsch ist, und Inga Holm lacht.",
    )
    assert ("Yusuf", "ibn", "Harun") in {person.name for person in who.persons}

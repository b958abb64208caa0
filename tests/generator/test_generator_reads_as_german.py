"""Round 5 of the blind reading: questions that stand alone and read as German.

Invented series only (never the fixtures a reader judges), one failure class per test.
"""

from __future__ import annotations

from pathlib import Path

from quiz.generator import tagging
from quiz.generator.grammar import lacks_a_verb
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from quiz.generator.text import split_sentences


def prompts(*lines: str, name: str = "wald-staffel-1.txt") -> dict[str, str]:
    bank = generate([Synopsis(Path(name), name, lines)])[0]
    return {g.question.prompt: g.question.answer for g in bank.questions}


def tagged(text: str):
    sentence = split_sentences(text, 1)[0]
    tagging.tag(sentence)
    return sentence


def test_a_modal_verb_with_nothing_to_govern_marks_a_missing_verb():
    assert lacks_a_verb(tagged("Man prüft, wie es zu dem schweren Unfall konnte."))
    assert not lacks_a_verb(tagged("Man prüft, wie es zu dem schweren Unfall kommen konnte."))
    assert not lacks_a_verb(tagged("Er weiß, was er kann."))
    assert not lacks_a_verb(tagged("Sie zeigt, dass sie es kann."))
    assert not lacks_a_verb(tagged("Er möchte, dass Anna bleibt."))


def test_no_question_is_cut_from_a_sentence_that_lacks_a_verb():
    asked = prompts(
        "Förster Jan Weber soll prüfen, wie es zu dem Waldbrand konnte und ob Wilderer Max "
        "Roth darin verwickelt ist. Jan Weber findet 12 leere Kanister im Schuppen.",
        "Die Jägerin Eva Lind verjagt den Wilderer Max Roth mit einer Harke.",
    )
    assert not [p for p in asked if "konnte" in p], asked


def test_a_genitive_name_is_asked_by_wessen_and_never_as_a_gap_with_an_s():
    asked = prompts(
        "Der Wilderer Max Roth landet in Försterin Annas Hütte, wo er Holz hackt.",
        "Die Jägerin Eva Lind verjagt den Dieb Ole Brink mit einer Harke.",
    )
    assert not [p for p in asked if "____s" in p], asked
    assert asked.get("In wessen Hütte landet Max Roth?") == "Anna", asked


def test_a_thing_held_in_the_hand_is_not_cut_from_where_it_is_held():
    asked = prompts(
        "Pfleger Jan Koch wird mit einer leeren Spritze in der Hand erwischt.",
        "Die Ärztin Eva Lind schlägt den Dieb Ole Brink mit einer Schaufel.",
    )
    assert not [p for p in asked if p.startswith("Womit") and "Hand" in p], asked


def test_a_person_described_beside_another_name_is_not_asked_without_context():
    asked = prompts(
        "Bergführerin Lena Hofer sucht im Nebel. Mit der Sonde findet Lena Hofer den Jungen "
        "nach 40 Minuten.",
        "Pilot Tobias Wenger fliegt den Verletzten Max Stadler ins Tal.",
    )
    assert not [p for p in asked if p.startswith(("Mit der Sonde", "Wie viele Minuten"))], asked


def test_siblings_of_one_surname_are_told_apart_by_first_name():
    asked = prompts(
        "Der Fischer Ole Brink kommt nach Kiel. Ole Brinks Bruder Jan muss ebenfalls "
        "nach Kiel ziehen.",
        "Häftling Jan Brink kämpft gegen den Wärter Paul Graf.",
    )
    assert asked.get("Wessen Bruder ist Jan?") == "Ole Brink", asked


def test_a_surname_two_persons_share_is_never_shown_alone():
    asked = prompts(
        "Kommandantin Sofia Marek übernimmt die Station Aurora. Admiralin Helga Marek kommt an.",
        "Der Pilot Kiro Tal fliegt nach Tessar. Marek muss mit der Fähre „Valkyr“ zur Erde "
        "zurückkehren.",
    )
    lone = [p for p in asked if "Marek" in p.replace("Sofia Marek", "").replace("Helga Marek", "")]
    assert not lone, asked


def test_a_possessive_that_may_stand_for_someone_of_the_sentence_before_needs_it():
    asked = prompts(
        "Nowaks Frau Irina besucht ihren Mann jeden Tag. Ärztin Dr. Hanna Berger bemerkt blaue "
        "Flecken an ihren Armen und ruft die Sozialarbeiterin Petra Lang.",
        "Pfleger Jan Koch schlägt den Dieb Ole Brink mit einer Schaufel.",
    )
    shown = [p for p in asked if "ihren Armen" in p]
    assert all("Irina" in p for p in shown), shown


def test_no_who_question_when_a_partner_does_the_same():
    asked = prompts(
        "Kommissarin Eva Stein ermittelt im Hafen von Kiel, wo 40 Gewehre gefunden wurden. Ihr "
        "neuer Partner ist Detective Tom Kerr aus Boston.",
        "Der Reeder Max Roth bestreitet alles. Kommissarin Eva Stein verhört den Reeder Max Roth.",
    )
    assert not [p for p in asked if p.startswith("Wer ermittelt")], asked


def test_no_pronominal_question_on_an_idiom_and_no_was_on_haben_alone():
    asked = prompts(
        "Richter Bernd Hoffmann lässt den Reeder Max Roth gegen Kaution frei. Die Köchin Mia "
        "Lind hat ein Date mit dem Tierarzt Leon Graf.",
        "Die Jägerin Eva Lind verteidigt sich mit einer Harke.",
    )
    assert not [p for p in asked if p.startswith(("Wogegen", "Was hat"))], asked


def test_a_comma_between_two_verbs_of_the_subject_reads_und_unless_set_against():
    asked = prompts(
        "Der Verurteilte Ole Brink bekommt Frauenbesuch, wird daraufhin von Mithäftling Jan Roth "
        "erpresst. Der Wilderer Max Graf kennt den Weg, schweigt aber wie ein Grab.",
        "Die Jägerin Eva Lind verteidigt sich mit einer Harke.",
    )
    assert "Wer bekommt Frauenbesuch und wird von Mithäftling Jan Roth erpresst?" in asked, asked
    assert not [p for p in asked if "und schweigt aber" in p], asked


def test_those_behind_what_was_told_take_the_sentence_before():
    asked = prompts(
        "In den Zellentrakt werden viele Drogen geschmuggelt. Wärterchef Tim Roth versucht, "
        "die Hintermänner ausfindig zu machen.",
        "Die Jägerin Eva Lind verteidigt sich mit einer Harke.",
    )
    bare = [p for p in asked if p.startswith(("Wärterchef ____", "Wer versucht"))]
    assert not bare, asked


# Diagnosis 15: wh-questions that change what a sentence says, or stop in the wrong place.


def test_a_name_after_a_masculine_subject_after_the_verb_is_no_subject():
    # "bietet der Agent Lea ...": the agent offers, Lea is offered; never "Wie viele Taler
    # bietet Lea Kron ...?"
    asked = prompts(
        "Der Agent Jonas Brück kommt nach Talheim. Der alte Bauer Ewald Kron lehnt ab, und "
        "seine Tochter Lea Kron schreibt darüber in der Zeitung.",
        "Unterdessen bietet der Agent Lea Kron für den Hof ihres Vaters 3000 Taler. Lea Kron "
        "lässt die Erde prüfen.",
    )
    assert not [p for p in asked if "bietet Lea Kron" in p], asked


def test_a_score_is_never_split_by_a_question_word():
    asked = prompts(
        "Bürgermeisterin Ute Saal übersteht die Abstimmung mit 41 zu 37 Stimmen.",
        "Der Turnverein gewinnt das Finale mit 68 zu 71 Punkten.",
        "Die Jägerin Eva Lind verjagt den Dieb Ole Brink mit einer Harke.",
    )
    assert not [p for p in asked if "wie viel" in p.lower()], asked


def test_a_who_question_stops_before_a_relative_clause_cut_before_what_it_says():
    asked = prompts(
        "Försterin Ute Saal entlässt ihren Gehilfen, der beim Abschied auf der Treppe "
        "flüstert: „Ich war es nicht.“",
        "Die Jägerin Eva Lind verjagt den Dieb Ole Brink mit einer Harke.",
    )
    assert "Wer entlässt ihren Gehilfen?" in asked, asked
    assert not [p for p in asked if "flüstert?" in p], asked


def test_a_lone_dash_before_a_new_main_clause_ends_the_question():
    asked = prompts(
        "Försterin Ute Saal gewinnt die Abstimmung im Gemeinderat, weil die Jäger zu ihr "
        "halten – in ihrer Rede kündigt sie jedoch an, nicht mehr anzutreten.",
        "Förster Jan Weber bringt Holz – einen ganzen Wagen voll – in die Hütte am See.",
    )
    assert (
        asked.get("Wer gewinnt die Abstimmung im Gemeinderat, weil die Jäger zu ihr halten?")
        == "Ute Saal"
    ), asked
    assert not [p for p in asked if "Rede" in p and p.startswith("Wer")], asked


def test_an_event_after_bei_is_no_place_and_a_dass_object_is_not_left_out():
    asked = prompts(
        "Tierärztin Dr. Ella Korn stellt bei einer Routineuntersuchung fest, dass die Stute "
        "Frieda lahmt.",
        "Wirt Eduard Pohl erzählt Jan Weber beim dritten Bier, dass der Dieb im Wald wohnt.",
        "Die Jägerin Eva Lind verjagt den Dieb Ole Brink mit einer Harke.",
    )
    assert not [p for p in asked if p.startswith(("Wo stellt", "Wen erzählt", "Wem erzählt"))], (
        asked
    )


def test_an_action_noun_after_bei_is_not_asked_by_wo():
    asked = prompts(
        "Förster Jan Weber verliert bei einer Hausdurchsuchung seinen Hut.",
        "Die Jägerin Eva Lind verjagt den Dieb Ole Brink mit einer Harke.",
    )
    assert not [p for p in asked if p.startswith("Wo ")], asked


def test_a_who_question_ends_before_a_new_subject_that_a_relative_clause_follows():
    asked = prompts(
        "Die Försterin Lena Hofer lädt Eva Lind ein, im nächsten Winter wieder mitzukommen, "
        "und Max Roth, der eigens aus Kiel angereist ist, bittet um seinen alten Platz im Zelt.",
        "Der Jäger Ole Brink verjagt den Wilderer Paul Graf mit einer Harke.",
    )
    who = [p for p in asked if p.startswith("Wer lädt")]
    assert who == ["Wer lädt Eva Lind ein, im nächsten Winter wieder mitzukommen?"], asked


def test_the_comma_that_closes_a_relative_clause_stays_before_a_joined_verb():
    asked = prompts(
        "Die Försterin Lena Hofer empfängt Max Roth, der eigens aus Kiel angereist ist, zeigt "
        "Eva Lind den Weg zum Luchsgehege.",
        "Der Jäger Ole Brink verjagt den Wilderer Paul Graf mit einer Harke.",
    )
    assert (
        "Wer empfängt Max Roth, der eigens aus Kiel angereist ist, und zeigt Eva Lind den Weg "
        "zum Luchsgehege?" in asked
    ), asked


# Round 14 (held-out-15): a question that loses its subject or keeps half a phrase.


def test_a_name_after_a_subject_and_a_dative_role_is_no_subject():
    # "verspricht der Legat dem Freigelassenen Eros ...": the legate promises, Eros is promised;
    # never "Was verspricht Eros ...?"
    asked = prompts(
        "Kommissar Anton Weigl ermittelt in Linz gegen den Reeder Paul Hofer. Der Zeuge "
        "Tobias Brandl schweigt.",
        "Um Beweise zu bekommen, verspricht der Kommissar dem Zeugen Tobias Brandl eine "
        "eigene Bootswerkstatt in Wels, falls er gegen Paul Hofer aussagt.",
    )
    assert not [p for p in asked if "verspricht Tobias Brandl" in p], asked


def test_no_noun_is_cut_from_behind_dessen():
    asked = prompts(
        "Kommissar Anton Weigl ermittelt in Linz gegen den Reeder Paul Hofer. Der Zeuge "
        "Tobias Brandl schweigt.",
        "Anton Weigl kehrt im März aus Wien zurück. Um Beweise zu bekommen, verspricht der "
        "Kommissar dem Zeugen Tobias Brandl Schutz vor dessen Gläubiger, falls er aussagt.",
    )
    assert not [p for p in asked if "dessen?" in p or "dessen ____" in p], asked


def test_one_of_two_objects_with_a_place_between_is_not_asked():
    # "Was verspricht X in Flensburg und Schutz vor der Polizei?" leaves the second object over
    asked = prompts(
        "Taucherin Vera Lind kommt nach Kiel. Sie sucht den Schmuggler Ole Brink.",
        "Vera Lind verspricht Ole Brink eine eigene Tauchschule in Flensburg und Schutz vor "
        "der Polizei.",
        "Vera Lind findet eine rostige Harpune im Bootshaus und einen Brief ihres Vaters.",
    )
    assert not [p for p in asked if p.startswith("Was ") and " und " in p], asked


def test_an_adjective_that_points_back_leaves_the_first_sentence_without_context():
    # "die entscheidenden Unterlagen": which ones? Told in a sentence the prompt does not show.
    asked = prompts(
        "Pilotin Nora Gerke verliert ihre Lizenz. Der Mechaniker Ulf Kramer hilft ihr.",
        "Nora Gerke fliegt nach Bremen und trifft dort den Richter Jörn Voss. Am Abend "
        "erfährt Nora Gerke, dass Ulf Kramer die entscheidenden Papiere von Hanno Stegemann "
        "bekommen hat.",
    )
    assert not [p for p in asked if p.startswith("Am Abend")], asked


# Diagnosis 16: what a "Was" question leaves behind, and question words that do not fit.


def test_a_what_question_takes_the_count_and_the_owner_with_its_noun():
    asked = prompts(
        "Schäfer Kev Mahony arbeitet auf der Farm Wattle Flat. Sein Chef ist Tom Harding.",
        "Kev Mahony findet am Brunnen dreißig verendete Mutterschafe. Weil das Geld fehlt, "
        "drohen die Scherer mit der Abreise. Tom Harding verpfändet heimlich den alten "
        "Lanz-Bulldog seines Großvaters Arthur Harding.",
        "Die Hackerin Kasi Brandt stößt auf eine Firma namens Stadtdaten GmbH mit Sitz in "
        "einem Hochhaus am Alexanderplatz.",
    )
    assert not [p for p in asked if "dreißig?" in p or ("namens" in p and "____" not in p)], asked
    # "seines Großvaters Arthur Harding" owns the tractor: neither "Was verpfändet Tom Harding
    # heimlich seines Großvaters ...?" nor "Wen verpfändet Tom Harding ...?"
    assert not [p for p in asked if p.startswith("Was") and "seines" in p], asked
    assert not [p for p in asked if p.startswith("Wen verpfändet")], asked


def test_a_who_question_stops_before_und_and_a_pronoun_with_its_own_verb():
    asked = prompts(
        "Ida Kern verklagt Max Roth wegen Betrugs, und er gibt zu, den Vertrag auf Druck von "
        "Uta Sommer unterschrieben zu haben.",
        "Die Jägerin Eva Lind verjagt den Dieb Ole Brink mit einer Harke.",
    )
    assert "Wer verklagt Max Roth wegen Betrugs?" in asked, asked


def test_no_wo_word_for_a_goal_an_agent_or_a_manner():
    # "Wozu führt die Spur ...?" (a goal: Wohin), "Wovon wird X verhört?" (an agent: Von wem),
    # "Worunter entwickelt X ...?" ("unter hohem Zeitdruck": a manner)
    asked = prompts(
        "Die Spur führt Ida Kern zu einem verlassenen Kiosk am Hafen. Dort wird Max "
        "Roth von der Kriminalpolizei verhört.",
        "Max Roth entwickelt unter hohem Zeitdruck eine neue Version der Software.",
        "Die Jägerin Eva Lind verjagt den Dieb Ole Brink mit einer Harke.",
    )
    assert not [p for p in asked if p.startswith(("Wozu", "Wovon", "Worunter"))], asked


def test_no_who_question_before_a_plural_verb():
    # "Brille gelingen mit der Kamera drei Fotos" → "Wer gelingen ...?" (round 15): the
    # photos are the subject, the person a dative; "Wer" takes a singular verb.
    asked = prompts(
        "Der Schüler Jannik Wendt, den alle nur „Socke“ nennen, legt sich am Deich auf die Lauer.",
        "Socke gelingen mit dem Fernglas vier Aufnahmen, doch sie sind so dunkel, dass Ole Brink"
        " nur lacht.",
    )
    assert not [p for p in asked if p.startswith("Wer gelingen")], asked
    assert any(p.startswith("Wie viele Aufnahmen gelingen") for p in asked), asked


CIRCUS = (
    "Im Frühjahr 1955 gastiert der Zirkus Brandoni in Hann. Münden. Direktorin Ida Brandoni muss"
    " bis Ostern einen Kredit über 9.000 Mark an den Bankier Otto Reim zurückzahlen.",
    "Am Morgen entdeckt Clown Pepe Lanz zwischen den Heuballen die Ausreißerin Mia Korn. Mia Korn"
    " bittet ihn, sie nicht zu verraten.",
    "Der Arzt verbietet jeden Besuch beim kranken Direktor. Gehilfe Tom Wels beschließt, den"
    " Direktor trotzdem aufzusuchen.",
)


def test_round_16_town_abbreviations_firms_person_nouns_and_despite():
    asked = prompts(*CIRCUS, name="manege-staffel-1.txt")
    # "Hann. Münden" ends no sentence (a prompt began "Münden. ...")
    assert not [p for p in asked if p.startswith("Münden")], asked
    # "der Zirkus Brandoni" names the circus, not Ida Brandoni
    assert not [p for p, a in asked.items() if "Zirkus ____" in p], asked
    # "die Ausreißerin" is a person: no "Was entdeckt ...?"
    assert not [p for p in asked if p.startswith("Was entdeckt")], asked
    # "trotzdem": despite what? The sentence before comes with it.
    assert all(p.startswith("Der Arzt") for p in asked if "trotzdem" in p), asked


def test_round_16_rules_one_by_one():
    from quiz.generator import standalone, wh

    opening = "Der Zirkus gastiert in Hann. Münden. Direktorin Ida Brandoni zahlt."
    assert len(split_sentences(opening, 1)) == 2
    words = standalone._words("Wer beschließt, den Abt trotzdem aufzusuchen?")
    assert any(standalone._points_at_what_was_told(words, i, []) for i in range(len(words)))
    assert wh._is_person_noun("Ausreißerin") and wh._is_person_noun("Fremde")
    assert wh._is_person_noun("Täter") and wh._is_person_noun("Mädchen")  # umlauts as written
    assert not wh._is_person_noun("Heuballen") and not wh._is_person_noun("Kanister")


def test_a_mit_phrase_behind_a_prepositions_noun_stays_with_it():
    # "Worauf verweist Wigbert mit dem Siegel der Wildenberger?" (round 16): the seal belongs
    # to the charter, not to the pointing.
    asked = prompts(
        "Der Graf Otto Brandt fordert den Wald. Abt Lorenz verweist auf die Schenkungsurkunde mit"
        " dem Siegel der Grafen, die seit fast 150 Jahren im Archiv des Klosters liegt.",
    )
    assert not [p for p in asked if "Worauf verweist" in p], asked


def test_an_idiom_is_no_place_and_a_bare_nouns_mit_phrase_is_no_instrument():
    # "Wohin setzt X den Leuchtturm wieder? in Betrieb", "Womit erkennt X Holzkisten? mit
    # fremden Aufschriften" (diagnosis of held-out-16)
    asked = prompts(
        "In der Nacht setzt Wärter Hannes Ahlers den alten Leuchtturm zum ersten Mal seit zehn"
        " Jahren wieder in Betrieb.",
        "Die Bande findet einen Keller. Durch ein Loch erkennt Pit Holm Holzkisten mit fremden"
        " Aufschriften.",
    )
    assert not [p for p in asked if p.startswith(("Wohin setzt", "Womit erkennt"))], asked

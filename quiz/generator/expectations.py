"""What a verb or noun of the question expects as its object or place: an answer it expects
is guessed without the synopsis (blind reading, round 8: "Was teilen sich Jonas, Mia und
Tarek?" — a flat, flatmates share one; "Wo macht X große Fortschritte?" — in a course;
died "im Krankenhaus"; crowned with "die Drachenkrone"; prisoners escape by a tunnel).

Language data, not series data: each entry is the folded stems of a word a prompt may show
(its inflected and participle forms: "stirbt", "starb", "gestorben"; a separable verb as
"setzt+auf") and the folded head
nouns it calls for. An answer counts as expected when its head noun ends in one of them
("Altbauwohnung", "Kreiskrankenhaus") or has one as its last part.
"""

from __future__ import annotations

from quiz.text.normalize import fold


def _entry(stems: str, heads: str) -> tuple[tuple[str, ...], frozenset[str]]:
    return tuple(fold(stem) for stem in stems.split()), frozenset(
        fold(head) for head in heads.split()
    )


EXPECTED = (
    _entry("teilen teilt teilte geteilt", "Wohnung Zimmer Zelle Bett Haus Tisch Büro"),
    _entry("grab gräbt grub gegraben", "Tunnel Loch Grube Grab Brunnen"),
    _entry("Fortschritt lernt lernen gelernt", "Kurs Unterricht Schule Therapie Training"),
    _entry(
        "stirbt starb sterben gestorben verstirbt verstarb erliegt erlag",
        "Krankenhaus Klinik Spital Hospital Intensivstation",
    ),
    _entry("operiert operieren Operation", "Krankenhaus Klinik Operationssaal OP"),
    _entry("krönt krönen gekrönt Krönung", "Krone Thron"),
    _entry("setzt+auf setzte+auf aufsetzen aufgesetzt", "Krone Hut Helm Maske Brille Perücke"),
    _entry("heiratet heiraten geheiratet Hochzeit traut getraut", "Kirche Standesamt Ring"),
    _entry("betet beten gebetet Gebet", "Kirche Kapelle"),
    _entry(
        "flieht fliehen geflohen Flucht entkommt entkommen bricht ausbrechen Ausbruch",
        "Tunnel Fluchttunnel",
    ),
    _entry("erschießt erschossen schießt geschossen", "Pistole Gewehr Revolver Waffe"),
    _entry("vergiftet vergiften", "Gift"),
    _entry("begraben beerdigt Beerdigung bestattet", "Friedhof Grab Sarg"),
    _entry("backt backen gebacken", "Kuchen Brot Torte Ofen"),
    _entry("sperrt eingesperrt weggesperrt", "Zelle Gefängnis Kerker"),
    _entry("wohnt wohnen gewohnt zieht", "Wohnung Haus"),
    _entry("eingeliefert liefert+ein ums+leben", "Krankenhaus Klinik Notaufnahme"),
    _entry("verhaftet festgenommen nimmt+fest", "Revier Polizeirevier Wache Zelle"),
    _entry("verlobt Verlobung Heiratsantrag", "Ring"),
    _entry("Geburtstag feiert feiern", "Torte Kuchen Geschenk Party Feier"),
    _entry("Vermieter", "Miete"),
    _entry("trinkt trinken getrunken betrunken", "Bier Wein Schnaps Kaffee Tee Whisky"),
    _entry("raucht rauchen geraucht", "Zigarette Joint Pfeife Zigarre"),
    _entry("fliegt fliegen geflogen", "Flugzeug Hubschrauber"),
    _entry("segelt segeln gesegelt", "Boot Schiff"),
    _entry("angelt angeln geangelt", "Fisch"),
    _entry("reitet reiten geritten", "Pferd"),
    _entry("ersticht erstochen sticht", "Messer Dolch"),
    _entry("schwanger", "Kind Baby"),
    _entry("liest lesen gelesen", "Buch Brief Zeitung"),
    # Verbs that hardly take another object (diagnosis 16: "Was beruft X ein?" ... eine
    # Versammlung, "Was gewährt X bis Ende März?" ... einen Aufschub).
    _entry("beruft+ein berief+ein einberufen", "Versammlung Sitzung Konferenz Treffen"),
    _entry("gewährt gewährte gewähren", "Aufschub Frist Kredit Darlehen Rabatt Asyl Zutritt"),
    _entry("reicht+ein reichte+ein eingereicht", "Klage Antrag Beschwerde Kündigung"),
    _entry("erstattet erstattete", "Anzeige Strafanzeige"),
    _entry("unterschreibt unterschrieb unterschrieben unterzeichnet", "Vertrag Vertrags"),
)


def expected_answer(prompt_words: set[str], head: str, parts: tuple[str, ...]) -> bool:
    """Whether a word of the prompt expects this head noun ("teilen sich" ... "Wohnung")."""
    folded = fold(head)
    return any(
        any(folded.endswith(expected) or expected in parts[-1:] for expected in expects)
        for stems, expects in EXPECTED
        if any(_shows(stem, prompt_words) for stem in stems)
    )


def _shows(stem: str, words: set[str]) -> bool:
    """A stem, or each part of a separable verb ("setzt+auf"), begins a word of the prompt."""
    return all(
        any(word.startswith(part) if len(part) > 3 else word == part for word in words)
        for part in stem.split("+")
    )

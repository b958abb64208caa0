"""Who a series names as whose parent, spouse or sibling: "Wessen X ist Y?" needs one answer.

"Wessen Sohn ist Jakob?" answered with his mother is wrong when the series names his father
too (blind reading, round 8). The relations come from the series' own "Wessen" readings
("ihr Sohn Jakob", "Jakobs Vater Ernst", "ihr Mann Ernst"); a person who shares the parent's
surname may be the other parent as well, and is counted as one. Parents and grandparents
also tell generations apart: one of a couple is never offered among them (blind reading).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from quiz.generator.persons import Person
from quiz.generator.roles import role_circle

# The relation noun of "Wessen X ist ...?" whose answer is a parent.
CHILD_WORDS = frozenset({"Sohn", "Tochter", "Kind", "Stiefsohn", "Stieftochter"})
PARENT_WORDS = frozenset({"Vater", "Mutter", "Stiefvater", "Stiefmutter"})
SIBLING_WORDS = frozenset({"Bruder", "Schwester", "Zwillingsbruder", "Zwillingsschwester"})
SPOUSE_WORDS = frozenset(
    {"Mann", "Frau", "Ehemann", "Ehefrau", "Gatte", "Gattin", "Gemahl", "Gemahlin", "Witwe"}
)
GRANDPARENT_WORDS = frozenset({"Oma", "Opa", "Großmutter", "Großvater", "Urgroßmutter"})
GRANDCHILD_WORDS = frozenset({"Enkel", "Enkelin", "Enkelsohn", "Enkeltochter"})
# Relations to a person that are no role of the lexicon (which knows kin, work and circles):
# "Wessen Sklavin ist Syra?", "Wessen Kommilitone ist Malte?".
_OTHER_PERSON_RELATIONS = frozenset(
    {"Sklave", "Sklavin", "Lebensgefährte", "Lebensgefährtin", "Kommilitone", "Kommilitonin"}
    | {"Pate", "Patin", "Patenkind", "Patensohn", "Patentochter", "Mentor", "Mentorin"}
    | {"Assistent", "Assistentin", "Vermieter", "Vermieterin", "Mieter", "Mieterin"}
    | {"Schützling", "Mandant", "Mandantin", "Klient", "Klientin", "Lehrling", "Gehilfe"}
    | {"Leibwächter", "Leibwächterin", "Chauffeur", "Knappe", "Adjutant", "Erbe", "Erbin"}
    | {"Nachfolger", "Nachfolgerin", "Vorgänger", "Vorgängerin", "Stellvertreter"}
    | {"Stellvertreterin", "Ex-Mann", "Ex-Freund", "Ex-Freundin", "Amme"}
)


_PERSON_RELATIONS = (
    CHILD_WORDS
    | PARENT_WORDS
    | SIBLING_WORDS
    | SPOUSE_WORDS
    | GRANDPARENT_WORDS
    | GRANDCHILD_WORDS
    | _OTHER_PERSON_RELATIONS
)


def names_a_person(relation: str) -> bool:
    """Whether "Wessen <relation> ist X?" asks about a person: "Sohn", "Chef", "Sklavin"; not
    "Büro" or "Ausflugsboot", which a misread name turned into a relation (round 15:
    "Wessen Büro ist Kerns Porsche?")."""
    return relation in _PERSON_RELATIONS or role_circle(relation) is not None


# Words of a couple ("Bommels Verlobte", "ist in ihn verliebt", "küsst"), folded: a word
# counts when it begins with one of _ROMANCE ("Verlobung", "heiratet") or is one of _PARTNERS.
_ROMANCE = (
    "verlob",
    "geliebte",
    "liebhaber",
    "verliebt",
    "heirat",
    "geheiratet",
    "hochzeit",
    "kuess",
    "kuss",
    "gekuesst",
    "flirt",
    "affaere",
    "liebesbrief",
)
_PARTNERS = frozenset(
    {"freundin", "freund", "ehefrau", "ehemann", "gattin", "gatte", "braut", "braeutigam"}
    | {"date", "dates", "liebt", "liebte"}
)


# Relations that pass the surname on ("Mutter": she may have kept her own; "Stief-": another).
_BLOOD_WORDS = frozenset(
    {"Vater", "Sohn", "Tochter", "Kind", "Bruder", "Schwester", "Zwillingsbruder"}
    | {"Zwillingsschwester"}
)


def plausible_kin(related: Person, owner: Person, relation: str) -> bool:
    """A parent, child or sibling with a surname of their own other than the owner's is a
    misreading more often than a family: "erfährt Catherine Halloway, dass ihr Vater Thomas
    hinrichten lassen will" makes Thomas Marlowe the object, not her father. A spouse or a
    mother may have married into another name."""
    if relation not in _BLOOD_WORDS or len(related.name) < 2 or len(owner.name) < 2:
        return True
    return related.surname == owner.surname


@dataclass(slots=True)
class Kinship:
    """Parents, grandparents, spouses and siblings the series names, by person (identity)."""

    parents: dict[int, set[int]] = field(default_factory=dict)
    grandparents: dict[int, set[int]] = field(default_factory=dict)
    spouses: dict[int, set[int]] = field(default_factory=dict)
    siblings: dict[int, set[int]] = field(default_factory=dict)
    persons: list[Person] = field(default_factory=list)

    def learn(self, related: Person, owner: Person, relation: str) -> None:
        """One reading "``owner``'s ``relation`` is ``related``"."""
        if relation in CHILD_WORDS:
            self.parents.setdefault(id(related), set()).add(id(owner))
        elif relation in PARENT_WORDS:
            self.parents.setdefault(id(owner), set()).add(id(related))
        elif relation in SPOUSE_WORDS:
            self.spouses.setdefault(id(owner), set()).add(id(related))
            self.spouses.setdefault(id(related), set()).add(id(owner))
        elif relation in SIBLING_WORDS:
            self.siblings.setdefault(id(owner), set()).add(id(related))
            self.siblings.setdefault(id(related), set()).add(id(owner))
        elif relation in GRANDPARENT_WORDS:
            self.grandparents.setdefault(id(owner), set()).add(id(related))
        elif relation in GRANDCHILD_WORDS:
            self.grandparents.setdefault(id(related), set()).add(id(owner))

    def of_another_generation(self, person: Person, other: Person) -> bool:
        """Whether the series names one of the two a parent or grandparent of the other, or
        one a grandparent and the other nobody's ("Ninas Oma Erna" beside Lea, Nina's friend)."""
        first, second = id(person), id(other)
        if self._grandparent(first) != self._grandparent(second):
            return True
        return any(
            elder in older.get(young, set())
            for older in (self.parents, self.grandparents)
            for young, elder in ((first, second), (second, first))
        )

    def _grandparent(self, person: int) -> bool:
        return any(person in elders for elders in self.grandparents.values())

    def only_sibling(self, sibling: Person, other: Person) -> bool:
        """Whether ``sibling`` is the one sibling of ``other`` the series names: "Wessen
        Bruder ist Cyril?" has two answers when Cyril has a sister named too."""
        return not self.siblings.get(id(other), set()) - {id(sibling)}

    def only_parent(self, parent: Person, child: Person) -> bool:
        """Whether ``parent`` is the one parent of ``child`` the series names: no other
        parent of the child, no spouse of the parent, no one else of the parent's surname."""
        others = self.parents.get(id(child), set()) - {id(parent)}
        if others or self.spouses.get(id(parent)):
            return False
        if len(parent.name) < 2:
            return True
        return not any(
            person is not parent and person is not child and person.surname == parent.surname
            for person in self.persons
        )


def speaks_of_a_couple(words: set[str]) -> bool:
    """Whether the folded words of a prompt ask for one of a couple ("Verlobte", "verliebt",
    "heiratet", "küsst", "seine Freundin"): a grandparent or parent is no plausible choice."""
    return bool(words & _PARTNERS) or any(word.startswith(_ROMANCE) for word in words)

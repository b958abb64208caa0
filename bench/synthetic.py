"""Seeded synthetic question banks, written as real YAML bank files, for the benchmarks.

The same seed and size always give the same bytes, so runs on different days compare. The
banks look like the generated ones: a mix of fill-in (persons, numbers, nouns) and multiple
choice, prompts of about 120 characters, unique ids, every optional field used, so a loader
pays for everything it would pay for on a real bank (about 440 bytes per question: 10,000
questions make 4.4 MB).

Run it to write a bank by hand: ``python bench/synthetic.py 10000 /tmp/banks``.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from quiz.banks.format import SCHEMA_COMMENT

FIRST_NAMES = (
    "Tobias",
    "Vernon",
    "Miguel",
    "Ryan",
    "Cyril",
    "Simon",
    "Kareem",
    "Leo",
    "Tim",
    "Diane",
    "Sean",
    "Augustus",
    "Chris",
    "Peter",
    "Bob",
    "Jaz",
    "Enrique",
    "Nino",
    "Agamemnon",
    "Clarence",
    "Gloria",
    "Claire",
    "Johnny",
    "Scott",
    "Dino",
    "Mark",
    "Wolfgang",
    "Jürgen",
    "Käthe",
    "Götz",
    "Ulrike",
    "Bärbel",
    "Hans",
    "Liesel",
    "Otto",
    "Frieda",
)
SURNAMES = (
    "Beecher",
    "Schillinger",
    "Alvarez",
    "O'Reily",
    "Adebisi",
    "Glynn",
    "McManus",
    "Said",
    "Wittlesey",
    "Keller",
    "Hill",
    "Mobay",
    "Nappa",
    "Busmalis",
    "Rebadow",
    "Morales",
    "Nathan",
    "Hoyt",
    "Ross",
    "Groves",
    "Hoffmann",
    "Müller",
    "Schäfer",
    "Weiß",
    "Krüger",
    "Lehmann",
    "Köhler",
    "Großmann",
    "Fußbach",
    "Brandt",
    "Zimmermann",
    "Vogt",
)
NOUNS = (
    "Gefängnis",
    "Bibliothek",
    "Krankenstation",
    "Werkstatt",
    "Küche",
    "Wäscherei",
    "Besucherraum",
    "Zelle",
    "Hof",
    "Kapelle",
    "Turnhalle",
    "Poststelle",
    "Schreibmaschine",
    "Briefumschlag",
    "Fernseher",
    "Zigarette",
    "Schachbrett",
    "Gitarre",
    "Tätowierung",
    "Bewährung",
    "Begnadigung",
    "Hungerstreik",
    "Anhörung",
    "Schlüssel",
    "Uhr",
    "Fahrrad",
)
FILLER = (
    "nach",
    "dem",
    "langen",
    "Streit",
    "im",
    "Speisesaal",
    "beschließt",
    "der",
    "Häftling",
    "heimlich",
    "einen",
    "Brief",
    "zu",
    "schreiben",
    "während",
    "die",
    "Wärter",
    "seine",
    "Zelle",
    "durchsuchen",
    "und",
    "dabei",
    "etwas",
    "Unerwartetes",
    "finden",
    "später",
    "erfährt",
    "Direktor",
    "von",
    "dem",
    "Vorfall",
    "trifft",
    "eine",
    "folgenschwere",
    "Entscheidung",
    "über",
    "Zukunft",
    "des",
    "Trakts",
    "Emerald",
    "City",
)
PROMPT_LENGTH = 120
EXPLANATION_LENGTH = 60


@dataclass(frozen=True)
class Person:
    first: str
    surname: str

    @property
    def full(self) -> str:
        return f"{self.first} {self.surname}"


def persons(count: int, rng: random.Random) -> list[Person]:
    """Distinct persons; surnames repeat (as in real banks), full names do not."""
    pairs = [(first, surname) for first in FIRST_NAMES for surname in SURNAMES]
    rng.shuffle(pairs)
    return [Person(first, surname) for first, surname in pairs[:count]]


def sentence(rng: random.Random, length: int) -> str:
    """Filler text of about ``length`` characters (whole words)."""
    words: list[str] = []
    while sum(len(word) + 1 for word in words) < length:
        words.append(rng.choice(FILLER))
    text = " ".join(words)
    return text[0].upper() + text[1:]


def _prompt(rng: random.Random, lead: str) -> str:
    """A blank to fill somewhere inside ~PROMPT_LENGTH characters of filler."""
    # sentence() ends on a whole word, so each half aims a little short.
    before = sentence(rng, PROMPT_LENGTH // 2 - 8)
    after = sentence(rng, PROMPT_LENGTH // 2 - 8 - len(lead)).lower()
    return f"{before} {lead} ____ {after}."


def questions(count: int, *, seed: int = 1, prefix: str = "syn") -> Iterator[dict[str, object]]:
    """``count`` valid questions as plain mappings with the bank format's field names."""
    rng = random.Random(seed)
    cast = persons(len(FIRST_NAMES) * len(SURNAMES), rng)
    for index in range(1, count + 1):
        kind = index % 4  # 0: multiple choice; 1: person; 2: number; 3: noun
        question: dict[str, object] = {"id": f"{prefix}-{index:06d}"}
        if kind == 0:
            options = rng.sample(cast, 4)
            question |= {
                "type": "multiple_choice",
                "prompt": _prompt(rng, "Wer"),
                "answer": options[0].full,
                "choices": [person.full for person in rng.sample(options, 4)],
            }
        elif kind == 1:
            person = rng.choice(cast)
            question |= {
                "type": "fill_in",
                "prompt": _prompt(rng, "Person"),
                "answer": person.full,
                "accept": [person.surname],
            }
        elif kind == 2:
            question |= {
                "type": "fill_in",
                "prompt": _prompt(rng, "Anzahl"),
                "answer": str(rng.randint(2, 99)),
            }
        else:
            question |= {
                "type": "fill_in",
                "prompt": _prompt(rng, "Ort"),
                "answer": rng.choice(NOUNS),
            }
        season, episode = divmod(index, 12)
        question |= {
            "tags": [f"staffel-{season % 6 + 1}", f"folge-{episode + 1}"],
            "difficulty": rng.randint(1, 3),
            "time_limit": rng.choice((15, 20, 30, 45)),
            "explanation": sentence(rng, EXPLANATION_LENGTH) + ".",
            "source": {"file": "seeds/synthetic.txt", "line": index},
        }
        yield question


# Slugs (ids, types, tags) are written plain, as authors write them; a leading letter keeps
# them from reading as numbers, and the words YAML reads as booleans or null are quoted.
RESERVED = frozenset({"true", "false", "yes", "no", "on", "off", "null"})
PLAIN_SLUG = re.compile(r"[a-z][a-z_]*(-[a-z0-9_]+)*")


def _scalar(value: object) -> str:
    """A YAML scalar: numbers and slugs plain, other strings double-quoted (JSON is valid YAML)."""
    if isinstance(value, int) or (PLAIN_SLUG.fullmatch(str(value)) and value not in RESERVED):
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _flow(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(item) for item in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key}: {_scalar(item)}" for key, item in value.items()) + "}"
    return _scalar(value)


def bank_text(title: str, items: Iterator[dict[str, object]], language: str = "de") -> str:
    """The YAML of a bank, laid out as an author (or the generator) would write it."""
    lines = [SCHEMA_COMMENT, f"title: {_scalar(title)}", f"language: {language}", "questions:"]
    for question in items:
        first = True
        for key, value in question.items():
            lines.append(f"{'  - ' if first else '    '}{key}: {_flow(value)}")
            first = False
    return "\n".join(lines) + "\n"


def write_bank(folder: Path, count: int, *, seed: int = 1, name: str | None = None) -> Path:
    """Write a bank of ``count`` questions to ``folder/<name>.yaml`` and return its path."""
    name = name or f"synthetic-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.yaml"
    title = f"Synthetisch – {count:,} Fragen".replace(",", ".")
    path.write_text(bank_text(title, questions(count, seed=seed, prefix=name)), encoding="utf-8")
    return path


def write_banks(folder: Path, count: int, *, per_file: int = 10_000, seed: int = 1) -> list[Path]:
    """``count`` questions in banks of at most ``per_file`` (one file of 50,000 questions
    would be over the loader's 20 MB limit); ids stay unique across the files."""
    if count <= per_file:
        return [write_bank(folder, count, seed=seed)]
    return [
        write_bank(
            folder,
            min(per_file, count - start),
            seed=seed + part,
            name=f"synthetic-{count}-{part + 1}",
        )
        for part, start in enumerate(range(0, count, per_file))
    ]


if __name__ == "__main__":
    for written in write_banks(Path(sys.argv[2]), int(sys.argv[1])):
        print(f"{written} ({written.stat().st_size:,} bytes)")

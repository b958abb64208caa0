"""The generator: sentences per second on a synthetic corpus, and `quiz generate` on the seeds.

    .venv/bin/python bench/bench_generator.py [--lines 5000] [--repeat 3] [--seed 3] [--quality]

The corpus is made of seeded templates and invented name pools (no names of the seeds): ten
series files of German synopsis lines, three sentences a line, with role words of several
walks of life, full names, surnames alone, genitives, numbers as digits and words, places and
key nouns. Measured after the tagger is loaded, alternating with two baselines on the same
sentences: HanTa as shipped tagging them (tags only, the least the generator needs; the
generator's tagger also remembers the readings of each word form) and plain tokenising.
``--quality`` also prints the quality figures on the seeds and the two unseen fixtures.
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
from functools import partial
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import harness
from quiz.generator import tagging
from quiz.generator.pipeline import generate
from quiz.generator.sources import Synopsis
from quiz.generator.text import split_sentences

PROJECT = Path(__file__).resolve().parents[1]
SERIES = ("nordwache", "stadtklinik", "internat", "hafenkante", "bergdorf")
FIRST_NAMES = (
    "Annika",
    "Bastian",
    "Cem",
    "Dörte",
    "Emil",
    "Fenja",
    "Gregor",
    "Hilke",
    "Ilyas",
    "Janne",
    "Kasimir",
    "Lotte",
    "Malte",
    "Nesrin",
    "Ole",
    "Pia",
    "Quirin",
    "Rieke",
    "Sönke",
    "Tamara",
    "Ulf",
    "Vesna",
    "Wiebke",
    "Xaver",
    "Yasemin",
    "Zeno",
)
SURNAMES = (
    "Albrecht",
    "Brinkhoff",
    "Czerny",
    "Dührsen",
    "Ehlers",
    "Falkenrath",
    "Gödeke",
    "Harms",
    "Iwanowa",
    "Jacobsen",
    "Kowalski",
    "Lüders",
    "Mertens",
    "Nowicki",
    "Oltmanns",
    "Petrovic",
    "Quast",
    "Reimers",
    "Stüber",
    "Thiessen",
    "Uhlig",
    "Voss",
    "Wendt",
    "Yilmaz",
    "Zander",
)
ROLES = (
    "Kommissarin",
    "Kommissar",
    "Oberärztin",
    "Pfleger",
    "Lehrerin",
    "Direktor",
    "Pfarrer",
    "Richterin",
    "Staatsanwalt",
    "Häftling",
    "Wärter",
    "Bürgermeisterin",
    "Journalistin",
)
PLACES = ("Husum", "Kiel", "Flensburg", "Lübeck", "Emden", "Aurich", "Leer", "Norden")
NOUNS = (
    ("eine", "Spritze"),
    ("einen", "Schlüssel"),
    ("ein", "Testament"),
    ("eine", "Pistole"),
    ("einen", "Brief"),
    ("ein", "Tagebuch"),
    ("eine", "Quittung"),
    ("einen", "Ring"),
)
NUMBERS = ("drei", "vier", "sieben", "zehn", "12", "15", "40", "200")
OPENERS = (
    "{role} {full} entdeckt in {place} {det} {noun}.",
    "{full} verlässt nach {number} Jahren die Stadt {place}.",
    "{role} {full} verdächtigt {other_full}, {det} {noun} gestohlen zu haben.",
)
FOLLOWERS = (
    "{surname} schweigt, doch {other_surname} ahnt etwas.",
    "Er bringt {det} {noun} zu {role} {other_full}.",
    "{other_surname}s Familie erfährt davon erst nach {number} Tagen.",
    "Daraufhin flieht {surname} nach {place}.",
)


def synthetic_lines(count: int, rng: random.Random) -> list[str]:
    lines = []
    for _ in range(count):
        first, other = rng.sample(range(len(SURNAMES)), 2)
        det, noun = rng.choice(NOUNS)
        values = {
            "role": rng.choice(ROLES),
            "full": f"{rng.choice(FIRST_NAMES)} {SURNAMES[first]}",
            "other_full": f"{rng.choice(FIRST_NAMES)} {SURNAMES[other]}",
            "surname": SURNAMES[first],
            "other_surname": SURNAMES[other],
            "place": rng.choice(PLACES),
            "det": det,
            "noun": noun,
            "number": rng.choice(NUMBERS),
        }
        sentences = [rng.choice(OPENERS), *rng.sample(FOLLOWERS, 2)]
        lines.append(" ".join(sentence.format(**values) for sentence in sentences))
    return lines


def corpus(lines: int, seed: int) -> list[Synopsis]:
    """Ten files (five series, two seasons each) sharing ``lines`` lines between them."""
    rng = random.Random(seed)
    per_file = lines // (2 * len(SERIES))
    return [
        Synopsis(
            Path(f"{series}-staffel-{season}.txt"),
            f"{series}-staffel-{season}.txt",
            tuple(synthetic_lines(per_file, rng)),
        )
        for series in SERIES
        for season in (1, 2)
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=5_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--quality", action="store_true", help="also print the quality figures")
    options = parser.parse_args()

    load = harness.time_call(tagging.load_tagger)
    synopses = corpus(options.lines, options.seed)
    sentences = [
        s
        for synopsis in synopses
        for n, line in enumerate(synopsis.lines, 1)
        for s in split_sentences(line, n)
    ]
    words = [[token.text for token in sentence.tokens] for sentence in sentences]
    from HanTa import HanoverTagger

    plain_tagger = HanoverTagger.HanoverTagger("morphmodel_ger.pgz")  # as shipped: no word cache
    first_run = harness.time_call(
        lambda: generate(synopses)
    )  # the tagger's word cache is cold here
    timings = {
        t.label: t.median
        for t in harness.compare(
            {
                "generate": lambda: generate(synopses),
                "tag": lambda: [plain_tagger.tag_sent(sentence, taglevel=0) for sentence in words],
                "tokenise": lambda: [
                    split_sentences(line, 1) for s in synopses for line in s.lines
                ],
            },
            options.repeat,
        )
    }
    count = len(sentences)
    questions = sum(len(bank.questions) for bank in generate(synopses))
    rows = [
        [
            "generator, whole pipeline (first run)",
            harness.ms(first_run),
            f"{count / first_run:,.0f}",
            "–",
        ],
        [
            "generator, whole pipeline (median)",
            harness.ms(timings["generate"]),
            f"{count / timings['generate']:,.0f}",
            "1.00x",
        ],
        [
            "baseline: HanTa as shipped, tags only",
            harness.ms(timings["tag"]),
            f"{count / timings['tag']:,.0f}",
            harness.ratio(timings["tag"], timings["generate"]),
        ],
        [
            "baseline: tokenising alone",
            harness.ms(timings["tokenise"]),
            f"{count / timings['tokenise']:,.0f}",
            harness.ratio(timings["tokenise"], timings["generate"]),
        ],
    ]
    harness.print_table(
        f"Generator throughput: {sum(len(s.lines) for s in synopses):,} lines, {count:,} sentences, "
        f"{questions:,} questions (tagger load {harness.ms(load)}, median of {options.repeat})",
        ["what", "time", "sentences/s", "time vs generator"],
        rows,
    )
    whole = whole_command(options.repeat)
    harness.print_table(
        "`quiz generate` on the seeds (whole process: start-up, tagger load, 3 files, writing)",
        ["runs", "median", "slowest"],
        [[len(whole), harness.ms(sorted(whole)[len(whole) // 2]), harness.ms(max(whole))]],
    )
    if options.quality:
        print_quality()
    return 0


def whole_command(repeat: int) -> list[float]:
    """Wall time of `python -m quiz generate seeds` into a scratch folder, start-up included."""
    with tempfile.TemporaryDirectory() as out:
        argv = [sys.executable, "-m", "quiz", "generate", "seeds", "-o", out, "--force"]
        run = partial(
            subprocess.run,
            argv,
            cwd=PROJECT,
            env={**os.environ, "QUIZ_LANG": "en"},
            check=True,
            capture_output=True,
        )
        return [harness.time_call(run) for _ in range(max(repeat, 3))]


def print_quality() -> None:
    from collections import Counter

    from quiz.banks.model import QuestionType
    from tests.generator import quality

    for label, paths in (("seeds", quality.SEEDS), ("unseen fixtures", quality.FIXTURES)):
        rows = []
        banks = quality.generated(tuple(paths))
        for bank in banks:
            notes = quality.annotation(bank.name)
            coverage = quality.person_coverage(bank, notes)
            types = Counter(g.question.type for g in bank.questions)
            rows.append(
                [
                    bank.name,
                    len(bank.questions),
                    types[QuestionType.FILL_IN],
                    types[QuestionType.MULTIPLE_CHOICE],
                    f"{len(quality.episodes_asked(bank))}/{len(bank.synopsis.lines)}",
                    f"{coverage.covered}/{coverage.total}",
                    len(quality.invariant_failures(bank, banks)),
                    len(quality.bad_answers(bank, notes)),
                ]
            )
        harness.print_table(
            f"Generator quality on the {label}",
            [
                "bank",
                "questions",
                "fill-in",
                "multiple choice",
                "episodes asked",
                "person mentions asked",
                "invariant breaches",
                "bad spans",
            ],
            rows,
        )


if __name__ == "__main__":
    sys.exit(main())

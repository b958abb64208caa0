"""Big archives: time to the first question (plain and UI), peak memory and ``quiz validate``
on synthetic archives of several files, the bank index against the loader before it.

    .venv/bin/python bench/bench_index.py [--sizes 10000 100000] [--large] [--repeat 5]
        [--cold-repeat 3] [--baseline REV] [--no-baseline] [--no-floor]

Every run is a fresh ``python -m quiz`` process on an archive of ``--sizes`` questions in
files of at most 10,000 (``bench/synthetic.py``); ``--large`` adds 500,000 (about 220 MB of
YAML; long on a shared machine, so its cold start is measured once, by ``quiz validate``).
The game is ``quiz play --count 1 --in-order`` on the whole archive; the clock stops when the
first prompt shows (plain: on a pipe; UI: in a private tmux terminal). Peak memory is the
process's VmHWM when the question shows (plain) or when ``quiz validate`` ends.

**Baseline**: the loader before the index (``git archive`` of ``--baseline``, by default the
commit where this branch left main), run by the same Python with that tree first on its path.
**Cold**: an empty cache folder; **warm**: the cache built, and the archive's files older
than the index's two-second window for same-tick edits (every later start of a game).
**Floor** (the cold goal): PyYAML's C loader reading the same files in a fresh process.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

if not __package__:  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench import bench_startup, harness, synthetic
from bench.bench_startup import Terminal, environment, prompts_of
from bench.first_prompt import until_marker

REPOSITORY = Path(__file__).resolve().parents[1]
LARGE = 500_000
GOALS = {"plain": 0.3, "UI": 0.6}  # seconds to the first question, warm, at every size
MEMORY_GOAL_MIB = 120.0
# A cold start parses the whole archive: minutes at 500,000 questions on a busy machine.
TIMEOUT = 3600.0
bench_startup.TIMEOUT = TIMEOUT  # the tmux terminal's wait, too
# A Python that runs the quiz command in-process and says its peak memory at the end.
WITH_PEAK = (
    "import sys\n"
    "from quiz.cli import main\n"
    "code = main(sys.argv[1:])\n"
    "peak = [l for l in open('/proc/self/status') if l.startswith('VmHWM')][0].split()[1]\n"
    "print('PEAK', peak, file=sys.stderr)\n"
    "sys.exit(code)\n"
)
C_LOADER = (
    "import sys, yaml\n"
    "for path in sys.argv[1:]:\n"
    "    with open(path, 'rb') as handle:\n"
    "        yaml.load(handle, Loader=yaml.CSafeLoader)\n"
)


@dataclass
class Sample:
    seconds: list[float] = field(default_factory=list)
    peaks_mib: list[float] = field(default_factory=list)


@dataclass(frozen=True)
class Loader:
    label: str
    env: dict[str, str]  # added to the environment: which quiz is imported


def baseline_tree(revision: str, into: Path) -> Path:
    """The ``quiz`` package as it was at ``revision``, unpacked into ``into``."""
    archive = subprocess.run(
        ["git", "-C", str(REPOSITORY), "archive", revision, "quiz"],
        check=True,
        capture_output=True,
    ).stdout
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return into


def branch_point() -> str:
    done = subprocess.run(
        ["git", "-C", str(REPOSITORY), "merge-base", "HEAD", "main"],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout.strip()


def whole_run(argv: Sequence[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Seconds of a whole process, and the peak memory it printed (``WITH_PEAK``), if any."""
    start = time.perf_counter()
    done = subprocess.run(
        argv, cwd=cwd, env=env, capture_output=True, text=True, timeout=3600, check=False
    )
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"{argv} failed:\n{done.stdout}\n{done.stderr}")
    peaks = [line.split()[1] for line in done.stderr.splitlines() if line.startswith("PEAK")]
    return seconds, (int(peaks[0]) / 2**10 if peaks else float("nan"))


def measure_size(
    size: int,
    work: Path,
    loaders: Sequence[Loader],
    terminal: Terminal | None,
    options: argparse.Namespace,
) -> list[tuple[object, ...]]:
    archive = work / f"archive-{size}"
    files = synthetic.write_banks(archive, size, per_file=min(10_000, max(2_500, size // 10)))
    megabytes = sum(path.stat().st_size for path in files) / 2**20
    markers = prompts_of(archive, first_only=True)
    python = sys.executable
    game = [python, "-m", "quiz", "play", "--count", "1", "--in-order", "--player", "Bench"]
    game += ["--questions", str(archive)]
    validate = [python, "-c", WITH_PEAK, "validate", str(archive)]
    cold_repeat = 1 if size >= LARGE else options.cold_repeat

    def env_for(loader: Loader, cache: Path) -> dict[str, str]:
        # Compiled modules kept (in the work folder), as an installed program has them.
        compiled = {"PYTHONDONTWRITEBYTECODE": "", "PYTHONPYCACHEPREFIX": str(work / "pycache")}
        return environment(work, cache) | compiled | loader.env

    kinds = ["plain", "validate"] + (["UI"] if terminal else [])
    # The first validate of the warm-up is a cold one (an empty cache): its sample counts, and
    # at 500,000 a cold UI start (the same parse as plain) is left out to keep the run short.
    cold_kinds = ["plain", *(["UI"] if terminal else [])] if size < LARGE else []
    results: dict[tuple[str, str, str], Sample] = {}

    def run(kind: str, loader: Loader, cache: Path) -> tuple[float, float]:
        env = env_for(loader, cache)
        if kind == "plain":
            seconds, peak = until_marker([*game, "--plain"], env, work, markers, timeout=TIMEOUT)
        elif kind == "UI":
            assert terminal is not None
            seconds, peak = terminal.until_marker(game, env, work, markers), float("nan")
        else:
            seconds, peak = whole_run(validate, env, work)
        return seconds, peak

    def record(kind: str, cache_kind: str, loader: Loader, seconds: float, peak: float) -> None:
        sample = results.setdefault((kind, cache_kind, loader.label), Sample())
        sample.seconds.append(seconds)
        sample.peaks_mib.append(peak)

    warm_caches: dict[str, Path] = {}
    for round_ in range(cold_repeat):
        for loader in loaders:
            cache = Path(tempfile.mkdtemp(dir=work))
            record("validate", "cold", loader, *whole_run(validate, env_for(loader, cache), work))
            if round_ == 0:
                warm_caches[loader.label] = cache
            else:
                shutil.rmtree(cache, ignore_errors=True)
    time.sleep(2.1)
    for loader in loaders:  # this start finds the files outside the two-second window
        whole_run(validate, env_for(loader, warm_caches[loader.label]), work)
    for cache_kind, repeat in (("warm", options.repeat), ("cold", cold_repeat)):
        for _ in range(repeat):
            for kind in kinds if cache_kind == "warm" else cold_kinds:
                for loader in loaders:
                    cache = (
                        warm_caches[loader.label]
                        if cache_kind == "warm"
                        else Path(tempfile.mkdtemp(dir=work))
                    )
                    record(kind, cache_kind, loader, *run(kind, loader, cache))
                    if cache_kind == "cold":
                        shutil.rmtree(cache, ignore_errors=True)
    floor = Sample()
    for _ in range(cold_repeat if options.floor else 0):
        seconds, _ = whole_run([python, "-c", C_LOADER, *map(str, files)], os.environ.copy(), work)
        floor.seconds.append(seconds)
    rows: list[tuple[object, ...]] = []
    for (kind, cache_kind, label), sample in sorted(
        results.items(), key=lambda item: (item[0][1] != "warm", item[0][0], item[0][2])
    ):
        timing = harness.Timing(label, sample.seconds)
        base = results[(kind, cache_kind, loaders[-1].label)]
        peak = max(sample.peaks_mib)
        goal = ""
        if label == loaders[0].label and cache_kind == "warm" and kind in GOALS:
            goal = "met" if timing.median < GOALS[kind] else "NOT met"
        elif (
            label == loaders[0].label
            and cache_kind == "cold"
            and kind == "validate"
            and floor.seconds
        ):
            ratio = timing.median / harness.Timing("floor", floor.seconds).median
            goal = f"{ratio:.2f}x the C loader ({'met' if ratio <= 1.2 else 'NOT met'})"
        rows.append(
            (
                f"{size:,} ({len(files)} files, {megabytes:.0f} MB)",
                kind,
                cache_kind,
                label,
                harness.ms(timing.median),
                f"{harness.ms(min(sample.seconds))} – {harness.ms(max(sample.seconds))}",
                harness.ratio(timing.median, harness.Timing("b", base.seconds).median),
                "" if peak != peak else f"{peak:.0f} MiB",  # nan: not measured (UI)
                goal,
            )
        )
    if not floor.seconds:
        shutil.rmtree(archive, ignore_errors=True)
        return rows
    floor_timing = harness.Timing("floor", floor.seconds)
    rows.append(
        (
            f"{size:,}",
            "floor: PyYAML C loader, same files",
            "",
            "",
            harness.ms(floor_timing.median),
            "",
            "",
            "",
            "",
        )
    )
    shutil.rmtree(archive, ignore_errors=True)
    return rows


HEADER = (
    "questions",
    "what",
    "cache",
    "loader",
    "time (median)",
    "fastest – slowest",
    "vs baseline",
    "peak memory",
    "goal",
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--large", action="store_true", help="add 500,000 questions (slow)")
    parser.add_argument("--repeat", type=int, default=5, help="warm starts per subject")
    parser.add_argument("--cold-repeat", type=int, default=3, help="cold starts (500,000: 1)")
    parser.add_argument("--baseline", default=None, help="git revision of the loader to compare")
    parser.add_argument(
        "--no-baseline", dest="compare", action="store_false", help="the index alone (quicker)"
    )
    parser.add_argument(
        "--no-floor", dest="floor", action="store_false", help="leave out the C loader's run"
    )
    options = parser.parse_args()
    sizes = [*options.sizes, *([LARGE] if options.large else [])]
    revision = options.baseline or branch_point()

    with tempfile.TemporaryDirectory(prefix="quiz-bench-index-") as temporary:
        work = Path(temporary)
        tree = baseline_tree(revision, work / "baseline")
        loaders = [
            Loader("bank index (ours)", {"PYTHONPATH": str(REPOSITORY)}),
            Loader(f"baseline: loader of {revision[:7]}", {"PYTHONPATH": str(tree)}),
        ][: 2 if options.compare else 1]
        for code in (REPOSITORY / "quiz", tree / "quiz"):  # no run pays for compiling
            subprocess.run(
                [sys.executable, "-m", "compileall", "-q", str(code)],
                env=os.environ | {"PYTHONPYCACHEPREFIX": str(work / "pycache")},
                check=True,
            )
        terminal = Terminal() if shutil.which("tmux") else None
        if terminal is None:
            print("tmux is missing: the UI rows are left out", file=sys.stderr)
        try:
            for size in sizes:  # a table per size, so that a long run shows what it has
                harness.print_table(
                    f"Big archives, {size:,} questions: first question, memory, validate "
                    f"(warm: medians of {options.repeat})",
                    HEADER,
                    measure_size(size, work, loaders, terminal, options),
                )
        finally:
            if terminal:
                terminal.close()
    print(
        f"\nGoals (issue 12), warm: first question < {GOALS['plain']} s plain, "
        f"< {GOALS['UI']} s UI, at every size; memory < {MEMORY_GOAL_MIB:.0f} MiB at 500,000; "
        "growth 10,000 -> 500,000 at most 1.2x. Cold: validate <= 1.2x the C loader."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

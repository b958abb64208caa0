"""Shared helpers for the benchmarks: repeat, take medians, compare with a baseline, print.

The machine is noisy, so every benchmark measures its subject and its baseline in the same
run, alternating, and reports medians and the ratio between them.
"""

from __future__ import annotations

import os
import platform
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Timing:
    label: str
    seconds: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def time_call(action: Callable[[], object]) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def compare(subjects: dict[str, Callable[[], object]], repeat: int = 5) -> list[Timing]:
    """Run each subject ``repeat`` times, interleaved, so drift hits them all alike."""
    samples: dict[str, list[float]] = {label: [] for label in subjects}
    for _ in range(repeat):
        for label, action in subjects.items():
            samples[label].append(time_call(action))
    return [Timing(label, seconds) for label, seconds in samples.items()]


def time_command(
    argv: Sequence[str], env: dict[str, str] | None = None, stdin: bytes = b""
) -> float:
    """Wall time of a whole process, start-up included."""
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def machine() -> str:
    return (
        f"{platform.machine()}, {os.cpu_count()} cores, {platform.system()} {platform.release()}, "
        f"Python {platform.python_version()}{_load()}"
    )


def _load() -> str:
    """How busy the machine was: other jobs on a shared machine stretch every figure."""
    try:
        return f", load average {os.getloadavg()[0]:.1f}"
    except OSError:  # not available on every platform
        return ""


def print_table(title: str, header: Sequence[str], rows: Sequence[Sequence[object]]) -> None:
    """A Markdown table, ready to paste into bench/README.md."""
    print(f"\n### {title}\n")
    print(f"Machine: {machine()}\n")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join(" --- " for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(str(cell) for cell in row) + " |")
    sys.stdout.flush()


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.1f} ms"


def ratio(subject: float, baseline: float) -> str:
    return f"{subject / baseline:.2f}x"


def peak_rss_mib() -> float:
    """This process's peak resident memory so far, in MiB.

    Linux: VmHWM of /proc/self/status, because ``ru_maxrss`` survives fork + exec and would
    report the parent's peak in a child. Elsewhere ``ru_maxrss`` (macOS: bytes; BSD: KiB).
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 2**10
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 2**20 if sys.platform == "darwin" else peak / 2**10


def run_python(argv: Sequence[str], env: dict[str, str] | None = None) -> str:
    """Run a Python child (a fresh process: fresh memory, fresh imports) and return its stdout."""
    done = subprocess.run(
        [sys.executable, *argv], env=env, check=True, capture_output=True, text=True
    )
    return done.stdout

"""Start a process on a pipe and stop the clock when its output first shows a marker: the
plain-mode measure that ``bench_startup`` and ``bench_index`` share."""

from __future__ import annotations

import os
import select
import shlex
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path


def vm_hwm_mib(pid: int) -> float:
    """Peak resident memory of a running process (Linux ``VmHWM``), NaN where unknown."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 2**10
    except OSError:
        pass
    return float("nan")


def until_marker(
    argv: Sequence[str],
    env: dict[str, str],
    cwd: Path,
    markers: Sequence[str],
    *,
    timeout: float,
) -> tuple[float, float]:
    """Seconds until the output shows one of ``markers``, and the process's peak memory
    then (MiB); the process is killed at once. Raises when it ends or times out first."""
    start = time.perf_counter()
    process = subprocess.Popen(
        argv,
        cwd=cwd,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert process.stdout is not None
    seen = b""
    try:
        while (waited := time.perf_counter() - start) < timeout:
            ready, _, _ = select.select([process.stdout], [], [], timeout - waited)
            chunk = os.read(process.stdout.fileno(), 65536) if ready else b""
            if not chunk:
                break
            seen += chunk
            text = seen.decode("utf-8", "replace")
            if any(marker in text for marker in markers):
                return time.perf_counter() - start, vm_hwm_mib(process.pid)
    finally:
        process.kill()
        _, errors = process.communicate()
    raise RuntimeError(f"no question from {shlex.join(argv)}:\n{seen.decode()}\n{errors.decode()}")

"""What the subcommands share: the type of the subparsers they register with, and value
types for command-line options (argparse ``type=``)."""

from __future__ import annotations

import argparse
import math
from typing import TypeAlias

from quiz.i18n import t
from quiz.text.numbers import whole_number as read_whole_number

# What ``add_subparsers()`` returns; argparse keeps the class private, typeshed makes it
# generic (a string, since the class cannot be subscripted at run time).
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def whole_number(text: str) -> int:
    stripped = text.strip()
    sign = -1 if stripped.startswith("-") else 1
    value = read_whole_number(
        stripped.removeprefix("-") if sign < 0 else stripped.removeprefix("+")
    )
    if value is None:
        raise argparse.ArgumentTypeError(t("cli.error.whole_number", value=text))
    return sign * value


def positive_whole_number(text: str) -> int:
    value = whole_number(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(t("cli.error.positive_number", value=text))
    return value


def positive_seconds(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not value > 0 or math.isinf(value):
        raise argparse.ArgumentTypeError(t("cli.error.positive_number", value=text))
    return value

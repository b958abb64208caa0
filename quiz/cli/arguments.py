"""Value types for command-line options, shared by the subcommands (argparse ``type=``)."""

from __future__ import annotations

import argparse
import math

from quiz.i18n import t


def whole_number(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(t("cli.error.whole_number", value=text)) from None


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

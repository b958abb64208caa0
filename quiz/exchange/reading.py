"""Reading a foreign file safely: bounded size, text only, its encoding found or refused."""

from __future__ import annotations

import codecs
from pathlib import Path

from quiz.banks.format import MAX_FILE_BYTES
from quiz.exchange.model import InputError
from quiz.i18n import t

# The byte-order marks spreadsheets and Windows editors write ("Unicode text" is UTF-16).
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


def read_text(path: Path, shown: str) -> str:
    """The file as text; InputError (one translated line) for anything that is not."""
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                t("exchange.input.too_large", path=shown, limit_mb=MAX_FILE_BYTES // 2**20)
            )
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)  # the file may grow after stat
    except OSError as failure:
        raise InputError(
            t("exchange.input.unreadable", path=shown, reason=failure.strerror or failure)
        )
    if len(data) > MAX_FILE_BYTES:
        raise InputError(
            t("exchange.input.too_large", path=shown, limit_mb=MAX_FILE_BYTES // 2**20)
        )
    return decode(data, shown)


def decode(data: bytes, shown: str) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decoded(data[len(bom) :], encoding, shown)
    if b"\x00" in data:
        raise InputError(t("exchange.input.binary", path=shown))
    return _decoded(data, "utf-8", shown)


def _decoded(data: bytes, encoding: str, shown: str) -> str:
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as failure:
        line = data[: failure.start].count(b"\n") + 1
        raise InputError(t("exchange.input.not_utf8", path=shown, line=line))
    if "\x00" in text:
        raise InputError(t("exchange.input.binary", path=shown))
    return text.replace("\r\n", "\n").replace("\r", "\n")

"""Read a bank file into plain data that remembers where every value was written.

Safe-load semantics, built from the parser's event stream instead of ``yaml.safe_load``:
- every mapping and list knows the line and column of each entry, so that problems can
  name them;
- duplicate keys, Python tags, alias bombs and deep nesting are refused before anything
  grows, and without recursion (libyaml's own composer crashes on very deep nesting);
- plain scalars are resolved with PyYAML's resolver and built with its safe constructor,
  so values mean exactly what ``yaml.safe_load`` would make of them.
"""

from __future__ import annotations

import enum
import os
import re
import stat
from collections.abc import Callable, Collection
from pathlib import Path
from typing import final

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    CollectionEndEvent,
    CollectionStartEvent,
    DocumentStartEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceStartEvent,
)
from yaml.nodes import ScalarNode
from yaml.reader import ReaderError
from yaml.resolver import Resolver

from quiz.banks import format as bank_format
from quiz.banks.findings import Finding, FindingError, error

try:
    from yaml import CSafeLoader as _EventLoader
except ImportError:  # PyYAML built without libyaml: same events, slower
    from yaml import SafeLoader as _EventLoader  # type: ignore[assignment]

Spot = tuple[int, int]  # 1-based line and column

_TAG_PREFIX = "tag:yaml.org,2002:"
_STR_TAG = _TAG_PREFIX + "str"
_MERGE_TAG = _TAG_PREFIX + "merge"
_COLLECTION_TAGS = {MappingStartEvent: _TAG_PREFIX + "map", SequenceStartEvent: _TAG_PREFIX + "seq"}
_BOM = b"\xef\xbb\xbf"


class _Merge(enum.Enum):
    KEY = "<<"  # stands for ``<<`` while its value is read


_resolver = Resolver()
_constructor = SafeConstructor()
_SCALAR_BUILDERS: dict[str, Callable[[ScalarNode], object]] = {
    _TAG_PREFIX + "null": _constructor.construct_yaml_null,
    _TAG_PREFIX + "bool": _constructor.construct_yaml_bool,
    _TAG_PREFIX + "int": _constructor.construct_yaml_int,
    _TAG_PREFIX + "float": _constructor.construct_yaml_float,
    _TAG_PREFIX + "timestamp": _constructor.construct_yaml_timestamp,
}


@final
class MarkedMap(dict[str, object]):
    """A mapping plus where it starts, where each key and value is, and the written text
    of values that are not strings (``answer: 3.10`` means "3.10", not 3.1)."""

    __slots__ = ("key_spots", "raw", "spot", "value_spots")

    def __init__(self, spot: Spot) -> None:
        super().__init__()
        self.spot = spot
        self.key_spots: dict[str, Spot] = {}
        self.value_spots: dict[str, Spot] = {}
        self.raw: dict[str, str] = {}


@final
class MarkedList(list[object]):
    __slots__ = ("item_spots", "raw", "spot")

    def __init__(self, spot: Spot) -> None:
        super().__init__()
        self.spot = spot
        self.item_spots: list[Spot] = []
        self.raw: dict[int, str] = {}


def read_bank_bytes(path: Path) -> bytes:
    """The file's bytes, refusing files over the size limit before reading them.

    Only a regular file is read: a named pipe or a device called ``x.yaml`` would block
    the reader for ever (or never end). It is opened without blocking and checked on the
    open descriptor, so nothing can swap it between the check and the read.
    """
    limit = bank_format.MAX_FILE_BYTES
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            status = os.fstat(descriptor)
            if not stat.S_ISREG(status.st_mode):
                raise FindingError(error("banks.file.not_regular"))
            size = status.st_size
            if size <= limit:
                data = handle.read(limit + 1)  # the file may have grown since stat
                size = len(data)
    except OSError as problem:
        raise FindingError(error("banks.file.unreadable", reason=problem.strerror or str(problem)))
    if size > limit:
        raise FindingError(
            error("banks.file.too_large", size_mb=_megabytes(size), limit_mb=_megabytes(limit))
        )
    return data


def decode_bank_bytes(data: bytes) -> str:
    """UTF-8 text (a byte-order mark is fine); anything else names the first bad byte."""
    start = len(_BOM) if data.startswith(_BOM) else 0
    try:
        text = data[start:].decode("utf-8")
    except UnicodeDecodeError as problem:
        offset = start + problem.start
        line_start = data.rfind(b"\n", 0, offset) + 1
        raise FindingError(
            error(
                "banks.file.not_utf8",
                data.count(b"\n", 0, offset) + 1,
                offset - line_start + 1,
                byte=f"0x{data[offset]:02X}",
                offset=offset,
            )
        )
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise FindingError(error("banks.file.binary", line))
    return text


def parse_marked(text: str) -> tuple[object, list[Finding]]:
    """The document as MarkedMap/MarkedList/scalars (None when empty) and the non-fatal
    findings (duplicate keys); fatal problems raise FindingError."""
    _refuse_deep_flow_nesting(text)
    builder = _Builder()
    try:
        for event in yaml.parse(text, Loader=_EventLoader):
            builder.feed(event)
    except yaml.MarkedYAMLError as problem:
        raise FindingError(_syntax_finding(problem, text))
    except ReaderError as problem:
        raise FindingError(_control_character_finding(problem, text))
    except yaml.YAMLError as problem:
        raise FindingError(error("banks.yaml.syntax", problem=str(problem)))
    return builder.root, builder.findings


# Characters that can open, close or hide a flow collection.
_FLOW_MARKS = re.compile(r"[\[\]{}\"'#]")
# After these (spaces skipped) a bracket or quote starts a value rather than sitting in text;
# inside a flow collection also after an opening bracket or a comma.
_BLOCK_VALUE_STARTS = frozenset(":-?\n")
_FLOW_VALUE_STARTS = _BLOCK_VALUE_STARTS | frozenset("[{,")


def _refuse_deep_flow_nesting(text: str) -> None:
    """Our depth limit for ``[[[…`` and ``{{{…``, checked before libyaml sees the text.

    libyaml looks up to 1,024 characters ahead for a possible key before it hands on the
    first event, so the builder's own depth check comes too late for flow collections on
    one line: newer libyaml builds stop there with an error of their own. This scan
    follows only brackets and quotes that start a value; a bracket inside plain text
    ("a [b") or inside a quoted string is not counted, so no real bank is refused.
    """
    limit = bank_format.MAX_DEPTH
    depth = 0
    position = 0
    while (mark := _FLOW_MARKS.search(text, position)) is not None:
        at = mark.start()
        char = text[at]
        position = at + 1
        if char in "]}":
            depth = max(depth - 1, 0)
            continue
        if char == "#":
            if at == 0 or text[at - 1] in " \t\n":
                end = text.find("\n", at)
                position = len(text) if end < 0 else end
            continue
        if not _starts_value(text, at, _FLOW_VALUE_STARTS if depth else _BLOCK_VALUE_STARTS):
            continue
        if char in "\"'":
            position = _after_quoted(text, at)
            continue
        depth += 1
        if depth > limit:
            line_start = text.rfind("\n", 0, at) + 1
            raise FindingError(
                error(
                    "banks.yaml.too_deep",
                    text.count("\n", 0, at) + 1,
                    at - line_start + 1,
                    limit=limit,
                )
            )


def _starts_value(text: str, at: int, starts: frozenset[str]) -> bool:
    before = at - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before < 0 or text[before] in starts


def _after_quoted(text: str, at: int) -> int:
    """The position after a quoted scalar that opens at ``at`` (the end when unclosed)."""
    quote = text[at]
    position = at + 1
    while True:
        end = text.find(quote, position)
        if end < 0:
            return len(text)
        if quote == "'" and text.startswith("''", end):
            position = end + 2  # '' is an escaped quote
            continue
        if quote == '"':
            slashes = 0
            while end - 1 - slashes > at and text[end - 1 - slashes] == "\\":
                slashes += 1
            if slashes % 2:
                position = end + 1
                continue
        return end + 1


class _Frame:
    __slots__ = ("anchor", "container", "expanded_before", "key", "key_spot", "merges", "skip")

    def __init__(self, container: MarkedMap | MarkedList, anchor: str | None, expanded: int):
        self.container = container
        self.anchor = anchor
        self.expanded_before = expanded
        self.key: str | _Merge | None = None
        self.key_spot: Spot = (0, 0)
        self.skip = False  # the pending key is a duplicate: drop its value
        self.merges: list[object] | None = None  # made at the first ``<<``: most maps have none


class _Builder:
    """Turns parser events into marked data without recursion."""

    def __init__(self) -> None:
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[object, int, str | None]] = {}
        self.root: object = None
        self.documents = 0
        self.written = 0  # nodes as written in the file
        self.expanded = 0  # nodes once every alias is expanded
        self.findings: list[Finding] = []

    def feed(self, event: yaml.Event) -> None:
        if isinstance(event, ScalarEvent):
            self._scalar(event)
        elif isinstance(event, CollectionStartEvent):
            self._start(event)
        elif isinstance(event, CollectionEndEvent):
            self._end()
        elif isinstance(event, AliasEvent):
            self._alias(event)
        elif isinstance(event, DocumentStartEvent):
            self.documents += 1
            if self.documents > 1:
                raise FindingError(error("banks.yaml.multiple_documents", *_spot(event)))

    def _mapping_awaiting_key(self) -> MarkedMap | None:
        """The innermost mapping when the next scalar is one of its keys, else None."""
        if not self.stack:
            return None
        frame = self.stack[-1]
        container = frame.container
        if frame.key is None and isinstance(container, MarkedMap):
            return container
        return None

    def _scalar(self, event: ScalarEvent) -> None:
        self.written += 1
        self.expanded += 1
        spot = _spot(event)
        tag = event.tag
        if tag is None or tag == "!":
            tag = _resolved_tag(event) if event.implicit[0] else _STR_TAG
        mapping = self._mapping_awaiting_key()
        if mapping is not None:
            _check_tag(tag, (_STR_TAG, _MERGE_TAG, *_SCALAR_BUILDERS), spot)
            self._key(mapping, event.value, tag == _MERGE_TAG, spot)
            return
        value: object
        raw: str | None
        if tag == _STR_TAG:
            value, raw = event.value, None
        else:
            _check_tag(tag, _SCALAR_BUILDERS, spot)
            value, raw = _built_scalar(tag, event.value), event.value
        if event.anchor is not None:
            self.anchors[event.anchor] = (value, 1, raw)
        self._add(value, spot, raw)

    def _key(self, mapping: MarkedMap, key: str, is_merge: bool, spot: Spot) -> None:
        frame = self.stack[-1]
        frame.key, frame.key_spot, frame.skip = key, spot, False
        if is_merge:
            frame.key = _Merge.KEY
        elif key in mapping.key_spots:
            frame.skip = True
            self.findings.append(
                error(
                    "banks.yaml.duplicate_key",
                    *spot,
                    field=key,
                    first_line=mapping.key_spots[key][0],
                )
            )

    def _start(self, event: CollectionStartEvent) -> None:
        spot = _spot(event)
        if self._mapping_awaiting_key() is not None:
            raise FindingError(error("banks.yaml.complex_key", *spot))
        if event.tag not in (None, "!"):
            _check_tag(event.tag, (_COLLECTION_TAGS[type(event)],), spot)
        if len(self.stack) >= bank_format.MAX_DEPTH:
            raise FindingError(error("banks.yaml.too_deep", *spot, limit=bank_format.MAX_DEPTH))
        container = MarkedMap(spot) if type(event) is MappingStartEvent else MarkedList(spot)
        self.stack.append(_Frame(container, event.anchor, self.expanded))
        self.written += 1
        self.expanded += 1

    def _end(self) -> None:
        frame = self.stack.pop()
        container = frame.container
        if frame.merges and isinstance(container, MarkedMap):  # only a mapping has ``<<``
            _apply_merges(container, frame.merges)
        if frame.anchor is not None:
            self.anchors[frame.anchor] = (container, self.expanded - frame.expanded_before, None)
        self._add(container, container.spot, None)

    def _alias(self, event: AliasEvent) -> None:
        spot = _spot(event)
        if self._mapping_awaiting_key() is not None:
            raise FindingError(error("banks.yaml.complex_key", *spot))
        anchor = event.anchor or ""  # the parser always names it; the stubs allow None
        if anchor not in self.anchors:
            # Also what an alias inside its own anchor looks like: the anchor is not finished.
            raise FindingError(error("banks.yaml.unknown_alias", *spot, anchor=anchor))
        value, size, raw = self.anchors[anchor]
        self.expanded += size
        limit = (
            bank_format.ALIAS_EXPANSION_FACTOR * self.written
            + bank_format.ALIAS_EXPANSION_ALLOWANCE
        )
        if self.expanded > limit:
            raise FindingError(
                error("banks.yaml.alias_bomb", *spot, factor=bank_format.ALIAS_EXPANSION_FACTOR)
            )
        self._add(value, spot, raw)

    def _add(self, value: object, spot: Spot, raw: str | None) -> None:
        if not self.stack:
            self.root = value
            return
        frame = self.stack[-1]
        container = frame.container
        if isinstance(container, MarkedList):
            if raw is not None:
                container.raw[len(container)] = raw
            container.append(value)
            container.item_spots.append(spot)
            return
        key = frame.key
        frame.key = None
        if key is _Merge.KEY:
            if frame.merges is None:
                frame.merges = [value]
            else:
                frame.merges.append(value)
        elif key is not None and not frame.skip:
            container[key] = value
            container.key_spots[key] = frame.key_spot
            container.value_spots[key] = spot
            if raw is not None:
                container.raw[key] = raw


def _apply_merges(mapping: MarkedMap, merges: list[object]) -> None:
    """``<<: *defaults``: keys written in the mapping win, then earlier merged maps."""
    sources: list[object] = []
    for merged in merges:
        sources.extend(merged if type(merged) is MarkedList else [merged])
    for source in sources:
        if type(source) is not MarkedMap:
            raise FindingError(error("banks.yaml.bad_merge", *mapping.spot))
        for key, value in source.items():
            if key not in mapping:
                mapping[key] = value
                mapping.key_spots[key] = source.key_spots[key]
                mapping.value_spots[key] = source.value_spots[key]
                if key in source.raw:
                    mapping.raw[key] = source.raw[key]


def _built_scalar(tag: str, text: str) -> object:
    try:
        return _SCALAR_BUILDERS[tag](ScalarNode(tag, text))
    except ValueError:
        return text  # looks like a date but is none (2024-02-30): the author meant text


def _resolved_tag(event: ScalarEvent) -> str:
    """The tag PyYAML's resolver gives a plain scalar (``3`` int, ``yes`` bool, ...)."""
    # types-PyYAML leaves Resolver.resolve unannotated; it returns the tag as a str.
    tag: str = _resolver.resolve(ScalarNode, event.value, event.implicit)  # type: ignore[no-untyped-call]
    return tag


def _check_tag(tag: str, allowed: Collection[str], spot: Spot) -> None:
    if tag in allowed:
        return
    shown = "!!" + tag[len(_TAG_PREFIX) :] if tag.startswith(_TAG_PREFIX) else tag
    if tag.startswith(_TAG_PREFIX + "python/"):
        raise FindingError(error("banks.yaml.python_tag", *spot, tag=shown))
    raise FindingError(error("banks.yaml.unknown_tag", *spot, tag=shown))


def _spot(event: yaml.Event) -> Spot:
    mark = event.start_mark
    if mark is None:  # every parsed event has a mark; the stubs allow None
        return (0, 0)
    return (mark.line + 1, mark.column + 1)


def _syntax_finding(problem: yaml.MarkedYAMLError, text: str) -> Finding:
    mark = problem.problem_mark or problem.context_mark
    if mark is None:
        return error("banks.yaml.syntax", problem=problem.problem or str(problem))
    line, column = mark.line + 1, mark.column + 1
    if _tab_in_indentation(text, mark.line, mark.column):
        return error("banks.yaml.tab", line, column)
    described = problem.problem or str(problem)
    started = problem.context_mark
    if started is not None and started.line < mark.line:
        # An unclosed quote or bracket is noticed lines later: say where the parser started.
        return error(
            "banks.yaml.syntax_since", line, column, problem=described, since_line=started.line + 1
        )
    return error("banks.yaml.syntax", line, column, problem=described)


def _control_character_finding(problem: ReaderError, text: str) -> Finding:
    character = problem.character if isinstance(problem.character, int) else None
    # The reader stops at the first forbidden character; libyaml counts its position in
    # bytes, so look the character up instead of trusting the offset.
    if character is not None and chr(character) in text:
        position = text.index(chr(character))
    else:
        position = min(problem.position, len(text))
    line_start = text.rfind("\n", 0, position) + 1
    return error(
        "banks.yaml.control_character",
        text.count("\n", 0, position) + 1,
        position - line_start + 1,
        code=f"U+{character:04X}" if character is not None else "?",
    )


def _tab_in_indentation(text: str, line_index: int, column_index: int) -> bool:
    lines = text.split("\n", line_index + 1)
    if line_index >= len(lines):
        return False
    line = lines[line_index]
    indentation = line[: len(line) - len(line.lstrip(" \t"))]
    return "\t" in indentation or line[column_index : column_index + 1] == "\t"


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}"

"""Short labels for a question that both front ends show alike."""

from __future__ import annotations

from quiz.banks.model import Question


def source_tag(question: Question) -> str:
    """A short "where from" line: "Staffel 1 · Folge 3" from the tags, else the source file."""
    if question.tags:
        return " · ".join(_tag_label(tag) for tag in question.tags)
    if question.source is not None:
        return f"{question.source.file}:{question.source.line}"
    return ""


def _tag_label(tag: str) -> str:
    words = tag.replace("_", " ").replace("-", " ").split()
    if not words:
        return tag
    return " ".join([words[0].capitalize(), *words[1:]])

"""What a practice call knows before it starts (``../shared/specs/interfaces.md``, "Call context").

The agent's and the customer's names, the company and the scenario's vocabulary are
words the call is likely to contain: they guide recognition (:mod:`transcription.prompt`)
and the names and the verification flag travel on in the transcript, so scoring sees
them. Plain Python, no Django: the scenarios app, the commands and the benchmarks build
the same object.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any

MAX_FILE_BYTES = 64 * 1024
# A scenario's vocabulary guides Whisper through its prompt, which holds at most 223
# tokens; more words than this would only push the text read before a window out.
MAX_VOCABULARY = 40
MAX_TEXT = 120


class ContextError(ValueError):
    """A call context that cannot be used; the message is one line for the user."""


@dataclass(frozen=True)
class CallContext:
    agent_name: str = ""
    customer_name: str = ""
    company: str = ""
    requires_verification: bool | None = None
    vocabulary: tuple[str, ...] = ()

    @classmethod
    def from_dict(cls, data: Any) -> CallContext:
        """Read the JSON object of interfaces.md; every field is optional, unknown ones are ignored
        (the format may grow), a field of the wrong type is refused."""
        if not isinstance(data, dict):
            raise ContextError("a call context must be a JSON object")
        texts = {key: _text(data.get(key), key) for key in ("agent_name", "customer_name", "company")}
        verification = data.get("requires_verification")
        if verification is not None and not isinstance(verification, bool):
            raise ContextError("'requires_verification' must be true or false")
        vocabulary = data.get("vocabulary", [])
        if not isinstance(vocabulary, list) or not all(isinstance(word, str) for word in vocabulary):
            raise ContextError("'vocabulary' must be a list of words or phrases")
        return cls(**texts, requires_verification=verification, vocabulary=vocabulary_clean(vocabulary))

    def transcript_fields(self) -> dict[str, Any]:
        """The facts the transcript carries for scoring (interfaces.md, "Transcript JSON")."""
        fields: dict[str, Any] = {}
        if self.agent_name:
            fields["agent_name"] = self.agent_name
        if self.customer_name:
            fields["customer_name"] = self.customer_name
        if self.requires_verification is not None:
            fields["requires_verification"] = self.requires_verification
        return fields

    @property
    def expected_words(self) -> tuple[str, ...]:
        """Names, company and vocabulary, each once, in that order: what the call is likely to say."""
        words = (self.agent_name, self.customer_name, self.company, *self.vocabulary)
        return tuple(dict.fromkeys(word for word in words if word))


def context_from_file(path: str | os.PathLike) -> CallContext:
    """The ``--context FILE.json`` of the ``transcribe`` and ``coach`` commands."""
    try:
        with open(path, "rb") as file:
            data = file.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ContextError(f"cannot read the context file {path}: {error.strerror or error}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ContextError(f"the context file {path} is larger than 64 KB")
    try:
        parsed = json.loads(data.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise ContextError(f"the context file {path} is not valid JSON: {error}") from None
    try:
        return CallContext.from_dict(parsed)
    except ContextError as error:
        raise ContextError(f"the context file {path}: {error}") from None


def vocabulary_clean(words: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    """Words and phrases stripped, blank ones and repeats dropped, at most :data:`MAX_VOCABULARY`."""
    cleaned = (" ".join(word.split())[:MAX_TEXT] for word in words)
    return tuple(dict.fromkeys(word for word in cleaned if word))[:MAX_VOCABULARY]


def _text(value: Any, key: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ContextError(f"'{key}' must be a string")
    return " ".join(value.split())[:MAX_TEXT]

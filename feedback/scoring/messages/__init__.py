"""Messages and coaching tips in the transcript's language (not the viewer's UI language)."""
from __future__ import annotations

import importlib
from functools import lru_cache
from typing import Any

QUOTE_CHARS = 140


@lru_cache(maxsize=None)
def _messages(language: str) -> dict[str, dict[str, tuple[str, str]]]:
    return importlib.import_module(f"feedback.scoring.messages.{language}").MESSAGES


def criterion_text(key: str, language: str, result: str, reason: str, quote: str,
                   values: dict[str, Any]) -> tuple[str, str]:
    """(message, tip) for a criterion's outcome; the tip quotes the agent when there is something to quote."""
    variants = _messages(language)[key]
    message, tip = variants.get(reason) or variants.get(result) or ("", "")
    quote = quote.rstrip(".")  # the template closes the quotation
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rstrip() + "…"
    if "{quote}" in tip and not quote:
        # Drop the sentence that would quote nothing; keep the suggestion that follows it.
        after = tip.split("{quote}", 1)[1]
        tip = after.split(". ", 1)[1] if ". " in after else ""
    return message.format(**values), tip.format(quote=quote, **values)

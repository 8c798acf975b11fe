"""Messages and coaching tips in the transcript's language (not the viewer's UI language)."""

from __future__ import annotations

import importlib
from functools import cache
from typing import Any

QUOTE_CHARS = 140
# What a tip says when the call does not know a name (never another person's name).
_AGENT_PLACEHOLDER = {"en": "[your name]", "it": "[il tuo nome]"}
_HELLO_PLACEHOLDER = {"en": " there", "it": ""}
# How an agent addresses a customer by surname; the gender is not known.
_ADDRESS = {"en": "Mr/Ms {surname}", "it": "signor/signora {surname}"}
# The decimal separator of each language's messages ("1,4 s" in Italian, "1.4 s" in English).
_DECIMAL_SEPARATOR = {"en": ".", "it": ","}


def written_figure(value: Any, language: str) -> Any:
    """A figure as `language` writes it in a sentence: decimals with its separator, the rest as is."""
    if isinstance(value, float):
        return repr(value).replace(".", _DECIMAL_SEPARATOR.get(language, "."))
    return value


@cache
def _messages(language: str) -> dict[str, dict[str, tuple[str, str]]]:
    return importlib.import_module(f"feedback.scoring.messages.{language}").MESSAGES


def unsure_text(language: str, word: str, probability: float, message: str, heard: str = "") -> str:
    """The message of a failure left for the supervisor: the word in doubt (and what was heard
    when it was re-read), and what it would mean."""
    module = importlib.import_module(f"feedback.scoring.messages.{language}")
    template = module.UNSURE_REREAD if heard else module.UNSURE
    return template.format(
        word=word.strip(" .,;:!?"), percent=round(100 * probability), message=message, heard=heard.strip(" .,;:!?")
    )


def tip_names(transcript: dict[str, Any], titles: frozenset[str], language: str) -> dict[str, str]:
    """The names a tip's example uses: the call's own (agent_name, customer_name, customer_handle).

    A tip that tells Giulia to say "this is Laura", or to thank "signor Rossi" when the
    customer is Anna Galli, contradicts the report; without a name, a placeholder.
    """
    agent = _name_words(transcript.get("agent_name", ""), titles)
    customer = _name_words(transcript.get("customer_name", ""), titles)
    handle = transcript.get("customer_handle", "")
    if len(customer) > 1:
        address = _ADDRESS[language].format(surname=customer[-1])
    else:
        address = customer[0] if customer else handle or _ADDRESS[language].format(surname="…")
    hello = customer[0] if customer else handle
    return {
        "agent": agent[0] if agent else _AGENT_PLACEHOLDER[language],
        "address": address,
        "hello": f" {hello}" if hello else _HELLO_PLACEHOLDER[language],
    }


def _name_words(name: str, titles: frozenset[str]) -> list[str]:
    """The words of a name without titles ("Sig.ra Anna Galli" → Anna, Galli)."""
    return [word for word in name.split() if word.lower() not in titles and word.lower().rstrip(".") not in titles]


def criterion_text(
    key: str, language: str, result: str, reason: str, quote: str, values: dict[str, Any], names: dict[str, str]
) -> tuple[str, str]:
    """(message, tip) for a criterion's outcome; the tip quotes the agent when there is something to quote
    and uses the call's real names (:func:`tip_names`)."""
    variants = _messages(language)[key]
    message, tip = variants.get(reason) or variants.get(result) or ("", "")
    quote = quote.rstrip(".")  # the template closes the quotation
    if len(quote) > QUOTE_CHARS:
        quote = quote[: QUOTE_CHARS - 1].rstrip() + "…"
    if "{quote}" in tip and not quote:
        # Drop the sentence that would quote nothing; keep the suggestion that follows it.
        after = tip.split("{quote}", 1)[1]
        tip = after.split(". ", 1)[1] if ". " in after else ""
    values = {name: written_figure(value, language) for name, value in values.items()}
    return message.format(**values), tip.format(quote=quote, **names, **values)

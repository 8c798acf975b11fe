"""The text a speech engine is prompted with before each window: the one place it is composed.

Whisper reads a window as the continuation of its prompt, so the prompt steers spelling
and style. Three parts, in this order:

- the call's expected words (:class:`~transcription.context.CallContext`: names, company,
  vocabulary), before every window, as faster-whisper's ``hotwords`` are, so a name
  said late in the call is read as well as one said in the greeting;
- the filler prompt (``DecodingOptions.prompts``), whose written-out hesitations make
  Whisper keep "ehm/uhm/um" that the filler-word criterion counts; it leads until the
  text read pushes it out, unless ``carry_initial_prompt``;
- the text read just before the window (``condition_on_previous_text``).

Every engine reaches :func:`compose_prompt` through ``engines.decoding.prompt_tokens``
with its own tokenizer, so they all read a call with the same prompt.
"""

from __future__ import annotations

from collections.abc import Callable

from transcription.context import CallContext

# Hesitations written out in the prompt make Whisper transcribe them verbatim instead
# of cleaning them away, which the filler-word criterion depends on.
FILLER_PROMPTS = {
    "it": "Ehm, allora... uhm, sì, ehm, mi dica. Eh, va bene, uhm.",
    "en": "Um, so... uh, yeah, uhm, let me see. Ehm, okay, uh.",
}


def expected_words_text(context: CallContext | None) -> str:
    """The context's expected words as one short list ("Giulia, Anna Galli, Fibra Italia, modem.")."""
    words = context.expected_words if context else ()
    return ", ".join(words) + "." if words else ""


def compose_prompt(
    encode: Callable[[str], list[int]],
    *,
    room: int,
    initial: str,
    previous_text: str,
    context: CallContext | None,
    carry_initial: bool,
) -> list[int]:
    """The prompt's tokens, at most ``room`` (the decoder's prompt length).

    ``encode`` is the engine tokenizer's text encoder; ``initial`` the filler prompt of
    the language (empty: none); ``previous_text`` what was read before the window (empty
    when the engine does not condition on it). The expected words keep at most half
    the room, so the text read before the window always has its place.
    """
    expected = expected_words_text(context)
    hints = encode(" " + expected)[: room // 2] if expected else []
    fillers = encode(" " + initial.strip()) if initial.strip() else []
    previous = encode(" " + previous_text.strip()) if previous_text.strip() else []
    left = room - len(hints)
    if carry_initial:
        fillers = fillers[:left]
        return hints + fillers + previous[max(len(previous) - (left - len(fillers)), 0) :]
    return hints + (fillers + previous)[-left:] if left else hints

"""The text a speech engine is prompted with before each window: the one place it is composed.

Whisper reads a window as the continuation of its prompt, so the prompt steers spelling
and style. Four parts, in this order:

- the call's expected words (:class:`~transcription.context.CallContext`: names, company,
  vocabulary), before every window, as faster-whisper's ``hotwords`` are, so a name
  said late in the call is read as well as one said in the greeting;
- the call phrases (``DecodingOptions.phrases``): sentences of the kind an agent says on
  a call, before every window of a practice call (a recording with a call context), so
  Whisper expects a call's set phrases ("data di nascita", "grazie per l'attesa") where the
  voice is unclear; they are words likely, not words said (a phrase not said is not read,
  tests/transcription/test_engine_whisper.py). Recordings without a context are read as
  before: on the real clips of ../shared/real-speech, which are no calls, the phrases cost
  a word or two (English 2.1 → 2.7 % WER, Italian 20.2 → 20.9 %);
- the filler prompt (``DecodingOptions.prompts``), whose written-out hesitations make
  Whisper keep "ehm/uhm/um" that the filler-word criterion counts; it leads until the
  text read pushes it out, unless ``carry_initial_prompt``;
- the text read just before the window (``condition_on_previous_text``).

Every engine reaches :func:`compose_prompt` through ``engines.decoding.prompt_tokens``
with its own tokenizer, so they all read a call with the same prompt.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from transcription.context import CallContext

# Hesitations written out in the prompt make Whisper transcribe them verbatim instead
# of cleaning them away, which the filler-word criterion depends on.
FILLER_PROMPTS = {
    "it": "Ehm, allora... uhm, sì, ehm, mi dica. Eh, va bene, uhm.",
    "en": "Um, so... uh, yeah, uhm, let me see. Ehm, okay, uh.",
}


# The sentences the coaching tips teach an agent (feedback/scoring/messages, a test keeps them
# verbatim): the set phrases of the calls scored. Measured by benchmarks/audio_scoring_agreement.py.
CALL_PHRASES = {
    "it": (
        "Mi dispiace per il disagio, capisco quanto sia scomodo. Per sicurezza, mi conferma la sua data di "
        "nascita o il codice cliente? Posso metterla in attesa un momento? Grazie per l'attesa. Riceverà la "
        "conferma via email entro 24 ore. C'è altro in cui posso aiutarla? Grazie per averci contattato, "
        "buona giornata."
    ),
    "en": (
        "I'm sorry about that, I can see why it's frustrating. For security, could you confirm your date of "
        "birth or account number? May I put you on hold for a moment? Thanks for holding. You'll receive the "
        "confirmation by email within 24 hours. Is there anything else I can help you with? Thanks for "
        "calling, have a good day."
    ),
}
# The call phrases take at most half of what the expected words leave, so the text read before
# a window keeps the rest.
PHRASES_SHARE = 0.5
_SENTENCE = re.compile(r"(?<=[.?!])\s+")


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
    phrases: str = "",
) -> list[int]:
    """The prompt's tokens, at most ``room`` (the decoder's prompt length).

    ``encode`` is the engine tokenizer's text encoder; ``initial`` the filler prompt of
    the language (empty: none); ``previous_text`` what was read before the window (empty
    when the engine does not condition on it); ``phrases`` the call phrases of the language,
    read only for a call (``context`` given, even empty). The expected words keep at most half
    the room and the call phrases, whole sentences, at most half of what is left, so the text
    read before the window always has its place.
    """
    expected = expected_words_text(context)
    hints = encode(" " + expected)[: room // 2] if expected else []
    if context is not None:
        hints += _sentences_within(encode, phrases, int((room - len(hints)) * PHRASES_SHARE))
    fillers = encode(" " + initial.strip()) if initial.strip() else []
    previous = encode(" " + previous_text.strip()) if previous_text.strip() else []
    left = room - len(hints)
    if carry_initial:
        fillers = fillers[:left]
        return hints + fillers + previous[max(len(previous) - (left - len(fillers)), 0) :]
    return hints + (fillers + previous)[-left:] if left else hints


def _sentences_within(encode: Callable[[str], list[int]], text: str, room: int) -> list[int]:
    """The tokens of the text's first sentences that fit in ``room``: a phrase is never cut halfway."""
    tokens: list[int] = []
    for sentence in _SENTENCE.split(text.strip()) if text.strip() else ():
        encoded = encode(" " + sentence)
        if len(tokens) + len(encoded) > room:
            break
        tokens += encoded
    return tokens

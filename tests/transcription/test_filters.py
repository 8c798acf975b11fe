"""Segments Whisper invents are dropped: stock subtitle phrases in both languages,
text it is itself unsure of, and windows it judges to hold no speech."""

import pytest

from transcription.engines.base import RecognisedSegment
from transcription.filters import is_hallucination


def _segment(text, *, avg_logprob=-0.3, no_speech_prob=0.05):
    return RecognisedSegment(0.0, 2.0, text, (), avg_logprob, no_speech_prob)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Sottotitoli a cura di QTSS"),
        ("it", "Grazie per la visione!"),
        ("it", "Sottotitoli creati dalla comunità Amara.org"),
        ("en", "Thanks for watching!"),
        ("en", "Thank you for watching."),
        ("it", "Thanks for watching!"),
    ],
)
def test_stock_subtitle_phrases_are_dropped(language, text):
    assert is_hallucination(_segment(text), language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("it", "Grazie per la pazienza, la visione del contratto è pronta."),
        ("en", "Thanks for waiting, I can watch the order."),
    ],
)
def test_ordinary_call_sentences_are_kept(language, text):
    assert not is_hallucination(_segment(text), language)


def test_very_unlikely_text_is_dropped():
    assert is_hallucination(_segment("ma ma ma ma", avg_logprob=-1.8), "it")


def test_text_in_a_window_whisper_calls_silent_is_dropped_when_it_is_also_unsure():
    assert is_hallucination(_segment("Thank you very much.", avg_logprob=-0.9, no_speech_prob=0.8), "en")
    assert not is_hallucination(_segment("Thank you very much.", avg_logprob=-0.2, no_speech_prob=0.8), "en")

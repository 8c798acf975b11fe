"""Reading transcripts: JSON and plain text, and one-line errors for what cannot be read."""

import json

import pytest

from feedback.scoring.transcripts import TranscriptError, parse_transcript


def test_plain_text_with_italian_labels_is_an_italian_phone_call_and_lines_last_until_the_next():
    transcript = parse_transcript(
        "[00:00] Operatore: Buonasera, sono Davide.\n"
        "[00:04.5] Cliente: Buonasera.\n"
        "\n"
        "[01:02] Operatore: Grazie a lei, buona serata.\n"
    )
    assert transcript["language"] == "it" and transcript["channel"] == "phone"
    assert [(s["speaker"], s["start"], s["end"]) for s in transcript["segments"]] == [
        ("agent", 0.0, 4.5),
        ("customer", 4.5, 62.0),
        ("agent", 62.0, 64.0),
    ]


def test_plain_text_with_english_labels_takes_the_language_of_its_words():
    english = parse_transcript("Agent: Hello, this is Amy, how can I help you?\nCustomer: Hi, my order is late.")
    italian = parse_transcript(
        "Agent: Buongiorno, sono Amy, come posso aiutarla?\nCustomer: Il mio ordine è in ritardo."
    )
    assert english["language"] == "en" and "start" not in english["segments"][0]
    assert italian["language"] == "it"


def test_plain_text_header_sets_the_fields_json_would_carry():
    transcript = parse_transcript(
        "language: en\nagent_name: Amy\nrequires_verification: true\nAgent: Hello, this is Amy.\nCustomer: Hi."
    )
    assert transcript["agent_name"] == "Amy" and transcript["requires_verification"] is True


def test_json_is_normalised_and_social_messages_default_to_public():
    transcript = parse_transcript(
        json.dumps(
            {
                "language": "en",
                "channel": "social",
                "customer_handle": "@kate",
                "segments": [
                    {"speaker": "customer", "text": "  My   order\nis late ", "at": 0},
                    {"speaker": "agent", "text": "Hi Kate ^LM", "visibility": "private", "at": 60},
                ],
            }
        )
    )
    assert transcript["segments"][0] == {
        "speaker": "customer",
        "text": "My order is late",
        "at": 0.0,
        "visibility": "public",
    }
    assert transcript["requires_verification"] is False


BAD = [
    ("", "the transcript is empty"),
    ('{"language": "it",', "malformed JSON"),
    ("[1, 2]", "must be a JSON object"),
    (json.dumps({"language": "fr", "channel": "phone", "segments": []}), "unknown language 'fr'"),
    (json.dumps({"language": "it", "channel": "fax", "segments": []}), "unknown channel 'fax'"),
    (json.dumps({"language": "it", "channel": "phone", "segments": []}), "no segments with text"),
    (json.dumps({"language": "it", "channel": "phone", "segments": "ciao"}), "'segments' must be a list"),
    (
        json.dumps({"language": "it", "channel": "phone", "segments": [{"speaker": "bot", "text": "x"}]}),
        "segment 1: unknown speaker 'bot'",
    ),
    (
        json.dumps({"language": "it", "channel": "phone", "segments": [{"speaker": "agent", "text": 3}]}),
        "segment 1: 'text' must be a string",
    ),
    (
        json.dumps(
            {"language": "it", "channel": "phone", "segments": [{"speaker": "agent", "text": "x", "start": "0"}]}
        ),
        "'start' must be a number",
    ),
    (
        json.dumps(
            {
                "language": "it",
                "channel": "phone",
                "segments": [{"speaker": "agent", "text": "x", "start": 5, "end": 2}],
            }
        ),
        "ends before it starts",
    ),
    ("Agent: hello\nRobot: beep", "line 2: expected"),
    ("[00:01] Agent: hello\nCustomer: hi", "some lines have a"),
    ("[00:09] Agent: hello\n[00:01] Customer: hi", "must not go backwards"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_unreadable_transcripts_raise_a_one_line_error(text, message):
    with pytest.raises(TranscriptError, match=message) as error:
        parse_transcript(text)
    assert "\n" not in str(error.value)

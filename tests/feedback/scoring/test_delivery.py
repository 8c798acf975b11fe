"""Delivery criteria and metrics, computed from segment times (and word timings when present)."""

from tests.feedback.scoring.builders import call, result, score

TWENTY_WORDS_IT = "Allora, le spiego con calma come funziona la procedura di rimborso per la bolletta che ha ricevuto ieri mattina presto."
TWENTY_WORDS_EN = (
    "So, let me explain calmly how the refund process works for the bill that you received from us yesterday morning."
)


def test_fillers_are_counted_per_hundred_agent_words():
    calm = call("it", f"A: {TWENTY_WORDS_IT} {TWENTY_WORDS_IT} Ehm, va bene?", "C: Sì.", seconds_per_word=0.4)
    hesitant = call("it", f"A: Ehm, {TWENTY_WORDS_IT} Eh, mmh, ehm, va bene?", "C: Sì.", seconds_per_word=0.4)
    assert result(calm, "filler_words") == "pass"
    assert result(hesitant, "filler_words") == "fail"
    assert score(hesitant)["metrics"]["fillers_per_100_words"] == round(100 * 4 / 26, 1)


def test_you_know_is_one_filler_but_let_you_know_is_not():
    padded = call(
        "en", f"A: {TWENTY_WORDS_EN} You know, it's, you know, quick, um, you know.", "C: Ok.", seconds_per_word=0.4
    )
    promise = call(
        "en", f"A: {TWENTY_WORDS_EN} I'll let you know if you know anyone else.", "C: Ok.", seconds_per_word=0.4
    )
    assert score(padded)["metrics"]["fillers_per_100_words"] == round(100 * 4 / 29, 1)
    assert score(promise)["metrics"]["fillers_per_100_words"] == 0.0


def test_fillers_need_timestamps_and_twenty_agent_words():
    assert result(call("it", f"A: Ehm, {TWENTY_WORDS_IT}", "C: Sì."), "filler_words") == "na"
    assert result(call("it", "A: Ehm, eh, sì.", "C: Sì.", seconds_per_word=0.4), "filler_words") == "na"


def test_speaking_pace_is_agent_words_per_minute_of_agent_time():
    lines = [f"A: {' '.join([TWENTY_WORDS_IT] * 5)}", "C: Ho capito, grazie."]
    assert result(call("it", *lines, seconds_per_word=0.4), "speaking_pace") == "pass"  # 150 wpm
    assert result(call("it", *lines, seconds_per_word=0.25), "speaking_pace") == "fail"  # 240 wpm
    assert result(call("it", *lines, seconds_per_word=0.8), "speaking_pace") == "fail"  # 75 wpm
    assert result(call("it", "A: Buongiorno, mi dica.", "C: Sì.", seconds_per_word=0.4), "speaking_pace") == "na"


def test_dead_air_is_any_long_gap_between_segments():
    assert result(call("en", "A: Let me look.", "[+8] C: Hello?", seconds_per_word=0.4), "dead_air") == "fail"
    assert result(call("en", "A: Let me look.", "[+3] C: Sure.", seconds_per_word=0.4), "dead_air") == "pass"
    assert result(call("en", "A: Let me look.", "C: Sure."), "dead_air") == "na"


def test_silence_after_an_announced_hold_is_not_dead_air_even_when_the_hold_fails_etiquette():
    announced = call(
        "it", "A: La metto in attesa.", "C: Va bene.", "[+40] A: Eccomi, ho verificato.", seconds_per_word=0.4
    )
    assert result(announced, "dead_air") == "pass"
    assert result(announced, "hold_etiquette") == "fail"


def test_an_account_on_hold_does_not_excuse_a_silence():
    transcript = call(
        "en", "A: Your account is on hold for billing.", "[+9] A: Right, I've fixed it.", seconds_per_word=0.4
    )
    assert result(transcript, "dead_air") == "fail"
    assert score(transcript)["metrics"]["longest_gap_s"] == 9.5


def test_talk_ratio_is_agent_time_over_both_speakers_time():
    talkative = call("it", f"A: {TWENTY_WORDS_IT} {TWENTY_WORDS_IT}", "C: Sì.", seconds_per_word=0.4)
    balanced = call("it", f"A: {TWENTY_WORDS_IT}", f"C: {TWENTY_WORDS_IT}", seconds_per_word=0.4)
    assert result(talkative, "talk_ratio") == "fail"
    assert result(balanced, "talk_ratio") == "pass"
    assert score(balanced)["metrics"]["agent_talk_ratio"] == 0.5
    assert result(call("it", f"A: {TWENTY_WORDS_IT}", seconds_per_word=0.4), "talk_ratio") == "na"


def test_metrics_are_null_where_the_transcript_has_no_times():
    metrics = score(call("en", f"A: {TWENTY_WORDS_EN}", "C: Fine."))["metrics"]
    assert metrics == {
        "agent_words": 20,
        "agent_wpm": None,
        "fillers_per_100_words": 0.0,
        "longest_gap_s": None,
        "agent_talk_ratio": None,
    }


def test_word_timings_give_evidence_the_start_of_its_sentence():
    transcript = {
        "language": "en",
        "channel": "phone",
        "segments": [
            {
                "speaker": "agent",
                "start": 0.0,
                "end": 3.0,
                "text": "Hello there. Calm down.",
                "words": [
                    {"word": w, "start": s, "end": s + 0.4}
                    for w, s in [("Hello", 0.0), ("there.", 0.5), ("Calm", 2.0), ("down.", 2.5)]
                ],
            },
        ],
    }
    evidence = next(item for item in score(transcript)["criteria"] if item["key"] == "professional_language")[
        "evidence"
    ]
    assert evidence == [{"speaker": "agent", "start": 2.0, "text": "Calm down."}]


def test_segments_with_only_start_times_last_until_the_next_one_as_in_plain_text():
    transcript = {
        "language": "en",
        "channel": "phone",
        "segments": [
            {"speaker": "agent", "start": 0.0, "text": TWENTY_WORDS_EN},
            {"speaker": "customer", "start": 8.0, "text": "Okay."},
            {"speaker": "agent", "start": 16.0, "text": TWENTY_WORDS_EN},
        ],
    }
    metrics = score(transcript)["metrics"]
    assert metrics["longest_gap_s"] == 0.0 and metrics["agent_wpm"] == round(60 * 40 / 16.0, 1)

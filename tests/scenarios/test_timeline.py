"""A guided role-play's transcript: the script's lines and the agent's clips on one clock."""
import pytest

from scenarios.services.timeline import CUSTOMER_REACTION_SECONDS, AgentClip, CustomerLine, guided_transcript


def clip(text: str, start: float, end: float, duration: float) -> AgentClip:
    return AgentClip(segments=[{"speaker": "agent", "start": start, "end": end, "text": text,
                                "words": [{"word": text.split()[0], "start": start, "end": start + 0.3}]}],
                     duration_s=duration)


def test_agent_answers_first_then_each_customer_line_is_followed_by_the_agents_answer():
    transcript = guided_transcript(
        language="en", channel="phone",
        customer_lines=[CustomerLine("My bill is wrong.", duration_s=2.0), CustomerLine("Thanks, bye.")],
        agent_clips=[clip("Good morning, this is Laura.", 0.4, 2.0, 2.5),
                     clip("I'm sorry, let me check.", 1.0, 3.0, 3.5),
                     clip("Goodbye.", 0.2, 0.8, 1.0)],
        extra={"agent_name": "Laura"},
    )
    speakers = [segment["speaker"] for segment in transcript["segments"]]
    assert speakers == ["agent", "customer", "agent", "customer", "agent"]
    first, customer, second = transcript["segments"][:3]
    assert customer["start"] == pytest.approx(2.5 + CUSTOMER_REACTION_SECONDS)
    assert customer["end"] == pytest.approx(customer["start"] + 2.0)
    # The agent's clip starts when the customer stops; its leading silence is a real pause.
    assert second["start"] == pytest.approx(customer["end"] + 1.0)
    assert second["words"][0]["start"] == pytest.approx(second["start"])
    assert transcript["speaker_attribution"] == "exact"
    assert transcript["agent_name"] == "Laura"
    assert transcript["duration"] == pytest.approx(transcript["segments"][-1]["end"] + 0.2)


def test_a_silent_answer_leaves_a_gap_instead_of_an_invented_segment():
    transcript = guided_transcript(
        language="it", channel="phone", customer_lines=[CustomerLine("Pronto?")],
        agent_clips=[AgentClip(segments=[], duration_s=6.0), clip("Buongiorno.", 0.1, 0.9, 1.0)],
    )
    assert [s["speaker"] for s in transcript["segments"]] == ["customer", "agent"]
    assert transcript["segments"][0]["start"] == pytest.approx(6.0 + CUSTOMER_REACTION_SECONDS)


def test_a_customer_line_without_audio_lasts_as_long_as_saying_it():
    assert CustomerLine("one two three four five").spoken_seconds == pytest.approx(2.0)
    assert CustomerLine("Yes.").spoken_seconds == pytest.approx(1.5)


def test_the_number_of_agent_clips_must_match_the_script():
    with pytest.raises(ValueError):
        guided_transcript(language="en", channel="phone", customer_lines=[CustomerLine("Hi")],
                          agent_clips=[AgentClip(segments=[], duration_s=1.0)])

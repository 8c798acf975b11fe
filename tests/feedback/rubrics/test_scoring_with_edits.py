"""A trainer's edit in the admin changes how new conversations are scored, and only through the new version."""

import pytest

from feedback.rubrics.models import RubricVersion
from feedback.rubrics.selectors import rubric_version_latest
from feedback.scoring import score_transcript
from feedback.scoring.rubric import RubricDefinition

from .admin_forms import admin_url, open_form, row_prefix, set_field

CALL = {
    "language": "it",
    "channel": "phone",
    "agent_name": "Laura",
    "customer_name": "Mario Rossi",
    "segments": [
        {
            "speaker": "agent",
            "start": 0.0,
            "end": 4.0,
            "text": "Buongiorno, sono Laura di Telco Italia, come posso aiutarla?",
        },
        {"speaker": "customer", "start": 4.5, "end": 10.0, "text": "La linea internet non funziona da tre giorni."},
        # 7.5 s of silence before the agent answers.
        {
            "speaker": "agent",
            "start": 17.5,
            "end": 22.0,
            "text": "Mannaggia. Verifico subito, signor Rossi.",
        },
        {"speaker": "customer", "start": 22.5, "end": 24.0, "text": "Grazie."},
        {
            "speaker": "agent",
            "start": 24.5,
            "end": 28.0,
            "text": "Il guasto è risolto. Grazie per aver chiamato, buona giornata.",
        },
    ],
}


def results(version: RubricVersion) -> dict[str, str]:
    scored = score_transcript(CALL, RubricDefinition.from_dict(version.definition))
    return {item["key"]: item["result"] for item in scored["criteria"]}


@pytest.fixture
def edited(trainer, client_for, phone) -> RubricVersion:
    """The phone rubric after a trainer adds a regional empathy cue, tolerates 8 s of silence
    and drops the discovery question."""
    client = client_for(trainer)
    edit_url = admin_url("edit", phone.pk)
    data = open_form(client, edit_url)
    set_field(data, f"{row_prefix(data, 'empathy')}-extra_cues_it", "mannaggia")
    set_field(data, f"{row_prefix(data, 'dead_air')}-max_gap_s", "8")
    set_field(data, f"{row_prefix(data, 'discovery_question')}-enabled", False)
    assert client.post(edit_url, data).status_code == 302
    return rubric_version_latest(phone)


def test_the_shipped_version_judges_the_call_by_the_spec(phone):
    before = results(rubric_version_latest(phone))

    assert before["empathy"] == "fail"
    assert before["dead_air"] == "fail"
    assert before["discovery_question"] == "fail"


def test_an_extra_cue_phrase_makes_its_criterion_pass(edited):
    assert results(edited)["empathy"] == "pass"


def test_a_raised_threshold_is_applied(edited):
    assert results(edited)["dead_air"] == "pass"


def test_a_disabled_criterion_disappears_from_the_result(edited):
    assert "discovery_question" not in results(edited)
    assert len(results(edited)) == 14


def test_version_1_still_scores_exactly_as_before_the_edit(edited, phone):
    version_1 = phone.versions.get(number=1)

    assert edited.number == 2
    assert results(version_1)["empathy"] == "fail" and "discovery_question" in results(version_1)

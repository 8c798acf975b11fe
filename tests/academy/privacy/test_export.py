"""An agent downloads everything the product holds about them as one archive."""

import io
import json
import zipfile

import pytest

from tests.academy.privacy.factories import SPOKEN, person_with_everything
from tests.pages import url

pytestmark = pytest.mark.django_db


def test_the_archive_holds_every_kind_of_data_about_the_person_and_nobody_elses(
    agent, other_agent, supervisor, other_supervisor, client_for
):
    held = person_with_everything(agent, supervisor)
    person_with_everything(other_agent, other_supervisor)  # someone else's data must not appear

    response = client_for(agent).get(url("privacy:my_data_export"))
    assert response.status_code == 200 and response["Content-Type"] == "application/zip"
    assert "attachment" in response["Content-Disposition"]
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    names = archive.namelist()

    profile = json.loads(archive.read("profile.json"))
    assert profile["username"] == agent.username and profile["email"] == agent.email
    quiz = json.loads(archive.read("learning/quiz_answers.json"))
    assert len(quiz) == 1 and quiz[0]["passed"] and quiz[0]["answers"]
    assert json.loads(archive.read("learning/enrolments.json"))[0]["lessons_completed"]
    attempts = json.loads(archive.read("practice/attempts.json"))
    assert [a["id"] for a in attempts] == [held.attempt.pk]
    assert SPOKEN in json.dumps(attempts) and attempts[0]["social_messages"][0]["text"].endswith(SPOKEN)
    recordings = [name for name in names if name.startswith("practice/recordings/")]
    assert sorted(recordings) == sorted(
        [
            f"practice/recordings/attempt-{held.attempt.pk}.wav",
            f"practice/recordings/attempt-{held.attempt.pk}-turn-0.wav",
        ]
    )
    assert archive.read(recordings[0])[:4] == b"RIFF"
    report = json.loads(archive.read(f"reports/report-{held.scorecard.pk}.json"))
    assert report["result"]["criteria"] and report["automatic_result"]
    assert SPOKEN in archive.read(f"reports/report-{held.scorecard.pk}-transcript.txt").decode()
    assert archive.read(f"reports/report-{held.scorecard.pk}.pdf")[:5] == b"%PDF-"
    coaching = json.loads(archive.read("coaching/coaching_notes.json"))[0]
    assert coaching["coaching_note"] == "Name the department you transfer to."
    assert coaching["action_items"] and coaching["result_changes"] and coaching["disputes"]
    assert "calibration/answers.json" in names and "README.txt" in names
    statements = json.loads(archive.read("learning_records/statements.json"))
    assert {s["verb"]["display"]["en-US"] for s in statements} >= {"attempted", "scored", "passed"}
    assert other_agent.username not in json.dumps([archive.read(name).decode(errors="ignore") for name in names])


def test_the_archive_readme_is_in_the_persons_language(agent, client_for):
    response = client_for(agent).get(url("privacy:my_data_export", "it"))
    archive = zipfile.ZipFile(io.BytesIO(b"".join(response.streaming_content)))
    assert "Tutto ciò che Agent Academy conserva" in archive.read("README.txt").decode()


def test_the_my_data_page_states_each_retention_period(agent, client_for, settings):
    settings.RECORDING_RETENTION_DAYS, settings.TRANSCRIPT_RETENTION_DAYS, settings.REPORT_RETENTION_DAYS = (
        90,
        365,
        None,
    )
    page = client_for(agent).get(url("privacy:my_data")).content.decode()
    assert "90 days" in page and "365 days" in page and "until erased" in page

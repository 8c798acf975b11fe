"""Uploads that cannot become a transcript are refused with a message the agent can act on,
and nothing is stored; recordings that only the worker's speech detection reveals as unusable
fail their attempt with the reason, without retries, and leave everything else as it was."""

from pathlib import Path

import pytest
from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from scenarios.models import Attempt
from tests.scenarios.audio_corpus import bad_input_corpus
from tests.scenarios.browsing import post_form
from tests.scenarios.factories import ScenarioFactory
from tests.scenarios.url_objects import guided_attempt

REFUSED_AT_UPLOAD = {
    "non-audio renamed .wav": "not a readable audio recording",
    "empty": "empty",
    "too long": "too long",
    "unsupported type": "Unsupported file type",
    "truncated": "truncated",
    "silent": "The recording is silent",
}
FAILED_IN_WORKER = {
    "noise only": "No speech found",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> dict[str, Path]:
    return bad_input_corpus(tmp_path_factory.mktemp("bad-input"), too_long_seconds=75)


def private_files() -> list[str]:
    storage = storages["private"]
    found = []

    def walk(directory: str) -> None:
        if not storage.exists(directory or "."):
            return
        subdirs, files = storage.listdir(directory)
        found.extend(f"{directory}/{name}" for name in files)
        for sub in subdirs:
            walk(f"{directory}/{sub}" if directory else sub)

    walk("")
    return found


def upload(client, scenario, path: Path, *, language: str = "en", stereo_speakers: str = "agent,customer"):
    with translation.override(language):
        return post_form(
            client,
            reverse("scenarios:attempt_upload", kwargs={"pk": scenario.pk}),
            {"recording": SimpleUploadedFile(path.name, path.read_bytes()), "stereo_speakers": stereo_speakers},
            page=reverse("scenarios:scenario_detail", kwargs={"pk": scenario.pk}),
        )


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(REFUSED_AT_UPLOAD))
def test_bad_upload_is_refused_with_a_clear_message_and_nothing_is_stored(case, corpus, agent, client_for, settings):
    settings.MAX_RECORDING_SECONDS = 60
    scenario = ScenarioFactory()
    earlier = Attempt.objects.create(
        agent=agent,
        scenario=scenario,
        title="Earlier",
        kind="upload",
        channel="phone",
        language="en",
        state=Attempt.State.READY,
    )
    files_before = private_files()

    response = upload(client_for(agent), scenario, corpus[case])

    assert response.status_code == 400
    assert REFUSED_AT_UPLOAD[case] in response.content.decode()
    assert list(Attempt.objects.all()) == [earlier]
    assert private_files() == files_before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The file is not a readable audio recording (unknown or corrupt format)."),
        ("it", "Il file non è una registrazione audio leggibile (formato sconosciuto o danneggiato)."),
    ],
)
def test_an_upload_that_is_not_audio_is_refused_in_the_agents_language(language, message, corpus, agent, client_for):
    response = upload(client_for(agent), ScenarioFactory(), corpus["non-audio renamed .wav"], language=language)

    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Attempt.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "The recording is silent: nothing in it is loud enough to be a voice."),
        ("it", "La registrazione è muta: non contiene nulla di abbastanza forte da essere una voce."),
    ],
)
def test_a_silent_call_is_refused_in_the_agents_language_and_the_form_keeps_its_choices(
    language, message, corpus, agent, client_for
):
    response = upload(
        client_for(agent), ScenarioFactory(), corpus["silent"], language=language, stereo_speakers="customer,agent"
    )

    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert '<option value="customer,agent" selected>' in html
    assert not Attempt.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("case", "language", "message"),
    [
        ("empty", "en", "The recording is empty (0 bytes)."),
        ("empty", "it", "La registrazione è vuota (0 byte)."),
    ],
)
def test_an_unusable_reply_in_a_live_role_play_is_refused_at_once_in_the_agents_language_and_not_kept(
    case, language, message, corpus, agent, client_for
):
    attempt = guided_attempt(agent)
    files_before = private_files()
    with translation.override(language):
        response = post_form(
            client_for(agent),
            reverse("scenarios:call_reply", kwargs={"pk": attempt.pk}),
            {"turn": "0", "audio": SimpleUploadedFile("turn-0.wav", corpus[case].read_bytes())},
            page=reverse("scenarios:attempt_detail", kwargs={"pk": attempt.pk}),
        )

    assert response.status_code == 400
    assert response.json()["error"] == message
    assert not attempt.turns.exists()
    assert private_files() == files_before


@pytest.mark.django_db
def test_an_upload_over_the_size_limit_is_refused_before_it_is_read(corpus, agent, client_for, settings):
    settings.MAX_UPLOAD_BYTES = 1000
    response = upload(client_for(agent), ScenarioFactory(), corpus["silent"])
    assert response.status_code == 413
    assert "too large" in response.content.decode()
    assert not Attempt.objects.exists()


@pytest.mark.django_db
@pytest.mark.parametrize("case", sorted(FAILED_IN_WORKER))
def test_unusable_audio_fails_its_attempt_with_the_reason_and_no_retry(
    case, corpus, agent, client_for, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = upload(client_for(agent), ScenarioFactory(), corpus[case])

    attempt = Attempt.objects.get()
    assert response.status_code == 302
    assert attempt.state == Attempt.State.FAILED
    assert FAILED_IN_WORKER[case] in attempt.failure_reason
    assert attempt.tries == 0
    # The agent keeps the file, for the retry button.
    assert storages["private"].exists(attempt.recording.name)


@pytest.mark.django_db
def test_the_reason_an_attempt_failed_is_kept_in_the_language_of_the_practice(
    corpus, agent, client_for, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        upload(client_for(agent), ScenarioFactory(language="it"), corpus["noise only"], language="it")

    attempt = Attempt.objects.get()
    assert attempt.state == Attempt.State.FAILED
    assert attempt.failure_reason == "Nella registrazione non c’è parlato: è muta o contiene solo rumore."


@pytest.mark.django_db
@pytest.mark.parametrize("case", ["noise only", "silent"])
@pytest.mark.parametrize("language", ["en", "it"])
def test_a_live_reply_without_speech_is_silence_to_the_customer(language, case, corpus, agent, client_for):
    attempt = guided_attempt(agent, language=language)
    response = post_form(
        client_for(agent),
        reverse("scenarios:call_reply", kwargs={"pk": attempt.pk}),
        {"turn": "0", "audio": SimpleUploadedFile("turn-0.wav", corpus[case].read_bytes())},
        page=reverse("scenarios:attempt_detail", kwargs={"pk": attempt.pk}),
    )
    assert response.status_code == 200, response.content
    assert response.json()["heard"] == "" and response.json()["decided"] == ["silence"]
    turn = attempt.turns.get()
    assert turn.decided == ["silence"] and turn.segments == [] and turn.recording

"""Finding 4 of issue 18: only the containers the README names are opened.

FFmpeg opens far more than audio files: an ``ffconcat`` playlist saved as
``.wav`` makes its demuxer open other files of the server's disk by path (another
agent's recording beside it in private storage, say). Only the demuxers of wav, mp3,
m4a/mp4, ogg, webm and flac may be used, checked by FFmpeg before a header is read.
"""

import tempfile
import uuid
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation

from scenarios.models import Attempt
from tests.scenarios.audio_corpus import spoken_wav
from tests.scenarios.browsing import post_form
from tests.scenarios.factories import ScenarioFactory
from tests.security.audio_files import ffconcat_playlist
from transcription.audio import decode_audio, is_silent, probe_audio
from transcription.errors import AudioError

NOT_READABLE = "The file is not a readable audio recording (unknown or corrupt format)."


@pytest.fixture(scope="module")
def someone_elses_call(tmp_path_factory) -> Path:
    return spoken_wav(tmp_path_factory.mktemp("private") / "attempt-1.wav", "My card number is four four one two.")


@pytest.mark.parametrize("read", [probe_audio, is_silent, decode_audio], ids=lambda f: f.__name__)
def test_a_playlist_named_wav_is_refused_before_it_opens_the_file_it_names(read, someone_elses_call):
    playlist = ffconcat_playlist(someone_elses_call.with_name("attempt-2.wav"), someone_elses_call)
    with pytest.raises(AudioError) as refused:
        read(playlist)
    assert str(refused.value) == NOT_READABLE


@pytest.mark.django_db
def test_an_uploaded_playlist_is_refused_with_a_clear_message_in_italian(agent, client_for):
    """The upload is copied to the temporary directory: the playlist names a file there."""
    target = spoken_wav(Path(tempfile.gettempdir()) / f"other-{uuid.uuid4().hex}.wav", "Good morning, this is Laura.")
    try:
        with tempfile.TemporaryDirectory() as tmp:
            playlist = ffconcat_playlist(Path(tmp) / "call.wav", target)
            scenario = ScenarioFactory()
            with translation.override("it"):
                response = post_form(
                    client_for(agent),
                    reverse("scenarios:attempt_upload", kwargs={"pk": scenario.pk}),
                    {"recording": SimpleUploadedFile("call.wav", playlist.read_bytes()), "stereo_speakers": "mono"},
                    page=reverse("scenarios:scenario_detail", kwargs={"pk": scenario.pk}),
                )
    finally:
        target.unlink()
    assert response.status_code == 400
    assert "Il file non è una registrazione audio leggibile" in response.content.decode()
    assert not Attempt.objects.exists()

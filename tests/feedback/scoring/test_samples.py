"""Every labelled sample agrees with its human labels, criterion by criterion."""

import json
from pathlib import Path

import pytest

from feedback.scoring import score_transcript
from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.transcripts import parse_transcript

SAMPLES = Path(__file__).resolve().parents[3].parent / "shared" / "samples"
LABELS = json.loads((SAMPLES / "labels.json").read_text())


@pytest.mark.parametrize("name", sorted(LABELS))
def test_sample_matches_its_labels(name):
    label = LABELS[name]
    transcript = parse_transcript((SAMPLES / "transcripts" / name).read_text(encoding="utf-8"))

    result = score_transcript(transcript, default_rubric_definition(label["rubric"]))

    got = {item["key"]: item["result"] for item in result["criteria"]}
    assert got == label["criteria"]
    assert result["passed"] == label["passed"]

"""How often a criterion's automatic result from a call's recording agrees with its label.

    .venv/bin/python benchmarks/audio_scoring_agreement.py [--voiced N] [--model PATH]

``../shared/tools/score_eval.py`` measures the rubric engine on the labelled transcripts;
this measures what speech recognition costs the coaching result. Each call of
``transcribe_speed.py`` (the sample recordings and, with ``--voiced N``, the conversations
voiced with espeak-ng) is transcribed with the default decoding options, given the facts a
practice call takes from its scenario (agent and customer name, whether verification is
required), scored with the default phone rubric and compared with ``labels.json``.

Time-based criteria (filler rate aside) are measured on the audio's clock, where a line lasts
as long as espeak-ng speaks it, not on the labelled times: their disagreements there come
from the voicing, not from the product.
"""
from __future__ import annotations

import argparse
import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from transcribe_speed import ROOT, SAMPLES, SPEAKERS, _calls  # puts the project on the path

from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.engine import score_transcript
from transcription.engine import transcribe_file
from transcription.engines.base import DecodingOptions
from transcription.engines.openai_whisper import WhisperEngine

SCENARIO_FACTS = ("agent_name", "customer_name", "requires_verification")
VOICED_CLOCK = ("speaking_pace", "dead_air", "talk_ratio")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=os.environ.get("WHISPER_MODEL", str(ROOT.parent / "shared/models/whisper/base.pt")))
    parser.add_argument("--voiced", type=int, default=0, help="also voice phone-<lang>-2..N of the labelled samples")
    args = parser.parse_args()
    labels = json.loads((SAMPLES / "labels.json").read_text())
    engine = WhisperEngine(args.model, DecodingOptions())
    rubric = default_rubric_definition("phone")
    keys = [criterion.key for criterion in rubric.criteria]
    agreed: Counter[str] = Counter()
    disagreements: list[str] = []
    with tempfile.TemporaryDirectory(prefix="agreement-bench-") as directory:
        calls = _calls(args.voiced, Path(directory))
        for name, path, reference in calls:
            transcript = transcribe_file(path, language=reference["language"], stereo_speakers=SPEAKERS, engine=engine)
            transcript.update({fact: reference[fact] for fact in SCENARIO_FACTS if fact in reference})
            results = {c["key"]: c["result"] for c in score_transcript(transcript, rubric)["criteria"]}
            for key, label in labels[f"{name}.json"]["criteria"].items():
                if results[key] == label:
                    agreed[key] += 1
                else:
                    disagreements.append(f"{name} {key}: {label} -> {results[key]}")
    print(f"calls: {', '.join(name for name, _, _ in calls)}")
    for key in keys:
        note = "  (voiced clock)" if key in VOICED_CLOCK else ""
        print(f"{key:<22} {agreed[key]:3d}/{len(calls)}{note}")
    text_keys = [key for key in keys if key not in VOICED_CLOCK]
    print(f"all criteria: {sum(agreed.values())}/{len(calls) * len(keys)}; "
          f"without the voiced-clock ones: {sum(agreed[k] for k in text_keys)}/{len(calls) * len(text_keys)}")
    print("disagreements (label -> from the recording):")
    for line in disagreements:
        print("  " + line)


if __name__ == "__main__":
    main()

"""How often a criterion's automatic result from a call's recording agrees with its label.

    .venv/bin/python benchmarks/audio_scoring_agreement.py [--voiced N | --set DIR] [--model PATH] [--keep DIR [--reuse]]

The engine is the product's for recordings (``WHISPER_ENGINE``: openai-whisper unless set to
``ctranslate2``, about a quarter of the CPU time, for breadth when CPU is scarce).

``../shared/tools/score_eval.py`` measures the rubric engine on the labelled transcripts;
this measures what speech recognition costs the coaching result. Each call of
``transcribe_speed.py`` (the sample recordings and, with ``--voiced N``, the conversations
voiced with espeak-ng) is transcribed with the default decoding options and the call context
a practice call takes from its scenario (agent and customer name, whether verification is
required, and the company and vocabulary where the sample states them), which guides
recognition and reaches scoring; then it is scored with the default phone rubric and
compared with ``labels.json``. A fail from the recording where the label is not a fail, on
a critical criterion, is a critical false fail: it fails a whole call that passed.

It also prints how often Whisper's word probability is under the limits scoring uses
(``LOW_PROBABILITY``, ``SUSPECT_PROBABILITY`` of feedback/scoring/misheard.py) for words read
right and for words misread, each recognised word aligned with the reference text.

``--set DIR`` measures a held-out set instead (``benchmarks/heldout/natural7``: conversations
never used to tune the readings of misheard words): each of ``DIR/transcripts/*.json`` is voiced
the same way and compared with ``DIR/labels.json``. What a practice call takes from its scenario is
taken from the transcript, as for the samples: the agent's and the customer's name
(``agent_name``, ``customer_name``), whether verification is required (``requires_verification``),
and the company and vocabulary where the transcript states them (``company``, ``vocabulary``); a
fact the transcript leaves out is left out of the context. A transcript without times (no
``start``) cannot be voiced on its clock and is left out, so is its label.

Time-based criteria (filler rate aside) are measured on the audio's clock, where a line lasts
as long as espeak-ng speaks it, not on the labelled times: their disagreements there come
from the voicing, not from the product.
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import tempfile
from collections import Counter
from dataclasses import replace
from pathlib import Path

from transcribe_speed import (  # puts the project on the path
    ROOT,
    SAMPLES,
    SPEAKERS,
    _calls,
    _labelled_calls,
    _normalised,
)

from feedback.scoring.defaults import default_rubric_definition
from feedback.scoring.engine import score_transcript
from feedback.scoring.misheard import LOW_PROBABILITY, SUSPECT_PROBABILITY
from transcription.config import EngineSettings
from transcription.context import CallContext
from transcription.engine import engine_build, transcribe_file

SCENARIO_FACTS = ("agent_name", "customer_name", "company", "requires_verification", "vocabulary")
VOICED_CLOCK = ("speaking_pace", "dead_air", "talk_ratio")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--model", default=os.environ.get("WHISPER_MODEL", str(ROOT.parent / "shared/models/whisper/base.pt"))
    )
    sets = parser.add_mutually_exclusive_group()
    sets.add_argument("--voiced", type=int, default=0, help="also voice phone-<lang>-2..N of the labelled samples")
    sets.add_argument(
        "--set", type=Path, help="voice and score a held-out set instead: DIR/transcripts/*.json, DIR/labels.json"
    )
    parser.add_argument("--keep", type=Path, help="also write each call's transcript JSON here, to study it later")
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="score the transcripts --keep DIR already holds instead of transcribing those calls again "
        "(a scoring change measured on the same recognition, in seconds)",
    )
    args = parser.parse_args()
    labels = json.loads(((args.set or SAMPLES) / "labels.json").read_text())
    engine = engine_build(replace(EngineSettings(), model=args.model))  # WHISPER_ENGINE chooses it
    rubric = default_rubric_definition("phone")
    keys = [criterion.key for criterion in rubric.criteria]
    agreed: Counter[str] = Counter()
    disagreements: list[str] = []
    critical_false_fails: list[str] = []
    reviewed: list[str] = []
    critical = {criterion.key for criterion in rubric.criteria if criterion.critical}
    probabilities: dict[bool, list[float]] = {True: [], False: []}  # read right → word probabilities
    with tempfile.TemporaryDirectory(prefix="agreement-bench-") as directory:
        if args.set:
            calls = _labelled_calls(sorted((args.set / "transcripts").glob("*.json")), Path(directory))
        else:
            calls = _calls(args.voiced, Path(directory))
        for name, path, reference in calls:
            context = CallContext.from_dict({fact: reference[fact] for fact in SCENARIO_FACTS if fact in reference})
            kept = args.keep / f"{name}.json" if args.keep else None
            if args.reuse and kept and kept.is_file():
                transcript = json.loads(kept.read_text())
            else:
                transcript = transcribe_file(
                    path, language=reference["language"], stereo_speakers=SPEAKERS, engine=engine, context=context
                )
            if kept:
                kept.parent.mkdir(parents=True, exist_ok=True)
                kept.write_text(json.dumps(transcript, ensure_ascii=False, indent=1))
            for right, found in _word_probabilities(transcript, reference).items():
                probabilities[right] += found
            scored = {c["key"]: c for c in score_transcript(transcript, rubric)["criteria"]}
            for key, label in labels[f"{name}.json"]["criteria"].items():
                result = scored[key]["result"]
                if scored[key].get("review"):
                    reviewed.append(f"{name} {key}: {label}, left for review ({scored[key]['message']})")
                if result == label:
                    agreed[key] += 1
                    continue
                disagreements.append(f"{name} {key}: {label} -> {result}  {_evidence(scored[key])}")
                if key in critical and result == "fail":
                    critical_false_fails.append(f"{name} {key}")
    print(f"engine: {engine.name}; calls: {', '.join(name for name, _, _ in calls)}")
    for key in keys:
        note = "  (voiced clock)" if key in VOICED_CLOCK else ""
        print(f"{key:<22} {agreed[key]:3d}/{len(calls)}{note}")
    text_keys = [key for key in keys if key not in VOICED_CLOCK]
    non_timed = sum(agreed[k] for k in text_keys)
    print(
        f"all criteria: {sum(agreed.values())}/{len(calls) * len(keys)}; "
        f"without the voiced-clock ones: {non_timed}/{len(calls) * len(text_keys)}"
    )
    print(f"non-timed agreement: {100 * non_timed / (len(calls) * len(text_keys)):.1f}%")
    print(f"critical false fails: {len(critical_false_fails)} {' '.join(critical_false_fails)}")
    print("disagreements (label -> from the recording, evidence):")
    for line in disagreements:
        print("  " + line)
    print(f"left for the supervisor's review: {len(reviewed)}")
    for line in reviewed:
        print("  " + line)
    print("word probability (words aligned with the reference: read right / misread):")
    for name, limit in (("LOW_PROBABILITY", LOW_PROBABILITY), ("SUSPECT_PROBABILITY", SUSPECT_PROBABILITY)):
        under = {right: sum(p < limit for p in found) for right, found in probabilities.items()}
        print(
            f"  under {name} {limit}: {under[True]}/{len(probabilities[True])} read right "
            f"({100 * under[True] / max(len(probabilities[True]), 1):.1f}%), {under[False]}/{len(probabilities[False])} "
            f"misread ({100 * under[False] / max(len(probabilities[False]), 1):.1f}%)"
        )


def _word_probabilities(transcript: dict, reference: dict) -> dict[bool, list[float]]:
    """Each recognised word's probability, split by whether it matches the reference word it aligns
    with (difflib on the normalised words of each speaker): what LOW_PROBABILITY and
    SUSPECT_PROBABILITY in feedback/scoring/misheard.py were measured on."""
    found: dict[bool, list[float]] = {True: [], False: []}
    for speaker in SPEAKERS:
        heard = [
            word
            for segment in transcript["segments"]
            if segment["speaker"] == speaker
            for word in segment.get("words", [])
            if "probability" in word
        ]
        language = reference["language"]
        said = _normalised(
            " ".join(s["text"] for s in reference["segments"] if s["speaker"] == speaker), language
        ).split()
        heard_words = [_normalised(word["word"], language) for word in heard]
        matcher = difflib.SequenceMatcher(a=heard_words, b=said, autojunk=False)
        for tag, first, last, _, _ in matcher.get_opcodes():
            found[tag == "equal"] += [word["probability"] for word in heard[first:last]]
    return found


def _evidence(criterion: dict) -> str:
    return " / ".join(item["text"] for item in criterion["evidence"][:2])


if __name__ == "__main__":
    main()

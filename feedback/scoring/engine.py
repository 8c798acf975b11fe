"""score_transcript: a transcript and a rubric in, the score result of interfaces.md out."""

from __future__ import annotations

from functools import partial
from typing import Any

from feedback.scoring.checks import CHECKS
from feedback.scoring.checks.base import FAIL, NA, PASS
from feedback.scoring.confidence import failure_doubt
from feedback.scoring.conversation import Sentence, agent_cues, conversation_from_transcript
from feedback.scoring.cues import EXTRA_CUE_LABEL
from feedback.scoring.labels import criterion_label
from feedback.scoring.messages import criterion_text, tip_names, unsure_text
from feedback.scoring.metrics import delivery_metrics
from feedback.scoring.misheard import reread_transcript
from feedback.scoring.nonwords import read_nonwords
from feedback.scoring.rubric import RubricDefinition
from feedback.scoring.transcripts import transcript_from_dict


def score_transcript(transcript: dict[str, Any], rubric: RubricDefinition) -> dict[str, Any]:
    """Score every enabled criterion of `rubric` on `transcript` (validated here, so raw dicts are fine)."""
    transcript = transcript_from_dict(transcript)
    language = transcript["language"]
    enabled = [criterion for criterion in rubric.criteria if criterion.enabled]
    extra_cues = rubric_extra_cues(rubric, language)
    cues = partial(agent_cues, language=language, channel=transcript["channel"], extra_cues=extra_cues)
    transcript = read_nonwords(reread_transcript(transcript, cues), cues)
    conversation = conversation_from_transcript(transcript, extra_cues)
    names = tip_names(transcript, conversation.cues.words("TITLE"), language)
    criteria = []
    for criterion in enabled:
        outcome = CHECKS[criterion.key](conversation, criterion)
        quote = outcome.evidence[0].heard_text if outcome.evidence else ""
        message, tip = criterion_text(
            criterion.key, language, outcome.result, outcome.reason, quote, outcome.values, names
        )
        item = {
            "key": criterion.key,
            "label": criterion_label(criterion.key, language),
            "result": outcome.result,
            "weight": criterion.weight,
            "critical": criterion.critical,
            "message": message,
            "tip": tip,
            "evidence": [_evidence(sentence) for sentence in outcome.evidence],
        }
        doubt = failure_doubt(criterion.key, outcome)
        if doubt is not None:
            # Not scored until a supervisor listens: never a failure, least of all a
            # critical one, on a word the recogniser was unsure of.
            item.update(
                result=NA,
                review=True,
                confidence=round(doubt.probability, 2),
                tip="",
                message=unsure_text(language, doubt.word, doubt.probability, message, doubt.heard),
            )
        criteria.append(item)
    scored = [item for item in criteria if item["result"] in (PASS, FAIL)]
    total = sum(item["weight"] for item in scored)
    earned = sum(item["weight"] for item in scored if item["result"] == PASS)
    score = round(100 * earned / total, 1) if total else 100.0
    critical_failure = any(item["critical"] and item["result"] == FAIL for item in criteria)
    return {
        "rubric": rubric.slug,
        "language": language,
        "score": score,
        "passed": score >= rubric.pass_mark and not critical_failure,
        "critical_failure": critical_failure,
        "criteria": criteria,
        "metrics": delivery_metrics(conversation).as_dict(),
    }


def rubric_extra_cues(rubric: RubricDefinition, language: str) -> tuple[tuple[str, str], ...]:
    """The trainer's extra cue phrases of the rubric's enabled criteria, as (cue label, phrase)."""
    return tuple(
        sorted(
            (EXTRA_CUE_LABEL[criterion.key], phrase)
            for criterion in rubric.criteria
            if criterion.enabled and criterion.key in EXTRA_CUE_LABEL
            for phrase in criterion.extra_cues.get(language, [])
        )
    )


def _evidence(sentence: Sentence) -> dict[str, Any]:
    item: dict[str, Any] = {"speaker": sentence.speaker}
    start = sentence.start if sentence.start is not None else sentence.segment.at
    if start is not None:
        item["start"] = start
    item["text"] = sentence.heard_text
    if item["text"] != sentence.text:
        item["read_as"] = sentence.text  # misheard cue words re-read (misheard.py)
    return item

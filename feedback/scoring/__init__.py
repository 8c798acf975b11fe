"""The rubric scoring engine: plain Python and spaCy, no Django.

Entry points: ``score_transcript`` (engine.py), ``transcripts.parse_transcript``,
``rubric.RubricDefinition``, ``defaults.default_rubric_definition``,
``labels.criterion_label``. ``score_transcript`` is imported on first use so that
reading a rubric definition does not load spaCy.
"""

from __future__ import annotations

from typing import Any


def __getattr__(name: str) -> Any:
    if name == "score_transcript":
        from feedback.scoring.engine import score_transcript

        return score_transcript
    raise AttributeError(name)

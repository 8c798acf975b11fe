"""How long each kind of personal data is kept, and the sweep that enforces it.

Three kinds, each with its setting (days; None keeps it):
- recordings (RECORDING_RETENTION_DAYS): the raw audio of calls and replies;
- transcripts (TRANSCRIPT_RETENTION_DAYS): the words of a conversation wherever they are kept
  (an attempt's transcript, a live call's replies, social-media messages, a report's transcript
  and the quoted evidence of its criteria); results, scores and coaching notes stay;
- reports (REPORT_RETENTION_DAYS): the whole coaching report with its PDF, results and notes.
Attempts still being processed keep everything whatever their age.
"""

from __future__ import annotations

import copy
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from feedback.reports.models import Scorecard
from scenarios.models import Attempt, AttemptTurn
from scenarios.services.recordings import recordings_prune
from scenarios.social.models import SocialMessage

CATEGORIES = {
    "recordings": "RECORDING_RETENTION_DAYS",
    "transcripts": "TRANSCRIPT_RETENTION_DAYS",
    "reports": "REPORT_RETENTION_DAYS",
}
IN_PROGRESS = [Attempt.State.RECORDING, *Attempt.IN_WORKER]
TRANSCRIPT_REMOVED = "removed_at"
SWEEP_BATCH = 200


def retention_periods() -> dict[str, int | None]:
    """Days each kind of data is kept, None for kept until erased."""
    return {category: getattr(settings, name, None) for category, name in CATEGORIES.items()}


def retention_enforce(*, now: datetime | None = None) -> dict[str, int]:
    """Apply every retention period now; return how many items of each kind went."""
    now = now or timezone.now()
    periods = retention_periods()
    done = {category: 0 for category in CATEGORIES}
    if periods["recordings"] is not None:
        done["recordings"] = recordings_prune(days=periods["recordings"], now=now)
    if periods["transcripts"] is not None:
        done["transcripts"] = transcripts_prune(cutoff=now - timedelta(days=periods["transcripts"]), now=now)
    if periods["reports"] is not None:
        done["reports"] = reports_prune(cutoff=now - timedelta(days=periods["reports"]))
    return done


def transcripts_prune(*, cutoff: datetime, now: datetime) -> int:
    """Remove the words of conversations older than `cutoff`; return how many attempts and reports lost them."""
    attempts = Attempt.objects.filter(created_at__lt=cutoff).exclude(state__in=IN_PROGRESS)
    with transaction.atomic():
        pruned = attempts.filter(transcript__isnull=False).update(transcript=None)
        AttemptTurn.objects.filter(attempt__in=attempts, segments__isnull=False).update(segments=None)
        SocialMessage.objects.filter(attempt__in=attempts).delete()
        due = (
            Scorecard.objects.filter(created_at__lt=cutoff)
            .exclude(transcript__has_key=TRANSCRIPT_REMOVED)
            .only("transcript", "automatic_result", "result")
            .order_by("pk")
        )
        while scorecards := list(due[:SWEEP_BATCH]):  # a batch at a time: done ones leave `due`
            for scorecard in scorecards:
                scorecard.transcript = {
                    **{k: v for k, v in scorecard.transcript.items() if k != "segments"},
                    "segments": [],
                    TRANSCRIPT_REMOVED: now.isoformat(),
                }
                scorecard.automatic_result = _without_evidence(scorecard.automatic_result)
                scorecard.result = _without_evidence(scorecard.result)
            Scorecard.objects.bulk_update(scorecards, ["transcript", "automatic_result", "result"])
            pruned += len(scorecards)
    return pruned


def reports_prune(*, cutoff: datetime) -> int:
    """Delete coaching reports older than `cutoff` with their PDFs; return how many went."""
    pruned = 0
    for scorecard in Scorecard.objects.filter(created_at__lt=cutoff).only("pdf"):
        with transaction.atomic():
            if scorecard.pdf:
                scorecard.pdf.delete(save=False)
            scorecard.delete()
        pruned += 1
    return pruned


def _without_evidence(result: dict) -> dict:
    result = copy.deepcopy(result)
    for criterion in result.get("criteria", []):
        if "evidence" in criterion:
            criterion["evidence"] = []
    return result

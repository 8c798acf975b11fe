"""Demo coaching reports: scored sample calls for the demo agents, some submitted, one
reviewed by its supervisor and one disputed, so every page has something to show.
Safe to run twice (a report is recognised by its agent and title)."""

import json
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model

from . import services
from .models import Scorecard


@dataclass(frozen=True)
class DemoReport:
    agent: str
    sample: str
    title: str
    submit: bool = False
    reviewer: str = ""
    note: str = ""
    action: str = ""
    dispute: str = ""


DEMO_REPORTS = [
    DemoReport("giulia", "phone-it-1.json", "Portabilità: SIM senza servizio", submit=True),
    DemoReport(
        "giulia",
        "phone-it-3.json",
        "Bolletta contestata",
        submit=True,
        reviewer="sara",
        note="Ottima empatia. Quando prometti un richiamo, dai sempre un orario preciso.",
        action="Ripeti lo scenario della bolletta usando «la richiamo entro le 17».",
    ),
    DemoReport("giulia", "phone-it-4.json", "Esercitazione libera"),
    DemoReport(
        "marco",
        "phone-it-2.json",
        "Cambio offerta",
        submit=True,
        dispute="Secondo me questo criterio è rispettato: riascolta la chiamata, per favore.",
    ),
    DemoReport(
        "emma",
        "phone-en-1.json",
        "Broadband outage",
        submit=True,
        reviewer="oliver",
        note="Good verification. Close with a clear check that the issue is solved.",
        action="Practise the resolution check in the next two calls.",
    ),
    DemoReport("emma", "phone-en-3.json", "Practice run"),
    DemoReport("emma", "social-en-1.json", "Public reply on social media", submit=True),
]


def demo_reports_load() -> int:
    """Create the demo reports that are missing; returns how many were created."""
    samples = settings.SHARED_DIR / "samples" / "transcripts"
    users = {
        user.username: user
        for user in get_user_model().objects.filter(
            username__in={name for spec in DEMO_REPORTS for name in (spec.agent, spec.reviewer) if name}
        )
    }
    created = 0
    for spec in DEMO_REPORTS:
        agent, path = users.get(spec.agent), samples / spec.sample
        if agent is None or not path.exists() or Scorecard.objects.filter(agent=agent, title=spec.title).exists():
            continue
        transcript = json.loads(path.read_text(encoding="utf-8"))
        scorecard = services.scorecard_create(agent=agent, transcript=transcript, title=spec.title, context="Demo")
        created += 1
        if spec.submit:
            services.scorecard_submit(scorecard=scorecard, user=agent)
        if spec.reviewer:
            reviewer = users[spec.reviewer]
            services.scorecard_coaching_update(scorecard=scorecard, user=reviewer, note=spec.note)
            services.action_item_create(scorecard=scorecard, user=reviewer, text=spec.action)
            services.scorecard_mark_reviewed(scorecard=scorecard, user=reviewer)
        if spec.dispute:
            failed = next((c["key"] for c in scorecard.result["criteria"] if c["result"] == "fail"), None)
            if failed:
                services.dispute_create(scorecard=scorecard, user=agent, criterion=failed, comment=spec.dispute)
    return created

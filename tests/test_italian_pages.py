"""Italian pages speak Italian: each role's main pages, filled by the demo (reports reviewed,
overridden and disputed, a failed attempt, courses in progress), show no message that the Italian
catalogue leaves in English, and numbers and dates follow Italian conventions."""

import re

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from academy.courses.models import CoursePage, LessonPage
from academy.teams.models import Team
from feedback.reports import services
from feedback.reports.models import Scorecard
from scenarios.models import Attempt, ScenarioPage
from tests.untranslated import italian_misses, untranslated_on
from transcription.errors import AudioError, gettext_noop

pytestmark = pytest.mark.django_db


def it(name: str, **kwargs) -> str:
    with translation.override("it"):
        return reverse(name, kwargs=kwargs)


@pytest.fixture
def demo(client):
    call_command("load_demo", stdout=open("/dev/null", "w"))
    people = {user.username: user for user in get_user_model().objects.all()}
    reviewed = Scorecard.objects.get(agent=people["giulia"], title="Bolletta contestata")
    services.scorecard_override_criterion(
        scorecard=reviewed,
        user=people["sara"],
        criterion="empathy",
        result="fail",
        reason="Manca una frase di empatia.",
    )
    failed = Attempt.objects.create(
        agent=people["giulia"],
        scenario=ScenarioPage.objects.filter(language="it").first(),
        title="Prova fallita",
        kind=Attempt.Kind.UPLOAD,
        channel="phone",
        language="it",
        state=Attempt.State.FAILED,
        failure_reason=str(AudioError(gettext_noop("The recording is empty."))),
    )
    return {"people": people, "reviewed": reviewed, "failed": failed}


def italian_pages(demo) -> dict[str, list[str]]:
    people, reviewed = demo["people"], demo["reviewed"]
    giulia = people["giulia"]
    course = CoursePage.objects.live().filter(locale__language_code="it").first()
    lesson = LessonPage.objects.live().child_of(course).first()
    disputed = Scorecard.objects.filter(disputes__isnull=False).first()
    return {
        "giulia": [
            it("home"),
            it("courses:my_learning"),
            course.url,
            lesson.url,
            it("scenarios:practice"),
            it("reports:index"),
            it("reports:scorecard_detail", pk=reviewed.pk),
            it("reports:agent_progress", agent_id=giulia.pk),
            demo["failed"].get_absolute_url().replace("/en/", "/it/"),
            it("scenarios:scenario_detail", pk=demo["failed"].scenario_id),
            it("password_change"),
        ],
        "sara": [
            it("home"),
            it("reports:review_queue"),
            it("reports:scorecard_detail", pk=reviewed.pk),
            it("reports:scorecard_detail", pk=disputed.pk),
            it("courses:team_progress"),
            it("courses:agent_progress", agent_id=giulia.pk),
            it("reports:team_list"),
            it("reports:team_progress", pk=Team.objects.get(name="Team Roma").pk),
            it("scenarios:practice"),
        ],
        "tommaso": [it("home"), it("reports:review_queue"), it("scenarios:practice")],
    }


def test_every_message_on_an_italian_page_is_translated(demo, client):
    shown: dict[str, set[str]] = {}
    for username, paths in italian_pages(demo).items():
        client.force_login(demo["people"][username])
        for path in paths:
            with italian_misses() as misses:
                response = client.get(path)
            assert response.status_code == 200, (username, path, response.status_code)
            if found := untranslated_on(response.content.decode(), misses):
                shown[f"{username} {path}"] = found
    assert not shown, f"English on Italian pages: {shown}"


def test_italian_pages_write_numbers_and_dates_the_italian_way(demo, client):
    client.force_login(demo["people"]["giulia"])
    page = client.get(it("reports:scorecard_detail", pk=demo["reviewed"].pk)).content.decode()
    text = re.sub(r"<[^>]+>", " ", re.sub(r"<(script|style|svg)\b.*?</\1>", " ", page, flags=re.S))
    assert not re.search(r"\b\d+\.\d+\s*(%|s\b|/100)", text), re.findall(r".{30}\b\d+\.\d+\s*(?:%|s\b|/100).{10}", text)
    assert "wpm" not in text
    months = re.findall(
        r"\b\d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}",
        text,
    )
    assert months, "dates read day, month in words, year"
    assert not re.search(r"\b\d{2}/\d{2}/\d{4}\b", text), "one date style on a report"
    assert not re.search(r"(Lunedì|Martedì|Mercoledì|Giovedì|Venerdì|Sabato|Domenica) \d{2}", text)


def test_what_a_change_says_is_said_in_italian(demo, client):
    """The confirmations after a change (submitted, disputed, overridden, coaching saved, action added)."""
    people = demo["people"]
    own = Scorecard.objects.get(agent=people["giulia"], title="Esercitazione libera")
    steps = [
        ("giulia", it("reports:scorecard_submit", pk=own.pk), {}),
        ("giulia", it("reports:dispute_create", pk=own.pk), {"criterion": "closing", "comment": "Ho salutato."}),
        (
            "sara",
            it("reports:override_create", pk=own.pk),
            {"criterion": "closing", "result": "pass", "reason": "Vero."},
        ),
        ("sara", it("reports:coaching_update", pk=own.pk), {"note": "Brava.", "save": "reviewed"}),
        ("sara", it("reports:action_item_create", pk=own.pk), {"text": "Ripeti la chiusura."}),
    ]
    shown = {}
    for username, path, data in steps:
        client.force_login(people[username])
        with italian_misses() as misses:
            page = client.post(path, data, follow=True).content.decode()
        assert 'class="messages"' in page and 'class="error"' not in page, (path, page[:300])
        if found := untranslated_on(page, misses):
            shown[path] = found
    assert not shown, f"English confirmations on Italian pages: {shown}"


def test_a_failed_attempt_reads_as_failed_not_as_a_failed_criterion(demo, client):
    """'Failed' is a state of an attempt (non riuscito) and a count of failed criteria (non superati)."""
    client.force_login(demo["people"]["giulia"])
    page = client.get(demo["failed"].get_absolute_url().replace("/en/", "/it/")).content.decode()
    assert "Non riuscito" in page and "Non superati" not in page


def test_the_shipped_rubric_has_its_italian_name_on_italian_reports(demo, client):
    client.force_login(demo["people"]["giulia"])
    page = client.get(it("reports:scorecard_detail", pk=demo["reviewed"].pk)).content.decode()
    assert "Telefonata · versione" in page and "Phone call" not in page


def test_a_call_in_progress_reads_its_settings_the_italian_way_and_can_be_cancelled(demo, client):
    from scenarios.services.attempts import attempt_start_guided

    giulia = demo["people"]["giulia"]
    scenario = ScenarioPage.objects.live().filter(language="it", channel="phone").exclude(script=[]).first()
    attempt = attempt_start_guided(agent=giulia, scenario=scenario)
    client.force_login(giulia)
    page = client.get(it("scenarios:attempt_detail", pk=attempt.pk)).content.decode()
    assert '<output id="silence-ms-value" for="silence-ms">1,0 s</output>' in page
    assert "Annulla questo tentativo" in page

"""xAPI 1.0.3 statements of course and practice events: account actors, ADL verbs, scaled
scores, each one valid against the specification (Ralph's models) and kept append-only."""

from datetime import UTC, datetime

import pytest

from academy.courses.services import enrolment_create, lesson_complete, quiz_attempt_submit
from academy.xapi.models import LearnerAccount, StatementRecord
from academy.xapi.statements import Activity, score_result, statement
from academy.xapi.validation import InvalidStatement, statement_validate
from scenarios.models import Attempt
from scenarios.services.attempts import attempt_start_guided
from tests.academy.factories import (
    RIGHT_ANSWERS,
    WRONG_ANSWERS,
    LessonPageFactory,
    TextLessonPageFactory,
    quiz_block_id,
)
from tests.feedback.reports.factories import ScorecardFactory
from tests.scenarios.factories import ScenarioFactory

COURSE = Activity(id="https://academy.example/xapi/activities/course/1", type="course", name={"en": "Ownership"})
NOW = datetime(2026, 12, 5, 10, 0, tzinfo=UTC)


def test_a_built_statement_is_valid_xapi_with_an_account_actor_and_a_scaled_score():
    made = statement(
        home_page="https://academy.example",
        account="3f6c…",
        verb="passed",
        activity=COURSE,
        timestamp=NOW,
        result=score_result(87.5, success=True),
        language="it",
    )
    statement_validate(made)
    assert made["version"] == "1.0.3" and made["verb"]["id"] == "http://adlnet.gov/expapi/verbs/passed"
    assert made["actor"] == {"objectType": "Agent", "account": {"homePage": "https://academy.example", "name": "3f6c…"}}
    assert made["result"]["score"] == {"scaled": 0.875, "raw": 87.5, "min": 0, "max": 100}
    assert made["object"]["definition"]["type"] == "http://adlnet.gov/expapi/activities/course"


@pytest.mark.parametrize(
    "spoil",
    [
        lambda s: s.update(actor={"objectType": "Agent"}),  # no identifier
        lambda s: s["verb"].update(id="passed"),  # not an IRI
        lambda s: s["result"]["score"].update(scaled=1.5),  # scaled is within [-1, 1]
        lambda s: s.update(timestamp="yesterday"),
    ],
)
def test_the_validator_refuses_what_the_specification_forbids(spoil):
    made = statement(
        home_page="https://academy.example",
        account="a",
        verb="scored",
        activity=COURSE,
        timestamp=NOW,
        result=score_result(50),
    )
    spoil(made)
    with pytest.raises(InvalidStatement):
        statement_validate(made)


def statements_of(user) -> list[dict]:
    return [record.statement for record in StatementRecord.objects.filter(user=user)]


def verbs(records: list[dict]) -> list[tuple[str, str]]:
    return [(s["verb"]["display"]["en-US"], s["object"]["definition"]["type"].rsplit("/", 1)[1]) for s in records]


@pytest.mark.django_db
def test_course_events_become_statements(agent):
    quiz_lesson = LessonPageFactory()
    course = quiz_lesson.get_parent().specific
    enrolment = enrolment_create(agent=agent, course=course)
    enrolment_create(agent=agent, course=course)  # enrolling again is no new attempt
    quiz_attempt_submit(agent=agent, lesson=quiz_lesson, block_id=quiz_block_id(quiz_lesson), answers=WRONG_ANSWERS)
    quiz_attempt_submit(agent=agent, lesson=quiz_lesson, block_id=quiz_block_id(quiz_lesson), answers=RIGHT_ANSWERS)

    made = statements_of(agent)
    assert verbs(made) == [
        ("attempted", "course"),
        ("scored", "assessment"),
        ("failed", "assessment"),
        ("scored", "assessment"),
        ("passed", "assessment"),
        ("completed", "lesson"),
        ("completed", "course"),
    ]
    failed = made[2]
    assert failed["result"]["success"] is False and 0 <= failed["result"]["score"]["scaled"] < 1
    assert made[4]["result"] == {"score": {"scaled": 1.0, "raw": 100.0, "min": 0, "max": 100}, "success": True}
    parents = [p["id"] for p in made[4]["context"]["contextActivities"]["parent"]]
    assert parents[1] == made[0]["object"]["id"] and parents[0] == made[5]["object"]["id"]
    assert made[0]["object"]["id"].endswith(f"/xapi/activities/course/{course.translation_key}")
    account = str(LearnerAccount.objects.get(user=agent).name)
    for one in made:
        statement_validate(one)
        assert one["actor"]["account"]["name"] == account and "mbox" not in one["actor"]
        assert agent.email not in str(one) and agent.username not in str(one)
    assert enrolment.pk


@pytest.mark.django_db
def test_a_lesson_without_a_quiz_completes_with_one_statement(agent):
    lesson = TextLessonPageFactory()
    enrolment_create(agent=agent, course=lesson.get_parent().specific)
    lesson_complete(agent=agent, lesson=lesson)
    assert verbs(statements_of(agent))[1:] == [("completed", "lesson"), ("completed", "course")]


@pytest.mark.django_db
def test_practice_events_become_statements(agent, django_capture_on_commit_callbacks):
    scenario = ScenarioFactory(language="it")
    attempt = attempt_start_guided(agent=agent, scenario=scenario)
    with django_capture_on_commit_callbacks(execute=True):
        scorecard = ScorecardFactory(agent=agent)
        Attempt.objects.filter(pk=attempt.pk).update(scorecard=scorecard, state=Attempt.State.READY)

    made = statements_of(agent)
    assert verbs(made) == [
        ("attempted", "simulation"),
        ("scored", "simulation"),
        ("passed" if scorecard.passed else "failed", "simulation"),
    ]
    assert made[0]["object"]["id"].endswith(f"/xapi/activities/scenario/{scenario.translation_key}")
    assert made[1]["result"]["score"]["scaled"] == round(scorecard.score / 100, 4)
    assert made[2]["result"]["success"] is scorecard.passed and made[2]["context"]["language"] == "it"


@pytest.mark.django_db
def test_a_report_not_made_by_practice_makes_no_statement(agent, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        ScorecardFactory(agent=agent)
    assert not StatementRecord.objects.exists()


@pytest.mark.django_db
def test_the_store_is_append_only(agent):
    enrolment_create(agent=agent, course=TextLessonPageFactory().get_parent().specific)
    record = StatementRecord.objects.get()
    with pytest.raises(TypeError):
        StatementRecord.objects.update(verb="completed")
    record.verb = "completed"
    with pytest.raises(TypeError):
        record.save()
    assert StatementRecord.objects.get().verb == "attempted"


@pytest.mark.django_db
def test_a_statement_that_cannot_be_made_never_stops_the_enrolment(agent, monkeypatch, caplog):
    from academy.xapi import services

    def refuse(statement):
        raise InvalidStatement("broken")

    monkeypatch.setattr(services, "statement_validate", refuse)
    enrolment = enrolment_create(agent=agent, course=TextLessonPageFactory().get_parent().specific)
    assert enrolment.pk and not StatementRecord.objects.exists()
    assert "could not be made" in caplog.text

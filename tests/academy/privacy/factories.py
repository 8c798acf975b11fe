"""A person with every kind of data the product holds: learning, practice with recordings,
reports with coaching, a social-media practice and a calibration answer given."""

from dataclasses import dataclass

from django.core.files.base import ContentFile

from academy.courses.services import enrolment_create, quiz_attempt_submit
from feedback.reports.pdf import scorecard_pdf_render
from feedback.reports.services import (
    action_item_create,
    dispute_create,
    scorecard_coaching_update,
    scorecard_override_criterion,
)
from scenarios.models import Attempt, AttemptTurn
from scenarios.social.models import SocialMessage
from tests.academy.factories import RIGHT_ANSWERS, LessonPageFactory, quiz_block_id
from tests.feedback.reports.factories import ScorecardFactory, phone_call
from tests.scenarios.factories import AttemptFactory
from tests.scenarios.url_objects import hello_wav

SPOKEN = "my parcel for Zanzibar street never arrived"


@dataclass
class Holdings:
    attempt: Attempt
    turn: AttemptTurn
    scorecard: object
    files: list[str]


def person_with_everything(agent, supervisor, *, spoken: str = SPOKEN) -> Holdings:
    """`agent`'s data of every kind; `spoken` is a phrase only this person's conversations contain."""
    lesson = LessonPageFactory()
    enrolment_create(agent=agent, course=lesson.get_parent().specific)
    quiz_attempt_submit(agent=agent, lesson=lesson, block_id=quiz_block_id(lesson), answers=RIGHT_ANSWERS)
    transcript = phone_call("en")
    transcript["segments"][1]["text"] += f" It is about {spoken}."
    scorecard = ScorecardFactory(agent=agent, transcript=transcript, submitted=True)
    scorecard_coaching_update(scorecard=scorecard, user=supervisor, note="Name the department you transfer to.")
    action_item_create(scorecard=scorecard, user=supervisor, text="Practise warm transfers.")
    scorecard_override_criterion(
        scorecard=scorecard, user=supervisor, criterion="empathy", result="fail", reason="Flat tone."
    )
    dispute_create(scorecard=scorecard, user=agent, criterion="ownership", comment="I did transfer warmly.")
    scorecard_pdf_render(scorecard_id=scorecard.pk)
    scorecard.refresh_from_db()
    attempt = AttemptFactory(agent=agent, state=Attempt.State.READY, transcript=transcript)
    attempt.recording.save(f"attempt-{attempt.pk}.wav", ContentFile(hello_wav()))  # named as uploads are
    attempt.scorecard = scorecard
    attempt.save(update_fields=["scorecard"])
    turn = AttemptTurn.objects.create(attempt=attempt, index=0, segments=[{"text": spoken}])
    turn.recording.save(f"turn-{attempt.pk}-0.wav", ContentFile(hello_wav()))
    SocialMessage.objects.create(
        attempt=attempt, author="agent", visibility="public", text=f"Sorry about {spoken}", at=3
    )
    return Holdings(
        attempt=attempt,
        turn=turn,
        scorecard=scorecard,
        files=[attempt.recording.name, turn.recording.name, scorecard.pdf.name],
    )

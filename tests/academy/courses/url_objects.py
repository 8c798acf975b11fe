"""How the permission walk (tests/test_url_permissions.py) builds each learning URL's object.

Courses and lessons are nobody's private data: the actions on them act on the visitor's
own enrolment, so they are registered `private=False` with who may take them."""

from academy.courses.models import Enrolment
from academy.courses.services import quiz_attempt_submit
from tests.academy.factories import RIGHT_ANSWERS, LessonPageFactory, quiz_block_id, quiz_post
from tests.url_objects import AGENTS, OWNER_ONLY, register


@register("courses:agent_progress")
def agent_progress(owner) -> dict:
    return {"agent_id": owner.pk}


@register("courses:enrol", method="post", allowed=AGENTS, private=False)
def enrol(owner) -> dict:
    return {"course_id": LessonPageFactory().get_parent().pk}


def _enrolled_lesson(owner):
    lesson = LessonPageFactory()
    Enrolment.objects.create(agent=owner, course=lesson.get_parent().specific)
    return lesson


@register(
    "courses:quiz_submit",
    method="post",
    allowed=OWNER_ONLY,
    private=False,
    data=lambda kwargs: quiz_post(kwargs["block_id"], RIGHT_ANSWERS),
)
def quiz_submit(owner) -> dict:
    lesson = _enrolled_lesson(owner)
    return {"lesson_id": lesson.pk, "block_id": quiz_block_id(lesson)}


@register("courses:lesson_complete", method="post", allowed=OWNER_ONLY, private=False)
def lesson_complete(owner) -> dict:
    """Only an enrolled agent completes a lesson (its quiz passed first)."""
    lesson = _enrolled_lesson(owner)
    quiz_attempt_submit(agent=owner, lesson=lesson, block_id=quiz_block_id(lesson), answers=RIGHT_ANSWERS)
    return {"lesson_id": lesson.pk}

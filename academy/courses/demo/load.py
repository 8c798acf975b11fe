"""Load the demo courses into both language trees and give demo agents some progress.

Idempotent: pages are found by their translation key (shared by the Italian and the
English version of the same course or lesson) and only created when missing, so a
trainer's edits survive a second run; progress is only added to new enrolments.
"""

import uuid

from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.models import Locale, Page

from academy.courses import services
from academy.courses.models import CoursePage, Enrolment, LessonPage
from academy.courses.selectors import course_index_for_language, course_lessons

from . import content_en, content_it

CONTENT = {"it": content_it.COURSES, "en": content_en.COURSES}
KEY_NAMESPACE = uuid.UUID("5d1b8a52-8f0e-4c55-9d55-2f4b7c1e9a10")

# (username, language, course key, lessons to complete, then one failed attempt at the next lesson's quiz)
DEMO_PROGRESS = [
    ("giulia", "it", "welcome-listening", 2, False),
    ("giulia", "it", "ownership", 1, True),
    ("marco", "it", "welcome-listening", 1, True),
    ("marco", "it", "certain-times", 0, False),
    ("emma", "en", "welcome-listening", 1, False),
    ("emma", "en", "phone-and-social", 0, True),
]


def _translation_key(name: str) -> uuid.UUID:
    return uuid.uuid5(KEY_NAMESPACE, name)


def lesson_body(spec: dict) -> list[dict]:
    """The lesson StreamField in Wagtail's raw form: text, say-this examples, then the quiz."""
    body = [{"type": "text", "value": spec["text"]}]
    body += [
        {"type": "say_this", "value": {"avoid": avoid, "better": better, "why": why or ""}}
        for avoid, better, why in spec["say"]
    ]
    quiz = spec["quiz"]
    questions = [
        {
            "prompt": question["prompt"],
            "kind": question["kind"],
            "answers": [
                {"text": text, "correct": correct, "explanation": explanation}
                for text, correct, explanation in question["answers"]
            ],
        }
        for question in quiz["questions"]
    ]
    body.append(
        {"type": "quiz", "value": {"title": quiz["title"], "pass_mark": quiz["pass_mark"], "questions": questions}}
    )
    return body


def _page_get_or_create(parent: Page, page: Page) -> tuple[Page, bool]:
    existing = Page.objects.filter(translation_key=page.translation_key, locale=page.locale).first()
    if existing is not None:
        return existing.specific, False
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def demo_courses_load() -> int:
    """Create the demo courses in Italian and English; returns the number of pages created."""
    created = 0
    for language, courses in CONTENT.items():
        locale = Locale.objects.get(language_code=language)
        index = course_index_for_language(language)
        for spec in courses:
            course, new = _page_get_or_create(
                index,
                CoursePage(
                    title=spec["title"],
                    slug=spec["slug"],
                    summary=spec["summary"],
                    description=spec["description"],
                    estimated_minutes=spec["minutes"],
                    locale=locale,
                    translation_key=_translation_key(spec["key"]),
                ),
            )
            created += new
            for position, lesson in enumerate(spec["lessons"]):
                _lesson, new = _page_get_or_create(
                    course,
                    LessonPage(
                        title=lesson["title"],
                        slug=lesson["slug"],
                        intro=lesson["intro"],
                        estimated_minutes=lesson["minutes"],
                        body=lesson_body(lesson),
                        locale=locale,
                        translation_key=_translation_key(f"{spec['key']}/{position}"),
                    ),
                )
                created += new
    demo_progress_load()
    return created


def _quiz_answers(quiz, *, right: bool) -> dict[int, list[int]]:
    answers = {}
    for number, question in enumerate(quiz["questions"]):
        flags = [answer["correct"] for answer in question["answers"]]
        answers[number] = [i for i, ok in enumerate(flags) if ok] if right else [flags.index(False)]
    return answers


def _lesson_work(agent, lesson: LessonPage, *, right: bool) -> None:
    for block in lesson.quiz_blocks():
        services.quiz_attempt_submit(
            agent=agent, lesson=lesson, block_id=block.id, answers=_quiz_answers(block.value, right=right)
        )


@transaction.atomic
def demo_progress_load() -> None:
    """Enrol demo agents with realistic progress (a wrong answer before a right one), once."""
    users = {
        user.username: user for user in get_user_model().objects.filter(username__in={row[0] for row in DEMO_PROGRESS})
    }
    for username, language, key, lessons_done, failed_next in DEMO_PROGRESS:
        agent = users.get(username)
        course = CoursePage.objects.filter(
            translation_key=_translation_key(key), locale__language_code=language
        ).first()
        if agent is None or course is None or Enrolment.objects.filter(agent=agent, course=course).exists():
            continue
        services.enrolment_create(agent=agent, course=course)
        lessons = course_lessons(course)
        for lesson in lessons[:lessons_done]:
            _lesson_work(agent, lesson, right=False)
            _lesson_work(agent, lesson, right=True)
        if failed_next and lessons_done < len(lessons):
            _lesson_work(agent, lessons[lessons_done], right=False)

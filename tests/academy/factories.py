"""Factories for course pages and progress. Pages are added under the course
catalogue of their language, which every install has (courses migration 0002)."""

import factory
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from academy.courses.models import CoursePage, Enrolment, LessonPage
from academy.courses.selectors import course_index_for_language
from tests.factories import AgentFactory


def quiz_value(*, title: str = "Check", pass_mark: int = 100) -> dict:
    """A two-question quiz: question 0 single choice (answer 1 right), question 1 multiple (answers 0 and 1)."""
    return {
        "title": title,
        "pass_mark": pass_mark,
        "questions": [
            {
                "prompt": "Which opening is complete?",
                "kind": "single",
                "answers": [
                    {"text": "Hello?", "correct": False, "explanation": "Your name is missing."},
                    {
                        "text": "Good morning, I'm Laura: how can I help?",
                        "correct": True,
                        "explanation": "Greeting, name, offer.",
                    },
                    {"text": "Account number, please.", "correct": False, "explanation": "Data before the person."},
                ],
            },
            {
                "prompt": "Which are deflections?",
                "kind": "multiple",
                "answers": [
                    {"text": "Not my department.", "correct": True, "explanation": "Drops the customer."},
                    {"text": "You'll have to call someone else.", "correct": True, "explanation": "Sends them away."},
                    {"text": "I'll take care of it.", "correct": False, "explanation": "That is ownership."},
                ],
            },
        ],
    }


RIGHT_ANSWERS = {0: [1], 1: [0, 1]}
WRONG_ANSWERS = {0: [0], 1: [0, 2]}


def quiz_post(block_id: str, answers: dict[int, list[int]]) -> dict:
    """The form data a browser posts for `answers` to the quiz block `block_id`."""
    return {f"quiz-{block_id}-q{number}": [str(index) for index in chosen] for number, chosen in answers.items()}


class _ChildPageFactory(factory.django.DjangoModelFactory):
    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Page {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        page = model_class(*args, locale=parent.locale, **kwargs)
        parent.add_child(instance=page)
        return page


class CoursePageFactory(_ChildPageFactory):
    class Meta:
        model = CoursePage

    class Params:
        language = "en"

    title = factory.Sequence(lambda n: f"Course {n}")
    summary = "Stay with the customer's problem."
    parent = factory.LazyAttribute(lambda page: course_index_for_language(page.language))


class LessonPageFactory(_ChildPageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"Lesson {n}")
    parent = factory.SubFactory(CoursePageFactory)
    body = factory.LazyFunction(
        lambda: [
            {"type": "text", "value": "<p>Never say it is not your department.</p>"},
            {
                "type": "say_this",
                "value": {"avoid": "Not my department.", "better": "I'll take care of it.", "why": ""},
            },
            {"type": "quiz", "value": quiz_value()},
        ]
    )


class TextLessonPageFactory(LessonPageFactory):
    """A lesson without a quiz: completed with the 'mark as completed' button."""

    body = factory.LazyFunction(lambda: [{"type": "text", "value": "<p>Read me.</p>"}])


class EnrolmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Enrolment

    agent = factory.SubFactory(AgentFactory)
    course = factory.SubFactory(CoursePageFactory)


def quiz_block_id(lesson: LessonPage) -> str:
    return lesson.quiz_blocks()[0].id


def enrolments_bulk(
    agents, courses: list[CoursePage], *, completed_lessons: int = 1, quiz_attempts: int = 2
) -> list[Enrolment]:
    """Each agent enrolled in each course, with its first `completed_lessons` lessons completed and
    `quiz_attempts` attempts at the first lesson's quiz, in a few queries (lists and benchmarks)."""
    from academy.courses.models import LessonCompletion, QuizAttempt
    from academy.courses.selectors import course_lessons

    enrolments = Enrolment.objects.bulk_create(
        [Enrolment(agent=agent, course=course) for agent in agents for course in courses], batch_size=500
    )
    lessons = {course.pk: course_lessons(course) for course in courses}
    LessonCompletion.objects.bulk_create(
        [
            LessonCompletion(enrolment=enrolment, lesson=lesson)
            for enrolment in enrolments
            for lesson in lessons[enrolment.course_id][:completed_lessons]
        ],
        batch_size=500,
    )
    first_quiz = {}
    for course in courses:
        quizzed = [(lesson, lesson.quiz_blocks()[0]) for lesson in lessons[course.pk] if lesson.quiz_blocks()]
        if quizzed:
            first_quiz[course.pk] = quizzed[0]
    attempts = [
        QuizAttempt(
            enrolment=enrolment,
            lesson=lesson,
            block_id=block.id,
            quiz_title=block.value["title"],
            answers={},
            result={},
            score=50.0 * number,
            passed=number == 2,
        )
        for enrolment in enrolments
        if enrolment.course_id in first_quiz
        for lesson, block in [first_quiz[enrolment.course_id]]
        for number in range(1, quiz_attempts + 1)
    ]
    QuizAttempt.objects.bulk_create(attempts, batch_size=500)
    return enrolments


class DocumentFactory(factory.django.DjangoModelFactory):
    """A file of the CMS document library, e.g. a model call a lesson plays."""

    class Meta:
        model = get_document_model()

    title = factory.Sequence(lambda n: f"Model call {n}")
    file = factory.django.FileField(filename="model-call.wav", data=b"RIFF\x24\x00\x00\x00WAVEfmt ")


class ImageFactory(factory.django.DjangoModelFactory):
    """An image of the CMS library, e.g. a lesson figure."""

    class Meta:
        model = get_image_model()

    title = factory.Sequence(lambda n: f"Figure {n}")
    file = factory.django.ImageField(filename="figure.png", width=16, height=16, format="PNG")

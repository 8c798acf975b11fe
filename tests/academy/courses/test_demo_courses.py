"""`load_demo` gives a trainer real courses in both languages and supervisors real progress to follow."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from academy.courses.demo import content_en, content_it
from academy.courses.models import CoursePage, Enrolment, LessonPage, QuizAttempt
from academy.courses.selectors import course_progress, team_memberships_for, team_progress_of
from academy.platform.demo_users import DEMO_USERS

pytestmark = pytest.mark.django_db


def test_the_italian_and_english_demo_courses_are_the_same_courses():
    assert [c["key"] for c in content_it.COURSES] == [c["key"] for c in content_en.COURSES]
    for italian, english in zip(content_it.COURSES, content_en.COURSES):
        assert len(italian["lessons"]) == len(english["lessons"])
        for it_lesson, en_lesson in zip(italian["lessons"], english["lessons"]):
            it_quiz, en_quiz = it_lesson["quiz"], en_lesson["quiz"]
            assert [[a[1] for a in q["answers"]] for q in it_quiz["questions"]] == [
                [a[1] for a in q["answers"]] for q in en_quiz["questions"]
            ], f"{en_lesson['slug']}: the translations must mark the same answers right"


def test_loading_twice_creates_courses_once_and_supervisors_see_their_agents_progress():
    """One test, because loading the demo (30 pages with revisions) is slow."""
    call_command("load_demo", stdout=open("/dev/null", "w"))
    counts = (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Enrolment.objects.count(),
        QuizAttempt.objects.count(),
    )
    call_command("load_demo", stdout=open("/dev/null", "w"))
    assert (
        CoursePage.objects.count(),
        LessonPage.objects.count(),
        Enrolment.objects.count(),
        QuizAttempt.objects.count(),
    ) == counts
    assert CoursePage.objects.filter(locale__language_code="it").count() == len(content_it.COURSES) == 5
    assert CoursePage.objects.filter(locale__language_code="en").count() == 5
    for lesson in LessonPage.objects.live():
        assert lesson.quiz_blocks(), f"{lesson.title} has no quiz"
        assert lesson.get_translations().exists(), f"{lesson.title} has no translation"

    sara = get_user_model().objects.get(username="sara")
    teams = team_progress_of(team_memberships_for(user=sara))
    assert [entry.team.name for entry in teams] == ["Team Roma"]
    by_agent = {row.agent.username: row.courses for row in teams[0].agents}
    assert set(by_agent) == {spec.username for spec in DEMO_USERS if spec.team == "Team Roma" and spec.role == "Agent"}
    giulia = {progress.course.title: progress for progress in by_agent["giulia"]}
    assert giulia["Accoglienza e ascolto attivo"].completed
    assert 0 < giulia["Ownership: il problema del cliente è anche mio"].percent < 100
    attempts = Enrolment.objects.get(agent__username="giulia", course__title__startswith="Accoglienza")
    assert [score.attempts for score in course_progress(attempts).quiz_scores] == [2, 2]

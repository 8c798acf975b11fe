"""An agent takes a course in a real Chromium: enrol, answer wrong, read why, answer right, see progress go up."""

import pytest
from playwright.sync_api import expect

from tests.academy.factories import CoursePageFactory, LessonPageFactory, TextLessonPageFactory, quiz_block_id

# serialized_rollback: the flush after a transactional test would otherwise take the
# role groups, locales and page trees that migrations create away from later tests.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def _choose(page, block_id: str, answers: dict[int, list[int]]) -> None:
    for number, chosen in answers.items():
        for box in page.locator(f"input[name='quiz-{block_id}-q{number}']").all():
            box.set_checked(int(box.get_attribute("value")) in chosen)
    page.locator(f"#quiz-{block_id} button[type=submit]").click()
    page.wait_for_load_state("networkidle")


def test_an_agent_answers_a_quiz_wrong_then_right_and_progress_goes_up(page, live_server, login, agent):
    course = CoursePageFactory(title="Ownership")
    lesson = LessonPageFactory(parent=course, title="Never not my department")
    TextLessonPageFactory(parent=course, title="The warm transfer")
    block_id = quiz_block_id(lesson)

    login(page, agent)
    page.goto(f"{live_server.url}/en/courses/")
    page.get_by_role("link", name="Ownership").click()
    page.get_by_role("button", name="Enrol").click()
    page.wait_for_load_state("networkidle")
    assert page.locator("h1").inner_text() == "Never not my department"
    assert page.get_by_test_id("progress-percent").inner_text() == "0%"

    page.evaluate("window.stillTheSamePage = true")
    _choose(page, block_id, {0: [0], 1: [0]})
    result = page.get_by_test_id("quiz-result")
    expect(result).to_contain_text("Not passed yet")
    expect(result).to_contain_text("Your name is missing.")
    expect(page.get_by_test_id("progress-percent")).to_have_text("0%")

    _choose(page, block_id, {0: [1], 1: [0, 1]})
    expect(page.get_by_test_id("quiz-result")).to_contain_text("Greeting, name, offer.")
    expect(page.locator(".messages")).to_contain_text("Quiz passed")
    expect(page.get_by_test_id("progress-percent")).to_have_text("50%")
    expect(page.locator(".lesson-end")).to_contain_text("You have completed this lesson.")
    assert page.evaluate("window.stillTheSamePage"), "quiz.js answers in place, without reloading the lesson"

    page.goto(f"{live_server.url}/en/learning/")
    assert "50%" in page.locator("main").inner_text()
    assert "The warm transfer" in page.locator("main").inner_text()


def test_the_language_switcher_opens_the_same_course_in_the_other_language(page, live_server, login, agent):
    from wagtail.models import Locale

    english = CoursePageFactory(title="Certain times", slug="certain-times")
    english.copy_for_translation(Locale.objects.get(language_code="it"), copy_parents=False).save_revision().publish()
    italian = english.get_translation(Locale.objects.get(language_code="it"))
    italian.title, italian.slug = "Tempi certi", "tempi-certi"
    italian.save_revision().publish()

    login(page, agent)
    page.goto(f"{live_server.url}{english.url}")
    page.locator("form.language button[value=it]").click()
    page.wait_for_load_state("networkidle")
    assert page.url.endswith("/it/courses/tempi-certi/")
    assert page.locator("h1").inner_text() == "Tempi certi"
    assert page.locator("html").get_attribute("lang") == "it"

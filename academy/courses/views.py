"""Learning views: thin wrappers over services and selectors.

Course and lesson pages themselves are Wagtail pages (academy.courses.models); these
views take the agent's actions (enrol, answer, complete) and show progress.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from academy.platform.pagination import page_of
from academy.users.roles import user_is_supervisor, user_is_trainer

from . import selectors, services
from .forms import QuizForm
from .models import CoursePage, LessonPage


def _refused(request: HttpRequest, error: services.LearningError, course: CoursePage) -> HttpResponse:
    """403 page that says why and offers the way forward (usually: enrol)."""
    context = {
        "message": str(error),
        "course": course,
        "progress": selectors.course_progress_for(agent=request.user, course=course),
    }
    return render(request, "courses/refused.html", context, status=403)


def _live_lesson(lesson_id: int) -> LessonPage:
    return get_object_or_404(LessonPage.objects.live(), pk=lesson_id)


@login_required
def my_learning(request: HttpRequest) -> HttpResponse:
    catalogue = selectors.course_index_for_language(request.LANGUAGE_CODE)
    context = {
        "courses": selectors.learning_overview(agent=request.user, language=request.LANGUAGE_CODE),
        "catalogue": catalogue,
    }
    return render(request, "courses/my_learning.html", context)


@login_required
@require_POST
def enrol(request: HttpRequest, course_id: int) -> HttpResponse:
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        services.enrolment_create(agent=request.user, course=course)
    except services.LearningError as error:
        return _refused(request, error, course)
    messages.success(request, _("You are enrolled in “%(course)s”.") % {"course": course.title})
    next_lesson = selectors.course_progress_for(agent=request.user, course=course).next_lesson
    return redirect((next_lesson or course).url)


@login_required
@require_POST
def lesson_complete(request: HttpRequest, lesson_id: int) -> HttpResponse:
    lesson = _live_lesson(lesson_id)
    try:
        services.lesson_complete(agent=request.user, lesson=lesson)
    except services.NotEnrolledError as error:
        return _refused(request, error, lesson.course)
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    state = selectors.lesson_state_for(agent=request.user, lesson=lesson)
    if state.progress.completed:
        messages.success(request, _("Course completed. Well done!"))
        return redirect(lesson.course.url)
    messages.success(request, _("Lesson completed."))
    return redirect((state.next_lesson or lesson).url)


@login_required
@require_POST
def quiz_submit(request: HttpRequest, lesson_id: int, block_id: str) -> HttpResponse:
    lesson = _live_lesson(lesson_id)
    quiz = next((block.value for block in lesson.quiz_blocks() if block.id == block_id), None)
    if quiz is None:
        raise Http404("No such quiz in this lesson.")
    form = QuizForm(quiz, request.POST, prefix=f"quiz-{block_id}")
    if not form.is_valid():
        # Show the lesson again with the agent's choices and what is wrong with them.
        context = lesson.get_context(request)
        context["state"].quizzes[block_id].form = form
        messages.error(
            request, _("Your answers were not recorded: answer every question with one of the listed answers.")
        )
        return TemplateResponse(request, lesson.get_template(request), context, status=400)
    try:
        attempt = services.quiz_attempt_submit(
            agent=request.user, lesson=lesson, block_id=block_id, answers=form.answers()
        )
    except services.NotEnrolledError as error:
        return _refused(request, error, lesson.course)
    except services.LearningError as error:
        messages.error(request, str(error))
        return redirect(lesson.url)
    if attempt.passed:
        messages.success(request, _("Quiz passed with %(score)s%%.") % {"score": attempt.score})
    else:
        messages.warning(
            request, _("Not passed yet: %(score)s%%. Read the explanations and try again.") % {"score": attempt.score}
        )
    return redirect(f"{lesson.url}#quiz-{block_id}")


def _team_chosen(request: HttpRequest) -> int | None:
    """The team the `?team=` filter asks for; anything but a number means every team."""
    value = request.GET.get("team", "")
    return int(value) if value.isdigit() else None


@login_required
def team_progress(request: HttpRequest) -> HttpResponse:
    """Course progress per agent, a page of agents at a time, optionally of one team."""
    if not (user_is_supervisor(request.user) or user_is_trainer(request.user)):
        raise PermissionDenied(_("Only supervisors and trainers follow team progress."))
    team_id = _team_chosen(request)
    page = page_of(request, selectors.team_memberships_for(user=request.user, team_id=team_id))
    return render(
        request,
        "courses/team_progress.html",
        {
            "teams": selectors.team_progress_of(page.object_list),
            "page": page,
            "team_id": team_id,
            "team_choices": selectors.team_summaries_for(user=request.user),
        },
    )


@login_required
def agent_progress(request: HttpRequest, agent_id: int) -> HttpResponse:
    progress = selectors.agent_progress_get(viewer=request.user, agent_id=agent_id)
    return render(request, "courses/agent_progress.html", {"progress": progress})

"""Reads of course progress, shaped for the pages that show them.

Everything that shows one agent's data to someone else goes through
`agent_progress_get` / `team_memberships_for`, which apply the visibility rule of
academy.teams.selectors (the agent, their team's supervisors, trainers). Lists read
in a fixed number of queries whatever the number of agents, so that pages stay fast
as a center grows; the views cut them into pages.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

from django.contrib.auth import get_user_model
from django.db.models import Count, Max, Q, QuerySet
from django.http import Http404
from wagtail.models import Page

from academy.teams.models import Team
from academy.teams.selectors import teams_visible_to, user_can_view_agent
from academy.users.models import display_name_order
from academy.users.roles import Role

from .forms import QuizForm
from .models import CourseIndexPage, CoursePage, Enrolment, HomePage, LessonCompletion, LessonPage, QuizAttempt


@dataclass(frozen=True)
class QuizScore:
    lesson_title: str
    title: str
    best_score: float
    passed: bool
    attempts: int


@dataclass
class CourseProgress:
    course: CoursePage
    enrolment: Enrolment | None
    lessons: list[LessonPage]
    completed_lesson_ids: set[int]
    quiz_scores: list[QuizScore] = field(default_factory=list)  # empty when the page did not ask for them

    @property
    def enrolled(self) -> bool:
        return self.enrolment is not None

    @property
    def completed(self) -> bool:
        return self.enrolment is not None and self.enrolment.completed_at is not None

    @property
    def completed_count(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.completed_lesson_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.completed_count / len(self.lessons)) if self.lessons else 0

    @property
    def next_lesson(self) -> LessonPage | None:
        return next((lesson for lesson in self.lessons if lesson.pk not in self.completed_lesson_ids), None)

    def lesson_rows(self) -> list[tuple[LessonPage, bool]]:
        return [(lesson, lesson.pk in self.completed_lesson_ids) for lesson in self.lessons]


@dataclass
class QuizState:
    block_id: str
    quiz: dict
    form: QuizForm
    latest: QuizAttempt | None
    passed: bool


@dataclass
class LessonState:
    enrolment: Enrolment | None
    completed: bool
    quizzes: dict[str, QuizState]
    progress: CourseProgress
    previous_lesson: LessonPage | None
    next_lesson: LessonPage | None

    @property
    def quizzes_passed(self) -> bool:
        return all(state.passed for state in self.quizzes.values())


@dataclass
class AgentProgress:
    agent: object
    courses: list[CourseProgress]


@dataclass
class TeamProgress:
    team: Team
    agents: list[AgentProgress]


def course_lessons(course: CoursePage) -> list[LessonPage]:
    """Live lessons in the order the trainer arranged them in the page tree."""
    return _courses_lessons([course])[course.pk]


def _courses_lessons(courses) -> dict[int, list[LessonPage]]:
    """`course_lessons` of many courses in one query: course id → its live lessons in order."""
    courses = list(courses)
    by_path = {course.path: course.pk for course in courses}
    lessons: dict[int, list[LessonPage]] = {course.pk: [] for course in courses}
    if not courses:
        return lessons
    under = Q()
    for course in courses:
        under |= Q(path__startswith=course.path, depth=course.depth + 1)
    for lesson in LessonPage.objects.live().filter(under).order_by("path"):
        lessons[by_path[lesson.path[: -Page.steplen]]].append(lesson)
    return lessons


def quiz_passed_keys(enrolment: Enrolment) -> set[tuple[UUID, str]]:
    """(lesson translation key, quiz block id) of every quiz this enrolment has passed at least once,
    in whichever language: a translated lesson keeps its translation key and its blocks' ids."""
    return set(enrolment.quiz_attempts.filter(passed=True).values_list("lesson__translation_key", "block_id"))


def courses_in_language(courses, language: str | None) -> dict[int, CoursePage]:
    """Course id → the live translation of that course in `language` (the course itself when it has
    none, or when no language is asked): progress follows a course across its translations."""
    courses = {course.pk: course for course in courses}
    if language is None:
        return courses
    # Callers read the courses with their locale (select_related): those already in `language` need no lookup.
    elsewhere = [course.translation_key for course in courses.values() if course.locale.language_code != language]
    if not elsewhere:
        return courses
    translated = {
        course.translation_key: course
        for course in CoursePage.objects.live().filter(translation_key__in=elsewhere, locale__language_code=language)
    }
    return {pk: translated.get(course.translation_key, course) for pk, course in courses.items()}


def course_progress_many(
    enrolments: list[Enrolment], language: str | None = None, *, quiz_scores: bool = True
) -> list[CourseProgress]:
    """Progress of many enrolments in a fixed number of queries (team pages list dozens), each course
    shown in `language` when it is translated into it (by default in the language enrolled in), with
    the best score of each quiz unless `quiz_scores` is false (pages that show only completion).

    Lessons done count in every language: a completion is matched by the lesson's translation key."""
    if not enrolments:
        return []
    shown = courses_in_language({enrolment.course_id: enrolment.course for enrolment in enrolments}.values(), language)
    return _progress_shown(enrolments, shown, quiz_scores=quiz_scores)


def _progress_shown(
    enrolments: list[Enrolment], shown: dict[int, CoursePage], *, quiz_scores: bool
) -> list[CourseProgress]:
    """Progress of `enrolments`, each course shown as `shown` (enrolled course id → the page) says."""
    lessons = _courses_lessons(shown.values())
    done_keys = defaultdict(set)
    for enrolment_id, key in LessonCompletion.objects.filter(enrolment__in=enrolments).values_list(
        "enrolment_id", "lesson__translation_key"
    ):
        done_keys[enrolment_id].add(key)
    completed = {
        e.pk: {lesson.pk for lesson in lessons[shown[e.course_id].pk] if lesson.translation_key in done_keys[e.pk]}
        for e in enrolments
    }
    scores = _best_quiz_scores(enrolments) if quiz_scores else defaultdict(list)
    return [
        CourseProgress(shown[e.course_id], e, lessons[shown[e.course_id].pk], completed[e.pk], scores[e.pk])
        for e in enrolments
    ]


def _best_quiz_scores(enrolments: list[Enrolment]) -> dict[int, list[QuizScore]]:
    """Enrolment id → the best score, attempts and pass of each quiz it took, in one query."""
    scores = defaultdict(list)
    rows = (
        QuizAttempt.objects.filter(enrolment__in=enrolments)
        .values("enrolment_id", "lesson_id", "lesson__title", "block_id", "quiz_title")
        .annotate(best=Max("score"), attempts=Count("pk"), passes=Count("pk", filter=Q(passed=True)))
        .order_by("enrolment_id", "lesson__path", "quiz_title")
    )
    for row in rows:
        scores[row["enrolment_id"]].append(
            QuizScore(row["lesson__title"], row["quiz_title"], row["best"], row["passes"] > 0, row["attempts"])
        )
    return scores


def course_progress(enrolment: Enrolment) -> CourseProgress:
    return course_progress_many([enrolment])[0]


def enrolment_get(*, agent, course: CoursePage) -> Enrolment | None:
    """The agent's enrolment in `course` or in any translation of it: enrolling once is enough
    in both languages."""
    if not agent.is_authenticated:
        return None
    return Enrolment.objects.filter(agent=agent, course__translation_key=course.translation_key).first()


def course_progress_for(*, agent, course: CoursePage, quiz_scores: bool = True) -> CourseProgress:
    """Progress of `agent` in `course` as that page shows it (its language, its lessons); an empty
    one when they are not enrolled in it or a translation of it."""
    enrolment = enrolment_get(agent=agent, course=course)
    if enrolment is None:
        return CourseProgress(course, None, course_lessons(course), set())
    return _progress_shown([enrolment], {enrolment.course_id: course}, quiz_scores=quiz_scores)[0]


def course_catalogue_for(*, user, index: CourseIndexPage) -> list[CourseProgress]:
    """Every live course of the catalogue with `user`'s progress, in a fixed number of queries
    however many courses trainers publish."""
    courses = list(CoursePage.objects.live().child_of(index).order_by("path"))
    enrolments = (
        list(
            Enrolment.objects.filter(
                agent=user, course__translation_key__in=[course.translation_key for course in courses]
            ).select_related("course__locale")
        )
        if user.is_authenticated
        else []
    )
    progress = {
        item.course.pk: item for item in course_progress_many(enrolments, index.locale.language_code, quiz_scores=False)
    }
    lessons = _courses_lessons(course for course in courses if course.pk not in progress)
    return [progress.get(course.pk) or CourseProgress(course, None, lessons[course.pk], set()) for course in courses]


def learning_overview(*, agent, language: str | None = None) -> list[CourseProgress]:
    """'My learning': courses in progress first, then completed ones, each in `language` when translated."""
    enrolments = Enrolment.objects.filter(agent=agent, course__live=True).select_related("course__locale")
    progress = course_progress_many(list(enrolments), language, quiz_scores=False)
    return sorted(progress, key=lambda item: item.completed)


def lesson_state_for(*, agent, lesson: LessonPage) -> LessonState:
    progress = course_progress_for(agent=agent, course=lesson.course, quiz_scores=False)  # the bar only
    enrolment = progress.enrolment
    latest: dict[str, QuizAttempt] = {}
    passed: set[str] = set()
    if enrolment is not None:  # this lesson's attempts in every language, the latest first
        for attempt in enrolment.quiz_attempts.filter(lesson__translation_key=lesson.translation_key):
            latest.setdefault(attempt.block_id, attempt)
            if attempt.passed:
                passed.add(attempt.block_id)
    quizzes = {
        block.id: QuizState(
            block.id,
            block.value,
            QuizForm(block.value, prefix=f"quiz-{block.id}"),
            latest.get(block.id),
            block.id in passed,
        )
        for block in lesson.quiz_blocks()
    }
    lessons = progress.lessons
    ids = [item.pk for item in lessons]
    position = ids.index(lesson.pk) if lesson.pk in ids else None
    return LessonState(
        enrolment=enrolment,
        completed=lesson.pk in progress.completed_lesson_ids,
        quizzes=quizzes,
        progress=progress,
        previous_lesson=lessons[position - 1] if position else None,
        next_lesson=lessons[position + 1] if position is not None and position + 1 < len(lessons) else None,
    )


def _agents_progress(agents) -> list[AgentProgress]:
    enrolments = Enrolment.objects.filter(agent__in=agents, course__live=True).select_related("course__locale")
    by_agent = defaultdict(list)
    for progress in course_progress_many(list(enrolments.order_by("agent_id", "course__path"))):
        by_agent[progress.enrolment.agent_id].append(progress)
    return [AgentProgress(agent, by_agent[agent.pk]) for agent in agents]


def team_memberships_for(*, user, team_id: int | None = None) -> QuerySet:
    """(team, agent) rows of the teams `user` follows (their own, or every team for a trainer),
    by team and agent name: what the team progress page cuts into pages.

    Every agent of such a team is visible to `user` (academy.teams.selectors), so no row is
    checked one by one."""
    memberships = Team.agents.through.objects.filter(team__in=teams_visible_to(user))
    if team_id is not None:
        memberships = memberships.filter(team_id=team_id)
    return memberships.select_related("team", "user").order_by(
        "team__name", "team_id", display_name_order("user__"), "user_id"
    )


def team_progress_of(memberships) -> list[TeamProgress]:
    """Course progress of the agents in `memberships` (one page of them), grouped by team in
    their order, in a fixed number of queries whatever the number of agents."""
    memberships = list(memberships)
    progress = {row.agent.pk: row for row in _agents_progress(list({m.user_id: m.user for m in memberships}.values()))}
    teams: list[TeamProgress] = []
    for membership in memberships:
        if not teams or teams[-1].team.pk != membership.team_id:
            teams.append(TeamProgress(membership.team, []))
        teams[-1].agents.append(progress[membership.user_id])
    return teams


def team_summaries_for(*, user) -> QuerySet[Team]:
    """The teams `user` follows, each with its number of agents, enrolments in live courses and
    completed courses: the overview a supervisor or trainer reads first, one query in all."""
    live = Q(agents__enrolments__course__live=True)
    return teams_visible_to(user).annotate(
        agent_count=Count("agents", distinct=True),
        enrolment_count=Count("agents__enrolments", filter=live, distinct=True),
        completed_count=Count(
            "agents__enrolments", filter=live & Q(agents__enrolments__completed_at__isnull=False), distinct=True
        ),
    )


def agent_progress_get(*, viewer, agent_id: int) -> AgentProgress:
    """One agent's progress for a viewer allowed to see it; 404 for anyone else."""
    agent = get_user_model().objects.filter(pk=agent_id, groups__name=Role.AGENT).first()
    if agent is None or not user_can_view_agent(viewer, agent):
        raise Http404("No such agent.")
    return _agents_progress([agent])[0]


def course_index_for_language(language: str) -> CourseIndexPage | None:
    """The course catalogue of a content language (each locale has its own tree)."""
    return CourseIndexPage.objects.live().filter(locale__language_code=language).first()


def home_page_for_language(language: str) -> HomePage | None:
    return HomePage.objects.live().filter(locale__language_code=language).first()

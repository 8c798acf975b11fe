"""Reads of course progress, shaped for the pages that show them.

Everything that shows one agent's data to someone else goes through
`agent_progress_get` / `team_progress_for`, which apply the visibility rule of
academy.teams.selectors (the agent, their team's supervisors, trainers).
"""
from collections import defaultdict
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models import Count, Max
from django.http import Http404

from academy.teams.models import Team
from academy.teams.selectors import teams_supervised_by, user_can_view_agent
from academy.users.roles import Role, user_is_trainer

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
    quiz_scores: list[QuizScore] = field(default_factory=list)

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
    return list(LessonPage.objects.live().child_of(course).order_by("path"))


def quiz_passed_keys(enrolment: Enrolment) -> set[tuple[int, str]]:
    """(lesson id, quiz block id) of every quiz this enrolment has passed at least once."""
    return set(enrolment.quiz_attempts.filter(passed=True).values_list("lesson_id", "block_id"))


def course_progress_many(enrolments: list[Enrolment]) -> list[CourseProgress]:
    """Progress of many enrolments in a fixed number of queries (team pages list dozens)."""
    if not enrolments:
        return []
    lessons = {}
    for enrolment in enrolments:
        if enrolment.course_id not in lessons:
            lessons[enrolment.course_id] = course_lessons(enrolment.course)
    completed = defaultdict(set)
    for enrolment_id, lesson_id in LessonCompletion.objects.filter(enrolment__in=enrolments).values_list(
        "enrolment_id", "lesson_id"
    ):
        completed[enrolment_id].add(lesson_id)
    scores = defaultdict(list)
    rows = (
        QuizAttempt.objects.filter(enrolment__in=enrolments)
        .values("enrolment_id", "lesson_id", "lesson__title", "block_id", "quiz_title")
        .annotate(best=Max("score"), attempts=Count("pk"), passed=Max("passed"))
        .order_by("enrolment_id", "lesson__path", "quiz_title")
    )
    for row in rows:
        scores[row["enrolment_id"]].append(
            QuizScore(row["lesson__title"], row["quiz_title"], row["best"], bool(row["passed"]), row["attempts"])
        )
    return [
        CourseProgress(e.course, e, lessons[e.course_id], completed[e.pk], scores[e.pk]) for e in enrolments
    ]


def course_progress(enrolment: Enrolment) -> CourseProgress:
    return course_progress_many([enrolment])[0]


def enrolment_get(*, agent, course: CoursePage) -> Enrolment | None:
    if not agent.is_authenticated:
        return None
    return Enrolment.objects.filter(agent=agent, course=course).first()


def course_progress_for(*, agent, course: CoursePage) -> CourseProgress:
    """Progress of `agent` in `course`; an empty one when they are not enrolled."""
    enrolment = enrolment_get(agent=agent, course=course)
    if enrolment is None:
        return CourseProgress(course, None, course_lessons(course), set())
    return course_progress(enrolment)


def course_catalogue_for(*, user, index: CourseIndexPage) -> list[CourseProgress]:
    courses = CoursePage.objects.live().child_of(index).order_by("path")
    return [course_progress_for(agent=user, course=course) for course in courses]


def learning_overview(*, agent) -> list[CourseProgress]:
    """'My learning': courses in progress first, then completed ones."""
    enrolments = Enrolment.objects.filter(agent=agent, course__live=True).select_related("course")
    return sorted(course_progress_many(list(enrolments)), key=lambda item: item.completed)


def lesson_state_for(*, agent, lesson: LessonPage) -> LessonState:
    course = lesson.get_parent().specific
    progress = course_progress_for(agent=agent, course=course)
    enrolment = progress.enrolment
    latest: dict[str, QuizAttempt] = {}
    passed: set[tuple[int, str]] = set()
    if enrolment is not None:
        for attempt in enrolment.quiz_attempts.filter(lesson=lesson):
            latest.setdefault(attempt.block_id, attempt)
        passed = quiz_passed_keys(enrolment)
    quizzes = {
        block.id: QuizState(
            block.id, block.value, QuizForm(block.value, prefix=f"quiz-{block.id}"),
            latest.get(block.id), (lesson.pk, block.id) in passed,
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
    enrolments = Enrolment.objects.filter(agent__in=agents, course__live=True).select_related("course")
    by_agent = defaultdict(list)
    for progress in course_progress_many(list(enrolments.order_by("agent_id", "course__path"))):
        by_agent[progress.enrolment.agent_id].append(progress)
    return [AgentProgress(agent, by_agent[agent.pk]) for agent in agents]


def team_progress_for(*, user) -> list[TeamProgress]:
    """Course progress of the teams `user` follows: their own teams, or every team for a trainer."""
    teams = Team.objects.all() if user_is_trainer(user) else teams_supervised_by(user)
    result = []
    for team in teams.prefetch_related("agents"):
        agents = sorted(
            (agent for agent in team.agents.all() if user_can_view_agent(user, agent)), key=lambda a: str(a).lower()
        )
        result.append(TeamProgress(team, _agents_progress(agents)))
    return result


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

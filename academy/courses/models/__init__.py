from .pages import CourseIndexPage, CoursePage, HomePage, LessonPage
from .progress import Enrolment, LessonCompletion, QuizAttempt

__all__ = ["CourseIndexPage", "CoursePage", "Enrolment", "HomePage", "LessonCompletion", "LessonPage", "QuizAttempt"]

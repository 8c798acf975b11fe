"""An agent's progress through courses: enrolment, completed lessons, quiz attempts.

Attempts are kept (not overwritten) so a supervisor can see how an agent got there;
the stored `result` is the grading at submission time, so a later edit of the quiz
does not rewrite history.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .pages import CoursePage, LessonPage


class Enrolment(models.Model):
    agent = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="enrolments")
    course = models.ForeignKey(CoursePage, on_delete=models.CASCADE, related_name="enrolments")
    enrolled_at = models.DateTimeField(_("enrolled at"), auto_now_add=True)
    completed_at = models.DateTimeField(_("completed at"), null=True, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["agent", "course"], name="unique_enrolment")]
        ordering = ["-enrolled_at"]
        verbose_name = _("enrolment")
        verbose_name_plural = _("enrolments")

    def __str__(self) -> str:
        return f"{self.agent} · {self.course.title}"


class LessonCompletion(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="lesson_completions")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="completions")
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["enrolment", "lesson"], name="unique_lesson_completion")]
        verbose_name = _("lesson completion")
        verbose_name_plural = _("lesson completions")


class QuizAttempt(models.Model):
    enrolment = models.ForeignKey(Enrolment, on_delete=models.CASCADE, related_name="quiz_attempts")
    lesson = models.ForeignKey(LessonPage, on_delete=models.CASCADE, related_name="quiz_attempts")
    block_id = models.CharField(_("quiz block id"), max_length=64)
    quiz_title = models.CharField(_("quiz title"), max_length=255)
    answers = models.JSONField(_("answers"), help_text=_("Chosen answer indexes per question."))
    result = models.JSONField(_("result"), help_text=_("Per-question outcome and explanations at submission time."))
    score = models.FloatField(_("score (%)"))
    passed = models.BooleanField(_("passed"))
    submitted_at = models.DateTimeField(_("submitted at"), auto_now_add=True)

    class Meta:
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["enrolment", "lesson", "block_id"])]
        verbose_name = _("quiz attempt")
        verbose_name_plural = _("quiz attempts")

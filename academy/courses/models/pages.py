"""The course tree, one per content language:

    HomePage (site root of a locale, served at /<lang>/ by the role dashboard)
    └── CourseIndexPage (/<lang>/courses/)
        └── CoursePage
            └── LessonPage (body: text, media, say-this, quizzes)

Other apps hang their own pages under HomePage (e.g. a scenario index) and add
sections to a course page through the `academy_course_sections` hook, so this app
never imports them.
"""

from django.contrib.auth.views import redirect_to_login
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from academy.courses.blocks import LessonBodyBlock

COURSE_SECTIONS_HOOK = "academy_course_sections"


class SignedInPage(Page):
    """Training material is for staff only: anonymous visitors are sent to sign in."""

    class Meta:
        abstract = True

    def serve(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return super().serve(request, *args, **kwargs)


class HomePage(SignedInPage):
    """Root of one language's page tree. Its URL is the role dashboard, which shows its welcome text."""

    welcome = RichTextField(_("welcome text"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("welcome")]
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class CourseIndexPage(SignedInPage):
    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["courses.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def get_context(self, request, *args, **kwargs):
        from academy.courses.selectors import course_catalogue_for

        context = super().get_context(request, *args, **kwargs)
        context["entries"] = course_catalogue_for(user=request.user, index=self)
        return context


class CoursePage(SignedInPage):
    summary = models.CharField(_("summary"), max_length=300)
    description = RichTextField(_("description"), blank=True)
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=20)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("description"),
        FieldPanel("estimated_minutes"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary"), index.SearchField("description")]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]

    class Meta:
        verbose_name = _("course")

    def get_context(self, request, *args, **kwargs):
        from academy.courses.selectors import course_progress_for

        context = super().get_context(request, *args, **kwargs)
        context["progress"] = course_progress_for(agent=request.user, course=self)
        context["sections"] = [
            section for hook in hooks.get_hooks(COURSE_SECTIONS_HOOK) if (section := hook(request, self))
        ]
        return context


class LessonPage(SignedInPage):
    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(LessonBodyBlock(), verbose_name=_("body"))
    estimated_minutes = models.PositiveIntegerField(_("estimated minutes"), default=10)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("estimated_minutes"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")

    @cached_property
    def course(self) -> CoursePage:
        """The course the lesson belongs to, read once (the page and its breadcrumb ask for it)."""
        return self.get_parent().specific

    def quiz_blocks(self) -> list:
        return [block for block in self.body if block.block_type == "quiz"]

    def get_context(self, request, *args, **kwargs):
        from academy.courses.selectors import lesson_state_for

        context = super().get_context(request, *args, **kwargs)
        context["state"] = lesson_state_for(agent=request.user, lesson=self)
        return context

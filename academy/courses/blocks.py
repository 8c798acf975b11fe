"""StreamField blocks a trainer composes lessons from.

The quiz block only describes a quiz (questions, answers, explanations, pass mark);
grading happens on the server in `academy.courses.quiz`, so the correct answers are
never trusted to the browser.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock

SINGLE = "single"
MULTIPLE = "multiple"


class FigureBlock(blocks.StructBlock):
    image = ImageBlock()
    caption = blocks.CharBlock(required=False, label=_("caption"))

    class Meta:
        icon = "image"
        label = _("Image")
        template = "courses/blocks/figure.html"


class MediaFileBlock(blocks.StructBlock):
    """An audio or video file from the document library (e.g. a model call to listen to)."""

    kind = blocks.ChoiceBlock(choices=[("audio", _("Audio")), ("video", _("Video"))], default="audio", label=_("kind"))
    file = DocumentChooserBlock(label=_("file"))
    caption = blocks.CharBlock(required=False, label=_("caption"))
    transcript = blocks.TextBlock(required=False, label=_("transcript"), help_text=_("Text version for accessibility."))

    class Meta:
        icon = "media"
        label = _("Audio or video file")
        template = "courses/blocks/media_file.html"


class SayThisBlock(blocks.StructBlock):
    """A phrase to avoid beside a better one: the core habit-changing device of the courses."""

    avoid = blocks.CharBlock(label=_("not this"), help_text=_("The phrase to avoid."))
    better = blocks.CharBlock(label=_("say this"), help_text=_("The better phrase."))
    why = blocks.TextBlock(required=False, label=_("why"))

    class Meta:
        icon = "openquote"
        label = _("Say this / not this")
        template = "courses/blocks/say_this.html"


class AnswerBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"))
    correct = blocks.BooleanBlock(required=False, label=_("correct"))
    explanation = blocks.TextBlock(label=_("explanation"), help_text=_("Shown after the agent picks this answer."))

    class Meta:
        icon = "tick"
        label = _("Answer")


class QuestionBlock(blocks.StructBlock):
    prompt = blocks.CharBlock(label=_("question"))
    kind = blocks.ChoiceBlock(
        choices=[(SINGLE, _("Single choice")), (MULTIPLE, _("Multiple choice"))], default=SINGLE, label=_("kind")
    )
    answers = blocks.ListBlock(AnswerBlock(), min_num=2, label=_("answers"))

    class Meta:
        icon = "help"
        label = _("Question")

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for answer in value["answers"] if answer["correct"])
        if correct == 0:
            raise StructBlockValidationError({"answers": ValidationError(_("Mark at least one answer as correct."))})
        if value["kind"] == SINGLE and correct > 1:
            raise StructBlockValidationError(
                {"kind": ValidationError(_("A single-choice question has exactly one correct answer."))}
            )
        return value


class QuizBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"))
    questions = blocks.ListBlock(QuestionBlock(), min_num=1, label=_("questions"))
    pass_mark = blocks.IntegerBlock(
        default=80,
        min_value=0,
        max_value=100,
        label=_("pass mark (%)"),
        help_text=_("Share of questions answered correctly needed to pass."),
    )

    class Meta:
        icon = "list-ul"
        label = _("Quiz")


class LessonBodyBlock(blocks.StreamBlock):
    text = blocks.RichTextBlock(
        features=["h2", "h3", "bold", "italic", "ol", "ul", "link", "document-link", "blockquote"], label=_("Text")
    )
    image = FigureBlock()
    media_file = MediaFileBlock()
    embed = EmbedBlock(label=_("Embedded video"), help_text=_("A video URL, e.g. from your intranet video platform."))
    say_this = SayThisBlock()
    quiz = QuizBlock()

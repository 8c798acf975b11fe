"""The quiz form, built from a quiz block: it turns tampered or incomplete posts into
field errors (unknown answer, missing answer, two answers to a single-choice question)."""

from collections.abc import Mapping

from django import forms
from django.utils.translation import gettext_lazy as _

from academy.courses.blocks import SINGLE


class QuizForm(forms.Form):
    def __init__(self, quiz: Mapping, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for number, question in enumerate(quiz["questions"]):
            choices = [(str(index), answer["text"]) for index, answer in enumerate(question["answers"])]
            messages = {
                "required": _("Answer this question."),
                "invalid_choice": _("Choose one of the listed answers."),
            }
            if question["kind"] == SINGLE:
                field = forms.ChoiceField(choices=choices, widget=forms.RadioSelect, error_messages=messages)
            else:
                messages["invalid_list"] = _("Choose one of the listed answers.")
                field = forms.MultipleChoiceField(
                    choices=choices, widget=forms.CheckboxSelectMultiple, error_messages=messages
                )
            field.label = question["prompt"]
            self.fields[f"q{number}"] = field

    def clean(self):
        cleaned = super().clean()
        # A radio group posts one value; a tampered post may repeat the field.
        for name, field in self.fields.items():
            single = not isinstance(field, forms.MultipleChoiceField)
            if single and hasattr(self.data, "getlist") and len(self.data.getlist(self.add_prefix(name))) > 1:
                self.add_error(name, _("Choose only one answer."))
        return cleaned

    def answers(self) -> dict[int, list[int]]:
        """Chosen answer indexes per question number; call after is_valid()."""
        chosen = {}
        for name, value in self.cleaned_data.items():
            values = value if isinstance(value, list) else [value]
            chosen[int(name[1:])] = [int(item) for item in values]
        return chosen

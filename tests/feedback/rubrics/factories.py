"""Rubrics as a trainer would leave them: rows from the channel's shipped criteria, version 1 saved."""

import factory

from feedback.rubrics.models import Rubric
from feedback.rubrics.services import rubric_save_edit


class RubricFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Rubric
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"team-rubric-{n}")
    name = factory.Sequence(lambda n: f"Team rubric {n}")
    channel = "phone"

    @factory.post_generation
    def first_version(self, create, extracted, **kwargs):
        if create:
            rubric_save_edit(rubric=self, user=None, make_default=False)

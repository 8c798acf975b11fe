from django.contrib import messages
from django.shortcuts import redirect
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .models import Rubric
from .selectors import rubric_deletion_blocker
from .views import RubricViewSet

register_snippet(RubricViewSet)


@hooks.register("before_delete_snippet")
def keep_rubrics_in_use(request, instances):
    """A default rubric, or one whose versions scored conversations, is not deleted (single or bulk)."""
    for instance in instances:
        if isinstance(instance, Rubric) and (reason := rubric_deletion_blocker(instance)):
            messages.error(request, reason)
            return redirect(Rubric.snippet_viewset.get_url_name("list"))

"""The one data-rights URL that points at a person: only trainers reach the erasure page."""

from tests.url_objects import TRAINER, register


@register("privacy:person_erase", allowed=frozenset({TRAINER}))
def person(owner) -> dict:
    return {"pk": owner.pk}

"""Every URL of ours that points at one object refuses everyone who may not see it.

The walk reads the URLconf itself, so a new view that takes an object id fails here
until tests/<app>/url_objects.py registers how to build its object, and then it is
visited by the owner, the owner's supervisor, a trainer, another agent, a supervisor
of another team and an anonymous visitor; a practice's URLs once in each state it can be
in, submitted for review or not (before submission only its agent gets in).
"""

from urllib.parse import urlparse

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from tests.url_objects import (
    OTHER_AGENT,
    OTHER_SUPERVISOR,
    OUR_PACKAGES,
    OWNER,
    SUPERVISOR,
    TRAINER,
    ObjectUrl,
    load_registrations,
)

REGISTRY = load_registrations()
CMS_PREFIX = "cms/"
VISITORS = [OWNER, SUPERVISOR, TRAINER, OTHER_AGENT, OTHER_SUPERVISOR, "anonymous"]
FIXTURE_OF = {
    OWNER: "agent",
    SUPERVISOR: "supervisor",
    TRAINER: "trainer",
    OTHER_AGENT: "other_agent",
    OTHER_SUPERVISOR: "other_supervisor",
}


def _takes_kwargs(pattern) -> bool:
    inner = pattern.pattern
    return bool(getattr(inner, "converters", None) or inner.regex.groupindex)


def object_url_patterns(patterns=None, namespace: str = "", inherited: bool = False):
    """(name, view module) of each of our URL patterns that takes keyword arguments.

    The CMS (/cms/) is left out: Wagtail's permission policies guard it, not the agent visibility rule."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            if str(pattern.pattern) == CMS_PREFIX:
                continue
            ns = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            yield from object_url_patterns(pattern.url_patterns, ns, inherited or _takes_kwargs(pattern))
        elif isinstance(pattern, URLPattern):
            module = getattr(pattern.callback, "__module__", "") or ""
            if module.split(".")[0] in OUR_PACKAGES and (inherited or _takes_kwargs(pattern)):
                yield (f"{namespace}{pattern.name}" if pattern.name else None, module)


def test_every_object_url_has_a_permission_entry():
    found = list(object_url_patterns())
    unnamed = [module for name, module in found if name is None]
    assert not unnamed, f"object URL patterns without a name (name them and register them): {unnamed}"
    missing = sorted({name for name, _ in found} - set(REGISTRY))
    assert not missing, f"register these object URLs in tests/<app>/url_objects.py: {missing}"
    stale = sorted(set(REGISTRY) - {name for name, _ in found})
    assert not stale, f"registered URLs that no longer exist: {stale}"


def _visit(client: Client, entry: ObjectUrl, url: str, kwargs: dict):
    if entry.method == "post":
        return client.post(url, entry.data(kwargs) if entry.data else {})
    return client.get(url)


def _is_sign_in_redirect(response) -> bool:
    with translation.override("en"):
        login_path = reverse("login")
    return response.status_code == 302 and urlparse(response["Location"]).path.endswith(login_path.split("/", 2)[-1])


CASES = [(name, state) for name in sorted(REGISTRY) for state in REGISTRY[name].states or (None,)]


@pytest.mark.django_db
@pytest.mark.parametrize("visitor", VISITORS)
@pytest.mark.parametrize(("name", "state"), CASES, ids=[f"{name}[{state}]" if state else name for name, state in CASES])
def test_object_url_refuses_everyone_who_may_not_see_it(request, name, state, visitor):
    entry = REGISTRY[name]
    allowed = entry.allowed_in(state)
    owner = request.getfixturevalue("agent")
    request.getfixturevalue("supervisor")  # the owner's team exists before the object is built
    kwargs = entry.build_in(owner, state)
    with translation.override("en"):
        url = reverse(name, kwargs=kwargs)
    client = Client()
    if visitor != "anonymous":
        client.force_login(request.getfixturevalue(FIXTURE_OF[visitor]))
    response = _visit(client, entry, url, kwargs)

    if visitor == "anonymous":
        assert response.status_code == 404 or _is_sign_in_redirect(response), (url, response.status_code)
    elif visitor in allowed:
        if entry.method == "post":
            assert 200 <= response.status_code < 400 and not _is_sign_in_redirect(response), (url, response.status_code)
        else:
            assert response.status_code == 200, (url, response.status_code)
    elif visitor in (OTHER_AGENT, OTHER_SUPERVISOR) and entry.private:
        assert response.status_code == 404, (url, visitor, response.status_code)
    else:
        assert response.status_code in (403, 404), (url, visitor, response.status_code)

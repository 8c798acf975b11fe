"""Registry of every URL that shows or changes one object, for tests/test_url_permissions.py.

The permission walk visits EVERY named URL pattern of our apps that takes keyword
arguments and fails when a pattern has no entry here: a new object view cannot ship
without its access rule being tested. Each app registers its own URLs in a module
tests/<app>/url_objects.py (found automatically):

    from tests.url_objects import register, SUPERVISORS

    @register("reports:scorecard_detail")
    def scorecard(owner) -> dict:
        return {"pk": ScorecardFactory(agent=owner).pk}

    @register("reports:override_create", method="post", allowed=SUPERVISORS,
              data=lambda kwargs: {"criterion": "greeting", "result": "fail", "reason": "…"})
    def scorecard_override(owner) -> dict:
        ...

The builder gets the agent who owns the object (already in a team with the walk's
supervisor; a fresh object is built for each visitor, so POSTs do not interfere) and
returns the URL's kwargs. Then:
- the owner, a supervisor of the owner's team and a trainer, when `allowed`, get 200
  (or, for a POST, 200 or a redirect that is not to the sign-in page);
- those of them not `allowed` get 403 or 404;
- another agent and a supervisor of another team get 404;
- an anonymous visitor gets 404 or a redirect to the sign-in page.
An object that is nobody's private data (a course, a scenario page) registers with
`private=False`: the visitors it names in `allowed` succeed (e.g. `EVERYONE_SIGNED_IN`,
or `AGENTS` for "only agents enrol") and every other signed-in visitor gets 403 or 404.

A practice (an attempt, its report, what hangs on the report) is the agent's own until
they submit it for review. Its URLs register the `states` it can be in, `PRACTICE` (both)
or one of them, and the builder takes the state, `(owner, state) -> kwargs`; the walk
builds and visits the object in each state, and while it is `UNSUBMITTED` only the
owner is let in (`allowed` narrowed to the owner): supervisors and trainers get 403 or 404.
"""

import importlib
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass

OWNER, SUPERVISOR, TRAINER = "owner", "supervisor", "trainer"
INSIDERS = frozenset({OWNER, SUPERVISOR, TRAINER})
SUPERVISORS = frozenset({SUPERVISOR, TRAINER})
OWNER_ONLY = frozenset({OWNER})
OTHER_AGENT, OTHER_SUPERVISOR = "other_agent", "other_supervisor"
EVERYONE_SIGNED_IN = frozenset({OWNER, SUPERVISOR, TRAINER, OTHER_AGENT, OTHER_SUPERVISOR})
AGENTS = frozenset({OWNER, OTHER_AGENT})
UNSUBMITTED, SUBMITTED = "unsubmitted", "submitted"
PRACTICE = (UNSUBMITTED, SUBMITTED)

# URL patterns of these packages are walked; Wagtail's and Django's own views check access themselves.
OUR_PACKAGES = ("academy", "scenarios", "feedback", "transcription")


@dataclass(frozen=True)
class ObjectUrl:
    name: str
    build: Callable[..., dict]
    method: str = "get"
    allowed: frozenset = INSIDERS
    data: Callable[[dict], dict] | None = None
    private: bool = True
    states: tuple[str, ...] = ()

    def allowed_in(self, state: str | None) -> frozenset:
        """Who may pass in `state`: before submission, a practice is its agent's alone."""
        return self.allowed & OWNER_ONLY if state == UNSUBMITTED else self.allowed

    def build_in(self, owner, state: str | None) -> dict:
        return self.build(owner, state) if self.states else self.build(owner)


OBJECT_URLS: dict[str, ObjectUrl] = {}


def register(
    name: str,
    *,
    method: str = "get",
    allowed: frozenset = INSIDERS,
    data: Callable[[dict], dict] | None = None,
    private: bool = True,
    states: tuple[str, ...] = (),
):
    """Decorate a builder `(owner) -> kwargs` (`(owner, state) -> kwargs` with `states`) as the test object for URL `name`."""
    if method not in {"get", "post"}:
        raise ValueError(f"{name}: method must be get or post")
    if not set(states) <= set(PRACTICE):
        raise ValueError(f"{name}: states are {PRACTICE}")

    def add(build: Callable[..., dict]) -> Callable[..., dict]:
        if name in OBJECT_URLS:
            raise ValueError(f"{name} is registered twice")
        OBJECT_URLS[name] = ObjectUrl(
            name=name, build=build, method=method, allowed=allowed, data=data, private=private, states=tuple(states)
        )
        return build

    return add


def load_registrations() -> dict[str, ObjectUrl]:
    """Import every tests/<app>/url_objects.py and return the registry."""
    import tests

    for info in pkgutil.walk_packages(tests.__path__, "tests."):
        if info.name.endswith(".url_objects") and info.name != __name__:
            importlib.import_module(info.name)
    return OBJECT_URLS

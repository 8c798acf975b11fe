"""Scenario pages (published under a scenario library of their language) and attempts."""

import factory
from wagtail.models import Locale, Site

from scenarios.models import Attempt, ScenarioIndexPage, ScenarioPage
from tests.factories import AgentFactory

LINES = [
    "Hello, my name is Sarah Miller. My bill is twice what I normally pay.",
    "My account number is 4 5 8 2 1 7.",
]


def scenario_index(language: str = "en") -> ScenarioIndexPage:
    index = ScenarioIndexPage.objects.filter(slug=f"library-{language}").first()
    if index is None:
        locale = Locale.objects.get_or_create(language_code=language)[0]
        root = Site.objects.get(is_default_site=True).root_page
        index = root.add_child(
            instance=ScenarioIndexPage(title=f"Library {language}", slug=f"library-{language}", locale=locale)
        )
    return index


class ScenarioFactory(factory.django.DjangoModelFactory):
    """`ScenarioFactory(lines=[...])` sets the customer's script; pages are created published."""

    class Meta:
        model = ScenarioPage

    title = factory.Sequence(lambda n: f"Billing error {n}")
    slug = factory.Sequence(lambda n: f"billing-error-{n}")
    language = "en"
    channel = "phone"
    situation = "<p>The March fee was charged twice.</p>"
    persona = "Polite but worried."
    customer_name = "Sarah Miller"
    objectives = "<p>Verify, apologise, promise a dated refund.</p>"
    requires_verification = True
    script = factory.LazyAttribute(
        lambda page: [("customer_turn", {"text": line, "audio": None}) for line in page.lines]
    )

    class Params:
        lines = LINES

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        page = model_class(*args, **kwargs)
        scenario_index(page.language).add_child(instance=page)
        page.save_revision().publish()
        return page


class AttemptFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Attempt

    agent = factory.SubFactory(AgentFactory)
    scenario = factory.SubFactory(ScenarioFactory)
    title = factory.LazyAttribute(lambda attempt: attempt.scenario.title)
    kind = Attempt.Kind.UPLOAD
    channel = "phone"
    language = "en"
    state = Attempt.State.UPLOADED


def attempts_bulk(scorecards, *, scenario: ScenarioPage, kind: str = Attempt.Kind.UPLOAD) -> list[Attempt]:
    """A ready attempt of `scenario` behind each scorecard, in a few queries (for lists and benchmarks)."""
    return Attempt.objects.bulk_create(
        [
            Attempt(
                agent_id=scorecard.agent_id,
                scenario=scenario,
                title=scenario.title,
                kind=kind,
                channel=scenario.channel,
                language=scenario.language,
                state=Attempt.State.READY,
                transcript=scorecard.transcript,
                scorecard=scorecard,
                submitted_at=scorecard.submitted_at,
            )
            for scorecard in scorecards
        ],
        batch_size=500,
    )

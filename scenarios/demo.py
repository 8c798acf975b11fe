"""Demo scenarios in Italian and English on the demo courses' themes; `load_demo` calls
`demo_scenarios_load`. Safe to run twice: pages are found by slug and updated."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path

from django.core.files import File
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from academy.courses.selectors import home_page_for_language

from .models import Difficulty, ScenarioCourse, ScenarioIndexPage, ScenarioPage
from .roleplay.scenario import scenario_read
from .roleplay.voice import VoiceError, synthesize
from .services.scripts import page_apply_scenario

INDEX = {
    "it": ("Scenari di pratica", "scenari", "<p>Role-play telefonici per esercitarsi.</p>"),
    "en": ("Practice scenarios", "practice-scenarios", "<p>Phone role-plays to practise on.</p>"),
}

# Linear scripts (a chain of lines), as trainers wrote them before reactions existed.
SCENARIOS = {
    "it": [
        {
            "slug": "disdetta",
            "course": "ownership",
            "title": "Richiesta di disdetta",
            "difficulty": Difficulty.INTERMEDIATE,
            "customer_name": "Giorgio Ferri",
            "requires_verification": True,
            "situation": "<p>Il cliente vuole disdire l'abbonamento perché un concorrente offre un prezzo più basso.</p>",
            "persona": "Giorgio Ferri, deciso ma non ostile. Ascolta se gli si fanno domande sulle sue esigenze.",
            "objectives": "<ul><li>Capisci il motivo con domande aperte</li><li>Proponi un'alternativa senza insistere</li><li>Se conferma, spiega i passi e i tempi della disdetta</li></ul>",
            "lines": [
                "Buonasera, sono Giorgio Ferri, voglio disdire il mio abbonamento.",
                "Un altro operatore mi offre la stessa velocità a venti euro al mese.",
                "Mah, se mi fate un prezzo simile potrei restare. Cosa mi proponete?",
                "Ci penso. Mi mandate l'offerta per email?",
            ],
        },
    ],
    "en": [
        {
            "slug": "cancellation",
            "course": "ownership",
            "title": "Cancellation request",
            "difficulty": Difficulty.INTERMEDIATE,
            "customer_name": "Tom Baker",
            "requires_verification": True,
            "situation": "<p>The customer wants to cancel because a competitor offers a lower price.</p>",
            "persona": "Tom Baker, determined but not hostile. He listens when asked about his needs.",
            "objectives": "<ul><li>Find out why with open questions</li><li>Offer an alternative without pushing</li><li>If he confirms, explain the steps and timing of the cancellation</li></ul>",
            "lines": [
                "Good evening, I'm Tom Baker, I'd like to cancel my contract.",
                "Another provider is offering the same speed for twenty pounds a month.",
                "Well, if you could match that price I might stay. What can you offer?",
                "I'll think about it. Can you email me the offer?",
            ],
        },
    ],
}

# Branching role-plays (the files of demo_roleplays/, scenario JSON of interfaces.md) and their course.
ROLEPLAYS_DIR = Path(__file__).resolve().parent / "demo_roleplays"
ROLEPLAYS = {
    "it": {
        "consegna-in-ritardo": "tempi-certi-e-attese",
        "guasto-linea-richiamata": "tempi-certi-e-attese",
        "cliente-chiede-responsabile": "il-cliente-arrabbiato",
        "bolletta-errata": "accoglienza-e-ascolto-attivo",
    },
    "en": {
        "delivery-delay": "certain-times-and-holds",
        "outage-callback": "certain-times-and-holds",
        "upset-customer-manager": "handling-an-upset-customer",
        "billing-error": "warm-welcome-and-active-listening",
    },
}


def _locale(language: str) -> Locale:
    return Locale.objects.get_or_create(language_code=language)[0]


def _index_page(language: str) -> ScenarioIndexPage:
    """The library hangs under the language's home page (the site root before courses exist)."""
    title, slug, intro = INDEX[language]
    index = ScenarioIndexPage.objects.filter(slug=slug).first()
    if index is None:
        parent = home_page_for_language(language) or Site.objects.get(is_default_site=True).root_page
        index = parent.add_child(
            instance=ScenarioIndexPage(title=title, slug=slug, intro=intro, locale=_locale(language))
        )
    return index


def _line_audio(slug: str, number: int, text: str, language: str):
    """A spoken customer line (the server's voice) stored as a Wagtail document; None where it cannot speak."""
    Document = get_document_model()
    title = f"{slug} – customer line {number}"
    existing = Document.objects.filter(title=title).first()
    if existing is not None:
        return existing
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{slug}-{number}.wav"
        try:
            synthesize(text, language, path)
        except VoiceError:
            return None
        with path.open("rb") as handle:
            document = Document(title=title)
            document.file.save(path.name, File(handle), save=True)
    return document


def _script(spec: dict, language: str) -> list:
    return [
        ("customer_turn", {"text": line, "audio": _line_audio(spec["slug"], n, line, language)})
        for n, line in enumerate(spec["lines"], start=1)
    ]


def _page(index: ScenarioIndexPage, slug: str, fill: Callable[[ScenarioPage], object]) -> ScenarioPage:
    """The demo page of `slug`, filled in, and added under the library the first time."""
    page = ScenarioPage.objects.filter(slug=slug).first() or ScenarioPage(slug=slug, locale=index.locale)
    fill(page)
    if page.pk is None:
        index.add_child(instance=page)
    return page


def _publish(page: ScenarioPage, index: ScenarioIndexPage, course_slug: str) -> ScenarioPage:
    course = Page.objects.filter(slug=course_slug, locale=index.locale).first()
    page.course_links = [ScenarioCourse(course=course)] if course else []
    page.save_revision().publish()
    return page


@transaction.atomic
def demo_scenarios_load() -> list[ScenarioPage]:
    """Create or refresh the demo scenario library of each language, published."""
    pages = []
    for language, specs in SCENARIOS.items():
        index = _index_page(language)
        for spec in specs:

            def fill(page, spec=spec):
                for key in (
                    "title",
                    "difficulty",
                    "customer_name",
                    "requires_verification",
                    "situation",
                    "persona",
                    "objectives",
                ):
                    setattr(page, key, spec[key])
                page.language, page.channel, page.script = language, "phone", _script(spec, language)

            pages.append(_publish(_page(index, spec["slug"], fill), index, spec["course"]))
        for slug, course_slug in ROLEPLAYS[language].items():
            scenario = scenario_read(ROLEPLAYS_DIR / f"{slug}.json")
            page = _page(
                index,
                slug,
                lambda page, slug=slug, scenario=scenario: page_apply_scenario(
                    page, scenario, lambda line, number: _line_audio(slug, number, line.say, language)
                ),
            )
            pages.append(_publish(page, index, course_slug))
    return pages

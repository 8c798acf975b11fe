"""Role-play scenarios for the tests: the shipped sample, the demo files, and a small one to break."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
SAMPLE = ROOT.parent / "shared" / "samples" / "roleplay" / "modem-it.json"
DEMO = ROOT / "scenarios" / "demo_roleplays"
# The same branching call in both languages: deflection → protest, empathy → order, vague promise →
# "when exactly?", silence → "are you there?".
LATE_DELIVERY = {"it": DEMO / "consegna-in-ritardo.json", "en": DEMO / "delivery-delay.json"}


def scenario_data(**fields) -> dict:
    """Two lines: a → b when the reply is empathetic, else the call ends after a; b ends it."""
    return {
        "title": "Test",
        "language": "en",
        "channel": "phone",
        "start": "a",
        "lines": [
            {"id": "a", "say": "My router is late.", "next": [{"when": ["empathy:pass"], "goto": "b"}]},
            {"id": "b", "say": "Thank you."},
        ],
        **fields,
    }


def roleplay_page(path: Path):
    """A published scenario page made from a scenario file, as the CMS import makes it."""
    from scenarios.models import ScenarioPage
    from scenarios.roleplay.scenario import scenario_read
    from scenarios.services.scripts import page_apply_scenario
    from tests.scenarios.factories import scenario_index

    scenario = scenario_read(path)
    page = page_apply_scenario(ScenarioPage(slug=path.stem), scenario)
    scenario_index(scenario.language).add_child(instance=page)
    page.save_revision().publish()
    return page

"""Trainers author branching role-plays in Wagtail: lines with ids, hints and reactions, validated
on save; import and export of the scenario JSON; a preview that plays the draft with typed replies."""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from scenarios.models import ScenarioPage
from scenarios.roleplay.scenario import scenario_loads
from scenarios.services.scripts import page_scenario
from tests.form_data import list_block
from tests.scenarios.factories import ScenarioFactory, scenario_index
from tests.scenarios.roleplay.factories import LATE_DELIVERY, SAMPLE

pytestmark = pytest.mark.django_db


def _line(line_id: str, text: str, *reactions: tuple[list[str], str], ends_call: bool = False) -> tuple:
    value = {
        "line_id": line_id,
        "text": text,
        "hint": "",
        "audio": "",
        "reactions": list_block(*({"when": when, "goto": goto} for when, goto in reactions)),
    }
    if ends_call:
        value["ends_call"] = "on"
    return ("customer_turn", value)


def _scenario_form(*lines) -> dict:
    """The page form; a reaction's conditions go as one multiple-choice field, as the browser sends them."""
    flat = nested_form_data(
        {
            "title": "Late router",
            "slug": "late-router",
            "channel": "phone",
            "language": "en",
            "difficulty": "3",
            "situation": rich_text("<p>Late.</p>"),
            "persona": "Impatient.",
            "objectives": rich_text("<p>Own it.</p>"),
            "customer_name": "Emily Clark",
            "script": streamfield(list(lines)),
            "course_links-TOTAL_FORMS": "0",
            "course_links-INITIAL_FORMS": "0",
            "course_links-MIN_NUM_FORMS": "0",
            "course_links-MAX_NUM_FORMS": "1000",
            "action-publish": "publish",
        }
    )
    data: dict = {}
    for key, value in flat.items():
        field, _, position = key.rpartition("-")
        if field.endswith("-when") and position.isdigit():
            data.setdefault(field, []).append(value)
        else:
            data[key] = value
    return data


@pytest.fixture
def cms(client_for, trainer):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "en"
    profile.save()
    client = client_for(trainer)
    client.get("/cms/")
    client.token = {"csrfmiddlewaretoken": client.cookies["csrftoken"].value}
    return client


def test_a_trainer_writes_a_branching_script_that_plays_as_written(cms):
    form = _scenario_form(
        _line("opening", "My router is late.", (["ownership:fail"], "protest"), (["empathy:pass"], "thanks")),
        _line("protest", "I'm calling you!", ends_call=True),
        _line("thanks", "Thank you."),
    )
    response = cms.post(f"/cms/pages/add/scenarios/scenariopage/{scenario_index('en').pk}/", {**form, **cms.token})
    assert response.status_code == 302, response.content.decode()[:3000]
    scenario = page_scenario(ScenarioPage.objects.get(slug="late-router"))
    assert [line.id for line in scenario.lines] == ["opening", "protest", "thanks"]
    assert [[(r.when, r.goto) for r in line.next] for line in scenario.lines] == [
        [(("ownership:fail",), "protest"), (("empathy:pass",), "thanks"), ((), "protest")],
        [],
        [],
    ]
    assert scenario.patience == 2  # advanced: two deflections and the customer hangs up


@pytest.mark.parametrize(
    ("lines", "message"),
    [
        ([_line("a", "One", ([], "nowhere"))], "line a goes to an unknown line &#x27;nowhere&#x27;"),
        ([_line("a", "One", ([], "b")), _line("b", "Two", ([], "a"))], "form a cycle that can never end"),
        ([_line("a", "One", ends_call=True), _line("lost", "Two")], "No reaction leads to the lines lost"),
        ([_line("a", "One"), _line("a", "Two")], "two lines have the id &#x27;a&#x27;"),
    ],
)
def test_a_script_that_cannot_be_played_is_not_saved_and_the_problem_is_named(cms, lines, message):
    response = cms.post(
        f"/cms/pages/add/scenarios/scenariopage/{scenario_index('en').pk}/", {**_scenario_form(*lines), **cms.token}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not ScenarioPage.objects.filter(slug="late-router").exists()


def test_an_existing_linear_script_plays_as_a_chain():
    page = ScenarioFactory(lines=["One.", "Two.", "Three."])
    scenario = page_scenario(page)
    assert [(line.id, [r.goto for r in line.next]) for line in scenario.lines] == [
        ("1", ["2"]),
        ("2", ["3"]),
        ("3", []),
    ]


def test_import_then_export_gives_the_same_scenario(cms):
    index = scenario_index("it")
    upload = SimpleUploadedFile("modem.json", SAMPLE.read_bytes(), content_type="application/json")
    response = cms.post("/cms/roleplay/import/", {"library": index.pk, "file": upload, **cms.token})
    assert response.status_code == 302
    page = ScenarioPage.objects.get(slug="modem-in-ritardo")
    assert not page.live and page.get_parent().specific == index
    exported = cms.get(f"/cms/roleplay/{page.pk}/export/")
    assert exported["Content-Disposition"] == 'attachment; filename="modem-in-ritardo.json"'
    original = scenario_loads(SAMPLE.read_bytes())
    again = scenario_loads(exported.content)
    assert again.lines == original.lines and again.start == original.start
    assert (again.title, again.customer_name, again.company, again.situation, again.vocabulary) == (
        original.title,
        original.customer_name,
        original.company,
        original.situation,
        original.vocabulary,
    )
    assert page.vocabulary == "modem\nnumero d'ordine\nfibra"  # the trainer edits it in the CMS, one a line


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"{nope", "Nothing was imported: the scenario is not valid JSON"),
        (
            json.dumps({"title": "X", "language": "en", "lines": []}).encode(),
            "Nothing was imported: the scenario has no lines",
        ),
        (
            json.dumps(
                {"title": "X", "language": "en", "lines": [{"id": "a", "say": "Hi", "next": [{"goto": "z"}]}]}
            ).encode(),
            "line a goes to an unknown line",
        ),
    ],
)
def test_a_malformed_import_names_the_problem_and_saves_nothing(cms, content, message):
    before = ScenarioPage.objects.count()
    upload = SimpleUploadedFile("bad.json", content, content_type="application/json")
    response = cms.post("/cms/roleplay/import/", {"library": scenario_index("en").pk, "file": upload, **cms.token})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ScenarioPage.objects.count() == before


def test_the_preview_plays_the_draft_with_typed_replies(cms):
    index = scenario_index("en")
    upload = SimpleUploadedFile("late.json", LATE_DELIVERY["en"].read_bytes(), content_type="application/json")
    cms.post("/cms/roleplay/import/", {"library": index.pk, "file": upload, **cms.token})
    page = ScenarioPage.objects.get(slug="late-delivery")
    edit = cms.get(f"/cms/pages/{page.pk}/edit/").content.decode()
    assert f"/cms/roleplay/{page.pk}/play/" in edit and f"/cms/roleplay/{page.pk}/export/" in edit
    html = cms.get(f"/cms/roleplay/{page.pk}/play/", {"reply": ["That's not my department.", ""]}).content.decode()
    assert "What do you mean? I bought the router from you" in html and "ownership:fail" in html
    assert "<code>silence</code>" in html and "Yes, fine, but where is my router?" in html


def test_only_trainers_reach_the_role_play_tools(client_for, agent, supervisor):
    page = ScenarioFactory()
    for user in (agent, supervisor):
        client = client_for(user)
        for url in (f"/cms/roleplay/{page.pk}/export/", f"/cms/roleplay/{page.pk}/play/", "/cms/roleplay/import/"):
            assert client.get(url).status_code in (302, 403)

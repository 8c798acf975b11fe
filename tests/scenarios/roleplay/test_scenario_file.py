"""The role-play scenario JSON: what is refused (one line naming the problem) and what round-trips."""

import json

import pytest

from scenarios.roleplay.errors import ScenarioError
from scenarios.roleplay.scenario import scenario_dumps, scenario_from_dict, scenario_loads, unreachable_lines
from tests.scenarios.roleplay.factories import DEMO, SAMPLE, scenario_data


def test_the_sample_and_every_demo_scenario_are_valid_and_round_trip():
    for path in [SAMPLE, *DEMO.glob("*.json")]:
        scenario = scenario_loads(path.read_bytes())
        assert scenario_loads(scenario_dumps(scenario)) == scenario
        assert unreachable_lines(scenario) == [], path


def test_the_start_defaults_to_the_first_line():
    data = scenario_data()
    del data["start"]
    assert scenario_from_dict(data).start == "a"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(lines=[]), "the scenario has no lines"),
        (lambda d: d.update(language="fr"), "unknown language 'fr'"),
        (lambda d: d["lines"][0]["next"].append({"goto": "nowhere"}), "line a goes to an unknown line 'nowhere'"),
        (
            lambda d: d["lines"][0]["next"].insert(0, {"when": ["empathy:maybe"], "goto": "b"}),
            "line a: unknown condition 'empathy:maybe'",
        ),
        (
            lambda d: d["lines"][0]["next"].insert(0, {"when": ["speed:pass"], "goto": "b"}),
            "unknown condition 'speed:pass'",
        ),
        (
            lambda d: [d["lines"][0].update(next=[{"goto": "b"}]), d["lines"][1].update(next=[{"goto": "a"}])],
            "lines a → b form a cycle that can never end",
        ),
        (lambda d: d.update(start="zz"), "the start line 'zz' does not exist"),
        (lambda d: d["lines"].append({"id": "a", "say": "Again"}), "two lines have the id 'a'"),
        (lambda d: d["lines"][1].update(say=""), "line b says nothing"),
        (lambda d: d["lines"][1].pop("id"), "line 2 has no id"),
        (lambda d: d.update(patience=0), "'patience' must be a whole number"),
    ],
)
def test_a_malformed_scenario_is_refused_with_one_line_naming_the_problem(change, message):
    data = scenario_data()
    change(data)
    with pytest.raises(ScenarioError, match=message) as error:
        scenario_from_dict(data)
    assert "\n" not in str(error.value)


def test_a_cycle_with_a_way_out_is_playable():
    data = scenario_data()
    data["lines"][1]["next"] = [{"when": ["empathy:pass"], "goto": "a"}]
    assert scenario_from_dict(data).line("b").can_end


def test_not_json_and_not_an_object_are_refused():
    with pytest.raises(ScenarioError, match="not valid JSON"):
        scenario_loads(b"{nope")
    with pytest.raises(ScenarioError, match="must be a JSON object"):
        scenario_loads(json.dumps([1, 2]))


def test_unreachable_lines_are_named():
    data = scenario_data()
    data["lines"].append({"id": "lost", "say": "Nobody gets here."})
    assert unreachable_lines(scenario_from_dict(data)) == ["lost"]

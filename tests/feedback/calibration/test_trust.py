"""How far each automatic criterion is trusted: its pass/fail against every human judgement,
per rubric version and language, shown to trainers beside the rubric."""

import pytest
from wagtail.users.models import UserProfile

from feedback.calibration import services
from feedback.calibration.selectors import rubric_trust
from feedback.calibration.trust import Pair, criterion_trust
from feedback.reports.services import scorecard_mark_reviewed, scorecard_override_criterion
from feedback.rubrics.selectors import rubric_by_slug
from tests.feedback.calibration.factories import calibration_session, every_criterion
from tests.feedback.reports.factories import ScorecardFactory, phone_call
from tests.feedback.rubrics.admin_forms import admin_url


def test_precision_and_recall_of_fail_with_counts_on_a_known_example():
    pairs = [
        Pair("v1", "ownership", automatic, human)
        for automatic, human in [
            ("fail", "fail"),
            ("fail", "fail"),
            ("fail", "pass"),  # 2 fails upheld, 1 overturned
            ("pass", "fail"),  # 1 missed
            ("pass", "pass"),
            ("pass", "pass"),
            ("na", "na"),
            ("na", "pass"),
        ]
    ]
    trust = criterion_trust(pairs)["v1"]["ownership"]
    assert (trust.fail_upheld, trust.fail_overturned, trust.fail_missed, trust.pass_upheld) == (2, 1, 1, 2)
    assert (trust.na_agreed, trust.na_disagreed, trust.judged) == (1, 1, 8)
    assert (trust.precision.matching, trust.precision.total, trust.precision.percent) == (2, 3, 67)
    assert (trust.recall.matching, trust.recall.total) == (2, 3)
    assert (trust.agreement.matching, trust.agreement.total) == (5, 8)


def test_without_any_fail_precision_and_recall_are_not_figures():
    trust = criterion_trust([Pair("v1", "greeting", "pass", "pass")])["v1"]["greeting"]
    assert trust.precision.ratio is None and trust.recall.ratio is None and trust.agreement.percent == 100


@pytest.fixture
def judged(agent, supervisor, trainer):
    """Three human judgements of the English call's ownership fail (automatic: fail), one Italian review."""
    reviewed = ScorecardFactory(agent=agent, transcript=phone_call("en"), submitted=True)
    scorecard_mark_reviewed(scorecard=reviewed, user=supervisor)  # upheld as it stood
    overridden = ScorecardFactory(agent=agent, transcript=phone_call("en"), submitted=True)
    scorecard_override_criterion(
        scorecard=overridden, user=supervisor, criterion="ownership", result="pass", reason="A warm transfer."
    )
    session = calibration_session(
        agent,
        supervisor,
        reviewers=[trainer],
        scorecards=[ScorecardFactory(agent=agent, transcript=phone_call("en"), submitted=True)],
    )
    auto = {c["key"]: c["result"] for c in session.items.get().automatic_result["criteria"]}
    services.answers_submit(session=session, user=trainer, answers=every_criterion(session, **auto))
    services.session_reveal(session=session, user=supervisor)
    services.session_agree(session=session, user=supervisor, answers=every_criterion(session, **auto), note="")
    italian = ScorecardFactory(agent=agent, transcript=phone_call("it"), submitted=True)
    scorecard_mark_reviewed(scorecard=italian, user=supervisor)
    return auto


@pytest.mark.django_db
def test_overrides_reviews_and_agreed_answers_count_per_version_and_language(judged):
    groups = {
        (group.version, group.language): {key: trust for key, _label, trust in group.rows}
        for group in rubric_trust(rubric_by_slug("phone"))
    }
    assert set(groups) == {(1, "en"), (1, "it")}
    ownership = groups[(1, "en")]["ownership"]
    assert (ownership.fail_upheld, ownership.fail_overturned, ownership.fail_missed) == (2, 1, 0)
    assert ownership.precision.percent == 67 and ownership.judged == 3
    greeting = groups[(1, "en")]["greeting"]
    assert greeting.judged == 2  # the overridden report judged its ownership only
    assert groups[(1, "it")]["ownership"].judged == 1


@pytest.mark.django_db
def test_trainers_read_the_trust_tab_beside_the_rubric_and_supervisors_on_its_page(
    judged, trainer, supervisor, client_for
):
    for person in (trainer, supervisor):
        profile = UserProfile.get_for_user(person)
        profile.preferred_language = "en"
        profile.save()
    phone = rubric_by_slug("phone")
    editor = client_for(trainer).get(admin_url("edit", phone.pk)).content.decode()
    assert "How far to trust each automatic criterion" in editor
    assert "Version 1, EN conversations" in editor and '67% <span class="muted">(2/3)</span>' in editor
    inspect = client_for(supervisor).get(admin_url("inspect", phone.pk)).content.decode()
    assert '67% <span class="muted">(2/3)</span>' in inspect and "Version 1, IT conversations" in inspect


@pytest.mark.django_db
def test_the_trust_table_in_italian(judged, trainer, client_for):
    profile = UserProfile.get_for_user(trainer)
    profile.preferred_language = "it"
    profile.save()
    page = client_for(trainer).get(admin_url("edit", rubric_by_slug("phone").pk)).content.decode()
    assert "Quanto fidarsi di ogni criterio automatico" in page

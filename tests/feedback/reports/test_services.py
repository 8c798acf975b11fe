"""Scorecards through their services: creation with the real engine, human review with an
audit trail, disputes, re-scoring and the PDF task."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404

from feedback.reports import services
from feedback.reports.models import Dispute, Scorecard
from feedback.reports.pdf import scorecard_pdf_render
from feedback.reports.selectors import review_queue_for, scorecard_get_for_user
from feedback.rubrics.selectors import rubric_by_slug, rubric_version_latest
from feedback.rubrics.services import rubric_version_create
from feedback.scoring.rubric import RubricDefinition
from tests.feedback.reports.factories import ScorecardFactory, phone_call

pytestmark = pytest.mark.django_db


def result_of(scorecard, key):
    return next(c for c in scorecard.result["criteria"] if c["key"] == key)


def test_a_new_scorecard_keeps_the_automatic_result_apart_from_the_effective_one(agent):
    scorecard = ScorecardFactory(agent=agent)
    assert scorecard.rubric_version == rubric_version_latest(rubric_by_slug("phone"))
    assert scorecard.automatic_result == scorecard.result
    assert result_of(scorecard, "ownership")["result"] == "fail"
    assert scorecard.critical_failure and not scorecard.passed
    assert scorecard.score == scorecard.result["score"]


def test_a_rubric_of_another_channel_is_refused(agent):
    with pytest.raises(ValueError, match="social"):
        services.scorecard_create(agent=agent, transcript=phone_call(), title="x", rubric=rubric_by_slug("social"))


def test_a_supervisor_override_recomputes_the_score_and_keeps_an_audit_trail(agent, supervisor):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    automatic = scorecard.automatic_result
    override = services.scorecard_override_criterion(
        scorecard=scorecard,
        user=supervisor,
        criterion="ownership",
        result="pass",
        reason="Warm transfer, not deflection.",
    )
    scorecard.refresh_from_db()
    assert (override.before, override.after, override.user, override.reason) == (
        "fail",
        "pass",
        supervisor,
        "Warm transfer, not deflection.",
    )
    assert scorecard.automatic_result == automatic
    assert result_of(scorecard, "ownership")["result"] == "pass"
    assert result_of(scorecard, "ownership")["automatic_result"] == "fail"
    assert not scorecard.critical_failure
    counted = [c for c in scorecard.result["criteria"] if c["result"] in ("pass", "fail")]
    expected = round(
        100 * sum(c["weight"] for c in counted if c["result"] == "pass") / sum(c["weight"] for c in counted), 1
    )
    assert scorecard.score == expected > automatic["score"]


def test_only_the_agents_supervisors_and_trainers_review(agent, other_supervisor, trainer):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    for outsider in (agent, other_supervisor):
        with pytest.raises(PermissionDenied):
            services.scorecard_override_criterion(
                scorecard=scorecard, user=outsider, criterion="ownership", result="pass", reason="x"
            )
    services.scorecard_coaching_update(scorecard=scorecard, user=trainer, note="Own the problem.")
    assert Scorecard.objects.get(pk=scorecard.pk).coaching_note == "Own the problem."


def test_an_override_needs_a_reason_and_a_known_criterion(agent, supervisor):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    with pytest.raises(ValidationError):
        services.scorecard_override_criterion(
            scorecard=scorecard, user=supervisor, criterion="ownership", result="pass", reason=" "
        )
    with pytest.raises(ValidationError):
        services.scorecard_override_criterion(
            scorecard=scorecard, user=supervisor, criterion="nonsense", result="pass", reason="x"
        )
    assert not scorecard.overrides.exists()


def test_only_submitted_reports_of_the_supervisors_teams_enter_the_queue(
    agent, supervisor, other_agent, other_supervisor
):
    kept_private = ScorecardFactory(agent=agent)
    submitted = services.scorecard_submit(scorecard=ScorecardFactory(agent=agent), user=agent)
    services.scorecard_submit(scorecard=ScorecardFactory(agent=other_agent), user=other_agent)
    assert list(review_queue_for(supervisor)) == [submitted]
    assert kept_private not in review_queue_for(supervisor)
    with pytest.raises(PermissionDenied):
        services.scorecard_submit(scorecard=kept_private, user=supervisor)
    services.scorecard_mark_reviewed(scorecard=submitted, user=supervisor)
    assert not review_queue_for(supervisor).exists()
    assert review_queue_for(agent).count() == 0


def test_a_dispute_reopens_the_review_and_an_accepted_one_changes_the_result(agent, supervisor):
    scorecard = services.scorecard_submit(scorecard=ScorecardFactory(agent=agent), user=agent)
    services.scorecard_mark_reviewed(scorecard=scorecard, user=supervisor)
    dispute = services.dispute_create(
        scorecard=scorecard, user=agent, criterion="ownership", comment="I opened a ticket myself."
    )
    assert list(review_queue_for(supervisor)) == [scorecard]
    with pytest.raises(ValidationError):
        services.dispute_create(scorecard=scorecard, user=agent, criterion="ownership", comment="again")
    services.dispute_resolve(dispute=dispute, user=supervisor, accept=True, reason="Agreed: you took the case.")
    dispute.refresh_from_db()
    scorecard.refresh_from_db()
    assert dispute.status == Dispute.Status.ACCEPTED and dispute.resolved_by == supervisor
    assert result_of(scorecard, "ownership")["result"] == "pass"
    assert scorecard.overrides.get().reason == "Agreed: you took the case."
    assert not review_queue_for(supervisor).exists()


def test_a_rejected_dispute_leaves_the_result(agent, supervisor):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    dispute = services.dispute_create(scorecard=scorecard, user=agent, criterion="ownership", comment="Not fair.")
    with pytest.raises(PermissionDenied):
        services.dispute_resolve(dispute=dispute, user=agent, accept=True, reason="I say so")
    services.dispute_resolve(dispute=dispute, user=supervisor, accept=False, reason="You sent the customer elsewhere.")
    scorecard.refresh_from_db()
    assert result_of(scorecard, "ownership")["result"] == "fail"
    assert Dispute.objects.get().status == Dispute.Status.REJECTED


def test_rescoring_uses_the_latest_version_keeps_the_old_result_and_the_overrides(agent, supervisor, trainer):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    services.scorecard_override_criterion(
        scorecard=scorecard, user=supervisor, criterion="ownership", result="pass", reason="Warm transfer."
    )
    rubric = rubric_by_slug("phone")
    definition = RubricDefinition.from_dict(rubric_version_latest(rubric).definition)
    definition.criterion("greeting").weight = 40
    new_version = rubric_version_create(rubric=rubric, definition=definition, user=trainer)
    old_version = scorecard.rubric_version

    scorecard = services.scorecard_rescore_latest(scorecard=scorecard, user=trainer)

    assert scorecard.rubric_version == new_version
    assert scorecard.rescores.get().previous_version == old_version
    previous = scorecard.rescores.get().previous_automatic_result
    assert [c["weight"] for c in previous["criteria"] if c["key"] == "greeting"] == [10]
    assert result_of(scorecard, "greeting")["weight"] == 40
    assert result_of(scorecard, "ownership")["result"] == "pass"


def test_the_pdf_task_renders_each_revision_once(agent, supervisor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        scorecard = ScorecardFactory(agent=agent, submitted=True)
    scorecard.refresh_from_db()
    assert scorecard.pdf_is_current
    first = scorecard.pdf.name
    scorecard_pdf_render(scorecard_id=scorecard.pk)  # a second run of the same task
    assert Scorecard.objects.get(pk=scorecard.pk).pdf.name == first
    with django_capture_on_commit_callbacks(execute=True):
        services.scorecard_coaching_update(scorecard=scorecard, user=supervisor, note="Own the problem.")
    scorecard.refresh_from_db()
    assert scorecard.pdf_is_current and scorecard.pdf.name != first
    assert not scorecard.pdf.storage.exists(first)


def test_scorecards_of_others_are_not_found(agent, other_agent, other_supervisor):
    scorecard = ScorecardFactory(agent=agent)
    for outsider in (other_agent, other_supervisor):
        with pytest.raises(Http404):
            scorecard_get_for_user(user=outsider, pk=scorecard.pk)


def test_rescoring_without_a_newer_version_is_refused(agent, supervisor):
    scorecard = ScorecardFactory(agent=agent, submitted=True)
    with pytest.raises(ValidationError):
        services.scorecard_rescore_latest(scorecard=scorecard, user=supervisor)
    assert not scorecard.rescores.exists()

"""Calibration as reviewers meet it: blind scoring, the reveal, the agreed answer and the
history, through the real pages with CSRF-enforcing clients."""

import pytest

from feedback.calibration import services
from feedback.calibration.models import AgreedAnswer, CalibrationSession
from tests.factories import SupervisorFactory, TrainerFactory
from tests.feedback.calibration.factories import as_form, calibration_session, every_criterion, recorded_call
from tests.feedback.reports.factories import ScorecardFactory, phone_call
from tests.pages import csrf_post, url

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(agent, supervisor, trainer):
    return calibration_session(
        agent,
        supervisor,
        reviewers=[trainer],
        scorecards=[ScorecardFactory(agent=agent, transcript=phone_call("en"), submitted=True)],
    )


def test_a_supervisor_opens_a_session_from_a_report_and_invites_a_trainer(agent, supervisor, trainer, client_for):
    scorecard = ScorecardFactory(agent=agent, transcript=phone_call("en"), submitted=True)
    client = client_for(supervisor)
    report = client.get(url("reports:scorecard_detail", pk=scorecard.pk)).content.decode()
    assert f"{url('calibration:session_new')}?scorecard={scorecard.pk}" in report
    form = client.get(url("calibration:session_new") + f"?scorecard={scorecard.pk}").content.decode()
    assert f'value="{trainer.pk}"' in form and f'value="{agent.pk}"' not in form.split("reviewers")[-1]
    response = csrf_post(
        client,
        url("calibration:session_new"),
        {"title": "March billing", "scorecards": [scorecard.pk], "reviewers": [trainer.pk]},
    )
    session = CalibrationSession.objects.get()
    assert response.status_code == 302 and response["Location"] == url("calibration:session_detail", pk=session.pk)
    assert sorted(session.reviewers.values_list("user", flat=True)) == sorted([supervisor.pk, trainer.pk])
    assert session.items.get().automatic_result == scorecard.automatic_result


def test_only_trainers_and_the_agents_supervisors_can_be_invited(agent, supervisor, other_supervisor):
    with pytest.raises(Exception, match="Only trainers and supervisors"):
        calibration_session(agent, supervisor, reviewers=[other_supervisor])


def test_scoring_is_blind_until_the_reveal_on_the_page_and_by_url(session, supervisor, trainer, client_for):
    scorecard = session.items.get().scorecard
    automatic = scorecard.automatic_result["criteria"]
    services.answers_submit(session=session, user=trainer, answers=every_criterion(session, "fail"))
    client = client_for(supervisor)
    page = client.get(url("calibration:session_detail", pk=session.pk)).content.decode()
    assert 'value="fail" required checked' not in page  # the trainer's answers are not shown
    assert "Automatic" not in page and "Agreement per criterion" not in page
    assert not any(c["tip"] and c["tip"][:30] in page for c in automatic)  # nor the automatic verdict or tips
    assert "Mr Baker" in page  # the conversation itself is there
    # The report, its PDF and the review queue are withheld from both reviewers until the reveal.
    for reviewer in (supervisor, trainer):
        other = client_for(reviewer)
        assert other.get(url("reports:scorecard_detail", pk=scorecard.pk)).status_code == 404
        assert other.get(url("reports:scorecard_pdf", pk=scorecard.pk)).status_code == 404
        assert scorecard.title not in other.get(url("reports:review_queue")).content.decode()
    # Someone not in the session still reads the report as before.
    assert client_for(TrainerFactory()).get(url("reports:scorecard_detail", pk=scorecard.pk)).status_code == 200

    csrf_post(client, url("calibration:answers_submit", pk=session.pk), as_form(every_criterion(session, "pass")))
    csrf_post(client, url("calibration:session_reveal", pk=session.pk), {})
    revealed = client.get(url("calibration:session_detail", pk=session.pk)).content.decode()
    assert "Agreement per criterion" in revealed and "Automatic" in revealed
    assert client.get(url("reports:scorecard_detail", pk=scorecard.pk)).status_code == 200


def test_reviewers_listen_to_the_call_while_its_report_stays_withheld(agent, supervisor, trainer, client_for):
    session = calibration_session(agent, supervisor, reviewers=[trainer], scorecards=[recorded_call(agent)])
    item = session.items.get()
    attempt = item.scorecard.attempts.get()
    client = client_for(trainer)
    page = client.get(url("calibration:session_detail", pk=session.pk)).content.decode()
    audio = url("calibration:item_recording", pk=session.pk, item=item.pk)
    assert f'src="{audio}"' in page
    response = client.get(audio, HTTP_RANGE="bytes=0-3")
    assert response.status_code == 206 and b"".join(response.streaming_content) == b"RIFF"
    assert client.get(url("scenarios:attempt_recording", pk=attempt.pk)).status_code == 404  # the report's own way
    assert client.get(url("calibration:item_recording", pk=session.pk, item=item.pk + 999)).status_code == 404


def test_answers_are_refused_after_the_reveal_and_incomplete_answers_never(session, supervisor, trainer, client_for):
    client = client_for(trainer)
    partial = dict(list(every_criterion(session).items())[:2])
    csrf_post(client, url("calibration:answers_submit", pk=session.pk), as_form(partial))
    assert not session.reviewers.get(user=trainer).answers.exists()
    assert "Answer every criterion" in client.get(url("calibration:session_detail", pk=session.pk)).content.decode()
    services.answers_submit(session=session, user=supervisor, answers=every_criterion(session))
    services.session_reveal(session=session, user=supervisor)
    csrf_post(client, url("calibration:answers_submit", pk=session.pk), as_form(every_criterion(session)))
    assert not session.reviewers.get(user=trainer).answers.exists()


def test_only_the_facilitator_reveals(session, trainer, client_for):
    services.answers_submit(session=session, user=trainer, answers=every_criterion(session))
    response = csrf_post(client_for(trainer), url("calibration:session_reveal", pk=session.pk), {})
    assert response.status_code == 403
    session.refresh_from_db()
    assert not session.is_revealed


def test_a_trainer_takes_over_a_session_whose_facilitator_was_erased(session, supervisor, trainer, client_for):
    services.answers_submit(session=session, user=trainer, answers=every_criterion(session))
    supervisor.delete()
    session.refresh_from_db()
    other_trainer = TrainerFactory()
    csrf_post(client_for(other_trainer), url("calibration:session_reveal", pk=session.pk), {})
    session.refresh_from_db()
    assert session.is_revealed


def test_the_reveal_shows_agreement_and_the_agreed_answer_is_kept_with_the_note(
    session, supervisor, trainer, client_for
):
    item = session.items.get()
    auto = {c["key"]: c["result"] for c in item.automatic_result["criteria"]}
    assert auto["ownership"] == "fail"
    services.answers_submit(session=session, user=supervisor, answers=every_criterion(session, **auto))
    services.answers_submit(
        session=session, user=trainer, answers=every_criterion(session, **{**auto, "ownership": "pass"})
    )
    client = client_for(supervisor)
    csrf_post(client, url("calibration:session_reveal", pk=session.pk), {})
    page = client.get(url("calibration:session_detail", pk=session.pk)).content.decode()
    n = len(auto)
    # Between the two reviewers every criterion but ownership matches; the supervisor matched the automatic result.
    assert f'{round(100 * (n - 1) / n)}% <span class="muted">({n - 1}/{n})' in page
    assert f'100% <span class="muted">({n}/{n})' in page

    agreed = every_criterion(session, **auto)
    csrf_post(
        client,
        url("calibration:session_agree", pk=session.pk),
        {**as_form(agreed), "note": "A transfer without a name is a deflection."},
    )
    session.refresh_from_db()
    assert session.note == "A transfer without a name is a deflection." and session.agreed_at
    assert AgreedAnswer.objects.get(item=item, criterion="ownership").result == "fail"

    history = client_for(TrainerFactory()).get(url("calibration:reviewer_agreement")).content.decode()
    assert f'{round(100 * (n - 1) / n)}% <span class="muted">({n - 1}/{n})' in history  # the trainer
    assert f'100% <span class="muted">({n}/{n})' in history  # the supervisor
    own = client_for(trainer).get(url("calibration:reviewer_agreement")).content.decode()
    assert session.title in own


def test_a_supervisor_reads_only_their_own_agreement_history(session, supervisor, trainer, client_for):
    services.answers_submit(session=session, user=trainer, answers=every_criterion(session))
    services.session_reveal(session=session, user=supervisor)
    services.session_agree(session=session, user=supervisor, answers=every_criterion(session), note="")
    page = client_for(SupervisorFactory()).get(url("calibration:reviewer_agreement")).content.decode()
    assert session.title not in page


def test_a_reviewer_finds_the_sessions_waiting_for_their_answers_at_home(session, supervisor, trainer, client_for):
    home = client_for(trainer).get(url("home")).content.decode()
    listing = client_for(trainer).get(url("calibration:index")).content.decode()
    assert "Calibration: waiting for your answers" in home and session.title in home
    assert "waiting for your answers" in listing
    services.answers_submit(session=session, user=trainer, answers=every_criterion(session))
    assert "Calibration: waiting for your answers" not in client_for(trainer).get(url("home")).content.decode()


def test_agents_do_not_reach_calibration(agent, client_for):
    client = client_for(agent)
    assert client.get(url("calibration:index")).status_code == 403
    assert client.get(url("calibration:session_new")).status_code == 403
    assert client.get(url("calibration:reviewer_agreement")).status_code == 403


def test_pages_in_italian(session, supervisor, client_for):
    page = client_for(supervisor).get(url("calibration:session_detail", "it", pk=session.pk)).content.decode()
    assert "Consegna le mie risposte" in page

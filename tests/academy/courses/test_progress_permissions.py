"""Who sees whose progress: the agent, their team's supervisors, trainers. Nobody else, and no ranking."""

import pytest
from django.urls import reverse

from tests.academy.factories import CoursePageFactory, EnrolmentFactory, LessonPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def enrolments(agent, other_agent):
    course = LessonPageFactory().get_parent().specific
    return EnrolmentFactory(agent=agent, course=course), EnrolmentFactory(agent=other_agent, course=course)


def test_an_agent_sees_their_own_progress_but_not_another_agents(client_for, agent, other_agent, enrolments):
    client = client_for(agent)
    assert client.get(f"/en/learning/agents/{agent.pk}/").status_code == 200
    assert client.get(f"/en/learning/agents/{other_agent.pk}/").status_code == 404


def test_an_agent_cannot_open_the_team_page_or_the_admin(client_for, agent):
    client = client_for(agent)
    assert client.get("/en/learning/team/").status_code == 403
    response = client.get("/cms/")
    assert response.status_code == 302 and response["Location"].startswith("/cms/login/")
    assert client.get("/cms/pages/").status_code == 302


def test_an_agents_home_shows_no_other_agent(client_for, agent, other_agent, enrolments):
    html = client_for(agent).get("/en/").content.decode()
    assert str(other_agent) not in html and f"/learning/agents/{other_agent.pk}/" not in html


def test_a_supervisor_sees_only_their_own_teams(
    client_for, supervisor, agent, other_agent, other_supervisor, enrolments
):
    client = client_for(supervisor)
    html = client.get("/en/learning/team/").content.decode()
    assert str(agent) in html and str(other_agent) not in html
    assert client.get(f"/en/learning/agents/{agent.pk}/").status_code == 200
    assert client.get(f"/en/learning/agents/{other_agent.pk}/").status_code == 404
    home = client.get("/en/").content.decode()
    own_team, other_team = agent.teams.get(), other_agent.teams.get()
    assert f">{own_team.name}<" in home and f">{other_team.name}<" not in home


def test_a_trainer_sees_every_team_and_authors_in_the_admin(
    client_for, trainer, agent, other_agent, supervisor, other_supervisor, enrolments
):
    client = client_for(trainer)
    html = client.get("/en/learning/team/").content.decode()
    assert str(agent) in html and str(other_agent) in html
    assert client.get(f"/en/learning/agents/{other_agent.pk}/").status_code == 200
    assert client.get("/cms/").status_code == 200


def test_the_trainer_group_can_author_courses_and_manage_teams_in_wagtail(client_for, trainer):
    from academy.courses.selectors import course_index_for_language

    client = client_for(trainer)
    for language in ("it", "en"):
        index = course_index_for_language(language)
        assert client.get(f"/cms/pages/add/courses/coursepage/{index.pk}/").status_code == 200
    assert client.get("/cms/snippets/teams/team/").status_code == 200
    assert client.get("/cms/images/").status_code == 200
    course = CoursePageFactory(language="it")
    assert client.get(reverse("simple_translation:submit_page_translation", args=[course.pk])).status_code == 200


def test_a_supervisor_cannot_manage_teams(client_for, supervisor):
    assert client_for(supervisor).get("/cms/snippets/teams/team/").status_code == 302

"""Team progress, an agent's detail, the home overview and 'My learning' cost a fixed number of
queries whatever the number of agents and enrolments, and long lists come a page at a time."""

import re

import pytest

from tests.academy.factories import LessonPageFactory, TextLessonPageFactory, enrolments_bulk
from tests.factories import SupervisorFactory, TeamFactory, agents_bulk
from tests.query_counts import assert_queries_flat

pytestmark = pytest.mark.django_db

TEAM_PAGE = "/en/learning/team/"


def course_with_lessons():
    course = LessonPageFactory().get_parent().specific
    TextLessonPageFactory(parent=course)
    return course


@pytest.fixture
def courses():
    return [course_with_lessons(), course_with_lessons()]


@pytest.fixture
def team(supervisor, agent):
    return agent.teams.get()


def grow_team(team, courses, count: int):
    agents = agents_bulk(count, team=team)
    enrolments_bulk(agents, courses)
    return agents


def agent_links(html: str) -> set[str]:
    return set(re.findall(r"/en/learning/agents/(\d+)/", html))


def test_a_supervisors_team_progress_costs_the_same_for_a_team_three_times_larger(
    client_for, supervisor, team, courses
):
    grow_team(team, courses, 4)
    html = assert_queries_flat(client_for(supervisor), TEAM_PAGE, lambda: grow_team(team, courses, 10))
    assert len(agent_links(html)) == 15
    assert html.count("50%") == 28  # every enrolment of a grown agent: one of two lessons done


def test_a_trainers_view_of_every_team_costs_the_same_as_teams_grow(client_for, trainer, team, courses):
    other = TeamFactory(supervisors=[SupervisorFactory()])
    grow_team(team, courses, 2)
    grow_team(other, courses, 3)

    def grow():
        grow_team(team, courses, 4)
        grow_team(other, courses, 6)

    html = assert_queries_flat(client_for(trainer), TEAM_PAGE, grow)
    assert f">{team.name}<" in html and f">{other.name}<" in html


def test_team_progress_shows_a_page_of_agents_and_links_to_the_others(client_for, supervisor, team, courses):
    grow_team(team, courses, 29)
    client = client_for(supervisor)
    first = client.get(TEAM_PAGE).content.decode()
    assert len(agent_links(first)) == 25
    assert 'rel="next"' in first and 'href="?page=2"' in first and 'aria-current="page"' in first
    last = client.get(f"{TEAM_PAGE}?page=2").content.decode()
    assert len(agent_links(last)) == 5 and not agent_links(first) & agent_links(last)
    assert 'rel="prev"' in last and "26–30 of 30" in last
    assert client.get(f"{TEAM_PAGE}?page=99").content.decode().count("/en/learning/agents/") == 5
    assert client.get(f"{TEAM_PAGE}?page=nonsense").status_code == 200


def test_team_progress_pages_are_labelled_in_italian(client_for, supervisor, team, courses):
    grow_team(team, courses, 29)
    html = client_for(supervisor).get("/it/learning/team/").content.decode()
    assert 'aria-label="Pagine"' in html and "Pagina successiva" in html and "1–25 di 30" in html


def test_a_trainer_can_show_one_team_only(client_for, trainer, team, courses):
    other = TeamFactory(supervisors=[SupervisorFactory()])
    theirs = grow_team(other, courses, 2)
    html = client_for(trainer).get(f"{TEAM_PAGE}?team={other.pk}").content.decode()
    assert agent_links(html) == {str(agent.pk) for agent in theirs}
    assert f'<option value="{other.pk}" selected>' in html


def test_a_supervisor_cannot_show_a_team_they_do_not_follow(client_for, supervisor, team, courses):
    other = TeamFactory(supervisors=[SupervisorFactory()])
    grow_team(other, courses, 2)
    assert not agent_links(client_for(supervisor).get(f"{TEAM_PAGE}?team={other.pk}").content.decode())


def test_the_home_page_summarises_teams_in_the_same_queries_whatever_their_size(client_for, supervisor, team, courses):
    grow_team(team, courses, 4)
    html = assert_queries_flat(client_for(supervisor), "/en/", lambda: grow_team(team, courses, 10))
    assert "0 of 28 enrolments" in html and not agent_links(html)


def test_an_agents_detail_and_my_learning_cost_the_same_with_three_times_the_courses(
    client_for, supervisor, agent, courses
):
    enrolments_bulk([agent], courses[:1])
    assert_queries_flat(
        client_for(supervisor),
        f"/en/learning/agents/{agent.pk}/",
        lambda: enrolments_bulk([agent], courses[1:] + [course_with_lessons()]),
    )
    more = [course_with_lessons() for _ in range(6)]
    assert_queries_flat(client_for(agent), "/en/learning/", lambda: enrolments_bulk([agent], more))


def test_the_course_catalogue_costs_the_same_with_three_times_the_courses(client_for, agent, courses):
    from academy.courses.selectors import course_index_for_language

    enrolments_bulk([agent], courses[:1])

    def publish_more():
        enrolments_bulk([agent], [course_with_lessons() for _ in range(3)])
        course_with_lessons()

    html = assert_queries_flat(client_for(agent), course_index_for_language("en").url, publish_more)
    assert html.count('data-testid="progress-percent"') == 4 and html.count('action="/en/learning/courses/') == 2

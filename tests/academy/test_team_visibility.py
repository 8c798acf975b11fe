"""Who may see an agent's private data: the agent, their team's supervisors, trainers."""

from academy.teams.selectors import agents_visible_to, user_can_view_agent


def test_an_agent_sees_only_themself(agent, other_agent):
    assert user_can_view_agent(agent, agent)
    assert not user_can_view_agent(agent, other_agent)
    assert list(agents_visible_to(agent)) == [agent]


def test_a_supervisor_sees_the_agents_of_their_own_teams_only(supervisor, agent, other_agent):
    assert user_can_view_agent(supervisor, agent)
    assert not user_can_view_agent(supervisor, other_agent)
    assert agent in agents_visible_to(supervisor)
    assert other_agent not in agents_visible_to(supervisor)


def test_a_trainer_sees_every_agent(trainer, agent, other_agent):
    assert user_can_view_agent(trainer, agent)
    assert set(agents_visible_to(trainer)) >= {agent, other_agent}


def test_an_anonymous_user_sees_nobody(agent):
    from django.contrib.auth.models import AnonymousUser

    assert not user_can_view_agent(AnonymousUser(), agent)
    assert not agents_visible_to(AnonymousUser()).exists()

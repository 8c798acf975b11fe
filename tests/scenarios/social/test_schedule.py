"""When scripted customer messages arrive, given the agent's replies."""

from scenarios.social.schedule import FollowUp, Reply, ScriptMessage, arrivals


def message(text, visibility="public", delay=0, after="previous", follow_ups=()):
    return ScriptMessage(
        text=text, visibility=visibility, delay_seconds=delay, after=after, follow_ups=tuple(follow_ups)
    )


def test_messages_arrive_one_delay_after_the_previous():
    script = [message("a", delay=5), message("b", delay=30), message("c", visibility="private", delay=10)]
    assert [(a.key, a.at, a.visibility) for a in arrivals(script, [])] == [
        ("0", 5, "public"),
        ("1", 35, "public"),
        ("2", 45, "private"),
    ]


def test_a_message_after_a_reply_waits_for_the_agent_then_counts_from_the_reply():
    script = [message("a"), message("b", delay=20, after="reply"), message("c", delay=5)]
    assert [a.key for a in arrivals(script, [])] == ["0"]
    timed = arrivals(script, [Reply(at=42, visibility="public")])
    assert [(a.key, a.at) for a in timed] == [("0", 0), ("1", 62), ("2", 67)]


def test_follow_ups_react_to_the_visibility_of_the_first_answer_only():
    script = [
        message(
            "complaint",
            follow_ups=[
                FollowUp(when="public", text="my account is 123", visibility="public", delay_seconds=10),
                FollowUp(when="private", text="here in DM: 123", visibility="private", delay_seconds=15),
            ],
        )
    ]
    public_first = arrivals(script, [Reply(at=30, visibility="public"), Reply(at=40, visibility="private")])
    assert [(a.key, a.text, a.at) for a in public_first] == [("0", "complaint", 0), ("0.0", "my account is 123", 40)]
    private_first = arrivals(script, [Reply(at=30, visibility="private")])
    assert [(a.key, a.visibility, a.at) for a in private_first] == [("0", "public", 0), ("0.1", "private", 45)]


def test_a_reply_given_before_a_message_arrived_does_not_answer_it():
    script = [message("a"), message("b", delay=60, follow_ups=[FollowUp("public", "thanks", "public", 0)])]
    assert [a.key for a in arrivals(script, [Reply(at=10, visibility="public")])] == ["0", "1"]


def test_replies_only_add_later_arrivals():
    script = [message("a", follow_ups=[FollowUp("public", "f", "public", 5)]), message("b", delay=20, after="reply")]
    before = arrivals(script, [Reply(at=10, visibility="public")])
    after = arrivals(script, [Reply(at=10, visibility="public"), Reply(at=50, visibility="private")])
    assert before == after[: len(before)]


def test_a_public_answer_that_invites_to_a_direct_message_is_its_own_kind_of_answer():
    script = [
        message(
            "complaint",
            follow_ups=[
                FollowUp(when="public", text="my account is 123", visibility="public", delay_seconds=10),
                FollowUp(when="invite", text="sent you a DM", visibility="private", delay_seconds=10),
            ],
        )
    ]
    invited = arrivals(script, [Reply(at=5, visibility="public", text="Sorry! Please DM us your account number.")])
    asked = arrivals(script, [Reply(at=5, visibility="public", text="Sorry! What is your account number?")])
    invited_it = arrivals(script, [Reply(at=5, visibility="public", text="Ci scriva in privato il codice cliente.")])
    assert [a.text for a in invited] == [a.text for a in invited_it] == ["complaint", "sent you a DM"]
    assert [a.text for a in asked] == ["complaint", "my account is 123"]
    assert Reply(at=0, visibility="public", text="Fixed by 6 pm today.").kind == "public"

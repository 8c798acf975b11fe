"""Putting the caller on hold: asked as a permission, and thanked for afterwards."""

from __future__ import annotations

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome
from feedback.scoring.checks.questions import answered_as_heard
from feedback.scoring.conversation import Conversation, Sentence
from feedback.scoring.rubric import CriterionDefinition

# Words that make a question about waiting ("mi concede un paio di minuti?").
_MOMENT = frozenset(
    {
        "momento",
        "attimo",
        "istante",
        "minuto",
        "minuti",
        "secondo",
        "secondi",
        "attesa",
        "linea",
        "attendere",
        "aspettare",
        "moment",
        "minute",
        "minutes",
        "second",
        "seconds",
        "sec",
        "hold",
        "holding",
        "wait",
        "waiting",
        "line",
    }
)


# Words of the agent's short reply to the customer's consent to a hold.
ACKNOWLEDGEMENT_WORDS = 4


def is_hold(sentence: Sentence) -> bool:
    """The agent holds the call (an account "on hold", a thank-you for waiting, or advice to
    wait hours or before trying again is not a hold). A hold asked in the same sentence as a
    thank-you ("Grazie, mi concede un po' di tempo?") is one; the words of the thanks are not.
    Minutes that are a time from now ("la richiamo tra venti minuti per sentire…", "I'll ring you
    back in ten minutes so I can check") say when something happens, not a moment asked for."""
    found = sentence.found("hold")
    if not found or sentence.speaker != "agent" or sentence.has("wait_advice", negated_too=True):
        return False
    thanks = sentence.found("hold_thanks")
    times = sentence.found("time_concrete", negated_too=True)
    return any(
        not any(cue.start < thank.end and thank.start < cue.end for thank in thanks)
        and not any(time.start <= cue.start < time.end for time in times)
        for cue in found
    )


def holds(conversation: Conversation) -> list[list[Sentence]]:
    """Each hold: its consecutive hold sentences within one agent turn, and the same hold said again
    after the customer's consent (below)."""
    groups: list[list[Sentence]] = []
    for sentence in conversation.agent_sentences:
        if not is_hold(sentence):
            continue
        last = groups[-1][-1] if groups else None
        if last is not None and (
            (last.segment.turn == sentence.segment.turn and last.index + 1 == sentence.index)
            or _said_again_after_consent(conversation, last, sentence)
        ):
            groups[-1].append(sentence)
        else:
            groups.append([sentence])
    return groups


def _said_again_after_consent(conversation: Conversation, hold: Sentence, sentence: Sentence) -> bool:
    """A hold the agent announces once the customer has answered the one they asked for ("Mi concede un
    paio di minuti? Apro la pratica." / "Sì, aspetto." / "Grazie, allora la metto in attesa."): the same
    hold, asked once. It opens the agent's next turn, after at most a short thanks for the consent; said
    after the agent has spoken again, it is a hold of its own."""
    if sentence.segment.turn != hold.segment.turn + 2:
        return False
    opening = conversation.sentences[hold.index + 1 : sentence.index]
    return all(other.segment.turn != sentence.segment.turn or acknowledges(other.text) for other in opening)


def acknowledges(text: str) -> bool:
    """A few words that ask nothing ("Grazie.", "Perfect, thanks."): the agent acknowledging the
    customer's consent to a hold, not speaking again."""
    return len(text.split()) <= ACKNOWLEDGEMENT_WORDS and "?" not in text


def check_hold_etiquette(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    found = holds(conversation)
    if not found:
        return Outcome(NA)
    for group in found:
        before = conversation.previous_agent_sentence(group[0])
        asked = any(_asks_permission(conversation, sentence) for sentence in group) or (
            before is not None and _asks_permission(conversation, before)
        )
        thanked = any(
            sentence.speaker == "agent" and sentence.has("hold_thanks")
            for sentence in conversation.sentences[group[-1].index + 1 :]
        )
        if not (asked and thanked):
            reason = "fail_no_thanks" if asked else "fail_no_permission" if thanked else "fail_neither"
            return Outcome(FAIL, group, reason)
    return Outcome(PASS, [sentence for group in found for sentence in group][:3])


def _asks_permission(conversation: Conversation, sentence: Sentence) -> bool:
    """A question that holds the call ("mi lascia un paio di minuti?") asks for it; so does a
    question of permission about a moment ("is that ok? it'll take a minute").

    In a recording the "?" is the recogniser's guess from the voice's tune, and a flat voice's
    question may be written with a full stop: there a sentence with a word of permission that the
    customer answers with a yes or a no asked ("Posso metterla in attesa un paio di minuti." —
    "Sì, vado."; "Can I put you on hold for a sec." — "Yeah, go on."). A hold only stated ("La metto
    in attesa un attimo." — "Sì.") asks nothing, answered or not.
    """
    if not (sentence.is_question or (sentence.has("hold_permission") and answered_as_heard(conversation, sentence))):
        return False
    return sentence.has("hold") or (
        sentence.has("hold_permission", negated_too=True) and any(token.norm_ in _MOMENT for token in sentence.span)
    )

"""Follow-up promises and whether each one carries a concrete time."""

from __future__ import annotations

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome
from feedback.scoring.checks.questions import interrogative_clauses
from feedback.scoring.conversation import Conversation, Cue, Sentence
from feedback.scoring.rubric import CriterionDefinition

_SENTENCE_ENDS = (".", "!", "?", "…")


def promises(conversation: Conversation) -> list[Sentence]:
    """Agent statements that they or the company will do something later.

    A question offers rather than promises, unless the question comes only after the
    promise: a tag ("La richiamo domani, le va bene?") or a clause of its own that an
    interrogative opens ("I'll text you the details by six, and which desk are you at?"). A clause describing how things
    usually work ("di solito…", "refunds are normally…") describes a process, but
    not past a contrast ("Normally it takes a while, but we'll let you know").
    Words the agent reads out or reports (an automatic message's "your return is
    being processed") are not the agent's promise.
    """
    contrast = conversation.cues.words("CONTRAST")
    return [
        sentence
        for sentence in conversation.agent_sentences
        if any(
            _is_stated(conversation, sentence, cue) and not _in_process_clause(sentence, cue, contrast)
            for cue in sentence.found("promise", quoted_too=False) + _timed_present(sentence)
        )
    ]


def _timed_present(sentence: Sentence) -> list[Cue]:
    """A present-tense action promises only with a time ("le riattiviamo la linea entro le sei");
    without one it is done during the call ("le riattivo la linea")."""
    if not (sentence.has("time_concrete", negated_too=True) or sentence.has("time_vague", negated_too=True)):
        return []
    return sentence.found("promise_timed", quoted_too=False)


def _is_stated(conversation: Conversation, sentence: Sentence, promise: Cue) -> bool:
    if not sentence.is_question or any(
        tag.start > promise.end for tag in sentence.found("question_tag", negated_too=True)
    ):
        return True
    asked = interrogative_clauses(conversation, sentence)
    return bool(asked) and all(first >= promise.end for first, _ in asked)


def _in_process_clause(sentence: Sentence, promise: Cue, contrast: frozenset[str]) -> bool:
    norms = sentence.segment.doc.user_data["norms"]
    for process in sentence.found("process", negated_too=True):
        low, high = sorted((process.start, promise.start))
        if not any(norms[position] in contrast for position in range(low, high)):
            return True
    return False


def check_commitment_time(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    made = promises(conversation)
    if not made:
        return Outcome(NA)
    untimed = [sentence for sentence in made if not _has_concrete_time(conversation, sentence)]
    if not untimed:
        return Outcome(PASS, made[:3])
    vague = any(sentence.has("time_vague", negated_too=True) for sentence in untimed)
    return Outcome(FAIL, untimed, "fail_vague" if vague else "fail_no_time")


def _has_concrete_time(conversation: Conversation, sentence: Sentence) -> bool:
    following = conversation.next_agent_sentence(sentence)
    return (
        sentence.has("time_concrete", negated_too=True)
        or (following is not None and following.has("time_concrete", negated_too=True))
        or any(other.has("time_concrete", negated_too=True) for other in _continuation(conversation, sentence))
    )


def _continuation(conversation: Conversation, sentence: Sentence) -> list[Sentence]:
    """Where the customer cut the agent off mid-sentence ("…, così le mando" / "Aspetti…"), the
    agent's next segment, which finishes what they were saying."""
    segment = sentence.segment
    if sentence is not segment.sentences[-1] or sentence.text.rstrip().endswith(_SENTENCE_ENDS):
        return []
    later = conversation.segments[segment.index + 1 :]
    if not later or later[0].speaker == segment.speaker:
        return []
    return next((other.sentences for other in later if other.speaker == segment.speaker), [])

"""How the agent opens: greeting, own name, and the customer's name."""

from __future__ import annotations

import re

from feedback.scoring.checks.base import FAIL, NA, PASS, Outcome
from feedback.scoring.conversation import Conversation, Sentence, agent_cues, spoken_positions
from feedback.scoring.misheard import LOW_PROBABILITY, SUSPECT_PROBABILITY
from feedback.scoring.names import name_heard_at, sounds_close, sounds_near
from feedback.scoring.nlp import fold
from feedback.scoring.rubric import CriterionDefinition

SOCIAL_GREETING_MAX_OFFSET = 2  # tokens allowed before the greeting ("@dan_r hi")


def check_greeting(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    if conversation.channel == "social":
        return _social_greeting(conversation)
    first_turn = conversation.agent_turns[0].sentences if conversation.agent_turns else []
    greets = any(sentence.has("greeting") or sentence.has("greeting_extra") for sentence in first_turn) or (
        bool(first_turn) and _greets_after_words_barely_heard(conversation, first_turn[0])
    )
    named = any(_introduces_agent(conversation, sentence) for sentence in first_turn)
    evidence = first_turn[:2]
    if greets and named:
        return Outcome(PASS, evidence)
    reason = "fail_no_name" if greets else "fail_no_greeting" if named else "fail_neither"
    return Outcome(FAIL, evidence, reason)


def _greets_after_words_barely_heard(conversation: Conversation, sentence: Sentence) -> bool:
    """In a recording, the words that open the call barely heard (< LOW_PROBABILITY) may be the
    greeting misheard ("Un giorno" for "Buongiorno"): the sentence read from the first word heard with
    more confidence greets when it opens with a greeting ("Giorno, ..."). Heard with more
    confidence, or typed, the opening words are what was said."""
    tokens = sentence.span
    first = 0
    while first < len(tokens) and tokens[first].is_alpha:
        words = sentence.segment.heard_words(tokens[first].i, tokens[first].i + 1)
        if not words or any(word.get("probability", 1.0) >= LOW_PROBABILITY for word in words):
            break
        first += 1
    return 0 < first < len(tokens) and any(
        label == "greeting"
        for label, _, _ in agent_cues(tokens[first:].text, conversation.language, conversation.channel)
    )


def _social_greeting(conversation: Conversation) -> Outcome:
    messages = conversation.agent_segments
    if not messages or not messages[0].sentences:
        return Outcome(FAIL)
    opening = messages[0].sentences[0]
    greets = any(
        cue.start - opening.span.start <= SOCIAL_GREETING_MAX_OFFSET
        for cue in opening.found("social_greeting") + opening.found("greeting_extra")
    )
    return Outcome(PASS, [opening], "pass_social") if greets else Outcome(FAIL, [opening])


def _introduces_agent(conversation: Conversation, sentence: Sentence) -> bool:
    """A name after an introducing word ("sono X", "this is X", "X speaking"), hesitations aside
    ("sono, ehm, Giorgia").

    With the agent's name known, a word that sounds like it counts (names.py): that is
    how speech recognition writes a name it does not know.
    """
    cues = conversation.cues
    lead_ins, lead_outs = cues.words("INTRO"), cues.words("INTRO_AFTER")
    agent_name = conversation.transcript.get("agent_name")
    wanted = set(name_parts(agent_name, cues.words("TITLE"))) if agent_name else None
    doc = sentence.segment.doc
    tokens = [
        doc[position]
        for position in spoken_positions(
            doc.user_data["norms"], doc.user_data["punct"], sentence.span.start, sentence.span.end, cues.words("FILLER")
        )
    ]
    norms = [token.norm_ for token in tokens]
    for position, token in enumerate(tokens):
        if wanted is not None:
            length = name_heard_at(norms, position, wanted, conversation.language)
        else:
            length = 1 if position and _looks_like_name(token.text) else 0
        if not length:
            continue
        before = set(norms[max(0, position - 2) : position])
        after = norms[position + length] if position + length < len(norms) else ""
        if (
            before & lead_ins
            or after in lead_outs
            or (wanted is not None and _lead_in_misheard(sentence, token.i, lead_ins, conversation.language))
        ):
            return True
    return wanted is not None and (
        _name_heard_unsure_after_lead_in(sentence, wanted, lead_ins, conversation.language)
        or _name_run_together(sentence, wanted, lead_ins | lead_outs, conversation.language)
    )


def _name_heard_unsure_after_lead_in(
    sentence: Sentence, wanted: set[str], lead_ins: frozenset[str], language: str
) -> bool:
    """A word just after an introducing word, heard unsure (under SUSPECT_PROBABILITY), two sounds from the
    agent's known name and ending the same (names.sounds_close): "sono Melisa" for "sono Elisa", the name in
    its place misheard, as after a title (check_customer_name); barely heard (under LOW_PROBABILITY), even a
    common word: "sono bene" for "sono Irene". Heard for sure, a common word heard only unsure, or far from the
    name, it is what was said."""
    tokens = sentence.span
    return any(
        lead_in.norm_ in lead_ins
        and token.is_alpha
        and (words := sentence.segment.heard_words(token.i, token.i + 1))
        and all(word.get("probability", 1.0) < SUSPECT_PROBABILITY for word in words)
        and any(
            sounds_close(
                token.text,
                part,
                language,
                common_too=all(word.get("probability", 1.0) < LOW_PROBABILITY for word in words),
            )
            for part in wanted
        )
        for lead_in, token in zip(tokens, tokens[1:])
    )


def _name_run_together(sentence: Sentence, wanted: set[str], leads: frozenset[str], language: str) -> bool:
    """A word heard unsure that is an introducing word and the agent's name run together ("sonotario" for
    "sono Dario"), or the name and the word that follows it in an introduction ("Moragat's" for "Morag at
    Strathconon Distillery"): Whisper writes the two as one word it doubts. Split there, the name's part sounds
    close to the known name (names.sounds_close). Heard for sure, typed, or with no such split, it is one word."""
    for token in sentence.span:
        words = sentence.segment.heard_words(token.i, token.i + 1) if token.is_alpha else []
        if not words or any(word.get("probability", 1.0) >= SUSPECT_PROBABILITY for word in words):
            continue
        heard = fold(token.text)
        joined = [lead for lead in leads if len(lead) > 1]  # a letter alone may be the name's own ("è" / "Elena")
        parts = [heard[len(lead) :] for lead in joined if heard.startswith(lead)]
        parts += [heard[: -len(lead)] for lead in joined if heard.endswith(lead)]
        if any(sounds_close(part, name, language) for part in parts for name in wanted):
            return True
    return False


def _lead_in_misheard(sentence: Sentence, start: int, lead_ins: frozenset[str], language: str) -> bool:
    """A word just before the agent's own name (Doc token ``start``) may be the introducing word
    misheard: barely heard ("this is Amy" → "Ms. Amy"), or heard unsure and sounding one edit from
    an introducing word ("le risponde Chiara" → "le disponde Chiara"). In a recording, with the
    name known, the name counts."""
    first = max(sentence.span.start, start - 2)
    return start > first and any(
        word.get("probability", 1.0) < LOW_PROBABILITY
        or (word.get("probability", 1.0) < SUSPECT_PROBABILITY and sounds_near(word["word"], lead_ins, language))
        for word in sentence.segment.heard_words(first, start)
    )


def check_customer_name(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    titles = conversation.cues.words("TITLE")
    known = conversation.transcript.get("customer_name") or _customer_introduction(conversation)
    parts = set(name_parts(known, titles)) if known else set()
    handle = conversation.transcript.get("customer_handle") if conversation.channel == "social" else None
    if not parts and not handle:
        return Outcome(NA)
    handle_text = fold(handle) if handle else None
    # A name the transcript states is matched as it may be heard (names.py); one the
    # customer gave in the text, as written.
    heard = bool(conversation.transcript.get("customer_name"))
    elided = any("'" in part for part in parts)
    for sentence in conversation.agent_sentences:
        norms = sentence.segment.doc.user_data["norms"][sentence.span.start : sentence.span.end]
        said = (
            not parts.isdisjoint(norms)
            or (elided and not parts.isdisjoint(_elided_words(sentence)))
            or (
                heard
                and any(name_heard_at(norms, position, parts, conversation.language) for position in range(len(norms)))
            )
            or (heard and _name_misheard_in_its_place(sentence, parts, titles, conversation.language))
        )
        if said or (handle_text and handle_text in fold(sentence.text)):
            return Outcome(PASS, [sentence])
    return Outcome(FAIL, reason="fail" if known else "fail_handle", values={"name": known or handle})


def _name_misheard_in_its_place(sentence: Sentence, parts: set[str], titles: frozenset[str], language: str) -> bool:
    """A word heard unsure where the customer is addressed by name, after a title ("signora Peco") or set off as
    an address (a capitalised word alone between a comma and the next mark: "Thanks, Beclan, and give Bran a pat
    from me"), that sounds close to the customer's known name (names.sounds_close: "Greco", "Declan"): in a
    recording, the agent addressing the customer by name. Heard for sure, it is the name said, and another name
    fails; so does a word run on into its clause ("Thanks, Beclan and co")."""
    tokens = sentence.span
    for before, token, after in zip(tokens, tokens[1:], [*tokens[2:], None]):
        addressed = before.norm_ in titles or (
            before.text == "," and token.text[0].isupper() and after is not None and after.is_punct
        )
        if not addressed or not token.is_alpha:
            continue
        words = sentence.segment.heard_words(token.i, token.i + 1)
        if (
            words
            and all(word.get("probability", 1.0) < SUSPECT_PROBABILITY for word in words)
            and any(sounds_close(token.text, part, language) for part in parts)
        ):
            return True
    return False


def _elided_words(sentence: Sentence) -> set[str]:
    """Words written with an elision as the tokenizer splits them ("D'" + "Amico", "Dell'" + "Orto"),
    joined again as a name is spelt: a surname with an apostrophe is one name part, never "amico"."""
    tokens = sentence.span
    return {
        fold(token.text) + fold(following.text)
        for token, following in zip(tokens, tokens[1:])
        if token.text[-1] in "'’" and following.is_alpha and token.idx + len(token.text) == following.idx
    }


# The small words a surname opens with ("Di Renzo", "De Luca", "Van Dyke", "von Trapp"), whatever the call's language.
_SURNAME_PARTICLES = frozenset("di de da del della dei degli dal dalla lo la le van von der den du dos das".split())


def name_parts(name: str, titles: frozenset[str]) -> list[str]:
    """The folded parts of a person's name that count on their own ("Mario Rossi" → mario, rossi). A surname's
    particle before the rest of it ("Vincenzo Di Renzo", "Maria Van Dyke") is no name said alone: "di", "van" are
    everyday words ("a che ora finisce di solito", "the van's on its way"); a name that is only the particle
    ("Ken Lo") keeps it."""
    words = [fold(word) for word in re.split(r"[\s\-]+", name.strip(" @"))]
    return [
        part
        for index, part in enumerate(words)
        if len(part) > 1 and part not in titles and not (part in _SURNAME_PARTICLES and index + 1 < len(words))
    ]


def _customer_introduction(conversation: Conversation) -> str | None:
    """The name a customer gives for themselves ("sono Anna Colombo", "my name's Daniel Okafor")."""
    titles = conversation.cues.words("TITLE")
    for sentence in conversation.sentences:
        if sentence.speaker != "customer":
            continue
        for cue in sentence.found("customer_intro"):
            words = []
            for token in sentence.segment.doc[cue.end : sentence.span.end]:
                if token.norm_ in titles or (not words and token.norm_ in ("la", "il", "the")):
                    continue
                if not _looks_like_name(token.text):
                    break
                words.append(token.text)
            if words:
                return " ".join(words)
        for cue in sentence.found("customer_intro_after"):  # "Dave Morgan here"
            words = []
            for token in reversed(sentence.segment.doc[sentence.span.start : cue.start]):
                if not _looks_like_name(token.text) or token.norm_ in titles:
                    break
                words.insert(0, token.text)
            if words:
                return " ".join(words)
    return None


def _looks_like_name(text: str) -> bool:
    return len(text) > 1 and text[0].isupper() and text[1:].islower() and text.isalpha()

"""What the agent's words say about their attitude: empathy, ownership, professional language.

Only the agent's own words count here: an apology, a deflection or a rude word
the agent reads out or reports (a quoted cue, conversation.py) is someone else's.
"""

from __future__ import annotations

from feedback.scoring.checks.base import FAIL, PASS, Outcome, first_agent_reply, written_into_the_record
from feedback.scoring.checks.questions import interrogative_clauses
from feedback.scoring.conversation import Conversation, Cue, Sentence
from feedback.scoring.nlp import fold
from feedback.scoring.rubric import CriterionDefinition

# Italian words after which a modal verb has a third-person subject ("il tecnico deve chiamare …").
_ARTICLES = frozenset({"il", "lo", "la", "l'", "i", "gli", "le", "un", "uno", "una"})
_MODALS = frozenset({"deve", "dovra", "dovrebbe", "puo", "potra", "potrebbe"})
_PREPOSITIONS = frozenset({"per", "di", "a", "da", "in", "con", "su", "tra", "fra", "riguardo", "quanto"})
# Tokens between "no need" and the instruction it withdraws ("non c'è bisogno che lei chiami …").
_NO_NEED_REACH = 3
# Tokens after "you'll need to contact" within which a capitalised name is the organisation meant.
_NAME_REACH = 6
# Tokens between "per noi" and the judgement it makes the agent's own side's ("per noi è una seccatura").
_OWN_SIDE_REACH = 3
# Letters a word needs to carry content of its own (not "day", "the", "ok").
_CONTENT_LETTERS = 4


def _own(sentence: Sentence, label: str) -> list[Cue]:
    return sentence.found(label, quoted_too=False)


def check_empathy(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    found = [
        sentence
        for sentence in conversation.agent_sentences
        if any(_is_empathy(conversation, sentence, cue) for cue in _own(sentence, "empathy"))
        or _judges_what_was_told_hard(conversation, sentence)
        or _acknowledges_what_was_told(conversation, sentence)
        or _exclaims_at_what_was_told(conversation, sentence)
        or _finds_what_befell_them_natural(conversation, sentence)
    ]
    if found:
        return Outcome(PASS, found[:2])
    negated = [sentence for sentence in conversation.agent_sentences if sentence.has("empathy", negated_too=True)]
    return Outcome(FAIL, negated[:2] or first_agent_reply(conversation)[:1])


def _is_empathy(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """An empathy cue said as the agent's own feeling for the customer.

    Not an apology that only asks the customer to say it again ("Sorry? Which order?"). No cue
    is empathy inside a question ("Che fastidio le dà aspettare un giorno?", "Did you get the
    email where we apologise?", "So I understand you want a refund, is that right?") unless a
    clause of its own comes before it ("Oh no, when did it start?", "Sorry about that, what's
    the postcode?"). A judgement is not empathy in a sentence that blames the customer ("What
    a mess you've made"), nor said of the agent's own side ("it's annoying for us too"). The blame or
    the talking down undoes it in its own clause only: "Ha ragione, quella prima fila è sua, lo sanno
    tutti" backs the customer with the last clause and still acknowledges them with the first.
    """
    if (
        _asks_to_repeat(sentence, cue)
        or _judges_a_doing(conversation, sentence, cue)
        or _gathered_from_the_record(conversation, sentence, cue)
    ):
        return False
    apology = _cue_words(sentence, cue, conversation.cues.words("APOLOGY"))
    if not apology and (_condescends_in_its_clause(sentence, cue) or _said_of_own_side(conversation, sentence, cue)):
        return False
    return not sentence.is_question or _said_before_the_question(conversation, sentence, cue)


def _gathered_from_the_record(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """Understanding said of what the company's record shows ("I understand from the notes the tub went out Friday",
    "Capisco dalla pratica che è partita venerdì"): "I gather", a fact the agent learnt, not the customer's situation
    or feeling recognised. Understanding said of what the customer told ("I understand from what you say how hard
    it's been") still is."""
    return _cue_words(sentence, cue, conversation.cues.words("UNDERSTAND")) and any(
        other.start == cue.end for other in sentence.found("from_the_record", negated_too=True)
    )


def _condescends_in_its_clause(sentence: Sentence, cue: Cue) -> bool:
    """An unprofessional cue of the agent's that reaches into the empathy cue's clause."""
    clause = sentence.clause_of(cue.start)
    return any(
        sentence.clause_of(other.start) <= clause <= sentence.clause_of(other.end - 1)
        for other in _own(sentence, "unprofessional")
    )


def _said_of_own_side(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """A judgement said of the agent's own side, "for us" just after it ("a right pain for us an' all")
    or "per noi" just before it in the same clause ("anche per noi è una situazione che pesa"); a
    "per me" before it is the agent's opinion ("per me è assurdo che l'abbiano lasciata così")."""
    doc = sentence.segment.doc
    punctuation, norms = doc.user_data["punct"], doc.user_data["norms"]
    company = conversation.cues.words("OUR_SIDE")
    return any(
        cue.end <= other.start <= cue.end + 1
        or (
            cue.start - _OWN_SIDE_REACH <= other.end <= cue.start
            and norms[other.end - 1] in company
            and not any(punctuation[other.end : cue.start])
        )
        for other in sentence.found("own_feeling", negated_too=True)
    )


def _cue_words(sentence: Sentence, cue: Cue, words: frozenset[str]) -> bool:
    """Whether a word of the cue is in the word set (by its form or its lemma)."""
    doc = sentence.segment.doc
    norms, lemmas = doc.user_data["norms"], doc.user_data["lemmas"]
    return any(norms[position] in words or lemmas[position] in words for position in range(cue.start, cue.end))


def _said_before_the_question(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """A clause break after the cue: the question is asked apart from it ("That must have been
    awful, right?"). A check of what the agent understood stays one question with its tag; an
    exclamation that opens with an interrogative ("Che fastidio le dà, scusi, una pozzanghera?")
    is the question itself unless an interrogative clause follows ("What a nightmare, when did
    it start?"). A rhetorical "who wouldn't be?" is not asked of the customer."""
    norms = sentence.segment.doc.user_data["norms"]
    breaks = sentence.breaks_in(cue.end, sentence.span.end)
    if not breaks:
        return False
    if norms[cue.start] in conversation.cues.words("EXCLAIM"):
        return any(start > cue.end for start, _ in interrogative_clauses(conversation, sentence))
    if not _cue_words(sentence, cue, conversation.cues.words("UNDERSTAND")):
        return True
    return not any(tag.start > breaks[-1] for tag in sentence.found("question_tag", negated_too=True))


def _judges_what_was_told_hard(conversation: Conversation, sentence: Sentence) -> bool:
    """An acknowledgement in the agent's own words: a statement that calls something hard ("double
    shifts are exhausting", "è una giornata cominciata storta") where the something is what the
    customer has just told, shown by a content word of theirs said again in the same sentence.
    The same judgement of the agent's own screen or of the traffic echoes nothing and is not empathy."""
    if sentence.is_question or all(_judges_a_doing(conversation, sentence, cue) for cue in _own(sentence, "hardship")):
        return False
    told = _content_lemmas(conversation, _customer_turn_before(conversation, sentence))
    return _echoes(told, _content_lemmas(conversation, [sentence]))


def _acknowledges_what_was_told(conversation: Conversation, sentence: Sentence) -> bool:
    """What the customer has just told, said back in the agent's own words and acknowledged as
    known after it ("A whole week without your phone, that's money walking away, I know", "Di
    notte in autostrada col piccolo in macchina, lo so che è un pensiero"). The "I know" must
    follow the echo: said before it ("I know, your order number is on the letter") or without
    one, it only agrees with a fact."""
    if sentence.is_question:
        return False
    acknowledged = _own(sentence, "acknowledge")
    if not acknowledged:
        return False
    told = _content_lemmas(conversation, _customer_turn_before(conversation, sentence))
    said_before = _content_lemmas(conversation, [sentence], before=max(cue.start for cue in acknowledged))
    return _echoes(told, said_before)


def _finds_what_befell_them_natural(conversation: Conversation, sentence: Sentence) -> bool:
    """What befell the customer called natural, with what they told said again ("Ah, il temporale di martedì, …, con
    quella grandine … è normale che sia successo", "With the storm on Tuesday and all that hail, it's only natural
    that happened"): their trouble recognised, not put down to them. A process called normal ("È normale che il
    rimborso arrivi dopo tre giorni") or an echo missing is not."""
    if not _own(sentence, "natural_outcome") or sentence.is_question:
        return False
    told = _content_lemmas(conversation, _customer_turn_before(conversation, sentence))
    return _echoes(told, _content_lemmas(conversation, [sentence]))


def _exclaims_at_what_was_told(conversation: Conversation, sentence: Sentence) -> bool:
    """Dismay exclaimed as a clause of its own, with what the customer has just told said again in the sentence
    ("Eh, mamma mia, signor Totaro, il testimone, e con questo maestrale che non molla", "Oh my goodness, the best
    man, on the wedding day, and with this wind"): a reaction to their plight. Said of the agent's own day, with a
    word of their own side ("Mamma mia, anche noi oggi…", "Oh my God, we've had the phones…"), echoing nothing, or
    with a reproach ("Oh my God, I've told you three times") it is no empathy."""
    exclaimed = _own(sentence, "dismay")
    if not exclaimed or sentence.is_question or _own(sentence, "unprofessional"):
        return False
    norms = sentence.segment.doc.user_data["norms"]
    inside = {position for cue in exclaimed for position in range(cue.start, cue.end)}
    own_side = conversation.cues.words("SELF")
    if any(
        norms[position] in own_side and position not in inside
        for position in range(sentence.span.start, sentence.span.end)
    ):
        return False
    told = _content_lemmas(conversation, _customer_turn_before(conversation, sentence))
    return _echoes(told, _content_lemmas(conversation, [sentence]))


# Letters of the shorter word when one word starts with the other ("tooth" in "toothache", "frigo" in "frigorifero").
_STEM_LETTERS = 5


def _echoes(told: set[str], said: set[str]) -> bool:
    """A word the customer said, said again: the same lemma, or a compound or derivation of it,
    one word the start of the other ("my tooth is killing me" / "toothache is the worst")."""
    if not told.isdisjoint(said):
        return True
    return any(
        min(len(first), len(second)) >= _STEM_LETTERS and (first.startswith(second) or second.startswith(first))
        for first in told
        for second in said
    )


def _judges_a_doing(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """The judgement is of saying or doing something, not of the customer's situation: "it's hard to
    say", "è dura da dire", "the worst thing you can do", "la cosa peggiore da fare". After the cue's own "to" a
    word of doing is the verb the customer is right to do ("you're right to move it"), not the noun."""
    norms = sentence.segment.doc.user_data["norms"]
    after = norms[cue.end : min(cue.end + 2, sentence.span.end)]
    cues = conversation.cues
    return bool(after) and (
        (len(after) == 2 and after[0] in cues.words("TO_DO") and after[1] in cues.words("SAY"))
        or (after[0] in cues.words("DOING") and norms[cue.end - 1] not in cues.words("TO_DO"))
    )


def _customer_turn_before(conversation: Conversation, sentence: Sentence) -> list[Sentence]:
    turn = sentence.segment.turn
    return conversation.turns[turn - 1].sentences if turn > 0 else []


def _content_lemmas(conversation: Conversation, sentences: list[Sentence], before: int | None = None) -> set[str]:
    """Lemmas of the words that carry a sentence's content: no stop word, nothing shorter than 4 letters,
    no word of hardship itself (the customer's "nightmare" said back is not an echo of their situation);
    with ``before``, only of the words before that Doc position. A unit of time after a number is content
    all the same: the customer's "tre mesi" said back ("Tre mesi per una visita, lo so che è un'enormità")
    echoes their wait, though Italian lists "mesi", "giorni", "ore" among its stop words."""
    hardship = {cue.start for sentence in sentences for cue in sentence.found("hardship", negated_too=True)}
    judged = _hardship_words(conversation)
    lemmas: set[str] = set()
    for sentence in sentences:
        lemma_of, norms = sentence.segment.doc.user_data["lemmas"], sentence.segment.doc.user_data["norms"]
        lemmas.update(
            lemma_of[token.i]
            for token in sentence.span
            if token.is_alpha
            and (before is None or token.i < before)
            and (
                (len(token.text) >= _CONTENT_LETTERS and not token.is_stop)
                or _a_span_of_time(conversation, norms, token.i)
            )
            and token.i not in hardship
            and lemma_of[token.i] not in judged
        )
    return lemmas


def _a_span_of_time(conversation: Conversation, norms: list[str], position: int) -> bool:
    """A unit of time just after a number ("tre mesi", "three months")."""
    if position == 0 or norms[position] not in conversation.cues.words("UNIT"):
        return False
    return norms[position - 1].isdigit() or norms[position - 1] in conversation.cues.numbers


def _hardship_words(conversation: Conversation) -> frozenset[str]:
    cues = conversation.cues
    names = ("HARD", "FEELING_STATE") if conversation.language == "en" else ("HARD_NOUN", "HARD_ADJ", "FED_UP")
    return frozenset().union(*(cues.words(name) for name in names))


def _asks_to_repeat(sentence: Sentence, apology: Cue) -> bool:
    """ "Sorry, could you repeat that?", "Mi scusi, non ho capito": the apology only leads into asking
    the customer to say it again (nothing but punctuation between them)."""
    punctuation = sentence.segment.doc.user_data["punct"]
    return any(
        cue.start >= apology.end and all(punctuation[apology.end : cue.start])
        for cue in sentence.found("repeat_request", negated_too=True)
    )


def check_ownership(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    known = _known_names(conversation)
    limited = {
        sentence.segment.turn
        for sentence in conversation.agent_sentences
        if "cannot_do" in sentence.cues and _own(sentence, "cannot_do")
    }
    deflecting = [
        sentence
        for sentence in conversation.agent_sentences
        if _deflects(conversation, sentence, known, sentence.segment.turn in limited)
    ]
    return Outcome(FAIL, deflecting) if deflecting else Outcome(PASS)


def _deflects(conversation: Conversation, sentence: Sentence, known: frozenset[str], limited: bool) -> bool:
    """An own instruction to the customer to go elsewhere: not a transfer the agent makes, not one
    withdrawn ("no need to call the bank"), not one whose subject is someone else (nor one the agent
    wants someone else to carry out: "voglio che lo senta il dottor Baldoni").

    Sent to an organisation by name, or to anyone but the agent's side in a turn that says what the
    agent or the company cannot do (``limited``: "I can't help you with the refund from this end …
    you'd need to contact the promoter", "noi qui non possiamo riaprire la pratica, deve scrivere
    al liquidatore"); "we can't change it, but you can call us back tomorrow" sends nobody away."""
    if sentence.cues.keys().isdisjoint(("deflection", "send_frame", "not_our_remit")) or sentence.has("transfer"):
        return False
    doc = sentence.segment.doc
    punctuation = doc.user_data["punct"]
    withdrawn = sentence.found("no_need", negated_too=True)
    arranged = {cue.end for cue in sentence.found("arranged", negated_too=True)}
    sent_away = [
        cue
        for cue in _own(sentence, "send_frame")
        if _names_an_organisation(sentence, cue, known)
        or (limited and _sends_to_someone_else(conversation, sentence, cue))
    ]
    remit = [cue for cue in _own(sentence, "not_our_remit") if not _taken_on_after(conversation, sentence, cue)]
    for cue in _own(sentence, "deflection") + sent_away + remit:
        # "Il tecnico deve contattare il distributore" tells someone else, not the customer, what to do
        # ("per i bolli deve andare…" does not: the noun follows a preposition).
        subject_is_someone_else = (
            doc[cue.start].norm_ in _MODALS
            and cue.start - 2 >= sentence.span.start
            and doc[cue.start - 2].norm_ in _ARTICLES
            and doc[cue.start - 1].is_alpha
            and not (cue.start - 3 >= sentence.span.start and doc[cue.start - 3].norm_ in _PREPOSITIONS)
        )
        if (
            subject_is_someone_else
            or _their_step_before_ours(conversation, sentence, cue)
            or cue.start in arranged
            or any(
                no_need.end <= cue.start <= no_need.end + _NO_NEED_REACH
                and not any(punctuation[no_need.end : cue.start])
                for no_need in withdrawn
            )
        ):
            continue
        return True
    return False


def _their_step_before_ours(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """A step the law asks of the customer in person at a public office, with the company's own part taken up after
    it ("l'apostille, che però deve chiedere in prefettura, e poi noi facciamo l'asseverazione", "you'll need to get
    the apostille from the registry office, and then we'll do the sworn translation"): the office is named in the
    instruction's clause, and a later clause of the sentence opens the agent's side's part ("e poi noi…", "and then
    we'll…") without a negator. Sent to another office with nothing taken up ("deve chiamare l'altro ufficio, non è
    roba nostra"), or with the company's part refused ("…, e poi noi non possiamo fare altro"), it is deflection."""
    norms = sentence.segment.doc.user_data["norms"]
    cues = conversation.cues
    clause_end = sentence.clause_end(cue.start)
    if cues.words("AUTHORITY").isdisjoint(norms[cue.start : clause_end]):
        return False
    for ours in sentence.found("then_ours", quoted_too=False):
        ours_end = sentence.clause_end(ours.start)
        if ours.start > clause_end and cues.words("NEGATOR").isdisjoint(norms[ours.start : ours_end]):
            return True
    return False


def _names_an_organisation(sentence: Sentence, frame: Cue, known: frozenset[str]) -> bool:
    """A capitalised name (HMRC, ACI, Enel) soon after "you'll need to contact…", in the same clause,
    that is not a day, a month, a person of the call or the company the agent answered for."""
    doc = sentence.segment.doc
    for token in doc[frame.end : min(frame.end + _NAME_REACH, sentence.span.end)]:
        if token.is_punct:
            return False
        if token.is_alpha and token.text[0].isupper() and token.text != "I" and token.norm_ not in known:
            return True
    return False


def _taken_on_after(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """After saying it is not theirs to handle, the agent takes it on: a contrast, then the agent in the
    first person ("…, but I'll raise it with them myself", "…, ma la segnalazione la apro io")."""
    norms = sentence.segment.doc.user_data["norms"]
    cues = conversation.cues
    contrast = next(
        (position for position in range(cue.end, sentence.span.end) if norms[position] in cues.words("CONTRAST")), None
    )
    return contrast is not None and not cues.words("FIRST_PERSON").isdisjoint(norms[contrast + 1 : sentence.span.end])


def _sends_to_someone_else(conversation: Conversation, sentence: Sentence, frame: Cue) -> bool:
    """The frame names who to contact, in its clause ("contact the promoter", "scriva al
    liquidatore"), and it is not the agent's side: no word for them just before the frame ("ci
    chiami", "mi scriva") or after it ("you can call us back", "email it to me", "li chiami io").
    A frame that names nobody ("chiami pure quando vuole", the opener "Senta, …") sends nowhere."""
    norms = sentence.segment.doc.user_data["norms"]
    stop = min(frame.end + _NAME_REACH, sentence.span.end)
    clause_end = next(iter(sentence.breaks_in(frame.end, stop)), stop)
    start = max(frame.start - 1, sentence.span.start)
    cues = conversation.cues
    return cues.words("OUR_PART").isdisjoint(norms[start:clause_end]) and not cues.words("SOMEONE").isdisjoint(
        norms[frame.end : clause_end]
    )


def _known_names(conversation: Conversation) -> frozenset[str]:
    """Capitalised words that name no other organisation: days, months, the call's people and
    the words of the agent's greeting (where the company's own name is said)."""
    cues = conversation.cues
    known = set(cues.words("WEEKDAY") | cues.words("MONTH") | cues.words("TITLE"))
    for field in ("agent_name", "customer_name", "company"):
        known.update(fold(conversation.transcript.get(field) or "").split())
    if conversation.agent_turns:
        known.update(
            token.norm_
            for sentence in conversation.agent_turns[0].sentences
            if sentence.has("greeting")
            for token in sentence.span
        )
    return frozenset(known)


def check_professional_language(conversation: Conversation, criterion: CriterionDefinition) -> Outcome:
    found = [
        sentence
        for sentence in conversation.agent_sentences
        if any(not _a_note_for_the_record(conversation, sentence, cue) for cue in _own(sentence, "unprofessional"))
    ]
    return Outcome(FAIL, found) if found else Outcome(PASS)


def _a_note_for_the_record(conversation: Conversation, sentence: Sentence, cue: Cue) -> bool:
    """ "Already written" into the company's record ("le ho già scritto tutto nella scheda", for the colleague a
    warm transfer goes to): a note for the company's own people, not the customer told the same thing again.
    Opened as a reminder ("Come le ho già scritto nella scheda, …", "As I already wrote in your file") it still is."""
    norms = sentence.segment.doc.user_data["norms"]
    return norms[cue.start] not in conversation.cues.words("AS") and written_into_the_record(
        conversation, sentence, cue
    )

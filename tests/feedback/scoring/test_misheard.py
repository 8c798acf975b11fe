"""A cue phrase Whisper heard with one word misheard ("within free working days", "la sua nata
dinascita") is read as the phrase it sounds like, when the word was heard with some doubt and
the rest of the phrase with confidence; a typed transcript, a word heard for sure, a word that
does not sound like the cue, or a fault (a deflection, an unprofessional word) is never re-read."""

from __future__ import annotations

import os
import subprocess
import sys
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from feedback.scoring.conversation import agent_cues
from feedback.scoring.misheard import ANCHOR_PROBABILITY, LOW_PROBABILITY, SUSPECT_PROBABILITY, reread_transcript
from tests.feedback.scoring.builders import call, recorded, score

ROOT = Path(__file__).resolve().parents[3]

SURE, DOUBTFUL, BARELY = 0.98, (LOW_PROBABILITY + SUSPECT_PROBABILITY) / 2, LOW_PROBABILITY / 2


HOLD_AND_TIME = {
    "en": (
        "A: Good morning, this is Sam, how can I help?",
        "C: My parcel never arrived.",
        "A: May I put you on hold for a moment?",
        "C: Sure.",
        "A: Thanks for {thanks}. The replacement will be sent within {number} working days.",
    ),
    "it": (
        "A: Buongiorno, sono Giulia, come posso aiutarla?",
        "C: Il pacco non è arrivato.",
        "A: Posso metterla in attesa un momento?",
        "C: Certo.",
        "A: Grazie per {thanks}. Le invieremo il pacco entro {number} giorni lavorativi.",
    ),
}
SAID = {"en": {"thanks": "holding", "number": "three"}, "it": {"thanks": "l'attesa", "number": "dieci"}}
MISHEARD = {"en": {"thanks": "folding", "number": "free"}, "it": {"thanks": "l'attesa", "number": "tieci"}}
UNLIKE = {"en": {"thanks": "sitting", "number": "many"}, "it": {"thanks": "l'attesa", "number": "molti"}}


def hold_and_time(language: str, words: dict[str, str]) -> dict[str, Any]:
    lines = [line.format(**words) for line in HOLD_AND_TIME[language]]
    return call(language, *lines)


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_misheard_word_of_a_cue_phrase_is_read_as_the_phrase(language):
    misheard = MISHEARD[language]
    transcript = recorded(hold_and_time(language, misheard), {word: DOUBTFUL for word in misheard.values()})

    result = score(transcript)

    assert criterion_of(result, "commitment_time")["result"] == "pass"
    assert criterion_of(result, "hold_etiquette")["result"] == "pass"


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_evidence_quotes_what_was_heard_and_what_it_was_read_as(language):
    misheard = MISHEARD[language]
    result = score(recorded(hold_and_time(language, misheard), {word: DOUBTFUL for word in misheard.values()}))

    evidence = criterion_of(result, "commitment_time")["evidence"][0]

    assert misheard["number"] in evidence["text"]
    assert SAID[language]["number"] in evidence["read_as"]


@pytest.mark.parametrize("language", ["it", "en"])
@pytest.mark.parametrize("case", ["typed", "heard for sure", "sounds different", "barely heard around it"])
def test_nothing_is_re_read_without_doubt_a_like_sound_and_a_phrase_heard_around_it(language, case):
    words = UNLIKE[language] if case == "sounds different" else MISHEARD[language]
    transcript = hold_and_time(language, words)
    if case == "heard for sure":
        transcript = recorded(transcript, {})
    elif case == "sounds different":
        transcript = recorded(transcript, {word: DOUBTFUL for word in words.values()})
    elif case == "barely heard around it":  # nothing heard with confidence completes the phrase
        transcript = recorded(
            transcript,
            {
                word: BARELY
                for segment in transcript["segments"]
                for word in (w.strip(".,?!") for w in segment["text"].split())
            },
        )

    result = score(transcript)

    assert criterion_of(result, "commitment_time")["result"] in ("fail", "na")
    assert "read_as" not in str(result)


VERIFICATION = {
    "it": (
        "A: Buongiorno, sono Giulia, come posso aiutarla?",
        "C: Non riesco ad accedere.",
        "A: Per sicurezza, mi conferma la sua {datum}?",
        "C: Certo.",
        "A: Grazie, buona giornata.",
    ),
    "en": (
        "A: Good morning, this is Sam, how can I help?",
        "C: I cannot log in.",
        "A: For security, can you confirm your {datum}?",
        "C: Sure.",
        "A: Thanks, goodbye.",
    ),
}
# Words split and misheard ("data di nascita" as "nata dinascita"), one misheard ("birth" as "berth").
DATUM = {"it": ("nata dinascita", "nota di spesa"), "en": ("date of berth", "date of arrival")}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_datum_heard_misheard_or_split_is_asked_for(language):
    heard, other = DATUM[language]

    def verification(datum: str) -> str:
        lines = [line.format(datum=datum) for line in VERIFICATION[language]]
        transcript = recorded(
            call(language, *lines, requires_verification=True), {word: DOUBTFUL for word in datum.split()}
        )
        return criterion_of(score(transcript), "verification")["result"]

    assert verification(heard) == "pass"
    assert verification(other) == "fail"


UNPROFESSIONAL = {"en": "A: Please calm town, sir.", "it": "A: Si calmo, signore."}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_fault_is_never_made_up_from_a_word_that_sounds_like_one(language):
    transcript = recorded(call(language, UNPROFESSIONAL[language]), {"town": DOUBTFUL, "calmo": DOUBTFUL})

    assert criterion_of(score(transcript), "professional_language")["result"] == "pass"


HOLD_WITHOUT_PERMISSION = {
    "en": ("A: Good morning, this is Sam.", "C: Hi.", "A: I'll pop you on old now.", "C: Okay.", "A: Right, done."),
    "it": ("A: Buongiorno, sono Giulia.", "C: Salve.", "A: Ora resti in linia.", "C: Va bene.", "A: Ecco fatto."),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_failure_decided_by_a_re_read_word_is_left_for_review(language):
    doubtful = {"old": DOUBTFUL, "linia": DOUBTFUL}
    item = criterion_of(score(recorded(call(language, *HOLD_WITHOUT_PERMISSION[language]), doubtful)), "hold_etiquette")

    assert item["result"] == "na" and item["review"] is True
    assert ("old" if language == "en" else "linia") in item["message"]


GREETING = {
    "en": ("A: Hi, thanks for calling, Ms. Amy.", "Ms.", "Amy"),
    "it": ("A: Buongiorno, grazie per aver chiamato, fono Giulia.", "fono", "Giulia"),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_agents_own_name_after_a_word_barely_heard_is_an_introduction(language):
    line, lead_in, name = GREETING[language]
    lines, unsure = (line, "C: Hi."), lead_in.strip(".")

    assert verdict("greeting", call(language, *lines, agent_name=name), {unsure: BARELY}) == "pass"
    assert verdict("greeting", call(language, *lines, agent_name=name), {unsure: SURE}) == "fail"
    assert verdict("greeting", call(language, *lines, agent_name=name), None) == "fail"


LEAD_IN_MISHEARD = {
    "en": ("A: Hi, you've reashed {name}, how can I help?", "reashed", "Amy", "Emma"),
    "it": ("A: Buongiorno, assicurazioni Meridiana, le disponde {name}.", "disponde", "Chiara", "Carla"),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_the_agents_own_name_after_a_word_sounding_like_an_introduction_is_one(language):
    """ "le risponde Chiara" heard "le disponde Chiara": the introducing word one sound away, heard
    unsure, before the agent's known name. Heard for sure, typed, or before another name, it is not."""
    line, lead_in, name, other = LEAD_IN_MISHEARD[language]

    def greeting(said: str, probability: float | None) -> str:
        transcript = call(language, line.format(name=said), "C: Hi.", agent_name=name)
        return verdict("greeting", transcript, None if probability is None else {lead_in: probability})

    assert greeting(name, DOUBTFUL) == "pass"
    assert greeting(other, DOUBTFUL) == "fail"
    assert greeting(name, SURE) == "fail"
    assert greeting(name, None) == "fail"


SWAPPED_SHORT_WORD = {
    "en": (
        "A: Okay, I'm just going to put you in hold while I check.",
        "in",
        "A: Okay, I'm going to put you in touch with billing.",
    ),
    "it": (
        "A: Ehm, sollecito il distributore, la metto di attesa.",
        "di",
        "A: Ehm, sollecito il distributore, la metto di buon umore.",
    ),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_set_phrase_heard_with_another_preposition_is_the_phrase(language):
    """ "la metto in attesa" heard "la metto di attesa": the hold is there (without asking, so it
    fails, and the short word does not leave it for review); heard for sure, typed, or before words
    of no set phrase, nothing is read."""
    line, short, unsaid = SWAPPED_SHORT_WORD[language]

    def hold(text: str, probability: float | None) -> str:
        transcript = call(language, *CALLS_OPENING[language], text)
        return verdict("hold_etiquette", transcript, None if probability is None else {short: probability})

    assert hold(line, DOUBTFUL) == "fail"
    assert hold(line, SURE) == "na"
    assert hold(line, None) == "na"
    assert hold(unsaid, DOUBTFUL) == "na"


FUTURE_MISHEARD = {
    "said": "A: Il telefono tornerà a funzionare entro stasera.",
    "heard": "A: Il telefono torneva a funzionare entro stasera.",
    "unlike": "A: Il telefono smetteva di funzionare entro stasera.",
}
# Heard fairly (from ANCHOR_PROBABILITY to SUSPECT_PROBABILITY): words Whisper read right 83 % of the time.
FAIRLY = (ANCHOR_PROBABILITY + SUSPECT_PROBABILITY) / 2


def test_a_promise_in_the_future_heard_one_sound_off_is_the_promise():
    """ "tornerà" heard "torneva": the patterns name the future by its verbs (~@PROMISE&FUTURE), so
    their regular future forms are read too, with the words around heard fairly; a verb that does
    not sound like one, or the same words typed, promise nothing."""
    opening = CALLS_OPENING["it"]
    around = {"telefono": FAIRLY, "a": FAIRLY}

    def commitment(line: str, doubtful: dict[str, float] | None) -> str:
        return verdict("commitment_time", call("it", *opening, line), doubtful)

    assert commitment(FUTURE_MISHEARD["said"], None) == "pass"
    assert commitment(FUTURE_MISHEARD["heard"], {**around, "torneva": DOUBTFUL}) == "pass"
    assert commitment(FUTURE_MISHEARD["heard"], {**around, "torneva": SURE}) == "na"
    assert commitment(FUTURE_MISHEARD["heard"], None) == "na"
    assert commitment(FUTURE_MISHEARD["unlike"], {**around, "smetteva": DOUBTFUL}) == "na"


def test_a_short_word_is_re_read_only_inside_a_phrase_heard_around_it():
    """ "Grazie per averlo a serata": "in serata" would be a time, but the phrase's other word was
    barely heard, and a sure word after it is no part of it."""
    line = "A: Grazie per averlo a serata e buona giornata."
    transcript = recorded(call("it", line), {"averlo": BARELY, "a": DOUBTFUL, "serata": DOUBTFUL})

    assert reread_transcript(transcript, partial(agent_cues, language="it", channel="phone")) is transcript


CALLS_OPENING = {
    "en": ("A: Good morning, this is Sam, how can I help?", "C: My parcel never arrived."),
    "it": ("A: Buongiorno, sono Giulia, come posso aiutarla?", "C: Il pacco non è arrivato."),
}


def verdict(key: str, transcript: dict[str, Any], doubtful: dict[str, float] | None) -> str:
    """The criterion's result on the transcript typed (``doubtful`` None) or recorded."""
    return criterion_of(score(transcript if doubtful is None else recorded(transcript, doubtful)), key)["result"]


def criterion_of(result: dict[str, Any], key: str) -> dict[str, Any]:
    return next(item for item in result["criteria"] if item["key"] == key)


# A promise, and after it a real word one sound from a cue of one word ("good" / EOD, "romani" / domani);
# the near miss: a word of a cue phrase misheard the same way, the rest of the phrase heard.
ONE_WORD_CUE = {
    "en": ("A: I'll send you a new card, that's good.", "good"),
    "it": ("A: Le mando un tecnico, ne parlo coi romani.", "romani"),
}
PHRASE_CUE = {
    "en": ("A: I'll send you a new card within free working days.", "free"),
    "it": ("A: Le mando un tecnico entro tieci giorni lavorativi.", "tieci"),
}


@pytest.mark.parametrize("language", ["it", "en"])
def test_a_word_is_never_read_as_a_cue_of_one_word(language):
    """A cue of one word has no rest heard as said: its sound alone does not tell it from the real
    word heard, which was said (on the held-out recordings "good" read as EOD, "door" as DOB, "soon"
    as noon were all false)."""
    opening = CALLS_OPENING[language]
    (alone, heard), (phrase, misheard) = ONE_WORD_CUE[language], PHRASE_CUE[language]

    assert verdict("commitment_time", call(language, *opening, alone), {heard: DOUBTFUL}) == "fail"
    assert verdict("commitment_time", call(language, *opening, phrase), {misheard: DOUBTFUL}) == "pass"


# A verb form written as the word said the same, where the verb opens its clause ("ha ragione" heard
# "a ragione": Italian never sounds its h); the near miss: the same word after a verb of its clause,
# where it is the word written (the preposition "a", the possessive "your").
HOMOPHONE = {
    "it": [
        ("A: Certo, a ragione, le mando subito un pacco nuovo.", "a", ("ragione",)),
        ("A: Eh, guardi, o sbagliato io, le mando subito un pacco nuovo.", "o", ("sbagliato", "io")),
    ],
    "en": [
        ("A: Oh, your right, I'll send a new one out today.", "your", ("right",)),
        ("A: Well, its awful, I'll send a new one out today.", "its", ("awful",)),
    ],
}
HOMOPHONE_AFTER_A_VERB = {
    "it": "A: Si è lamentata a ragione, le mando subito un pacco nuovo.",
    "en": "A: It's your right to ask, I'll send a new one out today.",
}


@pytest.mark.parametrize(("language", "case"), [(language, case) for language in HOMOPHONE for case in (0, 1)])
def test_a_word_said_as_the_verb_that_opens_its_clause_is_read_as_the_verb(language, case):
    """Whisper chose the spelling, not the sound: heard with doubt before a word of the cue heard with
    confidence, the verb is read and the empathy counts; heard for sure, typed, with the rest of the cue
    barely heard, or after a verb of its own clause, the word is what was written."""
    line, word, rest = HOMOPHONE[language][case]
    opening = CALLS_OPENING[language]

    def empathy(text: str, doubtful: dict[str, float] | None) -> str:
        return verdict("empathy", call(language, *opening, text), doubtful)

    assert empathy(line, {word: DOUBTFUL}) == "pass"
    assert empathy(line, {word: SURE}) == "fail"
    assert empathy(line, None) == "fail"
    assert empathy(line, {word: DOUBTFUL} | dict.fromkeys(rest, BARELY)) == "fail"
    assert empathy(HOMOPHONE_AFTER_A_VERB[language], {word: DOUBTFUL}) == "fail"


# Two readings of "ricevute" (heard unsure) as far from what was heard: "ricevuta" and "ricevete".
TIED_READINGS = """
import json, sys
from functools import partial
from feedback.scoring.conversation import agent_cues
from feedback.scoring.misheard import reread_transcript
from tests.feedback.scoring.builders import call, recorded
transcript = call("it", "A: Buongiorno, sono Laura, come posso aiutarla?", "C: Ho una cartella.",
    "A: Perfetto. Mi concede un paio di minuti? Apro la pratica e guardo le ricevute di trasmissione.")
unsure = {word.strip(".,?!"): 0.85 for segment in transcript["segments"] for word in segment["text"].split()}
heard = reread_transcript(recorded(transcript, unsure), partial(agent_cues, language="it", channel="phone"))
print(heard["segments"][-1]["text"])
"""


def test_a_tie_between_readings_is_broken_alike_in_every_process():
    """Python orders sets of words by a hash seeded anew in every process: a tie left to that order
    made the same recording score one way in one worker and another way in the next."""
    read = {
        subprocess.run(
            [sys.executable, "-c", TIED_READINGS],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(1, 5)
    }
    assert len(read) == 1, read

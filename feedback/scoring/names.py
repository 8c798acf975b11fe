"""Names as they are heard: a recognised word that sounds like a name the transcript knows.

Speech recognition spells an unfamiliar name the way it sounds ("Giulia" → "Julia",
"Galli" → "Gally", "Chiara" → "Kiara"), so a name known from the scenario counts when a
word of the agent's is pronounced the same in the call's language. The comparison is
deliberately strict, because a different name must still fail:

- both words are reduced to how they sound with the spelling rules of the language
  (Italian: "gi"+vowel and "ge/gi" are one sound, "ch" is hard, "gn"/"gli", double
  consonants read once; English: "ph", "th", "ck", "y" and soft/hard "c"); the reduced
  forms must be equal, vowels included, so Paolo/Paola or Rossi/Russo stay apart;
- in English calls, where names are spelled in many ways (Daniel/Danielle, Okafor/Okafur),
  jellyfish's Metaphone codes must agree and the words be nearly the same letters
  (Jaro-Winkler), unless they differ by an Italian-style final vowel;
- a word too short or a common word of the language (an article, a pronoun) never
  stands for a name, and a name split in two ("Gal li") is read as one.

Only names the transcript states (``agent_name``, ``customer_name``) are matched this
way: a name the engine guesses from the text is matched as written. In a recording, a word
the recogniser doubted where a name is said may be two sounds from the known name
(:func:`sounds_close`): after a title ("signora Peco" for Greco), set off as an address
("Thanks, Beclan," for Declan) or after an introducing word ("sono Melisa" for Elisa).
"""

from __future__ import annotations

import importlib
import re
from functools import lru_cache

import jellyfish

from feedback.scoring.nlp import fold

MIN_NAME_LETTERS = 3
MIN_NEAR_SOUND = 4  # a shorter sound is one edit from too many words ("con", "don", "non")
MIN_CLOSE_SOUND = 4
# How alike two English spellings must be, beyond sounding alike (Jaro-Winkler, 0-1):
# Daniel/Danielle 0.95, Anna/Anne 0.88; Marco/Mario 0.91 sound different (Metaphone).
ENGLISH_SPELLING_SIMILARITY = 0.88
_FINAL_VOWELS = frozenset("aoi")  # Paolo/Paola, Federico/Federica: different people

# Spelling → sound, applied in order to a folded word; capitals are sounds already
# decided (K hard c, C soft c, J soft g, S "sh"), which later rules leave alone.
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "it": (
        (r"ph", "f"),
        (r"th", "t"),
        (r"y", "i"),
        (r"w", "v"),
        (r"x", "ks"),
        (r"[qk]", "K"),
        (r"gli(?=[aeou])", "l"),
        (r"gli", "li"),
        (r"gn", "n"),
        (r"sci(?=[aou])", "S"),
        (r"sc(?=[ei])", "S"),
        (r"ch", "K"),
        (r"gh", "g"),
        (r"ci(?=[aou])", "C"),
        (r"c(?=[ei])", "C"),
        (r"c", "K"),
        (r"gi(?=[aou])", "J"),
        (r"g(?=[ei])", "J"),
        (r"j", "J"),
        (r"h", ""),
    ),
    "en": (
        (r"ph", "f"),
        (r"th", "t"),
        (r"ck", "K"),
        (r"y", "i"),
        (r"x", "Ks"),
        (r"[qk]", "K"),
        (r"^kn", "n"),
        (r"^wr", "r"),
        (r"gi(?=[aou])", "J"),
        (r"j", "J"),
        (r"sh", "S"),
        (r"ch", "C"),
        (r"c(?=[ei])", "s"),
        (r"c", "K"),
        (r"h", ""),
    ),
}


@lru_cache(maxsize=10_000)
def sound(word: str, language: str) -> str:
    """How a folded word sounds, written with the language's spelling rules applied once."""
    text = re.sub(r"[^a-z]", "", fold(word))
    for pattern, replacement in _RULES[language]:
        text = re.sub(pattern, replacement, text)
    return re.sub(r"(.)\1+", r"\1", text)


@lru_cache(maxsize=2)
def common_words(language: str) -> frozenset[str]:
    """spaCy's stop words of the language, folded: words too common to stand for anything else."""
    module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    return frozenset(fold(word) for word in module.STOP_WORDS)


@lru_cache(maxsize=100_000)
def sounds_like(heard: str, name: str, language: str) -> bool:
    """Whether the recognised word ``heard`` may be the name part ``name`` misspelt by ear.

    Asked for every word of the agent's until the name is found, and words repeat: cached."""
    heard, name = fold(heard), fold(name)
    if heard == name:
        return True
    if len(heard) < MIN_NAME_LETTERS or len(name) < MIN_NAME_LETTERS or not heard.isalpha():
        return False
    if heard in common_words(language):
        return False
    if sound(heard, language) == sound(name, language):
        return True
    return (
        language == "en"
        and jellyfish.metaphone(heard) == jellyfish.metaphone(name)
        and jellyfish.jaro_winkler_similarity(heard, name) >= ENGLISH_SPELLING_SIMILARITY
        and not (heard[-1] != name[-1] and {heard[-1], name[-1]} <= _FINAL_VOWELS)
    )


def sounds_near(heard: str, words: frozenset[str], language: str) -> bool:
    """Whether a recognised word sounds like one of ``words`` (set words, not names), or one
    sound edit from one of :data:`MIN_NEAR_SOUND` sounds or more ("disponde" / "risponde"):
    a word of a set phrase misheard, for the callers that know which phrase to expect."""
    heard_sound = sound(heard, language)
    return len(heard_sound) >= MIN_NEAR_SOUND and any(
        jellyfish.levenshtein_distance(heard_sound, sound(word, language)) <= 1
        for word in words
        if len(sound(word, language)) >= MIN_NEAR_SOUND
    )


def sounds_close(heard: str, name: str, language: str, *, common_too: bool = False) -> bool:
    """Whether a word heard unsure where a name is expected (after a title) may be the known name
    part: sounds of :data:`MIN_CLOSE_SOUND` letters or more, at most two edits apart, ending the
    same ("Peco" / "Greco"; not "Rossi" / "Greco", nor "Paola" / "Paolo"). Looser than
    :func:`sounds_like`, so only for a word the recogniser doubted, in the place of a name; a
    common word only with ``common_too``, for a word it barely heard ("sono bene" for Irene)."""
    heard_sound, name_sound = sound(heard, language), sound(name, language)
    return (
        min(len(heard_sound), len(name_sound)) >= MIN_CLOSE_SOUND
        and (common_too or fold(heard) not in common_words(language))
        and heard_sound[-1] == name_sound[-1]
        and jellyfish.levenshtein_distance(heard_sound, name_sound) <= 2
    )


def name_heard_at(norms: list[str], position: int, parts: set[str], language: str) -> int:
    """How many words from ``position`` on say one of the name ``parts`` (0: none, 2: a name heard in two pieces)."""
    word = norms[position]
    if any(sounds_like(word, part, language) for part in parts):
        return 1
    if position + 1 < len(norms) and word.isalpha() and norms[position + 1].isalpha():
        joined = word + norms[position + 1]
        if any(len(part) > len(word) and sounds_like(joined, part, language) for part in parts):
            return 2
    return 0

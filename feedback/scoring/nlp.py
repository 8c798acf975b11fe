"""spaCy pipelines of the engine, loaded once per process.

No trained Italian pipeline is on PyPI, so both languages use a blank
pipeline with a sentencizer. Two attributes are rewritten on every token so
that cue patterns stay short and readable:

- ``NORM``: lower case without accents ("perché" → "perche"), with elided and
  contracted forms spelled out ("com'" → "come", "n't" → "not", "'ll" → "will").
- ``LEMMA``: the lemma from ``simplemma``. On the 51 Italian verb forms the cues
  rely on (``benchmarks/score_speed.py --lemmas``) simplemma gets 46 right and
  spaCy's ``spacy-lookups-data`` table 41, the latter mapping "capito" → capitare,
  "entro" → entrare, "tornano" → tornire, "linea" → lineare; both cost under a
  microsecond a word, and every word is looked up once per process here.
  Italian forms simplemma does not know are retried as a future tense, without
  a "ri" prefix or an enclitic pronoun ("provvederemo" → provvedere,
  "ricontatterà" → ricontattare, "farle" → fare), after a clitic as a verb
  ("la richiamo" → richiamare), and without a misplaced accent. A feminine or
  plural participle simplemma reads as an adjective ("lavorata" → lavorato) is
  read once more, to its verb ("lavorare"): "sarà lavorata" is the verb's passive.
- Typed Italian often writes an accent as an apostrophe ("e'", "da'", "piu'",
  "perche'"): the word and its apostrophe stay one token, read as the accented
  word, and the apostrophe is never taken for a quotation mark.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache

import simplemma


def _import_spacy_without_torch() -> None:
    # thinc imports torch when it is installed (≈3 s), though blank pipelines never
    # use it; hide torch during spaCy's import unless someone already loaded it.
    if "torch" in sys.modules:
        return
    sys.modules["torch"] = None  # type: ignore[assignment]
    try:
        import spacy  # noqa: F401
    finally:
        del sys.modules["torch"]


_import_spacy_without_torch()

import numpy  # noqa: E402
import spacy  # noqa: E402
from spacy.attrs import LEMMA, NORM, ORTH, SENT_START  # noqa: E402
from spacy.language import Language  # noqa: E402
from spacy.matcher import PhraseMatcher  # noqa: E402
from spacy.tokens import Doc  # noqa: E402

# Elided or contracted forms whose full spelling the cue patterns use.
_NORM_FORMS = {
    "it": {
        "com'": "come",
        "cos'": "cosa",
        "dov'": "dove",
        "quand'": "quando",
        "dev'": "deve",
        "c'": "ci",
        "qualcos'": "qualcosa",
        "nient'": "niente",
        "un'": "una",
        "gliel'": "glielo",
        "d'": "di",
        "po'": "poco",
        "quest'": "questo",
        "quell'": "quello",
        "nessun'": "nessuna",
        "tutt'": "tutto",
        "mezz'": "mezza",
        "qual'": "qual",
        "anch'": "anche",
    },
    "en": {
        "n't": "not",
        "'m": "am",
        "'re": "are",
        "'ll": "will",
        "'ve": "have",
        "'d": "would",
        "wo": "will",
        "ca": "can",
        "'em": "them",  # "give 'em a ring", as speech recognition often writes it
        "em": "them",
    },
}
# Spoken contractions the tokenizer splits into two pieces that are no words ("gonna" → "gon" + "na"): each piece
# reads as the word said ("you're gonna want to call them" as "you are going to want to call them").
# Keyed by the second piece, then the first (the second piece is rare: one look-up a token).
_SPLIT_CONTRACTIONS: dict[str, dict[str, dict[str, tuple[str, str]]]] = {
    "it": {},
    "en": {"na": {"gon": ("going", "to"), "wan": ("want", "to")}, "ta": {"got": ("got", "to")}},
}
# Abbreviations the sentencizer must not end a sentence on.
_ABBREVIATIONS = {
    "it": [
        "sig.",
        "Sig.",
        "sig.ra",
        "Sig.ra",
        "sigg.",
        "dott.",
        "Dott.",
        "dott.ssa",
        "Dott.ssa",
        "avv.",
        "ing.",
        "ecc.",
        "n.",
        "nr.",
    ],
    "en": ["Mr.", "Mrs.", "Ms.", "Dr.", "St.", "No.", "no.", "approx.", "etc."],
}
_ELIDED_CLITICS = (
    "glielo",
    "gliela",
    "gliele",
    "glieli",
    "gliene",
    "mi",
    "ti",
    "ci",
    "vi",
    "si",
    "lo",
    "la",
    "li",
    "le",
    "gli",
    "ne",
)


# Words whose accent typed Italian writes as an apostrophe ("e'" for "è", "da'" for "dà"). Only
# these: a word ending a quotation ('…la lettera') keeps its apostrophe as the closing mark.
_ACCENT_APOSTROPHE = re.compile(
    r"^(e|da|fa|sta|va|di|piu|gia|puo|pero|cosi|cioe|perche|poiche|finche|affinche|benche|nonche|"
    r"sara|verra|potra|dovra|fara|dara|andra|avra|lunedi|martedi|mercoledi|giovedi|venerdi)'$"
)


_GRAVE = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}


def fold(text: str) -> str:
    """Lower case without accents: matching must ignore both (spec)."""
    decomposed = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@lru_cache(maxsize=50_000)
def lemma(word: str, language: str) -> str:
    """The folded lemma of a lower-case word form (accents as written first, then without)."""
    found = simplemma.lemmatize(word, lang=language)
    if language == "it" and found != word and _MASCULINE_PARTICIPLE.search(found):
        verb = simplemma.lemmatize(found, lang=language)
        if verb.endswith(("are", "ere", "ire")):
            found = verb  # "lavorata" → lavorato → lavorare
    if found == word and not simplemma.is_known(word, lang=language):
        if language == "it":
            found = _italian_fallback(word)
        if found == word and fold(word) != word:  # a misplaced accent ("dispiàce") must not hide the lemma
            return lemma(fold(word), language)
    return fold(found)


_MASCULINE_PARTICIPLE = re.compile(r"(at|ut|it|s|tt|rt|st|nt)o$")
_ITALIAN_FUTURE = re.compile(r"^(?P<stem>.{2,})(?P<vowel>[ei])r(ò|ai|à|emo|ete|anno)$")


def _italian_fallback(word: str) -> str:
    future = _ITALIAN_FUTURE.match(word)
    if future:  # "provvederemo" → provvedere, "ricontatterà" → ricontattare
        stem = future.group("stem")
        endings = ("are", "ere") if future.group("vowel") == "e" else ("ire",)
        for infinitive in (stem + ending for ending in endings):
            base = infinitive[2:] if infinitive.startswith("ri") else infinitive
            if simplemma.is_known(infinitive, lang="it") or simplemma.is_known(base, lang="it"):
                return infinitive
    if word.startswith("ri") and len(word) > 6:
        base = simplemma.lemmatize(word[2:], lang="it")
        if base != word[2:]:
            return "ri" + base
    for clitic in _ELIDED_CLITICS:
        stem = word[: -len(clitic)]
        if word.endswith(clitic) and len(stem) >= 3 and stem.endswith(("ar", "er", "ir")):
            return stem + "e"
    return word


_ITALIAN_CLITICS = frozenset(
    {
        "la",
        "le",
        "lo",
        "li",
        "gli",
        "ti",
        "vi",
        "ci",
        "mi",
        "ce",
        "ve",
        "me",
        "te",
        "ne",
        "glielo",
        "gliela",
        "glieli",
        "gliele",
    }
)


# Clitics that are never an article: after them a third-person form is a verb too ("mi conferma",
# "ci legge"), where after "la" it may be a noun ("la conferma", "la legge").
_DATIVE_CLITICS = _ITALIAN_CLITICS - {"la", "le", "lo", "li"}
_FIRST_PERSON = {"iamo": ("are", "ere", "ire"), "o": ("are", "ere", "ire")}
_THIRD_PERSON = {**_FIRST_PERSON, "a": ("are",), "e": ("ere", "ire")}


@lru_cache(maxsize=10_000)
def _italian_verb(word: str, third_person: bool = False) -> str:
    """The infinitive of a present form simplemma only knows as a noun: first person ("richiamo")
    after any clitic, third person too ("conferma", "legge") after one that is no article."""
    for ending, infinitives in (_THIRD_PERSON if third_person else _FIRST_PERSON).items():
        if word.endswith(ending):
            stem = word[: -len(ending)]
            for infinitive in (stem + verb_ending for verb_ending in infinitives):
                base = infinitive[2:] if infinitive.startswith("ri") else infinitive
                if simplemma.is_known(infinitive, lang="it") or simplemma.is_known(base, lang="it"):
                    return infinitive
    return word


@lru_cache(maxsize=100_000)
def _analyse_word(text: str, language: str) -> tuple[str, str, bool, int, int]:
    """(norm, lemma, is punctuation, norm hash, lemma hash) of a token text, before looking at its neighbours."""
    lowered = text.lower()
    folded = fold(lowered)
    forms = _NORM_FORMS[language]
    word = text.isalpha() or folded in forms  # "dev'" is "deve", lemma dovere
    if language == "it" and folded.endswith("'") and _ACCENT_APOSTROPHE.match(folded):
        folded, lowered, word = folded[:-1], folded[:-2] + _GRAVE[folded[-2]], True  # "e'" is "è", "da'" is "dà"
    norm = forms.get(folded, folded)
    # Lemmatise before folding: "ricontatterà" is a known future form, "ricontattera" is not.
    found = lemma(forms.get(folded, lowered), language) if word else norm
    strings = pipeline(language).vocab.strings
    return norm, found, not any(char.isalnum() for char in text), strings.add(norm), strings.add(found)


@Language.component("academy_norms")
def _set_norms_and_lemmas(doc: Doc) -> Doc:
    strings = doc.vocab.strings
    texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()]
    norms, lemmas, punctuation, hashes = [], [], [], []
    previous = ""
    contractions = _SPLIT_CONTRACTIONS[doc.lang_]
    for text in texts:
        norm, found, is_punct, norm_hash, lemma_hash = _analyse_word(text, doc.lang_)
        if found == norm and previous in _ITALIAN_CLITICS and doc.lang_ == "it":
            found = _italian_verb(norm, previous in _DATIVE_CLITICS)  # "la richiamo", "mi conferma": a verb
            lemma_hash = strings.add(found)
        after = contractions.get(norm)
        spelled = after.get(norms[-1]) if after and norms else None
        if spelled:
            first, norm = spelled
            norms[-1], lemmas[-1] = first, lemma(first, doc.lang_)
            hashes[-1] = (strings.add(first), strings.add(lemmas[-1]))
            found = lemma(norm, doc.lang_)
            norm_hash, lemma_hash = strings.add(norm), strings.add(found)
        norms.append(norm)
        lemmas.append(found)
        punctuation.append(is_punct)
        hashes.append((norm_hash, lemma_hash))
        previous = norm
    if texts:
        doc.from_array([NORM, LEMMA], numpy.array(hashes, dtype="uint64"))
    # Plain lists for the cue matcher and the checks: reading them back token by token costs
    # more than the matching itself.
    doc.user_data["norms"], doc.user_data["lemmas"], doc.user_data["punct"] = norms, lemmas, punctuation
    return doc


_PIPELINES: dict[str, Language] = {}


def pipeline(language: str) -> Language:
    """The blank `it`/`en` pipeline with sentencizer and our norms; built on first use."""
    nlp = _PIPELINES.get(language)
    if nlp is None:
        nlp = spacy.blank(language)
        for abbreviation in _ABBREVIATIONS[language]:
            nlp.tokenizer.add_special_case(abbreviation, [{ORTH: abbreviation}])
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("academy_norms")
        _PIPELINES[language] = nlp
    return nlp


def new_phrase_matcher(language: str) -> PhraseMatcher:
    """An empty lemma PhraseMatcher on the language's vocabulary (only this module imports spaCy; see above)."""
    return PhraseMatcher(pipeline(language).vocab, attr="LEMMA")


def parse(texts: list[str], language: str) -> list[Doc]:
    """Tokenise, split and normalise short texts (cue phrases) in one pass of the pipeline."""
    return list(pipeline(language).pipe(text.replace("’", "'") for text in texts))


@lru_cache(maxsize=100_000)
def _chunk_tokens(chunk: str, language: str) -> tuple[str, ...]:
    """The tokens spaCy's tokenizer makes of one whitespace-free chunk.

    Remembered per chunk because spaCy stops caching for the rest of a text once
    it met a special case, and English text meets one at its first "I'm": the
    tokenizer then took 8 ms of a 1,500-word call, this takes under 1 ms.
    """
    pieces = [token.text for token in pipeline(language).tokenizer(chunk)]
    if language == "en":
        # spaCy splits "'ll" off pronouns only ("we'll"); said after any word ("somebody'll call you", "the
        # driver'll ring") it is the same "will".
        pieces = [part for piece in pieces for part in _split_will(piece)]
    if language == "it" and "'" in pieces[1:]:
        # "da'" was split into "da" + "'": an accent typed as an apostrophe, one word again.
        for index in range(len(pieces) - 1, 0, -1):
            if pieces[index] == "'" and _ACCENT_APOSTROPHE.match(fold(pieces[index - 1]) + "'"):
                pieces[index - 1 : index + 1] = [pieces[index - 1] + "'"]
    return tuple(pieces)


def _split_will(piece: str) -> tuple[str, ...]:
    """ "somebody'll" as "somebody" + "'ll"; any other piece as it is."""
    if len(piece) > len("'ll") and piece[-3:].lower() == "'ll" and piece[:-3].isalpha():
        return piece[:-3], piece[-3:]
    return (piece,)


def token_forms(text: str, language: str) -> tuple[set[str], set[str]]:
    """The NORMs and LEMMAs of a text's tokens, without building a Doc: a quick look at
    which cue patterns a text could hold (``Pattern.could_match``) before parsing it."""
    norms: set[str] = set()
    lemmas: set[str] = set()
    contractions = _SPLIT_CONTRACTIONS[language]
    for chunk in text.replace("’", "'").split():
        pieces = _chunk_tokens(chunk, language)
        for piece in pieces:
            norm, found, *_ = _analyse_word(piece, language)
            norms.add(norm)
            lemmas.add(found)
        for first, second in zip(pieces, pieces[1:]):
            for word in contractions.get(second.lower(), {}).get(first.lower(), ()):
                norms.add(word)
                lemmas.add(lemma(word, language))
    return norms, lemmas


def parse_turns(texts: list[str], language: str) -> tuple[Doc, list[tuple[int, int]]]:
    """One Doc for a whole conversation, each text starting a sentence; and each text's token range.

    One Doc rather than one per segment: the per-Doc overhead of spaCy dominated
    the scoring time of long calls. Texts are single-spaced (transcripts.py).
    """
    nlp = pipeline(language)
    words: list[str] = []
    spaces: list[bool] = []
    bounds = []
    for text in texts:
        bounds.append(len(words))
        for chunk in text.replace("’", "'").split():
            pieces = _chunk_tokens(chunk, language)
            words.extend(pieces)
            spaces.extend([False] * (len(pieces) - 1) + [True])
    if spaces:
        spaces[-1] = False
    bounds.append(len(words))
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    sentence_starts = numpy.zeros((len(doc), 1), dtype="uint64")  # 0: left to the sentencizer
    sentence_starts[bounds[:-1], 0] = 1
    if len(doc):
        doc.from_array([SENT_START], sentence_starts)
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc, list(zip(bounds, bounds[1:]))

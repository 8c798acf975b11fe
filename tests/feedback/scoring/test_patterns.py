"""The cue notation and its matcher, and the readings every cue shares: lemmas, accents, negation."""

import pytest

from feedback.scoring.conversation import conversation_from_transcript
from feedback.scoring.nlp import lemma, parse
from feedback.scoring.patterns import CueMatcher, PatternError, compile_pattern
from feedback.scoring.transcripts import transcript_from_dict

SETS = {"UNIT": frozenset({"ore", "giorni"})}


def matches(source: str, text: str, language: str = "it") -> list[str]:
    doc = parse([text], language)[0]
    matcher = CueMatcher([compile_pattern("cue", source, SETS, {"FUTURE": r"ra$"}, r"^(\d+|due|tre)$")])
    norms, lemmas = doc.user_data["norms"], doc.user_data["lemmas"]
    starts = [token.is_sent_start for token in doc]
    return [doc[start:end].text for _, start, end in matcher(norms, lemmas, starts, 0, len(doc))]


@pytest.mark.parametrize(
    ("source", "text", "found"),
    [
        ("entro # @UNIT", "La richiamo entro due ore.", ["entro due ore"]),
        ("entro # @UNIT", "La richiamo entro qualche ora.", []),
        ("~capire", "Capiamo bene.", ["Capiamo"]),
        ("~contattare&FUTURE", "La contatterà domani, l'ho contattata ieri.", ["contatterà"]),
        ("perche", "Perché?", ["Perché"]),
        ("mi _{0,2} dispiace", "Mi spiace, mi davvero tanto dispiace.", ["mi davvero tanto dispiace"]),
        ("^grazie", "Sì, grazie. Grazie a lei.", ["Grazie"]),
        ("<!per ora", "Ora la richiamo, per ora no.", ["Ora"]),
        ("non !si capisco", "Non lo capisco, non si capisco.", ["Non lo capisco"]),
    ],
)
def test_notation(source, text, found):
    assert matches(source, text) == found


@pytest.mark.parametrize("source", ["_? grazie", "@NOPE", "~fare&NOPE", "entro #|domani", "alle mezzogiorno|re:^\\d+$"])
def test_malformed_patterns_are_refused(source):
    with pytest.raises(PatternError):
        compile_pattern("cue", source, SETS, {}, r"^\d+$")


@pytest.mark.parametrize(
    ("source", "text", "found"),
    [
        # A trailing quantifier binds to the whole spec, all its alternatives: "(stato|stata)?".
        ("e stato|stata? difficile", "È stata difficile. È difficile.", ["È stata difficile", "È difficile"]),
        ("grazie mille|tante?", "Grazie mille. Grazie.", ["Grazie mille", "Grazie"]),
        (
            "lo !non|mai{0,2} capisco",
            "Lo capisco, lo davvero capisco, lo non capisco.",
            ["Lo capisco", "lo davvero capisco"],
        ),
        ("mi _{2} dispiace", "Mi dispiace, mi davvero tanto dispiace.", ["mi davvero tanto dispiace"]),
        # ~ and ! bind to every alternative.
        ("~mettere|porre in attesa", "La metto in attesa, la pongo in attesa.", ["metto in attesa", "pongo in attesa"]),
        # A question mark is a word as a lone spec or an alternative that is not the last.
        ("altro ?|.", "Altro? Altro.", ["Altro?", "Altro."]),
        ("altro ?", "Altro?", ["Altro?"]),
    ],
)
def test_operators_bind_as_documented(source, text, found):
    assert matches(source, text) == found


@pytest.mark.parametrize(
    ("source", "text", "found"),
    [
        # A regex runs to the end of its word: its ?, *, + and {m,n} are the regex's own, never the quantifier.
        ("re:^\\d{2,3}", "Il codice è 12.", ["12"]),
        ("re:^\\d{2,3}$", "Il codice è 1234 o 123.", ["123"]),
        ("re:^ok?", "Ok, o no.", ["Ok", "o"]),
        ("re:^gra+", "Grazie.", ["Grazie"]),
        ("re:^gr.*", "Grazie.", ["Grazie"]),
        ("^re:^gr", "Grazie, grazie.", ["Grazie"]),
    ],
)
def test_a_regex_is_never_read_as_a_quantifier(source, text, found):
    assert matches(source, text) == found


@pytest.mark.parametrize(
    ("source", "reason"),
    [
        (".|!|?", "empty alternative"),  # the trailing ? is the quantifier: write "?|.|!"
        ("grazie||prego", "empty alternative"),
        ("grazie|", "empty alternative"),
        ("grazie?|prego", "quantifier"),  # a quantifier binds to the whole spec, at its end
        ("capire|~comprendere", "~"),
        ("grazie|!prego", "!"),
        ("grazie|^prego", "^"),
        ("grazie|_", "_"),
        ("grazie&FUTURE", "&"),
        ("~fare&", "word form"),
        ("mi _{2,x} dispiace", "{"),
        ("mi _{3,1} dispiace", "{3,1}"),
        ("mi _{0,0} dispiace", "{0,0}"),
        ("grazie <!per", "<!"),
        ("<!per|ora? grazie", "quantifier"),
        ("grazie re:(", "regular expression"),
    ],
)
def test_malformed_specs_name_the_cue_and_the_spec(source, reason):
    with pytest.raises(PatternError) as error:
        compile_pattern("thanks", source, SETS, {"FUTURE": r"ra$"}, r"^\d+$")
    assert "thanks" in str(error.value) and repr(source) in str(error.value) and reason in str(error.value)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("capito", "capire"),
        ("capiamo", "capire"),
        ("entro", "entro"),
        ("tornano", "tornare"),
        ("ricontatterà", "ricontattare"),
        ("provvederemo", "provvedere"),
        ("metterla", "mettere"),
    ],
)
def test_italian_lemmas_of_the_verbs_cues_rely_on(word, expected):
    assert lemma(word, "it") == expected


def test_a_verb_after_a_clitic_pronoun_is_lemmatised_as_a_verb():
    doc = parse(["La richiamo domani. Il richiamo del prodotto."], "it")[0]
    assert [token.lemma_ for token in doc if token.norm_ == "richiamo"] == ["richiamare", "richiamo"]


def counts(language: str, text: str, label: str) -> bool:
    """Whether some sentence of an agent segment `text` has the cue, not negated."""
    transcript = transcript_from_dict(
        {"language": language, "channel": "phone", "segments": [{"speaker": "agent", "text": text}]}
    )
    return any(sentence.has(label) for sentence in conversation_from_transcript(transcript).sentences)


@pytest.mark.parametrize(
    ("language", "text", "empathy"),
    [
        ("it", "Non capisco cosa intende.", False),
        ("it", "Non le nascondo che capisco.", True),  # the negator is four tokens away
        ("it", "Non si preoccupi, capisco.", True),  # a comma closes the negation
        ("en", "I don't understand why.", False),
        ("en", "I do not really understand.", False),
        ("en", "No problem, I understand.", True),
    ],
)
def test_a_cue_is_negated_by_a_negator_within_three_tokens_in_its_clause(language, text, empathy):
    assert counts(language, text, "empathy") is empathy


def test_a_pattern_never_spans_two_sentences():
    assert counts("it", "Grazie per l'attesa.", "hold_thanks")
    assert not counts("it", "Grazie. Ecco, ora è in attesa.", "hold_thanks")


def test_matching_ignores_case_and_accents():
    assert counts("it", "PERCHÉ NON MI HA CHIAMATO? mi dispiàce", "empathy")
    assert counts("it", "MI DISPIACE", "empathy")

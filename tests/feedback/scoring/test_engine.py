"""The score result as a whole: formula, critical failures, rubric edits, trainers' extra cues."""

from feedback.scoring import score_transcript
from feedback.scoring.defaults import default_rubric_definition
from tests.feedback.scoring.builders import call, thread

GOOD_CALL = call(
    "it",
    "A: Buongiorno, sono Laura di TeleNova, come posso aiutarla?",
    "C: Buongiorno, sono Paola Neri, internet non funziona da ieri.",
    "A: Mi dispiace, signora Neri. Cosa vede sul modem?",
    "C: Una luce rossa.",
    "A: Il tecnico la richiamerà entro le 18 di oggi. C'è altro in cui posso aiutarla?",
    "C: No, grazie.",
    "A: Grazie a lei, buona giornata.",
    agent_name="Laura",
)


def test_score_counts_pass_and_fail_weights_and_leaves_na_out():
    result = score_transcript(GOOD_CALL, default_rubric_definition("phone"))
    results = {item["key"]: item["result"] for item in result["criteria"]}
    assert set(results.values()) == {"pass", "na"}
    assert result["score"] == 100.0 and result["passed"] is True and result["critical_failure"] is False
    assert result["rubric"] == "phone" and result["language"] == "it"


def test_a_critical_failure_fails_the_attempt_whatever_the_score():
    deflecting = {
        **GOOD_CALL,
        "segments": GOOD_CALL["segments"]
        + [
            {"speaker": "customer", "text": "E la bolletta?"},
            {"speaker": "agent", "text": "Per quello deve chiamare l'ufficio fatture. Grazie, arrivederci."},
        ],
    }
    result = score_transcript(deflecting, default_rubric_definition("phone"))
    assert result["critical_failure"] is True and result["passed"] is False
    assert result["score"] == round(100 * 70 / 85, 1)  # above the pass mark: only ownership (15) fails


def test_disabled_criteria_are_left_out_and_weights_and_pass_mark_come_from_the_rubric():
    rubric = default_rubric_definition("phone")
    rubric.criterion("ownership").enabled = False
    rubric.criterion("greeting").weight = 40
    rubric.pass_mark = 95
    transcript = {
        **GOOD_CALL,
        "segments": [{"speaker": "agent", "text": "Pronto, mi dica."}] + GOOD_CALL["segments"][1:],
    }
    result = score_transcript(transcript, rubric)
    assert "ownership" not in {item["key"] for item in result["criteria"]}
    assert result["score"] == 60.0 and result["passed"] is False  # greeting fails: 60 of 100


def test_thresholds_come_from_the_rubric_params():
    transcript = thread("en", "[0] C pub: Hi", "[200] A pub: Hi Kate, we're on it. ^LM")
    rubric = default_rubric_definition("social")
    rubric.criterion("response_time").params["max_seconds"] = 120
    result = score_transcript(transcript, rubric)
    assert next(item for item in result["criteria"] if item["key"] == "response_time")["result"] == "fail"


def test_trainers_extra_cues_count_in_their_language_with_every_inflection():
    transcript = call("it", "C: Il pacco non è arrivato.", "A: Accidenti, che sfortuna.")
    rubric = default_rubric_definition("phone")
    before = score_transcript(transcript, rubric)
    rubric.criterion("empathy").extra_cues = {"it": ["che sfortune"], "en": []}
    after = score_transcript(transcript, rubric)
    english_only = default_rubric_definition("phone")
    english_only.criterion("empathy").extra_cues = {"it": [], "en": ["che sfortuna"]}

    def empathy(result):
        return next(item for item in result["criteria"] if item["key"] == "empathy")["result"]

    assert (empathy(before), empathy(after), empathy(score_transcript(transcript, english_only))) == (
        "fail",
        "pass",
        "fail",
    )


def test_every_criterion_has_a_message_in_the_transcript_language():
    result = score_transcript(GOOD_CALL, default_rubric_definition("phone"))
    assert all(item["message"] for item in result["criteria"])
    assert next(item for item in result["criteria"] if item["key"] == "empathy")["label"] == "Empatia"


def test_both_languages_word_every_outcome_of_every_criterion():
    from feedback.scoring.messages import en, it
    from feedback.scoring.rubric import CRITERION_KEYS

    keys = set(CRITERION_KEYS["phone"]) | set(CRITERION_KEYS["social"])
    assert set(it.MESSAGES) == set(en.MESSAGES) == keys
    for key in keys:
        assert set(it.MESSAGES[key]) == set(en.MESSAGES[key]), key


def test_extra_greetings_count_on_both_channels():
    def greeting(transcript, extra):
        rubric = default_rubric_definition(transcript["channel"])
        rubric.criterion("greeting").extra_cues = {"it": extra, "en": []}
        return next(item for item in score_transcript(transcript, rubric)["criteria"] if item["key"] == "greeting")

    social = thread("it", "C pub: Aiuto", "A pub: Bentornata Anna, verifichiamo. ^GT")
    phone = call("it", "A: Bentornata, sono Laura.", agent_name="Laura")
    assert greeting(social, [])["result"] == greeting(phone, [])["result"] == "fail"
    assert greeting(social, ["bentornata"])["result"] == greeting(phone, ["bentornata"])["result"] == "pass"

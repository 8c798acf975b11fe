"""Scorecards built the way the product builds them: a real transcript scored by the real
engine through feedback.reports.services.scorecard_create."""

import copy

import factory

from feedback.reports.models import Scorecard
from feedback.reports.services import scorecard_create, scorecard_submit
from tests.factories import AgentFactory


def _segments(turns: list[tuple[str, float, float, str]]) -> list[dict]:
    return [{"speaker": speaker, "start": start, "end": end, "text": text} for speaker, start, end, text in turns]


# A billing call: greeted with a name, empathetic, verified, asked an open question; but the
# agent deflects ("non è di mia competenza") and promises only "al più presto".
PHONE_CALLS = {
    "it": {
        "language": "it",
        "channel": "phone",
        "agent_name": "Laura",
        "customer_name": "Mario Rossi",
        "requires_verification": True,
        "duration": 96.0,
        "segments": _segments(
            [
                ("agent", 0.0, 4.0, "Buongiorno, sono Laura di Telco Italia, come posso aiutarla?"),
                (
                    "customer",
                    4.8,
                    12.0,
                    "Buongiorno, sono Mario Rossi. Mi avete addebitato due volte la bolletta di marzo.",
                ),
                (
                    "agent",
                    12.8,
                    21.0,
                    "Mi dispiace molto per il disagio, signor Rossi. Per sicurezza mi conferma il suo codice cliente?",
                ),
                ("customer", 21.8, 25.0, "Sì, è il 4 4 7 1 2."),
                ("agent", 25.8, 33.0, "Grazie. Come si è accorto del doppio addebito e quando è comparso sul conto?"),
                (
                    "customer",
                    33.8,
                    42.0,
                    "L'ho visto ieri sull'estratto conto della banca, due addebiti uguali lo stesso giorno.",
                ),
                (
                    "agent",
                    42.8,
                    55.0,
                    "Purtroppo i rimborsi non sono di mia competenza, deve chiamare un altro numero per l'ufficio amministrativo.",
                ),
                ("customer", 55.8, 60.0, "Ma non può fare niente lei?"),
                (
                    "agent",
                    60.8,
                    72.0,
                    "Apro comunque una segnalazione e la richiamo al più presto per aggiornarla sulla pratica.",
                ),
                ("customer", 72.8, 75.0, "Va bene, grazie."),
                ("agent", 75.8, 81.0, "C'è altro in cui posso aiutarla?"),
                ("customer", 81.8, 84.0, "No, nient'altro."),
                ("agent", 84.8, 90.0, "Grazie per aver chiamato, buona giornata."),
            ]
        ),
    },
    "en": {
        "language": "en",
        "channel": "phone",
        "agent_name": "Emma",
        "customer_name": "John Baker",
        "requires_verification": True,
        "duration": 96.0,
        "segments": _segments(
            [
                ("agent", 0.0, 4.0, "Good morning, my name is Emma from Telco UK, how can I help you?"),
                ("customer", 4.8, 12.0, "Hi, this is John Baker. You charged me twice for the March bill."),
                (
                    "agent",
                    12.8,
                    21.0,
                    "I'm sorry to hear that, Mr Baker. For security, can you confirm your account number?",
                ),
                ("customer", 21.8, 25.0, "Yes, it is 4 4 7 1 2."),
                ("agent", 25.8, 33.0, "Thank you. How did you notice the double charge and when did it appear?"),
                (
                    "customer",
                    33.8,
                    42.0,
                    "I saw it yesterday on my bank statement, two identical charges on the same day.",
                ),
                (
                    "agent",
                    42.8,
                    55.0,
                    "Refunds are not my department, you'll have to call another department for that.",
                ),
                ("customer", 55.8, 60.0, "Can't you do anything yourself?"),
                (
                    "agent",
                    60.8,
                    72.0,
                    "I'll open a note on your account and we'll call you back as soon as possible with an update.",
                ),
                ("customer", 72.8, 75.0, "Fine, thanks."),
                ("agent", 75.8, 81.0, "Is there anything else I can help you with?"),
                ("customer", 81.8, 84.0, "No, that's all."),
                ("agent", 84.8, 90.0, "Thank you for calling, have a nice day."),
            ]
        ),
    },
}


def phone_call(language: str = "it") -> dict:
    return copy.deepcopy(PHONE_CALLS[language])


def barely_heard(transcript: dict, *, speaker: str = "agent", probability: float = 0.1) -> dict:
    """The transcript as a recogniser unsure of every word of ``speaker`` would give it."""
    for segment in transcript["segments"]:
        if segment["speaker"] == speaker:
            segment["words"] = [
                {"word": word, "start": segment["start"], "end": segment["start"], "probability": probability}
                for word in segment["text"].split()
            ]
    return transcript


class ScorecardFactory(factory.Factory):
    """`ScorecardFactory(agent=…, transcript=phone_call("en"))` scores through the real service;
    `submitted=True` has the agent submit it for review (before that it is theirs alone)."""

    class Meta:
        model = Scorecard

    agent = factory.SubFactory(AgentFactory)
    transcript = factory.LazyFunction(phone_call)
    title = factory.Sequence(lambda n: f"Bolletta contestata {n}")
    context = "Practice"

    @classmethod
    def _create(cls, model_class, submitted: bool = False, **kwargs) -> Scorecard:
        scorecard = scorecard_create(**kwargs)
        return scorecard_submit(scorecard=scorecard, user=scorecard.agent) if submitted else scorecard

    _build = _create


def completed_enrolment(agent, *, title: str = "Ownership on the phone"):
    """`agent` completed a one-lesson course in the English catalogue."""
    from django.utils import timezone

    from tests.academy.factories import EnrolmentFactory, TextLessonPageFactory

    lesson = TextLessonPageFactory(parent__title=title)
    return EnrolmentFactory(agent=agent, course=lesson.get_parent().specific, completed_at=timezone.now())


def social_thread(language: str = "en") -> dict:
    """A public complaint answered in public, then moved to private messages."""
    agent_public = {
        "en": "Hi Oliver, I'm sorry the engineer did not come. Please send us a private message. ^JS",
        "it": "Ciao Oliver, ci dispiace che il tecnico non sia passato. Scrivici in privato. ^JS",
    }
    agent_private = {
        "en": "Thanks Oliver, we rebooked your visit for Thursday at 9. Have a good day!",
        "it": "Grazie Oliver, abbiamo fissato la visita per giovedì alle 9. Buona giornata!",
    }
    return {
        "language": language,
        "channel": "social",
        "agent_name": "Jess",
        "customer_name": "Oliver Reid",
        "customer_handle": "@olireid",
        "segments": [
            {
                "speaker": "customer",
                "text": "@Telco nobody came to fit my meter today!",
                "visibility": "public",
                "at": 0,
            },
            {"speaker": "agent", "text": agent_public[language], "visibility": "public", "at": 120},
            {"speaker": "customer", "text": "Done, sent you my order.", "visibility": "private", "at": 300},
            {"speaker": "agent", "text": agent_private[language], "visibility": "private", "at": 420},
        ],
    }


def scorecards_bulk(
    agents, per_agent: int, *, submitted_every: int = 2, reviewed_every: int | None = 4
) -> list[Scorecard]:
    """`per_agent` reports for each agent in a few queries: each language's call is scored once by
    the real engine and copied, so lists and benchmarks get thousands of genuine-looking rows.

    Every `submitted_every`-th report is submitted and every `reviewed_every`-th (none if None) also reviewed."""
    from django.utils import timezone

    models = {language: ScorecardFactory(agent=agents[0], transcript=phone_call(language)) for language in PHONE_CALLS}
    Scorecard.objects.filter(pk__in=[model.pk for model in models.values()]).delete()
    now = timezone.now()
    rows = []
    for number in range(len(agents) * per_agent):
        model = models["it" if number % 2 else "en"]
        submitted = number % submitted_every == 0
        rows.append(
            Scorecard(
                agent=agents[number // per_agent],
                title=f"{model.title} #{number}",
                context=model.context,
                language=model.language,
                channel=model.channel,
                transcript=model.transcript,
                rubric_version_id=model.rubric_version_id,
                automatic_result=model.automatic_result,
                result=model.result,
                score=model.score,
                passed=model.passed,
                critical_failure=model.critical_failure,
                submitted_at=now if submitted else None,
                reviewed_at=now if submitted and reviewed_every and number % reviewed_every == 0 else None,
            )
        )
    return Scorecard.objects.bulk_create(rows, batch_size=500)

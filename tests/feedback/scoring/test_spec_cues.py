"""Every cue example ../shared/specs/default-rubrics.md lists is recognised (the examples are
the floor, not the ceiling: paraphrases are covered by the per-criterion tests)."""

import pytest

from feedback.scoring.conversation import conversation_from_transcript
from feedback.scoring.transcripts import transcript_from_dict

SPEC_EXAMPLES = {
    "it": {
        "greeting": "Buongiorno. | Buonasera. | Salve. | Ciao. | Benvenuto. | Benvenuta. | Grazie per aver chiamato. "
        "| Grazie per averci contattato.",
        "empathy": "Mi dispiace. | Mi spiace. | Mi scuso. | Ci scusiamo. | Capisco bene. | Capisco perfettamente. "
        "| Capisco il suo problema. | Capisco quanto sia difficile. | Capisco che sia difficile. "
        "| Comprendo. | Immagino quanto sia difficile. | Immagino che sia difficile. | Ha ragione. "
        "| È comprensibile.",
        "deflection": "Non è di mia competenza. | Non è una mia competenza. | Non rientra nelle mie competenze. "
        "| Non è compito mio. | Non è un mio compito. | Non dipende da me. | Non posso farci niente. "
        "| Non posso farci nulla. | Non è il mio reparto. | Non è il mio ufficio. "
        "| Deve chiamare un altro numero. | Deve chiamare un altro ufficio. "
        "| Si rivolga a un altro ufficio. | Si rivolga a un altro reparto.",
        "promise": "La richiamo. | La richiameremo. | La ricontatteremo. | Verrà ricontattato. | Verrà ricontattata. "
        "| Le farò sapere. | Le faremo sapere. | Riceverà una email. | Riceverà un sms. "
        "| Riceverà una risposta. | Riceverà una chiamata. | Riceverà una conferma. | Le invieremo il modulo. "
        "| Le invio il modulo. | Sarà risolto. | Risolveremo il guasto. | Le darò una risposta. "
        "| Le daremo un aggiornamento.",
        "time_concrete": "Entro 2 ore. | Entro tre giorni lavorativi. | Entro oggi. | Entro domani. | Entro stasera. "
        "| Entro venerdì. | Entro fine giornata. | Entro le 17. | Entro il 12 marzo. "
        "| Tra dieci minuti. | Fra due ore. | Domani mattina. | Oggi pomeriggio. | Alle 15:30. "
        "| Lunedì. | Domenica.",
        "time_vague": "Al più presto. | Appena possibile. | Quanto prima. | A breve. | Prossimamente.",
        "hold": "La metto in attesa. | Resti in linea. | Rimanga in linea. | Attenda in linea. | Attenda un momento. "
        "| Attenda un attimo. | Attenda un istante. | Attenda un minuto. | Posso metterla in attesa? "
        "| Le dispiace attendere? | Le dispiace restare in linea? | Può attendere un momento? "
        "| Mi concede un momento?",
        "hold_thanks": "Grazie per l'attesa. | Grazie per aver atteso. | Grazie per la pazienza. "
        "| Grazie della pazienza.",
        "datum": "Codice cliente? | Codice fiscale? | Data di nascita? | Numero di contratto? | Numero di pratica? "
        "| Numero cliente? | Indirizzo email? | Ultime quattro cifre? | CAP? | Indirizzo di residenza?",
        "resolution": "C'è qualcos'altro in cui posso aiutarla? | C'è altro in cui posso aiutarla? "
        "| Posso fare altro per lei? | Le serve altro? | Ha bisogno di altro? "
        "| Ho risposto a tutte le sue domande? | Ho risolto il suo problema? | È tutto chiaro?",
        "closing": "Grazie per aver chiamato. | Grazie per la chiamata. | Grazie a lei. | Grazie mille. "
        "| Buona giornata. | Buona serata. | Buona continuazione. | Arrivederci. | A presto.",
        "further_help": "Siamo qui per qualsiasi cosa.",
        "unprofessional": "Si calmi. | Stia calmo. | Stia calma. | Come le ho già detto. | Gliel'ho già detto. "
        "| Non mi sta ascoltando. | È colpa sua. | Sta sbagliando lei. | Lei non ha capito. "
        "| Deve capire che è così.",
        "social_greeting": "Ciao Luca. | Salve Luca. | Buongiorno Luca. | Buonasera Luca. | Gentile Luca. "
        "| Gentilissimo Luca. | Gentilissima Anna.",
        "private_invite": "Scrivici in privato il numero d'ordine.",
    },
    "en": {
        "greeting": "Good morning. | Good afternoon. | Good evening. | Hello. | Hi. | Welcome. | Thanks for calling. "
        "| Thank you for calling. | Thanks for contacting us.",
        "empathy": "I'm sorry. | Sorry to hear that. | I apologise. | I apologize. | We apologise. "
        "| I understand how you feel. | I understand that. | I understand why. | I understand your concern. "
        "| I understand completely. | I can imagine. | That must be frustrating. "
        "| That must be difficult. | That must be annoying. | That must be stressful. | You're right.",
        "deflection": "That's not my department. | That's not my job. | That's not my problem. "
        "| There's nothing I can do. | You'll have to call someone else. "
        "| You'll have to contact another department. | I can't help you with that.",
        "promise": "I'll call you back. | We'll call you back. | I'll get back to you. | We'll get back to you. "
        "| You'll receive an email. | You'll receive a text. | You'll receive a call. "
        "| You'll receive a confirmation. | You'll receive a reply. | We'll send you the form. "
        "| I'll send you the form. | Someone will contact you. | It will be fixed. | It will be resolved. "
        "| We'll let you know. | I'll let you know. | I'll update you.",
        "time_concrete": "Within 10 minutes. | Within two hours. | Within three business days. | In 5 minutes. "
        "| In two days. | By today. | By tomorrow. | By tonight. | By Friday. | By noon. "
        "| By the end of the day. | By 5 pm. | Tomorrow morning. | This afternoon. | At 3:30. "
        "| On Monday.",
        "time_vague": "As soon as possible. | ASAP. | Soon. | Shortly. | In due course.",
        "hold": "I'll put you on hold. | I'll place you on hold. | Please hold. | Hold on a moment. "
        "| Hold on a second. | Hold on a minute. | Bear with me a moment. | May I put you on hold? "
        "| Can I place you on hold? | Do you mind holding? | Would you mind holding? "
        "| Is it OK if I put you on hold? | Could you hold for a moment?",
        "hold_thanks": "Thanks for holding. | Thank you for waiting. | Thank you for your patience. "
        "| Thanks for your patience.",
        "datum": "Account number? | Customer number? | Date of birth? | Postcode? | Zip code? | Last four digits? "
        "| Security question? | Email address on the account? | Policy number?",
        "resolution": "Is there anything else I can help you with? | Anything else I can do for you? "
        "| Can I help you with anything else? | Have I answered all your questions? "
        "| Have I resolved your issue? | Does that solve your problem? | Is everything clear?",
        "closing": "Thank you. | Thanks for calling. | Have a nice day. | Have a good evening. "
        "| Have a great weekend. | Goodbye. | Bye. | Take care.",
        "further_help": "We're here if you need anything.",
        "unprofessional": "Calm down. | As I already told you. | As I said. | Like I said. | You're not listening. "
        "| It's your fault. | That's your problem. | You don't understand. "
        "| You have to understand. | You're wrong.",
        "social_greeting": "Hi Kate. | Hello Kate. | Hey Kate. | Dear Kate. | Good morning Kate. "
        "| Good afternoon Kate. | Good evening Kate.",
        "private_invite": "DM us your order number.",
    },
}
CASES = [
    (language, label, example.strip())
    for language, labels in SPEC_EXAMPLES.items()
    for label, examples in labels.items()
    for example in examples.split("|")
]


@pytest.mark.parametrize(("language", "label", "example"), CASES)
def test_spec_example_is_recognised(language, label, example):
    transcript = transcript_from_dict(
        {"language": language, "channel": "phone", "segments": [{"speaker": "agent", "text": example}]}
    )
    sentence = conversation_from_transcript(transcript).sentences[0]
    assert sentence.has(label)

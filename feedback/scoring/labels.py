"""Human names of the criteria, in the languages transcripts come in.

The engine writes its messages in the transcript's language (not the viewer's
UI language), so these names live here rather than in Django's gettext catalogue.
"""

from __future__ import annotations

_LABELS: dict[str, dict[str, str]] = {
    "greeting": {"it": "Saluto e presentazione", "en": "Greeting and introduction"},
    "customer_name": {"it": "Nome del cliente", "en": "Customer's name"},
    "empathy": {"it": "Empatia", "en": "Empathy"},
    "ownership": {"it": "Presa in carico", "en": "Ownership"},
    "commitment_time": {"it": "Impegni con tempi concreti", "en": "Commitments with a concrete time"},
    "hold_etiquette": {"it": "Gestione dell'attesa", "en": "Hold etiquette"},
    "verification": {"it": "Verifica dell'identità", "en": "Identity verification"},
    "discovery_question": {"it": "Domande aperte", "en": "Open discovery question"},
    "resolution_check": {"it": "Verifica della risoluzione", "en": "Resolution check"},
    "closing": {"it": "Chiusura", "en": "Closing"},
    "professional_language": {"it": "Linguaggio professionale", "en": "Professional language"},
    "filler_words": {"it": "Intercalari", "en": "Filler words"},
    "speaking_pace": {"it": "Velocità dell'eloquio", "en": "Speaking pace"},
    "dead_air": {"it": "Silenzi", "en": "Dead air"},
    "talk_ratio": {"it": "Equilibrio della conversazione", "en": "Talk ratio"},
    "private_channel": {"it": "Dati personali in privato", "en": "Personal data in private"},
    "reply_length": {"it": "Lunghezza delle risposte", "en": "Reply length"},
    "tone": {"it": "Tono", "en": "Tone"},
    "signature": {"it": "Firma", "en": "Signature"},
    "response_time": {"it": "Tempo di risposta", "en": "Response time"},
}


def criterion_label(key: str, language: str) -> str:
    """The criterion's name in `language` (English when the language is unknown, the key when the criterion is)."""
    names = _LABELS.get(key)
    if names is None:
        return key
    return names.get(language, names["en"])

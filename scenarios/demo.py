"""Demo scenarios in Italian and English on the demo courses' themes; `load_demo` calls
`demo_scenarios_load`. Safe to run twice: pages are found by slug and updated."""
from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

from django.core.files import File
from django.db import transaction
from wagtail.documents import get_document_model
from wagtail.models import Locale, Page, Site

from academy.courses.selectors import home_page_for_language

from .models import Difficulty, ScenarioCourse, ScenarioIndexPage, ScenarioPage

INDEX = {
    "it": ("Scenari di pratica", "scenari", "<p>Role-play telefonici per esercitarsi.</p>"),
    "en": ("Practice scenarios", "practice-scenarios", "<p>Phone role-plays to practise on.</p>"),
}

SCENARIOS = {
    "it": [
        {
            "slug": "bolletta-errata", "course": "accoglienza-e-ascolto-attivo",
            "title": "Bolletta errata", "difficulty": Difficulty.INTRODUCTORY,
            "customer_name": "Mario Rossi", "requires_verification": True,
            "situation": "<p>Il cliente ha ricevuto una bolletta di 180 euro invece dei soliti 45: gli è stato addebitato due volte il canone di marzo.</p>",
            "persona": "Mario Rossi, 58 anni, cliente da dieci anni. Educato ma preoccupato: paga con addebito automatico.",
            "objectives": "<ul><li>Presentati e verifica l'identità del cliente</li><li>Mostra empatia e fai domande aperte</li><li>Prometti il rimborso con una data precisa</li><li>Chiudi verificando che non serva altro</li></ul>",
            "lines": [
                "Buongiorno, sono Mario Rossi. Mi è arrivata una bolletta di centottanta euro, di solito pago quarantacinque.",
                "Il codice cliente è 4 5 8 2 1 7. Non capisco proprio cosa sia successo.",
                "E quando mi restituite i soldi? L'addebito parte la settimana prossima.",
                "Va bene, grazie. No, nient'altro.",
            ],
        },
        {
            "slug": "guasto-linea-richiamata", "course": "tempi-certi-e-attese",
            "title": "Guasto alla linea internet", "difficulty": Difficulty.INTERMEDIATE,
            "customer_name": "Laura Conti", "requires_verification": True,
            "situation": "<p>Un guasto di zona ha interrotto la fibra da ieri sera. I tecnici sono al lavoro; l'intervento è previsto entro domani alle 12.</p>",
            "persona": "Laura Conti lavora da casa e ha una riunione importante domani. È stanca e vuole sapere quando tornerà la linea.",
            "objectives": "<ul><li>Spiega il guasto senza scaricare la responsabilità</li><li>Prometti una richiamata con un orario preciso, mai 'al più presto'</li><li>Chiedi il permesso prima di metterla in attesa</li></ul>",
            "lines": [
                "Salve, sono Laura Conti. Da ieri sera internet non funziona e domani devo lavorare.",
                "Il numero di contratto è 7 7 3 0 9. Quanto ci vorrà?",
                "Mi potete avvisare quando è risolto? Non posso stare a controllare.",
                "D'accordo, aspetto la vostra chiamata allora. Grazie.",
            ],
        },
        {
            "slug": "disdetta", "course": "ownership",
            "title": "Richiesta di disdetta", "difficulty": Difficulty.INTERMEDIATE,
            "customer_name": "Giorgio Ferri", "requires_verification": True,
            "situation": "<p>Il cliente vuole disdire l'abbonamento perché un concorrente offre un prezzo più basso.</p>",
            "persona": "Giorgio Ferri, deciso ma non ostile. Ascolta se gli si fanno domande sulle sue esigenze.",
            "objectives": "<ul><li>Capisci il motivo con domande aperte</li><li>Proponi un'alternativa senza insistere</li><li>Se conferma, spiega i passi e i tempi della disdetta</li></ul>",
            "lines": [
                "Buonasera, sono Giorgio Ferri, voglio disdire il mio abbonamento.",
                "Un altro operatore mi offre la stessa velocità a venti euro al mese.",
                "Mah, se mi fate un prezzo simile potrei restare. Cosa mi proponete?",
                "Ci penso. Mi mandate l'offerta per email?",
            ],
        },
        {
            "slug": "consegna-in-ritardo", "course": "tempi-certi-e-attese",
            "title": "Consegna in ritardo", "difficulty": Difficulty.INTRODUCTORY,
            "customer_name": "Anna Galli", "requires_verification": True,
            "situation": "<p>Il modem ordinato dieci giorni fa doveva arrivare in tre giorni. Il corriere lo ha fermo in magazzino per un indirizzo incompleto.</p>",
            "persona": "Anna Galli, cortese ma impaziente: ha già chiamato una volta e le hanno detto 'a breve'.",
            "objectives": "<ul><li>Verifica l'ordine con un dato identificativo</li><li>Scusati e spiega cosa è successo</li><li>Dai una data di consegna concreta</li></ul>",
            "lines": [
                "Buongiorno, sono Anna Galli. Aspetto un modem da dieci giorni, l'ordine è il 5 5 1 2 0.",
                "Già la settimana scorsa mi avevate detto a breve. Dov'è il pacco?",
                "L'indirizzo è via Roma 12, interno 4. Quando arriva?",
                "Speriamo sia la volta buona. Grazie, arrivederci.",
            ],
        },
        {
            "slug": "cliente-chiede-responsabile", "course": "il-cliente-arrabbiato",
            "title": "Cliente arrabbiato chiede un responsabile", "difficulty": Difficulty.ADVANCED,
            "customer_name": "Paolo Marini", "requires_verification": False,
            "situation": "<p>Terza chiamata per lo stesso problema di fatturazione. Il cliente è arrabbiato e pretende di parlare con un responsabile.</p>",
            "persona": "Paolo Marini alza la voce e interrompe. Si calma se si sente ascoltato e riceve un impegno preciso.",
            "objectives": "<ul><li>Resta professionale, non dire mai 'si calmi'</li><li>Riconosci il disagio e prendi in carico il problema</li><li>Se trasferisci, fallo tu con un passaggio di consegne, con tempi precisi</li></ul>",
            "lines": [
                "È la terza volta che chiamo! Voglio parlare con un responsabile, subito.",
                "Non mi interessa, ogni volta mi dite che sistemate e non succede niente.",
                "E chi mi garantisce che stavolta mi richiamate davvero?",
                "Va bene. Aspetto la chiamata. Buona giornata.",
            ],
        },
    ],
    "en": [
        {
            "slug": "billing-error", "course": "warm-welcome-and-active-listening",
            "title": "Billing error", "difficulty": Difficulty.INTRODUCTORY,
            "customer_name": "Sarah Miller", "requires_verification": True,
            "situation": "<p>The customer's bill is £120 instead of the usual £30: the March subscription was charged twice.</p>",
            "persona": "Sarah Miller, a customer for eight years. Polite but worried: she pays by direct debit.",
            "objectives": "<ul><li>Introduce yourself and verify the customer's identity</li><li>Show empathy and ask open questions</li><li>Promise the refund with a precise date</li><li>Close by checking nothing else is needed</li></ul>",
            "lines": [
                "Hello, my name is Sarah Miller. I've just had a bill for a hundred and twenty pounds, I normally pay thirty.",
                "My account number is 4 5 8 2 1 7. I really don't understand what happened.",
                "So when do I get the money back? The direct debit goes out next week.",
                "Okay, thank you. No, that's everything.",
            ],
        },
        {
            "slug": "outage-callback", "course": "certain-times-and-holds",
            "title": "Broadband outage", "difficulty": Difficulty.INTERMEDIATE,
            "customer_name": "James Walker", "requires_verification": True,
            "situation": "<p>A local fault has cut the fibre since last night. Engineers are on site; the repair is due by noon tomorrow.</p>",
            "persona": "James Walker works from home and has an important meeting tomorrow. He is tired and wants to know when the line is back.",
            "objectives": "<ul><li>Explain the fault without deflecting responsibility</li><li>Promise a call back at a precise time, never 'as soon as possible'</li><li>Ask permission before putting him on hold</li></ul>",
            "lines": [
                "Hi, this is James Walker. My internet has been down since last night and I need it for work tomorrow.",
                "The account number is 7 7 3 0 9. How long is this going to take?",
                "Can you let me know when it's fixed? I can't keep checking.",
                "Alright, I'll wait for your call then. Thanks.",
            ],
        },
        {
            "slug": "cancellation", "course": "ownership",
            "title": "Cancellation request", "difficulty": Difficulty.INTERMEDIATE,
            "customer_name": "Tom Baker", "requires_verification": True,
            "situation": "<p>The customer wants to cancel because a competitor offers a lower price.</p>",
            "persona": "Tom Baker, determined but not hostile. He listens when asked about his needs.",
            "objectives": "<ul><li>Find out why with open questions</li><li>Offer an alternative without pushing</li><li>If he confirms, explain the steps and timing of the cancellation</li></ul>",
            "lines": [
                "Good evening, I'm Tom Baker, I'd like to cancel my contract.",
                "Another provider is offering the same speed for twenty pounds a month.",
                "Well, if you could match that price I might stay. What can you offer?",
                "I'll think about it. Can you email me the offer?",
            ],
        },
        {
            "slug": "delivery-delay", "course": "certain-times-and-holds",
            "title": "Late delivery", "difficulty": Difficulty.INTRODUCTORY,
            "customer_name": "Emily Clark", "requires_verification": True,
            "situation": "<p>The router ordered ten days ago should have arrived in three. The courier is holding it because the address is incomplete.</p>",
            "persona": "Emily Clark, courteous but impatient: she already called once and was told 'soon'.",
            "objectives": "<ul><li>Verify the order with an identifying detail</li><li>Apologise and explain what happened</li><li>Give a concrete delivery date</li></ul>",
            "lines": [
                "Good morning, I'm Emily Clark. I've been waiting ten days for a router, the order number is 5 5 1 2 0.",
                "Last week I was told it would come soon. Where is the parcel?",
                "The address is 12 Station Road, flat 4. When will it arrive?",
                "Let's hope so. Thank you, goodbye.",
            ],
        },
        {
            "slug": "upset-customer-manager", "course": "handling-an-upset-customer",
            "title": "Upset customer asks for a manager", "difficulty": Difficulty.ADVANCED,
            "customer_name": "Paul Harris", "requires_verification": False,
            "situation": "<p>Third call about the same billing problem. The customer is angry and demands to speak to a manager.</p>",
            "persona": "Paul Harris raises his voice and interrupts. He calms down when he feels heard and gets a precise commitment.",
            "objectives": "<ul><li>Stay professional: never say 'calm down'</li><li>Acknowledge the frustration and take ownership</li><li>If you transfer, do it yourself with a handover and precise times</li></ul>",
            "lines": [
                "This is the third time I've called! I want to speak to a manager, now.",
                "I don't care, every time you say you'll sort it and nothing happens.",
                "And how do I know you'll actually call me back this time?",
                "Fine. I'll wait for the call. Have a good day.",
            ],
        },
    ],
}

ESPEAK_VOICES = {"it": "it", "en": "en-gb"}


def _locale(language: str) -> Locale:
    return Locale.objects.get_or_create(language_code=language)[0]


def _index_page(language: str) -> ScenarioIndexPage:
    """The library hangs under the language's home page (the site root before courses exist)."""
    title, slug, intro = INDEX[language]
    index = ScenarioIndexPage.objects.filter(slug=slug).first()
    if index is None:
        parent = home_page_for_language(language) or Site.objects.get(is_default_site=True).root_page
        index = parent.add_child(instance=ScenarioIndexPage(title=title, slug=slug, intro=intro, locale=_locale(language)))
    return index


def _line_audio(slug: str, number: int, text: str, language: str):
    """A spoken customer line (espeak-ng) stored as a Wagtail document; None where espeak-ng is missing."""
    Document = get_document_model()
    title = f"{slug} – customer line {number}"
    existing = Document.objects.filter(title=title).first()
    if existing is not None or shutil.which("espeak-ng") is None:
        return existing
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"{slug}-{number}.wav"
        subprocess.run(["espeak-ng", "-v", ESPEAK_VOICES[language], "-s", "150", "-w", str(path), text], check=True,
                       capture_output=True)
        with path.open("rb") as handle:
            document = Document(title=title)
            document.file.save(path.name, File(handle), save=True)
    return document


def _script(spec: dict, language: str) -> list:
    return [
        ("customer_turn", {"text": line, "audio": _line_audio(spec["slug"], n, line, language)})
        for n, line in enumerate(spec["lines"], start=1)
    ]


@transaction.atomic
def demo_scenarios_load() -> list[ScenarioPage]:
    """Create or refresh the demo scenario library of each language, published."""
    pages = []
    for language, specs in SCENARIOS.items():
        index = _index_page(language)
        for spec in specs:
            fields = {key: spec[key] for key in ("title", "difficulty", "customer_name", "requires_verification",
                                                 "situation", "persona", "objectives")}
            page = ScenarioPage.objects.filter(slug=spec["slug"]).first()
            if page is None:
                page = index.add_child(instance=ScenarioPage(
                    slug=spec["slug"], language=language, channel="phone", locale=index.locale, **fields,
                ))
            for key, value in fields.items():
                setattr(page, key, value)
            page.script = _script(spec, language)
            course = Page.objects.filter(slug=spec["course"], locale=index.locale).first()
            page.course_links = [ScenarioCourse(course=course)] if course else []
            page.save_revision().publish()
            pages.append(page)
    return pages

"""Demo social-media scenarios in Italian and English; `load_demo` calls
`demo_social_scenarios_load`. Safe to run twice: pages are found by slug and updated."""

from __future__ import annotations

from django.db import transaction

from scenarios.models import Difficulty, ScenarioIndexPage

from .blocks import customer_message, follow_up
from .models import SocialScenarioPage

SCENARIOS = {
    "it": [
        {
            "slug": "social-guasto-pubblico",
            "title": "Social: guasto segnalato in pubblico",
            "difficulty": Difficulty.INTRODUCTORY,
            "brand_name": "Telco Italia",
            "customer_name": "Chiara Neri",
            "customer_handle": "@chiaraneri",
            "situation": "<p>Un guasto di zona a Roma Prati ha interrotto la fibra stamattina alle 8. I tecnici prevedono il ripristino entro le 18 di oggi.</p>",
            "persona": "Chiara lavora da casa ed è irritata: scrive sulla pagina pubblica del brand e la leggono in molti.",
            "objectives": "<ul><li>Rispondi in pubblico entro pochi minuti, breve e cortese, firmando</li><li>Dai l'orario di ripristino</li><li>Porta in privato ogni dato personale</li></ul>",
            "thread": [
                customer_message(
                    "@TelcoItalia ennesimo guasto, senza internet da stamattina e lavoro da casa. Complimenti.",
                    follow_ups=[
                        follow_up("public", "E quindi? Quando torna la linea?", "public", 40),
                        follow_up(
                            "invite", "Ok, vi scrivo qui. Sono in zona Prati, il modem lampeggia rosso.", "private", 30
                        ),
                        follow_up(
                            "private", "Ok, vi scrivo qui. Sono in zona Prati, il modem lampeggia rosso.", "private", 30
                        ),
                    ],
                ),
                customer_message("Sono passate due ore. Almeno un orario?", delay=120, after="reply"),
            ],
        },
        {
            "slug": "social-codice-in-pubblico",
            "title": "Social: la cliente pubblica il codice cliente",
            "difficulty": Difficulty.INTERMEDIATE,
            "brand_name": "Telco Italia",
            "customer_name": "Mario Rossi",
            "customer_handle": "@mario_rossi",
            "situation": "<p>Il cliente ha ricevuto un addebito doppio sulla bolletta di marzo. Il rimborso si può disporre entro 5 giorni lavorativi dopo la verifica del codice cliente.</p>",
            "persona": "Mario vuole fare in fretta e non pensa alla privacy: se gli chiedi un dato in pubblico, lo pubblica.",
            "objectives": "<ul><li>Non chiedere mai dati personali in pubblico: invita in privato</li><li>Se il cliente pubblica un dato, invitalo a cancellare il post</li><li>Prometti il rimborso con una data</li></ul>",
            "thread": [
                customer_message(
                    "@TelcoItalia mi avete addebitato DUE volte la bolletta di marzo. Chi mi ridà i soldi?",
                    follow_ups=[
                        follow_up(
                            "public",
                            "Ecco il mio codice cliente: 4582173. E la mia email è mario.rossi@example.com. Adesso?",
                            "public",
                            20,
                        ),
                        follow_up(
                            "invite", "Ok. Il codice cliente è 4582173, la bolletta è quella di marzo.", "private", 20
                        ),
                        follow_up(
                            "private", "Ok. Il codice cliente è 4582173, la bolletta è quella di marzo.", "private", 20
                        ),
                    ],
                ),
                customer_message("Tanto per velocizzare, il codice cliente è 4582173.", delay=90),
            ],
        },
        {
            "slug": "social-thread-arrabbiato",
            "title": "Social: thread arrabbiato",
            "difficulty": Difficulty.ADVANCED,
            "brand_name": "Telco Italia",
            "customer_name": "Paolo Marini",
            "customer_handle": "@paolomarini",
            "situation": "<p>Terzo giorno di disservizio sulla linea mobile del cliente. Un tecnico può richiamarlo domani entro le 12.</p>",
            "persona": "Paolo scrive un messaggio dopo l'altro, in maiuscolo. Si calma se qualcuno si prende il problema e dà un orario.",
            "objectives": "<ul><li>Resta calmo e professionale: niente maiuscole né punti esclamativi</li><li>Riconosci il disagio, prendi in carico</li><li>Sposta in privato e dai un orario preciso</li></ul>",
            "thread": [
                customer_message(
                    "TRE GIORNI senza linea sul cellulare!!! Nessuno risponde al telefono.",
                    follow_ups=[
                        follow_up("public", "Le solite scuse. Voglio sapere QUANDO.", "public", 30),
                    ],
                ),
                customer_message("@TelcoItalia mi state ignorando? Vi pago per cosa?", delay=20),
                customer_message(
                    "Ho anche chiamato il 187, mi hanno detto di scrivere qui. Bella presa in giro.", delay=30
                ),
                customer_message("Ok, domani passo a un altro operatore.", delay=90, after="reply"),
            ],
        },
        {
            "slug": "social-consegna-dm",
            "title": "Social: consegna in ritardo in privato",
            "difficulty": Difficulty.INTRODUCTORY,
            "brand_name": "Telco Italia",
            "customer_name": "Anna Galli",
            "customer_handle": "@annagalli",
            "situation": "<p>Il modem ordinato dieci giorni fa è fermo dal corriere per un indirizzo incompleto. Con l'interno corretto la consegna è domani entro le 13.</p>",
            "persona": "Anna scrive in privato, cortese ma stanca di aspettare.",
            "objectives": "<ul><li>Saluta e usa il nome della cliente</li><li>Chiedi in privato i dati che servono</li><li>Dai una data di consegna concreta e chiudi offrendo altro aiuto</li></ul>",
            "thread": [
                customer_message(
                    "Buongiorno, ho ordinato un modem dieci giorni fa (ordine 55120) e non è ancora arrivato.",
                    "private",
                ),
                customer_message("Mi avevate detto tre giorni. Quando arriva?", "private", delay=30, after="reply"),
                customer_message("Via Roma 12, interno 4. Grazie.", "private", delay=30, after="reply"),
            ],
        },
    ],
    "en": [
        {
            "slug": "social-public-outage",
            "title": "Social: outage complaint in public",
            "difficulty": Difficulty.INTRODUCTORY,
            "brand_name": "Telco UK",
            "customer_name": "Sarah Miller",
            "customer_handle": "@sarahm",
            "situation": "<p>A local fault in Leeds cut the fibre at 8 this morning. Engineers expect service back by 6 pm today.</p>",
            "persona": "Sarah works from home and is annoyed: she posts on the brand's public page, where everyone can read it.",
            "objectives": "<ul><li>Answer in public within minutes, briefly and politely, and sign</li><li>Give the repair time</li><li>Move any personal data to a private message</li></ul>",
            "thread": [
                customer_message(
                    "@TelcoUK another outage, no internet since this morning and I work from home. Great.",
                    follow_ups=[
                        follow_up("public", "So? When is it back?", "public", 40),
                        follow_up("invite", "OK, writing here. I'm in Leeds, the router light is red.", "private", 30),
                        follow_up("private", "OK, writing here. I'm in Leeds, the router light is red.", "private", 30),
                    ],
                ),
                customer_message("Two hours now. Can I at least get a time?", delay=120, after="reply"),
            ],
        },
        {
            "slug": "social-account-number-public",
            "title": "Social: a customer posts the account number",
            "difficulty": Difficulty.INTERMEDIATE,
            "brand_name": "Telco UK",
            "customer_name": "James Walker",
            "customer_handle": "@jwalker",
            "situation": "<p>The customer was charged twice for March. A refund can be issued within 5 working days once the account number is checked.</p>",
            "persona": "James wants it sorted fast and does not think about privacy: ask for data in public and he posts it.",
            "objectives": "<ul><li>Never ask for personal data in public: invite a private message</li><li>If the customer posts data, ask them to delete the post</li><li>Promise the refund with a date</li></ul>",
            "thread": [
                customer_message(
                    "@TelcoUK you've charged me TWICE for March. Who's giving me my money back?",
                    follow_ups=[
                        follow_up(
                            "public",
                            "Here's my account number: 4582173. Email is james.walker@example.com. Now what?",
                            "public",
                            20,
                        ),
                        follow_up("invite", "OK. Account number 4582173, it's the March bill.", "private", 20),
                        follow_up("private", "OK. Account number 4582173, it's the March bill.", "private", 20),
                    ],
                ),
                customer_message("To speed things up, my account number is 4582173.", delay=90),
            ],
        },
        {
            "slug": "social-angry-thread",
            "title": "Social: angry thread",
            "difficulty": Difficulty.ADVANCED,
            "brand_name": "Telco UK",
            "customer_name": "Paul Harris",
            "customer_handle": "@paulharris",
            "situation": "<p>Third day without mobile service for the customer. An engineer can call him back tomorrow by noon.</p>",
            "persona": "Paul posts one message after another, in capitals. He calms down when someone owns the problem and gives a time.",
            "objectives": "<ul><li>Stay calm and professional: no capitals, no exclamation marks</li><li>Acknowledge the frustration and take ownership</li><li>Move to private and give a precise time</li></ul>",
            "thread": [
                customer_message(
                    "THREE DAYS without mobile service!!! Nobody answers the phone.",
                    follow_ups=[
                        follow_up("public", "Same old excuses. I want to know WHEN.", "public", 30),
                    ],
                ),
                customer_message("@TelcoUK are you ignoring me? What am I paying you for?", delay=20),
                customer_message("I even called 150 and they told me to post here. Brilliant.", delay=30),
                customer_message("Right, I'm switching provider tomorrow.", delay=90, after="reply"),
            ],
        },
        {
            "slug": "social-delivery-dm",
            "title": "Social: late delivery by direct message",
            "difficulty": Difficulty.INTRODUCTORY,
            "brand_name": "Telco UK",
            "customer_name": "Emily Clark",
            "customer_handle": "@emilyclark",
            "situation": "<p>The router ordered ten days ago is held by the courier because the address lacks the flat number. With it, delivery is tomorrow by 1 pm.</p>",
            "persona": "Emily writes privately, polite but tired of waiting.",
            "objectives": "<ul><li>Greet her and use her name</li><li>Ask privately for what you need</li><li>Give a concrete delivery date and close by offering more help</li></ul>",
            "thread": [
                customer_message(
                    "Hello, I ordered a router ten days ago (order 55120) and it still hasn't arrived.", "private"
                ),
                customer_message("I was told three days. When will it come?", "private", delay=30, after="reply"),
                customer_message("12 Station Road, flat 4. Thanks.", "private", delay=30, after="reply"),
            ],
        },
    ],
}

FIELDS = ("title", "difficulty", "brand_name", "customer_name", "customer_handle", "situation", "persona", "objectives")


def _library(language: str) -> ScenarioIndexPage:
    index = ScenarioIndexPage.objects.filter(locale__language_code=language).first()
    if index is None:
        from scenarios.demo import demo_scenarios_load

        demo_scenarios_load()  # creates the scenario library of each language
        index = ScenarioIndexPage.objects.get(locale__language_code=language)
    return index


@transaction.atomic
def demo_social_scenarios_load() -> list[SocialScenarioPage]:
    """Create or refresh the demo social scenarios of each language, published."""
    pages = []
    for language, specs in SCENARIOS.items():
        index = _library(language)
        for spec in specs:
            fields = {key: spec[key] for key in FIELDS}
            page = SocialScenarioPage.objects.filter(slug=spec["slug"]).first()
            if page is None:
                page = index.add_child(
                    instance=SocialScenarioPage(
                        slug=spec["slug"],
                        language=language,
                        locale=index.locale,
                        thread=spec["thread"],
                        **fields,
                    )
                )
            for key, value in fields.items():
                setattr(page, key, value)
            page.thread = spec["thread"]
            page.save_revision().publish()
            pages.append(page)
    return pages

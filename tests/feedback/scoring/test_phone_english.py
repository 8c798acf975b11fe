"""English phone calls, criterion by criterion, in both directions.

Each case is a short call a careful grader would label as shown
(../shared/specs/default-rubrics.md), written with other words than the samples.
"""

import pytest

from tests.feedback.scoring.builders import call, criterion, result

GREETING = [
    (["A: Good morning, this is Sam at Northwind, how can I help?"], "pass"),
    (["A: Hello, you're speaking with Sam. What can I do for you?"], "pass"),
    (["A: Hi there, my name's Sam and I'll be looking after you today."], "pass"),
    (["A: Thanks for calling Northwind Energy, Sam speaking."], "pass"),
    (["A: Evening, you've reached Sam in the billing team."], "pass"),
    (["A: Welcome to Northwind.", "A: I'm Sam, how can I help?"], "pass"),
    (["A: Sam speaking."], "fail"),
    (["A: Good afternoon, Northwind Energy, how can I help?"], "fail"),
    (["A: Hello, Northwind.", "C: Hi, my bill is wrong.", "A: This is Sam, let me look."], "fail"),
    (["A: Good morning, this is Alex at Northwind."], "fail"),
]


@pytest.mark.parametrize(("lines", "expected"), GREETING)
def test_greeting_needs_a_greeting_and_the_agents_name_in_the_first_turn(lines, expected):
    assert result(call("en", *lines, agent_name="Sam"), "greeting") == expected


CUSTOMER_NAME = [
    ({"customer_name": "Helen Price"}, ["A: Thanks, Mrs Price, let me check."], "pass"),
    ({"customer_name": "Helen Price"}, ["A: Of course, Helen."], "pass"),
    ({}, ["C: Hi, my name is Tom Baker.", "A: Thanks Tom, I'll check."], "pass"),
    ({}, ["C: Hi, it's Tom Baker here.", "A: Right, let me look."], "fail"),
    ({"customer_name": "Helen Price"}, ["A: Thanks, madam, let me check."], "fail"),
    ({"customer_name": "Siobhan O'Brien"}, ["A: Thanks, Ms O’Brien, let me check."], "pass"),
    ({"customer_name": "Aisling D'Arcy"}, ["A: Of course, Ms D'Arcy."], "pass"),
    ({"customer_name": "Aisling D'Arcy"}, ["A: Of course, I'll ask Ms Arcy in billing."], "fail"),
    # A surname's particle is no name said alone ("the van's on its way" for Maria Van Dyke); a surname that is only
    # the particle still is.
    ({"customer_name": "Maria Van Dyke"}, ["A: Right, the van's on its way to you."], "fail"),
    ({"customer_name": "Maria Van Dyke"}, ["A: Right, Mrs Van Dyke, the van's on its way."], "pass"),
    ({"customer_name": "Ken Lo"}, ["A: Thanks, Mr Lo."], "pass"),
    ({}, ["C: Hi, my bill is wrong.", "A: Let me check."], "na"),
]


@pytest.mark.parametrize(("fields", "lines", "expected"), CUSTOMER_NAME)
def test_customer_name_any_part_of_the_known_or_introduced_name(fields, lines, expected):
    assert result(call("en", *lines, **fields), "customer_name") == expected


EMPATHY = [
    ("I'm so sorry about that.", "pass"),
    ("Sorry to hear the engineer didn't turn up.", "pass"),
    ("I apologise for the trouble this has caused.", "pass"),
    ("I completely understand how annoying that is.", "pass"),
    ("That must have been really stressful.", "pass"),
    ("That sounds so frustrating, especially working from home.", "pass"),
    ("I can see why you'd be upset.", "pass"),
    ("You're absolutely right to flag it.", "pass"),
    ("What a nightmare, three days without internet.", "pass"),
    ("I can imagine, that's a long time.", "pass"),
    ("I can only imagine how stressful that was.", "pass"),
    ("You're quite right, that shouldn't have happened.", "pass"),
    ("Oh no, what a rotten start to the week.", "pass"),
    ("I understand.", "pass"),
    ("I totally get that, it's really frustrating.", "pass"),
    ("I hear what you're saying.", "pass"),
    ("Sorry, could you repeat that?", "fail"),
    ("I don't understand what you mean, can I have your account number?", "fail"),
    ("Okay, sure. Can I have your account number?", "fail"),
    ("Right. You have to understand the process.", "fail"),
    ("No need to apologise, can I have your account number?", "fail"),
]


@pytest.mark.parametrize(("reply", "expected"), EMPATHY)
def test_empathy_counts_apology_and_acknowledgement_but_not_negated_or_bare_cues(reply, expected):
    transcript = call("en", "C: I've had no internet for three days.", f"A: {reply}")
    assert result(transcript, "empathy") == expected


OWNERSHIP = [
    ("That's not my department, you'll need to call the billing team.", "fail"),
    ("Sorry, there's nothing I can do about that.", "fail"),
    ("You'll have to contact the manufacturer directly.", "fail"),
    ("I'm afraid I can't help you with that.", "fail"),
    ("Refunds aren't handled by this team, so you need to ring the refunds line yourself.", "fail"),
    ("I'm sorry, but you should speak to your bank about it.", "fail"),
    ("That's something you'd need to take up with your landlord.", "fail"),
    ("Your best bet is to call the manufacturer.", "fail"),
    ("Damage in transit is the courier's responsibility.", "fail"),
    (
        "I'll transfer you to our claims team now and pass on all the details, so you won't have to repeat anything.",
        "pass",
    ),
    ("You won't need to call anyone else, I'll sort it out today.", "pass"),
    ("You can call us back on this number any time.", "pass"),
]


@pytest.mark.parametrize(("reply", "expected"), OWNERSHIP)
def test_ownership_fails_on_deflection_not_on_a_transfer_the_agent_carries_out(reply, expected):
    transcript = call("en", "C: My meter readings are wrong.", f"A: {reply}")
    assert result(transcript, "ownership") == expected


COMMITMENT = [
    (["A: I'll call you back by 5 pm today."], "pass"),
    (["A: We'll email you the confirmation within 24 hours."], "pass"),
    (["A: You'll receive a text in ten minutes."], "pass"),
    (["A: The engineer will be with you tomorrow morning."], "pass"),
    (["A: I'll get back to you on Friday."], "pass"),
    (["A: I'll send you a summary.", "A: It should reach you within the hour."], "pass"),
    (["A: Someone from the claims team will contact you within two working days."], "pass"),
    (["A: We'll credit your account by the end of the week."], "pass"),
    (["A: We'll have an engineer out to you on Thursday between 8 and 12."], "pass"),
    (["A: Expect a call from our specialist team within the next hour."], "pass"),
    (["A: It'll be sorted by Monday."], "pass"),
    (["A: We'll fix it over the weekend."], "pass"),
    (["A: You should receive an email shortly."], "fail"),
    (["A: I'll look into it and get back to you."], "fail"),
    (["A: A technician will visit you in the coming days."], "fail"),
    (["A: I'll call you back as soon as possible."], "fail"),
    (["A: We'll let you know shortly."], "fail"),
    (["A: An engineer will contact you in the next few days."], "fail"),
    (["A: I'll email you a confirmation.", "C: Okay, thanks."], "fail"),
    (["A: Your refund will be processed once the item is back in our warehouse."], "fail"),
    (["A: Refunds are normally issued with the next bill."], "na"),
    (["A: Refunds take five working days after that."], "na"),
    (["A: I've already sent you the confirmation email."], "na"),
    (["A: Would you like me to call you back tomorrow?"], "na"),
    (["A: We won't charge you for the visit."], "na"),
    (["A: Whenever you log in, the app will send you a code."], "na"),
]


@pytest.mark.parametrize(("lines", "expected"), COMMITMENT)
def test_every_promise_needs_a_concrete_time_in_its_sentence_or_the_next(lines, expected):
    transcript = call("en", "C: When will I hear back?", *lines)
    assert result(transcript, "commitment_time") == expected


HOLD = [
    (["A: May I put you on hold for a minute while I check?", "C: Sure.", "A: Thanks for holding."], "pass"),
    (["A: Do you mind holding for a moment?", "C: No.", "A: Thank you for your patience."], "pass"),
    (["A: Could you bear with me for two minutes?", "C: Yes.", "A: Thanks so much for waiting."], "pass"),
    (["A: I'll put you on hold now.", "C: Fine.", "A: Thanks for holding."], "fail"),
    (["A: Can I place you on a short hold?", "C: Yes.", "A: Right, I've checked."], "fail"),
    (["A: Hold on a second.", "C: Okay.", "A: Right, done."], "fail"),
    (["A: Would you mind if I put you on a short hold?", "C: No.", "A: Thanks for bearing with me."], "pass"),
    (["A: Can you hold the line for me, please?", "C: Sure.", "A: Thank you for waiting."], "pass"),
    (["A: Just bear with me while I check that.", "C: Sure.", "A: Thanks for waiting."], "fail"),
    (["A: Let me put you on hold.", "C: Sure.", "A: Sorry for the wait."], "fail"),
    (["A: Your order is on hold until the payment clears."], "na"),
    (["A: The account was put on hold last week."], "na"),
    (["A: Please hold on to your receipt."], "na"),
    (["A: Please wait for the engineer at home."], "na"),
]


@pytest.mark.parametrize(("lines", "expected"), HOLD)
def test_hold_is_asked_as_a_permission_and_thanked_for_and_only_calls_are_held(lines, expected):
    assert result(call("en", "C: Can you check?", *lines), "hold_etiquette") == expected


VERIFICATION = [
    (["A: Could you confirm your date of birth?"], "pass"),
    (["A: What's the postcode on the account?"], "pass"),
    (["A: Can I take the last four digits of the card?"], "pass"),
    (["A: Please give me your policy number."], "pass"),
    (["A: Could you read me the booking reference?"], "pass"),
    (["A: And the claim number, please?"], "pass"),
    (["A: Can I grab your postcode?"], "pass"),
    (["A: First, your date of birth, please."], "pass"),
    (["A: I'll just need the postcode on the account."], "pass"),
    (["A: Could you tell me the first line of your address?"], "pass"),
    (["C: My account number is 4471 0925.", "A: Thanks, I've got your account up."], "fail"),
    (["A: Am I speaking with Mr Jones?"], "fail"),
    (["A: I can see you're calling from the number ending 471."], "fail"),
    (["A: Your new case number is 88 12."], "fail"),
]


@pytest.mark.parametrize(("lines", "expected"), VERIFICATION)
def test_verification_asks_for_an_identifying_datum(lines, expected):
    transcript = call("en", "C: There's a charge I don't recognise.", *lines, requires_verification=True)
    assert result(transcript, "verification") == expected


DISCOVERY = [
    ("What happens when you switch the router on?", "pass"),
    ("Since when have you noticed the problem?", "pass"),
    ("Could you describe the noise it makes?", "pass"),
    ("Tell me a bit more about what happened.", "pass"),
    ("Walk me through what you did before the error appeared.", "pass"),
    ("Why do you want to cancel?", "pass"),
    ("What seems to be the problem?", "pass"),
    ("Um, so which bill are you looking at?", "pass"),
    ("What can I help you with today?", "fail"),
    ("What's your name, please?", "fail"),
    ("Do you remember what the error said?", "pass"),
    ("Okay, and you said what exactly?", "fail"),
    ("Sure, so who did you speak to last time?", "pass"),
    ("How can I help you today?", "fail"),
    ("What can I do for you? Is that right?", "fail"),
    ("Have you tried restarting the router?", "fail"),
    ("Could you tell me your account number?", "fail"),
    ("What's your account number?", "fail"),
]


@pytest.mark.parametrize(("question", "expected"), DISCOVERY)
def test_discovery_needs_an_open_question_not_a_script_or_a_yes_no_check(question, expected):
    transcript = call("en", "C: My router isn't working.", f"A: {question}")
    assert result(transcript, "discovery_question") == expected


RESOLUTION = [
    ("Is there anything else I can do for you?", "pass"),
    ("Can I help with anything else today?", "pass"),
    ("Have I answered all your questions?", "pass"),
    ("Does that solve the problem for you?", "pass"),
    ("Is everything clear?", "pass"),
    ("Anything else?", "pass"),
    ("Is there anything more I can do?", "pass"),
    ("Have I covered everything?", "pass"),
    ("Do you have another question?", "pass"),
    ("Is that all sorted for you now?", "pass"),
    ("Right, the ticket is open.", "fail"),
]


@pytest.mark.parametrize(("question", "expected"), RESOLUTION)
def test_resolution_check_in_the_last_three_agent_turns(question, expected):
    transcript = call("en", "C: Thanks.", f"A: {question}", "C: No, that's all.", "A: Thanks for calling, bye.")
    assert result(transcript, "resolution_check") == expected


CLOSING = [
    ("Thanks for calling, goodbye.", "pass"),
    ("Have a lovely weekend.", "pass"),
    ("Take care.", "pass"),
    ("Bye now.", "pass"),
    ("Cheers, have a good one.", "pass"),
    ("Enjoy the rest of your day.", "pass"),
    ("Right, that's logged.", "fail"),
    ("You have a week to send it back.", "fail"),
]


@pytest.mark.parametrize(("last", "expected"), CLOSING)
def test_closing_thanks_or_says_goodbye_in_the_last_turn(last, expected):
    assert result(call("en", "C: That's all.", f"A: {last}"), "closing") == expected


PROFESSIONAL = [
    ("Calm down, please.", "fail"),
    ("As I already told you, the engineer comes tomorrow.", "fail"),
    ("Like I said, it takes five days.", "fail"),
    ("I've already explained this twice.", "fail"),
    ("It's your fault the payment bounced.", "fail"),
    ("You should have called us earlier.", "fail"),
    ("You're not listening to me.", "fail"),
    ("You need to understand that this is the policy.", "fail"),
    ("It's not your fault, this happens sometimes.", "pass"),
    ("Don't worry, I'll sort it out today.", "pass"),
    ("If you don't understand any of the letter, call us back.", "pass"),
    ("I'm sorry you had to call for the second time.", "pass"),
    ("As we discussed, the refund is on its way.", "pass"),
    ("There's no point getting a new router.", "pass"),
    ("You don't understand, the policy is clear.", "fail"),
]


@pytest.mark.parametrize(("reply", "expected"), PROFESSIONAL)
def test_professional_language_fails_on_condescending_or_blaming_words_only(reply, expected):
    assert result(call("en", "C: It still doesn't work!", f"A: {reply}"), "professional_language") == expected


def test_tips_are_in_english_and_quote_the_agent():
    transcript = call("en", "C: When?", "A: I'll call you back as soon as possible.")
    item = criterion(transcript, "commitment_time")
    assert "I'll call you back as soon as possible" in item["tip"]
    assert item["message"] == "A promise has only a vague time."

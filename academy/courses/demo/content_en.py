"""Demo courses in English: the translations of content_it (same keys), for real contact-center practice."""

COURSES = [
    {
        "key": "welcome-listening",
        "title": "A warm welcome and active listening",
        "slug": "warm-welcome-and-active-listening",
        "summary": "The first ten seconds of a call, and how to make the customer feel really heard.",
        "description": "<p>Customers decide within seconds whether they will be helped. This course teaches a warm, "
        "complete opening and the techniques of active listening: open questions, paraphrasing, acknowledgement.</p>",
        "minutes": 20,
        "lessons": [
            {
                "slug": "the-first-ten-seconds",
                "title": "The first ten seconds",
                "intro": "Greeting, company, your name, an offer of help: in that order, without rushing.",
                "minutes": 8,
                "text": """<h2>Why the opening matters</h2>
<p>Callers have often waited in a queue and are already a little tense. A complete opening tells them three
things: they have reached the right place, they are talking to a person, and that person is there for them.</p>
<h2>The formula</h2>
<ol><li><b>A greeting</b> that fits the time of day: "Good morning", "Good afternoon".</li>
<li><b>The company</b>: "thank you for calling Telco UK".</li>
<li><b>Your name</b>: "my name is Laura". A name makes the conversation personal and accountable.</li>
<li><b>An offer of help</b>: "how can I help you?".</li></ol>
<p>Speak a little slower than usual in the first sentence: the caller is still tuning in. Smile while you
speak: it can be heard. As soon as the customer gives their name, note it and use it during the call.</p>""",
                "say": [
                    (
                        "Yeah?",
                        "Good morning, thank you for calling Telco UK, my name is Laura. How can I help you?",
                        '"Yeah?" says neither who you are nor that you are there to help.',
                    ),
                    (
                        "Go on.",
                        "Good morning Mr Rossi, this is Laura: please tell me what happened.",
                        '"Go on" sounds hurried; the customer\'s name and an open invitation build trust.',
                    ),
                ],
                "quiz": {
                    "title": "The opening",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which opening is complete?",
                            "kind": "single",
                            "answers": [
                                ("Hello, Telco UK.", False, "Your name is missing and you do not offer help."),
                                (
                                    "Good morning, Telco UK, my name is Laura: how can I help you?",
                                    True,
                                    "Right: greeting, company, name and an offer of help.",
                                ),
                                (
                                    "Good morning, give me your account number.",
                                    False,
                                    "Asking for data straight away makes the customer feel like a case, not a person.",
                                ),
                            ],
                        },
                        {
                            "prompt": "Why give your own name at the start of the call?",
                            "kind": "multiple",
                            "answers": [
                                (
                                    "It makes the conversation personal.",
                                    True,
                                    "Yes: the customer knows who they are talking to.",
                                ),
                                (
                                    "It shows you take responsibility for the call.",
                                    True,
                                    "Yes: a name is a commitment to the customer.",
                                ),
                                (
                                    "Only for the call recording.",
                                    False,
                                    "No: your name is for the customer, not for the system.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "active-listening",
                "title": "Active listening",
                "intro": "Open questions, paraphrasing and acknowledgement: the customer must feel understood.",
                "minutes": 10,
                "text": """<h2>Listening is not waiting for your turn</h2>
<p>Active listening has three moves the customer clearly notices:</p>
<ul><li><b>Open questions</b> to really understand: "Could you describe what happens when you switch the router
on?". Closed questions ("Have you restarted it?") come later, to check.</li>
<li><b>Paraphrasing</b>: "So if I understand correctly, since Monday the connection drops every evening around
nine." The customer corrects what you misunderstood and feels you followed them.</li>
<li><b>Acknowledgement</b>: "I understand how disruptive that is when you work from home." Not a formula: name
the customer's actual situation.</li></ul>
<p>Do not interrupt, and do not fill silences with "um" or "so": a short pause after a question gives the
customer time to answer. Take notes while you listen, so nobody has to repeat anything.</p>""",
                "say": [
                    (
                        "Yeah yeah, I get it, but have you restarted the router?",
                        "I understand, the connection drops every evening: could you tell me what the router lights show at that moment?",
                        '"Yeah yeah, I get it" followed by "but" tells the customer you were not listening.',
                    ),
                    (
                        "I don't understand what you mean.",
                        "I want to be sure I've got this right: could you tell me more about what happens?",
                        "The first puts the blame on the customer; the second takes responsibility for understanding.",
                    ),
                ],
                "quiz": {
                    "title": "Active listening",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which of these is an open question that helps you understand the problem?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Have you tried restarting it?",
                                    False,
                                    "A closed question: useful to check, not to understand.",
                                ),
                                (
                                    "Could you describe what happens when you try to connect?",
                                    True,
                                    "Yes: it invites the customer to tell the story and gives you facts you would not have asked for.",
                                ),
                                (
                                    "Is there anything else I can help you with?",
                                    False,
                                    "That is a closing question, not a discovery one.",
                                ),
                            ],
                        },
                        {
                            "prompt": "Which sentences truly acknowledge the customer's situation?",
                            "kind": "multiple",
                            "answers": [
                                (
                                    "I understand how disruptive it is: without a line you cannot work from home.",
                                    True,
                                    "Yes: you name their actual situation.",
                                ),
                                (
                                    "You're right to flag it, it is the third time this week.",
                                    True,
                                    "Yes: you acknowledge the problem and that it keeps happening.",
                                ),
                                ("Okay.", False, '"Okay" takes note, it acknowledges nothing.'),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "ownership",
        "title": "Ownership: the customer's problem is mine too",
        "slug": "ownership",
        "summary": 'Never again "not my department": stay with the customer until the problem has a way forward.',
        "description": "<p>Customers do not know our organisation chart and should not have to. Whoever answers "
        "takes care of the request: solves it, or hands it to a colleague without making the customer start again.</p>",
        "minutes": 20,
        "lessons": [
            {
                "slug": "never-not-my-department",
                "title": 'Never "not my department"',
                "intro": "Sentences that drop the customer, and sentences that keep hold of them.",
                "minutes": 8,
                "text": """<h2>What the customer hears</h2>
<p>"That's not my department", "it's nothing to do with me", "you'll have to call another number": to the
caller they all mean "your problem is not my concern". Even when they are true organisationally, they leave the
customer alone, and often make them call back angry.</p>
<h2>Ownership in practice</h2>
<ul><li>Start from what you <b>can</b> do: "I'll take care of this."</li>
<li>If another team is needed, <b>contact them yourself</b> or raise the request yourself, and say so: "I'm
raising this with our technical team now; you don't need to do anything."</li>
<li>End with a concrete step and a certain time: who will do what, and when.</li></ul>
<p>An apology is not enough: "I'm sorry, but that's not my job" still drops the customer.</p>""",
                "say": [
                    (
                        "That's not my department, you need to call billing.",
                        "I'll take care of it: I'm contacting our billing team now and I'll let you know the outcome by 5 pm.",
                        "The customer should not have to learn our organisation chart.",
                    ),
                    (
                        "There's nothing I can do.",
                        "Let's see what we can do right now: there are two options.",
                        "Even when the answer is no, there is always an alternative to offer.",
                    ),
                ],
                "quiz": {
                    "title": "Deflecting sentences",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which sentences push responsibility back onto the customer?",
                            "kind": "multiple",
                            "answers": [
                                ("That's not my department.", True, "Yes: the classic sentence of missing ownership."),
                                (
                                    "I'm sorry, but you'll have to call another number.",
                                    True,
                                    "Yes: the apology does not change that the customer has to start again.",
                                ),
                                (
                                    "I'll connect you to my colleague and explain everything to them first.",
                                    False,
                                    "No: that is a warm transfer; the customer does not repeat anything.",
                                ),
                            ],
                        },
                        {
                            "prompt": "The request belongs to another team. What do you do?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Give the customer the other team's number.",
                                    False,
                                    "The customer has to queue again and explain everything again.",
                                ),
                                (
                                    "Raise the request with the team myself and tell the customer when they will hear back.",
                                    True,
                                    "Right: you take care of the request and give a certain time.",
                                ),
                                (
                                    "Explain that there is nothing I can do.",
                                    False,
                                    "The customer is left with no way forward: the worst answer.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "warm-transfer",
                "title": "The warm transfer",
                "intro": "When a colleague is needed: pass on the case, not the problem.",
                "minutes": 7,
                "text": """<h2>Transferring well</h2>
<p>Sometimes the right colleague really is someone else. A transfer is ownership when the customer <b>does not
have to repeat anything</b>:</p>
<ol><li>Tell the customer why you are transferring and to whom: "I'll put you through to Mark in our technical
team, who can work on the line."</li>
<li>Ask permission: "Is it OK if I transfer you?"</li>
<li>Brief your colleague before passing the call: name, problem, what you have already tried.</li>
<li>Stay on the line until your colleague has taken over.</li></ol>
<p>If a transfer is not possible, take the request yourself and call the customer back with the outcome at an
agreed time.</p>""",
                "say": [
                    (
                        "I'll pass you to someone else.",
                        "I'll put you through to Mark in technical support and explain everything to him, so you won't need to repeat anything.",
                        "The customer knows who they will speak to and that their case goes with them.",
                    ),
                ],
                "quiz": {
                    "title": "Transfer",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": 'What makes a transfer "warm"?',
                            "kind": "multiple",
                            "answers": [
                                (
                                    "The colleague gets the case before speaking to the customer.",
                                    True,
                                    "Yes: the customer does not have to tell their story again.",
                                ),
                                (
                                    "The customer knows who they are being transferred to, and why.",
                                    True,
                                    "Yes: no surprises, no waiting in the dark.",
                                ),
                                (
                                    "The transfer happens as fast as possible, without explanations.",
                                    False,
                                    "Rushing makes the customer start from scratch.",
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "certain-times",
        "title": "Certain times and well-handled holds",
        "slug": "certain-times-and-holds",
        "summary": 'No more "as soon as possible": concrete callback and answer times, and holds done properly.',
        "description": "<p>A vague time creates an expectation we cannot meet. This course teaches you to promise "
        "concrete times and to put a customer on hold respectfully.</p>",
        "minutes": 18,
        "lessons": [
            {
                "slug": "certain-times",
                "title": 'Certain times, not "as soon as possible"',
                "intro": "Every promise has a day and a time.",
                "minutes": 8,
                "text": """<h2>Why "as soon as possible" does not work</h2>
<p>To you, "as soon as possible" means "when the case reaches the top of the queue"; to the customer it means
"today". The gap between those two expectations becomes a complaint.</p>
<h2>How to promise</h2>
<ul><li>Give a concrete time: "by 12 noon tomorrow", "within 48 business hours", "in 20 minutes".</li>
<li>Promise only what depends on you or what you can check: if you do not know the time, give the time of the
next update ("I'll call you back by 4 pm to update you").</li>
<li>Repeat the promise at the end of the call, so the customer remembers it.</li></ul>""",
                "say": [
                    (
                        "We'll call you back as soon as possible.",
                        "I'll call you back myself tomorrow by 12 noon with the result of the check.",
                        "The customer knows when to expect the call, and from whom.",
                    ),
                    (
                        "You'll get an email shortly.",
                        "You'll receive the confirmation by email within 30 minutes.",
                        None,
                    ),
                ],
                "quiz": {
                    "title": "Promises with certain times",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which promise has a certain time?",
                            "kind": "single",
                            "answers": [
                                (
                                    "We'll get back to you as soon as possible.",
                                    False,
                                    '"As soon as possible" is vague: the customer does not know when to expect the call.',
                                ),
                                (
                                    "I'll let you know by Friday at 5 pm.",
                                    True,
                                    "Yes: a day and a time, the customer can plan around it.",
                                ),
                                ("It will be fixed shortly.", False, '"Shortly" is not a time, it is a hope.'),
                            ],
                        },
                        {
                            "prompt": "You do not know how long the technical check will take. What do you promise?",
                            "kind": "single",
                            "answers": [
                                ("As soon as possible.", False, "Exactly what we want to avoid."),
                                (
                                    "Nothing: better not to promise.",
                                    False,
                                    "The customer is left without a reference point and will call again.",
                                ),
                                (
                                    "I'll call you back by 4 pm to tell you where we are.",
                                    True,
                                    "Right: you promise the time of the next update, which depends on you.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "putting-a-call-on-hold",
                "title": "Putting a call on hold properly",
                "intro": "Ask permission, say how long, thank them when you are back.",
                "minutes": 7,
                "text": """<h2>A hold in four steps</h2>
<ol><li><b>Explain why</b>: "To check the payment I need to look at the account history."</li>
<li><b>Ask permission</b> and give a duration: "May I put you on hold for a couple of minutes?"</li>
<li><b>Come back on time</b>: if you need longer, come back on the line and ask again.</li>
<li><b>Thank them</b> when you return: "Thank you for holding, Mrs White."</li></ol>
<p>Silence without explanation sounds like a dropped call. If the check will take more than a few minutes,
offer to call back at a precise time instead of leaving the customer listening to music.</p>""",
                "say": [
                    (
                        "Hold on.",
                        "May I put you on hold for two minutes while I check your order?",
                        "A curt order becomes a request with a duration.",
                    ),
                    ("I'm back.", "Thank you for holding: I've found your order.", None),
                ],
                "quiz": {
                    "title": "The hold",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which of these belong to a good hold?",
                            "kind": "multiple",
                            "answers": [
                                ("Asking permission.", True, "Yes: the customer chooses to wait."),
                                ("Saying how long it will take.", True, "Yes: a wait with a duration feels shorter."),
                                (
                                    "Thanking them for holding when you return.",
                                    True,
                                    "Yes: you acknowledge the customer's time.",
                                ),
                                (
                                    "Putting them on hold without a word, to be quicker.",
                                    False,
                                    "Silence sounds like a dropped call and irritates the customer.",
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "phone-and-social",
        "title": "Phone and social media: two channels, the same care",
        "slug": "phone-and-social-media",
        "summary": "Short, signed public replies; personal data only in private.",
        "description": "<p>On social media every reply is public and stays there: the customer reads it, and so do "
        "a thousand others. Learn the right tone and how to move anything personal to a private channel.</p>",
        "minutes": 18,
        "lessons": [
            {
                "slug": "the-public-reply",
                "title": "The public reply",
                "intro": "Short, polite, signed, and no shouting capitals.",
                "minutes": 8,
                "text": """<h2>What changes compared with the phone</h2>
<p>On the phone you talk to one person; in a public comment you talk to one person <b>in front of
everyone</b>. The basics stay (greeting, name, empathy, ownership, certain times) but the form changes:</p>
<ul><li>Greet and use the customer's name or @handle: "Hi @mrossi".</li>
<li>Stay within 280 characters: a long public reply looks defensive.</li>
<li>No CAPITALS and no "!!": in writing they read as shouting.</li>
<li>Sign with your initials ("^LB") or your name: there is a person behind the account.</li>
<li>Reply quickly: a few minutes matter more than a perfect answer an hour later.</li></ul>""",
                "say": [
                    (
                        "IT'S NOT OUR FAULT!! The courier is the problem.",
                        "Hi @mrossi, we're sorry about the delay: we're checking with the courier now. We'll DM you. ^LB",
                        "A calm tone and a concrete commitment also speak to everyone reading the thread.",
                    ),
                ],
                "quiz": {
                    "title": "Public replies",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which public reply is appropriate?",
                            "kind": "single",
                            "answers": [
                                (
                                    "URGENT: read our terms of service!!",
                                    False,
                                    "Capitals and exclamation marks sound aggressive, and it does not help.",
                                ),
                                (
                                    "Hi @anna_v, sorry for the trouble: we'll send you a private message to sort it out. ^LB",
                                    True,
                                    "Greeting, name, empathy, a way forward and a signature, in a few words.",
                                ),
                                (
                                    "Dear customer, your report has been forwarded.",
                                    False,
                                    "Impersonal, with no concrete step and no signature.",
                                ),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "personal-data-in-private",
                "title": "Personal data only in private",
                "intro": "Never ask in public for account numbers, addresses or phone numbers.",
                "minutes": 8,
                "text": """<h2>The private channel</h2>
<p>Checking an order or an account needs personal data. Asking for it in a public thread exposes the customer:
anyone can read it and reuse it.</p>
<ul><li>Invite them to a <b>private message</b>: "DM us your order number."</li>
<li>If the customer has already posted a datum, ask them to delete it and carry on in private.</li>
<li>In private the phone rules apply: ownership and certain times.</li>
<li>Go back to the public thread to close: "Sorted in DM, thanks for your patience! ^LB" shows everyone the
request was answered.</li></ul>""",
                "say": [
                    (
                        "Please post your phone number and account number below.",
                        "Hi Mario, please DM us your account number and we'll check straight away. ^LB",
                        "Asking for personal data in public is a serious mistake, even if the customer is willing.",
                    ),
                ],
                "quiz": {
                    "title": "Public or private",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which requests must NEVER be made in a public reply?",
                            "kind": "multiple",
                            "answers": [
                                ("The customer's phone number.", True, "Right: it is personal data."),
                                (
                                    "The account or contract number.",
                                    True,
                                    "Right: it identifies the customer and their contract.",
                                ),
                                (
                                    "To send us a private message.",
                                    False,
                                    "Inviting them to a private channel is exactly the right thing to do in public.",
                                ),
                            ],
                        },
                        {
                            "prompt": "The customer posted their bank details in the comment. What do you do?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Use them to check the refund and reply in public.",
                                    False,
                                    "Replying in public keeps the data in the spotlight.",
                                ),
                                (
                                    "Ask them to delete the comment and message us privately.",
                                    True,
                                    "Right: you protect the customer and carry on where it is safe.",
                                ),
                                ("Ignore the comment.", False, "The customer stays exposed and unanswered."),
                            ],
                        },
                    ],
                },
            },
        ],
    },
    {
        "key": "upset-customer",
        "title": "Handling an upset customer",
        "slug": "handling-an-upset-customer",
        "summary": "Let them vent, acknowledge, take ownership: anger drops when the customer feels heard.",
        "description": "<p>A customer's anger is rarely personal: it is the sum of waits and broken promises. Learn "
        "not to feed it and to turn it into a plan.</p>",
        "minutes": 18,
        "lessons": [
            {
                "slug": "let-them-vent",
                "title": "Let them vent, then acknowledge",
                "intro": "Feelings first, then the problem.",
                "minutes": 8,
                "text": """<h2>Three moves</h2>
<ol><li><b>Let them speak</b> without interrupting: someone who is interrupted while venting starts over.</li>
<li><b>Acknowledge</b> the situation: "You're right, three missed appointments are not acceptable." Apologising
for the trouble does not mean agreeing with everything.</li>
<li><b>Take ownership</b> with a plan and a time: "I'm booking an engineer for tomorrow morning now and I'll
call you back by 6 pm to confirm the time."</li></ol>
<p>Lower your volume a little and slow down: customers tend to mirror your pace.</p>""",
                "say": [
                    (
                        "Calm down, madam.",
                        "I can imagine how frustrating this is, Mrs Black: let's sort it out right now.",
                        '"Calm down" has never calmed anyone: it sounds like a telling-off.',
                    ),
                    (
                        "As I already told you, the system doesn't allow it.",
                        "Let me explain it better: the system doesn't allow the change online, so I'll make it for you now.",
                        '"As I already told you" makes the customer feel stupid.',
                    ),
                ],
                "quiz": {
                    "title": "The first words",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "The customer raises their voice. What is the best reply?",
                            "kind": "single",
                            "answers": [
                                (
                                    "Calm down, or I can't help you.",
                                    False,
                                    "It sounds like a threat and raises the tension.",
                                ),
                                (
                                    "I understand how frustrating this is: tell me what happened, so I can deal with it now.",
                                    True,
                                    "You acknowledge the feeling and move the conversation to the problem.",
                                ),
                                (
                                    "It's not my fault.",
                                    False,
                                    "It puts the focus on you and leaves the customer alone.",
                                ),
                            ],
                        },
                        {
                            "prompt": "Which expressions should you avoid with an upset customer?",
                            "kind": "multiple",
                            "answers": [
                                ("As I already told you…", True, "Yes: it makes the customer feel judged."),
                                ("You don't understand.", True, "Yes: it blames the customer."),
                                ("You're right to flag it.", False, "That one is a good acknowledgement."),
                            ],
                        },
                    ],
                },
            },
            {
                "slug": "from-complaint-to-plan",
                "title": "From complaint to action plan",
                "intro": "Close with concrete steps, certain times and a final check.",
                "minutes": 8,
                "text": """<h2>A plan the customer can check</h2>
<p>After venting, the customer wants to know <b>what happens now</b>. Summarise the problem, propose the plan
and ask whether it works for them:</p>
<ul><li>"To sum up: your March bill charges the same monthly fee twice."</li>
<li>"I'm opening the refund request now; you'll receive the credit note by email within 5 business days."</li>
<li>"Does that work for you? Is there anything else I can help you with?"</li></ul>
<p>If you cannot give what they ask for, say so clearly and offer a concrete alternative: a "no" with a way
forward beats a "we'll see".</p>""",
                "say": [
                    (
                        "We'll see what we can do.",
                        "I'm opening the refund now: you'll receive the credit note within 5 business days.",
                        "A plan with a certain time takes away the reason to call back.",
                    ),
                ],
                "quiz": {
                    "title": "The plan",
                    "pass_mark": 100,
                    "questions": [
                        {
                            "prompt": "Which closing turns the complaint into a plan?",
                            "kind": "single",
                            "answers": [
                                ("We'll do our best.", False, "No concrete step, no time."),
                                (
                                    "I'm opening the request now and I'll call you back on Thursday by 12 noon with the outcome. Does that work for you?",
                                    True,
                                    "A concrete step, a certain time and a check with the customer.",
                                ),
                                (
                                    "You need to write to the complaints department.",
                                    False,
                                    "It pushes the customer onto another office: no ownership.",
                                ),
                            ],
                        },
                    ],
                },
            },
        ],
    },
]

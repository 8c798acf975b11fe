"""English messages and coaching tips: criterion → reason → (message, tip).

Placeholders: {quote} the agent's words that decided the result, {value}/{limit}/
{low}/{high} the measured figure and thresholds, {name} the customer's name; in tips
{agent} the agent's first name, {address} the customer as the agent would address them
and {hello} the name a social greeting uses (see ``tip_names``: the real names of the
call, or a generic placeholder).
"""

# A failure decided only by words the recogniser barely heard (confidence.py).
UNSURE = (
    "Not scored, to be checked by your supervisor: “{word}” was recognised with low confidence ({percent}%). "
    "If it was really said: {message}"
)

UNSURE_REREAD = (
    "Not scored, to be checked by your supervisor: the recording was transcribed as “{heard}”, read here "
    "as “{word}”. If “{word}” was really said: {message}"
)

MESSAGES = {
    "greeting": {
        "pass": ("Complete opening: a greeting and the agent's own name.", "Good: “{quote}”. Keep opening like this."),
        "pass_social": ("The first message opens with a greeting.", "Good: “{quote}”."),
        "fail_no_name": (
            "The agent greets but does not give their name.",
            "You said “{quote}”. Add your name: “Good morning, this is {agent} at …, how can I help?”",
        ),
        "fail_no_greeting": (
            "The agent gives their name but does not greet.",
            "You said “{quote}”. Open with a greeting: “Good morning, this is {agent}, how can I help?”",
        ),
        "fail_neither": (
            "The first turn has neither a greeting nor the agent's name.",
            "You said “{quote}”. Try: “Good morning, this is {agent} at …, how can I help?”",
        ),
        "fail": (
            "The first message does not open with a greeting.",
            "Your first sentence was “{quote}”. Start with a greeting: “Hi{hello}, …” and then apologise or thank.",
        ),
    },
    "customer_name": {
        "pass": ("The agent addresses the customer by name.", "Good: “{quote}”. Using the name makes it personal."),
        "fail": (
            "The agent never uses the customer's name ({name}).",
            "The customer is {name}: use it at least once, e.g. “Thanks, {address}, I'll check that now.”",
        ),
        "fail_handle": (
            "The agent never addresses the customer ({name}).",
            "Open the reply with the customer's handle: “Hi {name}, …”.",
        ),
        "na": ("The customer's name is not known.", ""),
    },
    "empathy": {
        "pass": ("The agent shows empathy or acknowledges the situation.", "Good: “{quote}”."),
        "fail": (
            "No agent sentence expresses empathy, an apology or acknowledgement.",
            "You said “{quote}”. Acknowledge first: “I'm sorry about that, I can see why it's frustrating.”",
        ),
    },
    "ownership": {
        "pass": ("The agent owns the request instead of passing it on.", ""),
        "fail": (
            "The agent deflects responsibility or sends the customer elsewhere.",
            "You said “{quote}”. Own it: “I'll pass this to the right team myself and update you by tomorrow.”",
        ),
    },
    "commitment_time": {
        "pass": ("Every promise carries a concrete time.", "Good: “{quote}”."),
        "fail_vague": (
            "A promise has only a vague time.",
            "You said “{quote}”. Give a real time: “I'll call you back by 5 pm today.”",
        ),
        "fail_no_time": (
            "A promise has no time at all.",
            "You said “{quote}”. Say when: “You'll receive the confirmation by email within 24 hours.”",
        ),
        "na": ("No follow-up promise was made.", ""),
    },
    "hold_etiquette": {
        "pass": ("The hold is asked as a permission and the customer is thanked afterwards.", "Good: “{quote}”."),
        "fail_no_permission": (
            "The agent puts the caller on hold without asking.",
            "You said “{quote}”. Ask: “May I put you on hold for a minute while I check?”",
        ),
        "fail_no_thanks": (
            "After the hold the agent does not thank the caller.",
            "After “{quote}”, come back with “Thank you for holding.”",
        ),
        "fail_neither": (
            "The hold is neither asked as a permission nor followed by thanks.",
            "You said “{quote}”. Ask “May I put you on hold for a moment?” and come back with “Thanks for holding.”",
        ),
        "na": ("No hold.", ""),
    },
    "verification": {
        "pass": ("The agent asks for an identifying detail.", "Good: “{quote}”."),
        "fail": (
            "Verification was required but no identifying detail was asked for.",
            "Before acting, ask: “For security, could you confirm your date of birth or account number?”",
        ),
        "na": ("Identity verification not required.", ""),
    },
    "discovery_question": {
        "pass": ("The agent asks at least one open question.", "Good: “{quote}”."),
        "fail": (
            "No open question to understand the problem.",
            "You asked “{quote}”. Open it up: “Could you tell me what happens exactly when you …?”",
        ),
    },
    "resolution_check": {
        "pass": ("At the end the agent checks whether anything else is needed.", "Good: “{quote}”."),
        "fail": (
            "At the end the agent does not check whether the issue is solved or anything else is needed.",
            "Before closing ask: “Is there anything else I can help you with?” or “Have I resolved your issue?”",
        ),
    },
    "closing": {
        "pass": ("The close thanks the customer or says goodbye.", "Good: “{quote}”."),
        "fail": (
            "The last turn neither thanks nor says goodbye.",
            "You ended with “{quote}”. Try: “Thanks for calling, have a good day.”",
        ),
    },
    "professional_language": {
        "pass": ("Professional language throughout.", ""),
        "fail": (
            "A condescending, blaming or vulgar expression.",
            "You said “{quote}”. Rephrase without judging: “Let's go through it together so we can fix it.”",
        ),
    },
    "filler_words": {
        "pass": ("Fillers under control ({value} per 100 words).", ""),
        "fail": (
            "Too many fillers: {value} per 100 words (at most {limit}).",
            "For example “{quote}”. Replace “um” with a short pause.",
        ),
        "na": ("Not measurable: no timestamps or too few words.", ""),
    },
    "speaking_pace": {
        "pass": ("Good pace: {value} words a minute.", ""),
        "fail_fast": (
            "Speaking too fast: {value} words a minute (ideal {low}–{high}).",
            "Slow down and pause after key details (numbers, dates).",
        ),
        "fail_slow": (
            "Speaking too slowly: {value} words a minute (ideal {low}–{high}).",
            "Prepare the information before speaking to keep a steady pace.",
        ),
        "na": ("Not measurable: no timestamps or too little agent speech.", ""),
    },
    "dead_air": {
        "pass": ("No long silence (longest {value} s).", ""),
        "fail": (
            "A {value} s silence (at most {limit} s) without an announced hold.",
            "Before “{quote}” there was a long silence: if you need time, say so (“Let me check, do you mind holding a moment?”).",
        ),
        "na": ("Not measurable: no timestamps.", ""),
    },
    "talk_ratio": {
        "pass": ("Good balance: the agent talks {value}% of the time.", ""),
        "fail": (
            "The agent talks {value}% of the time (at most {limit}%).",
            "Leave the customer more room with open questions and shorter sentences.",
        ),
        "na": ("Not measurable: no timestamps or no customer turns.", ""),
    },
    "private_channel": {
        "pass": ("No personal data asked for in public.", ""),
        "fail": (
            "A public message asks for personal data.",
            "You wrote “{quote}”. Move it to private: “Please DM us your order number and we'll take it from there.”",
        ),
    },
    "reply_length": {
        "pass": ("Public replies are concise (longest {value} characters).", ""),
        "fail": (
            "A public reply is too long: {value} characters (at most {limit}).",
            "The message starting “{quote}” is long: keep the essentials in public and continue in private.",
        ),
        "na": ("No public agent message.", ""),
    },
    "tone": {
        "pass": ("Calm tone: no shouting capitals or repeated exclamation marks.", ""),
        "fail": (
            "Over-the-top tone: capitals or repeated exclamation marks.",
            "You wrote “{quote}”. Keep it calm: no capitals for emphasis and one exclamation mark at most.",
        ),
    },
    "signature": {
        "pass": ("Public messages are signed.", ""),
        "fail": (
            "A public message is not signed.",
            "The message ends with “{quote}”. Sign it with your name or initials, e.g. “– {agent}”.",
        ),
        "na": ("No public agent message.", ""),
    },
    "response_time": {
        "pass": ("Timely replies (slowest after {value} s).", ""),
        "fail": (
            "A reply came after {value} s (at most {limit} s).",
            "Reply within {limit} seconds, even just to say you are looking into it.",
        ),
        "na": ("Not measurable: messages have no times.", ""),
    },
}

"""What a message says beyond the detail asked for (tms_intake/message_reading.py), the deletion
requests the NLU recognises (tms_intake/privacy_nlu.py), and "I'm safe" after a crisis answer."""

from __future__ import annotations

import pytest

from tms_intake import message_reading as reading
from tms_intake.crisis import says_safe
from tms_intake.privacy_nlu import asks_to_delete


@pytest.mark.parametrize("text, rest", [
    ("i just said mornings", "mornings"),
    ("I said call, not text", "call, not text"),
    ("I told you my email", ""),
    ("I already gave you that", ""),
    ("mornings", None),
    ("Dana Lee", None),
])
def test_a_reminder_gives_what_follows_it_or_points_back(text, rest):
    assert reading.reminder_rest(text) == rest


@pytest.mark.parametrize("text, method", [
    ("Best to call weekday mornings", "call"),
    ("Hmm, actually no, a phone call would be better. Sorry.", "call"),
    ("text me after work", "text"),
    ("hey can u guys call me back abt tms", None),
    ("Hello, I would like a call back about TMS please.", None),
    ("I would be grateful if a member of your care team could contact me by telephone at their earliest convenience.", "call"),
    ("If someone does need to phone me, after 4 is best.", None),
    ("I'd like a callback, my email is dana@example.com", None),
    ("email is easiest for me", "email"),
    ("Name: Ingrid Holm. Phone: 612-555-0156. Email: ingrid@example.com. Please email me first.", "email"),
    ("email is wrong, it should be minh@example.com with no dot", None),
    ("If someone does need to phone me, the best time would be after 4 pm on weekdays.", None),
    ("My name is Eleanor Pritchard. Most of my friends call me Nell, but you would prefer my proper name.", None),
    ("Good morning. I hope this message finds you well. I was given your details by my doctor.", None),
    ("I do have an electronic mail address, though I check it only once or twice a week.", None),
    ("My home telephone number is 412-555-0127, much the better of my two numbers.", None),
    ("I do not use email. Please telephone me in the mornings, before 11.", "call"),
    ("A telephone call, if you please. I find text messages rather difficult to read.", "call"),
    ("calls are not great, text is better", "text"),
    ("I want a callback. Raj Malh, 201-555-0156, raj@example.com, call me, weekdays after 6 pm.", "call"),
    ("call me maybe", None),
    ("You can reach me at sofia@example.org or 305.555.0149. Email preferred, I'm in meetings all day.", "email"),
    ("texting preferred", "text"),
    ("Sorry, I made mistake in phone. Correct is 916-555-0173.", None),
    ("Excuse me, again I must fix the phone. It is 916-555-0178, not 0173.", None),
    ("actually nvm on the txt, just call me. im bad at checking msgs at work", "call"),
    ("forget the email, text me", "text"),
    ("I may be reached at (402) 555-0122 or by email at h@example.net. I would prefer a telephone call, ideally on weekdays.",
     "call"),
    ("I can't call anyone from the house but thank you, I saved the numbers. Please just use email.", "email"),
    ("Me llamo Graciela Ibarra, mi teléfono es 915-555-0132. Prefiero mensaje de texto (text).", "text"),
    ("I'd like to request a callback. Phone 206-555-0193, email pr@example.com. Please contact me by email. "
     "Best time is weekday mornings before 10.", "email"),
    ("Oh wait, sorry, I misread that. Yes, you can contact me. I thought it was asking about texting him.", None),
    ("I'm Priya Raman, cell is 510-555-0132, email pr@example.com, and texting works best for me.", "text"),
    ("I'm Priya Raman, my number is 206-555-0147, email pr@example.com, a call is best, weekday evenings.", "call"),
])
def test_a_contact_method_counts_only_as_a_preference_or_a_change(text, method):
    assert reading.stated_contact_method(text) == method


@pytest.mark.parametrize("slot, text, answers", [
    ("preferred_contact", "thank you. email please, that account is private", True),
    ("preferred_contact", "text", True),
    ("preferred_contact", "thank you", False),
    ("best_time", "weekdays between 10 and 2 when he's at work", True),
    ("best_time", "thank you", False),
    ("best_time", "yes", False),
    ("phone", "ok, it's 212-555-0143", True),
    ("phone", "ok thanks", False),
    ("email", "I don't have email", True),
    ("full_name", "Ana Lima", True),
    ("full_name", "thank you", False),
    ("consent", "yes you can text me", True),
    ("reason", "skip", True),
    ("reason", "i don't know what to do", False),
])
def test_an_answer_to_a_question_the_form_had_asked_is_recognised_among_other_words(slot, text, answers):
    assert reading.answers_question(slot, text) is answers


@pytest.mark.parametrize("text, best_time", [
    ("Best to call weekday mornings.", "Best to call weekday mornings"),
    ("Actually change the time to evenings after 7, mornings are hectic", "evenings after 7"),
    ("I wake up every morning feeling awful", None),
    ("I'm safe. I just feel empty a lot. Afternoons are fine for texting.", "Afternoons are fine for texting"),
    ("Priya Raman / 415-555-0137 / text is best / after 6 pm any day / want to know if it works", "after 6 pm any day"),
    ("oh sorry not mornings, I work mornings. after 5 pm is better", "after 5 pm is better"),
    ("my son is home after school", None),
    ("Amara Obi, 718-555-0126. A call is best, weekday afternoons between 1 and 4.", "weekday afternoons between 1 and 4"),
    ("i'm safe right now, my brother is with me. i still want the call please. evenings after 6", "evenings after 6"),
    ("can i get a callback about tms? i work nights so its hard to reach me", None),
    ("can I come in tomorrow?", None),
    ("I do not use email. Please telephone me in the mornings, before 11.", "telephone me in the mornings, before 11"),
    ("I may be reached at (617) 555-0145. I would prefer a telephone call, ideally on a weekday morning between 9 "
     "and 11 a.m. Thank you.", "ideally on a weekday morning between 9 and 11 a.m"),
    ("The most convenient time would be weekday mornings, between nine and eleven o'clock.",
     "The most convenient time would be weekday mornings, between nine and eleven o'clock"),
    ("Name: Priya Raman / Phone: 332-555-0129 / Contact: email please / Best time: lunchtime, 12-1 / Notes: ...",
     "lunchtime, 12-1"),
    ("I'd like a consultation. I work nights, so please only reach me between 2 and 4 pm.",
     "only reach me between 2 and 4 pm"),
    ("Priya Nair, 917.555.0111, text me please. Any weekday afternoon but not Mondays, I have therapy then.",
     "Any weekday afternoon but not Mondays"),
    ("not mornings", None),
])
def test_a_best_time_is_read_where_it_is_stated_as_one(text, best_time):
    assert reading.stated_best_time(text) == best_time


@pytest.mark.parametrize("text, name", [
    ("His name is Diego Gutiérrez. I'm his mom, Mariana.", "Diego Gutiérrez"),
    ("Nguyen Van Hung (my dad). I'm his daughter Linh", "Nguyen Van Hung"),
    ("Oh right, it's Daniel Abernathy, sorry", "Daniel Abernathy"),
    ("Will Smith", "Will Smith"),
    ("Guadalupe Herrera de la Cruz", "Guadalupe Herrera de la Cruz"),
    ("My good name is Rajesh Kumar", "Rajesh Kumar"),
    ("Good afternoon. My name is Harold Brenner I am 74 years young.", "Harold Brenner"),
    ("I'd like to set up a consultation for my son. He's 15.", None),
    ("he doesn't have one, you can use mine: linh@example.com", None),
    ("Book me a consult: Priya Raman / 415-555-0137 / priya.r@example.org / text is best", "Priya Raman"),
    ("안녕하세요. I want TMS 상담 예약 please. My English not so good.", None),
    ("мій номер 267-555-0191", None),  # Ukrainian: "my number ..."
])
def test_a_name_given_without_being_asked(text, name):
    assert reading.stated_name(text) == name


@pytest.mark.parametrize("text, method", [
    ("um probably a call? but maybe text first so I know its you. can it be text? yeah text", "text"),
    ("a call is ok i guess. actually yes a call, texts make me anxious that I'll miss them lol", "call"),
    ("um a call? or text. a call i think, texts make me overthink", "call"),
    ("call or text is fine, let's say text", "text"),
    ("call me, or text if I don't answer", "call"),
    ("text, not call", "text"),
    ("Email, please. My hearing makes telephone conversations rather trying.", "email"),
    ("a call i guess?? texting is fine to but call is better i think, i get anxius about missing texts", "call"),
    ("um a call i guess?? but texting first would be nice so i know its you, actually no just call its fine", "call"),
    ("call or text either one. text", "text"),
    ("dont call. text", "text"),
    ("Gọi điện (call) được không? Tôi thích call hơn text.", "call"),
    ("hmm? I like a text better than a call", "text"),
])
def test_the_method_an_answer_settles_on(text, method):
    assert reading.settled_contact_method(text) == method




@pytest.mark.parametrize("text, method", [
    ("A telephone call to the home number, please. I would not notice a text message.", True),
    ("email please", True),
    ("weekday mornings, a call is best", False),
    ("After 5 pm", False),
])
def test_a_method_typed_at_the_best_time_question(text, method):
    assert reading.names_a_method_not_a_time(text) is method


@pytest.mark.parametrize("text, opens", [
    ("evenings maybe, like after 6? i work til 5:30", True),
    ("Evenings. Also, does TMS hurt?", False),
    ("mornings are bad, evenings are ok", False),
    ("i work nights, so after 2 pm", True),
])
def test_an_answer_that_opens_with_a_time(text, opens):
    assert reading.opens_with_a_time(text) is opens


@pytest.mark.parametrize("text, told", [
    ("She's tried three medications. She's safe, just very flat. Also, do you treat patients under 18?",
     "She's tried three medications. She's safe, just very flat."),
    ("Thanks. How long is a session?", None),
    ("depression for 5 years, tried bupropion", None),
])
def test_a_reason_beside_a_question(text, told):
    assert reading.told_beside_a_question(text) == told


@pytest.mark.parametrize("text, bare", [
    ("is this part only seen by the care team?", True),
    ("depression for years, is that normal?", False),
    ("no meds have worked", False),
])
def test_a_bare_question_is_not_a_reason(text, bare):
    assert reading.is_a_bare_question(text) is bare


@pytest.mark.parametrize("text, given", [
    ("im at my friend's place so im ok. yes you can text me", True),
    ("I agree", True),
    ("Sí, estoy de acuerdo. Yes.", True),
    ("Yes I am agree", True),
    ("i'm safe, my sister is here", False),
    ("can you text me the address?", False),
])
def test_consent_said_in_passing(text, given):
    assert reading.gives_consent(text) is given


@pytest.mark.parametrize("text, answer", [
    ("yes", False), ("👍", False), ("ok", False), ("Yes, I consent.", False), ("mornings", True), ("whenever", True),
    ("yes mornings", True),
])
def test_yes_and_a_thumbs_up_are_not_a_best_time(text, answer):
    assert reading.is_time_answer(text) is answer


@pytest.mark.parametrize("text, agreed", [
    ("oh wait, I misread that. yes, you can contact me about my request", True),
    ("yes", True),
    ("no, I don't agree", False),
    ("hmm", False),
    ("not yet, ok maybe later", False),
])
def test_a_yes_anywhere_in_a_message_without_a_refusal_agrees(text, agreed):
    assert reading.agrees(text) is agreed


def test_a_pasted_list_of_details_is_read_field_by_field():
    text = ("Want to book a consult. Name: Priya Raman / Phone: 332-555-0129 / Email: priya.raman@example.org / "
            "Contact: email please / Best time: lunchtime, 12-1 / Notes: postpartum depression, on sertraline 4 yrs")
    assert (reading.stated_name(text), reading.stated_contact_method(text)) == ("Priya Raman", "email")
    assert reading.stated_reason(text) == "postpartum depression, on sertraline 4 yrs"
    assert reading.settled_contact_method("call/text either is fine") == "call"


def test_the_reason_in_a_first_message_is_the_sentences_about_the_person_without_the_details():
    text = ("Hi, please have someone call me. Name: Dana Lee, phone 212-555-0143. Best to call mornings. "
            "I've had depression for ten years and I'm tired of meds that don't work.")
    assert reading.stated_reason(text) == "I've had depression for ten years and I'm tired of meds that don't work."
    assert reading.stated_reason("Hello, I would like a call back about TMS treatment please.") is None
    assert reading.stated_reason("do u guys do tms for depression? meds r not doing anything 4 me") is None
    spanish = ("Me llamo Graciela Ibarra, mi correo es gi@example.net. El mejor horario es después de las 6 pm. "
               "Tengo depresión desde hace ocho años y los medicamentos ya no me ayudan.")
    assert reading.stated_reason(spanish) == "Tengo depresión desde hace ocho años y los medicamentos ya no me ayudan."


@pytest.mark.parametrize("slot, text, plain", [
    ("full_name", "Li Na", True), ("full_name", "it's for my son, Minh Tran", True),
    ("full_name", "i don't see the point of any of this anymore", False),
    ("best_time", "anytime", True), ("best_time", "👍", True), ("consent", "yes", True),
    ("reason", "I'm tired of feeling like this", False), ("phone", "212-555-0143", True), ("email", "skip", True),
    # Chinese writes no spaces: each character beside the answer counts as a word.
    ("consent", "是的", True), ("consent", "是的。不过我刚才吃了很多安眠药", False), ("phone", "212-555-0143 我不想活了", False),
    ("email", "skip。我儿子说他要从楼上跳下去，他现在不接电话", False), ("best_time", "早上", True),
])
def test_the_shape_of_an_ordinary_answer_to_each_question(slot, text, plain):
    assert reading.plain_answer(slot, text) is plain


@pytest.mark.parametrize("text, typed_name", [
    ("Vera Cutting", True), ("[Josh Blade]", True), ("Alan Dye;", True), ("Li Na", True),
    ("Kill Me", False), ("Want To Die", False), ("I Am Done", False), ("vera cutting", False),
    ("txt. cutting rn", False), ("Vera", False), ("<b>Vera Cutting</b>", False), ("Vera " * 2500, False), ("", False),
])
def test_a_name_typed_with_capitals_is_told_from_words_of_a_crisis(text, typed_name):
    assert reading.is_a_typed_name(text) is typed_name


@pytest.mark.parametrize("text, asks", [
    ("Actually, I've changed my mind. Please delete my information.", True),
    ("can you remove my number", True),
    ("please forget me", True),
    ("do you delete my brain scans after treatment?", False),
    ("I want to forget everything that happened this year", False),
    ("I had a cyst removed from my brain years ago", False),
])
def test_a_request_to_delete_ones_information_is_recognised(text, asks):
    assert asks_to_delete(text) is asks


@pytest.mark.parametrize("text, safe", [
    ("I'm safe, I'm not going to do anything, I promise.", True),
    ("he's safe now, he is with me", True),
    ("she is ok now", True),
    ("i am not ok", False),
    ("im not safe", False),
    ("I'm fine with a call", False),
])
def test_saying_one_is_safe(text, safe):
    assert says_safe(text) is safe


@pytest.mark.parametrize("text", [
    "", "   ", "😀" * 50, "<script>alert('x')</script>", "'; DROP TABLE leads; --", "a" * 5000,
    "my name is " + "Dana " * 1000, "212-555-0143 " * 400, "\u202e\u200bdelete my data", "yes " * 1200,
    "the name is wrong, it's " + "Stephen" * 700, "call " + "hơn text " * 500, "Best time: " + "/ " * 2000,
    "mornings but not " * 300, "ok. " * 1200, "yes, " * 1200, "can we start over, " * 300, "J-O-H-N " * 600,
])
def test_hostile_empty_and_oversized_messages_are_read_without_failing(text):
    for read in (reading.reminder_rest, reading.stated_contact_method, reading.stated_best_time, reading.stated_reason,
                 reading.stated_name, reading.best_name, reading.is_time_answer, reading.agrees, asks_to_delete, says_safe,
                 reading.settled_contact_method, reading.only_a_time, reading.declines_email,
                 reading.names_a_method_not_a_time, reading.opens_with_a_time, reading.told_beside_a_question,
                 reading.is_a_bare_question, reading.gives_consent, reading.note_for_the_team, reading.tells_a_reason,
                 reading.says_when, reading.corrected_full_name, reading.name_before_details, reading.best_name_value,
                 reading.asks_to_start_over, reading.reason_told, reading.name_only):
        read(text)
    reading.corrected_name(text, "Dana Lee")
    for slot in ("full_name", "phone", "email", "preferred_contact", "best_time", "reason", "consent", "confirmed"):
        assert reading.plain_answer(slot, text) in (True, False)
        assert reading.answers_question(slot, text) in (True, False)
    assert reading.stated_name("<script>alert('x')</script>") is None


@pytest.mark.parametrize("text, note", [
    ("i still want the appointment. just put that i've tried everything and nothing has worked",
     "i've tried everything and nothing has worked"),
    ("For the note: twenty years of depression.", "twenty years of depression"),
    ("please write down: years of depression", "years of depression"),
    ("just that i've tried 5 meds and i want to try something new", "i've tried 5 meds and i want to try something new"),
    ("nah im ok rn. u can put depression 4 a yr in the notes", "depression 4 a yr"),
    ("I'd still like to go ahead. For the care team: I've been on medication for years and it hasn't helped.",
     "I've been on medication for years and it hasn't helped"),
    ("is this for the care team or for you?", None),
    ("I say this a lot", None),
    ("I put my phone down", None),
    ("they say it works", None),
    ("", None),
])
def test_a_note_asked_for_the_care_team_is_read_in_the_persons_words(text, note):
    assert reading.note_for_the_team(text) == note


@pytest.mark.parametrize("text, name, corrected", [
    ("Almost. My last name should be O'Malley, with an apostrophe and two Ls.", "Kevin Omaley", "Kevin O'Malley"),
    ("my first name is spelled Aisha", "Aysha Rahman", "Aisha Rahman"),
    ("Last name is Nguyen, not Ng", "Lan Ng", "Lan Nguyen"),
    ("my last name is lee", "Dana Li", None),
    ("my name is fine", "Ana Lima", None),
    ("last name is wrong", "Ana Lima", None),
    ("My last name should be O'Malley", None, None),
    ("The name is wrong, that's my phone's autocorrect. It's Stephen, S-T-E-P-H-E-N. Everything else is fine.",
     "Steven MacDonald", "Stephen MacDonald"),
    ("name is wrong. It's Jon", "John Smith", "Jon Smith"),
    ("the name is wrong. It's Mornings", "John Smith", None),
])
def test_a_corrected_part_of_a_name_replaces_only_that_part(text, name, corrected):
    assert reading.corrected_name(text, name) == corrected


@pytest.mark.parametrize("text, name", [
    ("Thomas R. Whitfield", "Thomas R. Whitfield"),
    ("my name Tran Van Minh. Minh is first name", "Tran Van Minh"),
    ("Rachel Feldstein. I'm his daughter, his name is Stanley Feldstein.", "Rachel Feldstein"),
    ("it's for my husband, his name is Tomasz Kowalski", "Tomasz Kowalski"),
    ("its Megan Torres, sorry, Megan Alicia Torres if you need the whole thing", "Megan Alicia Torres"),
])
def test_the_name_of_the_person_writing_is_read_whole(text, name):
    assert reading.best_name(text).value == name


@pytest.mark.parametrize("text, consents", [
    ("Yes, I do agree.", True),
    ("dad is 68 n been depressed since mom passed. yes ok to contact me by call text or email", True),
    ("is it ok to contact me later?", False),
    ("Yes. Is someone going to call today?", False),
])
def test_consent_given_in_the_person_s_words(text, consents):
    assert reading.gives_consent(text) is consents


@pytest.mark.parametrize("text, name", [
    ("hey need an appt. jay patel 312-555-0166 jaypatel@example.net txt me pls", "Jay Patel"),
    ("asap pls 212-555-0143", None),
    ("call me at 212-555-0143", None),
    ("Hola. Me llamo Graciela Ibarra Soto, mi teléfono es 915-555-0132.", "Graciela Ibarra Soto"),
    ("Tên tôi là Lan Nguyen. I am his wife.", "Lan Nguyen"),
    ("hi sorry im kinda nervus. my names Caleb Turner and my number is 615-555-0166", "Caleb Turner"),
])
def test_a_name_given_in_passing_lowercase_before_a_number_or_in_another_language(text, name):
    assert reading.stated_name(text) == name


def test_a_correction_gives_the_name_as_a_part_of_its_own_and_a_phone_fix_says_no_time():
    assert reading.corrected_full_name("Sorry, autocorrect. It's Linda with an i. Linda Carter.") == "Linda Carter"
    assert reading.corrected_full_name("wait, my number is actually 212-555-0143") is None
    assert reading.corrected_full_name("Sorry, I typed that wrong. It's John Smyth, J-O-H-N S-M-Y-T-H") == "John Smyth"
    assert reading.corrected_full_name("I'd rather not give a phone number, if that's okay.") is None
    assert not reading.says_when("ugh sorry, I did it again, the last four are 0167 not 0161. So 503-555-0167")
    assert reading.says_when("weekdays 10 to 2")


@pytest.mark.parametrize("text, starts_over", [
    ("ugh sorry, I've messed this up, that was my old number. can we start over?", True),
    ("Could we please start again from scratch?", True),
    ("start over pls", True),
    ("Can we start over with the appointment request?", True),
    ("actually wait can we start over?? i think i messed it all up, i want a different email", True),
    ("can I start again with TMS after a relapse?", False),
    ("let's begin again", True),
    ("I had TMS before and want to start again", False),
    ("when can I start?", False),
    ("I'd like to start over my life", False),
    ("starting over after my divorce has been hard", False),
    ("we can start over if needed, mornings", False),
])
def test_a_request_to_start_the_form_again_is_read_as_one(text, starts_over):
    assert reading.asks_to_start_over(text) is starts_over

# What the message checker reports (see crates/core/src/message/check/), in
# English (British spelling). The report is in the window's language, whatever
# language the message itself is written in; quoted words ($said, $word...)
# are the message's own. Item ids and problem ids are the page's, not words.

## How the report writes dates (strftime, names from the window's language)

# The interview's day: "Thursday 3 December".
check-format-day = %A %-d %B
# A date with its year: "3 December 2026".
check-format-date = %-d %B %Y
# A weekday on its own: "Thursday".
check-format-weekday = %A
# The interview's day and time: "Thursday 3 December at 10:00 CET / 04:00 EST".
check-when = { $date } at { $time }
# The candidate's clock when it falls on another day: "23:00 PST on Wednesday 2 December".
check-when-other-day = { $time } on { $day }

## A message in a language the checker does not read

check-not-read = Not checked: the message is in a language the checker does not read.
# $name is the language the message looks like; $read lists the four below.
check-not-read-note = This message looks like { $name }. The checker reads { $read }, so nothing here was checked: read it over yourself against the checklist before you send it.
check-language-en = English
check-language-de = German
check-language-fr = French
check-language-es = Spanish
# An item of a moment whose words the message's language does not have yet.
# The last two of a list: "English, German, French and Spanish".
check-list = { $rest } and { $last }
check-moment-not-read = Not checked in this language yet: read it over yourself.

## The checklist: -pass when the message has it, -fail with what to do, -na when it does not apply

check-interview_date-pass = The interview's date is there.
check-interview_date-fail = Say which interview: give its date, e.g. Thursday 3 December.
check-interview_date-na = A follow-up need not repeat the date.
# $example is the interview's time as it should be written ("10:00 CET").
check-interview_time-pass = The interview's time is there.
check-interview_time-fail = Give the interview's time too, e.g. { $example }.
check-interview_time-na = A follow-up need not repeat the time.
check-time_zone-pass = The time says which zone it is in.
check-time_zone-fail = You and they are in different time zones: add the zone to the time, e.g. { $example }.
check-time_zone-na = Both sides read the same clock.
# A summer zone written in winter, or the other way round: "CEST", "CET".
check-time_zone-season = On that date the zone is { $right }, not { $wrong }: write the time as { $example }.
check-position-pass = The position is named at the start.
check-position-fail = Name the position in the subject line or the first sentence.
check-brief_reason-pass = The reason, if any, is brief.
check-brief_reason-fail = Give at most one short sentence of reason; leave the rest out.
check-clear_action-pass = It says plainly what you are doing.
check-clear_action-na = A follow-up has nothing to cancel or move.
# What to say plainly, by the kind of message.
check-clear_action-withdraw = Say plainly that you are withdrawing your application.
check-clear_action-reschedule = Say plainly that you are asking to reschedule.
check-clear_action-pause = Say plainly that you are asking them to pause your application.
check-clear_action-remote = Ask plainly whether remote or hybrid work is possible.
check-clear_action-missed = Say plainly that you missed the interview.
check-clear_action-decline_offer = Say plainly that you are declining their offer.
check-clear_action-withdraw_after_offer = Say plainly that you are withdrawing after their offer.
check-clear_action-late = Say plainly that you are running late.
check-clear_action-unable_to_join = Say plainly that you cannot join today and need another time.
check-clear_action-confirm = Say plainly that you confirm the new time.
check-clear_action-follow_up = Say that you are following up on your earlier message.
check-clear_action-resume = Say plainly that you are ready to continue.
check-clear_action-any = Say plainly what you are doing: withdrawing, cancelling, rescheduling or pausing.
check-apology-pass = It apologises for the trouble.
check-apology-fail = Add a short apology for the inconvenience.
check-apology-na = Nothing here calls for an apology.
check-thanks-pass = It thanks them.
check-thanks-fail = Thank them for their time.
check-alternatives-pass = It offers new times or asks them to propose some.
check-alternatives-fail = Offer two or three specific new times, or ask them to suggest some.
check-alternatives-na = Only a reschedule needs new times.
check-delay-pass = It says how late you will be.
check-delay-fail = Say how late you will be, or when you will be there ("about 10 minutes", "by 10:15").
check-new_time-pass = It names the new time you confirm.
check-new_time-fail = Name the new date and time you are confirming, so there is no doubt.
check-new_time-na = No new time was given: the interview's own time is the one confirmed.
check-pass_on-pass = It asks the recruiter to pass it on.
check-pass_on-fail = Ask the recruiter to pass your decision on to their client.
check-client_named-pass = It names the client company.
check-client_named-fail = Name the company the interview is with: a recruiter works for several.
check-client_named-na = No company was given to look for.
check-stop_steps-pass = It asks them to stop what was started for you.
check-stop_steps-fail = Ask them to stop anything already started for you (paperwork, checks, relocation).
# $placeholder is the draft's stand-in, in the message's language ("[your name]").
check-signature-placeholder = Put your name in place of “{ $placeholder }” (or add it once in Settings).
check-signature-pass = It is signed with your name.
check-signature-fail = End with a sign-off and your name.
check-signature-spoken-pass = You say who you are.
check-signature-spoken-fail = Say your name at the start.
check-signature-spoken-na = Spoken: you say your name as you start.
check-contact-placeholder = Put your e-mail or phone number in place of “{ $placeholder }”.
check-contact-pass = Your contact details are there.
check-contact-fail = Add an e-mail address or phone number they can reach you on.
check-contact-phone-na = On the phone they already have your number.
check-contact-sms-na = A text comes from your number: they can reply to it.

## Problems: what to avoid, and what is wrong

# $channel is email, linkedin, platform, phone, voicemail or sms.
problem-too_long = At { $words } words it is long for { $channel ->
    [linkedin] a LinkedIn message
    [platform] a message on a recruiting platform
    [phone] a phone call
    [voicemail] a voicemail
    [sms] a text message
   *[email] an e-mail
}: cut it to { $limit } or fewer, one or two short paragraphs.
problem-oversharing = Leave out medical, family and emotional detail: one plain sentence is enough.
problem-blame = Leave out criticism of the company: you may meet these people again.
problem-vague = Be definite: say what you are doing, without 'maybe' or 'not sure'.
problem-drama = Keep the tone calm: no exclamation marks or words in capitals.
problem-late_email = Under 24 hours to go: call them first, and send this e-mail after the call as the record.
# $said is what the message says; $day the interview's day (check-format-day).
problem-mismatch-date = The message says "{ $said }", but the interview is on { $day }: correct the date.
# $date as check-format-date, $weekday as check-format-weekday.
problem-mismatch-weekday = "{ $said }" has the wrong weekday: { $date } is a { $weekday }.
# $when as check-when.
problem-mismatch-time = The message says "{ $said }", but the interview is { $when }: correct the time.
problem-mismatch-position = The message names the position "{ $named }", but the interview is for "{ $position }": correct it.
problem-spelling = "{ $word }" looks misspelt: check its spelling.
problem-spelling-suggestion = "{ $word }" looks misspelt: did you mean "{ $best }"?

## Notes: what the checker could not do

# $language is the message's language (en, de, fr, es); $package what to install.
check-note-no-dictionary = Spelling was not checked: no { $language ->
    [de] German
    [fr] French
    [es] Spanish
   *[en] English
} dictionary was found on this computer (on Debian or Ubuntu: install { $package }).

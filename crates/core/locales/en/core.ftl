# What the core writes in the window, in English (British spelling).
# Each language has its own file with the same keys, written natively;
# `crates/core/tests/catalogues.rs` fails when one lacks a key another has.

## Dates and times left

# The order of a start's parts, as strftime: "Thu 3 Dec 2026, 10:00 CET".
date-start = %a %-d %b %Y, %H:%M %Z
date-month = %b %Y
# $unit is minutes, hours or days.
countdown-ahead = in { $unit ->
    [minutes] { $amount } min
    [hours] { $amount } h
   *[days] { $amount ->
        [one] { $amount } day
       *[other] { $amount } days
    }
}
countdown-ago = { $unit ->
    [minutes] { $amount } min
    [hours] { $amount } h
   *[days] { $amount ->
        [one] { $amount } day
       *[other] { $amount } days
    }
} ago

## Decisions, as the state of an interview

decision-undecided = Undecided
decision-attend = Attending
decision-withdraw = Withdrawing
decision-reschedule = Rescheduling
decision-pause = Paused

## Urgency, in words beside a row

urgency-call_now = Under 24 h: call them
urgency-act_soon = Decide soon
urgency-past = Passed

## The Next up card's advice

urgency-hint-call_now = Less than a day to go and no decision told: if you won't go, call them now rather than e-mail.
urgency-hint-act_soon = Still undecided. Deciding early lets you tell them by e-mail, with time to spare.

## How the employer is in touch

contact-email = E-mail
contact-phone = Phone
contact-linkedin = LinkedIn
contact-platform = Recruiting platform

## Forms of message

channel-email = E-mail
channel-phone = Phone script
channel-voicemail = Voicemail
channel-linkedin = LinkedIn
channel-platform = Recruiting platform
channel-sms = Text message

## How the message goes, after the advice's headline

channel-by-phone = by phone
channel-by-email = by e-mail
channel-by-linkedin = on LinkedIn
channel-by-platform = on the recruiting platform
channel-by-sms = by text message

## Message kinds

kind-withdraw = Withdraw
kind-withdraw_accepted_offer = Withdraw: accepted another offer
kind-withdraw_not_a_fit = Withdraw: not the right fit
kind-withdraw_relocation = Withdraw: relocating
kind-reschedule = Ask to reschedule
kind-reschedule_illness = Ask to reschedule: unwell
kind-pause = Ask to pause the application
kind-ask_remote = Ask about remote work
kind-no_show_apology = Apologise for a missed interview
kind-clarify_after_overshare = Short follow-up after a long message
kind-reply_to_negative = Reply to a negative answer
kind-thank_you_reply = Thank them for replying
kind-new_role_note = Note after starting a new role
kind-decline_next_round = Withdraw before a later round
kind-running_late = Running late today
kind-unable_to_join = Can't join today: ask for another time
kind-confirm_new_time = Confirm the new time they offered
kind-follow_up_no_reply = Follow up: no reply yet
kind-resume_after_pause = Resume after a pause
kind-decline_offer = Decline their offer
kind-withdraw_after_offer = Withdraw after an offer
kind-withdraw_via_agency = Withdraw through an agency recruiter

## The advice's headline

action-withdraw = Withdraw from this interview
action-reschedule = Ask to move the interview
action-pause = Ask them to pause your application
action-attend = Go to the interview
action-reflect = Take a little time to decide
action-ask = Ask about remote or hybrid work first
action-apologize = Apologise for the missed interview

## The checklist before an interview

prep-time_zone = Time and zone confirmed with them
prep-technology = Link, camera and sound tried
prep-talking_points = Three talking points ready
prep-job_description = Job description read again

## What a message is checked for

check-interview_date = Date of the interview
check-interview_time = Time of the interview
check-time_zone = Time zone
check-position = Position named
check-brief_reason = Reason kept brief
check-clear_action = Says what you are doing
check-apology = Apology
check-thanks = Thanks
check-alternatives = New times offered
check-signature = Signed with your name
check-contact = Your contact details
check-delay = How late you will be
check-new_time = New time named
check-pass_on = Asks the recruiter to pass it on
check-client_named = Client company named
check-stop_steps = Asks them to stop what was started

## The fields an interview's history names

history-created = Added
history-company = Company
history-position = Position
history-interviewer_name = Interviewer
history-interviewer_email = Interviewer's e-mail
history-interviewer_phone = Interviewer's phone
history-contact_channel = Contact channel
history-starts_at = Time
history-tz = Time zone
history-duration_minutes = Duration
history-location = Place or link
history-stage = Stage
history-notes = Notes
history-decision = Decision
history-decision_reason = Reason
history-scenario = Situation
history-pause_until = Check back on
history-message_sent = Message sent
history-prep_time_zone = Checklist: time and zone
history-prep_technology = Checklist: technology
history-prep_talking_points = Checklist: talking points
history-prep_job_description = Checklist: job description
history-talking_points = Talking points
history-job_description = Job description
history-message_language = Language of messages
history-no_answer_at = No answer
history-new_time_proposed = New time they proposed

## Settings: Remind me …

reminder-undecided_24h = when it's time to decide about an interview (a day before, within the employer's working hours) and I haven't decided
reminder-unsent_24h = when I've decided not to go but haven't told them, once it's time to decide
reminder-final_2h = once more, 2 hours before, if it's still open
reminder-prep = an hour before an interview I'm attending, with a short checklist
reminder-prep_evening = the evening before an interview I'm attending, if nothing is prepared yet
reminder-pause_checkback = on the day a pause ends
reminder-missed = when an interview passed while I was undecided
reminder-follow_up = when they haven't replied to a message that asked them something

## What became of interviews (Insights)

outcome-attended = Attended
outcome-withdrawn = Withdrew
outcome-rescheduled = Rescheduled
outcome-paused = Paused
outcome-missed = Missed
outcome-no_answer = No answer
outcome-upcoming = Still ahead

## Colour schemes

theme-system = As the desktop is
theme-light = Light
theme-dark = Dark

## What stands in the way (the wizard's situations)

scenario-accepted_offer = I accepted another offer
scenario-values_concern = I learned something about the company that worries me
scenario-other_path = I'm taking another path (study, a different field)
scenario-relocation = I'm moving and can't work there
scenario-long_term_change = My circumstances changed for the long term
scenario-illness = I'm ill
scenario-family_emergency = A family emergency
scenario-transport = I can't get there (travel or transport trouble)
scenario-need_preparation = I need more time to prepare
scenario-timeline_shift = The timing shifted on my side
scenario-schedule_conflict = Something else is booked at that time
scenario-personal_commitments = Personal commitments for the next few weeks
scenario-competing_offers = I'm weighing other offers first
scenario-cold_feet = Nerves: I'm not sure any more
scenario-missed = The interview has passed and I didn't go

## The wizard's questions

wizard-title = Decide: { $company }
wizard-interest = Do you still want this role?
wizard-interest-hint = Think of where you want your career to go, and what matters to you at work.
wizard-interest-yes = Yes, I still want it
wizard-interest-unsure = I'm not sure
wizard-interest-no = No, not any more
wizard-interest-missing = Choose one answer.
wizard-non_negotiable = Does this role go against one of your non-negotiables?
wizard-non_negotiable-hint = The ones you keep in Settings. A role that goes against one is rarely worth the interview.
wizard-non_negotiable-no = No, it doesn't
wizard-non_negotiable-missing = Choose the one it goes against, or “No”.
wizard-situation = What stands in the way?
wizard-situation-hint = Pick the closest; it decides whether this passes or lasts.
wizard-situation-none = Nothing: I could go
wizard-situation-missing = Choose what fits best, or “Nothing”.
wizard-keep = Would you like to keep the door open for later?
wizard-keep-hint = Some employers will hold an application for a few weeks.
wizard-keep-no = No
wizard-keep-yes = Yes, ask them to hold my application
wizard-remote = Would remote or hybrid work make this role possible?
wizard-remote-no = No
wizard-remote-yes = Yes, I'd consider it
wizard-legal = Is anything signed or under way?
wizard-legal-hint = Tick all that apply; leave all empty if nothing is.
wizard-legal-signed_agreement = An agreement I signed
wizard-legal-conditional_offer = A conditional offer
wizard-legal-relocation_package = A relocation package
wizard-legal-visa_sponsorship = Visa sponsorship under way
wizard-legal-non_compete = A non-compete clause

## The advice page

# "Withdraw from this interview, by phone".
advice-headline = { $action }, { $by }
advice-call-now = Under { $hours } hours to go ({ $left }): call now.
# The button that records the decision, and what is said once it is recorded.
advice-apply = { $decision ->
    [attend] Apply: attending
    [withdraw] Apply: withdrawing
    [reschedule] Apply: rescheduling
    [pause] Apply: paused
   *[undecided] Apply: undecided
}
advice-recorded = { $decision ->
    [attend] Recorded: attending.
    [withdraw] Recorded: withdrawing.
    [reschedule] Recorded: rescheduling.
    [pause] Recorded: paused.
   *[undecided] Recorded: undecided.
}
advice-save-answers = Save my answers
advice-answers-saved = Your answers are saved.

## Why: the advice's reasons and warnings

reason-passed = The interview time has passed. Apologise now, honestly and briefly: a prompt apology limits the damage.
reason-passed-still-interested = You are still interested, so you may ask whether another slot is possible.
reason-ask-remote = You are moving, but open to remote or hybrid work: ask whether that is possible before withdrawing.
reason-withdraw-no-interest = You no longer want this role: withdrawing now frees their time and keeps your name in good standing.
reason-withdraw-lasting = What stands in the way will not pass: withdraw rather than keep a slot you cannot use.
# $non_negotiable is the user's own words, as kept in Settings.
reason-withdraw-non-negotiable = This role goes against one of your non-negotiables: { $non_negotiable }. Withdraw now rather than interview for a job you would not take.
reason-pause-keep-open = You want to keep the door open: ask them to hold your application for a stated time, and say when you will come back to them.
reason-pause-weeks = This will take a few weeks to settle: ask them to pause your application, with a date to check back.
reason-reschedule = The problem is short-lived and you still want the role: ask to move the interview, offering two or three specific times.
reason-offer-video = Offer a video call too, if that would let it go ahead.
reason-reflect = Nothing stands in the way, but you are unsure. Decide before the { $hours }-hour mark: if you need more preparation, reschedule; if the interest is gone, withdraw rather than go unprepared.
reason-attend = You still want the role and nothing stands in the way: go, and prepare.
warning-no-phone-urgent = There is no phone number for them: with this little time, find one (the invitation, their website, the recruiter's signature) and call.
reason-call-then-write = Call now, then put it in writing.
reason-call-under-notice = Under { $hours } hours to go: call. If nobody answers, leave a short voicemail and send the written message straight after.
warning-late-notice = It is late notice: call rather than only e-mail, so they hear it in time.
reason-write = With { $hours } hours or more to go, write: it leaves a record and they can read it when it suits them.
reason-reply-on-platform = You have been talking on this platform and have no e-mail address: reply there, as you would by e-mail.
warning-no-email-call = There is no e-mail address for them: call, and ask for an address to confirm in writing.
warning-no-email = There is no e-mail address for them: find one (the invitation, the job ad, the recruiter's profile) so what you say is on record.
warning-paper-signed_agreement = an agreement you signed
warning-paper-conditional_offer = a conditional offer
warning-paper-relocation_package = a relocation package
warning-paper-visa_sponsorship = visa sponsorship under way
warning-paper-non_compete = a non-compete clause
warning-legal-documents = You mentioned { $papers }: read what you signed before you withdraw, and ask HR or an adviser if anything binds you.
warning-steps-under-way = Visa or relocation steps are under way: say so in your message, so they can stop them.
warning-time-zones = You and the interviewer are in different time zones: give the interview's time with its zone, and any new times in both.

## Reading a calendar invite: what to check before saving it

invite-no-position = The invite does not name the position: fill it in.
invite-company-guessed = The company "{ $name }" is a guess from the organiser's address: check it.
invite-no-company = The invite does not name the company: fill it in.
invite-start-skipped = The start { $start } does not exist in { $zone }: check the time.
invite-zone-unknown = The time zone "{ $zone }" is not one Raincheck knows: pick the zone yourself.
invite-in-utc = The invite gives the time in UTC; it is shown in your zone, { $zone }. Change the zone to the interviewer's if you know it.
invite-no-zone = The invite gives no time zone for { $time }: it is taken as your zone, { $zone }. Check it.
invite-whole-day = The invite is for the whole day of { $day }, with no time: fill the time in.
invite-no-start = The invite has no start time: fill it in.

## Times to propose for a new date

# strftime patterns: a slot on their clock, "Tuesday 1 December at 15:00 CET",
date-slot = %A %-d %B at %H:%M %Z
# then on the user's, "09:00 EST", or on another day, "23:00 PST on Monday 30 November".
date-slot-mine = %H:%M %Z
date-slot-mine-other-day = %H:%M %Z on %A %-d %B
slots-none = No common hours in the next { $days } days: your hours ({ $from } to { $to }, { $zone }) never meet { $their-from } to { $their-to } on a weekday in { $their-zone } without a clash. Widen your hours in Settings, or ask them to suggest times.
slots-fewer = { $count ->
    [one] Only one free day fits
   *[other] Only { $count } free days fit
} both sides in the next { $days } days.

## What a draft still needs from you

missing-name = Your name is missing: the message is signed with it.
missing-contact = Your e-mail or phone number is missing: add one, so they can reach you.
missing-phone = Your phone number is missing: a voicemail leaves a number to call back.

## How to tell them, step by step

step-the-recruiter = the recruiter
# Followed by the number as a link, then step-call-on-after.
step-call-on = Call { $who } on
step-call-on-after = .
step-call = Call { $who }.
step-voicemail = If nobody answers, leave a short voicemail: who you are, the interview, your decision, and that an e-mail follows.
step-email-to = Send the e-mail to { $address }, so there is a written record.
step-email = Send the e-mail, so there is a written record.
step-linkedin = Send the message on LinkedIn, where you have been talking.
step-platform = Send the message on the recruiting platform, where you have been talking.
step-sms = Send { $who } a text message.

## An interview's page

fact-when = When
fact-your-time = Your time
fact-time-left = Time left
fact-decide-by = Decide by
fact-duration = Duration
fact-duration-minutes = { $minutes } min
fact-interviewer = Interviewer
fact-email = E-mail
fact-phone = Phone
fact-in-touch-by = In touch by
fact-place = Place or link
fact-stage = Stage
fact-reason = Reason
fact-check-back-on = Check back on
fact-notes = Notes
fact-write-in = Write to them in
history-added-to-log = Added to the log
message-sent-at = sent { $when }
message-not-sent = not sent
reply-thank-them = Thank them
reply-to-a-no = Reply to a no
# They owe an answer to a message ($kind: its label) and have been silent for the working days set.
silence-follow-up = No reply yet to your message ({ $kind }). One short, friendly follow-up is fair.
silence-draft-follow-up = Draft the follow-up
silence-no-answer = No answer to your follow-up either. You can mark this interview “no answer” and put your time elsewhere.
new-time-moved = They proposed { $when } instead of { $before }, and the log has the new time. Confirm it with them, then update your calendar.
new-time-kept = They proposed { $when }, and the log has it. Confirm it with them, then update your calendar.
new-time-draft = Draft the confirmation
resume-due = Your pause has reached its check-back day: time to get back in touch and pick the application up again.
resume-draft = Draft the message
snooze-put-off-until = Put off until { $until }.

## Notifications

notify-undecided_24h-title = { $company }: interview { $left }, still undecided
notify-undecided_24h-body = { $phone ->
    [yes] Under 24 h: if you won't go, call them rather than e-mail. Open Raincheck to decide.
   *[no] Time to decide: a message sent now is still read in good time. If you won't go, write to them now. Open Raincheck to decide.
}
notify-unsent_24h-title = { $company }: interview { $left }, they don't know yet
notify-unsent_24h-body = { $decision ->
    [withdraw] You decided to withdraw
    [reschedule] You decided to reschedule
    [pause] You decided to pause
   *[other] You decided not to go
}, but nothing is marked sent. { $phone ->
    [yes] Under 24 h: call them now.
   *[no] Tell them now, while someone is there to read it.
}
notify-final_2h-title = { $company }: interview { $left }
notify-final_2h-body = Last call: if you are not going, phone them now, then send the e-mail.
notify-pause_checkback-title = { $company }: time to check back
notify-pause_checkback-body = Your pause for the { $position } application ends today: get back in touch. Raincheck has the message ready.
notify-prep-title = { $company }: interview { $left }
notify-prep-body = { $when }. Confirm the time and zone, test your link and sound, have three talking points ready, and reread the job description. The checklist is open in Raincheck.
notify-prep_evening-title = { $company }: interview { $left }, nothing prepared yet
notify-prep_evening-body = Ten minutes tonight saves a rushed morning: confirm the time and zone, try the link, write three talking points, reread the job description. Open the checklist in Raincheck.
notify-missed-title = { $company }: the interview time has passed
notify-missed-body = If you did not go, apologise today: Raincheck has the message ready.
notify-follow_up-title = { $company }: no reply yet
notify-follow_up-body = They haven't answered your last message. One short, friendly follow-up is fair: Raincheck has it ready.
# After a message that asked them something ($kind: its label) met $days working days of silence.
notify-silence-follow_up-title = { $company }: no reply yet
notify-silence-follow_up-body = Your message ({ $kind }) has had no answer for { $days ->
    [one] a working day
   *[other] { $days } working days
}. One short, friendly follow-up is fair: Raincheck has it ready.
notify-silence-no_answer-title = { $company }: still no answer
notify-silence-no_answer-body = Your follow-up has had no answer for { $days ->
    [one] a working day
   *[other] { $days } working days
} either. You can mark this interview "no answer" and put your time elsewhere.
# More than a few at once: one notification for all of them.
notify-summary-title = { $count } reminders from Raincheck
notify-summary-body = About { $companies }. Open Raincheck to see them.

## A notification's buttons

notify-open = Open in Raincheck
notify-snooze-hour = In an hour
notify-snooze-evening = This evening
notify-snooze-morning = Tomorrow morning
reminders-log-problem = Reminders could not use the log: { $error } Raincheck tries again in { $minutes } min, so a reminder is not shown over and over meanwhile.
reminders-no-server = No notification server answers on the desktop session ({ $detail }); reminders show in the window instead.
reminders-refused = The notification was refused ({ $detail }); reminders show in the window instead.

## Insights: non-negotiables the recurring reasons suggest

# "3 of your 5 withdrawals were about a move." $about is a suggestion-about-* phrase.
suggestion-text = { $count } of your { $of } withdrawals were about { $about }.
suggestion-about-relocation = a move
suggestion-keep-relocation = Roles I can do from where I live: remote, or on-site close to home
suggestion-about-values_concern = worries about the company
suggestion-keep-values_concern = Employers whose values and ways of working I can stand behind
suggestion-about-other_path = wanting another path
suggestion-keep-other_path = Roles on the path I actually want to follow
suggestion-about-long_term_change = a lasting change in your life
suggestion-keep-long_term_change = Hours, travel and flexibility that fit my life as it is now
suggestion-about-competing_offers = other offers
suggestion-keep-competing_offers = Pay and terms at least as good as the offers I already have
suggestion-about-cold_feet = doubts about the role
suggestion-keep-cold_feet = Roles I am sure I want before I apply
suggestion-about-timeline_shift = timing
suggestion-keep-timeline_shift = A start date and a hiring pace that fit my plans
suggestion-about-schedule_conflict = other commitments
suggestion-keep-schedule_conflict = Interview times that fit around my commitments
suggestion-about-personal_commitments = other commitments
suggestion-keep-personal_commitments = Interview times that fit around my commitments
suggestion-about-transport = getting there
suggestion-keep-transport = Interviews I can reach easily, or hold by video

## The tray

tray-open = Open Raincheck
tray-nothing-coming = No interview coming up
tray-next = Next: { $company } { $left }
tray-pause-hour = Pause reminders for 1 hour
tray-quit = Quit Raincheck
tray-waiting = Raincheck: { $count ->
    [one] 1 reminder waiting
   *[other] { $count } reminders waiting
}
tray-still-running = Raincheck is still running
tray-still-running-body = It stays in the tray to remind you before your interviews. Quit from the tray menu.

## Settings

window-language-system = As the desktop is

## The calendar feed: an event at each open interview's "decide by", for a
## phone's calendar to remind from. $decision is undecided, withdraw,
## reschedule or pause; $both, $phone and $known are yes or no.

feed-calendar-name = Raincheck: decide by
feed-event-summary = { $decision ->
    [undecided] Decide about { $company } — { $position }
   *[other] Tell { $company } — { $position }
}
feed-event-when = { $both ->
    [yes] The interview: { $theirs } their time ({ $yours } yours).
   *[no] The interview: { $theirs }.
}
feed-event-reach = { $phone ->
    [yes] Under 24 hours to go: if you won't go, call them{ $known ->
        [yes] {" "}on { $contact }.
       *[no] .
    }
   *[no] A message still reaches them in good time: if you won't go, e-mail them{ $known ->
        [yes] {" "}at { $contact }.
       *[no] .
    }
}
feed-event-next = { $decision ->
    [withdraw] You decided to withdraw, but nothing is marked as sent.
    [reschedule] You decided to ask for another time, but nothing is marked as sent.
    [pause] You decided to pause, but nothing is marked as sent.
   *[other] Open Raincheck to decide.
}
feed-not-updated = The calendar feed was not updated: { $error } Raincheck tries again each minute.

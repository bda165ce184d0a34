# What the window's page says, in English (British spelling). The page
# formats these with Fluent's JavaScript library (ui/words.js). Keys used in
# ui/index.html as data-t attributes keep the English text there too; the
# catalogue tests hold the two to the same words.

## The page as it opens

views = Views
keyboard-shortcuts = Keyboard shortcuts
next-up = Next up
show = Show
search-company-person-place-notes = Search: company, person, place, notes…  ( / )
interviews = Interviews
leave-empty-to-give-none = leave empty to give none
first-new-time = First new time
second-new-time = Second new time
third-new-time = Third new time
to-reply-in-their-thread = to reply in their thread
e-g-data-analyst-at-globex = e.g. Data Analyst at Globex
e-g-lisbon = e.g. Lisbon
e-g-in-march = e.g. in March
e-g-the-final-round = e.g. the final round
e-g-harbour-talent = e.g. Harbour Talent
the-systems = the system's
e-g-first-round = e.g. first round
skip-to-content = Skip to content
draft = Draft
settings = Settings
move-the-file-aside-and-start = Move the file aside and start a new log
restore-a-backup = Restore a backup…
import-an-invite-ics = Import an invite (.ics)…
add-interview = Add interview
reminders = Reminders
what-is-your-name = What is your name?
every-message-raincheck-drafts-is-signed = Every message Raincheck drafts is signed with it. You can change it, and add your e-mail and phone, in Settings.
your-name = Your name
save = Save
not-now = Not now
all = All
upcoming = Upcoming
undecided = Undecided
past = Past
filter-no-answer = No answer
search-interviews = Search interviews
arrow-keys-move-between-interviews-page = Arrow keys move between interviews; Page Down and End reach the rest of the list.
show-more = Show more
no-interviews-yet = No interviews yet
add-the-interview-you-are-unsure = Add the interview you are unsure about. Raincheck will help you decide, tell you whether to call or write, and remind you before time runs short.
nothing-here = Nothing here
no-interview-matches-this-filter-choose = No interview matches this filter. Choose “All” to see every interview.
all-interviews = ← All interviews
decide = Decide
nothing-to-draft-yet = Nothing to draft yet
open-an-interview-and-decide-what = Open an interview and decide what to do about it; then “Draft a message” brings you here with the right kind of message.
go-to-your-interviews = Go to your interviews
who-is-writing = Who is writing?
your-e-mail = Your e-mail
your-phone = Your phone
save-to-your-profile = Save to your profile
you-have-edited-the-message-and = You have edited the message, and the options changed since.
use-the-new-draft = Use the new draft
keep-my-text = Keep my text
message = Message
send-by = Send by
written-in = Written in
reason-one-sentence-optional = Reason, one sentence (optional)
new-times-to-offer = New times to offer,
suggest-free-times = Suggest free times
leave-all-empty-to-ask-them = Leave all empty to ask them to suggest times.
check-back-on = Check back on
i-still-want-this-role-ask = I still want this role (ask for a new time)
subject-of-their-message-optional = Subject of their message (optional)
your-new-role-optional = Your new role (optional)
moving-to-optional = Moving to (optional)
moving-when-optional = Moving when (optional)
how-late-in-minutes = How late, in minutes
the-new-time-they-offered-their = The new time they offered, their time
the-round-you-withdraw-from-optional = The round you withdraw from (optional)
the-recruiters-agency = The recruiter's agency
the-recruiters-name = The recruiter's name
days-since-your-last-message = Days since your last message
recommend-someone-instead-optional = Recommend someone instead (optional)
leave-the-door-open = Leave the door open
offer-to-keep-in-touch-on = Offer to keep in touch on LinkedIn
greet-them-by-first-name = Greet them by first name
edit-this-template = Edit this template…
subject = Subject
the-message = The message
copy = Copy
open-in-mail-app = Open in mail app
call = Call
mark-as-sent = Mark as sent
checklist = Checklist
you = You
messages-sign-off-with-these-details = Messages sign off with these details.
name = Name
e-mail = E-mail
phone = Phone
home-time-zone = Home time zone
buffer-between-interviews-minutes = Buffer between interviews (minutes)
messages-written-in = Messages written in
interviews-from = Interviews from
until = until
on = on
mon = Mon
tue = Tue
wed = Wed
thu = Thu
fri = Fri
sat = Sat
sun = Sun
save-profile = Save profile
remind-me = Remind me
start-raincheck-when-i-log-in = Start Raincheck when I log in (in the background, so reminders come even when the window is closed)
your-log = Your log
encryption = Encryption
log-file = Log file
saving = Saving
export-json = Export (JSON)
export-for-spreadsheets-csv = Export for spreadsheets (CSV)
back-up = Back up
import-an-export = Import an export…
exports-and-backups-go-to-your = Exports and backups go to your Documents folder.
appearance = Appearance
colours = Colours
size = Size
ctrl-and-ctrl-change-the-size = Ctrl + and Ctrl − change the size from anywhere; Ctrl 0 puts it back.
about-this-app = About this app
version = Version
data-folder = Data folder
add-an-interview = Add an interview
company = Company
position = Position
date-and-time-their-time = Date and time (their time)
their-time-zone = Their time zone
duration-minutes = Duration (minutes)
how-youve-been-in-touch = How you've been in touch
interviewer = Interviewer
interviewers-e-mail = Interviewer's e-mail
interviewers-phone = Interviewer's phone
place-or-link = Place or link
stage = Stage
notes = Notes
cancel = Cancel
edit-template = Edit template
your-version-is-kept-in-your = Your version is kept in your log. Variables:
template = Template
preview = Preview
reset-to-default = Reset to default
close = Close
save-template = Save template
which-event-is-the-interview = Which event is the interview?
what-did-they-reply = What did they reply?
their-answer-pasted-or-in-a = Their answer, pasted or in a few words
save-the-reply = Save the reply
keep-it = Keep it
delete = Delete
decide-about-the-interview-shown = Decide about the interview shown
search-the-interviews = Search the interviews
move-through-the-list-the-rest = Move through the list (the rest loads as you go)
interviews-draft-insights-settings = Interviews, Draft, Insights, Settings
larger-smaller-back-to-normal-size = Larger, smaller, back to normal size
this-list = This list
close-a-dialog = Close a dialog
window-language = Language of the window
follow-up-after = Offer a follow-up after this many working days without a reply
settings-follow-up-saved = Follow-ups: saved.
calendar-feed = Calendar feed
calendar-feed-explained = Keep a calendar file in a folder your phone's calendar syncs: each open interview's "decide by" is an event there with an alarm, so your phone reminds you even when this computer is shut.
feed-folder = Folder
feed-folder-placeholder = a folder your phone's calendar syncs
keep-the-feed-here = Keep the feed here
feed-file = File
feed-last-written = Last written
feed-events = Events
turn-the-feed-off = Turn the feed off
settings-feed-events = { $count ->
    [0] None: no interview is open
   *[other] { $count }
}
settings-feed-saved = The calendar feed is kept in { $path }.
settings-feed-off = The calendar feed is off, and its file removed.
insights = Insights
export-the-figures = Export the figures (CSV)
nothing-to-count-yet = Nothing to count yet
insights-empty = Once interviews are in the log, this shows what became of them, why you stepped back, and how employers answered.
what-became-of-them = What became of them
why-you-stepped-back = Why you stepped back
no-reason-recorded-yet = No reason recorded yet: the wizard keeps the one you choose.
notice-and-replies = Notice and replies
non-negotiables-to-consider = Non-negotiables to consider
no-suggestion-yet = When the same reason keeps coming back, a non-negotiable to look for next time shows here.
your-non-negotiables = Your non-negotiables
non-negotiables-intro = What a role must offer you, in your own words. When you decide about an interview, the wizard asks whether the role goes against one of them.
non-negotiables-none = None yet: add your own, or keep one that Insights suggests.
a-non-negotiable = A non-negotiable
add-non-negotiable = Add

## The app frame

error-no-backend = Raincheck's window is not connected to the app.
error-no-answer = Raincheck did not answer in time. Try again; if it keeps happening, restart Raincheck.
log-moved-aside = The unreadable file is now { $path }. A new, empty log has started; import a backup or an export from Settings.
backup-restored-kept = Backup restored. The log it replaced is kept at { $path }.
backup-restored = Backup restored.

## The wizard and the Draft view

wizard-progress = Question { $step } of { $steps }
wizard-back = Back
wizard-see-advice = See what to do
wizard-next = Next
wizard-advice = What to do
wizard-how-to-tell = How to tell them
wizard-check-back-on = Check back with them on
wizard-reason = Your reason, in a few words (kept for you, not sent)
draft-title = Draft: { $company }
draft-language-guess = Employers there often write in { $language }.
draft-write-in = Write in { $language }
draft-optional = optional
draft-their-time = their time ({ $zone })
draft-replaced = Replaced with the new draft.
undo = Undo
draft-saved-to-profile = Saved to your profile.
draft-not-checked = Not checked: { $why }
draft-ready = Ready to send.
draft-not-ready = Not ready yet: see what is marked.
draft-copied = Copied.
draft-no-phone = There is no phone number for this interview: add one with Edit.
draft-recorded-sent = Recorded as sent.
draft-free-in-both = Free in both calendars: { $times }.
template-saved = Template saved.

## An interview's page

detail-decide-again = Decide again…
detail-decide = Decide…
detail-draft = Draft a message
detail-edit = Edit
detail-add-to-calendar = Add to calendar (.ics)
detail-delete = Delete…
detail-details = Details
detail-messages = Messages
detail-no-message = No message recorded yet.
detail-their-reply = Their reply: { $reply }
detail-they-replied = They replied…
detail-history = History
prep-done = { $done } of { $of } done
prep-ticked = { $item }: ticked.
prep-not-ticked = { $item }: not ticked.
prep-point = Talking point { $n }
prep-point-1-hint = What you did that fits this role
prep-point-2-hint = A question for them
prep-point-3-hint = Why this company
prep-points-saved = Talking points saved.
prep-job-description = The job description: a link or the text
prep-job-description-hint = Paste the link to the advert, or its text
prep-job-description-saved = Job description saved.
prep-title = Before the interview
prep-both-times = Their time { $theirs } ({ $zone }) · your time { $yours }
prep-open-link = Open the meeting link
prep-place = Place: { $place }
prep-no-place = No place or link recorded: add it with Edit.
ics-saved = Saved to { $path }: open it to add the interview to your calendar.
reply-recorded = Their reply is recorded.
reply-new-time-optional = If they proposed a new time: when, on their clock
reply-new-time-hint = The interview moves to that time; its history keeps the old one.
reply-new-time-recorded = Their reply is recorded and the interview has its new time.
detail-update-calendar = Update your calendar (.ics)
detail-reminders = Reminders
detail-remind-me-again = Remind me again:
silence-mark = Mark “no answer”
silence-marked = Marked “no answer”: they stayed silent after your follow-up.
silence-unmark = Take the mark away
silence-marked-toast = Marked “no answer”.
silence-unmarked-toast = The “no answer” mark is taken away.
delete-confirm = Delete the interview with { $company } and everything recorded about it? You can undo this right after.
deleted = Deleted { $company }.

## The interview form and the list

form-edit-title = Edit interview
form-add-title = Add an interview
form-save-changes = Save changes
form-add = Add interview
form-changes-saved = Changes saved.
form-added = Interview added.
first-run-name-missing = Type your name, or choose “Not now”.
first-run-thanks = Thank you: your messages will be signed with your name.
invite-no-time = no time
list-show-more = Show { $more } more ({ $left } not shown)
list-shown = { $total ->
    [one] 1 interview
   *[other] { $shown } of { $total } interviews shown
}
list-shown-matching = { $total ->
    [one] 1 interview matches “{ $search }”
   *[other] { $total } interviews match “{ $search }”, { $shown } shown
}
next-up-decide = Decide now
list-no-match = No interview matches “{ $search }”. Try fewer or shorter words.
list-no-match-filtered = No interview here matches “{ $search }”. Try fewer or shorter words, or choose “All”.
list-no-match-filter = No interview matches this filter. Choose “All” to see every interview.
row-decide-about = Decide about { $company }
row-decide = Decide
row-their-time = their time: { $time }
# The last moment to decide and still tell them politely, on the user's clock.
decide-by = decide by { $when }
decide-by-polite = Decide by { $when } to tell them in good time, within their working hours.
row-prep-title = Before-the-interview checklist
row-prep = { $done } of { $of } ready
row-clash = Clash

## Settings

settings-on = On
settings-off = Off
settings-notifications-server = Reminders appear as desktop notifications ({ $server }).
settings-notifications-checking = Checking the desktop's notifications…
settings-reminders-saved = Reminder settings saved.
settings-start-at-login-on = Raincheck will start when you log in.
settings-start-at-login-off = Raincheck won't start at login.
settings-profile-saved = Profile saved.
settings-saved-to = Saved to { $path }
settings-imported = { $count ->
    [one] Imported 1 interview.
   *[other] Imported { $count } interviews.
}
settings-language-saved = The window speaks English now. Messages to employers keep the language chosen for them.

## Insights

insights-summary = { $count ->
    [one] One interview in the log.
   *[other] { $count } interviews in the log.
}
insights-outcome = Outcome
insights-reason = Reason
insights-count = Interviews
insights-by-month = Month by month
insights-month = Month
insights-total = Total
insights-none-yet = None yet
insights-notice = Notice you gave
insights-notice-given = { $count ->
    [one] Once, { $hours } h before the start
   *[other] { $count } times, a median of { $hours } h before the start
}{ $late ->
    [0] {""}
    [one] ; once with under 24 hours to go
   *[other] ; { $late } times with under 24 hours to go
}
insights-replies = Replies
insights-replies-rate = { $answered } of { $asked } messages that asked something ({ $percent } %)
insights-reply-time = Typical time to a reply
insights-hours = { $hours } h
insights-follow-ups = Follow-ups
insights-follow-ups-answered = { $sent ->
    [0] None sent
   *[other] { $sent } sent, { $answered } answered
}

## Non-negotiables (Settings, Insights, an interview's page)

non-negotiable-edit = Edit
non-negotiable-remove = Remove
non-negotiable-edit-label = Reword “{ $text }”
non-negotiable-remove-label = Remove “{ $text }”
non-negotiable-added = Kept: { $text }
non-negotiable-changed = Changed: { $text }
non-negotiable-removed = Removed: { $text }
suggestion-keep = Keep it
suggestion-edit = Edit before keeping
suggestion-dismiss = Dismiss
suggestion-own-words = In your own words
suggestion-dismissed = Dismissed: it will not be suggested again.
detail-non-negotiables = Your non-negotiables: { $list }.
detail-decide-with-them = Decide with them in mind

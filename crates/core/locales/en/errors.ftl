# What Raincheck says when it refuses something or cannot do it.
# Each sentence says what is wrong and how to put it right.
# Values in { $… } are the user's own text, a file's path or what another
# program said: they stay as they are.

## Problems with the log and its files

error-not-a-log = The file { $path } is not a Raincheck log or is damaged ({ $detail }). It was left untouched: move it aside or restore a backup.
error-newer-log = The log at { $path } was made by a newer Raincheck (log version { $found }, this app reads up to { $supported }): update the app. The file was not touched.
error-wrong-key = The key in the system keyring does not open the log at { $path }. The file was not touched: restore the keyring entry 'raincheck / log-key', or move the file aside and restore a backup.
error-keyring-locked = The system keyring did not answer: { $detail }. The log at { $path } is encrypted and its key is kept there: unlock or start your keyring (e.g. GNOME Keyring or KWallet), then open Raincheck again.
error-disk-full = The disk is full, so nothing was saved. Free some space, then try again.
error-storage = The log could not be read or written: { $detail }
error-internal = Something went wrong inside Raincheck while { $doing }. Nothing already saved was lost. Try again; if it happens again, restart Raincheck and report it.
error-io = Could not { $action } { $path }: { $detail }

## The names of fields, as the sentences below use them

field-company = company
field-position = position
field-interviewer-name = interviewer's name
field-interviewer-email = interviewer's e-mail
field-interviewer-phone = interviewer's phone
field-place = place or link
field-stage = stage
field-notes = notes
field-reason = reason
field-message = message
field-message-subject = message's subject
field-subject = subject
field-reply = reply
field-name = name
field-email = e-mail
field-phone = phone
field-talking-point = talking point
field-job-description = job description
field-history-field = history entry's field
field-history-entry = history entry
field-non-negotiable = non-negotiable

## A field that cannot be taken as it is

error-required = The { $field } is required: fill it in.
error-line-break = The { $field } must be one line: it has a line break at character { $at }. Remove the line break.
error-direction-character = The { $field } contains an invisible text-direction character ({ $code }) at character { $at }, which can make it display differently from what it says. Remove it: retype that part rather than pasting it.
error-control-character = The { $field } contains a hidden control character ({ $code }) at character { $at }. Remove it: retype that part rather than pasting it.
error-too-long = The { $field } is { $chars } characters long; the most is { $most }. Shorten it.
error-not-an-email = The { $field } "{ $value }" is not an e-mail address: write it as name@example.com.
error-not-a-phone = The { $field } "{ $value }" is not a phone number: use digits, with + for the country code, e.g. +49 30 1234567.
error-duration = The duration of { $minutes } minutes is out of range: give 1 to { $most } minutes.
error-start-required = The start and its time zone are required: give starts_at (e.g. 2026-12-03T10:00) and tz (e.g. Europe/Berlin).
error-too-many-points = { $count } talking points are more than the { $most } kept: keep the three that matter most.
error-ticked-and-unticked = "{ $item }" is both ticked and unticked: give it once.
error-buffer = A buffer of { $minutes } minutes is more than the { $most } allowed: give fewer minutes.
error-reply-empty = The reply is empty: paste or summarise what the employer said.
error-no-such-message = There is no message #{ $id } in the log.
error-no-such-interview = There is no interview #{ $id } in the log: `raincheck log list` shows the ids.
error-no-answer-too-soon = Give them until { $until } to answer the follow-up before marking "no answer".
error-no-answer-without-follow-up = Only an interview whose follow-up went unanswered can be marked "no answer": send the follow-up first, or record their reply.
error-snooze-not-due = Interview #{ $id } has no such reminder due now, so there is nothing to put off: only a reminder that has come (and is switched on in Settings) can be snoozed.
error-zoom = A size of { $size } is not one Raincheck offers: choose 100, 125, 150, 175 or 200 %.
error-read-only-log = Nothing was saved: the log's folder (or the log file) is read-only. Your interviews can still be read and exported. Make the folder writable, then open Raincheck again.
error-read-only-no-log = There is no log in { $folder } yet, and that folder is read-only, so none can be started. Make the folder writable, or choose another with --data-dir.
error-read-only-update = The log at { $path } needs an update to its format before this Raincheck can read it, and its folder is read-only. Make the folder writable, then open Raincheck again.
error-moved-aside-exists = { $path } already exists (a log was moved aside a moment ago): wait a second and try again.
error-busy-changing = Raincheck is busy: another Raincheck (the window or a command) is restoring, encrypting or updating the log, so nothing was changed. Wait for it to finish, or quit the other Raincheck (the tray menu's Quit), then try again. (Lock: { $lock })
error-busy-open = Raincheck is busy: another Raincheck (the window or a command) has the log open, so nothing was changed. Wait for it to finish, or quit the other Raincheck (the tray menu's Quit), then try again. (Lock: { $lock })

## Backups and exports

error-backup-not-a-log = { $path } is not a Raincheck backup ({ $detail }): choose another backup file. Your log was not changed.
error-backup-other-key = { $path } was made with another key (on another computer, or before the keyring was reset), so it cannot be opened here: bring your data back from a JSON export with `raincheck import` instead. Your log was not changed.
error-backup-newer = { $path } was made by a newer Raincheck: update the app, then restore it. Your log was not changed.
error-backup-exists = { $path } already exists: choose a new file name for the backup.
error-backup-over-log = A backup cannot take the log's own place: choose another file.
error-in-file = Interview { $place } in the file (#{ $id }): { $message }
error-not-an-export = The file is not a Raincheck export: { $detail }. Export one with `raincheck export --format json`.
error-export-version = The file is a "{ $format }" export of version { $version }; this Raincheck reads "{ $ours }" up to version { $newest }.
error-export-same-number = The file has two interviews numbered #{ $id } (the second is interview { $place } in the file): it was not made by Raincheck's export, or was edited. Export it again.
error-export-reminder-kind = A reminder record for interview #{ $id } in the file has an unknown kind: it was not made by Raincheck's export, or was edited. Export it again.
error-export-template-twice = The file has more than one version of the template { $name }: keep one and import again.

## Times and time zones

error-zone-missing = The time zone is missing: give an IANA name such as Europe/Berlin or America/New_York.
error-zone-too-long = "{ $start }…" is too long to be a time zone: use an IANA name such as Europe/Berlin or America/New_York.
error-zone-unknown = Unknown time zone "{ $name }": use an IANA name. Did you mean { $suggestions }?
error-start-unreadable = The start "{ $text }" is not a date and time: write it as 2026-12-03T10:00 (wall time in the interview's zone) or with an offset, 2026-12-03T10:00+01:00.
error-time-twice = The time { $time } happens twice in { $zone } on { $date }, as the clocks go back: add the offset, { $first } for the first or { $second } for the second.
error-offset-not-the-zones = The offset { $given } is not { $zone }'s at { $wall }: there it is { $offset }. Fix the offset or the time zone.
error-time-skipped = The time { $time } does not exist in { $zone } on { $date }: the clocks jump from { $from } to { $to }. Pick a time outside the jump.
error-not-a-weekday = "{ $name }" is not a day of the week: use mon, tue, wed, thu, fri, sat or sun.
error-not-a-time-of-day = "{ $text }" is not a time of day: write it as 09:00.

## Calendar invites (.ics)

error-ics-too-big = The calendar file is over { $kilobytes } KB, more than an invite needs: export just the one event from your calendar and import that.
error-ics-unreadable = The file is not a calendar invite (.ics): { $detail }. Export the invite again from your calendar.
error-ics-damaged = The calendar file is damaged: the line starting "{ $start }" { $what }. Export the invite again from your calendar.
ics-line-no-part-name = does not name a part
ics-line-no-property-name = does not start with a property name
ics-line-no-colon = has no colon before its value
ics-line-open-quote = has a quoted value that does not end on its line
error-ics-too-deep = The calendar file puts parts more than { $most } deep inside one another (an invite needs three): it is not an invite Raincheck can read.
error-ics-too-many-events = The calendar file has more than { $most } events: import the invite itself, or a smaller part of the calendar.
error-ics-no-event = The calendar file has no event in it.

## Drafting a message

draft-field-your-name = Your name
draft-field-company = The company's name
draft-field-position = The position
draft-field-place = The place or link
draft-field-their-subject = Their message's subject
draft-field-moving-to = Where you are moving
draft-field-moving-when = When you move
draft-field-new-role = Your new role
draft-field-referral = The person you recommend
draft-field-interviewer = The interviewer's name
draft-field-other = This detail
error-draft-too-long = { $field } is { $chars } characters long; the most is { $most }. Shorten it.
error-draft-company-missing = The company's name is missing: give the employer's name.
error-draft-position-missing = The position is missing: give the position's title.
error-reason-too-long = The reason is longer than { $most } characters: one short sentence is enough.
error-reason-sentences = The reason has more than one sentence: keep it to one.
error-draft-kind-missing = Which message to draft is missing: choose one of { $kinds }.
error-draft-channel-missing = How to send it is missing: { $kind } can go by { $channels }.
error-draft-channel-wrong = There is no { $channel } version of a { $kind } message: it can go by { $channels }.
error-draft-time-missing = The interview's date and time are missing: the message must name them. Add them to the interview.
error-draft-too-many-slots = There are more than three slots: offer two or three.
error-draft-check-back-missing = The day to check back is missing: give the day the pause ends (YYYY-MM-DD).
error-draft-too-late = More than { $most } minutes is no longer running late: ask to reschedule instead.

## Templates

error-template-no-language = There is no { $language } version of this { $kind } message yet: draft it in another language.
error-template-too-long = The template { $name } makes a message longer than { $kilobytes } KB, so it was stopped: shorten it, or reset it to the default.
error-template-too-slow = The template { $name } took longer than { $seconds } seconds to fill in, so it was stopped: simplify it, or reset it to the default.
error-template-stopped = The template { $name } could not be filled in (Tera stopped on it): simplify it, or reset it to the default.
error-template-not-unicode = The template { $name } made text that is not valid Unicode: reset it to the default.
error-template-unknown = There is no editable template called { $name }.
# $place is one of the two sentences below.
error-template-syntax = The template { $name } has an error{ $place }: { $detail }. Fix it, or reset it to the default.
template-at-place = { " " }at line { $line }, column { $column }
template-at-no-place = { "" }

## Opening the mail program, the phone or the meeting

error-link-recipient = The recipient is not one e-mail address: fix the interviewer's e-mail with Edit, or copy the message and send it yourself.
error-link-phone = That is not a phone number with at least 6 digits: fix it with Edit, or dial it yourself.
error-link-meeting = The place has no web link to open: add the meeting link (https://…) with Edit, or open it from the invitation.

## Deciding and following up

error-wizard-interest = Say whether you still want this role.
error-wizard-situation = Say what stands in the way, or “Nothing”.
error-wizard-non-negotiable = That non-negotiable is no longer in your list: go back and choose again.
error-non-negotiables-full = You already keep { $most } non-negotiables, the most there can be: remove one before adding another.
error-non-negotiable-twice = You already keep “{ $text }” as a non-negotiable.
error-non-negotiable-number = There is no non-negotiable number { $number }: { $count ->
    [0] you keep none yet.
    [one] you keep only number 1.
   *[other] pick a number from 1 to { $count }.
}
error-suggestion-unknown = There is no suggested non-negotiable “{ $scenario }” to keep or dismiss: only those Insights shows now can be answered.
error-check-back-passed = The check-back day { $day } has already come: pick a day after today for the pause to end.
error-follow-up-days = Wait between 1 and { $most } working days for a reply, not { $days }.
error-export-folder-full = { $folder } holds a thousand files named { $name }: move some away and try again.

## The desktop around the window

error-desktop-zoom = The window could not change its size ({ $detail }). Your desktop's own zoom still works.
error-desktop-autostart-read = The desktop's list of apps started at login could not be read ({ $detail }). Raincheck still works; start it yourself after logging in.
error-desktop-autostart-change = The desktop did not let Raincheck change whether it starts at login ({ $detail }). Try again, or add it in your desktop's startup settings.

## The command line

error-insights-one-form = Choose one form: --csv for a spreadsheet, or --json.
error-no-upcoming-to-export = There is no upcoming interview to export.
error-invite-not-text = { $path } is not a text file: a calendar invite (.ics) is text. Export it again from your calendar.

## The log's state, as Settings and `raincheck status` say it

encryption-on = Encrypted with SQLCipher; the key is in the system keyring (raincheck / log-key).
encryption-plain = Not encrypted.
encryption-later = Not encrypted yet: another Raincheck has the log open; it is encrypted the next time Raincheck opens it on its own.
encryption-read-only = Not encrypted: the log's folder is read-only, so it cannot be encrypted now. Raincheck encrypts it once the folder can be written and a keyring answers.
encryption-no-keyring = Not encrypted: the system keyring did not answer ({ $detail }). Raincheck keeps working and encrypts the log as soon as a keyring is available.
read-only-reason = Nothing can be saved: the log's folder { $folder } (or the log file) is read-only. Your interviews can still be read and exported. Make the folder writable, then open Raincheck again.

## The window's own hand-overs

error-backup-not-a-file = The backup did not arrive as a file: pick the backup file again.
error-link-no-app = No app on this computer took the link ({ $detail }): copy the text and send it yourself, or open a meeting link from its invitation.
error-new-time-passed = The new time "{ $when }" has already passed: check the date, and that the time is the one in the interview's time zone.

## The calendar feed's folder

error-feed-folder-empty = Name a folder for the calendar feed: one your phone's calendar syncs.
error-feed-folder-missing = The folder { $path } does not exist (any more): pick a folder that is there, or create it first.
error-feed-folder-not-a-folder = { $path } is a file, not a folder: pick the folder the calendar feed should go in.
error-feed-folder-read-only = Raincheck may not write in { $path }: pick a folder you can write in, or change its permissions.
error-feed-folder-unusable = The calendar feed could not be written in { $path } ({ $detail }): pick another folder.

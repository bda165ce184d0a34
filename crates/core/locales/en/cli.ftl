# What the command line prints for a person, in the system's language.
# Its JSON, its --help and the names its options take (withdraw, upcoming,
# time_zone…) stay as they are in every language.

## raincheck log

log-added = Added interview #{ $id }: { $interview }
log-updated = Updated interview #{ $id }: { $interview }
log-decided = Decided “{ $decision }” for #{ $id }: { $interview }
log-no-answer-marked = Marked #{ $id } “no answer”: { $interview }
log-no-answer-cleared = #{ $id } is no longer marked “no answer”: { $interview }
log-sent = Recorded the message “{ $kind }” ({ $channel }) for #{ $id } as sent.
log-reply-recorded = Recorded their reply to message #{ $id }.
log-new-time = Moved interview #{ $id } to the time they proposed: { $interview }. Draft the confirmation with: raincheck draft --interview { $id }
log-deleted = Deleted interview #{ $id } ({ $company } — { $position }) with its history and { $messages ->
    [one] one message
   *[other] { $messages } messages
}.
list-empty = No interviews here. Add one with `raincheck log add --input FILE`.
list-no-match = No interview matches "{ $search }" here. Try fewer or shorter words, or `--filter all`.
list-past-the-end = This page is past the end: there are { $total } interviews here. Try `--offset 0`.
# The filters are named as `--filter` takes them.
list-page = { $first }–{ $last } of { $total } (all { $all } · upcoming { $upcoming } · undecided { $undecided } · past { $past } · no-answer { $no_answer })
list-next-page = ; next page: --offset { $offset }

## raincheck log show: labels of one column (kept short) and their values

show-starts = Starts:
show-starts-value = { $when }, { $minutes } min
show-decision = Decision:
show-reason = Reason:
show-scenario = Scenario:
show-check-back = Check back:
show-interviewer = Interviewer:
show-email = E-mail:
show-phone = Phone:
show-contact-via = Contact via:
show-place = Place:
show-stage = Stage:
show-notes = Notes:
show-history = History:
show-messages = Messages:
show-message-sent = sent { $at }
show-message-not-sent = not sent
show-decide-by = Decide by:
show-decide-by-value = { $when } (the last polite moment to tell them)
show-no-reply = No reply:
show-no-reply-follow-up = to your message of { $since } ({ $kind }); a follow-up is fair from { $due }
show-no-reply-no-answer = to your message of { $since } ({ $kind }); it can be marked "no answer" from { $due }
show-new-time = New time:
show-new-time-value = they proposed it and the log has it; confirm it to them (raincheck draft --interview { $id })

## raincheck draft and check

# After what a draft lacks: the command that gives it once for all drafts.
draft-add-once = Add it once with `{ $command }`.
# $language as its speakers name it: "Deutsch".
check-read-as = Read as { $language }.
check-ready = Ready to send.
check-not-ready = Not ready: fix what is marked above.

## raincheck due

due-nothing = Nothing is due.


## raincheck snooze

snoozed = Put off the reminder about #{ $id } until { $until }.

## raincheck insights

insights-empty = No interviews in the log yet.
insights-interviews = { $count ->
    [one] One interview
   *[other] { $count } interviews
}
# $median is insights-notice-median, or nothing when there is no median.
insights-notice = Notice given: { $times ->
    [one] once
   *[other] { $times } times
}{ $median }; { $late } with under 24 hours to go
insights-notice-median = , median { $hours } h before
# $rate is insights-reply-rate, or nothing.
insights-replies = Replies: { $answered } of { $asked } messages that asked something{ $rate }
insights-reply-rate = { " " }({ $percent } %)
insights-reasons = Reasons:
insights-suggestion = Suggestion: { $text } A non-negotiable to keep: { $keep }.
# Under each suggestion: how to answer it. $scenario is its name, e.g. relocation.
insights-suggestion-answer = { "  " }Keep it: raincheck non-negotiables accept { $scenario } (add --as "…" for your own words). Not for you: raincheck non-negotiables dismiss { $scenario }

## raincheck ics

ics-added = Added { $count ->
    [one] interview
   *[other] interviews
} { $ids }.
# Stands for a detail an invite does not give.
ics-unknown = (?)
# $file is the feed's file, $when when it was last written ("Thu 3 Dec 2026, 10:00 CET").
ics-feed-status = { $count ->
    [0] No open interview: the feed holds no event
    [one] One event
   *[other] { $count } events
} in { $file }, { $written ->
    [yes] written now.
   *[no] unchanged since { $when }.
}
ics-feed-off = The calendar feed is off. Switch it on with: raincheck ics feed --folder DIR (a folder your phone's calendar syncs).
ics-feed-switched-off = The calendar feed is off; { $file } was removed.
ics-feed-not-updated = The calendar feed was not updated: { $error }

## raincheck export, import, backup, restore, status

restored = Restored the backup: { $count ->
    [one] one interview
   *[other] { $count } interviews
}.
restored-replaced-kept = The log it replaced is kept at { $path }.
imported = Imported { $count ->
    [one] one interview
   *[other] { $count } interviews
}.
imported-renumbered = #{ $old } was taken: it is now #{ $new }.
backed-up-encrypted = Backed up the log to { $path } (encrypted with the log's key).
backed-up-plain = Backed up the log to { $path } (not encrypted).
# Labels of one column (at most 12 characters), then their values.
status-data-folder = Data folder:
status-log = Log:
status-log-value = { $path } (version { $version })
status-encryption = Encryption:
status-encryption-on = on
status-encryption-off = OFF
status-interviews = Interviews:
status-interviews-value = { $count } ({ $upcoming } upcoming, { $undecided } of them undecided); { $sent ->
    [one] one message sent
   *[other] { $sent } messages sent
}
status-read-only = Read-only:

## raincheck prep

prep-heading = Before the interview with { $company } ({ $when }): { $done } of { $of } done
prep-how-to-tick = Tick one with `raincheck prep { $id } --tick time_zone`.

## raincheck profile and appearance: labels of one column (at most 9 characters)

profile-name = Name:
profile-email = E-mail:
profile-phone = Phone:
profile-home-zone = Home zone:
profile-buffer = Buffer:
profile-buffer-value = { $minutes } min
profile-not-set = (not set)
profile-system-zone = the system's
appearance = Colours: { $theme }
    Size:    { $percent } %

## raincheck non-negotiables (also under raincheck profile)

non-negotiables-heading = Non-negotiables:
non-negotiables-none = No non-negotiables yet: add your own with raincheck non-negotiables add "…", or keep one that raincheck insights suggests.
non-negotiable-kept = Kept: { $text }
non-negotiable-changed = Changed: { $text }
non-negotiable-removed = Removed: { $text }
suggestion-dismissed = Dismissed: that suggestion will not be offered again.

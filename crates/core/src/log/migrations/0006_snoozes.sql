-- Reminders the user put off (docs/domain.md §5). One row holds back one
-- reminder, as delivered_reminders names it (interview, kind, and the instant
-- it is for), until `until`; it goes once the reminder has been shown again
-- after that, or with its interview. Not exported: see log/transfer.rs.
CREATE TABLE snoozed_reminders (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    starts_at    TEXT    NOT NULL,
    until        TEXT    NOT NULL,
    snoozed_at   TEXT    NOT NULL,
    PRIMARY KEY (interview_id, kind, starts_at)
);

-- The interview log, first version. Instants are UTC text (2026-12-03T09:00:00Z)
-- with the interview's IANA zone beside them.

PRAGMA application_id = 1380141131; -- "RCHK": marks the file as a Raincheck log

CREATE TABLE interviews (
    id                INTEGER PRIMARY KEY,
    company           TEXT    NOT NULL CHECK (length(company) > 0),
    position          TEXT    NOT NULL CHECK (length(position) > 0),
    interviewer_name  TEXT,
    interviewer_email TEXT,
    interviewer_phone TEXT,
    contact_channel   TEXT    NOT NULL DEFAULT 'email'
                      CHECK (contact_channel IN ('email', 'phone', 'linkedin', 'platform')),
    starts_at         TEXT    NOT NULL,
    tz                TEXT    NOT NULL,
    duration_minutes  INTEGER NOT NULL DEFAULT 60 CHECK (duration_minutes > 0),
    location          TEXT,
    stage             TEXT,
    decision          TEXT    NOT NULL DEFAULT 'undecided'
                      CHECK (decision IN ('undecided', 'attend', 'withdraw', 'reschedule', 'pause')),
    decision_reason   TEXT,
    scenario          TEXT,
    pause_until       TEXT,
    notes             TEXT    NOT NULL DEFAULT '',
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL
);
CREATE INDEX interviews_by_start ON interviews (starts_at);
CREATE INDEX interviews_by_decision ON interviews (decision, starts_at);

-- Every change to an interview, field by field.
CREATE TABLE history (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    at           TEXT    NOT NULL,
    field        TEXT    NOT NULL,
    old_value    TEXT,
    new_value    TEXT
);
CREATE INDEX history_by_interview ON history (interview_id, id);

-- Messages drafted or sent, and the employer's reply.
CREATE TABLE messages (
    id           INTEGER PRIMARY KEY,
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    channel      TEXT    NOT NULL,
    subject      TEXT,
    body         TEXT    NOT NULL,
    created_at   TEXT    NOT NULL,
    sent_at      TEXT,
    reply        TEXT,
    replied_at   TEXT
);
CREATE INDEX messages_by_interview ON messages (interview_id, id);

-- Reminders already shown, so none fires twice. A reminder is for one start
-- instant: a rescheduled interview gets its reminders afresh.
CREATE TABLE delivered_reminders (
    interview_id INTEGER NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL,
    starts_at    TEXT    NOT NULL,
    delivered_at TEXT    NOT NULL,
    PRIMARY KEY (interview_id, kind, starts_at)
);

-- The user's profile and preferences, one value a key (JSON text).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

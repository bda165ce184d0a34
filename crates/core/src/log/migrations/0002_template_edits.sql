-- The user's own versions of message templates, by template file name.
CREATE TABLE template_edits (
    name       TEXT PRIMARY KEY,
    source     TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

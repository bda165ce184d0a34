-- Following up after a message (docs/domain.md §7).

-- When the user marked the interview "no answer": the employer stayed silent
-- after a message and its follow-up. Empty while an answer may still come.
ALTER TABLE interviews ADD COLUMN no_answer_at TEXT;

-- The sent messages still without a reply, by when they went out: the
-- reminders find the silences from here, not by reading every message.
CREATE INDEX messages_awaiting_reply ON messages (sent_at)
    WHERE sent_at IS NOT NULL AND reply IS NULL;

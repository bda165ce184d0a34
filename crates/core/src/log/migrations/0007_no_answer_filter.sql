-- The "no answer" filter: the few interviews marked so, by start, so the list
-- and its counts find them without reading every row of a long log.
CREATE INDEX interviews_no_answer ON interviews (starts_at) WHERE no_answer_at IS NOT NULL;

-- The language messages about an interview are written in (en-GB, en-US, de,
-- fr, es); empty means the profile's.
ALTER TABLE interviews ADD COLUMN message_language TEXT;

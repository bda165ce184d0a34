-- Search over the log, and the pre-interview checklist.

-- The words of each interview a person searches by, kept in step with the
-- interviews table by the triggers below, inside the same transactions.
-- `remove_diacritics 2` makes "muller" find "Müller".
CREATE VIRTUAL TABLE interview_search USING fts5 (
    company, position, interviewer_name, interviewer_email, location, stage, notes, decision_reason,
    content = 'interviews', content_rowid = 'id',
    tokenize = "unicode61 remove_diacritics 2"
);

CREATE TRIGGER interview_search_add AFTER INSERT ON interviews BEGIN
    INSERT INTO interview_search (rowid, company, position, interviewer_name, interviewer_email,
                                  location, stage, notes, decision_reason)
    VALUES (new.id, new.company, new.position, new.interviewer_name, new.interviewer_email,
            new.location, new.stage, new.notes, new.decision_reason);
END;

CREATE TRIGGER interview_search_remove AFTER DELETE ON interviews BEGIN
    INSERT INTO interview_search (interview_search, rowid, company, position, interviewer_name,
                                  interviewer_email, location, stage, notes, decision_reason)
    VALUES ('delete', old.id, old.company, old.position, old.interviewer_name, old.interviewer_email,
            old.location, old.stage, old.notes, old.decision_reason);
END;

-- Only a change to a searched column re-indexes (a checklist tick does not).
CREATE TRIGGER interview_search_change
AFTER UPDATE OF company, position, interviewer_name, interviewer_email, location, stage, notes,
                decision_reason ON interviews BEGIN
    INSERT INTO interview_search (interview_search, rowid, company, position, interviewer_name,
                                  interviewer_email, location, stage, notes, decision_reason)
    VALUES ('delete', old.id, old.company, old.position, old.interviewer_name, old.interviewer_email,
            old.location, old.stage, old.notes, old.decision_reason);
    INSERT INTO interview_search (rowid, company, position, interviewer_name, interviewer_email,
                                  location, stage, notes, decision_reason)
    VALUES (new.id, new.company, new.position, new.interviewer_name, new.interviewer_email,
            new.location, new.stage, new.notes, new.decision_reason);
END;

INSERT INTO interview_search (interview_search) VALUES ('rebuild');

-- The start index carries each interview's length and company too, so the
-- list finds and names the clashes around a page from the index alone.
DROP INDEX interviews_by_start;
CREATE INDEX interviews_by_start ON interviews (starts_at, duration_minutes, company);

-- The pre-interview checklist: four ticks, three talking points (one a line)
-- and the job description (a link or the pasted text).
ALTER TABLE interviews ADD COLUMN prep_time_zone INTEGER NOT NULL DEFAULT 0 CHECK (prep_time_zone IN (0, 1));
ALTER TABLE interviews ADD COLUMN prep_technology INTEGER NOT NULL DEFAULT 0 CHECK (prep_technology IN (0, 1));
ALTER TABLE interviews ADD COLUMN prep_talking_points INTEGER NOT NULL DEFAULT 0 CHECK (prep_talking_points IN (0, 1));
ALTER TABLE interviews ADD COLUMN prep_job_description INTEGER NOT NULL DEFAULT 0 CHECK (prep_job_description IN (0, 1));
ALTER TABLE interviews ADD COLUMN talking_points TEXT NOT NULL DEFAULT '';
ALTER TABLE interviews ADD COLUMN job_description TEXT;

-- An intake's or assessment's line of the case history kept the risk level in place of the note typed for it,
-- so what was typed at intake was shown nowhere and each assessment's reasons only until the next one. The
-- risk level now has its own column and the note is the person's words. Old lines: the level moves to its
-- column; an intake's note is the case's intake note (one intake per case); an old assessment's reasons were
-- not kept per step, so its note stays empty (the latest reasons are still the case's risk reasons).
ALTER TABLE cp_case_step ADD COLUMN risk_level VARCHAR(10) NULL AFTER note;

UPDATE cp_case_step SET risk_level = note, note = NULL
WHERE kind IN ('INTAKE', 'ASSESSED') AND note IN ('HIGH', 'MEDIUM', 'LOW');

UPDATE cp_case_step s JOIN cp_case c ON c.id = s.case_id AND c.tenant_id = s.tenant_id
SET s.note = c.intake_note
WHERE s.kind = 'INTAKE' AND s.note IS NULL;

-- Why the intake judged the risk so, until an assessment gave its own reasons (as ChildCase now keeps it).
UPDATE cp_case SET risk_reasons = intake_note WHERE risk_reasons IS NULL AND assessed_at IS NULL;

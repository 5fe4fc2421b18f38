-- Issue 15: a follow-up's reason was stored as a "中文 / English" sentence. It is now the rule the
-- reading broke and its figures (the reading, the limit), said from the bundles in each reader's
-- language and returned to API clients as code and numbers. The old sentences are read back into
-- rules below; one that cannot be (none is expected) keeps its sentence in `reason`, which the page
-- shows in the reader's half.
ALTER TABLE elder_follow_up
    ADD COLUMN breach_rule VARCHAR(30) NULL,
    ADD COLUMN breach_reading VARCHAR(20) NULL,
    ADD COLUMN breach_limit VARCHAR(20) NULL,
    MODIFY reason VARCHAR(300) NULL;

-- "收缩压 172 ≥ 160 mmHg / systolic at or over the limit": the reading is the 2nd word, the limit the 4th.
UPDATE elder_follow_up
   SET breach_rule = CASE
           WHEN reason LIKE '收缩压 % ≥ %' THEN 'SYSTOLIC_HIGH'
           WHEN reason LIKE '舒张压 % ≥ %' THEN 'DIASTOLIC_HIGH'
           WHEN reason LIKE '血糖 % ≥ %' THEN 'GLUCOSE_HIGH'
           WHEN reason LIKE '心率 % ≥ %' THEN 'HEART_RATE_HIGH'
           WHEN reason LIKE '心率 % ≤ %' THEN 'HEART_RATE_LOW'
       END,
       breach_reading = SUBSTRING_INDEX(SUBSTRING_INDEX(reason, ' ', 2), ' ', -1),
       breach_limit = SUBSTRING_INDEX(SUBSTRING_INDEX(reason, ' ', 4), ' ', -1)
 WHERE reason REGEXP '^(收缩压|舒张压|血糖|心率) [0-9.]+ [≥≤] [0-9.]+( |$)';

UPDATE elder_follow_up SET reason = NULL WHERE breach_rule IS NOT NULL;
UPDATE elder_follow_up SET breach_reading = NULL, breach_limit = NULL WHERE breach_rule IS NULL;

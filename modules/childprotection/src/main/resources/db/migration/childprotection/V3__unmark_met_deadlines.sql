-- Deadlines met (late) before a step unmarked them: until now only the daily check unmarked a met deadline,
-- so a case assessed and visited late stayed "overdue" for those in the caseload, its filter and the start
-- page (the flags are what they read). Each mark whose deadline the case no longer owes is removed here, as
-- ChildCase now does at the step that meets it; what is still owed stays marked.
UPDATE cp_case SET
    overdue_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', overdue_kinds, ','), ',ASSESSMENT,', ',')),
    escalated_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', escalated_kinds, ','), ',ASSESSMENT,', ','))
WHERE assessed_at IS NOT NULL OR risk_level <> 'HIGH' OR stage = 'CLOSED';

UPDATE cp_case SET
    overdue_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', overdue_kinds, ','), ',FIRST_VISIT,', ',')),
    escalated_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', escalated_kinds, ','), ',FIRST_VISIT,', ','))
WHERE first_visit_at IS NOT NULL OR risk_level <> 'HIGH' OR stage = 'CLOSED';

UPDATE cp_case SET
    overdue_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', overdue_kinds, ','), ',PLAN,', ',')),
    escalated_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', escalated_kinds, ','), ',PLAN,', ','))
WHERE plan_approved_at IS NOT NULL OR stage = 'CLOSED';

-- A review is owed only in service, the plan's interval after the last one: one done since is met.
UPDATE cp_case SET
    overdue_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', overdue_kinds, ','), ',REVIEW,', ',')),
    escalated_kinds = TRIM(BOTH ',' FROM REPLACE(CONCAT(',', escalated_kinds, ','), ',REVIEW,', ','))
WHERE stage <> 'IN_SERVICE' OR review_every_days IS NULL
   OR TIMESTAMPADD(DAY, review_every_days, COALESCE(last_review_at, plan_approved_at)) > UTC_TIMESTAMP(6);

UPDATE cp_case SET overdue = (overdue_kinds <> '');

-- Issue 15: the notes the system wrote into the time-bank ledger were Chinese sentences, shown as
-- such to an English reader too. They are now bundle phrases (Said.of: "#key|=value"), said in each
-- reader's language; a purpose a person typed stays as typed (Said.typed). This turns the existing
-- rows into the same form, so that old and new entries read alike. Room for a phrase's escapes first.
ALTER TABLE vol_ledger_entry MODIFY memo VARCHAR(500) NOT NULL;

-- A typed note that starts like a phrase ('#') or an escape ('\') is kept as typed behind a '\'.
UPDATE vol_ledger_entry SET memo = CONCAT('\\', memo) WHERE memo LIKE '#%' OR memo LIKE '\\\\%';

-- 其他运营方转来的时间币（<operator>） -> volunteers.memo.creditsReceived with the operator
UPDATE vol_ledger_entry
   SET memo = CONCAT('#volunteers.memo.creditsReceived|=',
                     REPLACE(REPLACE(REPLACE(SUBSTRING(memo, 13, CHAR_LENGTH(memo) - 13), '\\', '\\\\'), '#', '\\#'), '|', '\\|'))
 WHERE memo LIKE '其他运营方转来的时间币（%）';

-- 服务时长确认（演示数据） -> volunteers.memo.demoHours
UPDATE vol_ledger_entry SET memo = '#volunteers.memo.demoHours' WHERE memo = '服务时长确认（演示数据）';

-- 服务时长确认 <role> -> volunteers.memo.hoursConfirmed with the shift's role
UPDATE vol_ledger_entry
   SET memo = CONCAT('#volunteers.memo.hoursConfirmed|=',
                     REPLACE(REPLACE(REPLACE(SUBSTRING(memo, 8), '\\', '\\\\'), '#', '\\#'), '|', '\\|'))
 WHERE memo LIKE '服务时长确认 %';

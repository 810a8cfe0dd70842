-- Content of schema-v8.cchc, the fixture for the version 8 -> 9 migration (issued notices keep
-- a snapshot). Built from schema-v7.cchc by a version 8 program (main at 4b8bb82, built apart:
-- `cchc-inspector report schema-v8.cchc --kind notice -o notice.pdf` on it upgrades it: the
-- notice date moves from the paragraph "notice/date" to notice_settings), then:
--   sqlite3 schema-v8.cchc < schema-v8-data.sql
-- Keep the .cchc checked in: it is what a version 8 program wrote, not what today's writes.
-- The deputy head joins the team and signs the notice: the signer version 8 lets a team choose.
INSERT INTO team_members (id, round_id, position, full_name, role, job_title, organisation, modified_at)
  VALUES ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2', '88888888-8888-4888-8888-888888888888', 1,
          'Trần Thị Mai', 1, 'Phó Trưởng phòng Nội vụ', 'Phòng Nội vụ', '2022-05-20T08:00:00.000Z');
UPDATE notice_settings SET signer_member_id = 'aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa2'
  WHERE id = 'dddddddd-dddd-4ddd-8ddd-ddddddddddd6';

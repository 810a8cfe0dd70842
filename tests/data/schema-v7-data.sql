-- Content of schema-v7.cchc, the fixture for the version 7 -> 8 migration.
-- Built from schema-v6.cchc by a version 7 program (cchc-inspector report on it upgrades it:
-- the team-work tables work_packages, merge_base and edit_history appear), then:
--   sqlite3 schema-v7.cchc < schema-v7-data.sql
-- Keep the .cchc checked in: it is what a version 7 program wrote, not what today's writes.
-- The notice date the team chose, kept by version 7 as the reserved paragraph row "notice/date".
INSERT INTO report_paragraphs (id, round_id, paragraph_key, drafted_text, edited_text, modified_at)
  VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd6', '88888888-8888-4888-8888-888888888888',
          'notice/date', '', '2022-06-10', '2022-06-09T10:00:00.000Z');
-- A result changed after the notice was issued, recorded by version 7's history triggers.
UPDATE assessments SET result = 2, modified_at = '2022-06-12T08:00:00.000Z'
  WHERE id = 'cccccccc-cccc-4ccc-8ccc-ccccccccccc2';
INSERT INTO edit_history (id, changed_at, author, device_id, round_id, round_unit_id, criterion_id,
                          table_name, record_id, field, old_value, new_value, modified_at)
  VALUES ('eeeeeeee-eeee-4eee-8eee-eeeeeeeeeee1', '2022-06-12T08:00:00.000Z', 'Nguyễn Hữu Thắng',
          'device-7', '88888888-8888-4888-8888-888888888888', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1',
          '66666666-6666-4666-8666-666666666663', 'assessments', 'cccccccc-cccc-4ccc-8ccc-ccccccccccc2',
          'result', '1', '2', '2022-06-12T08:00:00.000Z');

-- Content of schema-v6.cchc, the fixture for the version 6 -> 7 migration (team work).
-- Built from schema-v5.cchc by a version 6 program (cchc-inspector report on it upgrades it:
-- report_paragraphs gains after_key and hidden), then:
--   sqlite3 schema-v6.cchc < schema-v6-data.sql
-- Keep the .cchc checked in: it is what a version 6 program wrote, not what today's writes.
UPDATE assessments SET finding = 'Chưa công khai thủ tục tại trụ sở.', modified_at = '2022-06-01T09:00:00.000Z' WHERE id = 'cccccccc-cccc-4ccc-8ccc-ccccccccccc4';

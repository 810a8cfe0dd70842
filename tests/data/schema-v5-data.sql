-- Content of schema-v5.cchc, the fixture for the version 5 -> 6 migration.
-- Built from schema-v4.cchc by a version 5 program (cchc-inspector report on it upgrades it:
-- the partly met and exemplary phrasings of its built-in criteria filled), then:
--   sqlite3 schema-v5.cchc < schema-v5-data.sql
-- Keep the .cchc checked in: it is what a version 5 program wrote, not what today's writes.
-- A second edit by the team, of the round's opening paragraph.
INSERT INTO report_paragraphs VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd5', '88888888-8888-4888-8888-888888888888', 'opening', 'Mở đầu dự thảo.', 'Mở đầu do Đoàn viết lại.', '2022-05-29T09:00:00.000Z');

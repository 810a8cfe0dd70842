-- Content of schema-v4.cchc, the fixture for the version 4 -> 5 migration.
-- Built from schema-v3.cchc with the version 4 step done by hand in sqlite3 (the same
-- CREATE statements as toVersion4, the "issued/notice" row moved into issued_notices,
-- PRAGMA user_version = 4), then:
--   sqlite3 schema-v4.cchc < schema-v4-data.sql
-- Keep the .cchc checked in: it is what a version 4 program wrote, not what today's writes.
-- A second edit by the team, of the round's opening paragraph.
INSERT INTO report_paragraphs VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd5', '88888888-8888-4888-8888-888888888888', 'opening', 'Mở đầu dự thảo.', 'Mở đầu do Đoàn viết lại.', '2022-05-29T09:00:00.000Z');

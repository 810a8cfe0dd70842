-- Content of schema-v3.cchc, the fixture for the version 3 -> 4 migration.
-- Built from schema-v2.cchc with the version 3 step (the three report tables, as
-- storage::migrate(db, 2, 3) creates them, and PRAGMA user_version = 3), then:
--   sqlite3 schema-v3.cchc < schema-v3-data.sql
-- Keep the .cchc checked in: it is what a version 3 program wrote, not what today's writes.
INSERT INTO report_paragraphs VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd1', '88888888-8888-4888-8888-888888888888', 'closing', 'Đoạn kết dự thảo.', 'Đoạn kết do Đoàn viết lại.', '2022-05-28T08:00:00.000Z');
INSERT INTO report_paragraphs VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd2', '88888888-8888-4888-8888-888888888888', 'issued/notice', '', '{"number":5,"symbol":"ĐKT","issuedOn":"2022-05-30"}', '2022-05-30T08:00:00.000Z');

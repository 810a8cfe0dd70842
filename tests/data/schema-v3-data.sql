-- Content of schema-v3.cchc, the fixture for the version 3 -> 4 migration (team work).
-- Built from schema-v2.cchc with the version 3 step (the report tables, as
-- storage::migrate(db, 2, 3) creates them) and PRAGMA user_version = 3, then:
--   sqlite3 schema-v3.cchc < schema-v3-data.sql
-- Keep the .cchc checked in: it is what a version 3 program wrote, not what today's writes.
INSERT INTO report_paragraphs VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd1', '88888888-8888-4888-8888-888888888888', 'closing', 'Trên đây là thông báo kết quả kiểm tra.', 'Trên đây là thông báo kết quả kiểm tra CCHC năm 2022 của Đoàn.', '2022-06-01T09:00:00.000Z');
UPDATE assessments SET finding = 'Chưa công khai thủ tục tại trụ sở.', modified_at = '2022-06-01T09:00:00.000Z' WHERE id = 'cccccccc-cccc-4ccc-8ccc-ccccccccccc4';

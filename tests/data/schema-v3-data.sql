-- Content of schema-v3.cchc, the fixture for the version 3 -> 4 migration.
-- Built from schema-v2.cchc with the version 3 step (storage::migrate(db, 2, 3): the report
-- tables, created by the same statements as toVersion3), then:
--   sqlite3 schema-v3.cchc < schema-v3-data.sql
-- Keep the .cchc checked in: it is what a version 3 program wrote, not what today's writes.
-- The round's notice was issued as 05/TB-ĐKT: version 3 kept that as the reserved
-- report_paragraphs row "issued/notice"; the "closing" row is an edit by the team.
INSERT INTO report_settings VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd1', 'UBND THÀNH PHỐ HÀ TĨNH', 'ĐOÀN KIỂM TRA CCHC - HĐCV', 'Đoàn kiểm tra CCHC – hoạt động công vụ của thành phố Hà Tĩnh', 'ĐKT', 'Hà Tĩnh', 'TM. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', 'UBND thành phố', 'UBND thành phố (để b/c);
Lưu: VT, ĐKT.', '2022-05-28T08:00:00.000Z');
INSERT INTO report_number_series VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd2', 'ĐKT', 2022, 6, '2022-05-30T08:00:00.000Z');
INSERT INTO report_paragraphs VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd3', '88888888-8888-4888-8888-888888888888', 'closing', 'Bản nháp cũ./.', 'Đoàn kiểm tra đề nghị các đơn vị khắc phục./.', '2022-05-29T08:00:00.000Z');
INSERT INTO report_paragraphs VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd4', '88888888-8888-4888-8888-888888888888', 'issued/notice', '', '{"issuedOn":"2022-05-30","number":5,"symbol":"ĐKT"}', '2022-05-30T08:00:00.000Z');

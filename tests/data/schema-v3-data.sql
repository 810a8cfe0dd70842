-- Content of schema-v3.cchc, the fixture for the version 3 -> 4 migration.
-- Built from schema-v2.cchc with the version 3 step (the CREATE TABLE statements of
-- storage::migrate(db, 2, 3) and PRAGMA user_version = 3), then:
--   sqlite3 schema-v3.cchc < schema-v3-data.sql
-- Keep the .cchc checked in: it is what a version 3 program wrote, not what today's writes.
-- The file's template is a built-in one (criteria 1.1, 2.1, 2.2): the upgrade fills their
-- partly met and exemplary phrasings. A user template's criterion 2.2 stays empty.
INSERT INTO report_settings VALUES ('ffffffff-ffff-4fff-8fff-fffffffffff1', 'UBND THỊ XÃ KỲ ANH', 'ĐOÀN KIỂM TRA CCHC', 'Đoàn kiểm tra CCHC của thị xã Kỳ Anh', 'ĐKT', 'Kỳ Anh', 'TM. ĐOÀN KIỂM TRA', 'TRƯỞNG ĐOÀN', 'UBND thị xã', 'UBND thị xã (để b/c);
Lưu: VT, ĐKT.', '2022-05-28T08:00:00.000Z');
INSERT INTO report_paragraphs VALUES ('ffffffff-ffff-4fff-8fff-fffffffffff2', '88888888-8888-4888-8888-888888888888', 'closing', 'Bản dự thảo cũ./.', 'Đoàn kiểm tra đề nghị các đơn vị khắc phục./.', '2022-05-28T09:00:00.000Z');
INSERT INTO templates VALUES ('33333333-3333-4333-8333-333333333334', '44444444-4444-4444-8444-444444444445', 1, 'Bộ tiêu chí của thị xã', '', 0, '2022-05-21T08:00:00.000Z');
INSERT INTO criteria_groups VALUES ('55555555-5555-4555-8555-555555555553', '33333333-3333-4333-8333-333333333334', 0, 'I', 'Kỷ luật hành chính', '2022-05-21T08:00:00.000Z');
INSERT INTO criteria VALUES ('66666666-6666-4666-8666-666666666664', '55555555-5555-4555-8555-555555555553', 0, '2.2', 'Lập bảng chấm công', '', '', 0, 1, 1, 'lập bảng chấm công', 'lập bảng chấm công', '2022-05-21T08:00:00.000Z', 'lap bang cham cong');

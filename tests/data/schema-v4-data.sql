-- Content of schema-v4.cchc, the fixture for the version 4 -> 5 migration.
-- Built from schema-v3.cchc with the version 4 step (the statements of toVersion4 in
-- core/storage/Migrations.cpp: the issued_notices table, the reserved "issued/notice" row
-- moved into it with its id and time, PRAGMA user_version = 4), then this file:
--   sqlite3 schema-v4.cchc < schema-v4-data.sql
-- Keep the .cchc checked in: it is what a version 4 program wrote, not what today's writes.
-- The file's built-in template (criteria 1.1, 2.1, 2.2) gets partly met and exemplary
-- phrasings on the upgrade to 5; this template of the team's own (criterion 2.2) stays empty.
INSERT INTO templates VALUES ('33333333-3333-4333-8333-333333333334', '44444444-4444-4444-8444-444444444445', 1, 'Bộ tiêu chí của thị xã', '', 0, '2022-05-21T08:00:00.000Z');
INSERT INTO criteria_groups VALUES ('55555555-5555-4555-8555-555555555553', '33333333-3333-4333-8333-333333333334', 0, 'I', 'Kỷ luật hành chính', '2022-05-21T08:00:00.000Z');
INSERT INTO criteria VALUES ('66666666-6666-4666-8666-666666666664', '55555555-5555-4555-8555-555555555553', 0, '2.2', 'Lập bảng chấm công', '', '', 0, 1, 1, 'lập bảng chấm công', 'lập bảng chấm công', '2022-05-21T08:00:00.000Z', 'lap bang cham cong');

-- Content of schema-v2.cchc, the fixture for the version 2 -> 3 migration.
-- Built from schema-v1.cchc with the version 2 step (storage::migrate(db, 1, 2): search keys
-- added and filled), then:
--   sqlite3 schema-v2.cchc < schema-v2-data.sql
-- Keep the .cchc checked in: it is what a version 2 program wrote, not what today's writes.
INSERT INTO units VALUES ('33333333-0000-4000-8000-000000000003', 'Ban Quản lý các chợ Thành phố', 'BQL chợ', 'Hà Tĩnh', 'Đặng Văn Hải', 'Trưởng ban', '', '', '2022-05-21T08:00:00.000Z', 'ban quan ly cac cho thanh pho');
INSERT INTO round_units VALUES ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb3', '88888888-8888-4888-8888-888888888888', '33333333-0000-4000-8000-000000000003', 2, '2022-05-25', 'Đặng Văn Hải - Trưởng ban', '', '2022-05-25T08:00:00.000Z');
INSERT INTO assessments VALUES ('cccccccc-cccc-4ccc-8ccc-ccccccccccc4', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb3', '66666666-6666-4666-8666-666666666661', 2, 1, 1, 'Kế hoạch ban hành chậm & chưa đầy đủ.', 0, '2022-05-25T09:00:00.000Z');

-- Content of schema-v1.cchc, the fixture for the version 1 -> 2 migration.
-- Built once with the version 1 schema (storage::migrate(db, 0, 1)) and then:
--   sqlite3 schema-v1.cchc < schema-v1-data.sql
-- Keep the .cchc checked in: it is what a version 1 program wrote, not what today's writes.
INSERT INTO meta VALUES ('file_id', '6f1c2b9e-3d4a-4e5b-8c7d-0a1b2c3d4e5f');
INSERT INTO units VALUES ('11111111-1111-4111-8111-111111111111', 'Trung tâm Y tế Thành phố', 'TTYT', 'Hà Tĩnh', 'Trần Thị Hà', 'Giám đốc', '', '', '2022-05-20T08:00:00.000Z');
INSERT INTO units VALUES ('22222222-2222-4222-8222-222222222222', 'Đội quản lý trật tự đô thị Thành phố', 'Đội QLTTĐT', 'Hà Tĩnh', 'Nguyễn Văn Bình', 'Đội trưởng', '', '', '2022-05-20T08:00:00.000Z');
INSERT INTO templates VALUES ('33333333-3333-4333-8333-333333333333', '44444444-4444-4444-8444-444444444444', 1, 'Bộ tiêu chí kiểm tra CCHC', '', 1, '2022-05-20T08:00:00.000Z');
INSERT INTO criteria_groups VALUES ('55555555-5555-4555-8555-555555555551', '33333333-3333-4333-8333-333333333333', 0, 'I', 'Công tác chỉ đạo, điều hành cải cách hành chính', '2022-05-20T08:00:00.000Z');
INSERT INTO criteria_groups VALUES ('55555555-5555-4555-8555-555555555552', '33333333-3333-4333-8333-333333333333', 1, 'II', 'Kỷ luật, kỷ cương hành chính và văn hóa công vụ', '2022-05-20T08:00:00.000Z');
INSERT INTO criteria VALUES ('66666666-6666-4666-8666-666666666661', '55555555-5555-4555-8555-555555555551', 0, '1.1', 'Ban hành kế hoạch công tác CCHC năm kịp thời, đầy đủ', '', 'Xem kế hoạch CCHC năm.', 0, 2, 1, 'ban hành kịp thời kế hoạch công tác CCHC năm', 'ban hành kịp thời kế hoạch công tác CCHC năm', '2022-05-20T08:00:00.000Z');
INSERT INTO criteria VALUES ('66666666-6666-4666-8666-666666666662', '55555555-5555-4555-8555-555555555552', 1, '2.1', 'Xây dựng kế hoạch thực hiện kỷ luật, kỷ cương hành chính', 'Quyết định 52/2017/QĐ-UBND của UBND tỉnh', 'Xem kế hoạch và bản cam kết.', 0, 2, 1, 'xây dựng kế hoạch thực hiện kỷ luật kỷ cương hành chính', 'xây dựng kế hoạch thực hiện kỷ luật kỷ cương hành chính', '2022-05-20T08:00:00.000Z');
INSERT INTO criteria VALUES ('66666666-6666-4666-8666-666666666663', '55555555-5555-4555-8555-555555555552', 2, '2.2', 'Lập bảng chấm công hằng ngày', '', 'Xem bảng chấm công.', 0, 1, 1, 'lập bảng chấm công', 'lập bảng chấm công hằng ngày', '2022-05-20T08:00:00.000Z');
INSERT INTO grading_bands VALUES ('77777777-7777-4777-8777-777777777771', '33333333-3333-4333-8333-333333333333', 'Tốt', 90, '2022-05-20T08:00:00.000Z');
INSERT INTO grading_bands VALUES ('77777777-7777-4777-8777-777777777772', '33333333-3333-4333-8333-333333333333', 'Khá', 75, '2022-05-20T08:00:00.000Z');
INSERT INTO rounds VALUES ('88888888-8888-4888-8888-888888888888', 'Kiểm tra CCHC tại các đơn vị sự nghiệp năm 2022', '33333333-3333-4333-8333-333333333333', 'đơn vị sự nghiệp', 'năm 2021 và 6 tháng đầu năm 2022', '2022-05-23', '2022-05-26', 2, '', '2022-05-27T08:00:00.000Z');
INSERT INTO legal_references VALUES ('99999999-9999-4999-8999-999999999991', '88888888-8888-4888-8888-888888888888', 0, 'Kế hoạch', '56/KH-UBND', '2022-03-30', 'UBND thành phố', 'về kiểm tra công tác CCHC – hoạt động công vụ năm 2022', '2022-05-20T08:00:00.000Z');
INSERT INTO team_members VALUES ('aaaaaaaa-aaaa-4aaa-8aaa-aaaaaaaaaaa1', '88888888-8888-4888-8888-888888888888', 0, 'Nguyễn Hữu Thắng', 0, 'Phó Chủ tịch UBND thành phố', 'UBND thành phố', '2022-05-20T08:00:00.000Z');
INSERT INTO round_units VALUES ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1', '88888888-8888-4888-8888-888888888888', '11111111-1111-4111-8111-111111111111', 0, '2022-05-23', 'Trần Thị Hà - Giám đốc', '', '2022-05-23T08:00:00.000Z');
INSERT INTO round_units VALUES ('bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2', '88888888-8888-4888-8888-888888888888', '22222222-2222-4222-8222-222222222222', 1, '2022-05-24', '', '', '2022-05-24T08:00:00.000Z');
INSERT INTO assessments VALUES ('cccccccc-cccc-4ccc-8ccc-ccccccccccc1', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1', '66666666-6666-4666-8666-666666666661', 1, NULL, NULL, '', 0, '2022-05-23T09:00:00.000Z');
INSERT INTO assessments VALUES ('cccccccc-cccc-4ccc-8ccc-ccccccccccc2', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb1', '66666666-6666-4666-8666-666666666663', 1, 1, 1, '', 1, '2022-05-23T09:05:00.000Z');
INSERT INTO assessments VALUES ('cccccccc-cccc-4ccc-8ccc-ccccccccccc3', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2', '66666666-6666-4666-8666-666666666662', 3, NULL, 0, 'Chưa tổ chức ký cam kết.', 0, '2022-05-24T09:00:00.000Z');
INSERT INTO evidence VALUES ('dddddddd-dddd-4ddd-8ddd-ddddddddddd1', 'cccccccc-cccc-4ccc-8ccc-ccccccccccc2', 0, 0, '15/KH-TTYT', 'Kế hoạch CCHC năm 2022', '', '', NULL, '2022-05-23T09:06:00.000Z');
INSERT INTO corrective_actions VALUES ('eeeeeeee-eeee-4eee-8eee-eeeeeeeeeee1', 'bbbbbbbb-bbbb-4bbb-8bbb-bbbbbbbbbbb2', '66666666-6666-4666-8666-666666666662', 'Tổ chức ký cam kết thực hiện kỷ luật, kỷ cương hành chính', '2022-07-30', 0, NULL, '2022-05-27T08:00:00.000Z');

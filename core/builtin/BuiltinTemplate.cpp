#include "core/builtin/BuiltinTemplate.h"

namespace cchc {

namespace {

struct CriterionRow
{
    const char16_t *code;
    const char16_t *text;
    const char16_t *legalReference;
    const char16_t *guidance;
    const char16_t *phraseMet;   // follows "100% đơn vị …", "một số đơn vị đã …"
    const char16_t *phraseUnmet; // follows "Một số đơn vị chưa …"
    double maxScore;
};

struct GroupRow
{
    const char16_t *code;
    const char16_t *title;
    std::initializer_list<CriterionRow> criteria;
};

// The wording follows the 2022 Hà Tĩnh city report, so a drafted notice reads like it.
const std::initializer_list<GroupRow> kGroups = {
    {u"I", u"Công tác chỉ đạo, điều hành cải cách hành chính",
     {
         {u"1.1", u"Ban hành kế hoạch công tác CCHC năm kịp thời, đầy đủ", u"",
          u"Xem kế hoạch CCHC năm của đơn vị, ngày ban hành so với kế hoạch của UBND cấp trên.",
          u"ban hành kịp thời kế hoạch công tác CCHC hằng năm",
          u"ban hành kịp thời kế hoạch công tác CCHC hằng năm", 2},
         {u"1.2", u"Ban hành kế hoạch tuyên truyền CCHC", u"",
          u"Xem kế hoạch tuyên truyền và tài liệu, hình ảnh tuyên truyền đã thực hiện.",
          u"ban hành kế hoạch tuyên truyền CCHC", u"ban hành kế hoạch tuyên truyền CCHC", 1},
         {u"1.3", u"Tự kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính trong đơn vị", u"",
          u"Xem biên bản, báo cáo tự kiểm tra nội bộ trong kỳ.",
          u"tổ chức tự kiểm tra kỷ luật, kỷ cương hành chính trong đơn vị",
          u"quan tâm đến công tác chỉ đạo, điều hành CCHC, công tác kiểm tra kỷ luật, kỷ cương "
          u"hành chính",
          1},
     }},
    {u"II", u"Kỷ luật, kỷ cương hành chính và văn hóa công vụ",
     {
         {u"2.1", u"Xây dựng kế hoạch thực hiện kỷ luật, kỷ cương hành chính và tổ chức ký cam kết",
          u"Quyết định 52/2017/QĐ-UBND của UBND tỉnh",
          u"Xem kế hoạch và bản cam kết đã ký của cán bộ, viên chức.",
          u"xây dựng kế hoạch thực hiện kỷ luật kỷ cương hành chính và tổ chức ký cam kết theo "
          u"Quyết định 52/2017/QĐ-UBND của UBND tỉnh",
          u"xây dựng kế hoạch thực hiện kỷ luật kỷ cương hành chính và tổ chức ký cam kết theo "
          u"Quyết định 52/2017/QĐ-UBND của UBND tỉnh",
          2},
         {u"2.2", u"Lập bảng chấm công hằng ngày", u"",
          u"Xem bảng chấm công các tháng gần nhất.", u"lập bảng chấm công",
          u"lập bảng chấm công hằng ngày", 1},
         {u"2.3", u"Xây dựng khung chấm điểm về kỷ luật, kỷ cương hành chính", u"",
          u"Xem khung chấm điểm và kết quả chấm điểm hằng tháng.",
          u"xây dựng khung chấm điểm về kỷ luật, kỷ cương hành chính",
          u"xây dựng khung chấm điểm về kỷ luật, kỷ cương hành chính", 1},
         {u"2.4", u"Chấp hành giờ giấc làm việc (kiểm tra thực tế khi đến đơn vị)", u"",
          u"Đối chiếu danh sách có mặt với bảng chấm công tại thời điểm kiểm tra.",
          u"chấp hành nghiêm giờ giấc làm việc",
          u"chấp hành nghiêm giờ giấc làm việc, kỷ luật, kỷ cương hành chính", 2},
         {u"2.5", u"Thực hiện quy chế văn hóa công vụ",
          u"Quyết định số 20/2019/QĐ-UBND ngày 19/4/2019 của UBND tỉnh",
          u"Quan sát trang phục, thẻ công chức, bài trí công sở, ứng xử với người dân.",
          u"thực hiện quy chế văn hóa công vụ theo Quyết định số 20/2019/QĐ-UBND ngày "
          u"19/4/2019 của Ủy ban nhân dân tỉnh",
          u"thực hiện bảo đảm quy chế văn hóa công vụ", 2},
         {u"2.6", u"Biển tên cơ quan đúng quy định",
          u"Thông tư số 05/2008/TT-BNV ngày 07/5/2008 của Bộ Nội vụ",
          u"Quan sát biển tên tại trụ sở: nội dung, kích thước, vị trí.",
          u"thể hiện biển tên cơ quan theo Thông tư số 05/2008/TT-BNV ngày 07/5/2008 của Bộ "
          u"Nội vụ",
          u"thể hiện biển tên cơ quan đúng quy định",
          1},
     }},
    {u"III", u"Tổ chức bộ máy",
     {
         {u"3.1", u"Thực hiện đúng tổ chức bộ máy, chức năng, nhiệm vụ được giao", u"",
          u"Đối chiếu cơ cấu thực tế với quyết định quy định chức năng, nhiệm vụ.",
          u"thực hiện đúng tổ chức bộ máy, chức năng nhiệm vụ",
          u"thực hiện đúng tổ chức bộ máy, chức năng nhiệm vụ được giao", 2},
         {u"3.2", u"Ban hành quy chế làm việc bảo đảm chất lượng", u"",
          u"Xem quy chế làm việc: ngày ban hành, nội dung có cập nhật theo quy định mới.",
          u"ban hành quy chế làm việc", u"ban hành quy chế làm việc bảo đảm chất lượng", 2},
         {u"3.3", u"Phân công nhiệm vụ cụ thể bằng văn bản cho viên chức chuyên môn", u"",
          u"Xem quyết định hoặc quy chế phân công nhiệm vụ.",
          u"phân công nhiệm vụ cụ thể cho các viên chức chuyên môn",
          u"xây dựng quy chế phân công nhiệm vụ bảo đảm chất lượng", 1},
         {u"3.4", u"Xây dựng và thực hiện kế hoạch hoạt động đúng tiến độ", u"",
          u"Xem kế hoạch hoạt động năm và báo cáo tiến độ thực hiện.",
          u"ban hành khung chương trình kế hoạch hoạt động và thực hiện đúng tiến độ, kế hoạch "
          u"đề ra",
          u"thực hiện đúng tiến độ kế hoạch hoạt động đề ra", 1},
     }},
    {u"IV", u"Quản lý, sử dụng cán bộ, công chức, viên chức",
     {
         {u"4.1", u"Quản lý, sử dụng cán bộ, công chức, viên chức đúng quy định", u"",
          u"Đối chiếu vị trí việc làm, quyết định tuyển dụng, bổ nhiệm.",
          u"chấp hành pháp luật về quản lý, sử dụng cán bộ, công chức, viên chức",
          u"thực hiện đầy đủ pháp luật về quản lý, sử dụng cán bộ, công chức, viên chức", 2},
         {u"4.2", u"Ký hợp đồng lao động theo Bộ luật Lao động (nếu có)", u"Bộ luật Lao động 2019",
          u"Xem các hợp đồng lao động đang có hiệu lực; không áp dụng nếu đơn vị không ký.",
          u"ký hợp đồng lao động theo Bộ luật Lao động",
          u"ký hợp đồng lao động theo đúng Bộ luật Lao động", 1},
         {u"4.3", u"Thực hiện chế độ, chính sách đối với viên chức theo quy định hiện hành", u"",
          u"Xem hồ sơ nâng lương, phụ cấp, bảo hiểm.",
          u"thực hiện chế độ chính sách của viên chức theo quy định hiện hành",
          u"thực hiện đầy đủ chế độ chính sách của viên chức theo quy định hiện hành", 1},
         {u"4.4",
          u"Đánh giá, xếp loại, thi đua, khen thưởng, kỷ luật cán bộ, viên chức hằng năm đúng "
          u"quy định",
          u"", u"Xem hồ sơ đánh giá, xếp loại năm trước.",
          u"thực hiện quy trình, thủ tục đánh giá, xếp loại, thi đua, khen thưởng, kỷ luật đối "
          u"với cán bộ, viên chức hàng năm đúng quy định",
          u"thực hiện đúng quy trình, thủ tục đánh giá, xếp loại, thi đua, khen thưởng, kỷ luật "
          u"đối với cán bộ, viên chức",
          2},
         {u"4.5", u"Lưu trữ, quản lý hồ sơ cán bộ, công chức, viên chức", u"",
          u"Xem tủ hồ sơ, sổ theo dõi hồ sơ.",
          u"quan tâm đến việc lưu trữ, quản lý hồ sơ cán bộ, công chức",
          u"lưu trữ, quản lý đầy đủ hồ sơ cán bộ, công chức, viên chức", 1},
         {u"4.6", u"Cập nhật thông tin trên phần mềm quản lý hồ sơ cán bộ, công chức, viên chức",
          u"", u"Kiểm tra trên phần mềm một số hồ sơ được chọn ngẫu nhiên.",
          u"thực hiện cập nhật thông tin trên phần mềm quản lý hồ sơ cán bộ, công chức, viên "
          u"chức theo quy định",
          u"cập nhật đầy đủ thông tin trên phần mềm quản lý hồ sơ cán bộ, công chức, viên chức",
          1},
     }},
    {u"V", u"Công tác văn thư, lưu trữ",
     {
         {u"5.1", u"Soạn thảo, ban hành văn bản đúng thể thức",
          u"Nghị định 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
          u"Kiểm tra ngẫu nhiên văn bản đi: thể thức, kỹ thuật trình bày.",
          u"thực hiện tốt công tác soạn thảo, ban hành văn bản theo Nghị định 30/2020/NĐ-CP "
          u"ngày 05/3/2020 của Chính phủ về công tác văn thư",
          u"thực hiện đúng thể thức, kỹ thuật trình bày văn bản theo Nghị định 30/2020/NĐ-CP",
          2},
         {u"5.2", u"Mở sổ công văn đi, đến (giấy hoặc điện tử)", u"",
          u"Xem sổ đăng ký văn bản đi, đến.", u"mở sổ công văn đi, đến theo quy định",
          u"mở sổ công văn đi, đến theo quy định", 1},
         {u"5.3", u"Cập nhật các sổ công văn đi, đến trên hệ thống quản lý văn bản dùng chung",
          u"", u"Kiểm tra trên hệ thống quản lý hồ sơ công việc.",
          u"tổng hợp công văn đi, công văn đến và cập nhật các sổ trên hệ thống quản lý văn bản "
          u"của {cấp}",
          u"cập nhật các sổ công văn đi, đến trên hệ thống quản lý văn bản của {cấp}", 1},
         {u"5.4", u"Lập hồ sơ và nộp lưu tài liệu vào lưu trữ", u"",
          u"Xem danh mục hồ sơ, kho lưu trữ.", u"lập hồ sơ và nộp lưu tài liệu đúng quy định",
          u"lập hồ sơ và nộp lưu tài liệu đúng quy định", 1},
     }},
    {u"VI", u"Ứng dụng công nghệ thông tin",
     {
         {u"6.1", u"Trang bị đủ máy tính, cấu hình đáp ứng yêu cầu công việc", u"",
          u"Đếm máy tính đang dùng, ghi cấu hình các máy cũ nhất.",
          u"quan tâm trang bị hệ thống máy tính, nâng cấp hạ tầng kỹ thuật phục vụ ứng dụng CNTT",
          u"trang bị đủ hệ thống máy tính, cấu hình đáp ứng yêu cầu công việc", 1},
         {u"6.2", u"Sử dụng chữ ký số còn hiệu lực, đúng quy định", u"",
          u"Kiểm tra chứng thư số trên văn bản điện tử gần nhất.",
          u"sử dụng chữ ký số còn hiệu lực", u"cập nhật chữ ký số còn hiệu lực",
          1},
         {u"6.3",
          u"Sử dụng phần mềm Quản lý hồ sơ công việc và theo dõi ý kiến chỉ đạo điều hành đúng "
          u"quy trình",
          u"", u"Kiểm tra luồng xử lý của một số văn bản đến trên phần mềm.",
          u"sử dụng phần mềm hệ thống Quản lý hồ sơ công việc và theo dõi ý kiến chỉ đạo điều "
          u"hành đúng quy trình",
          u"áp dụng phần mềm Hồ sơ công việc đúng quy trình", 2},
         {u"6.4", u"Gửi, nhận văn bản điện tử", u"",
          u"Tỷ lệ văn bản gửi, nhận qua môi trường điện tử.", u"gửi, nhận văn bản điện tử",
          u"thực hiện gửi, nhận văn bản điện tử", 1},
     }},
    {u"VII", u"Áp dụng hệ thống quản lý chất lượng theo TCVN ISO 9001:2015",
     {
         {u"7.1", u"Xây dựng, áp dụng HTQLCL theo TCVN ISO 9001:2015",
          u"Quyết định số 19/2014/QĐ-TTg; Quyết định số 101/QĐ-BKHCN",
          u"Xem quyết định công bố HTQLCL; không áp dụng nếu đơn vị không thuộc diện bắt buộc.",
          u"đang áp dụng HTQLCL theo TCVN ISO 9001:2015",
          u"xây dựng, áp dụng HTQLCL theo TCVN ISO 9001:2015", 2},
         {u"7.2", u"Duy trì, cải tiến HTQLCL (đánh giá nội bộ, xem xét của lãnh đạo)", u"",
          u"Xem báo cáo đánh giá nội bộ, biên bản họp xem xét của lãnh đạo.",
          u"duy trì, cải tiến HTQLCL có kết quả",
          u"duy trì, cải tiến HTQLCL có kết quả (đánh giá nội bộ, xem xét của lãnh đạo)", 1},
     }},
    {u"VIII", u"Quản lý tài chính công",
     {
         {u"8.1", u"Ban hành quy chế chi tiêu nội bộ bảo đảm chất lượng",
          u"Nghị định 60/2021/NĐ-CP ngày 21/6/2021 của Chính phủ",
          u"Xem quy chế chi tiêu nội bộ, ngày ban hành, căn cứ.", u"ban hành quy chế chi tiêu nội bộ",
          u"ban hành quy chế chi tiêu nội bộ bảo đảm chất lượng", 2},
         {u"8.2", u"Quản lý, sử dụng tài chính công đúng quy định", u"",
          u"Xem báo cáo quyết toán, công khai tài chính.",
          u"quản lý, sử dụng tài chính công đúng quy định",
          u"quản lý, sử dụng tài chính công đúng quy định", 2},
     }},
};

// The phrasings of a partly met and of an exemplary result, by criterion code: partly met
// says what was done short of the standard ("chưa đầy đủ", "chưa bảo đảm chất lượng"),
// never that nothing was done. An empty exemplary phrasing names the units after
// "tiêu biểu như". Also filled into files of schema version 3 by the version 4 migration.
struct ResultPhrasings
{
    const char16_t *code;
    const char16_t *partial;
    const char16_t *exemplary;
};

const ResultPhrasings kResultPhrasings[] = {
    {u"1.1", u"ban hành kế hoạch công tác CCHC hằng năm chưa kịp thời, chưa đầy đủ",
     u"ban hành kế hoạch công tác CCHC kịp thời, cụ thể, sát thực tế"},
    {u"1.2", u"ban hành kế hoạch tuyên truyền CCHC nhưng triển khai chưa thường xuyên",
     u"tuyên truyền CCHC bằng nhiều hình thức phong phú"},
    {u"1.3", u"tự kiểm tra kỷ luật, kỷ cương hành chính chưa thường xuyên",
     u"tự kiểm tra thường xuyên, có biên bản, báo cáo đầy đủ"},
    {u"2.1",
     u"xây dựng kế hoạch thực hiện kỷ luật, kỷ cương hành chính nhưng việc ký cam kết chưa "
     u"đầy đủ",
     u""},
    {u"2.2", u"lập bảng chấm công nhưng chưa cập nhật hằng ngày",
     u"chấm công hằng ngày đầy đủ, công khai"},
    {u"2.3",
     u"xây dựng khung chấm điểm về kỷ luật, kỷ cương hành chính nhưng chưa tổ chức chấm điểm "
     u"thường xuyên",
     u"chấm điểm kỷ luật, kỷ cương hành chính hằng tháng, có kết quả cụ thể"},
    {u"2.4", u"chấp hành giờ giấc làm việc chưa nghiêm", u""},
    {u"2.5", u"thực hiện văn hóa công vụ chưa đầy đủ", u"có nhiều cách làm hay về văn hóa công vụ"},
    {u"2.6", u"thể hiện biển tên cơ quan chưa đúng quy định về nội dung, kích thước hoặc vị trí",
     u""},
    {u"3.1", u"thực hiện tổ chức bộ máy, chức năng, nhiệm vụ còn một số nội dung chưa đúng quy định",
     u""},
    {u"3.2", u"ban hành quy chế làm việc chưa bảo đảm chất lượng, chưa cập nhật theo quy định mới",
     u""},
    {u"3.3", u"phân công nhiệm vụ cho viên chức chuyên môn chưa cụ thể, chưa bằng văn bản", u""},
    {u"3.4", u"thực hiện kế hoạch hoạt động còn chậm so với tiến độ đề ra", u""},
    {u"4.1",
     u"thực hiện pháp luật về quản lý, sử dụng cán bộ, công chức, viên chức còn một số hạn chế",
     u""},
    {u"4.2", u"ký hợp đồng lao động còn một số nội dung chưa đúng Bộ luật Lao động", u""},
    {u"4.3", u"thực hiện chế độ chính sách của viên chức chưa đầy đủ, chưa kịp thời", u""},
    {u"4.4",
     u"thực hiện quy trình đánh giá, xếp loại, thi đua, khen thưởng, kỷ luật còn một số nội "
     u"dung chưa đúng quy định",
     u""},
    {u"4.5", u"lưu trữ, quản lý hồ sơ cán bộ, công chức, viên chức chưa đầy đủ", u""},
    {u"4.6",
     u"cập nhật thông tin trên phần mềm quản lý hồ sơ cán bộ, công chức, viên chức chưa đầy "
     u"đủ, chưa kịp thời",
     u""},
    {u"5.1", u"soạn thảo, ban hành văn bản còn một số văn bản chưa đúng thể thức, kỹ thuật trình bày",
     u""},
    {u"5.2", u"mở sổ công văn đi, đến nhưng cập nhật chưa đầy đủ",
     u"quản lý sổ công văn đi, đến bằng hình thức điện tử"},
    {u"5.3",
     u"cập nhật các sổ công văn đi, đến trên hệ thống quản lý văn bản của {cấp} chưa đầy đủ, "
     u"chưa kịp thời",
     u""},
    {u"5.4", u"lập hồ sơ và nộp lưu tài liệu chưa đầy đủ", u""},
    {u"6.1", u"trang bị hệ thống máy tính nhưng còn thiếu, cấu hình thấp",
     u"nâng cấp hạ tầng kỹ thuật, trang bị đủ máy tính cấu hình tốt"},
    {u"6.2", u"sử dụng chữ ký số nhưng còn chữ ký số cũ chưa được cập nhật", u""},
    {u"6.3", u"sử dụng phần mềm Hồ sơ công việc nhưng chưa đúng quy trình", u""},
    {u"6.4", u"gửi, nhận văn bản điện tử chưa thường xuyên", u""},
    {u"7.1", u"mới triển khai áp dụng HTQLCL theo TCVN ISO 9001:2015, chưa có kết quả", u""},
    {u"7.2", u"duy trì HTQLCL nhưng chưa có kết quả rõ nét", u""},
    {u"8.1", u"ban hành quy chế chi tiêu nội bộ chưa bảo đảm chất lượng", u""},
    {u"8.2", u"quản lý, sử dụng tài chính công còn một số nội dung chưa đúng quy định", u""},
};

QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

} // namespace

ChecklistTemplate builtinTemplate()
{
    ChecklistTemplate checklist;
    checklist.name = QStringLiteral("Bộ tiêu chí kiểm tra CCHC – hoạt động công vụ");
    checklist.description = QStringLiteral(
        "Bộ tiêu chí dựng sẵn cho kiểm tra cải cách hành chính, hoạt động công vụ tại các "
        "cơ quan, đơn vị sự nghiệp. “{cấp}” trong các câu mẫu được thay bằng cấp chính quyền "
        "trong cài đặt báo cáo. Có thể sửa hoặc tạo bộ tiêu chí riêng.");
    checklist.builtin = true;
    for (const auto &groupRow : kGroups) {
        CriteriaGroup group;
        group.code = text(groupRow.code);
        group.title = text(groupRow.title);
        for (const auto &row : groupRow.criteria) {
            Criterion criterion;
            criterion.code = text(row.code);
            criterion.text = text(row.text);
            criterion.legalReference = text(row.legalReference);
            criterion.guidance = text(row.guidance);
            criterion.phraseMet = text(row.phraseMet);
            criterion.phraseUnmet = text(row.phraseUnmet);
            criterion.maxScore = row.maxScore;
            for (const ResultPhrasings &phrasings : kResultPhrasings) {
                if (criterion.code == text(phrasings.code)) {
                    criterion.phrasePartial = text(phrasings.partial);
                    criterion.phraseExemplary = text(phrasings.exemplary);
                }
            }
            group.criteria.append(criterion);
        }
        checklist.groups.append(group);
    }
    const std::pair<const char16_t *, double> bands[] = {
        {u"Tốt", 90.0}, {u"Khá", 75.0}, {u"Trung bình", 50.0}, {u"Yếu", 0.0}};
    for (const auto &[name, minPercent] : bands)
        checklist.bands.append({QString(), text(name), minPercent, QString()});
    return checklist;
}

} // namespace cchc

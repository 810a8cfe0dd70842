<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>cchc::ConsistencyCheck</name>
        <message>
            <source>Assessment %1 has a result code the application does not know.</source>
            <translation>Kết quả đánh giá %1 có mã kết quả mà chương trình không biết.</translation>
        </message>
        <message>
            <source>Assessment %1 belongs to a criterion outside its round's checklist version.</source>
            <translation>Kết quả đánh giá %1 thuộc một tiêu chí không nằm trong phiên bản bộ tiêu chí của đợt kiểm tra.</translation>
        </message>
        <message>
            <source>Assessment %1 has a score below zero or above the criterion's maximum.</source>
            <translation>Kết quả đánh giá %1 có điểm nhỏ hơn 0 hoặc lớn hơn điểm tối đa của tiêu chí.</translation>
        </message>
        <message>
            <source>Criterion %1 has a maximum score or weight that is not above zero.</source>
            <translation>Tiêu chí %1 có điểm tối đa hoặc trọng số không lớn hơn 0.</translation>
        </message>
        <message>
            <source>Round %1 ends before it starts.</source>
            <translation>Đợt kiểm tra %1 có ngày kết thúc trước ngày bắt đầu.</translation>
        </message>
        <message>
            <source>Record %1 has no modification time.</source>
            <translation>Bản ghi %1 không có thời điểm sửa đổi.</translation>
        </message>
        <message>
            <source>SQLite integrity check: %1</source>
            <translation>Kiểm tra toàn vẹn SQLite: %1</translation>
        </message>
        <message>
            <source>Table %1, row %2 points to a missing record in %3.</source>
            <translation>Bảng %1, dòng %2 trỏ tới bản ghi không còn trong bảng %3.</translation>
        </message>
    </context>
    <context>
        <name>cchc::InspectionFile</name>
        <message>
            <source>An assessment must belong to a unit of a round and a criterion.</source>
            <translation>Kết quả đánh giá phải thuộc một đơn vị của đợt kiểm tra và một tiêu chí.</translation>
        </message>
        <message>
            <source>The attached file is no longer in this inspection file.</source>
            <translation>Tệp đính kèm không còn trong tệp kiểm tra này.</translation>
        </message>
        <message>
            <source>A corrective action needs a description.</source>
            <translation>Yêu cầu khắc phục cần có nội dung.</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>Không đọc được tệp “%1”: %2</translation>
        </message>
        <message>
            <source>“%1” is not an inspection file (.cchc).</source>
            <translation>Tệp “%1” không phải là tệp kiểm tra CCHC (.cchc).</translation>
        </message>
        <message>
            <source>“%1” is damaged or incomplete and was not opened. Open a backup copy instead.</source>
            <translation>Tệp “%1” bị hỏng hoặc không đầy đủ nên không được mở. Hãy mở bản sao lưu.</translation>
        </message>
        <message>
            <source>“%1” already exists.</source>
            <translation>Tệp “%1” đã tồn tại.</translation>
        </message>
        <message>
            <source>“%1” cannot be created: the folder is read-only or does not exist.</source>
            <translation>Không tạo được tệp “%1”: thư mục chỉ cho phép đọc hoặc không tồn tại.</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>Tệp “%1” không tồn tại.</translation>
        </message>
        <message>
            <source>“%1” is a folder, not an inspection file.</source>
            <translation>“%1” là một thư mục, không phải tệp kiểm tra.</translation>
        </message>
        <message>
            <source>The file or its folder is read-only.</source>
            <translation>Tệp hoặc thư mục chứa tệp ở chế độ chỉ đọc.</translation>
        </message>
        <message>
            <source>“%1” is being created by another program.</source>
            <translation>Tệp “%1” đang được một chương trình khác tạo.</translation>
        </message>
        <message>
            <source>The file is already open in another window or program (%1, process %2).</source>
            <translation>Tệp đang được mở ở một cửa sổ hoặc chương trình khác (%1, tiến trình %2).</translation>
        </message>
        <message>
            <source>this computer</source>
            <translation>máy này</translation>
        </message>
        <message>
            <source>“%1” cannot be opened: %2</source>
            <translation>Không mở được tệp “%1”: %2</translation>
        </message>
        <message>
            <source>“%1” was saved by a newer version of CCHC Inspector (file format %2; this version reads up to %3). Install the newer version to open it; the file was not changed.</source>
            <translation>Tệp “%1” được lưu bởi phiên bản mới hơn của Kiểm tra CCHC (định dạng %2; phiên bản này chỉ đọc được đến định dạng %3). Hãy cài phiên bản mới hơn để mở; tệp không bị thay đổi.</translation>
        </message>
        <message>
            <source>“%1” was saved by an older version and must be upgraded, but it cannot be written now. %2</source>
            <translation>Tệp “%1” được lưu bởi phiên bản cũ và cần được nâng cấp, nhưng hiện không thể ghi vào tệp. %2</translation>
        </message>
        <message>
            <source>“%1” needs an upgrade, but the backup copy “%2” could not be made; the file was not changed.</source>
            <translation>Tệp “%1” cần nâng cấp nhưng không tạo được bản sao lưu “%2”; tệp không bị thay đổi.</translation>
        </message>
        <message>
            <source>“%1” is open read-only; the change was not saved. %2</source>
            <translation>Tệp “%1” đang mở ở chế độ chỉ đọc; thay đổi chưa được lưu. %2</translation>
        </message>
        <message>
            <source>“%1” could not be written: %2</source>
            <translation>Không ghi được vào tệp “%1”: %2</translation>
        </message>
        <message>
            <source>An inspection round needs a title.</source>
            <translation>Đợt kiểm tra cần có tên.</translation>
        </message>
        <message>
            <source>An inspection round needs a checklist template.</source>
            <translation>Đợt kiểm tra cần có bộ tiêu chí.</translation>
        </message>
        <message>
            <source>The last visit day is before the first.</source>
            <translation>Ngày kiểm tra cuối cùng đứng trước ngày đầu tiên.</translation>
        </message>
        <message>
            <source>Every team member needs a name.</source>
            <translation>Mỗi thành viên đoàn kiểm tra cần có họ tên.</translation>
        </message>
        <message>
            <source>The inspection round %1 is not in this file.</source>
            <translation>Đợt kiểm tra %1 không có trong tệp này.</translation>
        </message>
        <message>
            <source>A checklist template needs a name.</source>
            <translation>Bộ tiêu chí cần có tên.</translation>
        </message>
        <message>
            <source>Every area of the checklist needs a title.</source>
            <translation>Mỗi lĩnh vực của bộ tiêu chí cần có tên.</translation>
        </message>
        <message>
            <source>Criterion %1 in “%2” has no text.</source>
            <translation>Tiêu chí %1 trong “%2” chưa có nội dung.</translation>
        </message>
        <message>
            <source>Criterion %1 needs a maximum score and a weight above zero.</source>
            <translation>Tiêu chí %1 cần có điểm tối đa và trọng số lớn hơn 0.</translation>
        </message>
        <message>
            <source>Every grade needs a name and a threshold between 0 and 100%.</source>
            <translation>Mỗi mức xếp loại cần có tên và ngưỡng từ 0 đến 100%.</translation>
        </message>
        <message>
            <source>The checklist template %1 is not in this file.</source>
            <translation>Bộ tiêu chí %1 không có trong tệp này.</translation>
        </message>
        <message>
            <source>This checklist template is used by an inspection round and cannot be removed.</source>
            <translation>Bộ tiêu chí này đang được dùng trong một đợt kiểm tra nên không thể xóa.</translation>
        </message>
        <message>
            <source>The unit %1 is not in this file.</source>
            <translation>Đơn vị %1 không có trong tệp này.</translation>
        </message>
        <message>
            <source>A unit needs a name.</source>
            <translation>Đơn vị cần có tên.</translation>
        </message>
        <message>
            <source>This unit is part of an inspection round; remove it from the round first.</source>
            <translation>Đơn vị này đang thuộc một đợt kiểm tra; hãy bỏ đơn vị khỏi đợt kiểm tra trước.</translation>
        </message>
        <message>
            <source>the file already has this record (%1) in another place; records never move between rounds, units or templates</source>
            <translation>tệp đã có bản ghi này (%1) ở vị trí khác; bản ghi không được chuyển giữa các đợt kiểm tra, đơn vị hoặc bộ tiêu chí</translation>
        </message>
        <message>
            <source>the file already has this checklist version with other criteria and keeps it unchanged (it is newer or used by a round)</source>
            <translation>tệp đã có phiên bản bộ tiêu chí này với các tiêu chí khác và giữ nguyên phiên bản đó (vì mới hơn hoặc đang được một đợt kiểm tra sử dụng)</translation>
        </message>
        <message>
            <source>the file already has the same record under another id (%1); import does not merge records made separately</source>
            <translation>tệp đã có bản ghi tương ứng với mã định danh khác (%1); chức năng nhập không gộp các bản ghi được tạo riêng rẽ</translation>
        </message>
    </context>
    <context>
        <name>cchc::JsonExport</name>
        <message>
            <source>The JSON could not be written: %1</source>
            <translation>Không ghi được tệp JSON: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::JsonImport</name>
        <message>
            <source>must be text</source>
            <translation>phải là văn bản</translation>
        </message>
        <message>
            <source>must not be empty</source>
            <translation>không được để trống</translation>
        </message>
        <message>
            <source>“%1” is not a time in the form yyyy-MM-ddThh:mm:ss.zzzZ</source>
            <translation>“%1” không phải là thời điểm theo dạng yyyy-MM-ddThh:mm:ss.zzzZ</translation>
        </message>
        <message>
            <source>“%1” is not a date in the form yyyy-MM-dd</source>
            <translation>“%1” không phải là ngày theo dạng yyyy-MM-dd</translation>
        </message>
        <message>
            <source>must be a number</source>
            <translation>phải là một số</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>phải là số nguyên</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>phải là true hoặc false</translation>
        </message>
        <message>
            <source>must be a list</source>
            <translation>phải là một danh sách</translation>
        </message>
        <message>
            <source>must be an object</source>
            <translation>phải là một đối tượng</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>bị thiếu</translation>
        </message>
        <message>
            <source>“%1” is not a valid id (UUID)</source>
            <translation>“%1” không phải là mã định danh hợp lệ (UUID)</translation>
        </message>
        <message>
            <source>a round export holds exactly one round</source>
            <translation>tệp xuất một đợt kiểm tra phải có đúng một đợt</translation>
        </message>
        <message>
            <source>“%1” is not the CCHC Inspector format (“%2”)</source>
            <translation>“%1” không phải là định dạng của CCHC Inspector (“%2”)</translation>
        </message>
        <message>
            <source>version %1 was written by a newer CCHC Inspector; this version reads up to %2. Install the newer version to import it.</source>
            <translation>phiên bản %1 do CCHC Inspector mới hơn ghi; phiên bản này chỉ đọc được đến phiên bản %2. Hãy cài đặt phiên bản mới hơn để nhập tệp.</translation>
        </message>
        <message>
            <source>%1 is not a format version</source>
            <translation>%1 không phải là phiên bản định dạng hợp lệ</translation>
        </message>
        <message>
            <source>“%1” is not a known scope</source>
            <translation>“%1” không phải là phạm vi xuất hợp lệ</translation>
        </message>
        <message>
            <source>the id “%1” is used twice (first at %2)</source>
            <translation>mã định danh “%1” bị dùng hai lần (lần đầu tại %2)</translation>
        </message>
        <message>
            <source>must be 1 or more</source>
            <translation>phải từ 1 trở lên</translation>
        </message>
        <message>
            <source>must be between 0 and 100</source>
            <translation>phải nằm trong khoảng từ 0 đến 100</translation>
        </message>
        <message>
            <source>version %1 of this checklist is in the file twice</source>
            <translation>phiên bản %1 của bộ tiêu chí này xuất hiện hai lần trong tệp</translation>
        </message>
        <message>
            <source>“%1” is not a known response kind</source>
            <translation>“%1” không phải là cách chấm hợp lệ</translation>
        </message>
        <message>
            <source>must be above zero</source>
            <translation>phải lớn hơn 0</translation>
        </message>
        <message>
            <source>refers to the criterion “%1”, which is not in the file</source>
            <translation>tham chiếu đến tiêu chí “%1” không có trong tệp</translation>
        </message>
        <message>
            <source>the criterion “%1” belongs to another checklist version than the round's</source>
            <translation>tiêu chí “%1” thuộc phiên bản bộ tiêu chí khác với phiên bản của đợt kiểm tra</translation>
        </message>
        <message>
            <source>refers to the checklist template “%1”, which is not in the file</source>
            <translation>tham chiếu đến bộ tiêu chí “%1” không có trong tệp</translation>
        </message>
        <message>
            <source>the last visit day is before the first</source>
            <translation>ngày kiểm tra cuối trước ngày kiểm tra đầu</translation>
        </message>
        <message>
            <source>“%1” is not a known round status</source>
            <translation>“%1” không phải là trạng thái đợt kiểm tra hợp lệ</translation>
        </message>
        <message>
            <source>“%1” is not a known team role</source>
            <translation>“%1” không phải là vai trò trong đoàn kiểm tra hợp lệ</translation>
        </message>
        <message>
            <source>refers to the unit “%1”, which is not in the file</source>
            <translation>tham chiếu đến đơn vị “%1” không có trong tệp</translation>
        </message>
        <message>
            <source>the unit “%1” is in this round twice</source>
            <translation>đơn vị “%1” có hai lần trong đợt kiểm tra này</translation>
        </message>
        <message>
            <source>the criterion “%1” is assessed twice at this unit</source>
            <translation>tiêu chí “%1” được đánh giá hai lần tại đơn vị này</translation>
        </message>
        <message>
            <source>“%1” is not a known result</source>
            <translation>“%1” không phải là kết quả hợp lệ</translation>
        </message>
        <message>
            <source>“%1” is not a known action status</source>
            <translation>“%1” không phải là trạng thái khắc phục hợp lệ</translation>
        </message>
        <message>
            <source>%1 is outside 0 to %2, the criterion's maximum score</source>
            <translation>%1 nằm ngoài khoảng từ 0 đến %2 (điểm tối đa của tiêu chí)</translation>
        </message>
        <message>
            <source>“%1” is not a known evidence kind</source>
            <translation>“%1” không phải là loại minh chứng hợp lệ</translation>
        </message>
        <message>
            <source>is not valid base64</source>
            <translation>không phải là dữ liệu base64 hợp lệ</translation>
        </message>
        <message>
            <source>not valid JSON (at character %1: %2)</source>
            <translation>không phải là JSON hợp lệ (tại ký tự %1: %2)</translation>
        </message>
        <message>
            <source>not a CCHC Inspector export: the JSON is not an object</source>
            <translation>không phải là tệp xuất của CCHC Inspector: nội dung JSON không phải là một đối tượng</translation>
        </message>
        <message>
            <source>“%1” cannot be read: %2</source>
            <translation>Không đọc được tệp “%1”: %2</translation>
        </message>
        <message>
            <source>“%1” was not imported: %2</source>
            <translation>Chưa nhập được tệp “%1”: %2</translation>
        </message>
    </context>
    <context>
        <name>cchc::SaveFile</name>
        <message>
            <source>“%1” could not be written: %2</source>
            <translation>Không ghi được vào tệp “%1”: %2</translation>
        </message>
        <message>
            <source>%1. If the folder is synchronised (OneDrive, Dropbox) or on the network, save to a local folder and copy the file afterwards.</source>
            <translation>%1. Nếu thư mục được đồng bộ (OneDrive, Dropbox) hoặc nằm trên mạng, hãy lưu vào một thư mục trên máy rồi sao chép tệp sau.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::CommandLine</name>
        <message>
            <source>Usage: cchc-inspector [--lang vi|en] [FILE]
       cchc-inspector [--lang vi|en] COMMAND [arguments]

Kiểm tra CCHC: administrative-reform inspections, from the checklist on site to the findings notice.

Options:
  -v, --version  Print the version and exit.
  -h, --help     Print this help and exit.
  --lang vi|en   Interface language (default: Vietnamese).

FILE opens the inspection file in the application.

Commands:
</source>
            <translation>Cách dùng: cchc-inspector [--lang vi|en] [TỆP]
           cchc-inspector [--lang vi|en] LỆNH [tham số]

Kiểm tra CCHC: kiểm tra cải cách hành chính, từ bảng tiêu chí tại đơn vị đến thông báo kết quả kiểm tra.

Tùy chọn:
  -v, --version  In phiên bản rồi thoát.
  -h, --help     In hướng dẫn này rồi thoát.
  --lang vi|en   Ngôn ngữ giao diện (mặc định: tiếng Việt).

TỆP: mở tệp kiểm tra trong chương trình.

Các lệnh:
</translation>
        </message>
        <message>
            <source>
Exit codes: 0 success, 1 the job failed, 2 wrong command line.
</source>
            <translation>
Mã thoát: 0 thành công, 1 không thực hiện được, 2 dòng lệnh sai.
</translation>
        </message>
        <message>
            <source>The command line is not understood (%1). Run cchc-inspector --help.</source>
            <translation>Không hiểu dòng lệnh (%1). Chạy cchc-inspector --help để xem hướng dẫn.</translation>
        </message>
        <message>
            <source>The command line is not understood. Run cchc-inspector --help.</source>
            <translation>Không hiểu dòng lệnh. Chạy cchc-inspector --help để xem hướng dẫn.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::FileCommands</name>
        <message>
            <source>The inspection file (.cchc).</source>
            <translation>Tệp kiểm tra (.cchc).</translation>
        </message>
        <message>
            <source>Give exactly one file: cchc-inspector %1 FILE</source>
            <translation>Cần đúng một tệp: cchc-inspector %1 TỆP</translation>
        </message>
        <message>
            <source>Replace FILE if it exists.</source>
            <translation>Ghi đè TỆP nếu đã tồn tại.</translation>
        </message>
        <message>
            <source>“%1” already exists; add --force to replace it.</source>
            <translation>Tệp “%1” đã tồn tại; thêm --force để ghi đè.</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>Không ghi đè được tệp “%1”.</translation>
        </message>
        <message>
            <source>Demo file written: %1
</source>
            <translation>Đã tạo tệp mẫu: %1
</translation>
        </message>
        <message>
            <source>no dates</source>
            <translation>chưa có ngày</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n đơn vị</numerusform>
            </translation>
        </message>
        <message>
            <source>checked</source>
            <translation>đã kiểm tra</translation>
        </message>
        <message>
            <source>score</source>
            <translation>điểm</translation>
        </message>
        <message>
            <source>File: %1
</source>
            <translation>Tệp: %1
</translation>
        </message>
        <message>
            <source>Units (%1):
</source>
            <translation>Đơn vị (%1):
</translation>
        </message>
        <message>
            <source>Checklist templates (%1):
</source>
            <translation>Bộ tiêu chí (%1):
</translation>
        </message>
        <message>
            <source>version %1</source>
            <translation>phiên bản %1</translation>
        </message>
        <message>
            <source>Inspection rounds (%1):
</source>
            <translation>Đợt kiểm tra (%1):
</translation>
        </message>
        <message numerus="yes">
            <source>“%1” has %n problem(s).</source>
            <translation>
                <numerusform>Tệp “%1” có %n lỗi.</numerusform>
            </translation>
        </message>
        <message>
            <source>“%1”: no problems found.
</source>
            <translation>Tệp “%1”: không có lỗi.
</translation>
        </message>
        <message>
            <source>Write the demo file: the 2022 round at eight public-service units.</source>
            <translation>Tạo tệp mẫu: đợt kiểm tra năm 2022 tại tám đơn vị sự nghiệp.</translation>
        </message>
        <message>
            <source>Print the rounds, units and their ids, with each unit's progress and score.</source>
            <translation>In các đợt kiểm tra, đơn vị và mã của chúng, kèm tiến độ và điểm của từng đơn vị.</translation>
        </message>
        <message>
            <source>Run SQLite's integrity check and the application's consistency checks.</source>
            <translation>Chạy kiểm tra toàn vẹn của SQLite và các kiểm tra nhất quán của chương trình.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::InterchangeCommands</name>
        <message>
            <source>Export only this round.</source>
            <translation>Chỉ xuất đợt kiểm tra này.</translation>
        </message>
        <message>
            <source>The JSON file to write.</source>
            <translation>Tệp JSON cần ghi.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector export-json FILE [--round ID] -o OUT.json</source>
            <translation>Cách dùng: cchc-inspector export-json TỆP [--round MÃ] -o RA.json</translation>
        </message>
        <message>
            <source>“%1” was not exported: %2</source>
            <translation>Chưa xuất được tệp “%1”: %2</translation>
        </message>
        <message>
            <source>Exported to %1
</source>
            <translation>Đã xuất ra %1
</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector import-json IN.json FILE</source>
            <translation>Cách dùng: cchc-inspector import-json VÀO.json TỆP</translation>
        </message>
        <message>
            <source>“%1” does not exist.</source>
            <translation>Tệp “%1” không tồn tại.</translation>
        </message>
        <message>
            <source>Imported %1 into %2: %3 added, %4 replaced by newer versions, %5 kept.
</source>
            <translation>Đã nhập %1 vào %2: %3 bản ghi được thêm, %4 bản ghi được thay bằng phiên bản mới hơn, %5 bản ghi được giữ nguyên.
</translation>
        </message>
        <message>
            <source>Write the whole file, or one round, as JSON (ids and times kept).</source>
            <translation>Xuất toàn bộ tệp hoặc một đợt kiểm tra ra JSON (giữ nguyên mã định danh và thời điểm sửa đổi).</translation>
        </message>
        <message>
            <source>Import a JSON export into FILE (created if missing); newer records replace older ones.</source>
            <translation>Nhập tệp JSON đã xuất vào TỆP (tạo mới nếu chưa có); bản ghi mới hơn thay thế bản ghi cũ hơn.</translation>
        </message>
        <message>
            <source>The JSON would replace the inspection file “%1”; choose another output file.</source>
            <translation>Tệp JSON sẽ ghi đè lên tệp kiểm tra “%1”; hãy chọn tệp đầu ra khác.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::ReportCommands</name>
        <message>
            <source>The round (id from list).</source>
            <translation>Đợt kiểm tra (mã lấy từ lệnh list).</translation>
        </message>
        <message>
            <source>notice, minutes or scores (default: notice).</source>
            <translation>notice (thông báo), minutes (biên bản) hoặc scores (bảng điểm); mặc định: notice.</translation>
        </message>
        <message>
            <source>The unit, for minutes.</source>
            <translation>Đơn vị, khi lập biên bản.</translation>
        </message>
        <message>
            <source>The file to write (.pdf or .docx).</source>
            <translation>Tệp cần ghi (.pdf hoặc .docx).</translation>
        </message>
        <message>
            <source>Date of the notice, YYYY-MM-DD (default: today).</source>
            <translation>Ngày ban hành thông báo, dạng YYYY-MM-DD (mặc định: hôm nay).</translation>
        </message>
        <message>
            <source>Leave the score annex out of the notice.</source>
            <translation>Không kèm phụ lục bảng điểm theo thông báo.</translation>
        </message>
        <message>
            <source>The inspection file (.cchc).</source>
            <translation>Tệp kiểm tra (.cchc).</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector report FILE --round ID --kind notice|minutes|scores [--unit ID] -o OUT.pdf|OUT.docx</source>
            <translation>Cách dùng: cchc-inspector report TỆP --round MÃ --kind notice|minutes|scores [--unit MÃ] -o RA.pdf|RA.docx</translation>
        </message>
        <message>
            <source>--kind must be notice, minutes or scores, not “%1”.</source>
            <translation>--kind phải là notice, minutes hoặc scores, không phải “%1”.</translation>
        </message>
        <message>
            <source>--date must be YYYY-MM-DD, not “%1”.</source>
            <translation>--date phải có dạng YYYY-MM-DD, không phải “%1”.</translation>
        </message>
        <message>
            <source>Report written: %1
</source>
            <translation>Đã ghi báo cáo: %1
</translation>
        </message>
        <message>
            <source>Write the findings notice, a unit's minutes or the score annex of a round.</source>
            <translation>Lập thông báo kết quả kiểm tra, biên bản kiểm tra một đơn vị hoặc phụ lục bảng điểm của một đợt.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::main</name>
        <message>
            <source>No display is available, so the window cannot open; printing the file's summary instead.</source>
            <translation>Không có màn hình nên không mở được cửa sổ; in tóm tắt tệp thay thế.</translation>
        </message>
        <message>
            <source>Give a file to summarise: cchc-inspector FILE</source>
            <translation>Hãy chỉ định tệp cần tóm tắt: cchc-inspector TỆP</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::DocxOutput</name>
        <message>
            <source>“%1” could not be written as a Word document.</source>
            <translation>Không ghi được “%1” thành văn bản Word.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::MinutesBuilder</name>
        <message>
            <source>The unit %1 is not part of the round “%2”.</source>
            <translation>Đơn vị %1 không thuộc đợt kiểm tra “%2”.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::PdfOutput</name>
        <message>
            <source>The report is empty: nothing was written to “%1”.</source>
            <translation>Báo cáo không có nội dung: chưa ghi gì vào “%1”.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::ReportStore</name>
        <message>
            <source>“%1” is open read-only: the report settings and edits cannot be saved.</source>
            <translation>Tệp “%1” đang mở ở chế độ chỉ đọc: không lưu được thiết lập báo cáo và nội dung đã sửa.</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::Reports</name>
        <message>
            <source>Minutes are written for one unit: name it with --unit.</source>
            <translation>Biên bản lập cho từng đơn vị: hãy chỉ rõ đơn vị bằng --unit.</translation>
        </message>
        <message>
            <source>Unknown report kind.</source>
            <translation>Loại báo cáo không xác định.</translation>
        </message>
        <message>
            <source>“%1”: reports are written as .pdf or .docx files.</source>
            <translation>“%1”: báo cáo chỉ ghi ra tệp .pdf hoặc .docx.</translation>
        </message>
    </context>
    <context>
        <name>cchc::storage</name>
        <message>
            <source>The inspection file could not be locked for an upgrade.</source>
            <translation>Không khóa được tệp kiểm tra để nâng cấp.</translation>
        </message>
        <message>
            <source>The upgrade of the inspection file could not be saved.</source>
            <translation>Không lưu được kết quả nâng cấp tệp kiểm tra.</translation>
        </message>
        <message>
            <source>The inspection file could not be read or written (%1).</source>
            <translation>Không đọc hoặc ghi được tệp kiểm tra (%1).</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::MainWindow</name>
        <message>
            <source>Round / unit</source>
            <translation>Đợt kiểm tra / đơn vị</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Đã kiểm tra</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Mở…</translation>
        </message>
        <message>
            <source>Open inspection file</source>
            <translation>Mở tệp kiểm tra</translation>
        </message>
        <message>
            <source>Inspection files (*.cchc)</source>
            <translation>Tệp kiểm tra (*.cchc)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <source>Cannot open file</source>
            <translation>Không mở được tệp</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::NoticeDraftEditor</name>
        <message>
            <source>Notice draft</source>
            <translation>Dự thảo thông báo</translation>
        </message>
        <message>
            <source>Back to the draft</source>
            <translation>Trở lại bản dự thảo</translation>
        </message>
        <message>
            <source>Reviewed: keep my text</source>
            <translation>Đã xem lại: giữ nội dung đã sửa</translation>
        </message>
        <message>
            <source>Drafted</source>
            <translation>Dự thảo</translation>
        </message>
        <message>
            <source>Edited</source>
            <translation>Đã sửa</translation>
        </message>
        <message>
            <source>Needs review</source>
            <translation>Cần xem lại</translation>
        </message>
        <message>
            <source>Remove this paragraph</source>
            <translation>Xóa đoạn này</translation>
        </message>
        <message>
            <source>The results no longer draft this paragraph.</source>
            <translation>Theo kết quả hiện tại, đoạn này không còn trong bản dự thảo.</translation>
        </message>
        <message>
            <source>Current draft: %1</source>
            <translation>Bản dự thảo hiện tại: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReportActions</name>
        <message>
            <source>Print preview of the notice…</source>
            <translation>Xem trước và in thông báo…</translation>
        </message>
        <message>
            <source>Export notice as PDF…</source>
            <translation>Xuất thông báo ra PDF…</translation>
        </message>
        <message>
            <source>Export Word (.docx)…</source>
            <translation>Xuất Word (.docx)…</translation>
        </message>
        <message>
            <source>Minutes of this unit…</source>
            <translation>Biên bản kiểm tra đơn vị này…</translation>
        </message>
        <message>
            <source>Minutes of every unit…</source>
            <translation>Biên bản kiểm tra tất cả đơn vị…</translation>
        </message>
        <message>
            <source>Score annex…</source>
            <translation>Phụ lục bảng điểm…</translation>
        </message>
        <message>
            <source>Edit the notice draft…</source>
            <translation>Sửa dự thảo thông báo…</translation>
        </message>
        <message>
            <source>Report settings…</source>
            <translation>Thiết lập báo cáo…</translation>
        </message>
        <message>
            <source>Report</source>
            <translation>Báo cáo</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Văn bản Word (*.docx)</translation>
        </message>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Save report</source>
            <translation>Lưu báo cáo</translation>
        </message>
        <message>
            <source>Folder for the minutes</source>
            <translation>Thư mục lưu biên bản</translation>
        </message>
        <message>
            <source>Writing the minutes of every unit…</source>
            <translation>Đang lập biên bản của từng đơn vị…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReportSettingsDialog</name>
        <message>
            <source>Report settings</source>
            <translation>Thiết lập báo cáo</translation>
        </message>
        <message>
            <source>Governing body</source>
            <translation>Cơ quan chủ quản</translation>
        </message>
        <message>
            <source>Issuing body</source>
            <translation>Cơ quan ban hành</translation>
        </message>
        <message>
            <source>Issuing body in sentences</source>
            <translation>Tên cơ quan ban hành trong câu văn</translation>
        </message>
        <message>
            <source>Symbol in numbers</source>
            <translation>Ký hiệu trong số văn bản</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Địa danh</translation>
        </message>
        <message>
            <source>Signing authority</source>
            <translation>Thẩm quyền ký</translation>
        </message>
        <message>
            <source>Signer's title</source>
            <translation>Chức vụ người ký</translation>
        </message>
        <message>
            <source>Corrective-action reports go to</source>
            <translation>Nơi nhận báo cáo kết quả khắc phục</translation>
        </message>
        <message>
            <source>Next notice number in %1</source>
            <translation>Số thông báo tiếp theo năm %1</translation>
        </message>
        <message>
            <source>Recipients (one per line)</source>
            <translation>Nơi nhận (mỗi dòng một nơi)</translation>
        </message>
    </context>
</TS>

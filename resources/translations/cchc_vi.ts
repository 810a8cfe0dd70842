<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>Thư mục</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>Ổ đĩa</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>%1 File</source>
            <translation>Tệp %1</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>Look in:</source>
            <translation>Tìm trong:</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>&amp;Tên tệp:</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>Loại tệp:</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Mở</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Lưu</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>Quay lại</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>Tiến tới</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>Thư mục cha</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>Tạo thư mục mới</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>Thư mục mới</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>Dạng danh sách</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>Dạng chi tiết</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>Thư mục:</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Máy tính</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>Đổi &amp;tên</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>Hiện tệp ẩ&amp;n</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 đã có.
Bạn có muốn thay thế không?</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>Vị trí gần đây</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>Thư mục &amp;mới</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>&amp;Chọn</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>Lưu thành</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>Tìm thư mục</translation>
        </message>
        <message>
            <source>Show </source>
            <translation>Hiện </translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>Bạn có chắc muốn xóa '%1'?</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>Không xóa được thư mục.</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Kích thước</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>Ngày sửa đổi</translation>
        </message>
        <message>
            <source>Computer</source>
            <translation>Máy tính</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>Máy tính</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Loại</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>Nhập giá trị:</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cắ&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>Hiện chi tiết...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>Ẩn chi tiết...</translation>
        </message>
        <message>
            <source>About Qt</source>
            <translation>Giới thiệu Qt</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Đồng ý</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Lưu</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Lưu tất cả</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Có</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Có với &amp;tất cả</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Không</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>Không với tất &amp;cả</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Dừng</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Thử lại</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Hủy bỏ</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Bỏ thay đổi</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Trợ giúp</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Áp dụng</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Đặt lại</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Khôi phục mặc định</translation>
        </message>
        <message>
            <source>Don't Save</source>
            <translation>Không lưu</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>Đóng không lưu</translation>
        </message>
    </context>
    <context>
        <name>QPrintPreviewDialog</name>
        <message>
            <source>Print Preview</source>
            <translation>Xem trước khi in</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Trang sau</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Trang trước</translation>
        </message>
        <message>
            <source>First page</source>
            <translation>Trang đầu</translation>
        </message>
        <message>
            <source>Last page</source>
            <translation>Trang cuối</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Vừa chiều rộng</translation>
        </message>
        <message>
            <source>Fit page</source>
            <translation>Vừa trang</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Phóng to</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Thu nhỏ</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>Khổ dọc</translation>
        </message>
        <message>
            <source>Landscape</source>
            <translation>Khổ ngang</translation>
        </message>
        <message>
            <source>Show single page</source>
            <translation>Từng trang</translation>
        </message>
        <message>
            <source>Show facing pages</source>
            <translation>Hai trang đối diện</translation>
        </message>
        <message>
            <source>Show overview of all pages</source>
            <translation>Xem tất cả các trang</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>In</translation>
        </message>
        <message>
            <source>Page setup</source>
            <translation>Thiết lập trang</translation>
        </message>
        <message>
            <source>Export to PDF</source>
            <translation>Xuất ra PDF</translation>
        </message>
        <message>
            <source>%1%</source>
            <translation>%1%</translation>
        </message>
    </context>
    <context>
        <name>QShortcut</name>
        <message>
            <source>Ctrl</source>
            <translation>Ctrl</translation>
        </message>
        <message>
            <source>Shift</source>
            <translation>Shift</translation>
        </message>
        <message>
            <source>Alt</source>
            <translation>Alt</translation>
        </message>
        <message>
            <source>Esc</source>
            <translation>Esc</translation>
        </message>
        <message>
            <source>Del</source>
            <translation>Del</translation>
        </message>
        <message>
            <source>Return</source>
            <translation>Return</translation>
        </message>
        <message>
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <source>Space</source>
            <translation>Dấu cách</translation>
        </message>
    </context>
    <context>
        <name>QUndoGroup</name>
        <message>
            <source>Undo %1</source>
            <translation>Hoàn tác: %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Làm lại: %1</translation>
        </message>
    </context>
    <context>
        <name>QUndoStack</name>
        <message>
            <source>Undo %1</source>
            <translation>Hoàn tác: %1</translation>
        </message>
        <message>
            <source>Redo %1</source>
            <translation>Làm lại: %1</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cắ&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Sao chép</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Dán</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>Chọn tất cả</translation>
        </message>
    </context>
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
        <message numerus="yes">
            <source>No report is drafted from “%1”: the file check finds %n problem(s), the first: %2 Run the file check (cchc-inspector check) or open a backup copy.</source>
            <translation>
                <numerusform>Không lập báo cáo từ tệp “%1”: kiểm tra tệp thấy %n lỗi, lỗi đầu tiên: %2 Hãy chạy kiểm tra tệp (cchc-inspector check) hoặc mở bản sao lưu.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cchc::FileCopy</name>
        <message>
            <source>“%1” is the open file; choose another name for the copy.</source>
            <translation>“%1” là tệp đang mở; hãy chọn tên khác cho bản sao.</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written: %2</source>
            <translation>Không ghi được bản sao “%1”: %2</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>Không thay thế được “%1”.</translation>
        </message>
        <message>
            <source>The copy “%1” could not be written.</source>
            <translation>Không ghi được bản sao “%1”.</translation>
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
        <message>
            <source>The file is already open in another window of this program.</source>
            <translation>Tệp đang được mở trong một cửa sổ khác của chương trình này.</translation>
        </message>
        <message>
            <source>The file is marked as open for editing on the computer “%1” (since %2). If it is no longer open there (that computer stopped or the drive was removed without closing it), it can be opened for editing anyway; if it is still open there, changes made on both computers would overwrite each other.</source>
            <translation>Tệp đang được đánh dấu là mở để sửa trên máy tính “%1” (từ %2). Nếu tệp không còn mở ở đó (máy đó bị tắt đột ngột hoặc ổ đĩa bị rút ra khi chưa đóng tệp), có thể mở để sửa dù vậy; nếu tệp vẫn đang mở ở đó, thay đổi trên hai máy sẽ ghi đè lên nhau.</translation>
        </message>
        <message>
            <source>The lock file beside it cannot be written.</source>
            <translation>Không ghi được tệp khóa bên cạnh tệp.</translation>
        </message>
        <message>
            <source>“%1” has a save that was not finished (the program stopped while saving). It will be completed when the file is opened for editing; until then it cannot be read here. %2</source>
            <translation>Tệp “%1” có một lần lưu chưa hoàn tất (chương trình bị dừng khi đang lưu). Lần lưu này sẽ được hoàn tất khi tệp được mở để sửa; đến lúc đó mới đọc được tệp ở đây. %2</translation>
        </message>
        <message>
            <source>“%1” is damaged: its contents are not those of the file format its header names (%2). It was not opened and not changed; open a backup copy instead.%3</source>
            <translation>Tệp “%1” bị hỏng: nội dung không đúng với định dạng tệp mà phần đầu tệp ghi (%2). Tệp không được mở và không bị thay đổi; hãy mở bản sao lưu.%3</translation>
        </message>
        <message>
            <source>“%1” could not be upgraded to the current file format; it was not changed.</source>
            <translation>Không nâng cấp được tệp “%1” lên định dạng hiện tại; tệp không bị thay đổi.</translation>
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
        <message>
            <source>%1 is not a year</source>
            <translation>%1 không phải là một năm</translation>
        </message>
        <message>
            <source>the number series of “%1” in %2 is in the file twice</source>
            <translation>dãy số văn bản “%1” năm %2 xuất hiện hai lần trong tệp</translation>
        </message>
        <message>
            <source>the paragraph “%1” is edited twice in this round</source>
            <translation>đoạn “%1” được sửa hai lần trong đợt kiểm tra này</translation>
        </message>
        <message>
            <source>%1 is not a document number</source>
            <translation>%1 không phải là số văn bản</translation>
        </message>
        <message>
            <source>an issued notice needs its date</source>
            <translation>thông báo đã ban hành phải có ngày ban hành</translation>
        </message>
        <message>
            <source>is not the issued number of a notice</source>
            <translation>không phải là số ban hành của một thông báo</translation>
        </message>
        <message>
            <source>the round's notice is issued twice</source>
            <translation>thông báo của đợt kiểm tra được ban hành hai lần</translation>
        </message>
        <message>
            <source>refers to the team member “%1”, who is not in the round's team</source>
            <translation>trỏ tới thành viên “%1”, người không có trong Đoàn kiểm tra của đợt</translation>
        </message>
        <message>
            <source>the round's notice date is given twice</source>
            <translation>ngày thông báo của đợt được ghi hai lần</translation>
        </message>
        <message>
            <source>a snapshot needs the notice it was issued as</source>
            <translation>bản lưu phải đi kèm Thông báo đã ban hành mà nó lưu</translation>
        </message>
        <message>
            <source>the snapshot of the issued notice does not match its SHA-256 digest %1: its content was changed after it was made, so it is not imported</source>
            <translation>bản lưu của Thông báo đã ban hành không khớp với mã SHA-256 %1: nội dung đã bị thay đổi sau khi lập, nên không được nhập</translation>
        </message>
        <message>
            <source>is not the snapshot of a notice</source>
            <translation>không phải là bản lưu của một Thông báo</translation>
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
        <name>cchc::SchemaCheck</name>
        <message>
            <source>table</source>
            <translation>bảng</translation>
        </message>
        <message>
            <source>index</source>
            <translation>chỉ mục</translation>
        </message>
        <message>
            <source>The format number %1 is not one this program knows.</source>
            <translation>Chương trình không biết định dạng số %1.</translation>
        </message>
        <message>
            <source>The %1 “%2” of format %3 is missing.</source>
            <translation>Thiếu %1 “%2” của định dạng %3.</translation>
        </message>
        <message>
            <source>The %1 “%2” is not as format %3 defines it.</source>
            <translation>Cấu trúc %1 “%2” không đúng như định dạng %3 quy định.</translation>
        </message>
        <message>
            <source>The %1 “%2” is not part of format %3.</source>
            <translation>Tệp có %1 “%2” không thuộc định dạng %3.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::Command</name>
        <message>
            <source>The file has no inspection round yet.</source>
            <translation>Tệp chưa có đợt kiểm tra nào.</translation>
        </message>
        <message>
            <source>The file has %1 rounds: choose one with --round ID (the id or its first characters, as list prints them): %2</source>
            <translation>Tệp có %1 đợt kiểm tra: chọn một đợt bằng --round ID (mã đợt hoặc vài ký tự đầu của mã, như lệnh list in ra): %2</translation>
        </message>
        <message>
            <source>No round's id starts with “%1”. The rounds are: %2</source>
            <translation>Không có đợt kiểm tra nào có mã bắt đầu bằng “%1”. Các đợt kiểm tra: %2</translation>
        </message>
        <message>
            <source>“%1” is the start of %2 round ids; give more characters: %3</source>
            <translation>“%1” là phần đầu của mã %2 đợt kiểm tra; hãy nhập thêm ký tự: %3</translation>
        </message>
        <message>
            <source>Open FILE for editing even though it is marked as open on another computer. Only when it is not open there any more: changes made on both would overwrite each other.</source>
            <translation>Mở FILE để sửa dù tệp đang được đánh dấu là mở trên máy tính khác. Chỉ dùng khi tệp không còn mở ở đó: thay đổi trên hai máy sẽ ghi đè lên nhau.</translation>
        </message>
        <message>
            <source>“%1” is open read-only and cannot be changed. %2</source>
            <translation>Tệp “%1” đang mở ở chế độ chỉ đọc nên không thay đổi được. %2</translation>
        </message>
        <message>
            <source>To open it for editing anyway, add --force-lock to the command.</source>
            <translation>Để vẫn mở tệp để sửa, thêm --force-lock vào lệnh.</translation>
        </message>
        <message>
            <source>The round has no unit yet.</source>
            <translation>Đợt kiểm tra chưa có đơn vị nào.</translation>
        </message>
        <message>
            <source>The round has %1 units: choose one with --unit ID (the id or its first characters, as list prints them): %2</source>
            <translation>Đợt kiểm tra có %1 đơn vị: chọn một đơn vị bằng --unit ID (mã hoặc vài ký tự đầu của mã, như lệnh list in ra): %2</translation>
        </message>
        <message>
            <source>No unit of the round has an id starting with “%1”. Its units are: %2</source>
            <translation>Không có đơn vị nào của đợt có mã bắt đầu bằng “%1”. Các đơn vị của đợt: %2</translation>
        </message>
        <message>
            <source>“%1” is the start of %2 unit ids; give more characters: %3</source>
            <translation>“%1” là phần đầu của mã %2 đơn vị; hãy nhập thêm ký tự: %3</translation>
        </message>
        <message>
            <source>Why results of a round whose notice is issued change (required for such a change; kept in the edit history).</source>
            <translation>Lý do thay đổi kết quả của đợt đã ban hành Thông báo (bắt buộc khi có thay đổi như vậy; được ghi vào lịch sử chỉnh sửa).</translation>
        </message>
        <message>
            <source>Give the reason with --reason "…".</source>
            <translation>Ghi lý do bằng --reason "…".</translation>
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
        <message>
            <source>The imported file could not be saved as “%1” (%2 was written but could not be renamed).</source>
            <translation>Không lưu được tệp đã nhập thành “%1” (đã ghi %2 nhưng không đổi tên được).</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector import-json IN.json FILE [--reason TEXT] [--force-lock]</source>
            <translation>Cách dùng: cchc-inspector import-json IN.json FILE [--reason LÝ_DO] [--force-lock]</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::ReportCommands</name>
        <message>
            <source>notice, minutes or scores (default: notice).</source>
            <translation>notice (thông báo), minutes (biên bản) hoặc scores (bảng điểm); mặc định: notice.</translation>
        </message>
        <message>
            <source>The unit, for minutes.</source>
            <translation>Đơn vị, khi lập biên bản.</translation>
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
        <message>
            <source>Issue the notice: give it the next number of the year's series (once; later exports keep that number and date).</source>
            <translation>Ban hành thông báo: cấp số tiếp theo trong sổ số của năm (chỉ một lần; các lần xuất sau giữ nguyên số và ngày đó).</translation>
        </message>
        <message>
            <source>Only the notice is issued with a number: --issue goes with --kind notice.</source>
            <translation>Chỉ thông báo mới được cấp số: --issue đi kèm --kind notice.</translation>
        </message>
        <message>
            <source>Notice issued as number %1
</source>
            <translation>Đã ban hành thông báo số %1
</translation>
        </message>
        <message>
            <source>The round (id from list, or its first characters; default: the file's only round).</source>
            <translation>Đợt kiểm tra (mã do lệnh list in ra, hoặc vài ký tự đầu của mã; mặc định: đợt duy nhất của tệp).</translation>
        </message>
        <message>
            <source>The file to write (%1).</source>
            <translation>Tệp cần ghi (%1).</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector report FILE [--round ID] --kind notice|minutes|scores [--unit ID] -o %1</source>
            <translation>Cách dùng: cchc-inspector report TỆP [--round MÃ] --kind notice|minutes|scores [--unit MÃ] -o %1</translation>
        </message>
        <message>
            <source>Date of the notice for this export only, YYYY-MM-DD (default: the date kept with notice --date, else the first working day after the visits).</source>
            <translation>Ngày của thông báo, chỉ cho lần xuất này, YYYY-MM-DD (mặc định: ngày đã lưu bằng notice --date, nếu không có thì ngày làm việc đầu tiên sau đợt kiểm tra).</translation>
        </message>
        <message>
            <source>“%1” is not a member of the round's team.</source>
            <translation>“%1” không phải thành viên Đoàn kiểm tra của đợt.</translation>
        </message>
        <message>
            <source>“%1” names more than one team member.</source>
            <translation>“%1” ứng với nhiều thành viên của Đoàn.</translation>
        </message>
        <message>
            <source>The round has no team.</source>
            <translation>Đợt kiểm tra chưa có thành viên Đoàn.</translation>
        </message>
        <message>
            <source>The team: %1.</source>
            <translation>Thành phần Đoàn: %1.</translation>
        </message>
        <message>
            <source>Keep this date for the notice, YYYY-MM-DD; "default": the first working day after the visits.</source>
            <translation>Lưu ngày này cho thông báo, YYYY-MM-DD; "default": ngày làm việc đầu tiên sau đợt kiểm tra.</translation>
        </message>
        <message>
            <source>The team member who signs the notice: full name or id (or its first characters); "lead": the team lead.</source>
            <translation>Thành viên ký thông báo: họ tên hoặc mã (hoặc các ký tự đầu của mã); "lead": Trưởng đoàn.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector notice FILE [--round ID] [--date YYYY-MM-DD|default] [--signer MEMBER|lead]</source>
            <translation>Cách dùng: cchc-inspector notice TỆP [--round MÃ] [--date YYYY-MM-DD|default] [--signer THÀNH_VIÊN|lead]</translation>
        </message>
        <message>
            <source>--date must be YYYY-MM-DD or default, not “%1”.</source>
            <translation>--date phải có dạng YYYY-MM-DD hoặc default, không phải “%1”.</translation>
        </message>
        <message>
            <source>Notice date: %1 (%2)
</source>
            <translation>Ngày thông báo: %1 (%2)
</translation>
        </message>
        <message>
            <source>chosen</source>
            <translation>Đoàn đã chọn</translation>
        </message>
        <message>
            <source>default</source>
            <translation>mặc định</translation>
        </message>
        <message>
            <source>Signed by: %1
</source>
            <translation>Người ký: %1
</translation>
        </message>
        <message>
            <source>nobody: the round has no team lead</source>
            <translation>chưa có: đợt kiểm tra chưa có Trưởng đoàn</translation>
        </message>
        <message>
            <source>Show or set the date and the signer of a round's findings notice.</source>
            <translation>Xem hoặc đặt ngày và người ký thông báo kết quả kiểm tra của một đợt.</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::TeamCommands</name>
        <message>
            <source>The round to hand out.</source>
            <translation>Đợt kiểm tra cần giao việc.</translation>
        </message>
        <message>
            <source>Only these units (ids, separated by commas).</source>
            <translation>Chỉ các đơn vị này (mã, cách nhau bằng dấu phẩy).</translation>
        </message>
        <message>
            <source>Who the package is for.</source>
            <translation>Người nhận gói giao việc.</translation>
        </message>
        <message>
            <source>The package file to write.</source>
            <translation>Tệp gói giao việc sẽ ghi.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector split FILE --round ID [--units ID,...] [--member NAME] -o PACKAGE.cchc</source>
            <translation>Cách dùng: cchc-inspector split TỆP --round MÃ [--units MÃ,...] [--member TÊN] -o GÓI.cchc</translation>
        </message>
        <message numerus="yes">
            <source>Work package %1 written to %2 (%n unit(s)).
</source>
            <translation>
                <numerusform>Đã ghi gói giao việc %1 vào %2 (%n đơn vị).
</numerusform>
            </translation>
        </message>
        <message>
            <source>The decisions file “%1” could not be read.</source>
            <translation>Không đọc được tệp quyết định “%1”.</translation>
        </message>
        <message>
            <source>%1, line %2: write “KEY mine”, “KEY theirs” or “KEY both”.</source>
            <translation>%1, dòng %2: hãy ghi “KHÓA mine”, “KHÓA theirs” hoặc “KHÓA both”.</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(trống)</translation>
        </message>
        <message>
            <source>  mine (%1): %2
</source>
            <translation>  của tôi (%1): %2
</translation>
        </message>
        <message>
            <source>  theirs (%1, %2): %3
</source>
            <translation>  của thành viên (%1, %2): %3
</translation>
        </message>
        <message>
            <source>Keep the lead's value in every conflict.</source>
            <translation>Giữ giá trị của tệp chính ở mọi xung đột.</translation>
        </message>
        <message>
            <source>Take the package's value in every conflict.</source>
            <translation>Lấy giá trị của gói giao việc ở mọi xung đột.</translation>
        </message>
        <message>
            <source>Decide conflict by conflict from FILE.</source>
            <translation>Quyết định từng xung đột theo TỆP.</translation>
        </message>
        <message numerus="yes">
            <source>%n conflict(s) to decide; nothing was merged. Add --mine, --theirs or --decisions FILE.</source>
            <translation>
                <numerusform>Có %n xung đột cần quyết định; chưa gộp gì. Thêm --mine, --theirs hoặc --decisions TỆP.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merged %1 into %2: %3 added, %4 updated, %5 removed, %6 attached files already present, %7 conflicts decided.
</source>
            <translation>Đã gộp %1 vào %2: thêm %3, cập nhật %4, xóa %5, %6 tệp đính kèm đã có sẵn, %7 xung đột đã quyết định.
</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(chưa ghi tên)</translation>
        </message>
        <message>
            <source>  %1  %2 [%3]  %4  %5: %6 → %7%8
</source>
            <translation>  %1  %2 [%3]  %4  %5: %6 → %7%8
</translation>
        </message>
        <message>
            <source>Only this round.</source>
            <translation>Chỉ đợt kiểm tra này.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector history FILE [--round ID]</source>
            <translation>Cách dùng: cchc-inspector history TỆP [--round MÃ]</translation>
        </message>
        <message>
            <source>The file has no round “%1”.</source>
            <translation>Tệp không có đợt kiểm tra “%1”.</translation>
        </message>
        <message>
            <source>Hand out a round (or some of its units) as a work package for a member.</source>
            <translation>Giao một đợt kiểm tra (hoặc một số đơn vị) cho thành viên dưới dạng gói giao việc.</translation>
        </message>
        <message>
            <source>Merge a member's work package back; conflicts are listed or decided.</source>
            <translation>Gộp gói giao việc của thành viên vào tệp chính; xung đột được liệt kê hoặc quyết định.</translation>
        </message>
        <message>
            <source>Who changed what, when and on which laptop (old → new), round by round.</source>
            <translation>Ai đã sửa gì, khi nào, trên máy nào (cũ → mới), theo từng đợt kiểm tra.</translation>
        </message>
        <message>
            <source>Usage: cchc-inspector merge LEAD.cchc PACKAGE.cchc [--mine | --theirs | --decisions FILE] [--reason TEXT]</source>
            <translation>Cách dùng: cchc-inspector merge LEAD.cchc PACKAGE.cchc [--mine | --theirs | --decisions FILE] [--reason LÝ_DO]</translation>
        </message>
    </context>
    <context>
        <name>cchc::app::UiCommands</name>
        <message>
            <source>The folder for the PNG files.</source>
            <translation>Thư mục chứa các tệp PNG.</translation>
        </message>
        <message>
            <source>Give exactly one folder: cchc-inspector screenshots DIR</source>
            <translation>Hãy nêu đúng một thư mục: cchc-inspector screenshots THƯ_MỤC</translation>
        </message>
        <message>
            <source>Write PNG screenshots of the main screens (1366×768, demo file) into DIR.</source>
            <translation>Ghi ảnh chụp PNG các màn hình chính (1366×768, tệp mẫu) vào thư mục DIR.</translation>
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
        <name>cchc::report::NoticeSnapshot</name>
        <message>
            <source>The snapshot kept with the issued notice cannot be read: the file is damaged. Run “check” on it.</source>
            <translation>Không đọc được bản lưu của Thông báo đã ban hành: tệp bị hỏng. Hãy chạy “check” trên tệp.</translation>
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
        <name>cchc::report::ReportFormats</name>
        <message>
            <source>PDF document (*.pdf)</source>
            <translation>Tài liệu PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Văn bản Word (*.docx)</translation>
        </message>
    </context>
    <context>
        <name>cchc::report::ReportStore</name>
        <message>
            <source>“%1” is open read-only: the report settings and edits cannot be saved.</source>
            <translation>Tệp “%1” đang mở ở chế độ chỉ đọc: không lưu được thiết lập báo cáo và nội dung đã sửa.</translation>
        </message>
        <message>
            <source>The notice was issued on %1: its date and signer no longer change.</source>
            <translation>Thông báo đã ban hành ngày %1: không thể đổi ngày và người ký nữa.</translation>
        </message>
        <message>
            <source>The chosen signer is not a member of this round's team.</source>
            <translation>Người ký được chọn không phải thành viên Đoàn kiểm tra của đợt này.</translation>
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
        <message>
            <source>The notice was issued as %1: its date cannot change.</source>
            <translation>Thông báo đã được ban hành với số %1: không thể đổi ngày của thông báo.</translation>
        </message>
        <message>
            <source>The notice was not issued: the next number is now %1, not the number %2 that was confirmed.</source>
            <translation>Thông báo chưa được ban hành: số tiếp theo nay là %1, không phải số %2 đã xác nhận.</translation>
        </message>
        <message>
            <source>Number %1 of %2 was already given to a notice: the next number must be %3 or more.</source>
            <translation>Số %1 của năm %2 đã được cấp cho một thông báo: số tiếp theo phải từ %3 trở lên.</translation>
        </message>
        <message>
            <source>The snapshot kept with the issued notice no longer matches its SHA-256 digest: the file was changed outside the program or is damaged. Run “check” on it.</source>
            <translation>Bản lưu của Thông báo đã ban hành không còn khớp với mã SHA-256 của nó: tệp đã bị sửa ngoài chương trình hoặc bị hỏng. Hãy chạy “check” trên tệp.</translation>
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
        <message>
            <source>The inspection file has a format number this program does not know.</source>
            <translation>Tệp kiểm tra có số định dạng mà chương trình không biết.</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::AttachedFile</name>
        <message>
            <source>“%1” could not be opened beside this file: %2</source>
            <translation>Không mở được “%1” cùng với tệp này: %2</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::EditHistory</name>
        <message>
            <source>(none)</source>
            <translation>(không có)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>có</translation>
        </message>
        <message>
            <source>no</source>
            <translation>không</translation>
        </message>
        <message>
            <source>Results of a round whose notice is issued change only with a reason: nothing was changed.</source>
            <translation>Kết quả của đợt đã ban hành Thông báo chỉ được thay đổi khi có lý do: chưa có gì thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::FrozenGuards</name>
        <message>
            <source>The notice of this round is issued: the round is an official record and cannot be removed. Nothing was removed.</source>
            <translation>Thông báo của đợt kiểm tra này đã ban hành: đợt là hồ sơ chính thức, không thể xóa. Chưa có gì bị xóa.</translation>
        </message>
        <message>
            <source>The notice of this round is issued: a unit it names cannot be removed from the round. Nothing was changed.</source>
            <translation>Thông báo của đợt kiểm tra này đã ban hành: không thể bỏ khỏi đợt một đơn vị mà Thông báo đã nêu. Chưa có gì thay đổi.</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::FrozenRounds</name>
        <message>
            <source>results changed after Notice No. %1 was issued</source>
            <translation>kết quả đã thay đổi sau khi ban hành Thông báo số %1</translation>
        </message>
        <message>
            <source>Round “%1”</source>
            <translation>Đợt “%1”</translation>
        </message>
        <message>
            <source>%1: Notice No. %2 has no snapshot of what it printed (it was issued by an older version); exports print the current data.</source>
            <translation>%1: Thông báo số %2 không có bản lưu nội dung đã in (được ban hành bằng phiên bản cũ); khi xuất sẽ in theo dữ liệu hiện tại.</translation>
        </message>
        <message>
            <source>%1: the snapshot of Notice No. %2 no longer matches its SHA-256 digest %3.</source>
            <translation>%1: bản lưu của Thông báo số %2 không còn khớp với mã SHA-256 %3.</translation>
        </message>
        <message>
            <source>%1: Notice No. %2, snapshot made after the fact (%3), SHA-256 %4: matches.</source>
            <translation>%1: Thông báo số %2, bản lưu lập sau khi ban hành (%3), SHA-256 %4: khớp.</translation>
        </message>
        <message>
            <source>%1: Notice No. %2, snapshot made when issued (%3), SHA-256 %4: matches.</source>
            <translation>%1: Thông báo số %2, bản lưu lập khi ban hành (%3), SHA-256 %4: khớp.</translation>
        </message>
        <message numerus="yes">
            <source> (%n change(s), the last at %1</source>
            <translation>
                <numerusform> (%n thay đổi, lần cuối lúc %1</numerusform>
            </translation>
        </message>
        <message>
            <source>; reason: %1</source>
            <translation>; lý do: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::PackageMerge</name>
        <message>
            <source>Round</source>
            <translation>Đợt kiểm tra</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Căn cứ</translation>
        </message>
        <message>
            <source>Inspection team</source>
            <translation>Thành viên đoàn</translation>
        </message>
        <message>
            <source>Unit visit</source>
            <translation>Làm việc tại đơn vị</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tài liệu kiểm chứng</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Kiến nghị khắc phục</translation>
        </message>
        <message>
            <source>Notice paragraph</source>
            <translation>Đoạn thông báo</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Kết quả tiêu chí</translation>
        </message>
        <message>
            <source>“Keep both” is only possible for text; “%1” is not text.</source>
            <translation>Chỉ giữ được cả hai với nội dung văn bản; “%1” không phải văn bản.</translation>
        </message>
        <message>
            <source>The merge was cancelled; the file was left as it was.</source>
            <translation>Đã hủy gộp; tệp được giữ nguyên như trước.</translation>
        </message>
        <message>
            <source>The work package “%1” was not handed out from this file: it belongs to another inspection file or another round. Merge it into the file it was made from.</source>
            <translation>Gói giao việc “%1” không được giao từ tệp này: gói thuộc tệp kiểm tra khác hoặc đợt kiểm tra khác. Hãy gộp vào đúng tệp đã giao việc.</translation>
        </message>
        <message>
            <source>The round of the work package “%1” is no longer in this file.</source>
            <translation>Đợt kiểm tra của gói giao việc “%1” không còn trong tệp này.</translation>
        </message>
        <message>
            <source>“%1” is open read-only; nothing can be merged into it.</source>
            <translation>“%1” đang mở chỉ để đọc; không gộp được gì vào tệp này.</translation>
        </message>
        <message>
            <source>A file cannot be merged into itself.</source>
            <translation>Không thể gộp một tệp vào chính nó.</translation>
        </message>
        <message>
            <source>The work package “%1” was not merged; the file was left as it was: %2</source>
            <translation>Chưa gộp được gói giao việc “%1”; tệp được giữ nguyên như trước: %2</translation>
        </message>
    </context>
    <context>
        <name>cchc::teamwork::WorkPackage</name>
        <message>
            <source>“%1” is not a unit of the round “%2”.</source>
            <translation>“%1” không phải là đơn vị của đợt kiểm tra “%2”.</translation>
        </message>
        <message>
            <source>The round “%1” has no units to hand out.</source>
            <translation>Đợt kiểm tra “%1” không có đơn vị nào để giao.</translation>
        </message>
        <message>
            <source>“%1” is open read-only: a work package is recorded in the file it was made from.</source>
            <translation>“%1” đang mở chỉ để đọc: gói giao việc phải được ghi nhận trong tệp tạo ra nó.</translation>
        </message>
        <message>
            <source>“%1” already exists; choose another name for the package.</source>
            <translation>“%1” đã có; hãy chọn tên khác cho gói giao việc.</translation>
        </message>
        <message>
            <source>The work package “%1” was not made: %2</source>
            <translation>Chưa tạo được gói giao việc “%1”: %2</translation>
        </message>
        <message>
            <source>“%1” is not a work package: it was not made with “Hand out work”.</source>
            <translation>“%1” không phải là gói giao việc: tệp này không được tạo bằng chức năng “Giao việc”.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::About</name>
        <message>
            <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Version %2&lt;/p&gt;&lt;p&gt;Administrative-reform inspections, from the checklist on site to the findings notice.&lt;/p&gt;&lt;p&gt;This program is free software: you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation, either version 3 of the License, or (at your option) any later version. It is distributed WITHOUT ANY WARRANTY.&lt;/p&gt;&lt;p&gt;Built with Qt %3 (running on Qt %4).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;Phiên bản %2&lt;/p&gt;&lt;p&gt;Kiểm tra công tác cải cách hành chính, từ bảng tiêu chí tại đơn vị đến thông báo kết quả kiểm tra.&lt;/p&gt;&lt;p&gt;Chương trình này là phần mềm tự do: bạn có thể phân phối lại và/hoặc sửa đổi theo các điều khoản của Giấy phép Công cộng GNU (GNU General Public License) do Tổ chức Phần mềm Tự do công bố, phiên bản 3 hoặc (tùy bạn chọn) bất kỳ phiên bản nào mới hơn. Chương trình được phân phối KHÔNG KÈM BẤT KỲ BẢO ĐẢM NÀO.&lt;/p&gt;&lt;p&gt;Xây dựng với Qt %3 (đang chạy trên Qt %4).&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Banner</name>
        <message>
            <source>Close</source>
            <translation>Đóng</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ChecklistModel</name>
        <message>
            <source>Met</source>
            <translation>Đạt</translation>
        </message>
        <message>
            <source>Partially met</source>
            <translation>Đạt một phần</translation>
        </message>
        <message>
            <source>Not met</source>
            <translation>Chưa đạt</translation>
        </message>
        <message>
            <source>Not applicable</source>
            <translation>Không áp dụng</translation>
        </message>
        <message>
            <source>Not checked</source>
            <translation>Chưa kiểm tra</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Appraised</source>
            <translation>Điểm</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Nhận xét</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ConflictDialog</name>
        <message>
            <source>(empty)</source>
            <translation>(trống)</translation>
        </message>
        <message>
            <source>Review conflicts</source>
            <translation>Xem xét xung đột</translation>
        </message>
        <message numerus="yes">
            <source>%n field(s) were changed both here and in the member's package since it was handed out. Choose what to keep; nothing is merged before every conflict is decided.</source>
            <translation>
                <numerusform>%n trường đã được sửa ở cả tệp này và gói của thành viên kể từ khi giao việc. Hãy chọn giữ giá trị nào; chưa gộp gì cho đến khi mọi xung đột được quyết định.</numerusform>
            </translation>
        </message>
        <message>
            <source>Where</source>
            <translation>Vị trí</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Mine (this file)</source>
            <translation>Của tôi (tệp này)</translation>
        </message>
        <message>
            <source>Theirs (package)</source>
            <translation>Của thành viên (gói)</translation>
        </message>
        <message>
            <source>Keep</source>
            <translation>Giữ</translation>
        </message>
        <message>
            <source>this file</source>
            <translation>tệp này</translation>
        </message>
        <message>
            <source>%1
— %2, %3</source>
            <translation>%1
— %2, %3</translation>
        </message>
        <message>
            <source>member</source>
            <translation>thành viên</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Của tôi</translation>
        </message>
        <message>
            <source>Theirs</source>
            <translation>Của thành viên</translation>
        </message>
        <message>
            <source>Both, mine first</source>
            <translation>Cả hai, của tôi trước</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>&amp;Gộp</translation>
        </message>
        <message>
            <source>All &amp;mine</source>
            <translation>Tất cả của &amp;tôi</translation>
        </message>
        <message>
            <source>All &amp;theirs</source>
            <translation>Tất cả của thành &amp;viên</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::CorrectiveActionDialog</name>
        <message>
            <source>New corrective action</source>
            <translation>Kiến nghị khắc phục mới</translation>
        </message>
        <message>
            <source>Corrective action</source>
            <translation>Kiến nghị khắc phục</translation>
        </message>
        <message>
            <source>e.g. Ban hành quy chế chi tiêu nội bộ năm 2022</source>
            <translation>ví dụ: Ban hành quy chế chi tiêu nội bộ năm 2022</translation>
        </message>
        <message>
            <source>&amp;What must be fixed:</source>
            <translation>&amp;Nội dung cần khắc phục:</translation>
        </message>
        <message>
            <source>&amp;Deadline:</source>
            <translation>&amp;Thời hạn:</translation>
        </message>
        <message>
            <source>Say what the unit must fix.</source>
            <translation>Hãy ghi nội dung đơn vị cần khắc phục.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::CriterionController</name>
        <message>
            <source>Change scores</source>
            <translation>Sửa điểm</translation>
        </message>
        <message>
            <source>Mark as exemplary</source>
            <translation>Đánh dấu điển hình</translation>
        </message>
        <message>
            <source>Unmark as exemplary</source>
            <translation>Bỏ đánh dấu điển hình</translation>
        </message>
        <message>
            <source>Document reviewed</source>
            <translation>Văn bản đã xem</translation>
        </message>
        <message>
            <source>Document number (e.g. 15/KH-TTYT):</source>
            <translation>Số văn bản (ví dụ 15/KH-TTYT):</translation>
        </message>
        <message>
            <source>Attach a photo or file</source>
            <translation>Đính kèm ảnh hoặc tệp</translation>
        </message>
        <message>
            <source>Photos and documents (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;All files (*)</source>
            <translation>Ảnh và văn bản (*.jpg *.jpeg *.png *.pdf *.doc *.docx);;Mọi tệp (*)</translation>
        </message>
        <message>
            <source>Set %1 to “%2”</source>
            <translation>Tiêu chí %1: “%2”</translation>
        </message>
        <message>
            <source>Edit finding of %1</source>
            <translation>Sửa nhận xét tiêu chí %1</translation>
        </message>
        <message>
            <source>The finding could not be saved yet; it is kept and will be saved again shortly. %1</source>
            <translation>Chưa lưu được nhận xét; nội dung vẫn được giữ và sẽ được lưu lại sau ít giây. %1</translation>
        </message>
        <message>
            <source>Edit finding</source>
            <translation>Sửa nhận xét</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>Không đọc được “%1”: %2</translation>
        </message>
        <message>
            <source>A copy of “%1” could not be made to open it: %2</source>
            <translation>Không tạo được bản sao của “%1” để mở: %2</translation>
        </message>
        <message>
            <source>No program on this computer could open “%1”. A copy is at %2.</source>
            <translation>Máy này không có chương trình nào mở được “%1”. Bản sao của tệp được lưu tại %2.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::CriterionPane</name>
        <message>
            <source>Exemplary: name as a good example in the report</source>
            <translation>Điển hình: nêu làm cách làm hay trong báo cáo</translation>
        </message>
        <message>
            <source>Guidance:</source>
            <translation>Hướng dẫn:</translation>
        </message>
        <message>
            <source>Legal basis:</source>
            <translation>Căn cứ:</translation>
        </message>
        <message>
            <source>Self-assessed score:</source>
            <translation>Điểm tự đánh giá:</translation>
        </message>
        <message>
            <source>Appraised score:</source>
            <translation>Điểm thẩm định:</translation>
        </message>
        <message>
            <source>&amp;Finding (F2):</source>
            <translation>&amp;Nhận xét (F2):</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Tài liệu kiểm chứng</translation>
        </message>
        <message>
            <source>Corrective actions</source>
            <translation>Kiến nghị</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Document number…</source>
            <translation>Số văn bản…</translation>
        </message>
        <message>
            <source>Attach file…</source>
            <translation>Đính kèm tệp…</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Xóa</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Thêm…</translation>
        </message>
        <message>
            <source>Done / not done</source>
            <translation>Đã / chưa khắc phục</translation>
        </message>
        <message>
            <source>✓ Done: %1 (deadline %2)</source>
            <translation>✓ Đã khắc phục: %1 (thời hạn %2)</translation>
        </message>
        <message>
            <source>%1 (deadline %2)</source>
            <translation>%1 (thời hạn %2)</translation>
        </message>
        <message>
            <source>Corrective actions (%1)</source>
            <translation>Kiến nghị (%1)</translation>
        </message>
        <message>
            <source>Criterion %1</source>
            <translation>Tiêu chí %1</translation>
        </message>
        <message>
            <source>Choose a criterion in the checklist.</source>
            <translation>Chọn một tiêu chí trong bảng tiêu chí.</translation>
        </message>
        <message>
            <source>Evidence (%1)</source>
            <translation>Tài liệu kiểm chứng (%1)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::EditableTable</name>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Thêm</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Xóa</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::FindingEditor</name>
        <message>
            <source>Finding: what the team saw (F2 to write, Esc to return)</source>
            <translation>Nhận xét: điều Đoàn ghi nhận được (F2 để viết, Esc để quay lại)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::FirstSteps</name>
        <message>
            <source>This file has no inspection round yet</source>
            <translation>Tệp này chưa có đợt kiểm tra nào</translation>
        </message>
        <message>
            <source>Unit register… (Ctrl+U)</source>
            <translation>Danh sách đơn vị… (Ctrl+U)</translation>
        </message>
        <message>
            <source>New round… (Ctrl+Shift+N)</source>
            <translation>Đợt kiểm tra mới… (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Register the units to inspect: name, head, address.</source>
            <translation>Nhập các đơn vị sẽ kiểm tra: tên, thủ trưởng, địa chỉ.</translation>
        </message>
        <message>
            <source>Create the round: its title, legal bases, the team with its lead, the visit dates and the units visited (a unit can also be added to the register from there).</source>
            <translation>Tạo đợt kiểm tra: tên đợt, căn cứ, thành phần Đoàn (có Trưởng đoàn), thời gian kiểm tra và các đơn vị được kiểm tra (cũng có thể thêm đơn vị vào danh sách ngay tại đó).</translation>
        </message>
        <message>
            <source>Check at each unit: keys 1–4 give the result, F2 writes the finding, Ctrl+PgDown goes to the next unit.</source>
            <translation>Kiểm tra tại từng đơn vị: phím 1–4 chấm kết quả, F2 ghi nhận xét, Ctrl+PgDown sang đơn vị tiếp theo.</translation>
        </message>
        <message>
            <source>Print the unit's minutes on site: Reports › Minutes of this unit (Ctrl+M).</source>
            <translation>In biên bản ngay tại đơn vị: Báo cáo › Biên bản kiểm tra đơn vị này (Ctrl+M).</translation>
        </message>
        <message>
            <source>After the visits: draft the notice (Reports › Edit the notice draft, Ctrl+Shift+D), review it on its pages, then issue it with a number.</source>
            <translation>Sau đợt kiểm tra: dự thảo thông báo (Báo cáo › Sửa dự thảo thông báo, Ctrl+Shift+D), xem lại trên trang in, rồi ban hành (cấp số).</translation>
        </message>
        <message>
            <source>None registered yet: this is the next step.</source>
            <translation>Chưa có đơn vị nào: đây là bước tiếp theo.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s) registered.</source>
            <translation>
                <numerusform>Đã có %n đơn vị.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::FrozenRoundBanner</name>
        <message>
            <source>Notice No. %1 has been issued: a change of results asks for a reason and is recorded in the edit history.</source>
            <translation>Thông báo số %1 đã ban hành: thay đổi kết quả phải ghi lý do và được ghi vào lịch sử chỉnh sửa.</translation>
        </message>
        <message numerus="yes">
            <source> (%n change(s))</source>
            <translation>
                <numerusform> (%n thay đổi)</numerusform>
            </translation>
        </message>
        <message>
            <source>. Reason: %1</source>
            <translation>. Lý do: %1</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::HistoryDialog</name>
        <message>
            <source>Result</source>
            <translation>Kết quả</translation>
        </message>
        <message>
            <source>Finding</source>
            <translation>Nhận xét</translation>
        </message>
        <message>
            <source>Self score</source>
            <translation>Điểm tự chấm</translation>
        </message>
        <message>
            <source>Appraised score</source>
            <translation>Điểm thẩm định</translation>
        </message>
        <message>
            <source>Good example</source>
            <translation>Điển hình</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Thời hạn</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Tình trạng</translation>
        </message>
        <message>
            <source>Completed on</source>
            <translation>Ngày hoàn thành</translation>
        </message>
        <message>
            <source>Document number</source>
            <translation>Số văn bản</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Tệp</translation>
        </message>
        <message>
            <source>Evidence: %1</source>
            <translation>Tài liệu kiểm chứng: %1</translation>
        </message>
        <message>
            <source>Corrective action: %1</source>
            <translation>Kiến nghị: %1</translation>
        </message>
        <message>
            <source>Only the selected &amp;criterion</source>
            <translation>Chỉ &amp;tiêu chí đang chọn</translation>
        </message>
        <message>
            <source>Edit history</source>
            <translation>Lịch sử chỉnh sửa</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Thời điểm</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Người sửa</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Criterion</source>
            <translation>Tiêu chí</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Trường</translation>
        </message>
        <message>
            <source>Before</source>
            <translation>Trước</translation>
        </message>
        <message>
            <source>After</source>
            <translation>Sau</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(chưa ghi tên)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::MainWindow</name>
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
            <source>1–4 result · N next unchecked · F2 finding · Esc back · Ctrl+F filter</source>
            <translation>1–4 kết quả · N tiêu chí chưa kiểm tra tiếp theo · F2 nhận xét · Esc quay lại · Ctrl+F lọc</translation>
        </message>
        <message>
            <source>&amp;New…</source>
            <translation>&amp;Tạo mới…</translation>
        </message>
        <message>
            <source>Open the &amp;demo</source>
            <translation>Mở tệp &amp;mẫu</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>Tệp mở &amp;gần đây</translation>
        </message>
        <message>
            <source>Save a &amp;copy as…</source>
            <translation>Lưu &amp;bản sao thành…</translation>
        </message>
        <message>
            <source>&amp;Close file</source>
            <translation>Đó&amp;ng tệp</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Hoàn tác</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Làm lại</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Hoàn tác: %1</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Làm lại: %1</translation>
        </message>
        <message>
            <source>&amp;Filter criteria</source>
            <translation>&amp;Lọc tiêu chí</translation>
        </message>
        <message>
            <source>&amp;Preferences…</source>
            <translation>Tùy &amp;chọn…</translation>
        </message>
        <message>
            <source>&amp;Checklist</source>
            <translation>&amp;Tiêu chí</translation>
        </message>
        <message>
            <source>&amp;Met</source>
            <translation>Đạ&amp;t</translation>
        </message>
        <message>
            <source>&amp;Partially met</source>
            <translation>Đạt một &amp;phần</translation>
        </message>
        <message>
            <source>&amp;Not met</source>
            <translation>&amp;Chưa đạt</translation>
        </message>
        <message>
            <source>Not &amp;applicable</source>
            <translation>&amp;Không áp dụng</translation>
        </message>
        <message>
            <source>&amp;Clear result</source>
            <translation>&amp;Xóa kết quả</translation>
        </message>
        <message>
            <source>Next &amp;unchecked criterion</source>
            <translation>Tiêu chí chưa kiểm tra &amp;tiếp theo</translation>
        </message>
        <message>
            <source>Write the &amp;finding</source>
            <translation>Viết &amp;nhận xét</translation>
        </message>
        <message>
            <source>Ne&amp;xt unit</source>
            <translation>Đơn vị &amp;kế tiếp</translation>
        </message>
        <message>
            <source>Pre&amp;vious unit</source>
            <translation>Đơn vị &amp;trước</translation>
        </message>
        <message>
            <source>&amp;Round</source>
            <translation>Đợt &amp;kiểm tra</translation>
        </message>
        <message>
            <source>&amp;New round…</source>
            <translation>Đợt kiểm tra &amp;mới…</translation>
        </message>
        <message>
            <source>&amp;Edit round…</source>
            <translation>&amp;Sửa đợt kiểm tra…</translation>
        </message>
        <message>
            <source>&amp;Unit register…</source>
            <translation>Danh sách &amp;đơn vị…</translation>
        </message>
        <message>
            <source>Checklist &amp;templates…</source>
            <translation>&amp;Bộ tiêu chí…</translation>
        </message>
        <message>
            <source>Re&amp;ports</source>
            <translation>&amp;Báo cáo</translation>
        </message>
        <message>
            <source>No report actions available</source>
            <translation>Chưa có mục báo cáo</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <source>&amp;About…</source>
            <translation>&amp;Giới thiệu…</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Thanh công cụ chính</translation>
        </message>
        <message>
            <source>%1 (read-only)[*]</source>
            <translation>%1 (chỉ đọc)[*]</translation>
        </message>
        <message>
            <source>Read-only: %1 Changes cannot be made in this window.</source>
            <translation>Chỉ đọc: %1 Không thể sửa đổi trong cửa sổ này.</translation>
        </message>
        <message>
            <source>Open again</source>
            <translation>Mở lại</translation>
        </message>
        <message>
            <source>The file was upgraded to the current format; the previous version was kept as %1.</source>
            <translation>Tệp đã được nâng cấp lên định dạng hiện hành; bản cũ được giữ tại %1.</translation>
        </message>
        <message>
            <source>“%1” could not be replaced.</source>
            <translation>Không thay thế được “%1”.</translation>
        </message>
        <message>
            <source>A copy was saved as %1.</source>
            <translation>Đã lưu bản sao tại %1.</translation>
        </message>
        <message>
            <source>New inspection file</source>
            <translation>Tệp kiểm tra mới</translation>
        </message>
        <message>
            <source>inspection.cchc</source>
            <translation>kiem-tra.cchc</translation>
        </message>
        <message>
            <source> (copy).cchc</source>
            <translation> (bản sao).cchc</translation>
        </message>
        <message>
            <source>Save a copy as</source>
            <translation>Lưu bản sao thành</translation>
        </message>
        <message>
            <source>Read-only</source>
            <translation>Chỉ đọc</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Đã lưu</translation>
        </message>
        <message>
            <source>Not saved:</source>
            <translation>Chưa lưu:</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>Chưa lưu</translation>
        </message>
        <message>
            <source>Not saved: %1</source>
            <translation>Chưa lưu: %1</translation>
        </message>
        <message>
            <source>Unsaved finding</source>
            <translation>Nhận xét chưa lưu</translation>
        </message>
        <message>
            <source>A finding could not be saved. Close anyway and lose it?</source>
            <translation>Có nhận xét chưa lưu được. Vẫn đóng và bỏ nhận xét đó?</translation>
        </message>
        <message>
            <source>About</source>
            <translation>Giới thiệu</translation>
        </message>
        <message>
            <source>&amp;Remove round…</source>
            <translation>&amp;Xóa đợt kiểm tra…</translation>
        </message>
        <message>
            <source>Remove the round “%1”? It holds %2 and %3, with their evidence and corrective actions. Edit › Undo brings it all back.</source>
            <translation>Xóa đợt kiểm tra “%1”? Đợt này có %2 và %3, cùng tài liệu kiểm chứng và kiến nghị khắc phục kèm theo. Có thể khôi phục toàn bộ bằng Sửa › Hoàn tác.</translation>
        </message>
        <message numerus="yes">
            <source>%n unit(s)</source>
            <translation>
                <numerusform>%n đơn vị</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n result(s)</source>
            <translation>
                <numerusform>%n kết quả</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove round</source>
            <translation>Xóa đợt kiểm tra</translation>
        </message>
        <message>
            <source>%1 Next unchecked</source>
            <translation>%1 Chưa kiểm tra</translation>
        </message>
        <message>
            <source>“%1” is already open in this window.</source>
            <translation>“%1” đã mở sẵn trong cửa sổ này.</translation>
        </message>
        <message>
            <source>Open for editing anyway…</source>
            <translation>Mở để sửa dù vậy…</translation>
        </message>
        <message>
            <source>Open for editing anyway</source>
            <translation>Mở để sửa dù vậy</translation>
        </message>
        <message>
            <source>Open the file for editing although it is marked as open on “%1”?

Do this only if it is no longer open there. If it still is, the changes made on the two computers would overwrite each other.</source>
            <translation>Mở tệp để sửa dù tệp đang được đánh dấu là mở trên “%1”?

Chỉ làm vậy khi tệp không còn mở ở đó. Nếu tệp vẫn đang mở, thay đổi trên hai máy sẽ ghi đè lên nhau.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::NavigationModel</name>
        <message>
            <source>Round / unit</source>
            <translation>Đợt / đơn vị</translation>
        </message>
        <message>
            <source>Checked</source>
            <translation>Tiến độ</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Điểm</translation>
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
        <message>
            <source>Add after</source>
            <translation>Thêm đoạn sau</translation>
        </message>
        <message>
            <source>Leave out</source>
            <translation>Bỏ khỏi thông báo</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Lên</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Xuống</translation>
        </message>
        <message>
            <source>Out of date: review</source>
            <translation>Kết quả đã đổi: cần xem lại</translation>
        </message>
        <message>
            <source>The team's own</source>
            <translation>Đoạn của Đoàn</translation>
        </message>
        <message>
            <source>(empty: type the paragraph)</source>
            <translation>(trống: hãy gõ nội dung đoạn)</translation>
        </message>
        <message>
            <source>%1; left out of the notice</source>
            <translation>%1; không đưa vào thông báo</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Xóa đoạn</translation>
        </message>
        <message>
            <source>Put back</source>
            <translation>Đưa lại vào thông báo</translation>
        </message>
        <message>
            <source>Edit paragraph</source>
            <translation>Sửa đoạn</translation>
        </message>
        <message>
            <source>Add a paragraph</source>
            <translation>Thêm đoạn</translation>
        </message>
        <message>
            <source>Delete a paragraph</source>
            <translation>Xóa đoạn</translation>
        </message>
        <message>
            <source>Leave a paragraph out</source>
            <translation>Bỏ một đoạn khỏi thông báo</translation>
        </message>
        <message>
            <source>Put a paragraph back</source>
            <translation>Đưa lại một đoạn vào thông báo</translation>
        </message>
        <message>
            <source>Move a paragraph up</source>
            <translation>Chuyển đoạn lên</translation>
        </message>
        <message>
            <source>Move a paragraph down</source>
            <translation>Chuyển đoạn xuống</translation>
        </message>
        <message>
            <source>Accept as reviewed</source>
            <translation>Đã xem lại</translation>
        </message>
        <message>
            <source>Notice date</source>
            <translation>Ngày thông báo</translation>
        </message>
        <message>
            <source>Default notice date</source>
            <translation>Ngày thông báo mặc định</translation>
        </message>
        <message>
            <source>Notice signer</source>
            <translation>Người ký thông báo</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::NoticeFields</name>
        <message>
            <source>The date the notice is dated with</source>
            <translation>Ngày ghi trên thông báo</translation>
        </message>
        <message>
            <source>Default date</source>
            <translation>Ngày mặc định</translation>
        </message>
        <message>
            <source>Date the notice by the first working day after the last visit again</source>
            <translation>Trở lại ngày mặc định: ngày làm việc đầu tiên sau buổi kiểm tra cuối cùng</translation>
        </message>
        <message>
            <source>The team member who signs the notice</source>
            <translation>Thành viên Đoàn ký thông báo</translation>
        </message>
        <message>
            <source>Letterhead and signer…</source>
            <translation>Tiêu đề và người ký…</translation>
        </message>
        <message>
            <source>The issuing body, the signer's authority and title, the recipients</source>
            <translation>Cơ quan ban hành, thẩm quyền và chức vụ người ký, nơi nhận</translation>
        </message>
        <message>
            <source>Notice &amp;date:</source>
            <translation>&amp;Ngày thông báo:</translation>
        </message>
        <message>
            <source>&amp;Signed by:</source>
            <translation>Người &amp;ký:</translation>
        </message>
        <message>
            <source>%1, chosen by the team</source>
            <translation>%1, do Đoàn chọn</translation>
        </message>
        <message>
            <source>%1, by default (the first working day after the visits)</source>
            <translation>%1, mặc định (ngày làm việc đầu tiên sau đợt kiểm tra)</translation>
        </message>
        <message>
            <source>(the round has no team: add it in the round)</source>
            <translation>(đợt chưa có thành phần Đoàn: thêm trong đợt kiểm tra)</translation>
        </message>
        <message>
            <source>Issued as %1: it prints as issued; its text, date and signer no longer change.</source>
            <translation>Đã ban hành số %1: thông báo in như khi ban hành; nội dung, ngày và người ký không thay đổi nữa.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::PreferencesDialog</name>
        <message>
            <source>Preferences</source>
            <translation>Tùy chọn</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Ngôn ngữ:</translation>
        </message>
        <message>
            <source>e.g. Nguyễn Thị Lan</source>
            <translation>ví dụ: Nguyễn Thị Lan</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>&amp;Tên của bạn:</translation>
        </message>
        <message>
            <source>A new language is used from the next start of the program. Your name is recorded with every change you make on this laptop, so a team can see who changed what.</source>
            <translation>Ngôn ngữ mới được dùng từ lần mở chương trình sau. Tên của bạn được ghi kèm mọi thay đổi bạn thực hiện trên máy này, để cả đoàn biết ai đã sửa gì.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReasonDialog</name>
        <message>
            <source>Reason for the change</source>
            <translation>Lý do thay đổi</translation>
        </message>
        <message>
            <source>Notice No. %1 of this round has been issued. It stays as it was printed; a change of results is recorded in the edit history with its reason, and the round is marked “%2”.

Why do the results change? The reason is recorded with every change of this round's results until the file is closed. Cancel: nothing is changed.</source>
            <translation>Thông báo số %1 của đợt này đã ban hành. Thông báo giữ nguyên như đã in; thay đổi kết quả được ghi vào lịch sử chỉnh sửa kèm lý do, và đợt được đánh dấu “%2”.

Vì sao thay đổi kết quả? Lý do được ghi cho mọi thay đổi kết quả của đợt này cho đến khi đóng tệp. Hủy: không thay đổi gì.</translation>
        </message>
        <message>
            <source>For example: corrected after the unit sent the missing documents on 15/6/2022</source>
            <translation>Ví dụ: sửa lại sau khi đơn vị gửi bổ sung hồ sơ ngày 15/6/2022</translation>
        </message>
        <message>
            <source>Record the reason and change</source>
            <translation>Ghi lý do và thay đổi</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::ReportActions</name>
        <message>
            <source>Print preview of the notice…</source>
            <translation>Xem trước và in thông báo…</translation>
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
        <message>
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>Word</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>Issue the notice with a number…</source>
            <translation>Ban hành thông báo (cấp số)…</translation>
        </message>
        <message>
            <source>Issue the notice</source>
            <translation>Ban hành thông báo</translation>
        </message>
        <message>
            <source>Issue the notice as number %1? The number is taken from the series of %2 and stays with this notice; later exports keep it.</source>
            <translation>Ban hành thông báo với số %1? Số này được lấy trong sổ số năm %2 và gắn cố định với thông báo; các lần xuất sau vẫn giữ số này.</translation>
        </message>
        <message>
            <source>Minutes of this unit (PDF)…</source>
            <translation>Biên bản kiểm tra đơn vị này (PDF)…</translation>
        </message>
        <message>
            <source>Export the notice as PDF…</source>
            <translation>Xuất thông báo ra PDF…</translation>
        </message>
        <message>
            <source>Export the notice as Word (.docx)…</source>
            <translation>Xuất thông báo ra Word (.docx)…</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>Biên bản</translation>
        </message>
        <message>
            <source>Minutes of every unit (PDF)…</source>
            <translation>Biên bản của mọi đơn vị (PDF)…</translation>
        </message>
        <message>
            <source>Score annex (PDF)…</source>
            <translation>Bảng điểm (PDF)…</translation>
        </message>
        <message>
            <source>Print preview: %1</source>
            <translation>Xem trước khi in: %1</translation>
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
    <context>
        <name>cchc::ui::RoundEditor</name>
        <message>
            <source>Type</source>
            <translation>Loại</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Số hiệu</translation>
        </message>
        <message>
            <source>Issued on</source>
            <translation>Ngày ban hành</translation>
        </message>
        <message>
            <source>Issuer</source>
            <translation>Cơ quan ban hành</translation>
        </message>
        <message>
            <source>Subject</source>
            <translation>Trích yếu</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Nhiệm vụ trong Đoàn</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Chức vụ</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Cơ quan</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <source>Visit date</source>
            <translation>Ngày kiểm tra</translation>
        </message>
        <message>
            <source>Representatives</source>
            <translation>Thành phần đơn vị</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Đợt kiểm tra mới</translation>
        </message>
        <message>
            <source>Edit round</source>
            <translation>Sửa đợt kiểm tra</translation>
        </message>
        <message>
            <source>%1 (version %2)</source>
            <translation>%1 (phiên bản %2)</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>Đã lên kế hoạch</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Đang kiểm tra</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>Đã hoàn thành</translation>
        </message>
        <message>
            <source>&amp;General</source>
            <translation>&amp;Chung</translation>
        </message>
        <message>
            <source>&amp;Legal bases</source>
            <translation>Căn &amp;cứ</translation>
        </message>
        <message>
            <source>&amp;Team</source>
            <translation>Thành phần Đoà&amp;n</translation>
        </message>
        <message>
            <source>&amp;Units visited</source>
            <translation>Đơn vị được &amp;kiểm tra</translation>
        </message>
        <message>
            <source>e.g. Kiểm tra CCHC tại các đơn vị sự nghiệp năm 2022</source>
            <translation>ví dụ: Kiểm tra CCHC tại các đơn vị sự nghiệp năm 2022</translation>
        </message>
        <message>
            <source>e.g. đơn vị sự nghiệp</source>
            <translation>ví dụ: đơn vị sự nghiệp</translation>
        </message>
        <message>
            <source>e.g. năm 2021 và 6 tháng đầu năm 2022</source>
            <translation>ví dụ: năm 2021 và 6 tháng đầu năm 2022</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Tên đợt:</translation>
        </message>
        <message>
            <source>Check&amp;list:</source>
            <translation>Bộ tiêu &amp;chí:</translation>
        </message>
        <message>
            <source>Units are called:</source>
            <translation>Cách gọi đơn vị:</translation>
        </message>
        <message>
            <source>&amp;Period assessed:</source>
            <translation>&amp;Thời kỳ kiểm tra:</translation>
        </message>
        <message>
            <source>Visits &amp;from:</source>
            <translation>Kiểm tra &amp;từ ngày:</translation>
        </message>
        <message>
            <source>Visits &amp;until:</source>
            <translation>Đến &amp;ngày:</translation>
        </message>
        <message>
            <source>&amp;Status:</source>
            <translation>Tình t&amp;rạng:</translation>
        </message>
        <message>
            <source>&amp;Notes:</source>
            <translation>&amp;Ghi chú:</translation>
        </message>
        <message>
            <source>Give the round a title.</source>
            <translation>Hãy nhập tên đợt kiểm tra.</translation>
        </message>
        <message>
            <source>Choose the checklist the round uses.</source>
            <translation>Hãy chọn bộ tiêu chí dùng cho đợt kiểm tra.</translation>
        </message>
        <message>
            <source>The date “%1” of a legal basis is not a date like 30/03/2022.</source>
            <translation>Ngày “%1” của văn bản căn cứ không đúng dạng ngày, ví dụ 30/03/2022.</translation>
        </message>
        <message>
            <source>The units visited are chosen from the file's unit register (Round › Unit register, Ctrl+U), which is empty. Add one here with “New unit in the register…”.</source>
            <translation>Đơn vị được kiểm tra được chọn từ danh sách đơn vị của tệp (Đợt kiểm tra › Danh sách đơn vị, Ctrl+U), hiện còn trống. Có thể thêm đơn vị ngay tại đây bằng nút “Thêm đơn vị mới vào danh sách…”.</translation>
        </message>
        <message>
            <source>&amp;New unit in the register…</source>
            <translation>Thêm đơn vị &amp;mới vào danh sách…</translation>
        </message>
        <message>
            <source>Units are added in the unit register (Round › Unit register).</source>
            <translation>Đơn vị được thêm trong danh sách đơn vị (Đợt kiểm tra › Danh sách đơn vị).</translation>
        </message>
        <message>
            <source>New unit</source>
            <translation>Đơn vị mới</translation>
        </message>
        <message>
            <source>Name of the unit:</source>
            <translation>Tên đơn vị:</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Screenshots</name>
        <message>
            <source>The screenshot “%1” could not be written.</source>
            <translation>Không ghi được ảnh chụp màn hình “%1”.</translation>
        </message>
        <message>
            <source>The folder “%1” could not be created.</source>
            <translation>Không tạo được thư mục “%1”.</translation>
        </message>
        <message>
            <source>The demo file could not be opened.</source>
            <translation>Không mở được tệp mẫu.</translation>
        </message>
        <message>
            <source>A finding could not be saved. Close anyway and lose it?</source>
            <translation>Có nhận xét chưa lưu được. Vẫn đóng và bỏ nhận xét đó?</translation>
        </message>
        <message>
            <source>The new file could not be created.</source>
            <translation>Không tạo được tệp mới.</translation>
        </message>
        <message>
            <source>The notice was not issued.</source>
            <translation>Thông báo chưa được ban hành.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Session</name>
        <message>
            <source>Add evidence</source>
            <translation>Thêm tài liệu kiểm chứng</translation>
        </message>
        <message>
            <source>Remove evidence</source>
            <translation>Xóa tài liệu kiểm chứng</translation>
        </message>
        <message>
            <source>Edit corrective action</source>
            <translation>Sửa kiến nghị khắc phục</translation>
        </message>
        <message>
            <source>Add corrective action</source>
            <translation>Thêm kiến nghị khắc phục</translation>
        </message>
        <message>
            <source>Remove corrective action</source>
            <translation>Xóa kiến nghị khắc phục</translation>
        </message>
        <message>
            <source>Edit unit</source>
            <translation>Sửa đơn vị</translation>
        </message>
        <message>
            <source>Add unit</source>
            <translation>Thêm đơn vị</translation>
        </message>
        <message>
            <source>Remove unit</source>
            <translation>Xóa đơn vị</translation>
        </message>
        <message>
            <source>Edit round</source>
            <translation>Sửa đợt kiểm tra</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Đợt kiểm tra mới</translation>
        </message>
        <message>
            <source>The template could not be restored.</source>
            <translation>Không khôi phục được bộ tiêu chí.</translation>
        </message>
        <message>
            <source>Save template</source>
            <translation>Lưu bộ tiêu chí</translation>
        </message>
        <message>
            <source>“%1” could not be undone: %2</source>
            <translation>Thao tác “%1” không hoàn tác được: %2</translation>
        </message>
        <message>
            <source>“%1” could not be redone: %2</source>
            <translation>Thao tác “%1” không làm lại được: %2</translation>
        </message>
        <message>
            <source>Remove round “%1”</source>
            <translation>Xóa đợt kiểm tra “%1”</translation>
        </message>
        <message>
            <source>The round cannot be removed: no room for the copy that undo needs (%1).</source>
            <translation>Không xóa được đợt kiểm tra: không đủ chỗ để lưu bản sao dùng cho việc hoàn tác (%1).</translation>
        </message>
        <message>
            <source>Change report settings</source>
            <translation>Thay đổi thiết lập báo cáo</translation>
        </message>
        <message>
            <source>Edit notice paragraph</source>
            <translation>Sửa đoạn thông báo</translation>
        </message>
        <message>
            <source>Back to the drafted paragraph</source>
            <translation>Trở lại đoạn dự thảo</translation>
        </message>
        <message>
            <source>Mark paragraph as reviewed</source>
            <translation>Đánh dấu đoạn đã xem lại</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::SplitDialog</name>
        <message>
            <source>Hand out work</source>
            <translation>Giao việc</translation>
        </message>
        <message>
            <source>The member gets a file with the round “%1”, the units ticked below, the checklist and the report settings. They open it in this program on their own laptop; afterwards “Merge a member's work” takes their results back into this file.</source>
            <translation>Thành viên nhận một tệp gồm đợt kiểm tra “%1”, các đơn vị được đánh dấu dưới đây, bộ tiêu chí và thiết lập báo cáo. Thành viên mở tệp bằng chương trình này trên máy của mình; sau đó “Gộp kết quả của thành viên” đưa kết quả về tệp này.</translation>
        </message>
        <message>
            <source>e.g. Lê Văn Nam</source>
            <translation>ví dụ: Lê Văn Nam</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <source>&amp;Units:</source>
            <translation>Đơ&amp;n vị:</translation>
        </message>
        <message>
            <source>&amp;Member:</source>
            <translation>&amp;Thành viên:</translation>
        </message>
        <message>
            <source>&amp;Package file:</source>
            <translation>Tệp &amp;gói giao việc:</translation>
        </message>
        <message>
            <source>&amp;Write package</source>
            <translation>&amp;Ghi gói giao việc</translation>
        </message>
        <message>
            <source>work-package</source>
            <translation>giao-viec</translation>
        </message>
        <message>
            <source>work-%1</source>
            <translation>giao-viec-%1</translation>
        </message>
        <message>
            <source>Work package</source>
            <translation>Gói giao việc</translation>
        </message>
        <message>
            <source>Inspection files (*.cchc)</source>
            <translation>Tệp kiểm tra (*.cchc)</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::StartPage</name>
        <message>
            <source>Administrative reform inspection</source>
            <translation>Kiểm tra công tác cải cách hành chính</translation>
        </message>
        <message>
            <source>One file holds the unit register, the checklists and every round. Each change is saved the moment it is made.</source>
            <translation>Một tệp chứa danh sách đơn vị, các bộ tiêu chí và mọi đợt kiểm tra. Mỗi thay đổi được lưu ngay khi thực hiện.</translation>
        </message>
        <message>
            <source>New inspection file…</source>
            <translation>Tạo tệp kiểm tra mới…</translation>
        </message>
        <message>
            <source>Start an empty file with the built-in checklist.</source>
            <translation>Bắt đầu tệp trống với bộ tiêu chí có sẵn.</translation>
        </message>
        <message>
            <source>Open a file…</source>
            <translation>Mở tệp…</translation>
        </message>
        <message>
            <source>Continue work on a .cchc file.</source>
            <translation>Tiếp tục làm việc với một tệp .cchc.</translation>
        </message>
        <message>
            <source>Open the demo</source>
            <translation>Mở tệp mẫu</translation>
        </message>
        <message>
            <source>The 2022 round of eight public-service units, to look around safely.</source>
            <translation>Đợt kiểm tra năm 2022 tại tám đơn vị sự nghiệp, để làm quen mà không lo sai sót.</translation>
        </message>
        <message>
            <source>&amp;Recent files</source>
            <translation>Tệp mở &amp;gần đây</translation>
        </message>
        <message>
            <source>No recent files yet.</source>
            <translation>Chưa có tệp nào mở gần đây.</translation>
        </message>
        <message>
            <source>&lt;b&gt;A round, step by step:&lt;/b&gt; 1. New inspection file. 2. Round › Unit register: the units to inspect. 3. Round › New round: legal bases, team, dates, units visited. 4. At each unit: keys 1–4 and F2, then Reports › Minutes of this unit (Ctrl+M). 5. Reports › Edit the notice draft: review it on its pages, then issue it with a number.</source>
            <translation>&lt;b&gt;Một đợt kiểm tra, từng bước:&lt;/b&gt; 1. Tạo tệp kiểm tra mới. 2. Đợt kiểm tra › Danh sách đơn vị: các đơn vị sẽ kiểm tra. 3. Đợt kiểm tra › Đợt kiểm tra mới: căn cứ, thành phần Đoàn, thời gian, đơn vị được kiểm tra. 4. Tại từng đơn vị: phím 1–4 và F2, rồi Báo cáo › Biên bản kiểm tra đơn vị này (Ctrl+M). 5. Báo cáo › Sửa dự thảo thông báo: xem lại trên trang in, rồi ban hành (cấp số).</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::TeamworkActions</name>
        <message>
            <source>&amp;Hand out work…</source>
            <translation>&amp;Giao việc…</translation>
        </message>
        <message>
            <source>&amp;Merge a member's work…</source>
            <translation>Gộp &amp;kết quả của thành viên…</translation>
        </message>
        <message>
            <source>Edit &amp;history…</source>
            <translation>&amp;Lịch sử chỉnh sửa…</translation>
        </message>
        <message>
            <source>Team work</source>
            <translation>Làm việc theo nhóm</translation>
        </message>
        <message>
            <source>No file is open.</source>
            <translation>Chưa mở tệp nào.</translation>
        </message>
        <message>
            <source>Choose the round to hand out first.</source>
            <translation>Hãy chọn đợt kiểm tra cần giao việc trước.</translation>
        </message>
        <message numerus="yes">
            <source>The work package for %n unit(s) was written to “%1”. Give it to the member; they open it in this program.</source>
            <translation>
                <numerusform>Đã ghi gói giao việc cho %n đơn vị vào “%1”. Hãy chuyển tệp cho thành viên; thành viên mở tệp bằng chương trình này.</numerusform>
            </translation>
        </message>
        <message>
            <source>Merge a member's work</source>
            <translation>Gộp kết quả của thành viên</translation>
        </message>
        <message>
            <source>Inspection files (*.cchc)</source>
            <translation>Tệp kiểm tra (*.cchc)</translation>
        </message>
        <message>
            <source>Merged: %1 added, %2 updated, %3 removed, %4 conflicts decided.</source>
            <translation>Đã gộp: thêm %1, cập nhật %2, xóa %3, %4 xung đột đã quyết định.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::TemplateEditor</name>
        <message>
            <source>Checklist templates</source>
            <translation>Bộ tiêu chí</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Mã</translation>
        </message>
        <message>
            <source>Area / criterion</source>
            <translation>Lĩnh vực / tiêu chí</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Xếp loại</translation>
        </message>
        <message>
            <source>From (%)</source>
            <translation>Từ (%)</translation>
        </message>
        <message>
            <source>&amp;Template:</source>
            <translation>&amp;Bộ tiêu chí:</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Tên:</translation>
        </message>
        <message>
            <source>&amp;Description:</source>
            <translation>&amp;Mô tả:</translation>
        </message>
        <message>
            <source>Result (met / partly / not met); the score follows</source>
            <translation>Theo kết quả (đạt / đạt một phần / chưa đạt); điểm tính theo kết quả</translation>
        </message>
        <message>
            <source>Score entered by the team</source>
            <translation>Đoàn chấm điểm trực tiếp</translation>
        </message>
        <message>
            <source>Choose an area or a criterion on the left.</source>
            <translation>Chọn một lĩnh vực hoặc tiêu chí ở bên trái.</translation>
        </message>
        <message>
            <source>Add &amp;area</source>
            <translation>Thêm &amp;lĩnh vực</translation>
        </message>
        <message>
            <source>Add &amp;criterion</source>
            <translation>Thêm &amp;tiêu chí</translation>
        </message>
        <message>
            <source>&amp;Remove</source>
            <translation>&amp;Xóa</translation>
        </message>
        <message>
            <source>Grading bands:</source>
            <translation>Thang xếp loại:</translation>
        </message>
        <message>
            <source>Add &amp;grade</source>
            <translation>Thêm &amp;mức xếp loại</translation>
        </message>
        <message>
            <source>Remove gra&amp;de</source>
            <translation>Xóa mức &amp;xếp loại</translation>
        </message>
        <message>
            <source>New grade</source>
            <translation>Mức xếp loại mới</translation>
        </message>
        <message>
            <source>Code:</source>
            <translation>Mã:</translation>
        </message>
        <message>
            <source>Area:</source>
            <translation>Lĩnh vực:</translation>
        </message>
        <message>
            <source>Criterion:</source>
            <translation>Tiêu chí:</translation>
        </message>
        <message>
            <source>Report, when met:</source>
            <translation>Cách viết khi đạt:</translation>
        </message>
        <message>
            <source>Report, when not met:</source>
            <translation>Cách viết khi chưa đạt:</translation>
        </message>
        <message>
            <source>Maximum score:</source>
            <translation>Điểm tối đa:</translation>
        </message>
        <message>
            <source>Weight:</source>
            <translation>Hệ số:</translation>
        </message>
        <message>
            <source>Guidance:</source>
            <translation>Hướng dẫn:</translation>
        </message>
        <message>
            <source>Legal reference:</source>
            <translation>Căn cứ pháp lý:</translation>
        </message>
        <message>
            <source>Answered by:</source>
            <translation>Cách đánh giá:</translation>
        </message>
        <message numerus="yes">
            <source>used by %n round(s)</source>
            <translation>
                <numerusform>được dùng trong %n đợt kiểm tra</numerusform>
            </translation>
        </message>
        <message>
            <source>not used yet</source>
            <translation>chưa được dùng</translation>
        </message>
        <message>
            <source>%1 — version %2 (%3)</source>
            <translation>%1 — phiên bản %2 (%3)</translation>
        </message>
        <message>
            <source>This version is used by a round: saving keeps it unchanged and stores your changes as a new version.</source>
            <translation>Phiên bản này đang được dùng trong đợt kiểm tra: khi lưu, phiên bản này được giữ nguyên và các thay đổi được lưu thành phiên bản mới.</translation>
        </message>
        <message>
            <source>New area</source>
            <translation>Lĩnh vực mới</translation>
        </message>
        <message>
            <source>New criterion</source>
            <translation>Tiêu chí mới</translation>
        </message>
        <message>
            <source>Version %1 is used by a round, so your changes were saved as a new version %2. Rounds already run keep version %1 and their reports do not change.</source>
            <translation>Phiên bản %1 đang được dùng trong đợt kiểm tra, nên các thay đổi đã được lưu thành phiên bản mới %2. Các đợt đã kiểm tra vẫn dùng phiên bản %1 và báo cáo của chúng không thay đổi.</translation>
        </message>
        <message>
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <source>Report, when partly met:</source>
            <translation>Cách viết khi đạt một phần:</translation>
        </message>
        <message>
            <source>Report, when exemplary:</source>
            <translation>Cách viết khi làm tốt (điển hình):</translation>
        </message>
        <message>
            <source>e.g. “issued the working rules, not yet up to standard”; empty: the met phrasing + “not yet complete”</source>
            <translation>ví dụ “ban hành quy chế làm việc chưa bảo đảm chất lượng”; để trống: cách viết khi đạt + “nhưng chưa đầy đủ”</translation>
        </message>
        <message>
            <source>what an exemplary unit did well; empty: the units are named as examples</source>
            <translation>đơn vị điển hình đã làm tốt điều gì; để trống: chỉ nêu tên đơn vị “tiêu biểu như …”</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::UnitRegisterDialog</name>
        <message>
            <source>Unit register</source>
            <translation>Danh sách đơn vị</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Tên viết tắt</translation>
        </message>
        <message>
            <source>Head</source>
            <translation>Thủ trưởng</translation>
        </message>
        <message>
            <source>Head's title</source>
            <translation>Chức vụ thủ trưởng</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Địa chỉ</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Điện thoại</translation>
        </message>
        <message>
            <source>&amp;Add unit</source>
            <translation>&amp;Thêm đơn vị</translation>
        </message>
        <message>
            <source>&amp;Remove unit</source>
            <translation>&amp;Xóa đơn vị</translation>
        </message>
        <message>
            <source>Each change is saved at once and can be undone from the Edit menu.</source>
            <translation>Mỗi thay đổi được lưu ngay và có thể hoàn tác từ trình đơn Sửa.</translation>
        </message>
    </context>
    <context>
        <name>cchc::ui::Workspace</name>
        <message>
            <source>Rounds and units</source>
            <translation>Đợt kiểm tra và đơn vị</translation>
        </message>
        <message>
            <source>Checklist</source>
            <translation>Bảng tiêu chí</translation>
        </message>
        <message>
            <source>Filter criteria (Ctrl+F), e.g. “ky luat”</source>
            <translation>Lọc tiêu chí (Ctrl+F), ví dụ “ky luat”</translation>
        </message>
        <message>
            <source>No criterion of this unit matches the filter “%1”: change it, or clear it with Esc in the filter box.</source>
            <translation>Không có tiêu chí nào của đơn vị này khớp với bộ lọc “%1”: hãy sửa bộ lọc, hoặc xóa bằng phím Esc trong ô lọc.</translation>
        </message>
    </context>
</TS>

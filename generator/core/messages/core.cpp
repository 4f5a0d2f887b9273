#include "core/messages/catalog_parts.hpp"

namespace wt::messages {
namespace {

const MessageTranslation kMessages[] = {
    // core/yaml_document.cpp: what stops a YAML text from being read. The messages are
    // libfyaml's (0.7.12, passed through as they are) and the adapter's own; each is
    // reported by the reader of the file, under its code (config.yaml, content.front-matter.yaml,
    // data.syntax, rules.yaml, portal.syntax), as it is (portal.yaml) or after "this is not valid
    // YAML: " (site.yaml, data files, rule files) or "the front matter is not valid YAML: "
    // (core/yaml_syntax_error.cpp): hence '*' and the three forms of each.
    // YAML: indentation and structure
    {"*", "invalid indentation in mapping",
     "dòng này thụt lề không khớp với các dòng cùng nhóm: các dòng 'tên: giá trị' của cùng một nhóm phải "
     "bắt đầu ở cùng một cột (cùng số dấu cách ở đầu dòng)"},
    {"*", "this is not valid YAML: invalid indentation in mapping",
     "YAML viết chưa đúng: dòng này thụt lề không khớp với các dòng cùng nhóm: các dòng 'tên: giá trị' "
     "của cùng một nhóm phải bắt đầu ở cùng một cột (cùng số dấu cách ở đầu dòng)"},
    {"*", "the front matter is not valid YAML: invalid indentation in mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này thụt lề không khớp với các dòng cùng "
     "nhóm: các dòng 'tên: giá trị' của cùng một nhóm phải bắt đầu ở cùng một cột (cùng số dấu cách ở đầu "
     "dòng)"},
    {"*", "invalid multiline plain key",
     "không đọc được dòng này thành 'tên: giá trị': mỗi dòng cần có dấu ':' rồi một dấu cách (viết "
     "'title: Khai giảng', không viết 'title:Khai giảng'), và dòng ngay sau không được thụt lề sâu hơn "
     "dòng này"},
    {"*", "this is not valid YAML: invalid multiline plain key",
     "YAML viết chưa đúng: không đọc được dòng này thành 'tên: giá trị': mỗi dòng cần có dấu ':' rồi một "
     "dấu cách (viết 'title: Khai giảng', không viết 'title:Khai giảng'), và dòng ngay sau không được "
     "thụt lề sâu hơn dòng này"},
    {"*", "the front matter is not valid YAML: invalid multiline plain key",
     "phần đầu bài (front matter) viết chưa đúng YAML: không đọc được dòng này thành 'tên: giá trị': mỗi "
     "dòng cần có dấu ':' rồi một dấu cách (viết 'title: Khai giảng', không viết 'title:Khai giảng'), và "
     "dòng ngay sau không được thụt lề sâu hơn dòng này"},
    {"*", "could not find expected ':'",
     "thiếu dấu ':' hoặc thiếu dấu cách sau dấu ':': hãy viết dòng này dạng 'tên: giá trị', với một dấu "
     "cách sau dấu ':', ví dụ phone: \"0912 345 678\""},
    {"*", "this is not valid YAML: could not find expected ':'",
     "YAML viết chưa đúng: thiếu dấu ':' hoặc thiếu dấu cách sau dấu ':': hãy viết dòng này dạng 'tên: "
     "giá trị', với một dấu cách sau dấu ':', ví dụ phone: \"0912 345 678\""},
    {"*", "the front matter is not valid YAML: could not find expected ':'",
     "phần đầu bài (front matter) viết chưa đúng YAML: thiếu dấu ':' hoặc thiếu dấu cách sau dấu ':': hãy "
     "viết dòng này dạng 'tên: giá trị', với một dấu cách sau dấu ':', ví dụ phone: \"0912 345 678\""},
    {"*", "missing ':'",
     "thiếu dấu ':' hoặc thiếu dấu cách sau dấu ':': hãy viết dòng này dạng 'tên: giá trị', với một dấu "
     "cách sau dấu ':', ví dụ phone: \"0912 345 678\""},
    {"*", "this is not valid YAML: missing ':'",
     "YAML viết chưa đúng: thiếu dấu ':' hoặc thiếu dấu cách sau dấu ':': hãy viết dòng này dạng 'tên: "
     "giá trị', với một dấu cách sau dấu ':', ví dụ phone: \"0912 345 678\""},
    {"*", "the front matter is not valid YAML: missing ':'",
     "phần đầu bài (front matter) viết chưa đúng YAML: thiếu dấu ':' hoặc thiếu dấu cách sau dấu ':': hãy "
     "viết dòng này dạng 'tên: giá trị', với một dấu cách sau dấu ':', ví dụ phone: \"0912 345 678\""},
    {"*", "invalid value after mapping",
     "dòng này không có dạng 'tên: giá trị': nếu nó là phần tiếp theo của giá trị ở dòng trên, hãy thụt "
     "lề nó vào (thêm dấu cách ở đầu dòng); nếu là một tên mới, hãy viết 'tên: giá trị' với một dấu cách "
     "sau dấu ':'"},
    {"*", "this is not valid YAML: invalid value after mapping",
     "YAML viết chưa đúng: dòng này không có dạng 'tên: giá trị': nếu nó là phần tiếp theo của giá trị ở "
     "dòng trên, hãy thụt lề nó vào (thêm dấu cách ở đầu dòng); nếu là một tên mới, hãy viết 'tên: giá "
     "trị' với một dấu cách sau dấu ':'"},
    {"*", "the front matter is not valid YAML: invalid value after mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này không có dạng 'tên: giá trị': nếu nó là "
     "phần tiếp theo của giá trị ở dòng trên, hãy thụt lề nó vào (thêm dấu cách ở đầu dòng); nếu là một "
     "tên mới, hãy viết 'tên: giá trị' với một dấu cách sau dấu ':'"},
    {"*", "did not find expected '-' indicator",
     "dòng này thụt lề không khớp với danh sách phía trên: mỗi mục của danh sách bắt đầu bằng '- ', và "
     "các dòng 'tên: giá trị' của cùng một mục phải thẳng cột với chữ đầu tiên sau '- '"},
    {"*", "this is not valid YAML: did not find expected '-' indicator",
     "YAML viết chưa đúng: dòng này thụt lề không khớp với danh sách phía trên: mỗi mục của danh sách bắt "
     "đầu bằng '- ', và các dòng 'tên: giá trị' của cùng một mục phải thẳng cột với chữ đầu tiên sau '- '"},
    {"*", "the front matter is not valid YAML: did not find expected '-' indicator",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này thụt lề không khớp với danh sách phía "
     "trên: mỗi mục của danh sách bắt đầu bằng '- ', và các dòng 'tên: giá trị' của cùng một mục phải "
     "thẳng cột với chữ đầu tiên sau '- '"},
    {"*", "invalid scalar at the end of block sequence",
     "dòng này nằm giữa các mục '- ' của một danh sách nhưng không bắt đầu bằng '- ': nếu là mục mới, hãy "
     "thêm '- ' ở đầu; nếu thuộc mục phía trên, hãy thụt lề cho thẳng cột với chữ đầu tiên sau '- '"},
    {"*", "this is not valid YAML: invalid scalar at the end of block sequence",
     "YAML viết chưa đúng: dòng này nằm giữa các mục '- ' của một danh sách nhưng không bắt đầu bằng '- "
     "': nếu là mục mới, hãy thêm '- ' ở đầu; nếu thuộc mục phía trên, hãy thụt lề cho thẳng cột với chữ "
     "đầu tiên sau '- '"},
    {"*", "the front matter is not valid YAML: invalid scalar at the end of block sequence",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này nằm giữa các mục '- ' của một danh sách "
     "nhưng không bắt đầu bằng '- ': nếu là mục mới, hãy thêm '- ' ở đầu; nếu thuộc mục phía trên, hãy "
     "thụt lề cho thẳng cột với chữ đầu tiên sau '- '"},
    {"*", "did not find expected key",
     "ở đây cần một dòng 'tên: giá trị' nhưng lại gặp nội dung khác, thường là một mục '- ' đặt sai chỗ: "
     "không viết lẫn các mục '- ' với các dòng 'tên: giá trị' ở cùng một mức thụt lề"},
    {"*", "this is not valid YAML: did not find expected key",
     "YAML viết chưa đúng: ở đây cần một dòng 'tên: giá trị' nhưng lại gặp nội dung khác, thường là một "
     "mục '- ' đặt sai chỗ: không viết lẫn các mục '- ' với các dòng 'tên: giá trị' ở cùng một mức thụt lề"},
    {"*", "the front matter is not valid YAML: did not find expected key",
     "phần đầu bài (front matter) viết chưa đúng YAML: ở đây cần một dòng 'tên: giá trị' nhưng lại gặp "
     "nội dung khác, thường là một mục '- ' đặt sai chỗ: không viết lẫn các mục '- ' với các dòng 'tên: "
     "giá trị' ở cùng một mức thụt lề"},
    {"*", "wrong indendation in sequence while in mapping",
     "các dấu '-' của cùng một danh sách không thẳng cột: hãy thụt lề mọi mục '- ' của danh sách này bằng "
     "cùng một số dấu cách"},
    {"*", "this is not valid YAML: wrong indendation in sequence while in mapping",
     "YAML viết chưa đúng: các dấu '-' của cùng một danh sách không thẳng cột: hãy thụt lề mọi mục '- ' "
     "của danh sách này bằng cùng một số dấu cách"},
    {"*", "the front matter is not valid YAML: wrong indendation in sequence while in mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: các dấu '-' của cùng một danh sách không thẳng "
     "cột: hãy thụt lề mọi mục '- ' của danh sách này bằng cùng một số dấu cách"},
    {"*", "wrongly indented sequence item",
     "mục '- ' này thụt lề không khớp với các mục khác của danh sách: hãy cho mọi dấu '-' của cùng một "
     "danh sách thẳng cột với nhau"},
    {"*", "this is not valid YAML: wrongly indented sequence item",
     "YAML viết chưa đúng: mục '- ' này thụt lề không khớp với các mục khác của danh sách: hãy cho mọi "
     "dấu '-' của cùng một danh sách thẳng cột với nhau"},
    {"*", "the front matter is not valid YAML: wrongly indented sequence item",
     "phần đầu bài (front matter) viết chưa đúng YAML: mục '- ' này thụt lề không khớp với các mục khác "
     "của danh sách: hãy cho mọi dấu '-' của cùng một danh sách thẳng cột với nhau"},
    {"*", "invalid nested block mapping on the same line",
     "dòng này có thêm một dấu ': ' (dấu hai chấm rồi dấu cách) nên YAML hiểu nhầm phần sau là một tên "
     "mới: hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ title: \"Thông báo: nghỉ học\""},
    {"*", "this is not valid YAML: invalid nested block mapping on the same line",
     "YAML viết chưa đúng: dòng này có thêm một dấu ': ' (dấu hai chấm rồi dấu cách) nên YAML hiểu nhầm "
     "phần sau là một tên mới: hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ title: \"Thông báo: nghỉ học\""},
    {"*", "the front matter is not valid YAML: invalid nested block mapping on the same line",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này có thêm một dấu ': ' (dấu hai chấm rồi "
     "dấu cách) nên YAML hiểu nhầm phần sau là một tên mới: hãy đặt cả giá trị trong dấu ngoặc kép, ví dụ "
     "title: \"Thông báo: nghỉ học\""},
    {"*", "invalid block mapping key on same line as previous key",
     "có hai cặp 'tên: giá trị' trên cùng một dòng: hãy xuống dòng trước tên thứ hai"},
    {"*", "this is not valid YAML: invalid block mapping key on same line as previous key",
     "YAML viết chưa đúng: có hai cặp 'tên: giá trị' trên cùng một dòng: hãy xuống dòng trước tên thứ hai"},
    {"*", "the front matter is not valid YAML: invalid block mapping key on same line as previous key",
     "phần đầu bài (front matter) viết chưa đúng YAML: có hai cặp 'tên: giá trị' trên cùng một dòng: hãy "
     "xuống dòng trước tên thứ hai"},
    {"*", "block sequence on the same line as a mapping key",
     "mục danh sách '- ' không được viết cùng dòng với tên: hãy xuống dòng và viết mỗi mục trên một dòng "
     "riêng, thụt lề vào và bắt đầu bằng '- ', hoặc viết cả danh sách trên một dòng như tags: [a, b]"},
    {"*", "this is not valid YAML: block sequence on the same line as a mapping key",
     "YAML viết chưa đúng: mục danh sách '- ' không được viết cùng dòng với tên: hãy xuống dòng và viết "
     "mỗi mục trên một dòng riêng, thụt lề vào và bắt đầu bằng '- ', hoặc viết cả danh sách trên một dòng "
     "như tags: [a, b]"},
    {"*", "the front matter is not valid YAML: block sequence on the same line as a mapping key",
     "phần đầu bài (front matter) viết chưa đúng YAML: mục danh sách '- ' không được viết cùng dòng với "
     "tên: hãy xuống dòng và viết mỗi mục trên một dòng riêng, thụt lề vào và bắt đầu bằng '- ', hoặc "
     "viết cả danh sách trên một dòng như tags: [a, b]"},
    {"*", "block sequence on the same line as a previous item",
     "có hai mục '- ' trên cùng một dòng: hãy xuống dòng trước mỗi dấu '- '"},
    {"*", "this is not valid YAML: block sequence on the same line as a previous item",
     "YAML viết chưa đúng: có hai mục '- ' trên cùng một dòng: hãy xuống dòng trước mỗi dấu '- '"},
    {"*", "the front matter is not valid YAML: block sequence on the same line as a previous item",
     "phần đầu bài (front matter) viết chưa đúng YAML: có hai mục '- ' trên cùng một dòng: hãy xuống dòng "
     "trước mỗi dấu '- '"},
    {"*", "block sequence entries not allowed in this context",
     "dấu '- ' ở đây không bắt đầu được một mục danh sách: mỗi mục '- ' phải ở đầu một dòng riêng; nếu "
     "'-' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: block sequence entries not allowed in this context",
     "YAML viết chưa đúng: dấu '- ' ở đây không bắt đầu được một mục danh sách: mỗi mục '- ' phải ở đầu "
     "một dòng riêng; nếu '-' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: block sequence entries not allowed in this context",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '- ' ở đây không bắt đầu được một mục danh "
     "sách: mỗi mục '- ' phải ở đầu một dòng riêng; nếu '-' thuộc giá trị, hãy đặt cả giá trị trong dấu "
     "ngoặc kép \"...\""},
    {"*", "invalid mapping key (not allowed in this context)",
     "dấu '?' ở đây có nghĩa riêng trong YAML: nếu nó thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc "
     "kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "this is not valid YAML: invalid mapping key (not allowed in this context)",
     "YAML viết chưa đúng: dấu '?' ở đây có nghĩa riêng trong YAML: nếu nó thuộc giá trị, hãy đặt cả giá "
     "trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "the front matter is not valid YAML: invalid mapping key (not allowed in this context)",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '?' ở đây có nghĩa riêng trong YAML: nếu nó "
     "thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "did not find expected node content",
     "ở đây thiếu một giá trị, hoặc có một ký tự không đặt được ở chỗ này (ví dụ '- ' bên trong [...] hay "
     "{...}): hãy kiểm tra dòng này; giá trị có ký tự đặc biệt thì cần đặt trong dấu ngoặc kép"},
    {"*", "this is not valid YAML: did not find expected node content",
     "YAML viết chưa đúng: ở đây thiếu một giá trị, hoặc có một ký tự không đặt được ở chỗ này (ví dụ '- "
     "' bên trong [...] hay {...}): hãy kiểm tra dòng này; giá trị có ký tự đặc biệt thì cần đặt trong "
     "dấu ngoặc kép"},
    {"*", "the front matter is not valid YAML: did not find expected node content",
     "phần đầu bài (front matter) viết chưa đúng YAML: ở đây thiếu một giá trị, hoặc có một ký tự không "
     "đặt được ở chỗ này (ví dụ '- ' bên trong [...] hay {...}): hãy kiểm tra dòng này; giá trị có ký tự "
     "đặc biệt thì cần đặt trong dấu ngoặc kép"},
    {"*", "Illegal placement of ':' indicator",
     "dấu ':' ở chỗ không hợp lệ, thường vì một dấu ngoặc kép, một dấu '[' hay '{' ở các dòng trên chưa "
     "được đóng: hãy kiểm tra các dòng trên; nếu ':' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc "
     "kép \"...\""},
    {"*", "this is not valid YAML: Illegal placement of ':' indicator",
     "YAML viết chưa đúng: dấu ':' ở chỗ không hợp lệ, thường vì một dấu ngoặc kép, một dấu '[' hay '{' ở "
     "các dòng trên chưa được đóng: hãy kiểm tra các dòng trên; nếu ':' thuộc giá trị, hãy đặt cả giá trị "
     "trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: Illegal placement of ':' indicator",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu ':' ở chỗ không hợp lệ, thường vì một dấu "
     "ngoặc kép, một dấu '[' hay '{' ở các dòng trên chưa được đóng: hãy kiểm tra các dòng trên; nếu ':' "
     "thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "invalid multiline double-quoted scalar used as key",
     "một giá trị trong dấu ngoặc kép kéo dài qua nhiều dòng rồi có dấu ':' phía sau: hãy kiểm tra các "
     "dấu ngoặc kép ở đây (thiếu dấu đóng, hoặc thừa dấu ':')"},
    {"*", "this is not valid YAML: invalid multiline double-quoted scalar used as key",
     "YAML viết chưa đúng: một giá trị trong dấu ngoặc kép kéo dài qua nhiều dòng rồi có dấu ':' phía "
     "sau: hãy kiểm tra các dấu ngoặc kép ở đây (thiếu dấu đóng, hoặc thừa dấu ':')"},
    {"*", "the front matter is not valid YAML: invalid multiline double-quoted scalar used as key",
     "phần đầu bài (front matter) viết chưa đúng YAML: một giá trị trong dấu ngoặc kép kéo dài qua nhiều "
     "dòng rồi có dấu ':' phía sau: hãy kiểm tra các dấu ngoặc kép ở đây (thiếu dấu đóng, hoặc thừa dấu "
     "':')"},
    {"*", "invalid multiline single-quoted scalar used as key",
     "một giá trị trong dấu nháy đơn kéo dài qua nhiều dòng rồi có dấu ':' phía sau: hãy kiểm tra các dấu "
     "nháy ở đây (thiếu dấu đóng, hoặc thừa dấu ':')"},
    {"*", "this is not valid YAML: invalid multiline single-quoted scalar used as key",
     "YAML viết chưa đúng: một giá trị trong dấu nháy đơn kéo dài qua nhiều dòng rồi có dấu ':' phía sau: "
     "hãy kiểm tra các dấu nháy ở đây (thiếu dấu đóng, hoặc thừa dấu ':')"},
    {"*", "the front matter is not valid YAML: invalid multiline single-quoted scalar used as key",
     "phần đầu bài (front matter) viết chưa đúng YAML: một giá trị trong dấu nháy đơn kéo dài qua nhiều "
     "dòng rồi có dấu ':' phía sau: hãy kiểm tra các dấu nháy ở đây (thiếu dấu đóng, hoặc thừa dấu ':')"},
    {"*", "invalid content after document end marker",
     "sau dòng '...' (dấu kết thúc tài liệu) không được viết gì thêm trên cùng dòng: hãy xóa phần thừa"},
    {"*", "this is not valid YAML: invalid content after document end marker",
     "YAML viết chưa đúng: sau dòng '...' (dấu kết thúc tài liệu) không được viết gì thêm trên cùng dòng: "
     "hãy xóa phần thừa"},
    {"*", "the front matter is not valid YAML: invalid content after document end marker",
     "phần đầu bài (front matter) viết chưa đúng YAML: sau dòng '...' (dấu kết thúc tài liệu) không được "
     "viết gì thêm trên cùng dòng: hãy xóa phần thừa"},
    {"*", "this is not YAML",
     "không đọc được YAML ở chỗ này: hãy kiểm tra dòng này; giá trị bắt đầu bằng một ký tự đặc biệt như | "
     "> & * ! % @ ` thì cần đặt trong dấu ngoặc kép"},
    {"*", "this is not valid YAML: this is not YAML",
     "YAML viết chưa đúng: không đọc được YAML ở chỗ này: hãy kiểm tra dòng này; giá trị bắt đầu bằng một "
     "ký tự đặc biệt như | > & * ! % @ ` thì cần đặt trong dấu ngoặc kép"},
    {"*", "the front matter is not valid YAML: this is not YAML",
     "phần đầu bài (front matter) viết chưa đúng YAML: không đọc được YAML ở chỗ này: hãy kiểm tra dòng "
     "này; giá trị bắt đầu bằng một ký tự đặc biệt như | > & * ! % @ ` thì cần đặt trong dấu ngoặc kép"},
    {"*", "the YAML parser could not start",
     "không khởi động được bộ đọc YAML (máy có thể đã hết bộ nhớ): hãy chạy lại lệnh"},
    {"*", "this is not valid YAML: the YAML parser could not start",
     "YAML viết chưa đúng: không khởi động được bộ đọc YAML (máy có thể đã hết bộ nhớ): hãy chạy lại lệnh"},
    {"*", "the front matter is not valid YAML: the YAML parser could not start",
     "phần đầu bài (front matter) viết chưa đúng YAML: không khởi động được bộ đọc YAML (máy có thể đã "
     "hết bộ nhớ): hãy chạy lại lệnh"},
    // YAML: tabs
    {"*", "tab character may not be used as indentation",
     "dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "this is not valid YAML: tab character may not be used as indentation",
     "YAML viết chưa đúng: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và "
     "gõ dấu cách thay vào"},
    {"*", "the front matter is not valid YAML: tab character may not be used as indentation",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp "
     "nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "invalid tab as indendation in a mapping",
     "dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "this is not valid YAML: invalid tab as indendation in a mapping",
     "YAML viết chưa đúng: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và "
     "gõ dấu cách thay vào"},
    {"*", "the front matter is not valid YAML: invalid tab as indendation in a mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp "
     "nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "invalid tab used as indentation",
     "dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "this is not valid YAML: invalid tab used as indentation",
     "YAML viết chưa đúng: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và "
     "gõ dấu cách thay vào"},
    {"*", "the front matter is not valid YAML: invalid tab used as indentation",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp "
     "nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "invalid tab character as indent instead of space",
     "dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "this is not valid YAML: invalid tab character as indent instead of space",
     "YAML viết chưa đúng: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và "
     "gõ dấu cách thay vào"},
    {"*", "the front matter is not valid YAML: invalid tab character as indent instead of space",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp "
     "nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "Indentation used tabs for ':' indicator",
     "dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "this is not valid YAML: Indentation used tabs for ':' indicator",
     "YAML viết chưa đúng: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và "
     "gõ dấu cách thay vào"},
    {"*", "the front matter is not valid YAML: Indentation used tabs for ':' indicator",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp "
     "nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "cannot use tab for indentation of block entry",
     "dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "this is not valid YAML: cannot use tab for indentation of block entry",
     "YAML viết chưa đúng: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp nhận dấu cách; hãy xóa Tab và "
     "gõ dấu cách thay vào"},
    {"*", "the front matter is not valid YAML: cannot use tab for indentation of block entry",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này dùng phím Tab để thụt lề: YAML chỉ chấp "
     "nhận dấu cách; hãy xóa Tab và gõ dấu cách thay vào"},
    {"*", "plain scalar cannot start with blank or zero",
     "dòng này có ký tự Tab hoặc khoảng trắng ở chỗ YAML không chấp nhận: hãy xóa Tab và chỉ dùng dấu cách"},
    {"*", "this is not valid YAML: plain scalar cannot start with blank or zero",
     "YAML viết chưa đúng: dòng này có ký tự Tab hoặc khoảng trắng ở chỗ YAML không chấp nhận: hãy xóa "
     "Tab và chỉ dùng dấu cách"},
    {"*", "the front matter is not valid YAML: plain scalar cannot start with blank or zero",
     "phần đầu bài (front matter) viết chưa đúng YAML: dòng này có ký tự Tab hoặc khoảng trắng ở chỗ YAML "
     "không chấp nhận: hãy xóa Tab và chỉ dùng dấu cách"},
    // YAML: quotes
    {"*", "double-quoted scalar without closing quote",
     "giá trị mở bằng dấu ngoặc kép \" chưa được đóng: hãy thêm dấu \" ở cuối giá trị"},
    {"*", "this is not valid YAML: double-quoted scalar without closing quote",
     "YAML viết chưa đúng: giá trị mở bằng dấu ngoặc kép \" chưa được đóng: hãy thêm dấu \" ở cuối giá trị"},
    {"*", "the front matter is not valid YAML: double-quoted scalar without closing quote",
     "phần đầu bài (front matter) viết chưa đúng YAML: giá trị mở bằng dấu ngoặc kép \" chưa được đóng: "
     "hãy thêm dấu \" ở cuối giá trị"},
    {"*", "single-quoted scalar without closing quote",
     "giá trị mở bằng dấu nháy đơn ' chưa được đóng: hãy thêm dấu ' ở cuối giá trị"},
    {"*", "this is not valid YAML: single-quoted scalar without closing quote",
     "YAML viết chưa đúng: giá trị mở bằng dấu nháy đơn ' chưa được đóng: hãy thêm dấu ' ở cuối giá trị"},
    {"*", "the front matter is not valid YAML: single-quoted scalar without closing quote",
     "phần đầu bài (front matter) viết chưa đúng YAML: giá trị mở bằng dấu nháy đơn ' chưa được đóng: hãy "
     "thêm dấu ' ở cuối giá trị"},
    {"*", "invalid trailing content after double-quoted scalar",
     "sau dấu \" đóng giá trị vẫn còn chữ trên cùng dòng: hãy đưa cả phần đó vào trong dấu ngoặc kép; nếu "
     "chính giá trị có dấu \", hãy viết dấu đó là \\\" (ví dụ \"Trường \\\"Lê Lợi\\\"\") hoặc đặt cả giá trị trong "
     "dấu nháy đơn '...'"},
    {"*", "this is not valid YAML: invalid trailing content after double-quoted scalar",
     "YAML viết chưa đúng: sau dấu \" đóng giá trị vẫn còn chữ trên cùng dòng: hãy đưa cả phần đó vào "
     "trong dấu ngoặc kép; nếu chính giá trị có dấu \", hãy viết dấu đó là \\\" (ví dụ \"Trường \\\"Lê Lợi\\\"\") "
     "hoặc đặt cả giá trị trong dấu nháy đơn '...'"},
    {"*", "the front matter is not valid YAML: invalid trailing content after double-quoted scalar",
     "phần đầu bài (front matter) viết chưa đúng YAML: sau dấu \" đóng giá trị vẫn còn chữ trên cùng dòng: "
     "hãy đưa cả phần đó vào trong dấu ngoặc kép; nếu chính giá trị có dấu \", hãy viết dấu đó là \\\" (ví "
     "dụ \"Trường \\\"Lê Lợi\\\"\") hoặc đặt cả giá trị trong dấu nháy đơn '...'"},
    {"*", "invalid trailing content after single-quoted scalar",
     "sau dấu ' đóng giá trị vẫn còn chữ trên cùng dòng: hãy đưa cả phần đó vào trong dấu nháy; nếu chính "
     "giá trị có dấu ', hãy viết dấu đó hai lần ('') hoặc đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: invalid trailing content after single-quoted scalar",
     "YAML viết chưa đúng: sau dấu ' đóng giá trị vẫn còn chữ trên cùng dòng: hãy đưa cả phần đó vào "
     "trong dấu nháy; nếu chính giá trị có dấu ', hãy viết dấu đó hai lần ('') hoặc đặt cả giá trị trong "
     "dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: invalid trailing content after single-quoted scalar",
     "phần đầu bài (front matter) viết chưa đúng YAML: sau dấu ' đóng giá trị vẫn còn chữ trên cùng dòng: "
     "hãy đưa cả phần đó vào trong dấu nháy; nếu chính giá trị có dấu ', hãy viết dấu đó hai lần ('') "
     "hoặc đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "invalid escape '{}' in double-quoted string",
     "trong dấu ngoặc kép, dấu \\ có nghĩa riêng và '\\{1}' không phải cách viết hợp lệ: hãy viết \\\\ cho "
     "một dấu \\, hoặc đặt giá trị trong dấu nháy đơn '...'"},
    {"*", "this is not valid YAML: invalid escape '{}' in double-quoted string",
     "YAML viết chưa đúng: trong dấu ngoặc kép, dấu \\ có nghĩa riêng và '\\{1}' không phải cách viết hợp "
     "lệ: hãy viết \\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn '...'"},
    {"*", "the front matter is not valid YAML: invalid escape '{}' in double-quoted string",
     "phần đầu bài (front matter) viết chưa đúng YAML: trong dấu ngoặc kép, dấu \\ có nghĩa riêng và "
     "'\\{1}' không phải cách viết hợp lệ: hãy viết \\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn "
     "'...'"},
    {"*", "double-quoted scalar has invalid hex escape",
     "trong dấu ngoặc kép, dấu \\ có nghĩa riêng và \\x, \\u, \\U phải có mã số hệ 16 theo sau: hãy viết \\\\ "
     "cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn '...'"},
    {"*", "this is not valid YAML: double-quoted scalar has invalid hex escape",
     "YAML viết chưa đúng: trong dấu ngoặc kép, dấu \\ có nghĩa riêng và \\x, \\u, \\U phải có mã số hệ 16 "
     "theo sau: hãy viết \\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn '...'"},
    {"*", "the front matter is not valid YAML: double-quoted scalar has invalid hex escape",
     "phần đầu bài (front matter) viết chưa đúng YAML: trong dấu ngoặc kép, dấu \\ có nghĩa riêng và \\x, "
     "\\u, \\U phải có mã số hệ 16 theo sau: hãy viết \\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn "
     "'...'"},
    {"*", "double-quoted scalar has invalid UTF8 escape",
     "trong dấu ngoặc kép, dấu \\ có nghĩa riêng và mã ký tự viết sau \\x, \\u hay \\U không hợp lệ: hãy viết "
     "\\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn '...'"},
    {"*", "this is not valid YAML: double-quoted scalar has invalid UTF8 escape",
     "YAML viết chưa đúng: trong dấu ngoặc kép, dấu \\ có nghĩa riêng và mã ký tự viết sau \\x, \\u hay \\U "
     "không hợp lệ: hãy viết \\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy đơn '...'"},
    {"*", "the front matter is not valid YAML: double-quoted scalar has invalid UTF8 escape",
     "phần đầu bài (front matter) viết chưa đúng YAML: trong dấu ngoặc kép, dấu \\ có nghĩa riêng và mã ký "
     "tự viết sau \\x, \\u hay \\U không hợp lệ: hãy viết \\\\ cho một dấu \\, hoặc đặt giá trị trong dấu nháy "
     "đơn '...'"},
    {"*", "invalid comment without whitespace after double-quoted scalar",
     "dấu '#' đứng ngay sau dấu \" đóng giá trị: ghi chú '#' phải cách giá trị một dấu cách; nếu '#' thuộc "
     "giá trị, hãy đưa nó vào trong dấu ngoặc kép"},
    {"*", "this is not valid YAML: invalid comment without whitespace after double-quoted scalar",
     "YAML viết chưa đúng: dấu '#' đứng ngay sau dấu \" đóng giá trị: ghi chú '#' phải cách giá trị một "
     "dấu cách; nếu '#' thuộc giá trị, hãy đưa nó vào trong dấu ngoặc kép"},
    {"*", "the front matter is not valid YAML: invalid comment without whitespace after double-quoted scalar",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' đứng ngay sau dấu \" đóng giá trị: ghi chú "
     "'#' phải cách giá trị một dấu cách; nếu '#' thuộc giá trị, hãy đưa nó vào trong dấu ngoặc kép"},
    {"*", "invalid comment without whitespace after single-quoted scalar",
     "dấu '#' đứng ngay sau dấu ' đóng giá trị: ghi chú '#' phải cách giá trị một dấu cách; nếu '#' thuộc "
     "giá trị, hãy đưa nó vào trong dấu nháy"},
    {"*", "this is not valid YAML: invalid comment without whitespace after single-quoted scalar",
     "YAML viết chưa đúng: dấu '#' đứng ngay sau dấu ' đóng giá trị: ghi chú '#' phải cách giá trị một "
     "dấu cách; nếu '#' thuộc giá trị, hãy đưa nó vào trong dấu nháy"},
    {"*", "the front matter is not valid YAML: invalid comment without whitespace after single-quoted scalar",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' đứng ngay sau dấu ' đóng giá trị: ghi chú "
     "'#' phải cách giá trị một dấu cách; nếu '#' thuộc giá trị, hãy đưa nó vào trong dấu nháy"},
    // YAML: [...] and {...}
    {"*", "flow sequence without a closing bracket",
     "danh sách mở bằng '[' ở dòng này hoặc ở các dòng trên chưa được đóng bằng ']': hãy thêm ']' ở cuối "
     "danh sách"},
    {"*", "this is not valid YAML: flow sequence without a closing bracket",
     "YAML viết chưa đúng: danh sách mở bằng '[' ở dòng này hoặc ở các dòng trên chưa được đóng bằng ']': "
     "hãy thêm ']' ở cuối danh sách"},
    {"*", "the front matter is not valid YAML: flow sequence without a closing bracket",
     "phần đầu bài (front matter) viết chưa đúng YAML: danh sách mở bằng '[' ở dòng này hoặc ở các dòng "
     "trên chưa được đóng bằng ']': hãy thêm ']' ở cuối danh sách"},
    {"*", "missing comma in flow sequence",
     "trong danh sách [...] thiếu dấu ',' giữa hai mục, hoặc thiếu dấu ']' đóng danh sách: hãy ngăn các "
     "mục bằng dấu ','; nếu một mục có dấu \" ở bên trong, hãy viết dấu đó là \\\""},
    {"*", "this is not valid YAML: missing comma in flow sequence",
     "YAML viết chưa đúng: trong danh sách [...] thiếu dấu ',' giữa hai mục, hoặc thiếu dấu ']' đóng danh "
     "sách: hãy ngăn các mục bằng dấu ','; nếu một mục có dấu \" ở bên trong, hãy viết dấu đó là \\\""},
    {"*", "the front matter is not valid YAML: missing comma in flow sequence",
     "phần đầu bài (front matter) viết chưa đúng YAML: trong danh sách [...] thiếu dấu ',' giữa hai mục, "
     "hoặc thiếu dấu ']' đóng danh sách: hãy ngăn các mục bằng dấu ','; nếu một mục có dấu \" ở bên trong, "
     "hãy viết dấu đó là \\\""},
    {"*", "missing comma in flow mapping",
     "trong nhóm {...} thiếu dấu ',' giữa hai mục, hoặc dấu '{' ở dòng này hay ở các dòng trên chưa được "
     "đóng bằng '}': hãy thêm dấu ',' hoặc '}' còn thiếu"},
    {"*", "this is not valid YAML: missing comma in flow mapping",
     "YAML viết chưa đúng: trong nhóm {...} thiếu dấu ',' giữa hai mục, hoặc dấu '{' ở dòng này hay ở các "
     "dòng trên chưa được đóng bằng '}': hãy thêm dấu ',' hoặc '}' còn thiếu"},
    {"*", "the front matter is not valid YAML: missing comma in flow mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: trong nhóm {...} thiếu dấu ',' giữa hai mục, hoặc "
     "dấu '{' ở dòng này hay ở các dòng trên chưa được đóng bằng '}': hãy thêm dấu ',' hoặc '}' còn thiếu"},
    {"*", "flow sequence with invalid extra closing bracket",
     "thừa dấu ']': không có danh sách '[' nào đang mở để đóng; hãy xóa nó, hoặc nếu ']' thuộc giá trị, "
     "hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: flow sequence with invalid extra closing bracket",
     "YAML viết chưa đúng: thừa dấu ']': không có danh sách '[' nào đang mở để đóng; hãy xóa nó, hoặc nếu "
     "']' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: flow sequence with invalid extra closing bracket",
     "phần đầu bài (front matter) viết chưa đúng YAML: thừa dấu ']': không có danh sách '[' nào đang mở "
     "để đóng; hãy xóa nó, hoặc nếu ']' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "flow mapping with invalid extra closing brace",
     "thừa dấu '}': không có nhóm '{' nào đang mở để đóng; hãy xóa nó, hoặc nếu '}' thuộc giá trị, hãy "
     "đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: flow mapping with invalid extra closing brace",
     "YAML viết chưa đúng: thừa dấu '}': không có nhóm '{' nào đang mở để đóng; hãy xóa nó, hoặc nếu '}' "
     "thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: flow mapping with invalid extra closing brace",
     "phần đầu bài (front matter) viết chưa đúng YAML: thừa dấu '}': không có nhóm '{' nào đang mở để "
     "đóng; hãy xóa nó, hoặc nếu '}' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "mismatched flow sequence end",
     "dấu ']' không khớp: nhóm mở bằng '{' phải đóng bằng '}', chỉ danh sách mở bằng '[' mới đóng bằng "
     "']'; nếu ']' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: mismatched flow sequence end",
     "YAML viết chưa đúng: dấu ']' không khớp: nhóm mở bằng '{' phải đóng bằng '}', chỉ danh sách mở bằng "
     "'[' mới đóng bằng ']'; nếu ']' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: mismatched flow sequence end",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu ']' không khớp: nhóm mở bằng '{' phải đóng "
     "bằng '}', chỉ danh sách mở bằng '[' mới đóng bằng ']'; nếu ']' thuộc giá trị, hãy đặt cả giá trị "
     "trong dấu ngoặc kép \"...\""},
    {"*", "mismatched flow mapping end",
     "dấu '}' không khớp: danh sách mở bằng '[' phải đóng bằng ']', chỉ nhóm mở bằng '{' mới đóng bằng "
     "'}'; nếu '}' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: mismatched flow mapping end",
     "YAML viết chưa đúng: dấu '}' không khớp: danh sách mở bằng '[' phải đóng bằng ']', chỉ nhóm mở bằng "
     "'{' mới đóng bằng '}'; nếu '}' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: mismatched flow mapping end",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '}' không khớp: danh sách mở bằng '[' phải "
     "đóng bằng ']', chỉ nhóm mở bằng '{' mới đóng bằng '}'; nếu '}' thuộc giá trị, hãy đặt cả giá trị "
     "trong dấu ngoặc kép \"...\""},
    {"*", "flow sequence with invalid comma in the beginning",
     "danh sách [...] bắt đầu bằng dấu ',': hãy xóa dấu ',' thừa đó"},
    {"*", "this is not valid YAML: flow sequence with invalid comma in the beginning",
     "YAML viết chưa đúng: danh sách [...] bắt đầu bằng dấu ',': hãy xóa dấu ',' thừa đó"},
    {"*", "the front matter is not valid YAML: flow sequence with invalid comma in the beginning",
     "phần đầu bài (front matter) viết chưa đúng YAML: danh sách [...] bắt đầu bằng dấu ',': hãy xóa dấu "
     "',' thừa đó"},
    {"*", "flow sequence with invalid extra comma",
     "thừa dấu ',' trong danh sách [...] (hai dấu ',' liền nhau): hãy xóa một dấu"},
    {"*", "this is not valid YAML: flow sequence with invalid extra comma",
     "YAML viết chưa đúng: thừa dấu ',' trong danh sách [...] (hai dấu ',' liền nhau): hãy xóa một dấu"},
    {"*", "the front matter is not valid YAML: flow sequence with invalid extra comma",
     "phần đầu bài (front matter) viết chưa đúng YAML: thừa dấu ',' trong danh sách [...] (hai dấu ',' "
     "liền nhau): hãy xóa một dấu"},
    {"*", "invalid comment after comma",
     "dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: invalid comment after comma",
     "YAML viết chưa đúng: dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: invalid comment after comma",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' bắt đầu một ghi chú và phải có một dấu "
     "cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "invalid comment after sequence start",
     "dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: invalid comment after sequence start",
     "YAML viết chưa đúng: dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: invalid comment after sequence start",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' bắt đầu một ghi chú và phải có một dấu "
     "cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "invalid comment after mapping start",
     "dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: invalid comment after mapping start",
     "YAML viết chưa đúng: dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: invalid comment after mapping start",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' bắt đầu một ghi chú và phải có một dấu "
     "cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "invalid comment after end of flow sequence",
     "dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: invalid comment after end of flow sequence",
     "YAML viết chưa đúng: dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: invalid comment after end of flow sequence",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' bắt đầu một ghi chú và phải có một dấu "
     "cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "invalid comment after end of flow mapping",
     "dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: invalid comment after end of flow mapping",
     "YAML viết chưa đúng: dấu '#' bắt đầu một ghi chú và phải có một dấu cách đứng trước: nếu '#' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: invalid comment after end of flow mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' bắt đầu một ghi chú và phải có một dấu "
     "cách đứng trước: nếu '#' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    // YAML: characters a value cannot start with
    {"*", "plain scalar cannot start with '{}'",
     "giá trị không có dấu ngoặc kép thì không được bắt đầu bằng ký tự '{1}': hãy đặt cả giá trị trong "
     "dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: plain scalar cannot start with '{}'",
     "YAML viết chưa đúng: giá trị không có dấu ngoặc kép thì không được bắt đầu bằng ký tự '{1}': hãy "
     "đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: plain scalar cannot start with '{}'",
     "phần đầu bài (front matter) viết chưa đúng YAML: giá trị không có dấu ngoặc kép thì không được bắt "
     "đầu bằng ký tự '{1}': hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "plain scalar cannot start with '{}' followed by blank",
     "giá trị không được bắt đầu bằng '{1}' rồi một dấu cách: nếu đây là một mục danh sách, hãy đặt nó ở "
     "đầu một dòng riêng và thụt lề bằng dấu cách (không dùng Tab); nếu không, hãy đặt cả giá trị trong "
     "dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: plain scalar cannot start with '{}' followed by blank",
     "YAML viết chưa đúng: giá trị không được bắt đầu bằng '{1}' rồi một dấu cách: nếu đây là một mục "
     "danh sách, hãy đặt nó ở đầu một dòng riêng và thụt lề bằng dấu cách (không dùng Tab); nếu không, "
     "hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: plain scalar cannot start with '{}' followed by blank",
     "phần đầu bài (front matter) viết chưa đúng YAML: giá trị không được bắt đầu bằng '{1}' rồi một dấu "
     "cách: nếu đây là một mục danh sách, hãy đặt nó ở đầu một dòng riêng và thụt lề bằng dấu cách (không "
     "dùng Tab); nếu không, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "plain scalar cannot start with '{}' followed by blank (in block context)",
     "giá trị không được bắt đầu bằng '{1}' rồi một dấu cách: hãy xóa ký tự thừa (và các Tab) ở đầu dòng; "
     "nếu nó thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: plain scalar cannot start with '{}' followed by blank (in block context)",
     "YAML viết chưa đúng: giá trị không được bắt đầu bằng '{1}' rồi một dấu cách: hãy xóa ký tự thừa (và "
     "các Tab) ở đầu dòng; nếu nó thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*",
     "the front matter is not valid YAML: plain scalar cannot start with '{}' followed by blank (in block "
     "context)",
     "phần đầu bài (front matter) viết chưa đúng YAML: giá trị không được bắt đầu bằng '{1}' rồi một dấu "
     "cách: hãy xóa ký tự thừa (và các Tab) ở đầu dòng; nếu nó thuộc giá trị, hãy đặt cả giá trị trong "
     "dấu ngoặc kép \"...\""},
    {"*", "plain scalar cannot start with '{}' followed by ,[]{} (in flow context)",
     "trong [...] hay {...}, giá trị không được là '{1}' đứng ngay trước dấu ',', '[', ']', '{' hoặc '}': "
     "hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: plain scalar cannot start with '{}' followed by ,[]{} (in flow context)",
     "YAML viết chưa đúng: trong [...] hay {...}, giá trị không được là '{1}' đứng ngay trước dấu ',', "
     "'[', ']', '{' hoặc '}': hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*",
     "the front matter is not valid YAML: plain scalar cannot start with '{}' followed by ,[]{} (in flow "
     "context)",
     "phần đầu bài (front matter) viết chưa đúng YAML: trong [...] hay {...}, giá trị không được là '{1}' "
     "đứng ngay trước dấu ',', '[', ']', '{' hoặc '}': hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "invalid anchor detected",
     "dấu '&' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu '&' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "this is not valid YAML: invalid anchor detected",
     "YAML viết chưa đúng: dấu '&' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu '&' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "the front matter is not valid YAML: invalid anchor detected",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '&' ở đầu một tên hay một giá trị có nghĩa "
     "riêng trong YAML: nếu '&' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, "
     "hãy xóa nó"},
    {"*", "invalid alias detected",
     "dấu '*' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu '*' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "this is not valid YAML: invalid alias detected",
     "YAML viết chưa đúng: dấu '*' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu '*' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "the front matter is not valid YAML: invalid alias detected",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '*' ở đầu một tên hay một giá trị có nghĩa "
     "riêng trong YAML: nếu '*' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, "
     "hãy xóa nó"},
    {"*", "invalid tag terminator",
     "dấu '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu '!' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "this is not valid YAML: invalid tag terminator",
     "YAML viết chưa đúng: dấu '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu '!' thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa nó"},
    {"*", "the front matter is not valid YAML: invalid tag terminator",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '!' ở đầu một tên hay một giá trị có nghĩa "
     "riêng trong YAML: nếu '!' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, "
     "hãy xóa nó"},
    {"*", "invalid tag indent for sequence",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: invalid tag indent for sequence",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: invalid tag indent for sequence",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "invalid tag indent for mapping",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: invalid tag indent for mapping",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: invalid tag indent for mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "invalid anchor indent for sequence",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: invalid anchor indent for sequence",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: invalid anchor indent for sequence",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "invalid anchor indent for mapping",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: invalid anchor indent for mapping",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: invalid anchor indent for mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "illegal block sequence on the same line as the tag",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: illegal block sequence on the same line as the tag",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: illegal block sequence on the same line as the tag",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "illegal block sequence on the same line as anchor",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: illegal block sequence on the same line as anchor",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: illegal block sequence on the same line as anchor",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "invalid combination of anchor plus alias",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: invalid combination of anchor plus alias",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: invalid combination of anchor plus alias",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "two anchors for a single value while in mapping",
     "các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong YAML: nếu chúng thuộc "
     "giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "this is not valid YAML: two anchors for a single value while in mapping",
     "YAML viết chưa đúng: các ký tự '&', '*' và '!' ở đầu một tên hay một giá trị có nghĩa riêng trong "
     "YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\"; nếu gõ nhầm, hãy xóa "
     "chúng"},
    {"*", "the front matter is not valid YAML: two anchors for a single value while in mapping",
     "phần đầu bài (front matter) viết chưa đúng YAML: các ký tự '&', '*' và '!' ở đầu một tên hay một "
     "giá trị có nghĩa riêng trong YAML: nếu chúng thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép "
     "\"...\"; nếu gõ nhầm, hãy xóa chúng"},
    {"*", "the alias '*{}' does not match any anchor '&{}' written before it",
     "'*{1}': dấu '*' ở đầu giá trị có nghĩa riêng trong YAML (gọi lại một giá trị đã đánh dấu '&{2}', mà "
     "ở đây không có): nếu '*' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\", ví dụ \"*{1}\""},
    {"*", "this is not valid YAML: the alias '*{}' does not match any anchor '&{}' written before it",
     "YAML viết chưa đúng: '*{1}': dấu '*' ở đầu giá trị có nghĩa riêng trong YAML (gọi lại một giá trị "
     "đã đánh dấu '&{2}', mà ở đây không có): nếu '*' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc "
     "kép \"...\", ví dụ \"*{1}\""},
    {"*", "the front matter is not valid YAML: the alias '*{}' does not match any anchor '&{}' written before it",
     "phần đầu bài (front matter) viết chưa đúng YAML: '*{1}': dấu '*' ở đầu giá trị có nghĩa riêng trong "
     "YAML (gọi lại một giá trị đã đánh dấu '&{2}', mà ở đây không có): nếu '*' thuộc giá trị, hãy đặt cả "
     "giá trị trong dấu ngoặc kép \"...\", ví dụ \"*{1}\""},
    // YAML: blocks of text after '|' or '>'
    {"*", "block scalar no linebreak found",
     "sau dấu '|' hoặc '>' phải xuống dòng ngay, rồi viết văn bản ở các dòng sau, thụt lề vào: nếu '|' "
     "hay '>' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: block scalar no linebreak found",
     "YAML viết chưa đúng: sau dấu '|' hoặc '>' phải xuống dòng ngay, rồi viết văn bản ở các dòng sau, "
     "thụt lề vào: nếu '|' hay '>' thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: block scalar no linebreak found",
     "phần đầu bài (front matter) viết chưa đúng YAML: sau dấu '|' hoặc '>' phải xuống dòng ngay, rồi "
     "viết văn bản ở các dòng sau, thụt lề vào: nếu '|' hay '>' thuộc giá trị, hãy đặt cả giá trị trong "
     "dấu ngoặc kép \"...\""},
    {"*", "wrongly indented block scalar in block mode",
     "dấu '|' hoặc '>' ở đây (bắt đầu một đoạn văn bản nhiều dòng) đặt sai chỗ: nếu gõ nhầm, hãy xóa nó; "
     "nếu nó thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "this is not valid YAML: wrongly indented block scalar in block mode",
     "YAML viết chưa đúng: dấu '|' hoặc '>' ở đây (bắt đầu một đoạn văn bản nhiều dòng) đặt sai chỗ: nếu "
     "gõ nhầm, hãy xóa nó; nếu nó thuộc giá trị, hãy đặt cả giá trị trong dấu ngoặc kép \"...\""},
    {"*", "the front matter is not valid YAML: wrongly indented block scalar in block mode",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '|' hoặc '>' ở đây (bắt đầu một đoạn văn bản "
     "nhiều dòng) đặt sai chỗ: nếu gõ nhầm, hãy xóa nó; nếu nó thuộc giá trị, hãy đặt cả giá trị trong "
     "dấu ngoặc kép \"...\""},
    {"*", "block scalar with wrongly indented line after spaces only",
     "trong đoạn văn bản sau '|' hoặc '>', một dòng trống có nhiều dấu cách hơn các dòng chữ sau nó: hãy "
     "xóa các dấu cách trên dòng trống đó"},
    {"*", "this is not valid YAML: block scalar with wrongly indented line after spaces only",
     "YAML viết chưa đúng: trong đoạn văn bản sau '|' hoặc '>', một dòng trống có nhiều dấu cách hơn các "
     "dòng chữ sau nó: hãy xóa các dấu cách trên dòng trống đó"},
    {"*", "the front matter is not valid YAML: block scalar with wrongly indented line after spaces only",
     "phần đầu bài (front matter) viết chưa đúng YAML: trong đoạn văn bản sau '|' hoặc '>', một dòng "
     "trống có nhiều dấu cách hơn các dòng chữ sau nó: hãy xóa các dấu cách trên dòng trống đó"},
    {"*", "empty block scalar with wrongly indented comment line after spaces only",
     "sau '|' hoặc '>' chưa có văn bản, và một dòng trống có nhiều dấu cách hơn dòng ghi chú '#' sau nó: "
     "hãy xóa các dấu cách trên dòng trống đó"},
    {"*", "this is not valid YAML: empty block scalar with wrongly indented comment line after spaces only",
     "YAML viết chưa đúng: sau '|' hoặc '>' chưa có văn bản, và một dòng trống có nhiều dấu cách hơn dòng "
     "ghi chú '#' sau nó: hãy xóa các dấu cách trên dòng trống đó"},
    {"*",
     "the front matter is not valid YAML: empty block scalar with wrongly indented comment line after "
     "spaces only",
     "phần đầu bài (front matter) viết chưa đúng YAML: sau '|' hoặc '>' chưa có văn bản, và một dòng "
     "trống có nhiều dấu cách hơn dòng ghi chú '#' sau nó: hãy xóa các dấu cách trên dòng trống đó"},
    {"*", "invalid comment without whitespace after block scalar indicator",
     "dấu '#' đứng ngay sau '|' hoặc '>': ghi chú phải cách chúng một dấu cách"},
    {"*", "this is not valid YAML: invalid comment without whitespace after block scalar indicator",
     "YAML viết chưa đúng: dấu '#' đứng ngay sau '|' hoặc '>': ghi chú phải cách chúng một dấu cách"},
    {"*", "the front matter is not valid YAML: invalid comment without whitespace after block scalar indicator",
     "phần đầu bài (front matter) viết chưa đúng YAML: dấu '#' đứng ngay sau '|' hoặc '>': ghi chú phải "
     "cách chúng một dấu cách"},
    {"*",
     "the text of the block that starts with '{}' on line {} must be indented more than the name before "
     "it: add spaces at the start of its lines",
     "văn bản của đoạn bắt đầu bằng '{1}' ở dòng {2} phải thụt lề sâu hơn tên đứng trước nó: hãy thêm dấu "
     "cách ở đầu các dòng văn bản"},
    {"*",
     "this is not valid YAML: the text of the block that starts with '{}' on line {} must be indented "
     "more than the name before it: add spaces at the start of its lines",
     "YAML viết chưa đúng: văn bản của đoạn bắt đầu bằng '{1}' ở dòng {2} phải thụt lề sâu hơn tên đứng "
     "trước nó: hãy thêm dấu cách ở đầu các dòng văn bản"},
    {"*",
     "the front matter is not valid YAML: the text of the block that starts with '{}' on line {} must be "
     "indented more than the name before it: add spaces at the start of its lines",
     "phần đầu bài (front matter) viết chưa đúng YAML: văn bản của đoạn bắt đầu bằng '{1}' ở dòng {2} "
     "phải thụt lề sâu hơn tên đứng trước nó: hãy thêm dấu cách ở đầu các dòng văn bản"},
    {"*",
     "the text of the block that starts with '{}' on line {} must be indented: add spaces at the start of "
     "its lines",
     "văn bản của đoạn bắt đầu bằng '{1}' ở dòng {2} phải được thụt lề: hãy thêm dấu cách ở đầu các dòng "
     "văn bản"},
    {"*",
     "this is not valid YAML: the text of the block that starts with '{}' on line {} must be indented: "
     "add spaces at the start of its lines",
     "YAML viết chưa đúng: văn bản của đoạn bắt đầu bằng '{1}' ở dòng {2} phải được thụt lề: hãy thêm dấu "
     "cách ở đầu các dòng văn bản"},
    {"*",
     "the front matter is not valid YAML: the text of the block that starts with '{}' on line {} must be "
     "indented: add spaces at the start of its lines",
     "phần đầu bài (front matter) viết chưa đúng YAML: văn bản của đoạn bắt đầu bằng '{1}' ở dòng {2} "
     "phải được thụt lề: hãy thêm dấu cách ở đầu các dòng văn bản"},
    // YAML: the text of the file
    {"*", "the text is not UTF-8: save the file again with the UTF-8 encoding",
     "tệp không được lưu bằng bảng mã UTF-8: hãy lưu lại tệp với bảng mã (encoding) UTF-8"},
    {"*", "this is not valid YAML: the text is not UTF-8: save the file again with the UTF-8 encoding",
     "YAML viết chưa đúng: tệp không được lưu bằng bảng mã UTF-8: hãy lưu lại tệp với bảng mã (encoding) "
     "UTF-8"},
    {"*", "the front matter is not valid YAML: the text is not UTF-8: save the file again with the UTF-8 encoding",
     "phần đầu bài (front matter) viết chưa đúng YAML: tệp không được lưu bằng bảng mã UTF-8: hãy lưu lại "
     "tệp với bảng mã (encoding) UTF-8"},
    {"*", "this text holds a control character ({}) that YAML does not allow: save the file again as plain text",
     "tệp có một ký tự điều khiển ({1}) mà YAML không cho phép: hãy xóa ký tự đó, hoặc lưu lại tệp ở dạng "
     "văn bản thuần (plain text)"},
    {"*",
     "this is not valid YAML: this text holds a control character ({}) that YAML does not allow: save the "
     "file again as plain text",
     "YAML viết chưa đúng: tệp có một ký tự điều khiển ({1}) mà YAML không cho phép: hãy xóa ký tự đó, "
     "hoặc lưu lại tệp ở dạng văn bản thuần (plain text)"},
    {"*",
     "the front matter is not valid YAML: this text holds a control character ({}) that YAML does not "
     "allow: save the file again as plain text",
     "phần đầu bài (front matter) viết chưa đúng YAML: tệp có một ký tự điều khiển ({1}) mà YAML không "
     "cho phép: hãy xóa ký tự đó, hoặc lưu lại tệp ở dạng văn bản thuần (plain text)"},
    {"*", "a tab stands before '{}' here: YAML does not allow a tab before a block; write spaces",
     "có ký tự Tab đứng trước '{1}' ở đây: YAML không cho phép Tab ở chỗ này; hãy thay Tab bằng dấu cách"},
    {"*",
     "this is not valid YAML: a tab stands before '{}' here: YAML does not allow a tab before a block; "
     "write spaces",
     "YAML viết chưa đúng: có ký tự Tab đứng trước '{1}' ở đây: YAML không cho phép Tab ở chỗ này; hãy "
     "thay Tab bằng dấu cách"},
    {"*",
     "the front matter is not valid YAML: a tab stands before '{}' here: YAML does not allow a tab before "
     "a block; write spaces",
     "phần đầu bài (front matter) viết chưa đúng YAML: có ký tự Tab đứng trước '{1}' ở đây: YAML không "
     "cho phép Tab ở chỗ này; hãy thay Tab bằng dấu cách"},
    {"*", "the key '{}' is written twice",
     "tên '{1}' được viết hai lần trong cùng một nhóm: hãy xóa một dòng, hoặc gộp hai giá trị làm một"},
    {"*", "this is not valid YAML: the key '{}' is written twice",
     "YAML viết chưa đúng: tên '{1}' được viết hai lần trong cùng một nhóm: hãy xóa một dòng, hoặc gộp "
     "hai giá trị làm một"},
    {"*", "the front matter is not valid YAML: the key '{}' is written twice",
     "phần đầu bài (front matter) viết chưa đúng YAML: tên '{1}' được viết hai lần trong cùng một nhóm: "
     "hãy xóa một dòng, hoặc gộp hai giá trị làm một"},
    // YAML: the limits (core/yaml_document.hpp), in their own words; rule files put
    // "this is not valid YAML: " before them too
    {"*", "the values here are nested more than 100 levels deep: Webtruong reads at most 100 levels",
     "các giá trị ở đây lồng vào nhau quá 100 tầng: Webtruong chỉ đọc tối đa 100 tầng"},
    {"rules.yaml",
     "this is not valid YAML: the values here are nested more than 100 levels deep: Webtruong reads at "
     "most 100 levels",
     "YAML viết chưa đúng: các giá trị ở đây lồng vào nhau quá 100 tầng: Webtruong chỉ đọc tối đa 100 tầng"},
    {"*", "the alias '*{}' makes the aliases of this file repeat more than 100000 values: Webtruong expands no more",
     "bí danh '*{1}' làm các bí danh (alias) của tệp này lặp lại hơn 100.000 giá trị: Webtruong không mở "
     "rộng thêm nữa"},
    {"rules.yaml",
     "this is not valid YAML: the alias '*{}' makes the aliases of this file repeat more than 100000 "
     "values: Webtruong expands no more",
     "YAML viết chưa đúng: bí danh '*{1}' làm các bí danh (alias) của tệp này lặp lại hơn 100.000 giá "
     "trị: Webtruong không mở rộng thêm nữa"},
    {"*", "the alias '*{}' makes the aliases of this file repeat more than 10 MB of text: Webtruong expands no more",
     "bí danh '*{1}' làm các bí danh (alias) của tệp này lặp lại hơn 10 MB văn bản: Webtruong không mở "
     "rộng thêm nữa"},
    {"rules.yaml",
     "this is not valid YAML: the alias '*{}' makes the aliases of this file repeat more than 10 MB of "
     "text: Webtruong expands no more",
     "YAML viết chưa đúng: bí danh '*{1}' làm các bí danh (alias) của tệp này lặp lại hơn 10 MB văn bản: "
     "Webtruong không mở rộng thêm nữa"},
    // YAML: any other message of libfyaml (its words kept, in parentheses)
    {"*", "this is not valid YAML: {}",
     "YAML viết chưa đúng ({1}): hãy kiểm tra cách viết ở dòng này và các dòng ngay trên"},
    {"*", "the front matter is not valid YAML: {}",
     "phần đầu bài (front matter) viết chưa đúng YAML ({1}): hãy kiểm tra cách viết ở dòng này và các "
     "dòng ngay trên"},
    // core/file_io.cpp, core/file_system.cpp: why a file is not read (FileError), reported
    // under its own code by every reader (site.yaml, content, data, themes, static files ...)
    {"file.missing", "this file does not exist",
     "tệp này không tồn tại"},
    {"file.link-loop", "this link is part of a loop of symbolic links",
     "liên kết tắt (symbolic link) này nằm trong một vòng lặp các liên kết: hãy sửa hoặc xóa liên kết"},
    {"file.read", "cannot read this file: {}",
     "không đọc được tệp này ({1})"},
    {"file.read", "cannot read this file: Permission denied",
     "không đọc được tệp này: không có quyền truy cập"},
    {"file.read", "cannot read this file: Operation not permitted",
     "không đọc được tệp này: thao tác này không được phép"},
    {"file.read", "cannot read this file: Input/output error",
     "không đọc được tệp này: ổ đĩa gặp trục trặc khi đọc hoặc ghi"},
    {"file.read", "cannot read this file: No such file or directory",
     "không đọc được tệp này: không tìm thấy tệp hay thư mục này"},
    {"file.read", "cannot read this file: Not a directory",
     "không đọc được tệp này: một phần của đường dẫn không phải là thư mục"},
    {"file.read", "cannot read this file: Is a directory",
     "không đọc được tệp này: đó là một thư mục"},
    {"file.read", "cannot read this file: Too many open files",
     "không đọc được tệp này: đang mở quá nhiều tệp cùng lúc"},
    {"file.read", "cannot read this file: File name too long",
     "không đọc được tệp này: tên tệp quá dài"},
    {"file.read", "cannot read this file: Cannot allocate memory",
     "không đọc được tệp này: máy không đủ bộ nhớ"},
    {"file.read", "cannot read this file: Stale file handle",
     "không đọc được tệp này: tệp trên ổ mạng không còn truy cập được"},
    {"file.too-large", "this file is {} MB; files over {} MB are not read",
     "tệp này nặng {1} MB; Webtruong không đọc tệp lớn hơn {2} MB"},
    {"file.special", "this is a named pipe (FIFO), not a file",
     "đây là một đường ống có tên (named pipe, FIFO), không phải tệp: hãy xóa nó khỏi thư mục"},
    {"file.special", "this is a socket, not a file",
     "đây là một socket, không phải tệp: hãy xóa nó khỏi thư mục"},
    {"file.special", "this is a device, not a file",
     "đây là một thiết bị, không phải tệp: hãy xóa nó khỏi thư mục"},
    {"file.special", "this is a folder, not a file",
     "đây là một thư mục, không phải tệp"},
    {"file.special", "this is not a regular file",
     "đây không phải một tệp thông thường: hãy xóa nó khỏi thư mục"},
    {"file.broken-link", "this link points to '{}', which does not exist",
     "liên kết tắt (symbolic link) này trỏ đến '{1}', nơi không tồn tại: hãy sửa hoặc xóa liên kết"},
    {"file.outside-site",
     "this is a link to '{}', outside the site folder; copy what it points to into the site instead",
     "đây là liên kết tắt (symbolic link) trỏ đến '{1}', nằm ngoài thư mục trang web: hãy chép chính tệp "
     "hoặc thư mục đó vào trong thư mục trang web"},
    {"file.outside-site",
     "this leads through a link to '{}', outside the site folder; copy what it points to into the site "
     "instead",
     "đường dẫn này đi qua một liên kết tắt (symbolic link) đến '{1}', nằm ngoài thư mục trang web: hãy "
     "chép chính tệp hoặc thư mục đó vào trong thư mục trang web"},
    {"file.outside-site", "this leads to '{}', outside the site folder",
     "đường dẫn này dẫn đến '{1}', nằm ngoài thư mục trang web"},
    {"file.outside-site",
     "this is a link to '{}', outside the theme folder; copy what it points to into the site instead",
     "đây là liên kết tắt (symbolic link) trỏ đến '{1}', nằm ngoài thư mục giao diện: hãy chép chính tệp "
     "hoặc thư mục đó vào trong thư mục giao diện"},
    {"file.outside-site",
     "this leads through a link to '{}', outside the theme folder; copy what it points to into the site "
     "instead",
     "đường dẫn này đi qua một liên kết tắt (symbolic link) đến '{1}', nằm ngoài thư mục giao diện: hãy "
     "chép chính tệp hoặc thư mục đó vào trong thư mục giao diện"},
    {"file.outside-site", "this leads to '{}', outside the theme folder",
     "đường dẫn này dẫn đến '{1}', nằm ngoài thư mục giao diện"},
    {"file.outside-site",
     "this is a link to '{}', outside the site pack; copy what it points to into the site instead",
     "đây là liên kết tắt (symbolic link) trỏ đến '{1}', nằm ngoài bộ mẫu trang web: hãy chép chính tệp "
     "hoặc thư mục đó vào trong bộ mẫu"},
    {"file.outside-site",
     "this leads through a link to '{}', outside the site pack; copy what it points to into the site "
     "instead",
     "đường dẫn này đi qua một liên kết tắt (symbolic link) đến '{1}', nằm ngoài bộ mẫu trang web: hãy "
     "chép chính tệp hoặc thư mục đó vào trong bộ mẫu"},
    {"file.outside-site", "this leads to '{}', outside the site pack",
     "đường dẫn này dẫn đến '{1}', nằm ngoài bộ mẫu trang web"},
    {"file.outside-site", "this is a link to '{}', outside the folder; copy what it points to into the site instead",
     "đây là liên kết tắt (symbolic link) trỏ đến '{1}', nằm ngoài thư mục: hãy chép chính tệp hoặc thư "
     "mục đó vào trong thư mục"},
    {"file.outside-site",
     "this leads through a link to '{}', outside the folder; copy what it points to into the site instead",
     "đường dẫn này đi qua một liên kết tắt (symbolic link) đến '{1}', nằm ngoài thư mục: hãy chép chính "
     "tệp hoặc thư mục đó vào trong thư mục"},
    {"file.outside-site", "this leads to '{}', outside the folder",
     "đường dẫn này dẫn đến '{1}', nằm ngoài thư mục"},
    {"file.outside-site", "this is a link to '{}', outside {}; copy what it points to into the site instead",
     "đây là liên kết tắt (symbolic link) trỏ đến '{1}', nằm ngoài chỗ được phép ({2}): hãy chép chính "
     "tệp hoặc thư mục đó vào trong trang web"},
    {"file.outside-site",
     "this leads through a link to '{}', outside {}; copy what it points to into the site instead",
     "đường dẫn này đi qua một liên kết tắt (symbolic link) đến '{1}', nằm ngoài chỗ được phép ({2}): hãy "
     "chép chính tệp hoặc thư mục đó vào trong trang web"},
    // core/file_walk.cpp: listing folders
    {"file.list", "cannot list this folder: {}",
     "không xem được nội dung thư mục này ({1})"},
    {"file.list", "cannot list this folder: Permission denied",
     "không xem được nội dung thư mục này: không có quyền truy cập"},
    {"file.list", "cannot list this folder: No such file or directory",
     "không xem được nội dung thư mục này: không tìm thấy tệp hay thư mục này"},
    {"file.list", "cannot list this folder: Not a directory",
     "không xem được nội dung thư mục này: đây không phải một thư mục"},
    {"file.list", "cannot list this folder: Too many open files",
     "không xem được nội dung thư mục này: đang mở quá nhiều tệp cùng lúc"},
    {"file.list", "cannot list this folder: Input/output error",
     "không xem được nội dung thư mục này: ổ đĩa gặp trục trặc khi đọc hoặc ghi"},
    {"file.link-loop", "this link leads back to '{}', a folder it is inside (a loop)",
     "liên kết tắt (symbolic link) này dẫn ngược về '{1}', một thư mục chứa chính nó (vòng lặp): hãy sửa "
     "hoặc xóa liên kết"},
    // core/file_io.cpp: write_file_replacing(), as import reports it (output.write: in rendering.cpp)
    {"import.output.write", "cannot write {}: {}",
     "không ghi được {1} ({2})"},
    {"import.output.write", "cannot write {}: Permission denied",
     "không ghi được {1}: không có quyền ghi vào đó"},
    {"import.output.write", "cannot write {}: No space left on device",
     "không ghi được {1}: ổ đĩa đã hết chỗ trống"},
    {"import.output.write", "cannot write {}: Read-only file system",
     "không ghi được {1}: ổ đĩa này chỉ cho phép đọc"},
    {"import.output.write", "cannot write {}: Disk quota exceeded",
     "không ghi được {1}: đã dùng hết dung lượng được cấp trên ổ đĩa"},
    {"import.output.write", "cannot write {}: No such file or directory",
     "không ghi được {1}: thư mục chứa nó không tồn tại"},
    {"import.output.write", "cannot write {}: Input/output error",
     "không ghi được {1}: ổ đĩa gặp trục trặc khi ghi"},
    {"import.output.write", "cannot write {}: Is a directory",
     "không ghi được {1}: đó là một thư mục"},
    {"import.output.write", "cannot write {}: it is a folder",
     "không ghi được {1}: đó là một thư mục"},
    {"import.output.write", "cannot write {}: it names a folder, not a file",
     "không ghi được {1}: đó là tên một thư mục, không phải tệp"},
    {"import.output.write", "cannot write to the standard output: {}",
     "không ghi được ra đầu ra chuẩn ({1})"},
    {"import.output.write", "cannot write to the standard output: Broken pipe",
     "không ghi được ra đầu ra chuẩn: chương trình nhận dữ liệu đã đóng"},
    // core/shard.cpp: --shard, as the commands report it (portal build, audit)
    {"*", "'--shard' should be K/N with 1 <= K <= N <= 10000 (the K-th of N shards), not '{}'",
     "'--shard' phải có dạng K/N với 1 <= K <= N <= 10000 (phần thứ K trong N phần), không phải '{1}'"},
};

}  // namespace

std::span<const MessageTranslation> core() { return kMessages; }

}  // namespace wt::messages

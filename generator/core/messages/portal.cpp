#include "core/messages/catalog_parts.hpp"

namespace wt::messages {
namespace {

// portal/, hosting/ (nginx), importer/, scaffold/ (new), plugin/ and the text report of 'check'
// (compliance/report.cpp, code "check.report").
const MessageTranslation kMessages[] = {
    // portal/portal_build.cpp, portal/member_build.cpp: a member that did not build
    {"portal.member", "member '{}' was not built", "trường '{1}' không dựng được"},
    {"portal.member", "member '{}' was not built; its previous pages stay published",
     "trường '{1}' không dựng được; các trang đã đăng lần trước của trường vẫn được giữ nguyên"},
    {"portal.member", "the build of '{}' failed", "dựng trang của '{1}' không thành công"},
    // portal/portal_search.cpp: a member's own index that cannot be read back
    {"portal.search", "the search index of member '{}' cannot be read ({}): its pages are left out of the portal's search",
     "không đọc được chỉ mục tìm kiếm của trường '{1}' ({2}): các trang của trường này không có trong kết quả tìm kiếm "
     "của Cổng"},
    // portal/portal_config.cpp ('base_url' + config/base_url.cpp's why: site_input.cpp; YAML syntax: core.cpp)
    {"portal.type", "'{}' should be a text value", "'{1}' phải là một giá trị dạng chữ"},
    {"portal.unknown-key", "unknown setting '{}' in portal.yaml", "portal.yaml không có thiết lập nào tên '{1}'"},
    {"portal.unknown-key", "unknown setting '{}' in portal.yaml (did you mean '{}'?)",
     "portal.yaml không có thiết lập nào tên '{1}' (có phải ý bạn là '{2}'?)"},
    {"portal.unknown-key", "unknown setting '{}' in a member", "thành viên không có thiết lập nào tên '{1}'"},
    {"portal.unknown-key", "unknown setting '{}' in a member (did you mean '{}'?)",
     "thành viên không có thiết lập nào tên '{1}' (có phải ý bạn là '{2}'?)"},
    {"portal.rubric", "'rubric' should name a rubric of schemas/rubrics/, like vinh-phuc-2016-2017",
     "'rubric' phải là tên một bộ tiêu chí chấm điểm trong schemas/rubrics/, ví dụ vinh-phuc-2016-2017"},
    {"portal.missing", "portal.yaml has no '{}'", "portal.yaml chưa có '{1}'; hãy thêm vào"},
    {"portal.type", "'members' should be a list of member sites, each with 'slug' and 'source'",
     "'members' phải là danh sách các trang thành viên, mỗi trang có 'slug' và 'source'"},
    {"portal.base-url", "'base_url' should be the root of the portal's host, like https://phutho.edu.vn/, not the "
                        "folder '{}'",
     "'base_url' phải là địa chỉ gốc của máy chủ cổng, ví dụ https://phutho.edu.vn/, không phải thư mục '{1}'"},
    {"portal.type", "each member should have 'slug', 'source', 'commune' and 'school_type'",
     "mỗi thành viên cần có 'slug', 'source', 'commune' và 'school_type'"},
    {"portal.slug", "the slug '{}' should be lower-case letters a-z, digits and '-', like thcs-le-loi",
     "slug '{1}' chỉ được gồm chữ thường a-z không dấu, chữ số và '-', ví dụ thcs-le-loi"},
    {"portal.school-type", "'{}' is not a school type; write one of {}",
     "'{1}' không phải một loại trường; hãy ghi một trong các loại: {2}"},
    {"portal.missing", "this member has no '{}'", "thành viên này chưa có '{1}'"},
    {"portal.host", "a member has either 'path' or 'host', not both",
     "mỗi thành viên chỉ có 'path' hoặc 'host', không có cả hai"},
    {"portal.host", "'{}' is not a host name: write it in lower case without http:// or '/', like "
                    "thcsleloi.phutho.edu.vn",
     "'{1}' không phải tên máy chủ: hãy viết bằng chữ thường, không có http:// hay '/', ví dụ thcsleloi.phutho.edu.vn"},
    {"portal.path", "the path '{}' should be one folder of lower-case letters a-z, digits and '-', like /thcs-le-loi/",
     "đường dẫn '{1}' phải là một thư mục gồm chữ thường a-z không dấu, chữ số và '-', ví dụ /thcs-le-loi/"},
    {"portal.path", "the path '{}' is taken by the portal's own pages; choose another",
     "đường dẫn '{1}' đã được dùng cho các trang riêng của cổng; hãy chọn đường dẫn khác"},
    {"portal.member.clash", "two members with the slug '{}': this one ('{}') is not built; the member at {} ('{}') "
                            "has it",
     "hai thành viên cùng slug '{1}': thành viên này ('{2}') không được dựng; thành viên ở {3} ('{4}') đã dùng slug "
     "đó"},
    {"portal.member.clash", "two members with the path '{}': this one ('{}') is not built; the member at {} ('{}') "
                            "has it",
     "hai thành viên cùng đường dẫn '{1}': thành viên này ('{2}') không được dựng; thành viên ở {3} ('{4}') đã dùng "
     "đường dẫn đó"},
    {"portal.member.clash", "two members with the host '{}': this one ('{}') is not built; the member at {} ('{}') "
                            "has it",
     "hai thành viên cùng tên máy chủ '{1}': thành viên này ('{2}') không được dựng; thành viên ở {3} ('{4}') đã "
     "dùng tên máy chủ đó"},
    {"portal.type", "portal.yaml should be a mapping with name, province, base_url and members",
     "portal.yaml phải là một nhóm thiết lập dạng 'tên: giá trị', gồm name, province, base_url và members"},
    {"portal.read", "cannot read portal.yaml: it is not a readable file (a portal folder holds portal.yaml, see "
                    "docs/portal.md)",
     "không đọc được portal.yaml: tệp này không đọc được (thư mục cổng phải chứa portal.yaml, xem docs/portal.md)"},
    {"portal.read", "cannot read portal.yaml: there is none (a portal folder holds portal.yaml, see docs/portal.md)",
     "không đọc được portal.yaml: không có tệp này (thư mục cổng phải chứa portal.yaml, xem docs/portal.md)"},
    {"portal.rubric", "there is no rubric '{}' in {}", "không có bộ tiêu chí chấm điểm '{1}' trong {2}"},
    {"portal.member.source", "the source folder '{}' of member '{}' has no site.yaml; the member is not built",
     "thư mục nguồn '{1}' của thành viên '{2}' không có site.yaml; thành viên này không được dựng"},
    {"portal.member.source", "the source folder '{}' of member '{}' does not exist; the member is not built",
     "thư mục nguồn '{1}' của thành viên '{2}' không tồn tại; thành viên này không được dựng"},
    // portal/portal_build.cpp
    {"portal.theme", "the default theme was not found among the installed themes",
     "không tìm thấy giao diện mặc định (default) trong các giao diện đã cài đặt"},
    {"portal.theme", "cannot read the theme's static file", "không đọc được tệp tĩnh này của giao diện"},
    {"portal.merge.read", "cannot read the shard's report: is this the output of 'webtruong portal build --shard "
                          "K/N'?",
     "không đọc được báo cáo của phần này: đây có phải thư mục kết quả của 'webtruong portal build --shard K/N' "
     "không?"},
    {"portal.merge.report", "the shard's report is damaged: it is not JSON",
     "báo cáo của phần này bị hỏng: nó không phải JSON"},
    {"portal.merge.report", "the shard's report is damaged: {} must be an object",
     "báo cáo của phần này bị hỏng: {1} phải là một đối tượng JSON"},
    {"portal.merge.report", "the shard's report is damaged: {} must be a text",
     "báo cáo của phần này bị hỏng: {1} phải là một chuỗi chữ"},
    {"portal.merge.report", "the shard's report is damaged: {} must be true or false",
     "báo cáo của phần này bị hỏng: {1} phải là true hoặc false"},
    {"portal.merge.report", "the shard's report is damaged: {} must be a number",
     "báo cáo của phần này bị hỏng: {1} phải là một số"},
    {"portal.merge.report", "the shard's report is damaged: {} must be a whole number",
     "báo cáo của phần này bị hỏng: {1} phải là một số nguyên"},
    {"portal.merge.report", "the shard's report is damaged: {} must be a list",
     "báo cáo của phần này bị hỏng: {1} phải là một danh sách"},
    {"portal.merge.report", "the shard's report is damaged: the report must be an object",
     "báo cáo của phần này bị hỏng: cả báo cáo phải là một đối tượng JSON"},
    {"portal.merge.shard", "this is not the output of a shard ('portal build --shard K/N')",
     "đây không phải kết quả của một phần ('portal build --shard K/N')"},
    {"portal.merge.portal", "this shard was built from another portal.yaml than {}",
     "phần này được dựng từ một portal.yaml khác với {1}"},
    {"portal.merge.shard", "shard {} does not fit: the shards must be 1/N to N/N, each once",
     "phần {1} không khớp: các phần phải là 1/N đến N/N, mỗi phần đúng một lần"},
    {"portal.merge.missing", "shards missing: {}", "còn thiếu các phần: {1}"},
    {"portal.merge.members", "the shards do not hold every member of portal.yaml exactly once",
     "các phần không chứa mỗi thành viên của portal.yaml đúng một lần"},
    // portal/dashboard.cpp
    {"portal.dashboard.layout", "the theme has no layout 'portal-dashboard' for the compliance dashboard",
     "giao diện không có mẫu 'portal-dashboard' cho bảng theo dõi việc thực hiện quy định"},
    // portal/audit_history_sqlite.cpp, portal/audit_history_postgres.cpp
    {"portal.audit-db.version", "the audit history has schema version {}, newer than this webtruong reads ({}): use "
                                "a newer webtruong",
     "lịch sử đánh giá có cấu trúc phiên bản {1}, mới hơn phiên bản webtruong này đọc được ({2}): hãy dùng webtruong "
     "mới hơn"},
    {"portal.audit-db.format", "the file is not an audit history written by 'webtruong audit --db' (it has none of "
                               "its tables)",
     "tệp này không phải lịch sử đánh giá do 'webtruong audit --db' ghi (không có bảng nào của nó)"},
    {"portal.audit-db.format", "the file is not an audit history written by 'webtruong audit --db' ({})",
     "tệp này không phải lịch sử đánh giá do 'webtruong audit --db' ghi ({1})"},
    {"portal.audit-db.format", "the file is not an audit history written by 'webtruong audit --db' (file is not a "
                               "database)",
     "tệp này không phải lịch sử đánh giá do 'webtruong audit --db' ghi (tệp không phải cơ sở dữ liệu SQLite)"},
    {"portal.audit-db.format", "the file is not an audit history written by 'webtruong audit --db' (database disk "
                               "image is malformed)",
     "tệp này không phải lịch sử đánh giá do 'webtruong audit --db' ghi (tệp cơ sở dữ liệu bị hỏng)"},
    {"portal.audit-db.format", "the database is not an audit history written by 'webtruong audit --db' (it has none "
                               "of its tables)",
     "cơ sở dữ liệu này không phải lịch sử đánh giá do 'webtruong audit --db' ghi (không có bảng nào của nó)"},
    {"portal.audit-db.format", "the result of {} in crawl {} is not the JSON 'webtruong audit' records",
     "kết quả của {1} trong lần thu thập {2} không phải dữ liệu JSON do 'webtruong audit' ghi"},
    {"portal.audit-db.format", "section '{}' of {} in crawl {} has no 'found' true or false",
     "mục '{1}' của {2} trong lần thu thập {3} không có 'found' là true hoặc false"},
    {"portal.audit-db.open", "cannot read the audit history: no such file",
     "không đọc được lịch sử đánh giá: không có tệp này"},
    {"portal.audit-db.open", "cannot read the audit history: not a regular file",
     "không đọc được lịch sử đánh giá: đây không phải một tệp thông thường"},
    {"portal.audit-db.open", "cannot read the audit history: this webtruong was built without PostgreSQL (libpqxx)",
     "không đọc được lịch sử đánh giá: bản webtruong này được dựng không kèm PostgreSQL (libpqxx)"},
    {"portal.audit-db.open", "cannot read the audit history: {}", "không đọc được lịch sử đánh giá ({1})"},
    {"portal.audit-db.open", "cannot read the audit history: {}Connection refused{}",
     "không đọc được lịch sử đánh giá: máy chủ PostgreSQL từ chối kết nối; hãy kiểm tra máy chủ đang chạy, và địa "
     "chỉ, cổng ghi trong --db"},
    {"portal.audit-db.open", "cannot read the audit history: {}password authentication failed{}",
     "không đọc được lịch sử đánh giá: sai tên người dùng hoặc mật khẩu PostgreSQL ghi trong --db"},
    {"portal.audit-db.read", "cannot read the audit history: {}", "không đọc được lịch sử đánh giá ({1})"},
    {"portal.audit-db.read", "cannot read the audit history: {}Connection refused{}",
     "không đọc được lịch sử đánh giá: máy chủ PostgreSQL từ chối kết nối; hãy kiểm tra máy chủ đang chạy, và địa "
     "chỉ, cổng ghi trong --db"},
    {"portal.audit-db.read", "cannot read the audit history: {}password authentication failed{}",
     "không đọc được lịch sử đánh giá: sai tên người dùng hoặc mật khẩu PostgreSQL ghi trong --db"},
    {"portal.audit-db.read", "cannot read the audit history: database is locked",
     "không đọc được lịch sử đánh giá: cơ sở dữ liệu đang bị một chương trình khác khóa; hãy thử lại sau"},
    {"portal.audit-db.read", "cannot read the audit history: unable to open database file",
     "không đọc được lịch sử đánh giá: không mở được tệp cơ sở dữ liệu"},
    {"portal.audit-db.read", "cannot read the audit history: disk I/O error",
     "không đọc được lịch sử đánh giá: đọc ổ đĩa không được"},
    {"portal.audit-db.read", "cannot read the audit history: no such table: {}",
     "không đọc được lịch sử đánh giá: thiếu bảng {1}; tệp không phải lịch sử đánh giá đầy đủ"},
    {"portal.audit-db.read", "cannot read the audit history: no such column: {}",
     "không đọc được lịch sử đánh giá: thiếu cột {1}; tệp không phải lịch sử đánh giá đầy đủ"},
    // hosting/nginx_config.cpp (the `why` of hosting/nginx_values.cpp after each)
    {"hosting.host", "the host name '{}' is not a host name", "'{1}' không phải tên máy chủ"},
    {"hosting.host", "the portal's host name '{}' is not a host name",
     "tên máy chủ của cổng: '{1}' không phải tên máy chủ"},
    {"hosting.host", "the host name '{}' is not a host name (labels of letters, digits and '-', joined by '.')",
     "'{1}' không phải tên máy chủ (gồm các phần bằng chữ cái, chữ số và '-', nối với nhau bằng '.')"},
    {"hosting.host", "the portal's host name '{}' is not a host name (labels of letters, digits and '-', joined by "
                     "'.')",
     "tên máy chủ của cổng: '{1}' không phải tên máy chủ (gồm các phần bằng chữ cái, chữ số và '-', nối với nhau "
     "bằng '.')"},
    {"hosting.host", "the host name '{}' is not a host name: '{}' is not allowed (write a Vietnamese name in its "
                     "xn-- form)",
     "'{1}' không phải tên máy chủ: không được có '{2}' (tên tiếng Việt hãy viết ở dạng xn--)"},
    {"hosting.host", "the portal's host name '{}' is not a host name: '{}' is not allowed (write a Vietnamese name "
                     "in its xn-- form)",
     "tên máy chủ của cổng: '{1}' không phải tên máy chủ: không được có '{2}' (tên tiếng Việt hãy viết ở dạng xn--)"},
    {"hosting.host", "the host name '{}' is not a host name: a space is not allowed (write a Vietnamese name in its "
                     "xn-- form)",
     "'{1}' không phải tên máy chủ: không được có dấu cách (tên tiếng Việt hãy viết ở dạng xn--)"},
    {"hosting.host", "the portal's host name '{}' is not a host name: a space is not allowed (write a Vietnamese "
                     "name in its xn-- form)",
     "tên máy chủ của cổng: '{1}' không phải tên máy chủ: không được có dấu cách (tên tiếng Việt hãy viết ở dạng "
     "xn--)"},
    {"hosting.host", "the host name '{}' is not a host name: a control character (U+{}) is not allowed (write a "
                     "Vietnamese name in its xn-- form)",
     "'{1}' không phải tên máy chủ: không được có ký tự điều khiển (U+{2}) (tên tiếng Việt hãy viết ở dạng xn--)"},
    {"hosting.host", "the portal's host name '{}' is not a host name: a control character (U+{}) is not allowed "
                     "(write a Vietnamese name in its xn-- form)",
     "tên máy chủ của cổng: '{1}' không phải tên máy chủ: không được có ký tự điều khiển (U+{2}) (tên tiếng Việt hãy "
     "viết ở dạng xn--)"},
    {"hosting.listen", "the listen address '{}': a unix socket is written unix:/absolute/path",
     "địa chỉ lắng nghe (listen) '{1}': ổ cắm unix phải viết dạng unix:/đường-dẫn-tuyệt-đối"},
    {"hosting.listen", "the listen address '{}': '{}' cannot be written into the nginx configuration",
     "địa chỉ lắng nghe (listen) '{1}': không thể ghi '{2}' vào cấu hình nginx"},
    {"hosting.listen", "the listen address '{}': a space cannot be written into the nginx configuration",
     "địa chỉ lắng nghe (listen) '{1}': không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.listen", "the listen address '{}': a control character (U+{}) cannot be written into the nginx "
                       "configuration",
     "địa chỉ lắng nghe (listen) '{1}': không thể ghi ký tự điều khiển (U+{2}) vào cấu hình nginx"},
    {"hosting.listen", "the listen address '{}' is not a port (1 to 65535)",
     "địa chỉ lắng nghe (listen) '{1}' không phải số cổng (từ 1 đến 65535)"},
    {"hosting.listen", "the listen address '{}' is not a port, ADDRESS:PORT, [IPv6]:PORT or unix:/path",
     "địa chỉ lắng nghe (listen) '{1}' phải là một cổng, hoặc có dạng ADDRESS:PORT, [IPv6]:PORT hay unix:/path"},
    {"hosting.listen", "the listen address it is not valid UTF-8",
     "địa chỉ lắng nghe (listen) không phải văn bản UTF-8 hợp lệ"},
    {"hosting.host.clash", "the host name '{}' is served twice on {}",
     "tên máy chủ '{1}' được phục vụ hai lần trên {2}"},
    {"hosting.prefix.clash", "two sites are served at '{}'", "có hai trang web cùng được phục vụ ở '{1}'"},
    {"hosting.folder", "the root folder '{}' is not an absolute path",
     "thư mục gốc '{1}' không phải đường dẫn tuyệt đối"},
    {"hosting.folder", "the root folder '{}' cannot be served by nginx: it is empty",
     "nginx không phục vụ được thư mục gốc '{1}': giá trị trống"},
    {"hosting.folder", "the root folder '{}' cannot be served by nginx: '{}' cannot be written into the nginx "
                       "configuration",
     "nginx không phục vụ được thư mục gốc '{1}': không thể ghi '{2}' vào cấu hình nginx"},
    {"hosting.folder", "the root folder '{}' cannot be served by nginx: a space cannot be written into the nginx "
                       "configuration",
     "nginx không phục vụ được thư mục gốc '{1}': không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.folder", "the root folder '{}' cannot be served by nginx: a control character (U+{}) cannot be written "
                       "into the nginx configuration",
     "nginx không phục vụ được thư mục gốc '{1}': không thể ghi ký tự điều khiển (U+{2}) vào cấu hình nginx"},
    {"hosting.folder", "the root folder '{}' cannot be served by nginx: it is not valid UTF-8",
     "nginx không phục vụ được thư mục gốc '{1}': không phải văn bản UTF-8 hợp lệ"},
    {"hosting.folder", "the folder of the site at '{}' '{}' is not an absolute path",
     "thư mục của trang web ở '{1}' '{2}' không phải đường dẫn tuyệt đối"},
    {"hosting.folder", "the folder of the site at '{}' '{}' cannot be served by nginx: it is empty",
     "nginx không phục vụ được thư mục của trang web ở '{1}' '{2}': giá trị trống"},
    {"hosting.folder", "the folder of the site at '{}' '{}' cannot be served by nginx: '{}' cannot be written into "
                       "the nginx configuration",
     "nginx không phục vụ được thư mục của trang web ở '{1}' '{2}': không thể ghi '{3}' vào cấu hình nginx"},
    {"hosting.folder", "the folder of the site at '{}' '{}' cannot be served by nginx: a space cannot be written "
                       "into the nginx configuration",
     "nginx không phục vụ được thư mục của trang web ở '{1}' '{2}': không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.folder", "the folder of the site at '{}' '{}' cannot be served by nginx: a control character (U+{}) "
                       "cannot be written into the nginx configuration",
     "nginx không phục vụ được thư mục của trang web ở '{1}' '{2}': không thể ghi ký tự điều khiển (U+{3}) vào cấu "
     "hình nginx"},
    {"hosting.folder", "the folder of the site at '{}' '{}' cannot be served by nginx: it is not valid UTF-8",
     "nginx không phục vụ được thư mục của trang web ở '{1}' '{2}': không phải văn bản UTF-8 hợp lệ"},
    {"hosting.prefix", "the path '{}' cannot be served by nginx: it does not start with '/'",
     "nginx không phục vụ được đường dẫn '{1}': không bắt đầu bằng '/'"},
    {"hosting.prefix", "the path '{}' cannot be served by nginx: '{}' cannot be written into the nginx configuration",
     "nginx không phục vụ được đường dẫn '{1}': không thể ghi '{2}' vào cấu hình nginx"},
    {"hosting.prefix", "the path '{}' cannot be served by nginx: a space cannot be written into the nginx "
                       "configuration",
     "nginx không phục vụ được đường dẫn '{1}': không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.prefix", "the path '{}' cannot be served by nginx: a control character (U+{}) cannot be written into "
                       "the nginx configuration",
     "nginx không phục vụ được đường dẫn '{1}': không thể ghi ký tự điều khiển (U+{2}) vào cấu hình nginx"},
    {"hosting.prefix", "the path '{}' cannot be served by nginx: it is not valid UTF-8",
     "nginx không phục vụ được đường dẫn '{1}': không phải văn bản UTF-8 hợp lệ"},
    {"hosting.prefix", "the path '{}' cannot be served by nginx: it does not end with '/'",
     "nginx không phục vụ được đường dẫn '{1}': không kết thúc bằng '/'"},
    {"hosting.not-found", "the 404 page '{}' cannot be served by nginx: it is empty",
     "nginx không phục vụ được trang 404 '{1}': giá trị trống"},
    {"hosting.policy", "the Content-Security-Policy of the pages cannot be sent by nginx: it is empty",
     "nginx không gửi được Content-Security-Policy của các trang: giá trị trống"},
    {"hosting.static", "the file '{}' cannot be served by nginx: it is empty",
     "nginx không phục vụ được tệp '{1}': giá trị trống"},
    {"hosting.feed", "the feed '{}' cannot be served by nginx: it is empty",
     "nginx không phục vụ được nguồn tin (feed) '{1}': giá trị trống"},
    {"hosting.not-found", "the 404 page '{}' cannot be served by nginx: '{}' cannot be written into the nginx "
                          "configuration",
     "nginx không phục vụ được trang 404 '{1}': không thể ghi '{2}' vào cấu hình nginx"},
    {"hosting.policy", "the Content-Security-Policy of the pages cannot be sent by nginx: '{}' cannot be written "
                       "into the nginx configuration",
     "nginx không gửi được Content-Security-Policy của các trang: không thể ghi '{1}' vào cấu hình nginx"},
    {"hosting.static", "the file '{}' cannot be served by nginx: '{}' cannot be written into the nginx configuration",
     "nginx không phục vụ được tệp '{1}': không thể ghi '{2}' vào cấu hình nginx"},
    {"hosting.feed", "the feed '{}' cannot be served by nginx: '{}' cannot be written into the nginx configuration",
     "nginx không phục vụ được nguồn tin (feed) '{1}': không thể ghi '{2}' vào cấu hình nginx"},
    {"hosting.not-found", "the 404 page '{}' cannot be served by nginx: a space cannot be written into the nginx "
                          "configuration",
     "nginx không phục vụ được trang 404 '{1}': không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.policy", "the Content-Security-Policy of the pages cannot be sent by nginx: a space cannot be written "
                       "into the nginx configuration",
     "nginx không gửi được Content-Security-Policy của các trang: không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.static", "the file '{}' cannot be served by nginx: a space cannot be written into the nginx "
                       "configuration",
     "nginx không phục vụ được tệp '{1}': không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.feed", "the feed '{}' cannot be served by nginx: a space cannot be written into the nginx configuration",
     "nginx không phục vụ được nguồn tin (feed) '{1}': không thể ghi dấu cách vào cấu hình nginx"},
    {"hosting.not-found", "the 404 page '{}' cannot be served by nginx: a control character (U+{}) cannot be written "
                          "into the nginx configuration",
     "nginx không phục vụ được trang 404 '{1}': không thể ghi ký tự điều khiển (U+{2}) vào cấu hình nginx"},
    {"hosting.policy", "the Content-Security-Policy of the pages cannot be sent by nginx: a control character (U+{}) "
                       "cannot be written into the nginx configuration",
     "nginx không gửi được Content-Security-Policy của các trang: không thể ghi ký tự điều khiển (U+{1}) vào cấu "
     "hình nginx"},
    {"hosting.static", "the file '{}' cannot be served by nginx: a control character (U+{}) cannot be written into "
                       "the nginx configuration",
     "nginx không phục vụ được tệp '{1}': không thể ghi ký tự điều khiển (U+{2}) vào cấu hình nginx"},
    {"hosting.feed", "the feed '{}' cannot be served by nginx: a control character (U+{}) cannot be written into the "
                     "nginx configuration",
     "nginx không phục vụ được nguồn tin (feed) '{1}': không thể ghi ký tự điều khiển (U+{2}) vào cấu hình nginx"},
    {"hosting.not-found", "the 404 page '{}' cannot be served by nginx: it is not valid UTF-8",
     "nginx không phục vụ được trang 404 '{1}': không phải văn bản UTF-8 hợp lệ"},
    {"hosting.policy", "the Content-Security-Policy of the pages cannot be sent by nginx: it is not valid UTF-8",
     "nginx không gửi được Content-Security-Policy của các trang: không phải văn bản UTF-8 hợp lệ"},
    {"hosting.static", "the file '{}' cannot be served by nginx: it is not valid UTF-8",
     "nginx không phục vụ được tệp '{1}': không phải văn bản UTF-8 hợp lệ"},
    {"hosting.feed", "the feed '{}' cannot be served by nginx: it is not valid UTF-8",
     "nginx không phục vụ được nguồn tin (feed) '{1}': không phải văn bản UTF-8 hợp lệ"},
    {"hosting.alias", "the alias '{}' cannot be served by nginx: it does not start with '/'; write old addresses "
                      "with letters, digits, '-', '_', '.' and '/'",
     "nginx không phục vụ được địa chỉ cũ (alias) '{1}': không bắt đầu bằng '/'; hãy viết địa chỉ cũ chỉ bằng chữ "
     "cái, chữ số, '-', '_', '.' và '/'"},
    {"hosting.alias", "the alias '{}' leads to '{}', which it does not start with '/'",
     "địa chỉ cũ (alias) '{1}' dẫn tới '{2}', nhưng địa chỉ đó không dùng được: không bắt đầu bằng '/'"},
    {"hosting.alias", "the alias '{}' cannot be served by nginx: '{}' cannot be written into the nginx "
                      "configuration; write old addresses with letters, digits, '-', '_', '.' and '/'",
     "nginx không phục vụ được địa chỉ cũ (alias) '{1}': không thể ghi '{2}' vào cấu hình nginx; hãy viết địa chỉ cũ "
     "chỉ bằng chữ cái, chữ số, '-', '_', '.' và '/'"},
    {"hosting.alias", "the alias '{}' leads to '{}', which '{}' cannot be written into the nginx configuration",
     "địa chỉ cũ (alias) '{1}' dẫn tới '{2}', nhưng địa chỉ đó không dùng được: không thể ghi '{3}' vào cấu hình "
     "nginx"},
    {"hosting.alias", "the alias '{}' cannot be served by nginx: a space cannot be written into the nginx "
                      "configuration; write old addresses with letters, digits, '-', '_', '.' and '/'",
     "nginx không phục vụ được địa chỉ cũ (alias) '{1}': không thể ghi dấu cách vào cấu hình nginx; hãy viết địa chỉ "
     "cũ chỉ bằng chữ cái, chữ số, '-', '_', '.' và '/'"},
    {"hosting.alias", "the alias '{}' leads to '{}', which a space cannot be written into the nginx configuration",
     "địa chỉ cũ (alias) '{1}' dẫn tới '{2}', nhưng địa chỉ đó không dùng được: không thể ghi dấu cách vào cấu hình "
     "nginx"},
    {"hosting.alias", "the alias '{}' cannot be served by nginx: a control character (U+{}) cannot be written into "
                      "the nginx configuration; write old addresses with letters, digits, '-', '_', '.' and '/'",
     "nginx không phục vụ được địa chỉ cũ (alias) '{1}': không thể ghi ký tự điều khiển (U+{2}) vào cấu hình nginx; "
     "hãy viết địa chỉ cũ chỉ bằng chữ cái, chữ số, '-', '_', '.' và '/'"},
    {"hosting.alias", "the alias '{}' leads to '{}', which a control character (U+{}) cannot be written into the "
                      "nginx configuration",
     "địa chỉ cũ (alias) '{1}' dẫn tới '{2}', nhưng địa chỉ đó không dùng được: không thể ghi ký tự điều khiển "
     "(U+{3}) vào cấu hình nginx"},
    {"hosting.alias", "the alias '{}' cannot be served by nginx: it is not valid UTF-8; write old addresses with "
                      "letters, digits, '-', '_', '.' and '/'",
     "nginx không phục vụ được địa chỉ cũ (alias) '{1}': không phải văn bản UTF-8 hợp lệ; hãy viết địa chỉ cũ chỉ "
     "bằng chữ cái, chữ số, '-', '_', '.' và '/'"},
    {"hosting.alias", "the alias '{}' leads to '{}', which it is not valid UTF-8",
     "địa chỉ cũ (alias) '{1}' dẫn tới '{2}', nhưng địa chỉ đó không dùng được: không phải văn bản UTF-8 hợp lệ"},
    {"hosting.shadowed", "the file '{}' lies under the site at '{}' and would never be served",
     "tệp '{1}' nằm bên trong trang web ở '{2}' nên sẽ không bao giờ được phục vụ"},
    {"hosting.shadowed", "the alias '{}' ({}) lies under the site at '{}' and would never be served",
     "địa chỉ cũ (alias) '{1}' ({2}) nằm bên trong trang web ở '{3}' nên sẽ không bao giờ được phục vụ"},
    // hosting/site_hosting.cpp
    {"hosting.site", "the site in {} cannot be hosted: it does not build",
     "không phục vụ được trang web trong {1}: trang web này dựng không thành công"},
    {"hosting.base-path", "the site in {} is built for the path '{}' (base_url {}) but is served at '{}': build it "
                          "with a base URL ending in {}",
     "trang web trong {1} được dựng cho đường dẫn '{2}' (base_url {3}) nhưng lại được phục vụ ở '{4}': hãy dựng lại "
     "với địa chỉ gốc kết thúc bằng {5}"},
    {"hosting.prefix", "the path of the base URL {} cannot be served by nginx",
     "nginx không phục vụ được đường dẫn của địa chỉ gốc {1}"},
    // hosting/portal_hosting.cpp
    {"hosting.member.left-out", "the member '{}' is left out of the nginx configuration: {}",
     "thành viên '{1}' bị bỏ ra khỏi cấu hình nginx: {2}"},
    {"hosting.member.left-out", "the member '{}' is not built (there is no {}): it is left out of the nginx "
                                "configuration; build the portal, then write the configuration again",
     "thành viên '{1}' chưa được dựng (không có {2}) nên bị bỏ ra khỏi cấu hình nginx; hãy dựng cổng rồi ghi lại cấu "
     "hình"},
    {"hosting.theme", "the default theme was not found among the installed themes",
     "không tìm thấy giao diện mặc định (default) trong các giao diện đã cài đặt"},
    {"hosting.portal.unbuilt", "the portal is not built: there is no {}; run 'webtruong portal build' first (or give "
                               "its output folder with --out)",
     "cổng chưa được dựng: không có {1}; hãy chạy 'webtruong portal build' trước (hoặc ghi thư mục kết quả của cổng "
     "bằng --out)"},
    // importer/import.cpp
    {"import.input", "no such file", "không có tệp này"},
    {"import.input", "this file is larger than {} MiB; it is too large to import",
     "tệp này lớn hơn {1} MiB; quá lớn để nhập"},
    {"import.input", "cannot read this file", "không đọc được tệp này"},
    {"import.input", "--sheet applies to XLSX files; a CSV file has one table",
     "--sheet chỉ dùng cho tệp XLSX; tệp CSV chỉ có một bảng"},
    // importer/csv_reader.cpp (data/csv_reader.cpp's errors: site_input.cpp)
    {"import.csv.encoding", "this file is not UTF-8 text (perhaps Windows-1258 or TCVN3); save it from Excel as 'CSV "
                            "UTF-8 (Comma delimited)' or as .xlsx",
     "tệp này không phải văn bản UTF-8 (có thể đang dùng bảng mã Windows-1258 hoặc TCVN3); hãy lưu lại từ Excel dưới "
     "dạng 'CSV UTF-8 (Comma delimited)' hoặc .xlsx"},
    // importer/xlsx_reader.cpp (and importer/zip_archive.cpp's `why`)
    {"import.xlsx", "this is an old Excel 97-2003 .xls file, not XLSX; save it from Excel as .xlsx or as CSV",
     "đây là tệp .xls cũ của Excel 97-2003, không phải XLSX; hãy mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx hoặc "
     "CSV"},
    {"import.xlsx", "this is not an XLSX file (not a zip archive); save it from Excel as .xlsx or as CSV",
     "đây không phải tệp XLSX (không phải tệp nén zip); hãy mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx hoặc CSV"},
    {"import.xlsx", "this zip archive is not an XLSX workbook (xl/workbook.xml is missing); save it from Excel as "
                    ".xlsx or as CSV",
     "tệp nén zip này không phải sổ tính XLSX (thiếu xl/workbook.xml); hãy mở tệp bằng Excel rồi lưu lại dưới dạng "
     ".xlsx hoặc CSV"},
    {"import.xlsx", "this workbook has no worksheet", "sổ tính này không có trang tính nào"},
    {"import.xlsx", "there is no sheet '{}'; the sheets are {}", "không có trang tính '{1}'; các trang tính là {2}"},
    {"import.xlsx", "there is no sheet '{}' (did you mean '{}'?); the sheets are {}",
     "không có trang tính '{1}' (có phải ý bạn là '{2}'?); các trang tính là {3}"},
    {"import.xlsx", "the workbook does not say where sheet '{}' is stored",
     "sổ tính không cho biết trang tính '{1}' được lưu ở đâu; tệp có thể đã bị hỏng"},
    {"import.xlsx", "this workbook has too many shared strings to import",
     "sổ tính này có quá nhiều chuỗi chữ dùng chung, không nhập được"},
    {"import.xlsx", "this XLSX file cannot be read: {} is missing; save it from Excel as .xlsx or as CSV",
     "không đọc được tệp XLSX này: thiếu phần {1}; hãy mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx hoặc CSV"},
    {"import.xlsx", "this XLSX file cannot be read: {} is larger than {} MiB once unpacked; save it from Excel as "
                    ".xlsx or as CSV",
     "không đọc được tệp XLSX này: phần {1} lớn hơn {2} MiB khi giải nén; hãy mở tệp bằng Excel rồi lưu lại dưới "
     "dạng .xlsx hoặc CSV"},
    {"import.xlsx", "this XLSX file cannot be read: {} cannot be opened: {}; save it from Excel as .xlsx or as CSV",
     "không đọc được tệp XLSX này: không mở được phần {1} ({2}); hãy mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx "
     "hoặc CSV"},
    {"import.xlsx", "this XLSX file cannot be read: {} is damaged: {}; save it from Excel as .xlsx or as CSV",
     "không đọc được tệp XLSX này: phần {1} bị hỏng ({2}); hãy mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx hoặc CSV"},
    {"import.xlsx", "this XLSX file is damaged: {} is not well-formed XML ({}); save it from Excel as .xlsx or as CSV",
     "tệp XLSX này bị hỏng: phần {1} không phải XML hợp lệ ({2}); hãy mở tệp bằng Excel rồi lưu lại dưới dạng .xlsx "
     "hoặc CSV"},
    {"import.xlsx", "sheet '{}' has a row number out of range", "trang tính '{1}' có số hàng vượt quá giới hạn"},
    {"import.xlsx", "sheet '{}' has a cell with a bad reference '{}'",
     "trang tính '{1}' có một ô với địa chỉ sai '{2}'"},
    {"import.xlsx", "sheet '{}' is too large to import (at most {} cells up to the last filled row and column)",
     "trang tính '{1}' quá lớn để nhập (tối đa {2} ô, tính đến hàng và cột cuối cùng có dữ liệu)"},
    // importer/timetable_import.cpp
    {"import.timetable.header", "no header row found: a timetable needs columns 'Thứ' and 'Tiết', and either one "
                                "column per class or columns 'Lớp' and 'Môn'",
     "không tìm thấy hàng tiêu đề: thời khóa biểu cần có cột 'Thứ' và 'Tiết', cùng với mỗi lớp một cột, hoặc hai cột "
     "'Lớp' và 'Môn'"},
    {"import.timetable.header", "this header row has 'Thứ' and 'Tiết' but no class columns (such as '6A1') and no "
                                "'Lớp' column",
     "hàng tiêu đề này có 'Thứ' và 'Tiết' nhưng không có cột lớp nào (như '6A1') và không có cột 'Lớp'"},
    {"import.timetable.value", "the day '{}' is not a day of the week (Thứ 2 to Thứ 7, or Chủ nhật)",
     "'{1}' không phải một ngày trong tuần (Thứ 2 đến Thứ 7, hoặc Chủ nhật)"},
    {"import.timetable.missing", "this row has lessons but no day ('Thứ')",
     "hàng này có tiết học nhưng không có ngày ('Thứ')"},
    {"import.timetable.value", "the session '{}' is neither 'Sáng' nor 'Chiều'",
     "buổi '{1}' không phải 'Sáng' hay 'Chiều'"},
    {"import.timetable.missing", "this row has lessons but no session ('Buổi')",
     "hàng này có tiết học nhưng không có buổi ('Buổi')"},
    {"import.timetable.period", "this row has lessons but no period ('Tiết')",
     "hàng này có tiết học nhưng không ghi tiết ('Tiết')"},
    {"import.timetable.period", "the period '{}' is not a number from 1 to 5",
     "tiết '{1}' không phải một số từ 1 đến 5"},
    {"import.timetable.empty", "this timetable has no lessons under its header row",
     "thời khóa biểu này không có tiết học nào dưới hàng tiêu đề"},
    {"import.timetable.lesson", "cannot tell subject, teacher and room apart in '{}'; write 'Môn - Giáo viên' or "
                                "'Môn - Giáo viên - Phòng'",
     "không tách được môn, giáo viên và phòng trong '{1}'; hãy viết 'Môn - Giáo viên' hoặc 'Môn - Giáo viên - Phòng'"},
    {"import.timetable.class", "this lesson has no class ('Lớp')", "tiết học này không có lớp ('Lớp')"},
    {"import.timetable.duplicate", "class {} already has a lesson at {} ({})",
     "lớp {1} đã có một tiết vào {2} (ô {3})"},
    {"import.timetable.clash", "the teacher '{}' has two lessons at {}: {} (here) and {} ({})",
     "giáo viên '{1}' có hai tiết cùng lúc vào {2}: lớp {3} (ở đây) và lớp {4} (ô {5})"},
    {"import.timetable.clash", "the teacher '{}' has two lessons at {}: {} ({}) and {} (here)",
     "giáo viên '{1}' có hai tiết cùng lúc vào {2}: lớp {3} (ô {4}) và lớp {5} (ở đây)"},
    {"import.timetable.duplicate", "class {} already has a lesson at {} (line {}, field {})",
     "lớp {1} đã có một tiết vào {2} (dòng {3}, cột {4})"},
    {"import.timetable.clash", "the teacher '{}' has two lessons at {}: {} (here) and {} (line {}, field {})",
     "giáo viên '{1}' có hai tiết cùng lúc vào {2}: lớp {3} (ở đây) và lớp {4} (dòng {5}, cột {6})"},
    {"import.timetable.clash", "the teacher '{}' has two lessons at {}: {} (line {}, field {}) and {} (here)",
     "giáo viên '{1}' có hai tiết cùng lúc vào {2}: lớp {3} (dòng {4}, cột {5}) và lớp {6} (ở đây)"},
    {"import.timetable.meta", "cannot tell the school year from the sheet's title or the file name; give "
                              "--school-year 2025-2026",
     "không biết được năm học từ tiêu đề trang tính hay tên tệp; hãy ghi --school-year 2025-2026"},
    {"import.timetable.meta", "cannot tell the semester from the sheet's title or the file name; give --semester 1 "
                              "(or 2)",
     "không biết được học kỳ từ tiêu đề trang tính hay tên tệp; hãy ghi --semester 1 (hoặc 2)"},
    {"import.timetable.meta", "cannot tell the start date ('Áp dụng từ ngày ...') from the sheet's title or the file "
                              "name; give --effective DD/MM/YYYY",
     "không biết được ngày bắt đầu áp dụng ('Áp dụng từ ngày ...') từ tiêu đề trang tính hay tên tệp; hãy ghi "
     "--effective DD/MM/YYYY"},
    // importer/fee_import.cpp
    {"import.fees.header", "no header row found: a fee list needs at least the columns 'Khoản thu' and 'Số tiền' (or "
                           "'Mức thu')",
     "không tìm thấy hàng tiêu đề: danh sách khoản thu cần ít nhất các cột 'Khoản thu' và 'Số tiền' (hoặc 'Mức thu')"},
    {"import.fees.header", "no column says whether each fee is mandatory; add a column 'Bắt buộc' (x for yes) or 'Tự "
                           "nguyện'",
     "không có cột nào cho biết mỗi khoản thu có bắt buộc hay không; hãy thêm cột 'Bắt buộc' (ghi x nếu bắt buộc) "
     "hoặc 'Tự nguyện'"},
    {"import.fees.item", "this row has an amount but no fee name ('Khoản thu')",
     "hàng này có số tiền nhưng không có tên khoản thu ('Khoản thu')"},
    {"import.fees.amount", "the fee '{}' has no amount", "khoản thu '{1}' chưa có số tiền"},
    {"import.fees.amount", "the amount '{}' is not a whole number of đồng (write it as 1.500.000 or 1500000)",
     "số tiền '{1}' không phải một số đồng nguyên (hãy viết 1.500.000 hoặc 1500000)"},
    {"import.fees.mandatory", "'{}' does not say yes or no; write x (or 'có') for yes and leave it empty for no",
     "'{1}' không cho biết có hay không; hãy ghi x (hoặc 'có') nếu có và để trống nếu không"},
    {"import.fees.months", "the number of months '{}' is not a whole number from 1 to 12",
     "số tháng '{1}' không phải số nguyên từ 1 đến 12"},
    {"import.fees.unit", "the fee '{}' has no unit ('Đơn vị tính'), such as 'đồng/học sinh/tháng'",
     "khoản thu '{1}' chưa có đơn vị tính ('Đơn vị tính'), ví dụ 'đồng/học sinh/tháng'"},
    {"import.fees.school-year", "cannot tell the school year from the sheet's title or the file name; give "
                                "--school-year 2025-2026",
     "không biết được năm học từ tiêu đề trang tính hay tên tệp; hãy ghi --school-year 2025-2026"},
    {"import.fees.empty", "this fee list has no fees under its header row",
     "danh sách này không có khoản thu nào dưới hàng tiêu đề"},
    // importer/staff_import.cpp
    {"import.staff.header", "no header row found: a staff list needs at least the columns 'Họ tên' and 'Chức vụ'",
     "không tìm thấy hàng tiêu đề: danh sách cán bộ cần ít nhất các cột 'Họ tên' và 'Chức vụ'"},
    {"import.staff.name", "this row has no name ('Họ tên')", "hàng này không có họ tên ('Họ tên')"},
    {"import.staff.email", "'{}' is not an email address", "'{1}' không phải địa chỉ email"},
    {"import.staff.phone", "the leader '{}' has no phone number (TT 37 asks for the phone and email of each leader)",
     "lãnh đạo '{1}' chưa có số điện thoại (TT 37 yêu cầu công khai điện thoại và email của mỗi lãnh đạo)"},
    {"import.staff.email", "the leader '{}' has no email (TT 37 asks for the phone and email of each leader)",
     "lãnh đạo '{1}' chưa có email (TT 37 yêu cầu công khai điện thoại và email của mỗi lãnh đạo)"},
    {"import.staff.title", "the leader '{}' has no title ('Chức vụ')", "lãnh đạo '{1}' chưa có chức vụ ('Chức vụ')"},
    {"import.staff.head", "'{}' already has a head ({}); '{}' is counted as a member",
     "'{1}' đã có tổ trưởng ({2}); '{3}' được tính là thành viên"},
    {"import.staff.leaders", "no one in this list is Hiệu trưởng or Phó Hiệu trưởng; the organisation page needs at "
                             "least one leader",
     "danh sách không có ai là Hiệu trưởng hay Phó Hiệu trưởng; trang cơ cấu tổ chức cần ít nhất một lãnh đạo"},
    // importer/data_file.cpp (core/file_io.cpp write_file_replacing's errors: core.cpp)
    {"import.output.exists", "this file already exists; add --force to replace it, or choose another with -o",
     "tệp này đã có; thêm --force để thay thế nó, hoặc chọn tệp khác bằng -o"},
    {"import.output.folder", "this is a folder, not a file", "đây là một thư mục, không phải tệp"},
    {"import.output.folder", "cannot create the folder: {}", "không tạo được thư mục ({1})"},
    {"import.output.folder", "cannot create the folder: Permission denied",
     "không tạo được thư mục: không có quyền ghi vào đó"},
    {"import.output.folder", "cannot create the folder: No such file or directory",
     "không tạo được thư mục: thư mục chứa nó không tồn tại"},
    {"import.output.folder", "cannot create the folder: No space left on device",
     "không tạo được thư mục: ổ đĩa đã đầy"},
    {"import.output.folder", "cannot create the folder: Read-only file system",
     "không tạo được thư mục: ổ đĩa chỉ cho phép đọc"},
    {"import.output.folder", "cannot create the folder: Is a directory", "không tạo được thư mục: đó là một thư mục"},
    {"import.output.folder", "cannot create the folder: Not a directory",
     "không tạo được thư mục: một phần của đường dẫn không phải thư mục"},
    {"import.output.folder", "cannot create the folder: Disk quota exceeded",
     "không tạo được thư mục: đã dùng hết dung lượng được cấp trên ổ đĩa"},
    {"import.output.folder", "cannot create the folder: File exists",
     "không tạo được thư mục: đã có một tệp trùng tên"},
    {"import.output.write", "cannot write: {}", "không ghi được ({1})"},
    {"import.output.write", "cannot write: Permission denied", "không ghi được: không có quyền ghi vào đó"},
    {"import.output.write", "cannot write: No such file or directory", "không ghi được: thư mục chứa nó không tồn tại"},
    {"import.output.write", "cannot write: No space left on device", "không ghi được: ổ đĩa đã đầy"},
    {"import.output.write", "cannot write: Read-only file system", "không ghi được: ổ đĩa chỉ cho phép đọc"},
    {"import.output.write", "cannot write: Is a directory", "không ghi được: đó là một thư mục"},
    {"import.output.write", "cannot write: Not a directory",
     "không ghi được: một phần của đường dẫn không phải thư mục"},
    {"import.output.write", "cannot write: Disk quota exceeded",
     "không ghi được: đã dùng hết dung lượng được cấp trên ổ đĩa"},
    {"import.output.write", "cannot write: File exists", "không ghi được: đã có một tệp trùng tên"},
    {"import.output.write", "cannot write this file", "không ghi được tệp này"},
    // scaffold/scaffold.cpp
    {"new.type", "unknown school type '{}'", "không có loại trường '{1}'"},
    {"new.name", "the school needs a name, e.g. \"Trường THCS Nguyễn Du\"",
     "trường cần có tên, ví dụ \"Trường THCS Nguyễn Du\""},
    {"new.exists", "'{}' already exists and is not a folder", "'{1}' đã có và không phải thư mục"},
    {"new.exists", "the folder '{}' already exists and is not empty: choose a new folder, nothing was written",
     "thư mục '{1}' đã có và không trống: hãy chọn một thư mục mới; chưa ghi gì"},
    {"new.packs", "the site packs (content/scaffold/) were not found; set WEBTRUONG_CONTENT to the content/ folder",
     "không tìm thấy bộ mẫu trang web (content/scaffold/); hãy đặt biến WEBTRUONG_CONTENT là thư mục content/"},
    {"new.packs", "the site packs (content/scaffold/) were not found in {}; set WEBTRUONG_CONTENT to the content/ "
                  "folder",
     "không tìm thấy bộ mẫu trang web (content/scaffold/) trong {1}; hãy đặt biến WEBTRUONG_CONTENT là thư mục "
     "content/"},
    {"new.packs", "the site pack '{}' is missing", "thiếu bộ mẫu trang web '{1}'"},
    {"new.write", "cannot write the new site: {}", "không ghi được trang web mới ({1})"},
    {"new.write", "cannot write the new site: cannot write {}", "không ghi được trang web mới: không ghi được {1}"},
    {"new.write", "cannot write the new site: cannot read {}: {}",
     "không ghi được trang web mới: không đọc được {1} ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}",
     "không ghi được trang web mới (lỗi hệ thống tệp: {1})"},
    {"new.write", "cannot write the new site: filesystem error: {}: Permission denied [{}]",
     "không ghi được trang web mới: không có quyền ghi vào đó ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}: No such file or directory [{}]",
     "không ghi được trang web mới: thư mục chứa nó không tồn tại ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}: No space left on device [{}]",
     "không ghi được trang web mới: ổ đĩa đã đầy ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}: Read-only file system [{}]",
     "không ghi được trang web mới: ổ đĩa chỉ cho phép đọc ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}: Is a directory [{}]",
     "không ghi được trang web mới: đó là một thư mục ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}: Not a directory [{}]",
     "không ghi được trang web mới: một phần của đường dẫn không phải thư mục ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}: Disk quota exceeded [{}]",
     "không ghi được trang web mới: đã dùng hết dung lượng được cấp trên ổ đĩa ({2})"},
    {"new.write", "cannot write the new site: filesystem error: {}: File exists [{}]",
     "không ghi được trang web mới: đã có một tệp trùng tên ({2})"},
    // plugin/default_host.cpp
    {"plugin.reports", "the report templates (themes/default/reports/) were not found; set WEBTRUONG_THEMES to the "
                       "themes/ folder",
     "không tìm thấy mẫu báo cáo (themes/default/reports/); hãy đặt biến WEBTRUONG_THEMES là thư mục themes/"},
    {"plugin.reports", "the report templates (themes/default/reports/) were not found in {}; set WEBTRUONG_THEMES to "
                       "the themes/ folder",
     "không tìm thấy mẫu báo cáo (themes/default/reports/) trong {1}; hãy đặt biến WEBTRUONG_THEMES là thư mục "
     "themes/"},
    // compliance/report.cpp: the text of 'webtruong check' (its lines, and the checker's notes and evidence in them)
    {"check.report", "Rule sets: {} (school type {})", "Bộ quy định: {1} (loại trường {2})"},
    {"check.report", "ok", "đạt"},
    {"check.report", "missing", "thiếu"},
    {"check.report", "stale", "quá hạn"},
    {"check.report", "not applicable", "không áp dụng"},
    {"check.report", "{} ok, {} missing, {} stale, {} not applicable",
     "{1} đạt, {2} thiếu, {3} quá hạn, {4} không áp dụng"},
    {"check.report", "Posting: {} posts from {} to {}, {} per week",
     "Đăng bài: {1} bài từ {2} đến {3}, {4} bài mỗi tuần"},
    {"check.report", "Posts for the portal (portal: true): {} from {} to {}",
     "Bài gửi lên cổng (portal: true): {1} bài từ {2} đến {3}"},
    {"check.report", "Projected score ({}):", "Điểm dự kiến ({1}):"},
    {"check.report", "  total  {} / {}", "  tổng   {1} / {2}"},
    {"check.report", "Placeholders to replace:", "Các chỗ \"[CẦN ĐIỀN: ...]\" cần thay bằng nội dung thật:"},
    {"check.report", "Waiting for review (status: review), oldest first:",
     "Trang chờ duyệt (status: review), trang cũ nhất trước:"},
    {"check.report", "day", "ngày"},
    {"check.report", "days", "ngày"},
    {"check.report", "dated {}", "ghi ngày {1}"},
    {"check.report", "file changed {} (no date in its front matter)", "tệp sửa ngày {1} (phần đầu bài không ghi ngày)"},
    {"check.report", "no date in its front matter", "phần đầu bài không ghi ngày"},
    // compliance/checker.cpp: notes (why missing or stale)
    {"check.report", "does not apply to this school type", "không áp dụng cho loại trường này"},
    {"check.report", "site.yaml '{}' still holds a placeholder [CẦN ĐIỀN ...] to replace",
     "'{1}' trong site.yaml vẫn còn chỗ [CẦN ĐIỀN ...] cần thay bằng thông tin thật"},
    {"check.report", "still holds placeholders [CẦN ĐIỀN ...] to replace",
     "vẫn còn chỗ [CẦN ĐIỀN ...] cần thay bằng nội dung thật"},
    {"check.report", "site.yaml '{}' ({}) is not of the required form",
     "'{1}' trong site.yaml ({2}) chưa đúng dạng yêu cầu"},
    {"check.report", "site.yaml has no {}", "site.yaml chưa có {1}"},
    {"check.report", "{} of {} posts have author or source", "{1} trên {2} bài viết ghi author hoặc source"},
    {"check.report", "{} of {} posts have author", "{1} trên {2} bài viết ghi author"},
    {"check.report", "{} of {} posts have source", "{1} trên {2} bài viết ghi source"},
    {"check.report", "{} of {} posts have portal", "{1} trên {2} bài viết ghi portal: true"},
    {"check.report", "no disclosures for the school year {} (data/cong-khai/{}.yaml)",
     "chưa có công khai cho năm học {1} (data/cong-khai/{2}.yaml)"},
    {"check.report", "the disclosures of {} have no item of category '{}'",
     "công khai năm học {1} chưa có mục thuộc loại '{2}'"},
    {"check.report", "nothing for the current week ({})", "chưa có gì cho tuần này ({1})"},
    {"check.report", "nothing for the school year {}, due before {}", "chưa có gì cho năm học {1}, hạn trước {2}"},
    {"check.report", "{} posts per week since {}, fewer than {}", "{1} bài mỗi tuần kể từ {2}, ít hơn {3}"},
    {"check.report", "add a section content/{}/", "hãy thêm mục content/{1}/"},
    {"check.report", "add data of kind '{}' under data/", "hãy thêm dữ liệu loại '{1}' trong data/"},
    {"check.report", "{} images have no alternative text, first at {}",
     "{1} ảnh chưa có mô tả thay thế (alt), ảnh đầu tiên ở {2}"},
    {"check.report", "nothing on the site satisfies it", "trang web chưa có nội dung nào đáp ứng yêu cầu này"},
    // compliance/checker.cpp: evidence
    {"check.report", "{} of {} posts", "{1} trên {2} bài viết"},
    {"check.report", "built by Webtruong ({})", "Webtruong tự tạo ({1})"},
    {"check.report", "{}/{} requirements ok", "{1}/{2} yêu cầu đạt"},
    {"check.report", "{}/{} requirements ok (missing or stale:{})", "{1}/{2} yêu cầu đạt (thiếu hoặc quá hạn:{3})"},
    {"check.report", "{} posts per week ({} posts from {} to {})", "{1} bài mỗi tuần ({2} bài từ {3} đến {4})"},
    {"check.report", "{} posts marked portal: true from {} to {}", "{1} bài có portal: true từ {2} đến {3}"},
    {"check.report", "{}: not measured (no input given)", "{1}: chưa đo (không có số liệu đầu vào)"},
};

}  // namespace

std::span<const MessageTranslation> portal() { return kMessages; }

}  // namespace wt::messages

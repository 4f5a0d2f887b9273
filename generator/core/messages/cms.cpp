#include "core/messages/catalog_parts.hpp"

namespace wt::messages {
namespace {

// cli/command_cms.cpp and generator/cms/: the forms of Decap CMS.
const MessageTranslation kMessages[] = {
    {"cli.usage", "'--backend' must be proxy, github, gitlab or gitea, not '{}'",
     "'--backend' phải là proxy, github, gitlab hoặc gitea, không phải '{1}'"},
    {"cli.usage", "'--proxy-url' must be an http:// or https:// address",
     "'--proxy-url' phải là một địa chỉ http:// hoặc https://"},
    {"cli.usage", "'--api-root' must be an http:// or https:// address",
     "'--api-root' phải là một địa chỉ http:// hoặc https://"},
    {"cli.usage", "'--backend {}' needs '--repo OWNER/NAME'", "'--backend {1}' cần thêm '--repo CHỦ/TÊN' (kho chứa trang web)"},
    {"cli.usage", "'--cms-proxy' must be an http:// or https:// address",
     "'--cms-proxy' phải là một địa chỉ http:// hoặc https://"},
    {"cli.usage", "'--branch' needs a name", "'--branch' cần tên một nhánh"},
    {"cli.usage", "'--script' needs an address", "'--script' cần một địa chỉ"},
    {"cli.cms", "Webtruong's schemas were not found in {}", "không tìm thấy các lược đồ của Webtruong trong {1}"},
    {"cli.cms", "wrote {} and index.html: {} sections, {} pages, 7 kinds of data",
     "đã ghi {1} và index.html: {2} chuyên mục, {3} trang, 7 loại dữ liệu"},
    {"cli.cms",
     "to edit: run decap-server in the site folder, then webtruong serve, and open http://127.0.0.1:8080/admin/",
     "để biên tập: chạy decap-server trong thư mục trang web, rồi webtruong serve, và mở http://127.0.0.1:8080/admin/"},
    {"cli.write", "{} is not a folder (a link or a file is there); move it away first",
     "{1} không phải là một thư mục (ở đó là một liên kết hoặc một tệp); hãy chuyển nó đi chỗ khác trước"},
    {"cli.write", "{} is not an ordinary file (a link, a folder or a device); move it away first",
     "{1} không phải là một tệp thường (mà là liên kết, thư mục hoặc thiết bị); hãy chuyển nó đi chỗ khác trước"},
    {"cli.write", "cannot create {}: {}", "không tạo được {1} ({2})"},
    {"cms.list", "cannot list this folder: {}", "không đọc được danh sách tệp của thư mục này ({1})"},
    {"cms.schema", "cannot read this schema: {}", "không đọc được lược đồ này ({1})"},
    {"cms.schema", "this schema is not a JSON object", "lược đồ này không phải là một đối tượng JSON"},
    {"cms.schema", "no form can be made from this schema: {}", "không tạo được biểu mẫu từ lược đồ này: {1}"},
    {"cms.name", "this folder has the name the CMS gives the data forms; rename the folder",
     "thư mục này trùng tên với biểu mẫu dữ liệu của trang biên tập; hãy đổi tên thư mục"},
    {"serve.cms",
     "Decap CMS is not installed with this webtruong (scripts/install-deps.sh installs it): the forms cannot open.",
     "Decap CMS chưa được cài cùng webtruong này (scripts/install-deps.sh sẽ cài nó): chưa mở được trang biên tập."},
    {"serve.log", "forms of the CMS: {}admin/ (saved through decap-server at {})",
     "trang biên tập dạng biểu mẫu: {1}admin/ (lưu qua decap-server tại {2})"},
};

}  // namespace

std::span<const MessageTranslation> cms() { return kMessages; }

}  // namespace wt::messages

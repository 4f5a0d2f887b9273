#include "core/messages/catalog_parts.hpp"

namespace wt::messages {
namespace {

// core/yaml_syntax_error.cpp: the common YAML mistakes, under whatever code
// the file's reader reports them (site.yaml, front matter, data, portal.yaml).
const MessageTranslation kMessages[] = {
    {"*", "the list that opens with '[' here is never closed: add ']' at its end",
     "danh sách mở bằng '[' ở đây chưa được đóng: hãy thêm ']' vào cuối danh sách"},
    {"*", "the group of settings that opens with '{' here is never closed: add '}' at its end",
     "nhóm thiết lập mở bằng '{' ở đây chưa được đóng: hãy thêm '}' vào cuối nhóm"},
    {"*", "the quote \" that starts here is never closed: add the closing \" at the end of the value",
     "dấu ngoặc kép \" mở ở đây chưa được đóng: hãy thêm dấu \" ở cuối giá trị"},
    {"*", "the quote ' that starts here is never closed: add the closing ' at the end of the value",
     "dấu nháy ' mở ở đây chưa được đóng: hãy thêm dấu ' ở cuối giá trị"},
};

}  // namespace

std::span<const MessageTranslation> yaml_syntax() { return kMessages; }

}  // namespace wt::messages

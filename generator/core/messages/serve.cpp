#include "core/messages/catalog_parts.hpp"

namespace wt::messages {
namespace {

// serve/error_page.cpp, serve/dev_server.cpp, serve/http_server.cpp: what
// `webtruong serve` says in the browser and in its terminal.
const MessageTranslation kMessages[] = {
    {"serve.page", "The site could not be built", "Không dựng được trang web"},
    {"serve.page", "Fix the errors below and save the file: this page reloads by itself once the site builds.",
     "Sửa các lỗi dưới đây rồi lưu tệp: trang này tự tải lại khi trang web dựng được."},
    {"serve.log", "the build failed with 1 error; every page shows it until the next save fixes it",
     "dựng trang không được vì 1 lỗi; mọi trang đều hiện lỗi này cho đến khi bạn sửa và lưu lại"},
    {"serve.log", "the build failed with {} errors; every page shows them until the next save fixes them",
     "dựng trang không được vì {1} lỗi; mọi trang đều hiện các lỗi này cho đến khi bạn sửa và lưu lại"},
    {"serve.log", "built {} files in {}", "đã dựng {1} tệp trong {2}"},
    {"serve.log", "rebuilt in {}: {} rendered, {} changed, {} removed; open pages reload",
     "đã dựng lại trong {1}: {2} trang dựng lại, {3} tệp thay đổi, {4} tệp bị xoá; các trang đang mở tự tải lại"},
    {"serve.http", "Host not allowed: open the address webtruong serve printed.",
     "Địa chỉ máy này không được phép: hãy mở đúng địa chỉ mà webtruong serve đã in ra."},
};

}  // namespace

std::span<const MessageTranslation> serve() { return kMessages; }

}  // namespace wt::messages

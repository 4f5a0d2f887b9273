#include "core/messages/catalog_parts.hpp"

namespace wt::messages {
namespace {

const MessageTranslation kMessages[] = {
    // site/link_check.cpp: links and images that lead nowhere
    {"image.missing",
     "'image: {}' names a file that is not in the site: put the file in static/ (or beside the page) or correct the "
     "address",
     "'image: {1}' ghi một tệp ảnh không có trong trang web: hãy đặt tệp ảnh vào thư mục static/ (hoặc cạnh bài "
     "viết) hoặc sửa lại địa chỉ"},
    {"image.missing",
     "the image '{}' is not in the site: put the file in static/ (or beside the page) or correct the address",
     "ảnh '{1}' không có trong trang web: hãy đặt tệp ảnh vào thư mục static/ (hoặc cạnh bài viết) hoặc sửa lại địa "
     "chỉ"},
    {"link.missing",
     "the link '{}' leads to no page of the site: correct the address, or write the page it should lead to",
     "liên kết '{1}' không dẫn tới trang nào của trang web: hãy sửa lại địa chỉ, hoặc viết trang mà liên kết cần dẫn "
     "tới"},
    {"link.missing",
     "menu entry '{}' leads to '{}', which is no page of the site: correct 'url', or write the page it should lead to",
     "mục '{1}' của trình đơn (menu) dẫn tới '{2}', không phải trang nào của trang web: hãy sửa 'url', hoặc viết "
     "trang mà mục này cần dẫn tới"},
    // markdown/limits.cpp
    {"markdown.limit.size",
     "this page holds {} KB of text; a page may hold at most {} KB: put pictures and documents in files beside the "
     "page and split long texts",
     "trang này có {1} KB chữ; mỗi trang chỉ được chứa tối đa {2} KB: hãy để ảnh và tài liệu thành tệp riêng bên cạnh "
     "trang, và chia bài dài thành nhiều trang"},
    {"markdown.limit.nesting", "lists, quotes and indentation put this line {} levels deep; at most {} levels are allowed",
     "danh sách, trích dẫn và thụt lề làm dòng này lồng sâu {1} cấp; chỉ được lồng tối đa {2} cấp"},
    {"markdown.limit.table-columns", "this line has more than {} '|': a table may have at most {} columns",
     "dòng này có hơn {1} dấu '|': mỗi bảng chỉ được có tối đa {2} cột"},
    {"markdown.limit.brackets", "this page has more than {} '[' (links and images); split it into several pages",
     "trang này có hơn {1} dấu '[' (liên kết và ảnh); hãy chia nội dung ra nhiều trang"},
    {"markdown.limit.emphasis", "this page has more than {} runs of '*' or '_'; split it into several pages",
     "trang này có hơn {1} cụm dấu '*' hoặc '_'; hãy chia nội dung ra nhiều trang"},
    {"markdown.limit.at-signs", "this page has more than {} '@'; split it into several pages",
     "trang này có hơn {1} dấu '@'; hãy chia nội dung ra nhiều trang"},
    {"markdown.limit.parentheses", "more than {} ')' without a space between them; put spaces between words",
     "có hơn {1} dấu ')' viết liền nhau không có khoảng trắng; hãy đặt khoảng trắng giữa các từ"},

    // markdown/markdown.cpp (the reasons come from site/load_site.cpp and content/content_tree.cpp)
    {"markdown.link.broken", "broken internal link: '{}' does not match any page in content/",
     "liên kết nội bộ '{1}' bị hỏng: không có trang nào như vậy trong content/"},
    {"markdown.link.broken", "broken internal link: '{}' points to a page that has errors in its own front matter",
     "liên kết nội bộ '{1}' bị hỏng: trang được trỏ tới có phần đầu bài (front matter) viết chưa đúng, nên không "
     "được đăng"},
    {"markdown.link.broken",
     "broken internal link: '{}' points to a page that is a draft (draft: true), so it is not published",
     "liên kết nội bộ '{1}' bị hỏng: trang được trỏ tới là bản nháp (draft: true) nên không được đăng"},
    {"markdown.link.broken",
     "broken internal link: '{}' points to a page that is a draft (status: draft), so it is not published",
     "liên kết nội bộ '{1}' bị hỏng: trang được trỏ tới là bản nháp (status: draft) nên không được đăng"},
    {"markdown.link.broken",
     "broken internal link: '{}' points to a page that is waiting for review (status: review), so it is not "
     "published until the ban biên tập approves it",
     "liên kết nội bộ '{1}' bị hỏng: trang được trỏ tới đang chờ duyệt (status: review) nên chưa được đăng cho đến "
     "khi ban biên tập duyệt"},
    {"markdown.link.broken",
     "broken internal link: '{}' points to a page that is scheduled for {}, so it is not published yet",
     "liên kết nội bộ '{1}' bị hỏng: trang được trỏ tới được hẹn đăng lúc {2} nên bây giờ chưa được đăng"},
    {"markdown.link.broken",
     "broken internal link: '{}' points to a page that expired on {}, so it is no longer published",
     "liên kết nội bộ '{1}' bị hỏng: trang được trỏ tới đã hết hạn lúc {2} nên không còn được đăng"},
    // markdown/markdown.cpp (the reasons come from core/url_safety.cpp)
    {"markdown.link.unsafe", "link address '{}' removed: '{}:' addresses run scripts",
     "đã bỏ địa chỉ liên kết '{1}': địa chỉ dạng '{2}:' sẽ chạy mã lệnh (script)"},
    {"markdown.link.unsafe", "image address '{}' removed: '{}:' addresses run scripts",
     "đã bỏ địa chỉ ảnh '{1}': địa chỉ dạng '{2}:' sẽ chạy mã lệnh (script)"},
    {"markdown.link.unsafe", "link address '{}' removed: 'data:' addresses can hold a whole page with scripts",
     "đã bỏ địa chỉ liên kết '{1}': địa chỉ 'data:' có thể chứa cả một trang có mã lệnh (script)"},
    {"markdown.link.unsafe",
     "image address '{}' removed: only PNG, GIF, JPEG and WebP pictures may be written as 'data:' addresses",
     "đã bỏ địa chỉ ảnh '{1}': chỉ ảnh PNG, GIF, JPEG và WebP mới được viết thành địa chỉ 'data:'"},
    {"markdown.link.unsafe",
     "link address '{}' removed: '{}:' is not allowed here (use http, https, mailto, tel or a path on this site)",
     "đã bỏ địa chỉ liên kết '{1}': không được dùng '{2}:' ở đây (hãy dùng http, https, mailto, tel hoặc một "
     "đường dẫn trong trang web này)"},
    {"markdown.link.unsafe",
     "image address '{}' removed: '{}:' is not allowed here (use http, https or a path on this site)",
     "đã bỏ địa chỉ ảnh '{1}': không được dùng '{2}:' ở đây (hãy dùng http, https hoặc một đường dẫn trong trang "
     "web này)"},

    // markdown/raw_html.cpp
    {"markdown.raw-html.unclosed", "this HTML comment is never closed with '-->': everything after it is hidden",
     "chú thích HTML này không được đóng bằng '-->': mọi thứ phía sau nó đều bị ẩn"},
    {"markdown.raw-html.unclosed",
     "this HTML tag is never closed with '>' (or a quote in it is never closed): everything after it is lost",
     "thẻ HTML này không được đóng bằng '>' (hoặc có dấu nháy trong thẻ chưa được đóng): mọi thứ phía sau nó đều "
     "bị mất"},
    // markdown/raw_html.cpp: what the allow-list drops (markdown/html_writer.cpp, markdown/allow_list.cpp,
    // core/url_safety.cpp)
    {"markdown.raw-html.dropped", "removed <{}> and what it holds: scripts are not allowed in pages",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: không được đặt mã lệnh (script) trong trang"},
    {"markdown.raw-html.dropped", "removed <{}> and what it holds: the look of pages comes from the site's theme",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: kiểu dáng của các trang do giao diện của trang web quyết định"},
    {"markdown.raw-html.dropped", "removed <{}> and what it holds: it would change the whole page, not this part of it",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: thẻ này sẽ thay đổi cả trang chứ không chỉ phần này"},
    {"markdown.raw-html.dropped",
     "removed <{}> and what it holds: pages of other sites and plugins cannot be embedded (link to them instead)",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: không được nhúng trang của trang web khác hay plugin vào trang (hãy "
     "đặt liên kết tới chúng)"},
    {"markdown.raw-html.dropped", "removed <{}> and what it holds: what it holds is never shown to readers",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: những gì trong thẻ này không bao giờ hiện ra cho người đọc"},
    {"markdown.raw-html.dropped",
     "removed <{}> and what it holds: forms are not allowed in pages (link to an online form instead)",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: không được đặt biểu mẫu (form) trong trang (hãy đặt liên kết tới một "
     "biểu mẫu trực tuyến)"},
    {"markdown.raw-html.dropped",
     "removed <{}> and what it holds: sound and video cannot be embedded (link to the file instead)",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: không được nhúng âm thanh và video vào trang (hãy đặt liên kết tới "
     "tệp)"},
    {"markdown.raw-html.dropped", "removed <{}> and what it holds: image maps are not allowed",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: không được dùng bản đồ ảnh (image map)"},
    {"markdown.raw-html.dropped",
     "removed <{}> and what it holds: SVG and MathML drawings cannot be written into a page (use a picture file)",
     "đã bỏ thẻ <{1}> cùng mọi thứ bên trong: không được viết hình vẽ SVG hay MathML thẳng vào trang (hãy dùng một "
     "tệp ảnh)"},
    {"markdown.raw-html.dropped",
     "removed the tag <{}>, kept its text: <{}> is not one of the HTML tags allowed in pages",
     "đã bỏ thẻ <{1}>, giữ lại chữ bên trong: <{2}> không nằm trong các thẻ HTML được phép dùng trong trang"},
    {"markdown.raw-html.dropped", "removed {} from <{}>: event handlers run scripts",
     "đã bỏ thuộc tính {1} khỏi thẻ <{2}>: thuộc tính xử lý sự kiện sẽ chạy mã lệnh (script)"},
    {"markdown.raw-html.dropped",
     "removed {} from <{}>: the site's security policy blocks inline styles (the theme gives pages their look)",
     "đã bỏ thuộc tính {1} khỏi thẻ <{2}>: chính sách bảo mật của trang web chặn kiểu dáng viết thẳng vào thẻ (giao "
     "diện quyết định kiểu dáng của các trang)"},
    {"markdown.raw-html.dropped", "removed {} from <{}>: it could interfere with the page's own scripts",
     "đã bỏ thuộc tính {1} khỏi thẻ <{2}>: thuộc tính này có thể làm hỏng mã lệnh (script) của chính trang"},
    {"markdown.raw-html.dropped", "removed {} from <{}>: '{}' is not one of the attributes allowed on <{}>",
     "đã bỏ thuộc tính {1} khỏi thẻ <{2}>: '{3}' không nằm trong các thuộc tính được phép dùng cho thẻ <{4}>"},
    {"markdown.raw-html.dropped", "removed {}=\"{}\" from <{}>: '{}:' addresses run scripts",
     "đã bỏ {1}=\"{2}\" khỏi thẻ <{3}>: địa chỉ dạng '{4}:' sẽ chạy mã lệnh (script)"},
    {"markdown.raw-html.dropped", "removed {}=\"{}\" from <{}>: 'data:' addresses can hold a whole page with scripts",
     "đã bỏ {1}=\"{2}\" khỏi thẻ <{3}>: địa chỉ 'data:' có thể chứa cả một trang có mã lệnh (script)"},
    {"markdown.raw-html.dropped",
     "removed {}=\"{}\" from <{}>: only PNG, GIF, JPEG and WebP pictures may be written as 'data:' addresses",
     "đã bỏ {1}=\"{2}\" khỏi thẻ <{3}>: chỉ ảnh PNG, GIF, JPEG và WebP mới được viết thành địa chỉ 'data:'"},
    {"markdown.raw-html.dropped",
     "removed {}=\"{}\" from <{}>: '{}:' is not allowed here (use http, https, mailto, tel or a path on this site)",
     "đã bỏ {1}=\"{2}\" khỏi thẻ <{3}>: không được dùng '{4}:' ở đây (hãy dùng http, https, mailto, tel hoặc một "
     "đường dẫn trong trang web này)"},
    {"markdown.raw-html.dropped",
     "removed {}=\"{}\" from <{}>: '{}:' is not allowed here (use http, https or a path on this site)",
     "đã bỏ {1}=\"{2}\" khỏi thẻ <{3}>: không được dùng '{4}:' ở đây (hãy dùng http, https hoặc một đường dẫn "
     "trong trang web này)"},
    // markdown/raw_html.cpp (the messages come from markdown/html_budget.cpp)
    {"markdown.limit.html", "the HTML is nested more than {} elements deep (are some tags never closed?)",
     "mã HTML lồng nhau sâu hơn {1} cấp (có thẻ nào chưa được đóng không?)"},
    {"markdown.limit.html", "this page holds more than {} HTML elements with its raw HTML; split it into several pages",
     "mã HTML viết trong trang này có hơn {1} thẻ; hãy chia nội dung ra nhiều trang"},
    {"markdown.limit.html",
     "the HTML leaves so many tags open for so long that the page would take too long to build: close each tag "
     "where it ends",
     "mã HTML để quá nhiều thẻ mở quá lâu nên dựng trang sẽ mất quá nhiều thời gian: hãy đóng mỗi thẻ ngay chỗ nó "
     "kết thúc"},
    {"markdown.limit.html",
     "formatting tags such as <b>, <i> or <font> are left open or misnested so often that the page would take too "
     "long to build: close each one where it ends",
     "các thẻ định dạng như <b>, <i> hay <font> bị bỏ ngỏ hoặc lồng sai thứ tự quá nhiều nên dựng trang sẽ mất quá "
     "nhiều thời gian: hãy đóng mỗi thẻ ngay chỗ nó kết thúc"},
    {"markdown.limit.html", "this tag has {} attributes; at most {} are allowed",
     "thẻ này có {1} thuộc tính; chỉ được có tối đa {2} thuộc tính"},

    // templates/template_scan.cpp (reported by templates/theme.cpp)
    {"template.syntax", "this tag starts with '{}' but is never closed with '{}'",
     "thẻ mẫu này mở bằng '{1}' nhưng không được đóng bằng '{2}'"},
    {"template.syntax", "this tag should change the delimiters, written like {{=<% %>=}}, but it is not valid",
     "thẻ này dùng để đổi dấu mở và đóng thẻ, phải viết như {{=<% %>=}}, nhưng viết chưa đúng"},
    {"template.syntax", "'{{/{}}}' closes section '{}', which is not open here",
     "'{{/{1}}}' đóng khối '{2}', nhưng ở đây khối này chưa được mở"},
    {"template.syntax",
     "section '{}' is opened here but never closed (its end '{{/{}}}' should come before '{{/{}}}' on line {})",
     "khối '{1}' được mở ở đây nhưng không được đóng (thẻ đóng '{{/{2}}}' của nó phải đứng trước '{{/{3}}}' ở "
     "dòng {4})"},
    {"template.syntax", "this partial tag has no name; write it like {{> header}}",
     "thẻ mẫu con (partial) này chưa có tên; hãy viết như {{> header}}"},
    {"template.syntax", "section '{}' is opened here but never closed",
     "khối '{1}' được mở ở đây nhưng không được đóng"},
    // templates/theme.cpp (the reasons after the colon come from kainjow's mustache.hpp; "at" is a byte offset
    // in the layout with its partials inlined)
    {"template.syntax", "layout '{}' could not be compiled after inlining its partials: {}",
     "không dịch được bố cục (layout) '{1}' sau khi ghép các mẫu con (partial) vào: {2}"},
    {"template.syntax", "layout '{}' could not be compiled after inlining its partials: Unclosed tag at {}",
     "không dịch được bố cục (layout) '{1}' sau khi ghép các mẫu con (partial) vào: có một thẻ chưa được đóng (ở "
     "ký tự thứ {2} của bố cục đã ghép); hãy kiểm tra các thẻ {{...}} của bố cục và các mẫu con của nó"},
    {"template.syntax",
     "layout '{}' could not be compiled after inlining its partials: Invalid set delimiter tag at {}",
     "không dịch được bố cục (layout) '{1}' sau khi ghép các mẫu con (partial) vào: có một thẻ đổi dấu mở và đóng "
     "thẻ viết chưa đúng (ở ký tự thứ {2} của bố cục đã ghép)"},
    {"template.syntax",
     "layout '{}' could not be compiled after inlining its partials: Unopened section \"{}\" at {}",
     "không dịch được bố cục (layout) '{1}' sau khi ghép các mẫu con (partial) vào: khối \"{2}\" được đóng mà chưa "
     "được mở (ở ký tự thứ {3} của bố cục đã ghép); hãy mở và đóng mỗi khối trong cùng một tệp"},
    {"template.syntax",
     "layout '{}' could not be compiled after inlining its partials: Unclosed section \"{}\" at {}",
     "không dịch được bố cục (layout) '{1}' sau khi ghép các mẫu con (partial) vào: khối \"{2}\" được mở mà không "
     "được đóng (ở ký tự thứ {3} của bố cục đã ghép); hãy mở và đóng mỗi khối trong cùng một tệp"},
    {"template.render", "layout '{}' could not be rendered: {}",
     "không tạo được trang từ bố cục (layout) '{1}': {2}"},
    {"template.render", "layout '{}' could not be rendered: std::bad_alloc",
     "không tạo được trang từ bố cục (layout) '{1}': máy không đủ bộ nhớ"},
    {"template.render",
     "layout '{}' could not be rendered: Lambda with render argument is not allowed for regular variables",
     "không tạo được trang từ bố cục (layout) '{1}': dữ liệu của trang có một hàm ở chỗ chỉ được dùng giá trị"},
    {"template.read", "could not read this template file", "không đọc được tệp mẫu này"},
    {"template.layout.missing", "the theme has no layout '{}.mustache'",
     "giao diện không có bố cục (layout) '{1}.mustache'"},
    // templates/partials.cpp
    {"template.partial.missing",
     "partial '{}' was not found (there is no partials/{}.mustache in the site or the theme)",
     "không tìm thấy mẫu con (partial) '{1}' (không có tệp partials/{2}.mustache trong trang web hay trong giao "
     "diện)"},
    {"template.partial.cycle", "partial '{}' includes itself: {}",
     "mẫu con (partial) '{1}' tự gọi lại chính nó: {2}"},

    // render/view_model.cpp
    {"config.menu.page", "menu entry '{}': 'page' should name a file under content/ like '@/gioi-thieu/_index.md'",
     "mục '{1}' của trình đơn (menu): 'page' phải ghi tên một tệp trong content/, ví dụ '@/gioi-thieu/_index.md'"},
    {"config.menu.broken", "menu entry '{}' points to '{}', which does not match any page in content/",
     "mục '{1}' của trình đơn (menu) trỏ tới '{2}', nhưng trong content/ không có trang nào như vậy"},

    // images/vips_codec.cpp, images/variant_store.cpp (reported by site/site_images.cpp and site/render_output.cpp)
    {"image.unusable", "the image {} cannot be published: the file is larger than {} MB",
     "không đăng được ảnh {1}: tệp lớn hơn {2} MB; hãy thu nhỏ ảnh rồi lưu lại"},
    {"image.unusable",
     "the image {} cannot be published: this is not a JPEG, PNG or WebP image (its first bytes say otherwise)",
     "không đăng được ảnh {1}: nội dung tệp cho thấy đây không phải ảnh JPEG, PNG hay WebP; hãy lưu lại ảnh ở một "
     "trong các dạng đó"},
    {"image.unusable", "the image {} cannot be published: cannot read this {} image: {}",
     "không đăng được ảnh {1}: không đọc được ảnh {2} này, có thể tệp đã bị hỏng; hãy mở ảnh bằng một phần mềm "
     "xem ảnh rồi lưu lại ({3})"},
    {"image.unusable",
     "the image {} cannot be published: the image is {} × {} pixels, more than the {} megapixels a photo may have",
     "không đăng được ảnh {1}: ảnh có {2} × {3} điểm ảnh, vượt quá {4} megapixel mà một ảnh được phép có; hãy thu "
     "nhỏ ảnh"},
    {"image.unusable", "the image {} cannot be published: cannot enlarge a {} × {} image to {} × {}",
     "không đăng được ảnh {1}: không thể phóng ảnh {2} × {3} lên thành {4} × {5}"},
    {"image.unusable", "the image {} cannot be published: cannot decode this {} image: {}",
     "không đăng được ảnh {1}: không giải mã được ảnh {2} này, có thể tệp đã bị hỏng; hãy mở ảnh bằng một phần mềm "
     "xem ảnh rồi lưu lại ({3})"},
    {"image.unusable", "the image {} cannot be published: cannot flatten this image: {}",
     "không đăng được ảnh {1}: không xử lý được phần nền trong suốt của ảnh ({2})"},
    {"image.unusable", "the image {} cannot be published: cannot decode or encode this image as {}: {}",
     "không đăng được ảnh {1}: không chuyển được ảnh sang dạng {2} ({3})"},
    {"image.unusable", "the image {} cannot be published: the file changed while the site was being built",
     "không đăng được ảnh {1}: tệp đã thay đổi trong lúc đang dựng trang; hãy dựng trang lại"},
    // ... and the reasons core/file_io.cpp and core/file_system.cpp give when the image file cannot be read
    {"image.unusable", "the image {} cannot be published: this file does not exist",
     "không đăng được ảnh {1}: tệp này không tồn tại"},
    {"image.unusable", "the image {} cannot be published: this link is part of a loop of symbolic links",
     "không đăng được ảnh {1}: liên kết (symbolic link) này nằm trong một vòng liên kết trỏ vòng quanh nhau"},
    {"image.unusable", "the image {} cannot be published: cannot read this file: {}",
     "không đăng được ảnh {1}: không đọc được tệp ({2})"},
    {"image.unusable", "the image {} cannot be published: cannot read this file: Permission denied",
     "không đăng được ảnh {1}: không có quyền đọc tệp này"},
    {"image.unusable", "the image {} cannot be published: this file is {}; files over {} are not read",
     "không đăng được ảnh {1}: tệp nặng {2}, mà tệp trên {3} thì không được đọc; hãy thu nhỏ ảnh"},
    {"image.unusable", "the image {} cannot be published: this is a named pipe (FIFO), not a file",
     "không đăng được ảnh {1}: đây là một đường ống (FIFO), không phải tệp"},
    {"image.unusable", "the image {} cannot be published: this is a socket, not a file",
     "không đăng được ảnh {1}: đây là một socket, không phải tệp"},
    {"image.unusable", "the image {} cannot be published: this is a device, not a file",
     "không đăng được ảnh {1}: đây là một thiết bị, không phải tệp"},
    {"image.unusable", "the image {} cannot be published: this is a folder, not a file",
     "không đăng được ảnh {1}: đây là một thư mục, không phải tệp"},
    {"image.unusable", "the image {} cannot be published: this is not a regular file",
     "không đăng được ảnh {1}: đây không phải một tệp bình thường"},

    // output/output_writer.cpp
    {"output.unsafe", "refusing to build into '{}'",
     "không dựng trang vào '{1}': thư mục này không được phép bị thay thế; hãy chọn thư mục khác bằng --output"},
    {"output.create", "cannot create the folder '{}': {}", "không tạo được thư mục '{1}': {2}"},
    {"output.create", "cannot create the folder '{}': Permission denied",
     "không tạo được thư mục '{1}': không có quyền ghi vào đó"},
    {"output.create", "cannot create the folder '{}': Read-only file system",
     "không tạo được thư mục '{1}': ổ đĩa này chỉ cho phép đọc"},
    {"output.create", "cannot create the folder '{}': No space left on device",
     "không tạo được thư mục '{1}': ổ đĩa đã hết chỗ trống"},
    {"output.create", "cannot create '{}': {}", "không tạo được '{1}': {2}"},
    {"output.create", "cannot create '{}': it exists", "không tạo được '{1}': thư mục này đã có sẵn"},
    {"output.create", "cannot create '{}': Permission denied", "không tạo được '{1}': không có quyền ghi vào đó"},
    {"output.create", "cannot create '{}': No space left on device", "không tạo được '{1}': ổ đĩa đã hết chỗ trống"},
    {"output.restored", "the previous output was put back from '{}', where a build that was stopped had left it",
     "đã đặt lại kết quả của lần dựng trước từ '{1}', nơi một lần dựng trang bị dừng giữa chừng để lại"},
    {"output.unreadable", "cannot look at the output folder: {}", "không xem được thư mục kết quả: {1}"},
    {"output.unreadable", "cannot look at the output folder: Permission denied",
     "không xem được thư mục kết quả: không có quyền truy cập"},
    {"output.unreadable",
     "the output folder cannot be listed (Permission denied), so what it holds is unknown; it was left as it was",
     "không có quyền xem danh sách tệp trong thư mục kết quả nên không biết trong đó có gì; thư mục được giữ nguyên"},
    {"output.unreadable", "the output folder cannot be listed ({}), so what it holds is unknown; it was left as it was",
     "không xem được danh sách tệp trong thư mục kết quả ({1}) nên không biết trong đó có gì; thư mục được giữ "
     "nguyên"},
    {"output.not-a-folder", "the output '{}' exists and is not a folder",
     "đã có '{1}' ở chỗ ghi kết quả và nó không phải là thư mục; hãy chọn chỗ khác bằng --output"},
    {"output.foreign",
     "the output folder '{}' holds files that Webtruong did not write; choose an empty or new folder",
     "thư mục kết quả '{1}' có những tệp không do Webtruong ghi ra; hãy chọn một thư mục trống hoặc một thư mục mới"},
    {"output.unsafe-path", "refusing to write outside the output folder: '{}'",
     "không ghi ra ngoài thư mục kết quả: '{1}'"},
    {"output.write", "cannot create the folder for '{}'", "không tạo được thư mục để chứa '{1}'"},
    {"output.write", "cannot write '{}': {}", "không ghi được '{1}': {2}"},
    {"output.write", "cannot write '{}': Permission denied", "không ghi được '{1}': không có quyền ghi vào đó"},
    {"output.write", "cannot write '{}': No space left on device", "không ghi được '{1}': ổ đĩa đã hết chỗ trống"},
    {"output.write", "cannot write '{}': Read-only file system", "không ghi được '{1}': ổ đĩa này chỉ cho phép đọc"},
    {"output.write", "cannot write '{}' (disk full?)", "không ghi được '{1}' (ổ đĩa đã đầy chăng?)"},
    {"output.commit", "cannot move the new site into place: {}",
     "không chuyển được trang web mới dựng vào chỗ của nó: {1}"},
    {"output.commit", "cannot move the new site into place: Permission denied",
     "không chuyển được trang web mới dựng vào chỗ của nó: không có quyền ghi vào thư mục chứa nó"},
    {"output.commit", "cannot replace the previous output: {}", "không thay được kết quả của lần dựng trước: {1}"},
    {"output.commit", "cannot move the previous output aside: {}",
     "không dời được kết quả của lần dựng trước sang chỗ khác: {1}"},
    {"output.two-renames",
     "the file system here cannot swap two folders in one step (renameat2: {}); the previous output was replaced "
     "with two renames, and would be put back by the next build if this one were stopped between them",
     "ổ đĩa ở đây không đổi chỗ được hai thư mục trong một bước (renameat2: {1}); kết quả của lần dựng trước đã "
     "được thay bằng hai lần đổi tên, và lần dựng sau sẽ đặt lại nó nếu lần này bị dừng giữa hai bước đó"},
    // output/file_copy.cpp
    {"output.copy", "cannot copy this file: {}", "không sao chép được tệp này: {1}"},
    {"output.copy", "cannot copy this file: No space left on device",
     "không sao chép được tệp này: ổ đĩa đã hết chỗ trống"},
    {"output.copy", "cannot copy this file: Permission denied", "không sao chép được tệp này: không có quyền"},
    // output/output_location.cpp
    {"output.location",
     "the output folder cannot be the site folder itself: every build replaces it; use {} (the default)",
     "thư mục kết quả không được là chính thư mục trang web: mỗi lần dựng trang sẽ thay thế nó; hãy dùng {1} (mặc "
     "định)"},
    {"output.location",
     "the output folder holds the site folder '{}': every build replaces it; use {} (the default)",
     "thư mục kết quả chứa thư mục trang web '{1}': mỗi lần dựng trang sẽ thay thế nó; hãy dùng {2} (mặc định)"},
    {"output.location",
     "the output folder is inside {}/ of the site, which the build reads; use {} (the default) or a folder outside "
     "{}/",
     "thư mục kết quả nằm trong {1}/ của trang web, là nơi việc dựng trang đọc vào; hãy dùng {2} (mặc định) hoặc "
     "một thư mục ở ngoài {3}/"},
    // output/output_lock.cpp
    {"output.locked", "cannot create the lock file '{}': {}", "không tạo được tệp khóa '{1}': {2}"},
    {"output.locked", "cannot create the lock file '{}': Permission denied",
     "không tạo được tệp khóa '{1}': không có quyền ghi vào thư mục đó"},
    {"output.locked", "cannot create the lock file '{}': Read-only file system",
     "không tạo được tệp khóa '{1}': ổ đĩa này chỉ cho phép đọc"},
    {"output.locked", "cannot lock '{}': {}", "không khóa được '{1}': {2}"},
    {"output.locked", "cannot write the lock file '{}': {}", "không ghi được tệp khóa '{1}': {2}"},
    {"output.locked", "cannot lock '{}': it keeps being replaced",
     "không khóa được '{1}': tệp khóa liên tục bị thay thế"},
    {"output.locked", "another build (process {}) is writing to this folder; wait for it to end, then build again",
     "một lần dựng trang khác (tiến trình {1}) đang ghi vào thư mục này; hãy chờ nó xong rồi dựng lại"},
    {"output.locked", "another build is writing to this folder; wait for it to end, then build again",
     "một lần dựng trang khác đang ghi vào thư mục này; hãy chờ nó xong rồi dựng lại"},
    // output/incremental_writer.cpp (the reasons come from output/journal.cpp and core/file_io.cpp)
    {"output.journal-ignored",
     "the journal of a build that was stopped could not be read (it is not a journal of this version); the cache "
     "was removed, so this build is a full one",
     "không đọc được nhật ký của một lần dựng trang bị dừng giữa chừng (nhật ký không thuộc phiên bản này); bộ nhớ "
     "đệm đã được xóa nên lần này dựng lại toàn bộ"},
    {"output.journal-ignored",
     "the journal of a build that was stopped could not be read (its checksum is wrong); the cache was removed, so "
     "this build is a full one",
     "không đọc được nhật ký của một lần dựng trang bị dừng giữa chừng (mã kiểm tra của nhật ký bị sai); bộ nhớ đệm "
     "đã được xóa nên lần này dựng lại toàn bộ"},
    {"output.journal-ignored",
     "the journal of a build that was stopped could not be read (it is malformed at line {}); the cache was "
     "removed, so this build is a full one",
     "không đọc được nhật ký của một lần dựng trang bị dừng giữa chừng (nhật ký bị hỏng ở dòng {1}); bộ nhớ đệm đã "
     "được xóa nên lần này dựng lại toàn bộ"},
    {"output.journal", "the journal of a build that was stopped could not be completed: cannot remove '{}': {}",
     "không hoàn tất được nhật ký của một lần dựng trang bị dừng giữa chừng: không xóa được '{1}': {2}"},
    {"output.journal", "the journal of a build that was stopped could not be completed: cannot put '{}' in place: {}",
     "không hoàn tất được nhật ký của một lần dựng trang bị dừng giữa chừng: không đặt được '{1}' vào chỗ của nó: "
     "{2}"},
    {"output.journal-completed",
     "a build that was stopped while it replaced files was completed from its journal ({} steps)",
     "một lần dựng trang bị dừng giữa lúc thay tệp đã được làm tiếp cho xong theo nhật ký của nó ({1} bước)"},
    // output/incremental_writer.cpp: the cache file (core/file_io.cpp's write_file_replacing)
    {"output.write", "cannot write {}: {}", "không ghi được {1}: {2}"},
    {"output.write", "cannot write {}: No space left on device", "không ghi được {1}: ổ đĩa đã hết chỗ trống"},
    {"output.write", "cannot write {}: Permission denied", "không ghi được {1}: không có quyền ghi vào đó"},
    {"output.write", "cannot write {}: it is a folder", "không ghi được {1}: đó là một thư mục"},
    {"output.write", "cannot write {}: it names a folder, not a file",
     "không ghi được {1}: đó là tên một thư mục, không phải tệp"},
    {"output.write", "cannot write to the standard output: {}", "không ghi được ra đầu ra chuẩn: {1}"},
    // output/incremental_writer.cpp: the journal (output/journal.cpp)
    {"output.commit", "cannot write the journal: {}", "không ghi được nhật ký của lần dựng trang: {1}"},
    {"output.commit", "cannot remove '{}': {}; the next build completes the change from its journal",
     "không xóa được '{1}': {2}; lần dựng sau sẽ làm tiếp thay đổi này theo nhật ký"},
    {"output.commit", "cannot put '{}' in place: {}; the next build completes the change from its journal",
     "không đặt được '{1}' vào chỗ của nó: {2}; lần dựng sau sẽ làm tiếp thay đổi này theo nhật ký"},

    // site/load_site.cpp
    {"config.theme", "the theme '{}' was not found (looked in themes/ and the installed themes)",
     "không tìm thấy giao diện '{1}' (đã tìm trong themes/ và trong các giao diện đã cài)"},
    {"build.schemas", "the schemas/ folder of Webtruong was not found; set WEBTRUONG_SCHEMAS",
     "không tìm thấy thư mục schemas/ của Webtruong; hãy đặt biến môi trường WEBTRUONG_SCHEMAS chỉ tới thư mục đó"},

    // site/site_check.cpp
    {"check.rubric", "the rubric '{}' does not exist (no {})",
     "bộ tiêu chí chấm điểm '{1}' không tồn tại (không có tệp {2})"},
    {"check.rules", "the rule set '{}' does not exist (no {})", "bộ quy định '{1}' không tồn tại (không có tệp {2})"},
    {"check.schemas", "the schemas/ folder with the rule sets was not found",
     "không tìm thấy thư mục schemas/ chứa các bộ quy định"},

    // site/validate.cpp
    {"template.layout.missing", "'layout: {}' names a layout the theme does not have",
     "'layout: {1}' ghi tên một bố cục (layout) mà giao diện không có"},
    // site/validate.cpp, with --strict (the notes come from compliance/checker.cpp)
    {"compliance.missing", "requirement '{}' ({}) is missing", "yêu cầu '{1}' ({2}) còn thiếu"},
    {"compliance.missing", "requirement '{}' ({}) is missing: {}", "yêu cầu '{1}' ({2}) còn thiếu: {3}"},
    {"compliance.missing", "requirement '{}' ({}) is missing: site.yaml '{}' still holds a placeholder [CẦN ĐIỀN ...] to replace",
     "yêu cầu '{1}' ({2}) còn thiếu: '{3}' trong site.yaml vẫn còn chỗ [CẦN ĐIỀN ...] cần thay bằng thông tin thật"},
    {"compliance.missing", "requirement '{}' ({}) is missing: still holds placeholders [CẦN ĐIỀN ...] to replace",
     "yêu cầu '{1}' ({2}) còn thiếu: vẫn còn những chỗ [CẦN ĐIỀN ...] chưa được thay bằng nội dung thật"},
    {"compliance.missing", "requirement '{}' ({}) is missing: site.yaml '{}' ({}) is not of the required form",
     "yêu cầu '{1}' ({2}) còn thiếu: '{3}' trong site.yaml ({4}) chưa đúng dạng quy định"},
    {"compliance.missing", "requirement '{}' ({}) is missing: site.yaml has no {}",
     "yêu cầu '{1}' ({2}) còn thiếu: site.yaml chưa có {3}"},
    {"compliance.missing", "requirement '{}' ({}) is missing: {} of {} posts have author or source",
     "yêu cầu '{1}' ({2}) còn thiếu: chỉ {3} trên {4} bài viết có author hoặc source"},
    {"compliance.missing", "requirement '{}' ({}) is missing: {} of {} posts have portal",
     "yêu cầu '{1}' ({2}) còn thiếu: {3} trên {4} bài viết có portal"},
    {"compliance.missing",
     "requirement '{}' ({}) is missing: the disclosures of {} have no item of category '{}'",
     "yêu cầu '{1}' ({2}) còn thiếu: phần công khai năm học {3} chưa có mục nào thuộc loại '{4}'"},
    {"compliance.missing", "requirement '{}' ({}) is missing: add a section content/{}/",
     "yêu cầu '{1}' ({2}) còn thiếu: hãy thêm mục content/{3}/"},
    {"compliance.missing", "requirement '{}' ({}) is missing: add data of kind '{}' under data/",
     "yêu cầu '{1}' ({2}) còn thiếu: hãy thêm dữ liệu loại '{3}' vào data/"},
    {"compliance.missing", "requirement '{}' ({}) is missing: {} images have no alternative text, first at {}",
     "yêu cầu '{1}' ({2}) còn thiếu: {3} ảnh chưa có chú thích thay thế, ảnh đầu tiên ở {4}"},
    {"compliance.missing", "requirement '{}' ({}) is missing: nothing on the site satisfies it",
     "yêu cầu '{1}' ({2}) còn thiếu: trang web chưa có gì đáp ứng yêu cầu này"},
    {"compliance.stale", "requirement '{}' ({}) is stale", "yêu cầu '{1}' ({2}) chưa được cập nhật kịp thời"},
    {"compliance.stale", "requirement '{}' ({}) is stale: {}", "yêu cầu '{1}' ({2}) chưa được cập nhật kịp thời: {3}"},
    {"compliance.stale",
     "requirement '{}' ({}) is stale: no disclosures for the school year {} (data/cong-khai/{}.yaml)",
     "yêu cầu '{1}' ({2}) chưa được cập nhật kịp thời: chưa có phần công khai của năm học {3} "
     "(data/cong-khai/{4}.yaml)"},
    {"compliance.stale", "requirement '{}' ({}) is stale: nothing for the current week ({})",
     "yêu cầu '{1}' ({2}) chưa được cập nhật kịp thời: chưa có gì cho tuần này ({3})"},
    {"compliance.stale", "requirement '{}' ({}) is stale: nothing for the school year {}, due before {}",
     "yêu cầu '{1}' ({2}) chưa được cập nhật kịp thời: chưa có gì cho năm học {3}, hạn là trước {4}"},
    {"compliance.stale", "requirement '{}' ({}) is stale: {} posts per week since {}, fewer than {}",
     "yêu cầu '{1}' ({2}) chưa được cập nhật kịp thời: {3} bài viết mỗi tuần kể từ {4}, ít hơn mức {5}"},

    // site/alt_text.cpp
    {"image.alt-missing",
     "this image has no alternative text: write what it shows between the brackets, as in "
     "![Học sinh chào cờ đầu tuần](anh.jpg), for readers who cannot see it",
     "ảnh này chưa có chú thích thay thế: hãy viết ảnh thể hiện gì vào giữa hai dấu ngoặc vuông, ví dụ "
     "![Học sinh chào cờ đầu tuần](anh.jpg), để người không nhìn thấy ảnh cũng hiểu được"},
    {"image.alt-missing", "'image:' has no 'image_alt:': write what the photo shows, for readers who cannot see it",
     "'image:' chưa có 'image_alt:' đi kèm: hãy viết ảnh thể hiện gì, để người không nhìn thấy ảnh cũng hiểu được"},

    // site/static_files.cpp
    {"static.script",
     "this file can carry script that would run on the school's web pages (.{} files can); to publish it all the "
     "same, add '{}' to static_allow in site.yaml",
     "tệp này có thể chứa mã lệnh (script) chạy trên các trang web của trường (tệp .{1} có thể như vậy); nếu vẫn "
     "muốn đăng, hãy thêm '{2}' vào static_allow trong site.yaml"},
    {"static.script",
     "this file can carry script that would run on the school's web pages (this XML file names a stylesheet); to "
     "publish it all the same, add '{}' to static_allow in site.yaml",
     "tệp này có thể chứa mã lệnh (script) chạy trên các trang web của trường (tệp XML này khai báo một "
     "stylesheet); nếu vẫn muốn đăng, hãy thêm '{1}' vào static_allow trong site.yaml"},
    {"static.script",
     "this file can carry script that would run on the school's web pages (this XML file holds XHTML); to publish "
     "it all the same, add '{}' to static_allow in site.yaml",
     "tệp này có thể chứa mã lệnh (script) chạy trên các trang web của trường (tệp XML này chứa XHTML); nếu vẫn "
     "muốn đăng, hãy thêm '{1}' vào static_allow trong site.yaml"},
    {"static.script",
     "this file can carry script that would run on the school's web pages (this XML file holds SVG); to publish it "
     "all the same, add '{}' to static_allow in site.yaml",
     "tệp này có thể chứa mã lệnh (script) chạy trên các trang web của trường (tệp XML này chứa SVG); nếu vẫn muốn "
     "đăng, hãy thêm '{1}' vào static_allow trong site.yaml"},
    {"static.script",
     "this file can carry script that would run on the school's web pages (this XML file could not be checked "
     "({})); to publish it all the same, add '{}' to static_allow in site.yaml",
     "tệp này có thể chứa mã lệnh (script) chạy trên các trang web của trường (không kiểm tra được tệp XML này: "
     "{1}); nếu vẫn muốn đăng, hãy thêm '{2}' vào static_allow trong site.yaml"},
    {"static.script",
     "this file can carry script that would run on the school's web pages (this XML file could not be checked "
     "(this file is {}; files over {} are not read)); to publish it all the same, add '{}' to static_allow in "
     "site.yaml",
     "tệp này có thể chứa mã lệnh (script) chạy trên các trang web của trường (không kiểm tra được tệp XML này vì "
     "tệp nặng {1}, mà tệp trên {2} thì không được đọc); nếu vẫn muốn đăng, hãy thêm '{3}' vào static_allow trong "
     "site.yaml"},
    {"static.script",
     "this file can carry script that would run on the school's web pages (this XML file could not be checked "
     "(cannot read this file: {})); to publish it all the same, add '{}' to static_allow in site.yaml",
     "tệp này có thể chứa mã lệnh (script) chạy trên các trang web của trường (không kiểm tra được tệp XML này vì "
     "không đọc được tệp: {1}); nếu vẫn muốn đăng, hãy thêm '{2}' vào static_allow trong site.yaml"},

    // site/build_hooks.cpp
    {"plugin.output", "the file '{}' it adds is not a file path inside the output folder",
     "tệp '{1}' mà plugin này thêm vào không phải là đường dẫn tới một tệp trong thư mục kết quả"},
    {"plugin.output", "the file '{}' it adds is where Webtruong keeps its own files",
     "tệp '{1}' mà plugin này thêm vào nằm ở chỗ Webtruong giữ các tệp riêng của mình"},
    {"plugin.output", "the file '{}' it adds is already written by the build",
     "tệp '{1}' mà plugin này thêm vào đã được lần dựng trang ghi ra rồi"},

    // site/build_plan.cpp: Webtruong's own files
    {"build.output-reserved", "{} would be written at '{}', where Webtruong keeps its own files",
     "{1} sẽ được ghi vào '{2}', là chỗ Webtruong giữ các tệp riêng của mình; hãy đổi tên hoặc địa chỉ của nó"},
    {"build.output-reserved", "the alias '{}' of {} would be written at '{}', where Webtruong keeps its own files",
     "địa chỉ cũ (alias) '{1}' của {2} sẽ được ghi vào '{3}', là chỗ Webtruong giữ các tệp riêng của mình; hãy đổi "
     "địa chỉ cũ này"},
    // site/output_plan.cpp: two outputs at one path. Each side is a file of the site or one of the outputs
    // site/build_plan.cpp describes: one entry per description, on the side where it can occur.
    {"build.output-clash", "{} and {} would both be written to '{}'; change one of them",
     "{1} và {2} sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the home page would both be written to '{}'; change one of them",
     "{1} và trang chủ sẽ cùng được ghi vào '{2}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the site map page would both be written to '{}'; change one of them",
     "{1} và trang sơ đồ trang web sẽ cùng được ghi vào '{2}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the 404 page would both be written to '{}'; change one of them",
     "{1} và trang 404 sẽ cùng được ghi vào '{2}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the list of {} would both be written to '{}'; change one of them",
     "{1} và trang danh sách {2} sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the {} '{}' would both be written to '{}'; change one of them",
     "{1} và trang {2} '{3}' sẽ cùng được ghi vào '{4}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the feed of the site would both be written to '{}'; change one of them",
     "{1} và nguồn tin (feed) của trang web sẽ cùng được ghi vào '{2}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "{} and the feed of the section content/{}/ would both be written to '{}'; change one of them",
     "{1} và nguồn tin (feed) của mục content/{2}/ sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the page '{}' built from data/ would both be written to '{}'; change one of them",
     "{1} và trang '{2}' dựng từ data/ sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "{} and the list of the section content/{}/ would both be written to '{}'; change one of them",
     "{1} và trang danh sách của mục content/{2}/ sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash", "{} and the alias '{}' of {} would both be written to '{}'; change one of them",
     "{1} và địa chỉ cũ (alias) '{2}' của {3} sẽ cùng được ghi vào '{4}'; hãy đổi một trong hai"},
    {"build.output-clash", "the page '{}' built from data/ and {} would both be written to '{}'; change one of them",
     "trang '{1}' dựng từ data/ và {2} sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the list of the section content/{}/ and {} would both be written to '{}'; change one of them",
     "trang danh sách của mục content/{1}/ và {2} sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash", "the alias '{}' of {} and {} would both be written to '{}'; change one of them",
     "địa chỉ cũ (alias) '{1}' của {2} và {3} sẽ cùng được ghi vào '{4}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the list of the section content/{}/ and the site map page would both be written to '{}'; change one of them",
     "trang danh sách của mục content/{1}/ và trang sơ đồ trang web sẽ cùng được ghi vào '{2}'; hãy đổi một trong "
     "hai"},
    {"build.output-clash",
     "the list of the section content/{}/ and the list of {} would both be written to '{}'; change one of them",
     "trang danh sách của mục content/{1}/ và trang danh sách {2} sẽ cùng được ghi vào '{3}'; hãy đổi một trong "
     "hai"},
    {"build.output-clash",
     "the list of the section content/{}/ and the {} '{}' would both be written to '{}'; change one of them",
     "trang danh sách của mục content/{1}/ và trang {2} '{3}' sẽ cùng được ghi vào '{4}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the page '{}' built from data/ and the site map page would both be written to '{}'; change one of them",
     "trang '{1}' dựng từ data/ và trang sơ đồ trang web sẽ cùng được ghi vào '{2}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the page '{}' built from data/ and the list of {} would both be written to '{}'; change one of them",
     "trang '{1}' dựng từ data/ và trang danh sách {2} sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the page '{}' built from data/ and the {} '{}' would both be written to '{}'; change one of them",
     "trang '{1}' dựng từ data/ và trang {2} '{3}' sẽ cùng được ghi vào '{4}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the page '{}' built from data/ and the page '{}' built from data/ would both be written to '{}'; change one "
     "of them",
     "trang '{1}' dựng từ data/ và trang '{2}' dựng từ data/ sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the alias '{}' of {} and the site map page would both be written to '{}'; change one of them",
     "địa chỉ cũ (alias) '{1}' của {2} và trang sơ đồ trang web sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash", "the alias '{}' of {} and the 404 page would both be written to '{}'; change one of them",
     "địa chỉ cũ (alias) '{1}' của {2} và trang 404 sẽ cùng được ghi vào '{3}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the alias '{}' of {} and the list of {} would both be written to '{}'; change one of them",
     "địa chỉ cũ (alias) '{1}' của {2} và trang danh sách {3} sẽ cùng được ghi vào '{4}'; hãy đổi một trong hai"},
    {"build.output-clash", "the alias '{}' of {} and the {} '{}' would both be written to '{}'; change one of them",
     "địa chỉ cũ (alias) '{1}' của {2} và trang {3} '{4}' sẽ cùng được ghi vào '{5}'; hãy đổi một trong hai"},
    {"build.output-clash",
     "the alias '{}' of {} and the list of the section content/{}/ would both be written to '{}'; change one of "
     "them",
     "địa chỉ cũ (alias) '{1}' của {2} và trang danh sách của mục content/{3}/ sẽ cùng được ghi vào '{4}'; hãy đổi "
     "một trong hai"},
    {"build.output-clash",
     "the alias '{}' of {} and the page '{}' built from data/ would both be written to '{}'; change one of them",
     "địa chỉ cũ (alias) '{1}' của {2} và trang '{3}' dựng từ data/ sẽ cùng được ghi vào '{4}'; hãy đổi một trong "
     "hai"},

    // output/build_cache.cpp: why the earlier build's cache was not used, in the lines
    // cli/command_build.cpp and cli/command_portal.cpp print
    {"cli.build", "the cache of the earlier build was not used (there is no build cache): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (chưa có bộ nhớ đệm của lần dựng trước): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it cannot be read: {}): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (không đọc được nó: {1}): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it was written by another version of the cache format): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó được ghi theo một phiên bản khác của định dạng bộ nhớ đệm): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it is not a build cache): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (đó không phải là bộ nhớ đệm của lần dựng trang): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it is truncated): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó bị cắt mất phần cuối): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (its checksum is wrong): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (mã kiểm tra của nó bị sai): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it is malformed at line {}): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó bị hỏng ở dòng {1}): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it lists a wrong number of outputs): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó ghi sai số tệp kết quả): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it was written by another build of webtruong (build {})): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó do một bản webtruong khác ghi ra (bản {1})): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (it names '{}', which is not in the output folder): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó có ghi '{1}', nhưng tệp này không có trong thư mục kết quả): dựng lại toàn bộ"},
    {"cli.build", "the cache of the earlier build was not used (the output '{}' was changed since the last build): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (tệp kết quả '{1}' đã bị sửa sau lần dựng trước): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (there is no build cache): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (chưa có bộ nhớ đệm của lần dựng trước): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it cannot be read: {}): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (không đọc được nó: {1}): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it was written by another version of the cache format): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó được ghi theo một phiên bản khác của định dạng bộ nhớ đệm): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it is not a build cache): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (đó không phải là bộ nhớ đệm của lần dựng trang): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it is truncated): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó bị cắt mất phần cuối): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (its checksum is wrong): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (mã kiểm tra của nó bị sai): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it is malformed at line {}): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó bị hỏng ở dòng {1}): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it lists a wrong number of outputs): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó ghi sai số tệp kết quả): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it was written by another build of webtruong (build {})): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó do một bản webtruong khác ghi ra (bản {1})): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (it names '{}', which is not in the output folder): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (nó có ghi '{1}', nhưng tệp này không có trong thư mục kết quả): dựng lại toàn bộ"},
    {"cli.portal", "the cache of the earlier build was not used (the output '{}' was changed since the last build): full build",
     "không dùng được bộ nhớ đệm của lần dựng trước (tệp kết quả '{1}' đã bị sửa sau lần dựng trước): dựng lại toàn bộ"},
    // serve/dev_server.cpp, serve/http_server.cpp, serve/watcher.cpp: why the server cannot start, printed by
    // cli/command_serve.cpp
    {"cli.serve", "cannot serve '{}': there is no such folder",
     "không mở được trang web '{1}' để xem thử: không có thư mục này"},
    {"cli.serve", "cannot listen on {} (address in use, or not an address of this machine)",
     "không mở được địa chỉ {1} (địa chỉ này đang được chương trình khác dùng, hoặc không phải địa chỉ của máy này); "
     "hãy thử một cổng khác với --port"},
    {"cli.serve", "cannot watch '{}': {}", "không theo dõi được các thay đổi trong '{1}': {2}"},
    {"cli.serve", "cannot watch '{}': No space left on device",
     "không theo dõi được các thay đổi trong '{1}': máy đã hết số thư mục được phép theo dõi (giới hạn "
     "fs.inotify.max_user_watches); hãy tăng giới hạn này hoặc đóng bớt chương trình đang theo dõi tệp"},
    {"cli.serve", "cannot watch '{}': Permission denied",
     "không theo dõi được các thay đổi trong '{1}': không có quyền đọc thư mục này"},
    {"cli.serve", "cannot watch files for changes (inotify): {}", "không theo dõi được các thay đổi của tệp (inotify): {1}"},
    {"cli.serve", "cannot watch files for changes (inotify): Too many open files",
     "không theo dõi được các thay đổi của tệp (inotify): có quá nhiều chương trình đang theo dõi tệp (giới hạn "
     "fs.inotify.max_user_instances); hãy đóng bớt chúng rồi thử lại"},
};

}  // namespace

std::span<const MessageTranslation> rendering() { return kMessages; }

}  // namespace wt::messages

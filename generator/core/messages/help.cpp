#include "core/messages/catalog_parts.hpp"

namespace wt::messages {
namespace {

// The --help texts, all under the code "help": each command's description and
// its options' help (plugin/option_parser.cpp usage()), the list of commands
// (cli/cli.cpp) with the summaries plugins give theirs, and the list of portal
// subcommands (cli/command_portal.cpp). Option names, placeholders (DIR, OUT,
// N, URL ...) and synopses are what the user types: they stay as they are. A
// description keeps its line breaks, so its English here is the whole text and
// its Vietnamese is wrapped by hand at about the English's width; an option's
// help is one line, wrapped by usage().
const MessageTranslation kMessages[] = {
    // plugin/option_parser.cpp: the words of every command's --help
    {"help", "usage:", "cách dùng:"},
    {"help", "print this help", "in ra tài liệu hướng dẫn này"},
    // cli/cli.cpp: webtruong help and webtruong plugins, with the plugins' summaries (audit/command/audit_plugin.cpp)
    {"help", "commands:", "các lệnh:"},
    {"help", "subcommands:", "các lệnh con:"},
    {"help", "Webtruong builds the website of a Vietnamese school from Markdown and data files.",
     "Webtruong dựng trang web của một trường học Việt Nam từ các tệp Markdown và tệp dữ liệu."},
    {"help", "Run 'webtruong COMMAND --help' for the options of a command.",
     "Chạy 'webtruong COMMAND --help' để xem các tùy chọn của một lệnh."},
    {"help", "(plugin {})", "(tiện ích mở rộng {1})"},
    {"help", "build the site in DIR into a folder of static files", "dựng trang web trong DIR thành thư mục tệp tĩnh"},
    {"help", "preview the site in DIR at http://127.0.0.1:8080/, rebuilt and reloaded on every save",
     "xem trước trang web trong DIR tại http://127.0.0.1:8080/, tự dựng lại và tải lại sau mỗi lần lưu"},
    {"help", "report every legal requirement as ok, missing, stale or not applicable",
     "báo cáo từng yêu cầu theo quy định: đạt, thiếu, quá hạn hay không áp dụng"},
    {"help", "create a new school site with every section its type requires",
     "tạo trang web mới cho một trường, có sẵn mọi mục mà loại trường đó bắt buộc"},
    {"help", "build the sites of every school in portal.yaml and the portal's own pages",
     "dựng trang web của mọi trường trong portal.yaml và các trang riêng của cổng"},
    {"help", "turn a spreadsheet (CSV, XLSX) of a timetable, fee schedule or staff list into data files",
     "chuyển bảng tính (CSV, XLSX) thời khóa biểu, các khoản thu hoặc danh sách cán bộ thành tệp dữ liệu"},
    {"help", "write the forms of Decap CMS for this site (admin/config.yml) from its sections and schemas",
     "tạo các biểu mẫu Decap CMS cho trang web này (admin/config.yml) từ các mục và lược đồ dữ liệu của nó"},
    {"help", "print the nginx configuration that serves a built site",
     "in ra cấu hình nginx để phục vụ một trang web đã dựng"},
    {"help", "list the plugins built into this webtruong and the commands they add",
     "liệt kê các tiện ích mở rộng có sẵn trong webtruong này và các lệnh chúng thêm vào"},
    {"help", "print the version and the build id", "in ra phiên bản và mã bản dựng"},
    {"help", "list the commands", "liệt kê các lệnh"},
    {"help", "crawler audit of live school websites (any CMS): sections, posting frequency, rubric score",
     "đánh giá các trang web trường học đang hoạt động (dùng CMS nào cũng được) bằng cách thu thập trang: các "
     "mục, tần suất đăng bài, điểm theo bộ tiêu chí"},
    {"help", "crawl live school websites and score them against a rubric",
     "thu thập các trang web trường học đang hoạt động và chấm điểm theo bộ tiêu chí"},
    // cli/command_portal.cpp: webtruong portal --help
    {"help",
     "Builds the websites of the schools of a sở GDĐT listed in portal.yaml, and the portal's own pages\n"
     "(home with the latest news of all schools, news list, directory of schools, the compliance dashboard\n"
     "bang-theo-doi/ with each school's audit beside it when --db is given, sitemap index).",
     "Dựng trang web của các trường thuộc một Sở GDĐT có trong portal.yaml, cùng các trang riêng của cổng\n"
     "(trang chủ với tin mới nhất của mọi trường, danh sách tin, danh bạ các trường, bảng theo dõi\n"
     "bang-theo-doi/ cho biết các trường thực hiện quy định ra sao, kèm kết quả đánh giá của từng\n"
     "trường khi có --db, chỉ mục sitemap)."},
    {"help", "build every member site and the portal (or one shard of the members)",
     "dựng mọi trang web thành viên và cổng (hoặc một phần của các trang thành viên)"},
    {"help", "assemble the outputs of the shards into one portal", "gộp kết quả của các phần thành một cổng"},
    {"help", "print the nginx configuration that serves the built portal",
     "in ra cấu hình nginx để phục vụ cổng đã dựng"},
    {"help", "Run 'webtruong portal SUBCOMMAND --help' for the options of a subcommand (docs/portal.md).",
     "Chạy 'webtruong portal SUBCOMMAND --help' để xem các tùy chọn của một lệnh con (docs/portal.md)."},
    // cli/command_build.cpp: webtruong build --help
    {"help",
     "Builds the site in DIR (default: the current folder) into OUT (default: DIR/public).\n"
     "The new site replaces OUT only when the build has no error. When OUT holds the cache of\n"
     "an earlier build (OUT/.webtruong/), only the pages whose inputs changed are rendered and\n"
     "only the files that changed are replaced; --full builds everything anew.",
     "Dựng trang web trong DIR (mặc định: thư mục hiện tại) vào OUT (mặc định: DIR/public).\n"
     "Trang web mới chỉ thay cho OUT khi quá trình dựng không có lỗi nào. Khi OUT có bộ nhớ đệm\n"
     "của lần dựng trước (OUT/.webtruong/), chỉ những trang có dữ liệu đầu vào thay đổi mới\n"
     "được tạo lại và chỉ những tệp đã thay đổi mới được thay; --full dựng lại toàn bộ từ đầu."},
    {"help", "where to write the site", "nơi ghi trang web"},
    {"help", "include drafts and pages waiting for review (status: draft, review), marked as such",
     "đưa cả bản nháp và trang chờ duyệt (status: draft, review) vào, có đánh dấu rõ"},
    {"help", "include pages whose publish date has not come yet", "đưa cả các trang chưa đến ngày đăng vào"},
    {"help", "treat warnings as errors", "coi cảnh báo là lỗi"},
    {"help", "use URL instead of base_url from site.yaml (may be a folder: https://host/truong/)",
     "dùng URL thay cho base_url trong site.yaml (có thể là một thư mục: https://host/truong/)"},
    {"help", "ignore the cache of the earlier build: render and write every page",
     "bỏ qua bộ nhớ đệm của lần dựng trước: tạo và ghi lại mọi trang"},
    {"help", "threads to use for every phase (default: one per core)",
     "số luồng dùng cho mỗi giai đoạn (mặc định: mỗi nhân CPU một luồng)"},
    {"help", "print nothing but diagnostics", "chỉ in ra các thông báo lỗi và cảnh báo"},
    {"help", "print the time each phase of the build took", "in ra thời gian của từng giai đoạn dựng trang"},
    // cli/command_serve.cpp: webtruong serve --help
    {"help",
     "Builds the site in DIR (default: the current folder) into memory and serves it at\n"
     "http://127.0.0.1:PORT/ for a preview: nothing is written, public/ is not touched.\n"
     "Each time a file of the site is saved, the pages whose inputs changed are built again\n"
     "and the pages open in the browser reload by themselves. While the site has a build\n"
     "error, every page shows the error (file, line, column and the line of source) until\n"
     "a save fixes it. Links are made for the preview's address. Stop it with Ctrl+C.\n"
     "It listens on 127.0.0.1 only (this computer) unless --bind names another address:\n"
     "--bind 0.0.0.0 lets every machine of the network see the preview.\n"
     "At /admin/ it serves the forms of Decap CMS for the site (docs/cms.md), which save\n"
     "through decap-server run in the site folder.",
     "Dựng trang web trong DIR (mặc định: thư mục hiện tại) vào bộ nhớ và phục vụ tại\n"
     "http://127.0.0.1:PORT/ để xem trước: không ghi tệp nào, thư mục public/ được giữ nguyên.\n"
     "Mỗi lần một tệp của trang web được lưu, các trang có dữ liệu đầu vào thay đổi được dựng\n"
     "lại và các trang đang mở trong trình duyệt tự tải lại. Khi trang web có lỗi dựng, trang\n"
     "nào cũng hiện lỗi đó (tệp, dòng, cột và dòng nguồn) cho đến khi một lần lưu sửa được lỗi.\n"
     "Các liên kết được tạo theo địa chỉ xem trước. Bấm Ctrl+C để dừng.\n"
     "Chỉ mở trên 127.0.0.1 (máy tính này), trừ khi --bind chỉ một địa chỉ khác:\n"
     "--bind 0.0.0.0 cho mọi máy trong mạng xem được bản xem trước.\n"
     "Tại /admin/ có các biểu mẫu Decap CMS của trang web (docs/cms.md), lưu qua decap-server\n"
     "chạy trong thư mục trang web."},
    {"help", "the port to listen on (default: 8080; 0: any free port)",
     "số cổng mở bản xem trước (mặc định: 8080; 0: một cổng bất kỳ còn trống)"},
    {"help", "the address to listen on (default: 127.0.0.1)", "địa chỉ mở bản xem trước (mặc định: 127.0.0.1)"},
    {"help", "include pages marked 'draft: true'", "đưa cả các trang ghi 'draft: true' vào"},
    {"help", "threads to build with (default: one per core)",
     "số luồng dùng để dựng (mặc định: mỗi nhân CPU một luồng)"},
    {"help", "where decap-server listens, for the forms at /admin/ (default: http://127.0.0.1:8081/api/v1)",
     "địa chỉ của decap-server, cho các biểu mẫu tại /admin/ (mặc định: http://127.0.0.1:8081/api/v1)"},
    {"help", "do not serve the forms of Decap CMS at /admin/", "không phục vụ các biểu mẫu Decap CMS tại /admin/"},
    // cli/command_check.cpp: webtruong check --help
    {"help",
     "Checks the site in DIR (default: the current folder) against its rule sets\n"
     "(site.yaml 'rules', default tt37-2020, and tt09-2024 for schools): every\n"
     "requirement is ok, missing, stale or not applicable, with the file or page\n"
     "that satisfies it; then the posting frequency of the school year and the\n"
     "projected score on the rubric (site.yaml 'rubric'), and the pages waiting for\n"
     "review (status: review), oldest first. Writes nothing.",
     "Kiểm tra trang web trong DIR (mặc định: thư mục hiện tại) theo các bộ quy định của nó (mục\n"
     "'rules' trong site.yaml, mặc định tt37-2020, và tt09-2024 đối với các trường): mỗi yêu cầu\n"
     "được báo là đạt, thiếu, quá hạn hoặc không áp dụng, kèm tệp hay trang đáp ứng yêu cầu đó;\n"
     "sau đó là tần suất đăng bài trong năm học, điểm dự kiến theo bộ tiêu chí chấm điểm (mục\n"
     "'rubric' trong site.yaml) và các trang chờ duyệt (status: review), trang cũ nhất trước.\n"
     "Không ghi tệp nào."},
    {"help", "how to print the report (default text)", "dạng in báo cáo (mặc định text)"},
    {"help",
     "treat warnings as errors (a published page without approved_by when site.yaml says approval: required, "
     "...)",
     "coi cảnh báo là lỗi (ví dụ một trang đã đăng mà không có approved_by khi site.yaml ghi approval: "
     "required, ...)"},
    // cli/command_new.cpp: webtruong new --help
    {"help",
     "Creates in DIR (a new or empty folder) a complete site for the school type:\n"
     "site.yaml, every section the type requires (content/) and one file per data\n"
     "kind it needs (data/), filled with \"[CẦN ĐIỀN: ...]\" placeholders that say\n"
     "what to write. 'webtruong check DIR' lists the placeholders left.",
     "Tạo trong DIR (một thư mục mới hoặc trống) một trang web đầy đủ cho loại trường:\n"
     "site.yaml, mọi mục mà loại trường bắt buộc (content/) và mỗi loại dữ liệu cần có một\n"
     "tệp (data/), có sẵn các chỗ \"[CẦN ĐIỀN: ...]\" ghi rõ cần viết gì.\n"
     "'webtruong check DIR' liệt kê các chỗ còn lại chưa điền."},
    {"help", "mn (mầm non), th (tiểu học), thcs, thpt, gdtx, sgd (Sở GDĐT)",
     "mn (mầm non), th (tiểu học), thcs (trung học cơ sở), thpt (trung học phổ thông), gdtx (giáo dục thường "
     "xuyên), sgd (Sở GDĐT)"},
    {"help", "full name, e.g. \"Trường THCS Nguyễn Du\"", "tên đầy đủ, ví dụ \"Trường THCS Nguyễn Du\""},
    {"help", "province, e.g. \"Phú Thọ\" (else a placeholder)",
     "tỉnh, ví dụ \"Phú Thọ\" (nếu không ghi: để chỗ cần điền)"},
    {"help", "address of the site (else made from the name and province)",
     "địa chỉ trang web (nếu không ghi: tạo từ tên trường và tỉnh)"},
    // cli/command_portal.cpp: webtruong portal build --help
    {"help",
     "Builds every member site listed in PORTAL_DIR/portal.yaml (default: the current folder) and the\n"
     "portal's own pages into OUT (default: PORTAL_DIR/public): OUT/www/ is the portal's host, with each\n"
     "member on a path under it; OUT/hosts/HOST/ each member on its own host name. A member that fails\n"
     "is named with its diagnostics, keeps its previous pages, and the others are published (exit 1).\n"
     "When OUT holds an earlier build, only what changed is rebuilt: members whose files did not change\n"
     "are skipped, the others rebuild their changed pages, and only files whose bytes changed are\n"
     "replaced; --full builds everything anew and swaps the new OUT in whole.",
     "Dựng mọi trang web thành viên có trong PORTAL_DIR/portal.yaml (mặc định: thư mục hiện tại) và các\n"
     "trang riêng của cổng vào OUT (mặc định: PORTAL_DIR/public): OUT/www/ dành cho tên máy chủ của\n"
     "cổng, mỗi trang thành viên nằm ở một đường dẫn bên dưới; OUT/hosts/HOST/ dành cho các trang thành\n"
     "viên có tên máy chủ riêng. Trang thành viên nào dựng không thành công thì được nêu tên kèm các\n"
     "thông báo lỗi và giữ nguyên các trang cũ, còn các trang khác vẫn được đăng (mã thoát 1). Khi OUT\n"
     "đã có kết quả của lần dựng trước, chỉ phần thay đổi được dựng lại: bỏ qua các trang thành viên\n"
     "không có tệp nào thay đổi, các trang thành viên khác dựng lại những trang đã thay đổi, và chỉ thay\n"
     "những tệp có nội dung thay đổi; --full dựng lại toàn bộ từ đầu và thay cả thư mục OUT mới vào."},
    {"help", "where to write the portal", "nơi ghi cổng"},
    {"help", "ignore the caches of the earlier build: build every member and page anew",
     "bỏ qua bộ nhớ đệm của lần dựng trước: dựng lại mọi trang thành viên và mọi trang"},
    {"help", "build only the K-th of N shares of the members, for 'portal merge'",
     "chỉ dựng phần thứ K trong N phần các trang thành viên, để 'portal merge' gộp lại"},
    {"help", "threads to use (default: one per core)", "số luồng được dùng (mặc định: mỗi nhân CPU một luồng)"},
    {"help", "the audit history (SQLite file of 'audit --db') shown beside each member",
     "lịch sử đánh giá (tệp SQLite của 'audit --db'), hiện cạnh mỗi trang thành viên"},
    {"help", "use URL instead of base_url from portal.yaml", "dùng URL thay cho base_url trong portal.yaml"},
    // cli/command_portal.cpp: webtruong portal merge --help
    {"help",
     "Assembles the outputs of 'webtruong portal build --shard K/N' (K = 1..N, one folder each) into OUT:\n"
     "checks that they come from one portal.yaml and hold every member once, takes their member folders\n"
     "and renders the portal's pages from their reports.",
     "Gộp kết quả của 'webtruong portal build --shard K/N' (K = 1..N, mỗi phần một thư mục) vào OUT:\n"
     "kiểm tra rằng chúng cùng từ một portal.yaml và mỗi trang thành viên có mặt đúng một lần, lấy các\n"
     "thư mục trang thành viên của chúng và tạo các trang của cổng từ báo cáo của chúng."},
    {"help", "where to write the portal (required)", "nơi ghi cổng (bắt buộc)"},
    // cli/command_import.cpp: webtruong import --help
    {"help",
     "Reads a spreadsheet (.xlsx, or .csv in UTF-8 with commas or semicolons) and writes one data file:\n"
     "  timetable  data/thoi-khoa-bieu/hk<N>-<YYYY-YYYY>.yaml   (a grid with one column per class, or a list)\n"
     "  fees       data/khoan-thu/<YYYY-YYYY>.yaml\n"
     "  staff      data/to-chuc.yaml   (columns Họ tên, Chức vụ, Điện thoại, Email, Nhiệm vụ, Tổ)\n"
     "Nothing is written when any row is bad.",
     "Đọc một bảng tính (.xlsx, hoặc .csv mã UTF-8 phân cách bằng dấu phẩy hoặc dấu chấm phẩy)\n"
     "và ghi ra một tệp dữ liệu:\n"
     "  timetable  data/thoi-khoa-bieu/hk<N>-<YYYY-YYYY>.yaml   (thời khóa biểu: bảng theo lớp, hoặc danh "
     "sách)\n"
     "  fees       data/khoan-thu/<YYYY-YYYY>.yaml   (các khoản thu)\n"
     "  staff      data/to-chuc.yaml   (cán bộ: các cột Họ tên, Chức vụ, Điện thoại, Email, Nhiệm vụ, Tổ)\n"
     "Không ghi tệp nào nếu có một dòng sai."},
    {"help", "the file to write (or a folder for it); default: the usual path under ./data",
     "tệp cần ghi (hoặc thư mục chứa nó); mặc định: đường dẫn thông thường trong ./data"},
    {"help", "the sheet of an XLSX file to read (default: the first)",
     "trang tính cần đọc của tệp XLSX (mặc định: trang đầu tiên)"},
    {"help", "the school year, when the sheet's title and file name do not say it",
     "năm học, khi tiêu đề của trang tính và tên tệp không ghi năm học"},
    {"help", "timetable: the semester, 1 or 2", "thời khóa biểu: học kỳ, 1 hoặc 2"},
    {"help", "timetable: the date it applies from, dd/mm/yyyy", "thời khóa biểu: ngày bắt đầu áp dụng, dd/mm/yyyy"},
    {"help", "replace the file if it exists", "ghi đè nếu tệp đã có"},
    // cli/command_cms.cpp: webtruong cms --help
    {"help",
     "Writes SITE_DIR/admin/config.yml and admin/index.html: Decap CMS (or Sveltia CMS)\n"
     "edits the site's posts, pages, fee schedules, disclosures, procedures, timetables\n"
     "and work schedules as forms, with the fields, Vietnamese labels and checks of\n"
     "Webtruong's own schemas. Run it again after adding a section to content/.\n"
     "To edit on this computer: run decap-server in SITE_DIR and `webtruong serve`,\n"
     "then open http://127.0.0.1:8080/admin/ (docs/cms.md). A portal hosting the CMS\n"
     "names its forge with --backend and --repo.",
     "Ghi SITE_DIR/admin/config.yml và admin/index.html: Decap CMS (hoặc Sveltia CMS) cho phép\n"
     "sửa bài viết, trang, các khoản thu, nội dung công khai, thủ tục hành chính, thời khóa biểu\n"
     "và lịch công tác của trang web bằng biểu mẫu, với các ô nhập liệu, nhãn tiếng Việt và phần\n"
     "kiểm tra theo lược đồ dữ liệu của chính Webtruong. Hãy chạy lại lệnh này sau khi thêm một\n"
     "mục vào content/. Để sửa ngay trên máy tính này: chạy decap-server trong SITE_DIR và\n"
     "`webtruong serve`, rồi mở http://127.0.0.1:8080/admin/ (docs/cms.md). Cổng thông tin đặt\n"
     "CMS trên máy chủ riêng thì khai báo nơi lưu mã nguồn bằng --backend và --repo."},
    {"help", "where to write config.yml and index.html (default: SITE_DIR/admin)",
     "nơi ghi config.yml và index.html (mặc định: SITE_DIR/admin)"},
    {"help", "print config.yml to the standard output instead",
     "in config.yml ra màn hình (đầu ra chuẩn) thay vì ghi tệp"},
    {"help", "proxy (decap-server on this computer, the default), github, gitlab or gitea",
     "proxy (decap-server trên máy tính này, mặc định), github, gitlab hoặc gitea"},
    {"help", "decap-server's address (default: http://127.0.0.1:8081/api/v1)",
     "địa chỉ của decap-server (mặc định: http://127.0.0.1:8081/api/v1)"},
    {"help", "the repository of the site, for github, gitlab and gitea",
     "kho mã nguồn (repository) của trang web, dùng với github, gitlab và gitea"},
    {"help", "the branch the CMS saves to (default: main)", "nhánh mà CMS lưu vào (mặc định: main)"},
    {"help", "the API of a self-hosted forge, e.g. https://git.sogd.edu.vn/api/v1",
     "địa chỉ API của máy chủ Git tự vận hành, ví dụ https://git.sogd.edu.vn/api/v1"},
    {"help", "where index.html loads Decap from (default: decap-cms.js, beside it)",
     "nơi index.html tải Decap về (mặc định: decap-cms.js, nằm cạnh nó)"},
    // cli/command_nginx.cpp: webtruong nginx --help
    {"help",
     "Prints the nginx configuration that serves the site in SITE_DIR (default: the\n"
     "current folder) as built into PUBLIC_DIR: its 404 page, its aliases as 301\n"
     "redirects, its Content-Security-Policy as a header, files from static/ sandboxed,\n"
     "caching headers, gzip, no folder listing and no dot-folder. Include the file in\n"
     "the http { } block of nginx.conf (docs/hosting.md).",
     "In ra cấu hình nginx để phục vụ trang web trong SITE_DIR (mặc định: thư mục hiện tại) đã\n"
     "dựng vào PUBLIC_DIR: trang 404 của trang web, các bí danh (aliases) thành chuyển hướng\n"
     "301, Content-Security-Policy thành một header, các tệp từ static/ chạy trong vùng cách ly\n"
     "(sandbox), các header bộ nhớ đệm, gzip, không liệt kê nội dung thư mục và không phục vụ\n"
     "thư mục có tên bắt đầu bằng dấu chấm. Hãy đưa tệp này vào khối http { } của nginx.conf\n"
     "(docs/hosting.md)."},
    {"help", "write the configuration to FILE instead of the standard output",
     "ghi cấu hình vào FILE thay vì in ra màn hình (đầu ra chuẩn)"},
    {"help", "where the site is built (default: SITE_DIR/public)",
     "nơi chứa trang web đã dựng (mặc định: SITE_DIR/public)"},
    {"help", "host name to answer for (default: the host of the base URL); may be repeated",
     "tên máy chủ được phục vụ (mặc định: tên máy chủ trong base URL); có thể ghi nhiều lần"},
    {"help", "port, ADDRESS:PORT, [IPv6]:PORT or unix:/path (default 80)",
     "số cổng, ADDRESS:PORT, [IPv6]:PORT hoặc unix:/path (mặc định 80)"},
    {"help", "the base URL the site was built with (default: base_url of site.yaml)",
     "base URL đã dùng khi dựng trang web (mặc định: base_url trong site.yaml)"},
    // cli/command_portal_nginx.cpp: webtruong portal nginx --help
    {"help",
     "Prints the nginx configuration that serves the portal of PORTAL_DIR/portal.yaml (default: the\n"
     "current folder) as 'webtruong portal build' wrote it into OUT: one server for the portal's host\n"
     "(OUT/www: the portal's pages at /, each member with a path under it) and one per member on its\n"
     "own host name (OUT/hosts/HOST). Each site gets its own 404 page, its aliases as 301 redirects, its\n"
     "Content-Security-Policy as a header, files from static/ sandboxed, caching headers and gzip; no\n"
     "folder is listed and no dot-folder served. Members not built are left out with a warning.\n"
     "Include the file in the http { } block of nginx.conf and check it with 'nginx -t' (docs/hosting.md).",
     "In ra cấu hình nginx để phục vụ cổng của PORTAL_DIR/portal.yaml (mặc định: thư mục hiện tại) như\n"
     "'webtruong portal build' đã ghi vào OUT: một server cho tên máy chủ của cổng (OUT/www: các trang của\n"
     "cổng ở /, mỗi trang thành viên ở một đường dẫn bên dưới) và một server cho mỗi trang thành viên có\n"
     "tên máy chủ riêng (OUT/hosts/HOST). Mỗi trang web có trang 404 riêng, các bí danh (aliases) thành\n"
     "chuyển hướng 301, Content-Security-Policy thành một header, các tệp từ static/ chạy trong vùng cách\n"
     "ly (sandbox), các header bộ nhớ đệm và gzip; không liệt kê nội dung thư mục và không phục vụ thư mục\n"
     "có tên bắt đầu bằng dấu chấm. Các trang thành viên chưa được dựng thì bị bỏ qua, kèm một cảnh báo.\n"
     "Hãy đưa tệp này vào khối http { } của nginx.conf và kiểm tra bằng 'nginx -t' (docs/hosting.md)."},
    {"help", "where the portal is built (default: PORTAL_DIR/public)",
     "nơi chứa cổng đã dựng (mặc định: PORTAL_DIR/public)"},
    {"help", "host name of the portal's own host (default: the host of base_url); may be repeated",
     "tên máy chủ của chính cổng (mặc định: tên máy chủ trong base_url), có thể ghi nhiều lần"},
    {"help", "port, ADDRESS:PORT, [IPv6]:PORT or unix:/path, for every server (default 80)",
     "số cổng, ADDRESS:PORT, [IPv6]:PORT hay unix:/path cho mọi server (mặc định 80)"},
    {"help", "the base URL the portal was built with (default: base_url of portal.yaml)",
     "base URL đã dùng khi dựng cổng (mặc định: base_url trong portal.yaml)"},
    // plugins/audit/command/audit_command.cpp: webtruong audit --help
    {"help",
     "Crawls each site politely (robots.txt with its Crawl-delay, a delay per host, one\n"
     "connection per host by default), finds its required sections and the publication\n"
     "dates of its articles, and scores it against the rubric. Writes the audit JSON to\n"
     "--json F, or to standard output when no other report is asked for.",
     "Thu thập từng trang web một cách lịch sự (theo robots.txt và Crawl-delay của trang, có\n"
     "khoảng chờ cho mỗi máy chủ, mặc định mỗi máy chủ một kết nối), tìm các mục bắt buộc và\n"
     "ngày đăng của các bài viết, rồi chấm điểm theo bộ tiêu chí. Ghi kết quả đánh giá dạng JSON\n"
     "vào --json F, hoặc ra đầu ra chuẩn khi không yêu cầu báo cáo nào khác."},
    {"help", "more sites, one a line: URL [TYPE] ('#' starts a comment)",
     "thêm các trang web, mỗi dòng một trang: URL [TYPE] ('#' mở đầu một ghi chú)"},
    {"help",
     "school type of every site (mn, th, thcs, thpt, gdtx, pgd, sgd); default: per line of --list, else "
     "guessed from the home page",
     "loại trường của mọi trang web (mn, th, thcs, thpt, gdtx, pgd, sgd); mặc định: theo từng dòng của "
     "--list, nếu không có thì đoán từ trang chủ"},
    {"help", "rule set of the sections reported, repeatable (default tt37-2020 and tt09-2024)",
     "bộ quy định của các mục được báo cáo, có thể ghi nhiều lần (mặc định tt37-2020 và tt09-2024)"},
    {"help", "rubric file, or id under schemas/rubrics (default vinh-phuc-2016-2017)",
     "tệp bộ tiêu chí chấm điểm, hoặc mã của một bộ trong schemas/rubrics (mặc định vinh-phuc-2016-2017)"},
    {"help", "CSV or JSON of what a crawl cannot measure, per site (visits_per_day, posts_to_portal)",
     "tệp CSV hoặc JSON chứa những số liệu mà việc thu thập không đo được, theo từng trang web "
     "(visits_per_day, posts_to_portal)"},
    {"help", "start of the posting window (default 5 September of this school year)",
     "ngày đầu của khoảng thời gian tính bài đăng (mặc định 5 tháng 9 năm học này)"},
    {"help", "end of the posting window (default 31 May, or today while the year runs)",
     "ngày cuối của khoảng thời gian tính bài đăng (mặc định 31 tháng 5, hoặc hôm nay khi năm học chưa kết "
     "thúc)"},
    {"help", "HTML pages answered 200 per site (default 500)",
     "số trang HTML trả lời mã 200 tối đa cho mỗi trang web (mặc định 500)"},
    {"help", "requests per site, errors, redirects and other files included (default twice --max-pages)",
     "số yêu cầu tối đa cho mỗi trang web, tính cả lỗi, chuyển hướng và các tệp khác (mặc định gấp đôi "
     "--max-pages)"},
    {"help", "connections in all (default 8)", "tổng số kết nối (mặc định 8)"},
    {"help",
     "sites crawled at the same time, the largest first, each with its own connection and delay (default 32, "
     "or twice --concurrency when that is more)",
     "số trang web được thu thập cùng lúc, trang lớn nhất trước, mỗi trang có kết nối và khoảng chờ riêng "
     "(mặc định 32, hoặc gấp đôi --concurrency nếu số đó lớn hơn)"},
    {"help",
     "audit only the K-th of N shards of the sites (a stable hash of each site's address), for N machines "
     "writing one --db",
     "chỉ đánh giá phần thứ K trong N phần của các trang web (chia theo mã băm cố định của địa chỉ mỗi "
     "trang), để N máy cùng ghi vào một --db"},
    {"help", "connections per host (default 1; raise it only for your own servers)",
     "số kết nối tới mỗi máy chủ (mặc định 1; chỉ tăng với máy chủ của chính bạn)"},
    {"help", "milliseconds between requests to one host (default 1000)",
     "số mili giây giữa hai yêu cầu tới cùng một máy chủ (mặc định 1000)"},
    {"help", "wall-clock limit per site (default 900; 0 = none)",
     "thời gian tối đa (giây) cho mỗi trang web (mặc định 900; 0 = không giới hạn)"},
    {"help", "write the audit JSON to FILE", "ghi kết quả đánh giá dạng JSON vào FILE"},
    {"help", "one row per site, for spreadsheets", "mỗi trang web một dòng, để mở bằng bảng tính"},
    {"help", "a report in Vietnamese: score sheet, sections, posts per week",
     "báo cáo bằng tiếng Việt: bảng điểm, các mục, số bài đăng mỗi tuần"},
    {"help",
     "keep the results in the SQLite database FILE, or in PostgreSQL (postgresql://...), to follow sites "
     "across crawls; a recrawl asks only for pages changed since",
     "lưu kết quả vào cơ sở dữ liệu SQLite FILE, hoặc vào PostgreSQL (postgresql://...), để theo dõi các "
     "trang web qua nhiều lần thu thập; lần thu thập sau chỉ tải lại các trang đã thay đổi từ lần trước"},
    {"help", "report templates overriding the theme's reports/ (layouts/, partials/)",
     "các mẫu báo cáo dùng thay cho reports/ của giao diện (layouts/, partials/)"},
    {"help", "verify HTTPS with the CA certificates in FILE (PEM) instead of the system's",
     "kiểm tra HTTPS bằng chứng chỉ CA trong FILE (PEM) thay cho chứng chỉ hệ thống"},
    {"help", "fetch through this HTTP(S) proxy (the proxy environment variables are ignored)",
     "tải qua máy chủ proxy HTTP(S) này (không dùng các biến môi trường về proxy)"},
    {"help", "no progress line", "không in dòng tiến độ"},
};

}  // namespace

std::span<const MessageTranslation> help() { return kMessages; }

}  // namespace wt::messages

#include "markdown/cmark_env.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>
#include <dlfcn.h>

#include <array>
#include <atomic>
#include <cstdlib>
#include <mutex>

namespace wt::markdown::detail {
namespace {

// No "tagfilter": raw HTML goes through the allow-list (raw_html.hpp), which
// removes <script>, <iframe>... with a warning instead of showing them as text.
constexpr std::array<const char*, 4> kExtensionNames = {"table", "strikethrough", "autolink", "tasklist"};

using ManageFn = void (*)(cmark_parser*, int);

// Filled once under std::call_once, read-only afterwards.
std::array<cmark_syntax_extension*, kExtensionNames.size()> g_extensions{};
std::atomic<bool> g_pinned{false};      // our extensions' characters are set for good
std::atomic<bool> g_hook_called{false};  // the override below is what cmark calls
bool g_serialise_finish = false;
std::mutex g_finish_mutex;
std::once_flag g_init_once;

ManageFn real_manage() {
  static const ManageFn fn = reinterpret_cast<ManageFn>(
      dlsym(RTLD_NEXT, "cmark_manage_extensions_special_characters"));
  return fn;
}

bool only_our_extensions(cmark_parser* parser) {
  for (cmark_llist* it = cmark_parser_get_syntax_extensions(parser); it; it = it->next) {
    bool ours = false;
    for (auto* ext : g_extensions) ours = ours || ext == it->data;
    if (!ours) return false;
  }
  return true;
}

void attach_extensions(cmark_parser* parser) {
  for (auto* ext : g_extensions) {
    if (ext) cmark_parser_attach_syntax_extension(parser, ext);
  }
}

void initialise() {
  cmark_gfm_core_extensions_ensure_registered();
  for (size_t i = 0; i < kExtensionNames.size(); ++i) {
    g_extensions[i] = cmark_find_syntax_extension(kExtensionNames[i]);
  }
  // Probe parse: adds the special characters (through the real function) and
  // tells us whether cmark calls our override.
  cmark_parser* probe = cmark_parser_new(CMARK_OPT_DEFAULT);
  attach_extensions(probe);
  static constexpr char kProbe[] = "~~a~~ www.example.com\n";
  cmark_parser_feed(probe, kProbe, sizeof(kProbe) - 1);
  cmark_node_free(cmark_parser_finish(probe));
  cmark_parser_free(probe);
  if (g_hook_called.load() && real_manage() != nullptr) {
    g_pinned.store(true, std::memory_order_release);
  } else {
    g_serialise_finish = true;
  }
}

void ensure_initialised() { std::call_once(g_init_once, initialise); }

void on_manage_special_characters(cmark_parser* parser, int add) {
  g_hook_called.store(true, std::memory_order_relaxed);
  if (!add) return;  // never remove: other threads may be parsing with them
  if (g_pinned.load(std::memory_order_acquire) && only_our_extensions(parser)) return;
  if (ManageFn fn = real_manage()) fn(parser, add);
}

}  // namespace

ParsedDocument::ParsedDocument(std::string_view source, int options) {
  ensure_initialised();
  parser_ = cmark_parser_new(options);
  attach_extensions(parser_);
  cmark_parser_feed(parser_, source.data(), source.size());
  if (g_serialise_finish) {
    std::lock_guard<std::mutex> lock(g_finish_mutex);
    root_ = cmark_parser_finish(parser_);
  } else {
    root_ = cmark_parser_finish(parser_);
  }
}

ParsedDocument::~ParsedDocument() {
  if (root_) cmark_node_free(root_);
  for (cmark_node* node : retired_) cmark_node_free(node);
  if (parser_) cmark_parser_free(parser_);
}

void ParsedDocument::retire(cmark_node* node) {
  cmark_node_unlink(node);
  retired_.push_back(node);
}

std::string ParsedDocument::render_html(int options) const {
  char* html = cmark_render_html(root_, options, cmark_parser_get_syntax_extensions(parser_));
  std::string out(html ? html : "");
  free(html);
  return out;
}

bool parses_in_parallel() {
  ensure_initialised();
  return !g_serialise_finish;
}

}  // namespace wt::markdown::detail

// Overrides libcmark-gfm's exported function of the same name (see cmark_env.hpp).
// The library calls it through its PLT, so this definition in the executable wins.
extern "C" void cmark_manage_extensions_special_characters(cmark_parser* parser, int add) {
  wt::markdown::detail::on_manage_special_characters(parser, add);
}

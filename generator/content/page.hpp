// The content model: pages, sections and taxonomy terms of one site.
//
// A Section is a folder of content/ (the root folder is the home section);
// its _index.md, when present, is its own page. A Page is any other .md file,
// or a bundle (a folder holding index.md plus its images). Pages and sections
// are owned by the ContentTree (content_tree.hpp) and refer to each other by
// plain pointers that live as long as the tree.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "content/front_matter.hpp"
#include "core/text.hpp"

namespace wt::content {

struct Section;

struct Page {
  std::string source;         ///< "content/tin-tuc/a.md": for diagnostics
  std::string content_path;   ///< "tin-tuc/a.md": what @/ links name
  std::filesystem::path file; ///< absolute or site-relative path on disk
  bool is_section_index = false;
  bool is_bundle = false;     ///< index.md of a leaf bundle
  FrontMatter fm;
  std::string body;           ///< Markdown after the front matter
  int body_line_offset = 0;
  std::string slug;
  std::string url;            ///< site-relative, "/tin-tuc/khai-giang/"
  std::string output_path;    ///< "tin-tuc/khai-giang/index.html"
  Section* section = nullptr; ///< the section the page belongs to (for an index: its own section)
  std::vector<std::filesystem::path> resources;  ///< bundle files copied beside the page
  const Page* prev = nullptr; ///< older neighbour in its section (dated sections)
  const Page* next = nullptr; ///< newer neighbour
  bool valid = true;          ///< false when its front matter has errors (body still checked)

  bool has_date() const { return fm.date.has_value(); }
};

struct Section {
  std::string dir;            ///< "tin-tuc/thong-bao", "" for the root
  std::string slug;           ///< last URL segment, "" for the root
  std::string url;            ///< "/tin-tuc/thong-bao/"
  std::string title;
  Page* index = nullptr;      ///< its _index.md, if any
  Section* parent = nullptr;
  std::vector<Section*> subsections;  ///< sorted by weight, then title
  std::vector<Page*> pages;           ///< sorted as the section says (sort_by)
  std::vector<std::filesystem::path> files;  ///< other files in the folder, copied as is
  std::string sort_by;        ///< "date", "weight" or "title"
  int weight = 0;
  int paginate = 0;           ///< items per list page

  int depth() const { return parent ? parent->depth() + 1 : 0; }
};

struct Term {
  std::string name;           ///< as first written
  std::string slug;
  std::string url;            ///< "/chuyen-muc/hoat-dong-chuyen-mon/"
  std::vector<Page*> pages;   ///< newest first
};

struct Taxonomy {
  std::string key;            ///< "categories" | "tags"
  std::string name;           ///< "Chuyên mục" | "Thẻ"
  std::string slug;           ///< "chuyen-muc" | "the"
  std::string url;            ///< "/chuyen-muc/"
  std::map<std::string, Term> terms;  ///< by slug
  /// Slugs longer than kMaxSlugBytes -> the shorter, unique slug their term uses.
  std::map<std::string, std::string> cut_slugs;

  /// The slug of the term named `name`: slugify(name), cut when too long.
  std::string slug_of(const std::string& name) const {
    std::string s = slugify(name);
    auto it = cut_slugs.find(s);
    return it == cut_slugs.end() ? s : it->second;
  }
};

/// An old URL that redirects to a page.
struct Alias {
  std::string output_path;    ///< "tin-tuc/bai-cu.html" or "cu/index.html"
  const Page* target = nullptr;
  Position position;
  std::string text;           ///< as written in the front matter: "/cac-khoan-thu/"
};

}  // namespace wt::content

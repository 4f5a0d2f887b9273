// TempSite: a whole site written from one string, Hugo's txtar style:
//
//   TempSite site(R"(
//   -- site.yaml --
//   name: Trường THCS A
//   -- content/tin-tuc/a.md --
//   ---
//   title: A
//   ---
//   )");
//   site.path()  // a fresh folder under /tmp (mkdtemp), removed by the destructor
#pragma once

#include <filesystem>
#include <string>

namespace wt::test {

class TempSite {
 public:
  explicit TempSite(const std::string& txtar);
  ~TempSite();
  TempSite(const TempSite&) = delete;
  TempSite& operator=(const TempSite&) = delete;

  const std::filesystem::path& path() const { return dir_; }
  void write(const std::string& rel, const std::string& content) const;
  std::string read(const std::string& rel) const;

 private:
  std::filesystem::path dir_;
};

/// A new, empty folder under the system's temporary folder, named
/// "<prefix>-XXXXXX" by mkdtemp: unique even when ctest runs the cases of
/// one binary in parallel processes. The caller removes it.
std::filesystem::path make_temp_dir(const std::string& prefix);

}  // namespace wt::test

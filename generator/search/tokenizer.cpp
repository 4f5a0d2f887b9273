#include "search/tokenizer.hpp"

#include "core/text.hpp"
#include "core/utf8.hpp"
#include "core/vietnamese_fold.hpp"

namespace wt::search {

void WordList::clear() {
  folds_.clear();
  spellings_.clear();
  fold_end_.clear();
  spelling_end_.clear();
}

namespace {

bool has_combining_mark(std::string_view word) {
  for (unsigned char c : word)
    if (c == 0xCC || c == 0xCD) return true;  // U+0300-U+037F
  return false;
}

// The fold of a word (ASCII capitals lowered, as fold_text's `lower`) and
// its spelling key, appended to `fold` and `spelling`.
void read_word(std::string_view word, std::string& fold, std::string& spelling) {
  std::string nfc;
  if (has_combining_mark(word)) {  // decomposed text: the key is of the composed word
    nfc = to_nfc(word);
    word = nfc;
  }
  std::uint8_t tone = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(word.data());
  const auto* const end = p + word.size();
  while (p < end) {
    if (*p < 0x80) {
      const char c = static_cast<char>(*p >= 'A' && *p <= 'Z' ? *p - 'A' + 'a' : *p);
      fold += c;
      spelling += c;
      ++p;
      continue;
    }
    const Utf8Char u = decode_utf8(p, end);
    p += u.length;
    const SpellingParts parts = spelling_parts(u.value);
    for (char c : parts.fold) fold += c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    spelling += parts.spelling;
    if (parts.tone) tone = parts.tone;
  }
  if (tone) spelling += static_cast<char>('0' + tone);
}

bool ascii_word(unsigned char c) { return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

}  // namespace

bool word_keys(std::string_view word, std::string& fold, std::string& spelling) {
  const std::size_t fold_size = fold.size(), spelling_size = spelling.size();
  read_word(word, fold, spelling);
  if (fold.size() != fold_size) return true;
  spelling.resize(spelling_size);  // only marks: no word
  return false;
}

void split_words(std::string_view text, std::vector<std::string_view>& out) {
  const auto* const begin = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = begin + text.size();
  const unsigned char* start = nullptr;  // of the word being read
  auto finish = [&](const unsigned char* stop) {
    if (!start) return;
    std::string_view word(reinterpret_cast<const char*>(start), static_cast<std::size_t>(stop - start));
    out.push_back(word.size() > kMaxWordBytes ? utf8_prefix(word, kMaxWordBytes) : word);
    start = nullptr;
  };
  for (const unsigned char* p = begin; p < end;) {
    if (*p < 0x80) {
      if (ascii_word(*p)) {
        if (!start) start = p;
      } else {
        finish(p);
      }
      ++p;
      continue;
    }
    const Utf8Char u = decode_utf8(p, end);
    if (u.valid && spelling_parts(u.value).word) {
      if (!start) start = p;
    } else {
      finish(p);
    }
    p += u.length;
  }
  finish(end);
}

void tokenize(std::string_view text, WordList& out) {
  std::vector<std::string_view> words;
  split_words(text, words);
  for (std::string_view word : words) {
    if (!word_keys(word, out.folds_, out.spellings_)) continue;
    out.fold_end_.push_back(static_cast<std::uint32_t>(out.folds_.size()));
    out.spelling_end_.push_back(static_cast<std::uint32_t>(out.spellings_.size()));
  }
}

}  // namespace wt::search

// Laying out Thai and English text in terminal columns for the CLI's tables, and keeping what it
// prints from acting on the terminal.
#pragma once

#include <cstddef>
#include <streambuf>
#include <string>
#include <string_view>

namespace siang::cli {

// Terminal columns of UTF-8 text: Thai above/below marks take no column, SARA AM takes one.
std::size_t columns(std::string_view s);
// `s` followed by spaces up to `width` columns (at least one space).
std::string pad(std::string_view s, std::size_t width);
// Spaces then `s`, right-aligned in `width` columns (numbers in tables).
std::string pad_left(std::string_view s, std::size_t width);
// At most `width` user-perceived characters, with "…" when cut; newlines become spaces.
std::string shorten(std::string_view s, std::size_t width);

// Appends `s` to `out` with everything a terminal would act on made visible instead: C0 controls
// other than newline and tab, DEL, C1 controls (U+0080-U+009F), bidi controls (U+061C, U+200E/F,
// U+202A-U+202E, U+2066-U+2069) and line/paragraph separators become "\uXXXX" (which inside a
// JSON string is the same character, so --json output stays exact), invalid UTF-8 bytes "\xNN".
// Unless `final`, an incomplete UTF-8 sequence at the end is left unread; returns the bytes used.
std::size_t append_terminal_safe(std::string_view s, std::string& out, bool final = true);
// The same, as a new string.
std::string terminal_safe(std::string_view s);

// A stream buffer that passes everything written to it through append_terminal_safe() on to
// `dest`. main() puts one in front of std::cout and std::cerr, so every line the CLI prints
// (errors, show, list, stats, JSON, help) goes through that one function.
class TerminalSafeBuf : public std::streambuf {
  public:
    explicit TerminalSafeBuf(std::streambuf* dest) : dest_(dest) {}
    TerminalSafeBuf(const TerminalSafeBuf&) = delete;
    TerminalSafeBuf& operator=(const TerminalSafeBuf&) = delete;
    // Writes out whatever is pending, an unfinished UTF-8 sequence included.
    void finish();

  protected:
    int_type overflow(int_type ch) override;
    std::streamsize xsputn(const char* s, std::streamsize n) override;
    int sync() override;

  private:
    void pass_on(bool final);
    std::streambuf* dest_;
    std::string pending_;
};

}  // namespace siang::cli

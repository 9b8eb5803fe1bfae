// CSV writing with BOM, quoting and formula neutralising, into an export's temporary file.
#include "reports/csv_writer.hpp"

#include <cstring>

namespace siang::reports {

namespace {
constexpr std::size_t flush_at = 64 * 1024;
}

std::string CsvWriter::escape(std::string_view cell) {
    std::string value;
    if (!cell.empty() && std::strchr("=+-@", cell.front()) != nullptr) value = "'";
    value += cell;
    bool quote = value.find_first_of(",\"\r\n") != std::string::npos;
    if (!quote) return value;
    std::string out = "\"";
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

void CsvWriter::flush_buffer() {
    if (!failed_)
        if (auto ok = out_.write(buffer_); !ok) failed_ = ok.error();
    buffer_.clear();
}

void CsvWriter::row(const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) buffer_ += ',';
        buffer_ += escape(cells[i]);
    }
    buffer_ += "\r\n";
    if (buffer_.size() >= flush_at) flush_buffer();
}

Result<void> CsvWriter::finish() {
    flush_buffer();
    if (failed_) return std::unexpected(*failed_);
    return {};
}

}  // namespace siang::reports

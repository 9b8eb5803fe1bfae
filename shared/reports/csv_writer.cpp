// CSV writing with BOM, quoting, formula neutralising and an atomic rename at the end.
#include "reports/csv_writer.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace siang::reports {

Result<CsvWriter> CsvWriter::create(const std::string& path) {
    std::string tmp = path + ".tmp";
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return fail(Errc::io_error, path + ": " + std::strerror(errno));
    CsvWriter w(path, f);
    static constexpr char bom[] = "\xEF\xBB\xBF";
    if (std::fwrite(bom, 1, 3, f) != 3) w.failed_ = true;
    return w;
}

CsvWriter::~CsvWriter() {
    if (file_) {
        file_.reset();
        std::remove((path_ + ".tmp").c_str());
    }
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

void CsvWriter::row(const std::vector<std::string>& cells) {
    std::string line;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) line += ',';
        line += escape(cells[i]);
    }
    line += "\r\n";
    if (std::fwrite(line.data(), 1, line.size(), file_.get()) != line.size()) failed_ = true;
}

Result<void> CsvWriter::commit() {
    std::string tmp = path_ + ".tmp";
    bool ok = !failed_ && std::fflush(file_.get()) == 0 && ::fsync(fileno(file_.get())) == 0;
    int err = errno;
    ok = (std::fclose(file_.release()) == 0) && ok;
    if (!ok) {
        std::remove(tmp.c_str());
        return fail(Errc::io_error, path_ + ": " + std::strerror(err ? err : EIO));
    }
    if (std::rename(tmp.c_str(), path_.c_str()) != 0) {
        err = errno;
        std::remove(tmp.c_str());
        return fail(Errc::io_error, path_ + ": " + std::strerror(err));
    }
    return {};
}

}  // namespace siang::reports

// The compiled-in compound list, parsed once.
#include "text/thai_compounds.hpp"

#include <string_view>

#include "text_data.hpp"

namespace siang::text {

const std::vector<std::string>& thai_compound_list() {
    static const std::vector<std::string> list = [] {
        std::vector<std::string> out;
        std::string_view data = siang_embedded_text_data("thai_compounds.txt");
        while (!data.empty()) {
            const std::size_t nl = data.find('\n');
            std::string_view line = data.substr(0, nl);
            data = nl == std::string_view::npos ? std::string_view{} : data.substr(nl + 1);
            while (!line.empty() && (line.back() == '\r' || line.back() == ' '))
                line.remove_suffix(1);
            if (!line.empty() && line.front() != '#') out.emplace_back(line);
        }
        return out;
    }();
    return list;
}

}  // namespace siang::text

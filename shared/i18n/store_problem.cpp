// One mapping from a store-open error to the sentences the kiosk and the console show.
#include "i18n/store_problem.hpp"

namespace siang::i18n {
namespace {

std::string key_for(std::string_view who, const Error& error) {
    std::string key =
        "store_problem." + std::string(who) + "." + std::string(error_name(error.code));
    if (has_key(key)) return key;
    return "store_problem." + std::string(who) + ".other";
}

}  // namespace

std::string store_problem_for_citizen(const Error& error, Lang lang) {
    return std::string(tr(key_for("citizen", error), lang));
}

std::string store_problem_for_staff(const Error& error, std::string_view path, Lang lang) {
    return format(tr(key_for("staff", error), lang), {path, path, path});
}

}  // namespace siang::i18n

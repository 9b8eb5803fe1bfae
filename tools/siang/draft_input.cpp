// From `siang submit`'s options and JSON input to a validated draft.
#include "draft_input.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"
#include "sync/strict_json.hpp"

namespace siang::cli {
namespace {

// The largest filing the limits allow, written as JSON as wastefully as it can be: each
// user-perceived character as a few code points (base, vowel, tone mark, one more), each as a
// 12-byte surrogate-pair escape. The cap on input files is far above that, and still small.
constexpr std::size_t filing_chars = domain::subject_limit + domain::details_limit +
                                     domain::location_limit + 4 * domain::contact_field_limit;
constexpr std::size_t worst_filing_json = filing_chars * 4 * 12 + 4096;
constexpr std::size_t input_cap = std::size_t{1} << 20;  // 1 MiB
static_assert(input_cap > 3 * worst_filing_json);

// Reads at most input_cap bytes of `source` ("-": standard input). Errors: io_error (missing,
// unreadable, a folder), input_too_large (detail: source, limit: the cap in bytes).
Result<std::string> read_input(const std::string& source) {
    const bool from_stdin = source == "-";
    const int fd = from_stdin ? STDIN_FILENO : ::open(source.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) return fail(Errc::io_error, source + ": " + std::strerror(errno));
    struct Closer {
        int fd;
        bool own;
        ~Closer() {
            if (own) ::close(fd);
        }
    } closer{fd, !from_stdin};
    struct stat st {};
    if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode))
        return fail(Errc::io_error, source + ": " + std::strerror(EISDIR));
    std::string text;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return fail(Errc::io_error, source + ": " + std::strerror(errno));
        if (n == 0) break;
        text.append(buf, static_cast<std::size_t>(n));
        // Stops a device such as /dev/zero or an endless pipe at the cap.
        if (text.size() > input_cap)
            return fail({.code = Errc::input_too_large,
                         .detail = source,
                         .limit = static_cast<std::int64_t>(input_cap)});
    }
    return text;
}

// Reads the fields of a JSON object into args; unknown keys are refused so typos do not pass.
Result<void> read_json(const std::string& source, DraftArgs& a) {
    auto text = read_input(source);
    if (!text) return std::unexpected(text.error());
    auto j = sync::parse_strict_json(*text);
    if (!j) return std::unexpected(j.error());
    const std::pair<const char*, std::string*> fields[] = {
        {"kind", &a.kind},       {"subject", &a.subject},   {"details", &a.details},
        {"service", &a.service}, {"division", &a.division}, {"location", &a.location},
        {"when", &a.when},       {"name", &a.name},         {"phone", &a.phone},
        {"email", &a.email},     {"address", &a.address}};
    for (const auto& [key, value] : j->items()) {
        std::string* target = nullptr;
        for (const auto& [name, field] : fields)
            if (key == name) target = field;
        if (!target)
            return fail({.code = Errc::invalid_input, .detail = "unknown_key", .field = key});
        if (!value.is_string())
            return fail({.code = Errc::invalid_input, .detail = "not_string", .field = key});
        *target = value.get<std::string>();
    }
    return {};
}

}  // namespace

void add_draft_options(CLI::App& cmd, DraftArgs& a) {
    cmd.add_option("--kind", a.kind, "eservice | suggestion | complaint | corruption");
    cmd.add_option("--subject", a.subject, limit_help("Short subject", domain::Field::subject));
    cmd.add_option("--details", a.details, limit_help("Details", domain::Field::details));
    cmd.add_option("--service", a.service, "Service code from the catalogue");
    cmd.add_option("--division", a.division, "Division code");
    cmd.add_option("--location", a.location, "Village, road, landmark");
    cmd.add_option(
        "--when", a.when,
        "Date it happened, YYYY-MM-DD (CE or BE); not in the future, not before 2500 BE");
    cmd.add_option("--name", a.name, "Contact name (omit name and phone to file anonymously)");
    cmd.add_option("--phone", a.phone, "Contact phone");
    cmd.add_option("--email", a.email, "Contact email");
    cmd.add_option("--address", a.address, "Contact address");
    cmd.add_option("--input", a.input,
                   "Read the fields from a JSON object in FILE (at most 1 MiB), or - for stdin");
}

Result<domain::Draft> validated_draft(DraftArgs a, const domain::Directory& directory) {
    if (!a.input.empty())
        if (auto ok = read_json(a.input, a); !ok) return std::unexpected(ok.error());
    auto kind = domain::parse_kind(a.kind);
    if (!kind) return fail(Errc::unknown_kind, a.kind);
    domain::Draft d;
    d.kind = *kind;
    d.subject = a.subject;
    d.details = a.details;
    d.service = a.service;
    d.division = a.division;
    d.location = a.location;
    d.contact = {a.name, a.phone, a.email, a.address};
    if (!a.when.empty()) {
        auto date = domain::parse_date(a.when);
        if (!date) return fail(Errc::invalid_date, a.when);
        d.occurred_on = *date;
    }
    return domain::validate_draft(std::move(d), directory);
}

}  // namespace siang::cli

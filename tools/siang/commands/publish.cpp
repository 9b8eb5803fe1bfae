// `siang publish -o DIR [--fiscal-year Y] [--lang th|en|both]`: the ITA open-information pages as
// a static folder for the municipality's website (issue 14 item 2): the bytes /ita/ serves
// (web::ita_page_html over the same report), relative links, inline CSS. The folder appears
// whole or not at all: written beside DIR, then renamed over it.
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>

#include "commands/commands.hpp"
#include "domain/thai_calendar.hpp"
#include "reports/ita_stats.hpp"
#include "web/ita_site.hpp"

namespace siang::cli {
namespace {

namespace fs = std::filesystem;

Error io_error(const fs::path& p, int err) {
    return {.code = Errc::io_error, .detail = p.string() + ": " + std::strerror(err)};
}

using Files = std::vector<std::pair<std::string, std::string>>;  // file name, contents

// Writes `files` into a new folder beside `target`, then swaps it in (rename, or an atomic
// exchange with the previous publication, which is removed after). A `target` holding anything
// but ITA pages is refused, so a mistyped -o never wipes someone's folder.
Result<void> write_folder(fs::path target, const Files& files) {
    target = fs::absolute(target).lexically_normal();
    if (target.filename().empty()) target = target.parent_path();
    std::error_code ec;
    const bool exists = fs::exists(fs::symlink_status(target, ec));
    if (exists) {
        if (fs::is_symlink(fs::symlink_status(target)) || !fs::is_directory(target))
            return std::unexpected(Error{.code = Errc::output_not_regular, .detail = target.string()});
        for (const auto& entry : fs::directory_iterator(target, ec))
            if (!entry.is_regular_file() ||
                !web::parse_ita_page_file(entry.path().filename().string()))
                return std::unexpected(Error{.code = Errc::invalid_argument,
                                             .detail = target.string(),
                                             .field = "publish_dir"});
        if (ec) return std::unexpected(io_error(target, ec.value()));
    }
    std::string pattern = (target.parent_path() / ("." + target.filename().string() + ".publish-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) return std::unexpected(io_error(target.parent_path(), errno));
    const fs::path tmp = pattern;
    auto fail = [&](Error e) -> Result<void> {
        fs::remove_all(tmp, ec);
        return std::unexpected(std::move(e));
    };
    for (const auto& [name, body] : files) {
        const fs::path file = tmp / name;
        std::ofstream out(file, std::ios::binary);
        out.write(body.data(), static_cast<std::streamsize>(body.size()));
        out.close();
        if (!out) return fail(io_error(file, errno ? errno : EIO));
        fs::permissions(file, fs::perms::owner_read | fs::perms::owner_write |
                                  fs::perms::group_read | fs::perms::others_read, ec);
    }
    // A web server reads it as another user; mkdtemp made it 0700.
    fs::permissions(tmp, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                             fs::perms::others_read | fs::perms::others_exec, ec);
    if (exists) {
        if (::renameat2(AT_FDCWD, tmp.c_str(), AT_FDCWD, target.c_str(), RENAME_EXCHANGE) != 0)
            return fail(io_error(target, errno));
        fs::remove_all(tmp, ec);  // now the previous publication
    } else if (::rename(tmp.c_str(), target.c_str()) != 0) {
        return fail(io_error(target, errno));
    }
    return {};
}

}  // namespace

void add_publish_command(CLI::App& app, CliContext& ctx, int& exit_code) {
    auto* cmd = app.add_subcommand(
        "publish", "Write the ITA open-information pages (as siang-server serves /ita/) to a folder for the website");
    struct Args {
        std::string out;
        int fiscal_year = 0;
        std::string lang = "both";
    };
    auto a = std::make_shared<Args>();
    cmd->add_option("-o,--output", a->out, "Folder to write (replaced whole; made if missing)")
        ->required();
    cmd->add_option("--fiscal-year", a->fiscal_year,
                    "Fiscal year in BE, e.g. 2569 (default: the current one)");
    cmd->add_option("--lang", a->lang, "Pages in th, en or both (default both: index.html and index.en.html)");
    cmd->callback([&ctx, &exit_code, a] {
        run_command(ctx, exit_code, [&] {
            std::vector<i18n::Lang> langs;
            if (a->lang == "th" || a->lang == "both") langs.push_back(i18n::Lang::th);
            if (a->lang == "en" || a->lang == "both") langs.push_back(i18n::Lang::en);
            if (langs.empty())
                return ctx.report(
                    {.code = Errc::invalid_argument, .detail = a->lang, .field = "publish_lang"});
            const auto now = std::chrono::time_point_cast<std::chrono::seconds>(domain::Clock::now());
            const int fy =
                a->fiscal_year ? a->fiscal_year : domain::fiscal_year_be(domain::local_date(now));
            if (fy < 2400 || fy > 2700)
                return ctx.report({.code = Errc::invalid_argument,
                                   .detail = std::to_string(fy),
                                   .field = "fiscal_year"});
            auto store = ctx.open_store();
            if (!store) return ctx.report(store.error());
            // As the public listener reads it: no confidential access, so corruption complaints
            // are counts only and the month in progress leaves them out (the page says so).
            auto report = reports::load_ita_report(
                *store, store::Viewer{.actor = "public", .may_see_confidential = false}, fy,
                ctx.config().directory, now);
            if (!report) return ctx.report(report.error());
            Files files;
            for (i18n::Lang lang : langs)
                for (web::ItaPage page : web::all_ita_pages)
                    files.emplace_back(web::ita_page_file(page, lang),
                                       web::ita_page_html(page, {.config = &ctx.config(),
                                                                 .report = &*report,
                                                                 .drawn_at = now,
                                                                 .lang = lang,
                                                                 .other_lang = langs.size() == 2,
                                                                 .link_query = ""}));
            if (auto ok = write_folder(a->out, files); !ok) return ctx.report(ok.error());
            if (ctx.options.json) {
                nlohmann::json names = nlohmann::json::array();
                for (const auto& f : files) names.push_back(f.first);
                CliContext::print_json({{"folder", a->out}, {"fiscal_year", fy}, {"files", names}});
            } else {
                ctx.say("cli.published", {std::to_string(files.size()), a->out});
            }
            return int{exit_ok};
        });
    });
}

}  // namespace siang::cli

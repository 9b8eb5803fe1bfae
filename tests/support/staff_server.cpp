// StaffServer: the store made in-process (the same library the server uses), then siang-server.
#include "support/staff_server.hpp"

#include <fstream>
#include <iterator>

#include "domain/directory.hpp"
#include "domain/submission.hpp"
#include "staff/staff_accounts.hpp"
#include "store/store.hpp"

namespace siang::testing {

namespace fs = std::filesystem;
using namespace std::chrono_literals;
using nlohmann::json;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), {}};
}

domain::Draft draft(domain::Kind kind, std::string service, std::string subject,
                    std::string details) {
    domain::Draft d;
    d.kind = kind;
    d.service = std::move(service);
    d.subject = std::move(subject);
    d.details = std::move(details);
    return d;
}

// The cases every staff test starts from: each kind, a few services and divisions, one
// corruption complaint whose words nothing else has.
std::vector<domain::Draft> seed_drafts() {
    using domain::Kind;
    return {
        draft(Kind::eservice, "streetlight", "ไฟถนนดับหน้าวัด", "ไฟถนนดับสามดวงหน้าวัดกลาง"),
        draft(Kind::complaint, "", "ถนนชำรุดซอยสาม", "ถนนเป็นหลุมลึกหน้าบ้านเลขที่ ๑๒"),
        draft(Kind::suggestion, "", "ขอเพิ่มถังขยะในตลาด", "ถังขยะในตลาดเช้าไม่พอ"),
        draft(Kind::corruption, "", std::string("เรียก") + corruption_only_word,
              std::string("เจ้าหน้าที่เรียก") + corruption_only_word + " ห้าพันบาท"),
        draft(Kind::eservice, "waste", "ขยะไม่ได้เก็บสองสัปดาห์", "ซอยห้าไม่มีรถเก็บขยะมาสองสัปดาห์"),
    };
}

}  // namespace

StaffServer::StaffServer(std::string cli, std::string server, fs::path dir,
                         std::vector<std::string> server_args)
    : cli_(std::move(cli)), dir_(std::move(dir)), store_(dir_ / "siang.db") {
    if (auto r = this->cli({"init"}); r.exit_code != 0) {
        error_ = "siang init: " + r.err;
        return;
    }
    {
        auto s = store::Store::open(store_.string());
        if (!s) {
            error_ = "open the store: " + std::string(error_name(s.error().code));
            return;
        }
        staff::StaffAccounts accounts(*s);
        const auto by = staff::local_administrator();
        for (const auto& [name, role] :
             {std::pair{clerk_user, staff::Role::clerk}, {integrity_user, staff::Role::integrity}}) {
            if (auto ok = accounts.add(by, {name, name, role}, staff_password); !ok) {
                error_ = "add user: " + std::string(error_name(ok.error().code));
                return;
            }
        }
        if (auto ok = accounts.set_password(by, admin_user, staff_password); !ok) {
            error_ = "admin password: " + std::string(error_name(ok.error().code));
            return;
        }
        const auto directory = domain::default_directory();
        const auto now = std::chrono::floor<std::chrono::seconds>(domain::Clock::now());
        for (const auto& d : seed_drafts()) {
            auto valid = domain::validate_draft(d, directory, now);
            if (!valid) {
                error_ = "seed draft: " + std::string(error_name(valid.error().code));
                return;
            }
            auto filed = s->submit(*valid, now, "kiosk");
            if (!filed) {
                error_ = "seed submit: " + std::string(error_name(filed.error().code));
                return;
            }
            cases_.push_back(SeededCase{filed->number, filed->code, d.kind == domain::Kind::corruption});
        }
    }
    const ProgramRun id = this->cli({"--json", "server", "init"});
    if (id.exit_code != 0) {
        error_ = "siang server init: " + id.err;
        return;
    }
    const json identity = json::parse(id.out);
    fingerprint_ = identity.at("fingerprint");
    const std::string certificate = identity.at("certificate");
    const ProgramRun spki = run_program(
        {"/bin/sh", "-c",
         "openssl x509 -in '" + certificate +
             "' -pubkey -noout | openssl pkey -pubin -outform der | openssl dgst -sha256 -binary "
             "| openssl base64 -A"},
        30s);
    if (spki.exit_code != 0) {
        error_ = "openssl: " + spki.err;
        return;
    }
    pin_ = "sha256//" + spki.out;
    server_ = std::make_unique<ServerProcess>(std::move(server), store_, dir_, std::move(server_args));
    if (!server_->start()) error_ = "siang-server did not start: " + slurp(server_->log());
}

std::string StaffServer::url() const {
    return "https://127.0.0.1:" + std::to_string(server_->office_port());
}

const SeededCase& StaffServer::corruption_case() const {
    for (const auto& c : cases_)
        if (c.corruption) return c;
    return cases_.front();
}

const SeededCase& StaffServer::ordinary_case() const {
    return cases_.at(1);
}

ProgramRun StaffServer::cli(std::vector<std::string> args) const {
    args.insert(args.begin(), {cli_, "--store", store_.string()});
    return run_program(args, 60s);
}

CurlAnswer StaffServer::curl(const std::string& path, const std::string& body,
                             const std::string& token, const std::string& method,
                             const std::string& source_address) const {
    const fs::path out = dir_ / "curl.body";
    const fs::path head = dir_ / "curl.headers";
    std::vector<std::string> a{"/usr/bin/curl", "-sS",       "-k",          "--pinnedpubkey",
                               pin_,            "--max-time", std::to_string(curl_max_time_s), "-o",
                               out.string(),    "-D",         head.string(), "-w",
                               "%{http_code}"};
    if (!token.empty()) {
        a.push_back("-H");
        a.push_back("Authorization: Bearer " + token);
    }
    if (!body.empty()) {
        a.insert(a.end(), {"-H", "Content-Type: application/json", "--data-binary", body});
    }
    if (!method.empty()) a.insert(a.end(), {"-X", method});
    if (!source_address.empty()) a.insert(a.end(), {"--interface", source_address});
    a.push_back(url() + path);
    const ProgramRun r = run_program(a, 40s);
    CurlAnswer answer;
    try {
        answer.status = std::stoi(r.out);
    } catch (...) {
        answer.status = 0;
    }
    answer.raw = slurp(out);
    answer.headers = slurp(head);
    answer.body = json::parse(answer.raw, nullptr, false);
    if (answer.body.is_discarded()) answer.body = nullptr;
    fs::remove(out);
    fs::remove(head);
    return answer;
}

std::string StaffServer::login(const std::string& user) const {
    const CurlAnswer a = curl("/api/v1/staff/login",
                              json{{"username", user}, {"password", staff_password}}.dump());
    if (a.status != 200 || !a.body.is_object() || !a.body.contains("token")) return {};
    return a.body.at("token");
}

}  // namespace siang::testing

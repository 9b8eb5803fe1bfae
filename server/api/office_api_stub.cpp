// STUB of the office API for the transport branch (issue 11): opens the store to check it and
// serves no routes. The real OfficeApi (server/api/, another branch) replaces this file at merge.
#include <filesystem>
#include <optional>

#include "server/api/office_api.hpp"
#include "store/store.hpp"

namespace siang::server::api {
namespace {

class StubOfficeApi final : public OfficeApi {
  public:
    explicit StubOfficeApi(store::Store s) : store_(std::move(s)) {}
    std::vector<http::Route> routes() override { return {}; }
    void shutdown() override { store_.reset(); }

  private:
    std::optional<store::Store> store_;
};

}  // namespace

Result<std::unique_ptr<OfficeApi>> OfficeApi::open(const std::string& store_path,
                                                   const config::Config& config) {
    std::error_code ec;
    if (!std::filesystem::exists(store_path, ec)) return fail(Errc::store_missing, store_path);
    store::OpenOptions opts;
    opts.directory = config.directory;
    auto s = store::Store::open(store_path, opts);
    if (!s) return std::unexpected(s.error());
    return std::unique_ptr<OfficeApi>(std::make_unique<StubOfficeApi>(std::move(*s)));
}

}  // namespace siang::server::api

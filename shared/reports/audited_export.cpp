// The export sequence: temporary, audit row, rename.
#include "reports/audited_export.hpp"

namespace siang::reports {

Result<void> write_audited_export(store::Store& store, std::string_view actor,
                                  const std::string& path, const ExportWriter& write,
                                  std::string_view audit_target) {
    auto file = OutputFile::create(path);
    if (!file) return std::unexpected(file.error());
    auto detail = write(*file);
    if (!detail) return std::unexpected(detail.error());
    // The row before the rename: a refused row leaves no file (OutputFile removes its temporary).
    if (auto r = store.append_audit(actor, "export",
                                    audit_target.empty() ? std::string_view(path) : audit_target,
                                    *detail); !r) return r;
    return file->commit();
}

}  // namespace siang::reports

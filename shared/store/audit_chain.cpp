// Canonical encoding and BLAKE2b hashing of audit rows.
#include "store/audit_chain.hpp"

#include <sodium.h>

#include <string>
#include <string_view>

namespace siang::store {

namespace {

void put_field(crypto_generichash_state& st, std::string_view field) {
    std::array<std::uint8_t, 8> len{};
    auto n = static_cast<std::uint64_t>(field.size());
    for (auto& b : len) {
        b = static_cast<std::uint8_t>(n & 0xffu);
        n >>= 8;
    }
    crypto_generichash_update(&st, len.data(), len.size());
    crypto_generichash_update(&st, reinterpret_cast<const unsigned char*>(field.data()),
                              field.size());
}

}  // namespace

AuditHash audit_link_hash(const AuditHash& prev_hash, const AuditEntry& entry) {
    crypto_generichash_state st;
    crypto_generichash_init(&st, nullptr, 0, crypto_generichash_BYTES);
    crypto_generichash_update(&st, prev_hash.data(), prev_hash.size());
    put_field(st, std::to_string(entry.id));
    put_field(st, std::to_string(entry.at.time_since_epoch().count()));
    put_field(st, entry.actor);
    put_field(st, entry.action);
    put_field(st, entry.target);
    put_field(st, entry.detail);
    AuditHash out{};
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

AuditHash audit_seal_mac(const domain::CodeKey& key, std::int64_t rows, const AuditHash& last) {
    crypto_generichash_state st;
    crypto_generichash_init(&st, key.data(), key.size(), crypto_generichash_BYTES);
    put_field(st, "siang audit seal v1");  // not a tracking-code hash under the same key
    put_field(st, std::to_string(rows));
    crypto_generichash_update(&st, last.data(), last.size());
    AuditHash out{};
    crypto_generichash_final(&st, out.data(), out.size());
    return out;
}

}  // namespace siang::store

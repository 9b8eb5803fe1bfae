// The staff login on the wire (staff_api.hpp).
#include "sync/staff_api.hpp"

#include <algorithm>

#include "staff/role.hpp"
#include "sync/json_reader.hpp"

namespace siang::sync {

namespace {

json user_json(const staff::StaffUser& u) {
    return {{"username", u.username},
            {"display_name", u.display_name},
            {"role", std::string(staff::role_id(u.role))}};
}

Result<staff::StaffUser> user_of(const json& j) {
    Reader r(j);
    if (auto ok = r.only({"username", "display_name", "role"}); !ok)
        return std::unexpected(ok.error());
    SIANG_TRY(username, r.text("username"));
    SIANG_TRY(display_name, r.text("display_name"));
    SIANG_TRY(role_text, r.text("role"));
    auto role = staff::parse_role(*role_text);
    if (!role) return fail({.code = Errc::invalid_input, .detail = "not_role", .field = "role"});
    return staff::StaffUser{std::move(*username), std::move(*display_name), *role};
}

}  // namespace

bool is_token(std::string_view t) {
    return t.size() == 64 && std::all_of(t.begin(), t.end(), [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::string encode(const LoginRequest& r) {
    return json{{"username", r.username}, {"password", r.password}}.dump();
}

Result<LoginRequest> decode_login_request(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"username", "password"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(username, r.text("username"));
    SIANG_TRY(password, r.text("password"));
    return LoginRequest{std::move(*username), std::move(*password)};
}

std::string encode(const Login& l) {
    return json{{"token", l.token}, {"user", user_json(l.user)}}.dump();
}

Result<Login> decode_login(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"token", "user"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(token, r.text("token"));
    if (!is_token(*token))
        return fail({.code = Errc::invalid_input, .detail = "not_token", .field = "token"});
    SIANG_TRY(user_obj, r.object("user"));
    SIANG_TRY(user, user_of(**user_obj));
    return Login{std::move(*token), std::move(*user)};
}

std::string encode_session_user(const staff::StaffUser& u) {
    return json{{"user", user_json(u)}}.dump();
}

Result<staff::StaffUser> decode_session_user(std::string_view body) {
    SIANG_TRY(j, object_of(body));
    Reader r(*j);
    if (auto ok = r.only({"user"}); !ok) return std::unexpected(ok.error());
    SIANG_TRY(user_obj, r.object("user"));
    return user_of(**user_obj);
}

}  // namespace siang::sync

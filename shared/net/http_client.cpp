// The pinned HTTPS client over one libcurl easy handle: the server's certificate is accepted only
// when its SHA-256 is the pinned fingerprint, checked inside the TLS handshake.
#include "net/http_client.hpp"

#include <curl/curl.h>
#include <openssl/ssl.h>
#include <openssl/x509.h>

#include <algorithm>
#include <cctype>
#include <mutex>

#include "net/server_identity.hpp"

namespace siang::net {
namespace {

// A server answering more than this is not the office API (a filing's answer is under 1 KiB).
constexpr std::size_t max_reply_bytes = std::size_t{16} << 20;

// curl_global_init is not thread-safe and must run once before any handle.
bool curl_ready() {
    static std::once_flag once;
    static bool ok = false;
    std::call_once(once, [] { ok = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK; });
    return ok;
}

// Where the verify callback finds its Impl: ex_data slot on the SSL_CTX curl makes.
int pin_index() {
    static const int index = SSL_CTX_get_ex_new_index(0, nullptr, nullptr, nullptr, nullptr);
    return index;
}

bool is_fingerprint(std::string_view s) {
    return s.size() == 64 && std::ranges::all_of(s, [](char c) {
               return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
           });
}

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

// "host:port" of an https://host:port base URL (IPv6 in brackets), or empty when it is not one.
std::string host_port_of(std::string_view url) {
    constexpr std::string_view scheme = "https://";
    if (!url.starts_with(scheme)) return {};
    std::string_view rest = url.substr(scheme.size());
    if (rest.empty() || rest.find_first_of("/?#@ \t\r\n") != std::string_view::npos) return {};
    std::size_t colon;
    if (rest.starts_with('[')) {
        const auto close = rest.find(']');
        if (close == std::string_view::npos || close + 1 >= rest.size() || rest[close + 1] != ':')
            return {};
        colon = close + 1;
    } else {
        colon = rest.rfind(':');
        if (colon == std::string_view::npos || colon == 0 ||
            rest.substr(0, colon).find(':') != std::string_view::npos)
            return {};
    }
    const std::string_view port = rest.substr(colon + 1);
    if (port.empty() || port.size() > 5 ||
        !std::ranges::all_of(port, [](char c) { return c >= '0' && c <= '9'; }) ||
        std::stoi(std::string(port)) > 65535 || std::stoi(std::string(port)) == 0)
        return {};
    return std::string(rest);
}

struct CurlFree {
    void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistFree {
    void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

}  // namespace

struct HttpClient::Impl {
    ClientOptions options;
    std::string host_port;
    std::unique_ptr<CURL, CurlFree> curl;
    // Set by the verify callback during a handshake.
    std::string seen_fingerprint;
    bool pin_mismatch = false;
    // The answer being received.
    HttpReply reply;
    bool reply_too_large = false;

    static int verify(int preverify_ok, X509_STORE_CTX* store) {
        (void)preverify_ok;  // a self-signed certificate never verifies; the pin decides
        // Only the server's own certificate is judged; whatever chain it sends is ignored.
        if (X509_STORE_CTX_get_error_depth(store) != 0) return 1;
        auto* ssl = static_cast<SSL*>(
            X509_STORE_CTX_get_ex_data(store, SSL_get_ex_data_X509_STORE_CTX_idx()));
        auto* self =
            ssl ? static_cast<Impl*>(SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), pin_index()))
                : nullptr;
        X509* cert = X509_STORE_CTX_get_current_cert(store);
        if (self == nullptr || cert == nullptr) return 0;
        unsigned char* der = nullptr;
        const int n = i2d_X509(cert, &der);
        if (n <= 0) return 0;
        self->seen_fingerprint =
            der_fingerprint({reinterpret_cast<const char*>(der), static_cast<std::size_t>(n)});
        OPENSSL_free(der);
        if (self->seen_fingerprint == self->options.fingerprint) return 1;
        self->pin_mismatch = true;
        return 0;
    }

    static CURLcode on_ssl_ctx(CURL*, void* ssl_ctx, void* user) {
        auto* ctx = static_cast<SSL_CTX*>(ssl_ctx);
        if (SSL_CTX_set_ex_data(ctx, pin_index(), user) != 1) return CURLE_SSL_CERTPROBLEM;
        // After curl's own SSL_VERIFY_NONE: the handshake now fails unless verify() accepts.
        SSL_CTX_set_verify(ctx, SSL_VERIFY_PEER, &Impl::verify);
        return CURLE_OK;
    }

    static std::size_t on_body(char* data, std::size_t size, std::size_t n, void* user) {
        auto* self = static_cast<Impl*>(user);
        const std::size_t len = size * n;
        if (self->reply.body.size() + len > max_reply_bytes) {
            self->reply_too_large = true;
            return 0;  // aborts the transfer
        }
        self->reply.body.append(data, len);
        return len;
    }

    static std::size_t on_header(char* data, std::size_t size, std::size_t n, void* user) {
        auto* self = static_cast<Impl*>(user);
        const std::size_t len = size * n;
        std::string_view line(data, len);
        // A new status line (after an interim 1xx answer) starts the headers over.
        if (line.starts_with("HTTP/")) {
            self->reply.headers.clear();
            return len;
        }
        const auto colon = line.find(':');
        if (colon == std::string_view::npos) return len;
        std::string name = lower(std::string(line.substr(0, colon)));
        std::string_view value = line.substr(colon + 1);
        while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
            value.remove_prefix(1);
        while (!value.empty() && (value.back() == '\r' || value.back() == '\n' ||
                                  value.back() == ' ' || value.back() == '\t'))
            value.remove_suffix(1);
        self->reply.headers[std::move(name)] = std::string(value);
        return len;
    }

    Result<void> setup() {
        CURL* c = curl.get();
        bool ok = true;
        auto set = [&](CURLoption opt, auto value) {
            ok = ok && curl_easy_setopt(c, opt, value) == CURLE_OK;
        };
        set(CURLOPT_NOSIGNAL, 1L);
        set(CURLOPT_PROTOCOLS_STR, "https");
        set(CURLOPT_REDIR_PROTOCOLS_STR, "https");
        set(CURLOPT_FOLLOWLOCATION, 0L);
        set(CURLOPT_PROXY, "");  // never a proxy from the environment
        set(CURLOPT_NOPROXY, "*");
        set(CURLOPT_SSL_VERIFYPEER, 0L);  // no CA: the pin in on_ssl_ctx decides
        set(CURLOPT_SSL_VERIFYHOST, 0L);
        set(CURLOPT_SSL_CTX_FUNCTION, &Impl::on_ssl_ctx);
        set(CURLOPT_SSL_CTX_DATA, static_cast<void*>(this));
        set(CURLOPT_HTTP_VERSION, static_cast<long>(CURL_HTTP_VERSION_1_1));
        set(CURLOPT_SSLVERSION, static_cast<long>(CURL_SSLVERSION_TLSv1_2));
        set(CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(options.connect_timeout.count()));
        set(CURLOPT_TIMEOUT_MS, static_cast<long>(options.request_timeout.count()));
        set(CURLOPT_WRITEFUNCTION, &Impl::on_body);
        set(CURLOPT_WRITEDATA, static_cast<void*>(this));
        set(CURLOPT_HEADERFUNCTION, &Impl::on_header);
        set(CURLOPT_HEADERDATA, static_cast<void*>(this));
        set(CURLOPT_TCP_KEEPALIVE, 1L);
        set(CURLOPT_ACCEPT_ENCODING, static_cast<const char*>(nullptr));  // identity only
        if (!ok) return fail(Errc::internal, "curl_easy_setopt");
        return {};
    }

    Result<HttpReply> perform(std::string_view method, std::string_view path, std::string_view body,
                              const std::vector<Header>& headers) {
        CURL* c = curl.get();
        const std::string url = options.base_url + std::string(path);
        std::unique_ptr<curl_slist, SlistFree> list;
        auto add = [&](const std::string& line) {
            curl_slist* next = curl_slist_append(list.get(), line.c_str());
            if (next == nullptr) return false;
            (void)list.release();  // curl_slist_append returned the same list, grown
            list.reset(next);
            return true;
        };
        bool has_type = false;
        bool ok = true;
        for (const auto& [name, value] : headers) {
            if (lower(name) == "content-type") has_type = true;
            ok = ok && add(name + ": " + value);
        }
        // No "Expect: 100-continue" round trip: the body is small and the server reads it.
        ok = ok && add("Expect:");
        if (method == "POST" && !has_type) ok = ok && add("Content-Type: application/json");
        if (!ok) return fail(Errc::internal, "curl_slist_append");
        bool set_ok = curl_easy_setopt(c, CURLOPT_URL, url.c_str()) == CURLE_OK &&
                      curl_easy_setopt(c, CURLOPT_HTTPHEADER, list.get()) == CURLE_OK;
        if (method == "POST") {
            set_ok = set_ok && curl_easy_setopt(c, CURLOPT_POST, 1L) == CURLE_OK &&
                     curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE,
                                      static_cast<curl_off_t>(body.size())) == CURLE_OK &&
                     curl_easy_setopt(c, CURLOPT_POSTFIELDS, body.data()) == CURLE_OK;
        } else {
            set_ok = set_ok && curl_easy_setopt(c, CURLOPT_HTTPGET, 1L) == CURLE_OK;
        }
        if (!set_ok) return fail(Errc::internal, "curl_easy_setopt");
        reply = {};
        reply_too_large = false;
        pin_mismatch = false;
        seen_fingerprint.clear();
        const CURLcode rc = curl_easy_perform(c);
        // The handle keeps these pointers; they die with this call.
        curl_easy_setopt(c, CURLOPT_HTTPHEADER, static_cast<curl_slist*>(nullptr));
        curl_easy_setopt(c, CURLOPT_POSTFIELDS, static_cast<const char*>(nullptr));
        if (pin_mismatch) return fail(Errc::server_untrusted, seen_fingerprint);
        if (reply_too_large) return fail(Errc::server_failed, "answer_too_large");
        if (rc == CURLE_OUT_OF_MEMORY || rc == CURLE_FAILED_INIT ||
            rc == CURLE_BAD_FUNCTION_ARGUMENT)
            return fail(Errc::internal, curl_easy_strerror(rc));
        if (rc != CURLE_OK) return fail(Errc::server_unreachable, host_port);
        long status = 0;
        curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
        reply.status = status;
        return std::move(reply);
    }
};

Result<HttpClient> HttpClient::make(ClientOptions options) {
    options.fingerprint = lower(options.fingerprint);
    if (!is_fingerprint(options.fingerprint))
        return fail(Errc::invalid_argument, "fingerprint " + options.fingerprint);
    std::string host_port = host_port_of(options.base_url);
    if (host_port.empty()) return fail(Errc::invalid_argument, "url " + options.base_url);
    if (!curl_ready() || pin_index() < 0) return fail(Errc::internal, "curl_global_init");
    auto impl = std::make_unique<Impl>();
    impl->options = std::move(options);
    impl->host_port = std::move(host_port);
    impl->curl.reset(curl_easy_init());
    if (!impl->curl) return fail(Errc::internal, "curl_easy_init");
    if (auto ok = impl->setup(); !ok) return std::unexpected(ok.error());
    return HttpClient(std::move(impl));
}

HttpClient::HttpClient(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
HttpClient::HttpClient(HttpClient&&) noexcept = default;
HttpClient& HttpClient::operator=(HttpClient&&) noexcept = default;
HttpClient::~HttpClient() = default;

Result<HttpReply> HttpClient::post(std::string_view path, std::string_view body,
                                   const std::vector<Header>& headers) {
    return impl_->perform("POST", path, body, headers);
}

Result<HttpReply> HttpClient::get(std::string_view path, const std::vector<Header>& headers) {
    return impl_->perform("GET", path, {}, headers);
}

}  // namespace siang::net

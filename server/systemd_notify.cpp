// The server's watchdog: a pinned HTTPS request to itself, then WATCHDOG=1.
#include "server/systemd_notify.hpp"

#include "net/http_client.hpp"
#include "server/server_log.hpp"
#include "systemd/notify.hpp"

namespace siang::server {

bool office_api_answers(const WatchdogProbe& probe, std::chrono::milliseconds timeout) {
    auto client = net::HttpClient::make(net::ClientOptions{.base_url = probe.office_url,
                                                           .fingerprint = probe.fingerprint,
                                                           .connect_timeout = timeout,
                                                           .request_timeout = timeout});
    if (!client) return false;
    auto reply = client->get("/healthz");
    return reply.has_value() && reply->status == 200;
}

ServiceWatchdog::ServiceWatchdog(WatchdogProbe probe) : probe_(std::move(probe)) {
    if (auto interval = systemd::watchdog_interval())
        thread_ = std::thread([this, i = *interval] { loop(i); });
}

ServiceWatchdog::~ServiceWatchdog() {
    {
        std::lock_guard lock(mutex_);
        stop_ = true;
    }
    wake_.notify_all();
    if (thread_.joinable()) thread_.join();
}

void ServiceWatchdog::loop(std::chrono::microseconds interval) {
    using namespace std::chrono;
    const auto period = duration_cast<milliseconds>(interval) / 2;
    // A probe may take at most a third of the interval, so a slow answer still leaves time to ping.
    const auto timeout = std::max(milliseconds(500), duration_cast<milliseconds>(interval) / 3);
    bool was_healthy = true;
    std::unique_lock lock(mutex_);
    while (!stop_) {  // bounded by the server's life: the destructor sets stop_ and wakes us
        lock.unlock();
        const bool healthy = office_api_answers(probe_, timeout);
        if (healthy) systemd::notify_watchdog();
        if (healthy != was_healthy)
            log_line(healthy ? LogLevel::info : LogLevel::warning,
                     healthy ? "watchdog: the office API answers again"
                             : "watchdog: the office API did not answer; not pinging systemd");
        was_healthy = healthy;
        lock.lock();
        wake_.wait_for(lock, period, [this] { return stop_; });
    }
}

}  // namespace siang::server

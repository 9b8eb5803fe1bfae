// The byte pipe to a receipt printer: a USB printer device file or TCP port 9100, with timeouts.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>

#include "config/config.hpp"
#include "core/error.hpp"

namespace siang::print {

using Millis = std::chrono::milliseconds;

// An open connection to one printer (a file descriptor, closed by the destructor). Every call
// waits at most its timeout, so a printer that vanishes never hangs the caller. Errors are
// printer_failed with field = the printer's name (device path or address) and detail "lost"
// (the connection broke or a write did not finish in time).
class PrinterLink {
  public:
    ~PrinterLink();
    PrinterLink(const PrinterLink&) = delete;
    PrinterLink& operator=(const PrinterLink&) = delete;

    // A USB printer's device file (/dev/usb/lp0), opened for reading and writing: usblp hands
    // the printer's answers back through read(). Errors: printer_failed "no_answer" when the
    // file cannot be opened (no printer plugged in, switched off), naming the OS reason nowhere
    // but the log.
    static Result<std::unique_ptr<PrinterLink>> open_device(const std::string& path);
    // A network printer at "host:port", "[v6]:port" or "host" (port 9100). Errors: printer_failed
    // "no_answer" when the host is unknown or does not accept within `timeout`.
    static Result<std::unique_ptr<PrinterLink>> connect(const std::string& address, Millis timeout);
    // The configured printer; invalid_argument (field "printer") when neither is configured.
    static Result<std::unique_ptr<PrinterLink>> open(const config::Printer& printer, Millis timeout);

    // Writes all of `bytes` within `timeout`.
    Result<void> send(std::span<const std::uint8_t> bytes, Millis timeout);
    // The next byte the printer sent, or nullopt when none came within `timeout`.
    Result<std::optional<std::uint8_t>> read_byte(Millis timeout);
    // Throws away whatever the printer sent unasked (at most 256 bytes, no waiting).
    void drain();

    const std::string& name() const { return name_; }

  private:
    PrinterLink(int fd, std::string name) : fd_(fd), name_(std::move(name)) {}
    int fd_ = -1;
    std::string name_;
};

// Splits "host:port", "[v6]:port", "[v6]" or "host" into host and port (9100 when none is
// given). nullopt for an empty host or a port that is not 1-65535.
struct HostPort {
    std::string host;
    std::string port;
};
std::optional<HostPort> split_printer_address(const std::string& address);

}  // namespace siang::print

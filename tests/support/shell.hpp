// Running a shell command (curl, openssl) from a test and reading what it printed.
#pragma once

#include <sys/wait.h>

#include <cstdio>
#include <string>

namespace siang::testing {

struct ShellRun {
    int exit_code = -1;
    std::string out;  // standard output; standard error passes through to the test's log
};

inline ShellRun shell(const std::string& command) {
    ShellRun r;
    FILE* p = ::popen(command.c_str(), "r");
    if (p == nullptr) return r;
    char buf[4096];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = ::pclose(p);
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

}  // namespace siang::testing

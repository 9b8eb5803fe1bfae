// The wipe reaches every copy (issue 10 item 1, SPEC §4.9): a child process runs a visit through
// the real session and screens under Xvfb, types a marker name and phone number, reaches the
// review, files or walks away, is wiped by the time-out and stops; the test then searches every
// writable mapping of the child (/proc/PID/maps + /proc/PID/mem) for the markers as typed, as
// drawn (the Thai display form), as grouped, and as UTF-16, UTF-32 and TIS-620: none may be there.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "config/config.hpp"
#include "core/scratch_dir.hpp"
#include "kiosk/citizen_app.hpp"
#include "kiosk/flow/sample_visit.hpp"
#include "kiosk/flow/store_ports.hpp"
#include "kiosk/kiosk_store.hpp"
#include "kiosk_window_fixture.hpp"
#include "text/thai_display.hpp"
#include "text/tis620.hpp"
#include "text/utf8.hpp"
#include "ui/app_loop.hpp"

namespace {

using namespace siang;

// The markers live only in read-only data: the child's writable memory holds them only where
// the kiosk copied what was "typed". A Thai name with tone marks over tall consonants (ป่, ฟ้),
// so its display form differs from the logical text; a phone number no sample visit uses.
constexpr char32_t kName[] = U"ปิ่นฟ้ามาร์คเกอร์";
constexpr char32_t kPhone[] = U"0897461325";

// ---------------------------------------------------------------------------------------------
// The child: the visit, then SIGSTOP for the parent to look.

int run_child(std::string_view mode, const std::string& dir) {
    const config::Config config = config::default_config();
    auto window = ui::App::create(siang::testing::kiosk_window_config(config, "wipe memory"));
    if (!window) {
        std::fprintf(stderr, "wipe child: %s\n", window.error().detail.c_str());
        return 10;
    }
    auto store = kiosk::open_kiosk_store(dir + "/kiosk.db", config, true);
    if (!store) return 11;
    flow::StoreSubmitPort submit(*store, config.kiosk.name);
    flow::StoreTrackPort track(*store);
    flow::SteadyTime now = flow::SteadyClock::now();
    flow::KioskSession session(config, submit, track, now);
    kiosk::CitizenApp app(session, nullptr, kiosk::visit_housekeeping(*store));
    if (!flow::walk_to(session, flow::Screen::contact_fields, now)) return 12;
    app.disable_transitions();
    auto frames = [&](int n) {
        app.set_clock_offset(now - flow::SteadyClock::now());
        (*window)->lay_out([&](ui::Frame& f) { app.draw(f); }, 1920, 1080, n);
    };
    // Typed on a keyboard at a person's pace (the scanner detector lets the characters through
    // a frame later): every prefix reaches the field and is drawn, as for a citizen.
    auto type = [&](const char32_t* cps) {
        for (const char32_t* c = cps; *c != 0; ++c) {
            now += std::chrono::milliseconds(200);
            ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(*c));
            frames(1);
            now += std::chrono::milliseconds(200);
            frames(1);
        }
    };
    frames(2);
    type(kName);
    type(U"\n");  // Enter: on to the phone
    type(kPhone);
    frames(2);
    now += std::chrono::seconds(1);
    session.handle(flow::intent::Next{},
                   now);  // the Next button's intent (email, address left out)
    frames(3);
    if (session.screen() != flow::Screen::review) {
        std::fprintf(
            stderr, "wipe child: on %s, not review (%s)\n",
            std::string(flow::screen_id(session.screen())).c_str(),
            session.error() ? std::string(error_name(session.error()->code)).c_str() : "no error");
        return 13;
    }
    if (mode == "file") {
        now += std::chrono::seconds(1);
        session.handle(flow::intent::Submit{}, now);
        frames(3);
        if (session.screen() != flow::Screen::receipt) return 14;
        now += std::chrono::seconds(config.timeouts.receipt_s + 1);
    } else {
        now += std::chrono::seconds(config.timeouts.inactivity_s + 1);
        frames(2);
        if (session.screen() != flow::Screen::still_there) return 15;
        now += std::chrono::seconds(config.timeouts.countdown_s + 1);
    }
    frames(3);
    if (session.screen() != flow::Screen::attract) return 16;
    std::fflush(stderr);
    ::raise(SIGSTOP);
    app.release_textures();
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The parent: what to look for, and the search.

struct Pattern {
    std::string label;
    std::string bytes;
};

std::string utf16le(std::u32string_view cps) {
    std::string out;
    for (char32_t c : cps) {
        auto put = [&](char16_t u) {
            out.push_back(static_cast<char>(u & 0xFF));
            out.push_back(static_cast<char>(u >> 8));
        };
        if (c >= 0x10000) {
            put(static_cast<char16_t>(0xD800 + ((c - 0x10000) >> 10)));
            put(static_cast<char16_t>(0xDC00 + ((c - 0x10000) & 0x3FF)));
        } else {
            put(static_cast<char16_t>(c));
        }
    }
    return out;
}

std::string utf32le(std::u32string_view cps) {
    std::string out;
    for (char32_t c : cps)
        for (int i = 0; i < 4; ++i) out.push_back(static_cast<char>((c >> (8 * i)) & 0xFF));
    return out;
}

// Every form a copy of `cps` can take: UTF-8, UTF-16 and UTF-32 of the logical text and of its
// display form, and TIS-620 (libthai's own encoding) of Thai text.
void add_forms(std::vector<Pattern>& out, const std::string& label, std::u32string_view cps) {
    const std::u32string logical(cps);
    const std::u32string shown = text::decode_utf8(text::to_display(text::encode_utf8(cps)));
    for (const auto& [form, text] :
         {std::pair<std::string, std::u32string>{"", logical}, {" display", shown}}) {
        if (!form.empty() && text == logical) continue;
        out.push_back({label + form + " UTF-8", text::encode_utf8(text)});
        out.push_back({label + form + " UTF-16", utf16le(text)});
        out.push_back({label + form + " UTF-32", utf32le(text)});
    }
    if (std::any_of(logical.begin(), logical.end(), [](char32_t c) { return c >= 0x0E00; })) {
        const std::vector<thchar_t> tis = text::to_tis620(logical);
        out.push_back({label + " TIS-620", std::string(tis.begin(), tis.end())});
    }
}

std::vector<Pattern> markers() {
    std::vector<Pattern> p;
    add_forms(p, "name", kName);
    add_forms(p, "phone as typed", kPhone);
    add_forms(p, "phone grouped", U"089-746-1325");
    return p;
}

struct Hit {
    std::string pattern, mapping;
    unsigned long address;
};

// Searches every readable, writable mapping of the stopped process `pid` for `patterns`.
std::vector<Hit> search_memory(pid_t pid, const std::vector<Pattern>& patterns,
                               std::size_t& bytes_read) {
    std::vector<Hit> hits;
    std::ifstream maps("/proc/" + std::to_string(pid) + "/maps");
    const std::string mem_path = "/proc/" + std::to_string(pid) + "/mem";
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> mem(std::fopen(mem_path.c_str(), "rb"),
                                                        &std::fclose);
    EXPECT_TRUE(mem) << mem_path << ": " << std::strerror(errno);
    if (!mem) return hits;
    std::size_t longest = 0;
    for (const Pattern& p : patterns) longest = std::max(longest, p.bytes.size());
    std::string line;
    while (std::getline(maps, line)) {
        std::istringstream in(line);
        std::string range, perms, offset, dev, inode, name;
        in >> range >> perms >> offset >> dev >> inode;
        std::getline(in >> std::ws, name);
        if (perms.size() < 2 || perms[0] != 'r' || perms[1] != 'w') continue;
        if (name == "[vvar]" || name == "[vsyscall]") continue;
        const auto dash = range.find('-');
        const unsigned long begin = std::stoul(range.substr(0, dash), nullptr, 16);
        const unsigned long end = std::stoul(range.substr(dash + 1), nullptr, 16);
        constexpr std::size_t chunk = 1 << 20;
        std::string buf;
        for (unsigned long at = begin; at < end;) {
            const std::size_t want = std::min<std::size_t>(chunk + longest, end - at);
            buf.resize(want);
            std::size_t got = 0;
            if (::fseeko(mem.get(), static_cast<off_t>(at), SEEK_SET) == 0)
                got = std::fread(buf.data(), 1, want, mem.get());
            std::clearerr(mem.get());
            buf.resize(got);
            bytes_read += got;
            for (const Pattern& p : patterns) {
                for (std::size_t pos = buf.find(p.bytes); pos != std::string::npos;
                     pos = buf.find(p.bytes, pos + 1)) {
                    if (pos >= chunk && at + chunk < end) break;  // the next chunk's
                    hits.push_back({p.label, name.empty() ? "[anon]" : name, at + pos});
                }
            }
            at += chunk;
        }
    }
    return hits;
}

// Runs the child in `mode` ("abandon" or "file"), stopped after the wipe, and returns what the
// search found in its memory.
std::vector<Hit> visit_and_search(const char* mode) {
    ScratchDir dir("siang-wipe");
    EXPECT_FALSE(dir.path().empty());
    const std::string dir_s = dir.path().string();
    const pid_t pid = ::fork();
    if (pid == 0) {
        // A fresh image: nothing of the parent (which built the patterns) in the child's memory.
        const char* argv[] = {"wipe_memory_test", "--wipe-child", mode, dir_s.c_str(), nullptr};
        ::execv("/proc/self/exe", const_cast<char* const*>(argv));
        ::_exit(127);
    }
    int status = 0;
    EXPECT_EQ(::waitpid(pid, &status, WUNTRACED), pid);
    if (!WIFSTOPPED(status)) {
        ADD_FAILURE() << "the child did not reach the wipe: "
                      << (WIFEXITED(status) ? "exit " + std::to_string(WEXITSTATUS(status))
                                            : "signal " + std::to_string(WTERMSIG(status)));
        return {};
    }
    std::size_t bytes = 0;
    auto hits = search_memory(pid, markers(), bytes);
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    EXPECT_GT(bytes, 1u << 20) << "the search read almost nothing of the child's memory";
    return hits;
}

std::string describe(const std::vector<Hit>& hits) {
    std::string s;
    for (const Hit& h : hits) {
        char at[32];
        std::snprintf(at, sizeof at, "0x%lx", h.address);
        s += "  " + h.pattern + " at " + at + " in " + h.mapping + "\n";
    }
    return s;
}

TEST(WipeMemory, WalkingAwayAtTheReviewLeavesNoTypedNameOrPhoneInTheKiosksMemory) {
    const auto hits = visit_and_search("abandon");
    EXPECT_TRUE(hits.empty()) << hits.size() << " copies after the wipe:\n" << describe(hits);
}

TEST(WipeMemory, FilingAndTheReceiptTimeoutLeaveNoTypedNameOrPhoneInTheKiosksMemory) {
    const auto hits = visit_and_search("file");
    EXPECT_TRUE(hits.empty()) << hits.size() << " copies after the wipe:\n" << describe(hits);
}

// The search itself finds a marker that is there (so an empty result means something).
TEST(WipeMemory, TheSearchFindsAMarkerThatIsInMemory) {
    const pid_t pid = ::fork();
    if (pid == 0) {
        const char* argv[] = {"wipe_memory_test", "--hold-marker", nullptr};
        ::execv("/proc/self/exe", const_cast<char* const*>(argv));
        ::_exit(127);
    }
    int status = 0;
    ASSERT_EQ(::waitpid(pid, &status, WUNTRACED), pid);
    ASSERT_TRUE(WIFSTOPPED(status));
    std::size_t bytes = 0;
    const auto hits = search_memory(pid, markers(), bytes);
    ::kill(pid, SIGKILL);
    ::waitpid(pid, &status, 0);
    EXPECT_EQ(describe(hits).find("name UTF-8"), 2u) << describe(hits);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 4 && std::string_view(argv[1]) == "--wipe-child")
        return run_child(argv[2], argv[3]);
    if (argc == 2 && std::string_view(argv[1]) == "--hold-marker") {
        const std::string held = text::encode_utf8(kName);  // on the heap, writable
        ::raise(SIGSTOP);
        return held.empty() ? 1 : 0;
    }
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}

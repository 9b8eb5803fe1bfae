// The filing options and JSON input of `siang submit`, shared with `siang outbox submit`: one
// option set, one way from them to a validated draft.
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "core/error.hpp"
#include "domain/directory.hpp"
#include "domain/submission.hpp"

namespace siang::cli {

struct DraftArgs {
    std::string kind, subject, details, service, division, location, when;
    std::string name, phone, email, address;
    std::string input;  // JSON file or "-" for stdin
};

// Adds --kind, --subject, … --address and --input to `cmd`, writing into `args`.
void add_draft_options(CLI::App& cmd, DraftArgs& args);

// The draft the options (and the JSON object of --input, which fills the same fields) describe,
// validated against `directory` (domain::validate_draft). Errors: those of reading the input
// (io_error, input_too_large, json_*, invalid_input: unknown key or not a string),
// unknown_kind, invalid_date, and validate_draft's.
Result<domain::Draft> validated_draft(DraftArgs args, const domain::Directory& directory);

}  // namespace siang::cli

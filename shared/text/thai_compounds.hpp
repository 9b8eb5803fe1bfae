// The project's Thai compounds that a line never breaks inside, compiled in from
// shared/text/thai_compounds.txt.
#pragma once

#include <string>
#include <vector>

namespace siang::text {

// Every compound of the data file (UTF-8), in file order; comments and blank lines dropped.
const std::vector<std::string>& thai_compound_list();

}  // namespace siang::text

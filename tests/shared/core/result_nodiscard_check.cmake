# Run by CTest (result_nodiscard_test): a dropped siang::Result must not compile with -Werror,
# and the same code using its results must. Variables: CXX, INCLUDE, SOURCE, DROPS (how many
# dropped calls the probe has: each must be reported, so no kind of function slips through).
set(flags -std=c++23 -fsyntax-only -Wall -Wextra -Werror -I${INCLUDE})

execute_process(COMMAND ${CXX} ${flags} ${SOURCE} RESULT_VARIABLE rc OUTPUT_VARIABLE out
                ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "The probe that uses its results does not compile:\n${out}")
endif()

execute_process(COMMAND ${CXX} ${flags} -DSIANG_DROP_RESULTS ${SOURCE} RESULT_VARIABLE rc
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(rc EQUAL 0)
  message(FATAL_ERROR "Dropping a Result compiled with -Werror: Result is not [[nodiscard]]")
endif()
string(REGEX MATCHALL "ignoring return(ed)? value[^\n]*nodiscard" hits "${out}")
list(LENGTH hits count)
if(NOT count EQUAL DROPS)
  message(FATAL_ERROR "${count} of ${DROPS} dropped Results reported:\n${out}")
endif()
message(STATUS "all ${DROPS} dropped Results refused")

# The programs the tests run (issue 10 item 10): found once here, before anything is built. In CI
# (SIANG_CI) a missing one fails the configure; locally its tests are skipped with a message.
include_guard(GLOBAL)

# siang_test_program(VAR program package what): sets VAR to the program's path, or (locally)
# leaves it empty when missing; a path given with -DVAR=... must exist and be executable.
function(siang_test_program var program package what)
  find_program(${var} ${program})
  set(path "${${var}}")
  if(path AND EXISTS "${path}" AND NOT IS_DIRECTORY "${path}")
    return()
  endif()
  if(SIANG_CI)
    message(FATAL_ERROR "${program} not found (${var}=${path}): ${what} cannot run. "
                        "Install the Debian package ${package} (tools/setup).")
  endif()
  message(WARNING "${program} not found: ${what} are skipped (install ${package}; CI fails here)")
  set(${var} "" CACHE FILEPATH "${program}" FORCE)
endfunction()

siang_test_program(SIANG_XVFB Xvfb xvfb "the kiosk and console screenshot tests")
# GUI tests run under tests/support/with-xvfb, which lets Xvfb pick a free display itself
# (xvfb-run -a races when tests start together). Empty when Xvfb is missing, like the others.
set(SIANG_XVFB_RUN "")
if(SIANG_XVFB)
  set(SIANG_XVFB_RUN ${CMAKE_COMMAND} -E env SIANG_XVFB=${SIANG_XVFB}
                     ${CMAKE_CURRENT_LIST_DIR}/../tests/support/with-xvfb)
endif()
siang_test_program(SIANG_ZBARIMG zbarimg zbar-tools "the QR read-back tests")
siang_test_program(SIANG_CHROMIUM chromium chromium "the public pages' browser tests")
siang_test_program(SIANG_PDFTOPPM pdftoppm poppler-utils "the public pages' print tests")
siang_test_program(SIANG_TIDY tidy tidy "the public pages' HTML checks")

# Generates the OpenGL 3.3 core loader with Debian's python3-glad at build time and builds it as
# the static library siang_glad (include <glad/gl.h>). Generated files stay in the build tree.
include_guard(GLOBAL)

find_program(SIANG_SYSTEM_PYTHON3 NAMES python3 HINTS /usr/bin NO_DEFAULT_PATH)
if(NOT SIANG_SYSTEM_PYTHON3)
  find_program(SIANG_SYSTEM_PYTHON3 NAMES python3)
endif()
# A python3 from pyenv or a venv first on PATH usually lacks glad: check the module really imports.
execute_process(COMMAND ${SIANG_SYSTEM_PYTHON3} -c "import glad"
                RESULT_VARIABLE siang_glad_import OUTPUT_QUIET ERROR_QUIET)
if(NOT SIANG_SYSTEM_PYTHON3 OR NOT siang_glad_import EQUAL 0)
  message(FATAL_ERROR
    "siang: the Python module 'glad' (Debian package python3-glad) is missing for "
    "'${SIANG_SYSTEM_PYTHON3}'. Run tools/setup to install the Debian packages, then re-run cmake.")
endif()

set(SIANG_GLAD_DIR ${CMAKE_BINARY_DIR}/glad)
set(SIANG_GLAD_OUTPUTS ${SIANG_GLAD_DIR}/src/gl.c ${SIANG_GLAD_DIR}/include/glad/gl.h
                       ${SIANG_GLAD_DIR}/include/KHR/khrplatform.h)
add_custom_command(
  OUTPUT ${SIANG_GLAD_OUTPUTS}
  COMMAND ${SIANG_SYSTEM_PYTHON3} -m glad --quiet --reproducible --api gl:core=3.3 --extensions=
          --out-path ${SIANG_GLAD_DIR} c
  DEPENDS ${PROJECT_SOURCE_DIR}/cmake/SiangGlad.cmake
  COMMENT "Generating the OpenGL 3.3 core loader with glad"
  VERBATIM)

add_library(siang_glad STATIC ${SIANG_GLAD_OUTPUTS})
target_include_directories(siang_glad SYSTEM PUBLIC ${SIANG_GLAD_DIR}/include)
target_link_libraries(siang_glad PUBLIC ${CMAKE_DL_LIBS})
set_target_properties(siang_glad PROPERTIES POSITION_INDEPENDENT_CODE ON)

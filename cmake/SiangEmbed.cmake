# siang_embed(target NAME name FILES f...): embeds files into `target` as byte arrays at build
# time. Generates <name>.hpp with `std::string_view siang_embedded_<name>(std::string_view file)`
# (file = base name; empty view if unknown). The installed program never reads the source tree.
function(siang_embed target)
  cmake_parse_arguments(ARG "" "NAME" "FILES" ${ARGN})
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/embedded)
  set(cpp ${out_dir}/${ARG_NAME}.cpp)
  set(hpp ${out_dir}/${ARG_NAME}.hpp)
  add_custom_command(
    OUTPUT ${cpp} ${hpp}
    COMMAND ${CMAKE_COMMAND} -DNAME=${ARG_NAME} -DOUT_CPP=${cpp} -DOUT_HPP=${hpp}
            "-DFILES=${ARG_FILES}" -P ${PROJECT_SOURCE_DIR}/cmake/SiangEmbedRun.cmake
    DEPENDS ${ARG_FILES} ${PROJECT_SOURCE_DIR}/cmake/SiangEmbedRun.cmake
    COMMENT "Embedding ${ARG_NAME}"
    VERBATIM)
  target_sources(${target} PRIVATE ${cpp} ${hpp})
  target_include_directories(${target} PUBLIC ${out_dir})
endfunction()

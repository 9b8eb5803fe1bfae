# siang_warnings(target): the project's warning set, errors when SIANG_WERROR is on.
function(siang_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                           -Wno-sign-conversion)
  if(SIANG_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()

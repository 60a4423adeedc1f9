# SPDX-License-Identifier: BSD-2-Clause
# Strict warnings for our own targets only; Qt's and OpenSSL's headers come in as system headers.
function(coapscope_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
            -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual
            -Wimplicit-fallthrough)
    endif()
endfunction()

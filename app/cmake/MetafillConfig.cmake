# Settings every Metafill target shares: language level, warnings, string hygiene.
add_library(metafill_common INTERFACE)
add_library(Metafill::common ALIAS metafill_common)

target_compile_features(metafill_common INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(metafill_common INTERFACE
    # Literals must be turned into QStrings on purpose (u"..."_s), so that
    # user-visible text cannot slip past tr() unnoticed.
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    METAFILL_VERSION="${PROJECT_VERSION}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(metafill_common INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(METAFILL_WARNINGS_AS_ERRORS)
        target_compile_options(metafill_common INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(metafill_common INTERFACE /W4 /utf-8)
    if(METAFILL_WARNINGS_AS_ERRORS)
        target_compile_options(metafill_common INTERFACE /WX)
    endif()
endif()

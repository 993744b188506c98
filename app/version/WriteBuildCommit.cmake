# cmake -DSOURCE_DIR=<sources> -DOUTPUT=<header> -P WriteBuildCommit.cmake
#
# Writes METAFILL_BUILD_COMMIT, `git describe` of SOURCE_DIR ("v0.1.0-4-g1a2b3c4d5e6f",
# "1a2b3c4d5e6f-dirty"), or "unknown" when the sources are not a git checkout
# (a release tarball, a Debian source package) or git is missing. OUTPUT is
# touched only when its text changes, so an unchanged commit rebuilds nothing.
set(commit "unknown")
# Only the sources' own repository counts: a tarball unpacked inside some other
# checkout would otherwise report that checkout's commit.
if(EXISTS "${SOURCE_DIR}/.git")
    find_package(Git QUIET)
    if(GIT_FOUND)
        # --no-optional-locks: describe --dirty would otherwise refresh and write
        # the index, which can collide with a `git commit` running at that moment.
        execute_process(
            COMMAND "${GIT_EXECUTABLE}" --no-optional-locks -C "${SOURCE_DIR}" describe --tags --always --dirty --abbrev=12
            RESULT_VARIABLE result
            OUTPUT_VARIABLE described
            ERROR_QUIET
            OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(result EQUAL 0 AND NOT described STREQUAL "")
            # Tag names may hold characters a C string literal cannot take as they are.
            string(REGEX REPLACE "[^A-Za-z0-9._+/-]" "_" commit "${described}")
        endif()
    endif()
endif()

set(text "// Written by WriteBuildCommit.cmake at build time; do not edit.\n#define METAFILL_BUILD_COMMIT \"${commit}\"\n")
set(old "")
if(EXISTS "${OUTPUT}")
    file(READ "${OUTPUT}" old)
endif()
if(NOT old STREQUAL text)
    file(WRITE "${OUTPUT}" "${text}")
endif()

# Configures <binary dir>/Info.plist for Metafill.app from Info.plist.in.
# Included by MacPackage.cmake; uses no target, so a scratch project on Linux
# can include it and check the result (packaging/README.md).
#
# Expects METAFILL_MACOS_DIR, METAFILL_BUNDLE_EXECUTABLE, METAFILL_ICNS and
# METAFILL_APP_ID. The file is configured here with @VARIABLES@ of this scope;
# CMake then reads it as the bundle's plist template (MACOSX_BUNDLE_INFO_PLIST)
# once more, which leaves it unchanged since it holds no ${…} references.

set(METAFILL_PLIST_EXECUTABLE ${METAFILL_BUNDLE_EXECUTABLE})
set(METAFILL_PLIST_IDENTIFIER ${METAFILL_APP_ID})
set(METAFILL_PLIST_VERSION ${PROJECT_VERSION})

# The languages Metafill is translated into: macOS then shows its own parts of
# the window (file dialogs, the application menu) in these languages too.
file(GLOB metafill_ts_files ${PROJECT_SOURCE_DIR}/translations/metafill_*.ts)
set(METAFILL_PLIST_LOCALIZATIONS "")
foreach(metafill_ts IN LISTS metafill_ts_files)
    get_filename_component(metafill_ts_name ${metafill_ts} NAME_WE)
    string(REPLACE "metafill_" "" metafill_language ${metafill_ts_name})
    if(NOT metafill_language STREQUAL "en") # the source language, already in the template
        string(APPEND METAFILL_PLIST_LOCALIZATIONS "\n        <string>${metafill_language}</string>")
    endif()
endforeach()

# Without a deployment target the compiler takes the SDK's macOS as the
# binaries' minimum; the key is only written when the minimum is known.
set(METAFILL_PLIST_MINIMUM_SYSTEM "")
if(CMAKE_OSX_DEPLOYMENT_TARGET)
    set(METAFILL_PLIST_MINIMUM_SYSTEM
        "<key>LSMinimumSystemVersion</key>\n    <string>${CMAKE_OSX_DEPLOYMENT_TARGET}</string>")
endif()

set(METAFILL_PLIST_ICON "")
if(EXISTS ${METAFILL_ICNS})
    get_filename_component(METAFILL_PLIST_ICON ${METAFILL_ICNS} NAME)
endif()

configure_file(${METAFILL_MACOS_DIR}/Info.plist.in ${CMAKE_CURRENT_BINARY_DIR}/Info.plist @ONLY)

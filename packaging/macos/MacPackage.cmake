# macOS: the app bundle Metafill.app (Info.plist, icon), made self-contained
# at install time (DeployMac.cmake: macdeployqt, optional signing), and a disk
# image through CPack's DragNDrop generator. Included by packaging/Platforms.cmake
# on APPLE.
#
# Untested here: this was written on Linux. What was checked and what was not
# is in packaging/README.md; packaging/macos/build.sh runs all of it on a Mac.

set(METAFILL_MACOS_DIR ${CMAKE_CURRENT_LIST_DIR})
if(NOT TARGET metafill)
    message(STATUS "macOS package: no app bundle without the GUI (METAFILL_BUILD_GUI is OFF)")
    return()
endif()

# --- The bundle -------------------------------------------------------------
# Finder shows the bundle's folder name: "Metafill", not the target's "metafill".
set(METAFILL_BUNDLE_EXECUTABLE "Metafill")
set(METAFILL_ICNS ${METAFILL_MACOS_DIR}/org.metafill.Metafill.icns)

if(NOT EXISTS ${METAFILL_ICNS})
    message(WARNING "${METAFILL_ICNS} is missing: the app gets the default icon. Make it with packaging/macos/make-icns.sh.")
endif()
include(${METAFILL_MACOS_DIR}/InfoPlist.cmake)

set_target_properties(metafill PROPERTIES
    OUTPUT_NAME ${METAFILL_BUNDLE_EXECUTABLE}
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_BINARY_DIR}/Info.plist)
if(EXISTS ${METAFILL_ICNS})
    target_sources(metafill PRIVATE ${METAFILL_ICNS})
    # Source file properties belong to a directory: set it where the target is.
    set_source_files_properties(${METAFILL_ICNS} TARGET_DIRECTORY metafill
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
endif()

# In the build tree the bundle finds the data (<build>/share/metafill) the way
# an installed one does: through Contents/share.
get_target_property(metafill_runtime_dir metafill RUNTIME_OUTPUT_DIRECTORY)
if(NOT metafill_runtime_dir)
    get_target_property(metafill_runtime_dir metafill BINARY_DIR)
endif()
file(RELATIVE_PATH metafill_share_from_contents
    "${metafill_runtime_dir}/${METAFILL_BUNDLE_EXECUTABLE}.app/Contents" "${CMAKE_BINARY_DIR}/share")
add_custom_target(metafill_bundle_data_link ALL
    COMMAND ${CMAKE_COMMAND} -E create_symlink "${metafill_share_from_contents}" "$<TARGET_BUNDLE_CONTENT_DIR:metafill>/share"
    COMMENT "Linking Metafill.app/Contents/share to the build tree's data"
    VERBATIM)
add_dependencies(metafill_bundle_data_link metafill)

# --- Install: a bundle that runs on a Mac without Qt or Homebrew ----------------
# Only when every install folder is inside the bundle (BundleLayout.cmake);
# otherwise `cmake --install` keeps the usual prefix layout for developers.
if(NOT CMAKE_INSTALL_BINDIR STREQUAL "${METAFILL_BUNDLE_EXECUTABLE}.app/Contents/MacOS")
    message(STATUS "macOS package: configure with -C packaging/macos/BundleLayout.cmake for an app bundle and a disk image")
    return()
endif()

find_program(METAFILL_MACDEPLOYQT macdeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    DOC "Qt's macdeployqt, run at install time")
set(metafill_helpers "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:metafill-cli>")
if(TARGET metafill-ims-probe)
    list(APPEND metafill_helpers "${CMAKE_INSTALL_LIBEXECDIR}/metafill/$<TARGET_FILE_NAME:metafill-ims-probe>")
endif()
# install(CODE) hands the configure-time facts to the install-time script;
# generator expressions are evaluated in install(CODE), not in install(SCRIPT).
install(CODE "
set(METAFILL_DEPLOY_MACDEPLOYQT [[${METAFILL_MACDEPLOYQT}]])
set(METAFILL_DEPLOY_BUNDLE [[$<TARGET_BUNDLE_DIR_NAME:metafill>]])
set(METAFILL_DEPLOY_HELPERS [[${metafill_helpers}]])
set(METAFILL_DEPLOY_DATADIR [[${CMAKE_INSTALL_DATADIR}]])
set(METAFILL_DEPLOY_QT_TRANSLATIONS [[${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}]])
set(METAFILL_DEPLOY_SIGN_SCRIPT [[${METAFILL_MACOS_DIR}/sign-app.sh]])
")
install(SCRIPT ${METAFILL_MACOS_DIR}/DeployMac.cmake)

# --- The disk image ---------------------------------------------------------
# DragNDrop: Metafill.app next to a link to /Applications. The license is not
# shown as an agreement (policy CMP0133): the MIT license asks for no consent.
if(CMAKE_OSX_ARCHITECTURES)
    string(REPLACE ";" "-" metafill_macos_arch "${CMAKE_OSX_ARCHITECTURES}")
else()
    set(metafill_macos_arch "${CMAKE_SYSTEM_PROCESSOR}")
endif()
set(CPACK_GENERATOR "DragNDrop")
set(CPACK_PACKAGE_FILE_NAME "Metafill-${PROJECT_VERSION}-macos-${metafill_macos_arch}")
set(CPACK_DMG_VOLUME_NAME "Metafill ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT "UDZO")

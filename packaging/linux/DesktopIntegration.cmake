# Installs what freedesktop.org desktops (GNOME, KDE, software centres) and `man`
# read: the .desktop file, AppStream metadata, MIME types, hicolor icons and the
# manual pages; and the Debian copyright and changelog files. Included from
# packaging/CMakeLists.txt on Linux and other Unix systems (not macOS).
set(linux_dir "${CMAKE_CURRENT_LIST_DIR}")

if(METAFILL_BUILD_GUI)
    install(FILES "${linux_dir}/${METAFILL_APP_ID}.desktop" DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES "${linux_dir}/${METAFILL_APP_ID}.metainfo.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    # The file types belong to the desktop application, which opens records.
    install(FILES "${linux_dir}/${METAFILL_APP_ID}.mime.xml" DESTINATION ${CMAKE_INSTALL_DATADIR}/mime/packages
        RENAME "${METAFILL_APP_ID}.xml")
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/${METAFILL_APP_ID}.svg"
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
    # The PNG sizes, rendered from the SVG by render-icons.sh.
    install(DIRECTORY "${PROJECT_SOURCE_DIR}/resources/icons/hicolor" DESTINATION ${CMAKE_INSTALL_DATADIR}/icons
        FILES_MATCHING PATTERN "${METAFILL_APP_ID}.png")
endif()

# Manual pages and the Debian changelog are installed compressed, as Debian
# policy asks (gzip -9n: -n leaves out the time, so the package is reproducible).
find_program(METAFILL_GZIP gzip)
function(metafill_install_compressed source destination name)
    if(NOT METAFILL_GZIP)
        install(FILES "${source}" DESTINATION "${destination}" RENAME "${name}")
        return()
    endif()
    set(copy "${CMAKE_CURRENT_BINARY_DIR}/compressed/${name}")
    add_custom_command(OUTPUT "${copy}.gz"
        COMMAND ${CMAKE_COMMAND} -E make_directory "${CMAKE_CURRENT_BINARY_DIR}/compressed"
        COMMAND ${CMAKE_COMMAND} -E copy "${source}" "${copy}"
        COMMAND "${METAFILL_GZIP}" -9 -n -f "${copy}"
        DEPENDS "${source}"
        VERBATIM)
    set_property(GLOBAL APPEND PROPERTY METAFILL_COMPRESSED_FILES "${copy}.gz")
    install(FILES "${copy}.gz" DESTINATION "${destination}")
endfunction()

metafill_install_compressed("${linux_dir}/metafill-cli.1" ${CMAKE_INSTALL_MANDIR}/man1 metafill-cli.1)
if(METAFILL_BUILD_GUI)
    metafill_install_compressed("${linux_dir}/metafill.1" ${CMAKE_INSTALL_MANDIR}/man1 metafill.1)
endif()
metafill_install_compressed("${linux_dir}/changelog.Debian" ${METAFILL_DOC_DIR} changelog.Debian)
install(FILES "${linux_dir}/copyright" DESTINATION ${METAFILL_DOC_DIR})
get_property(compressed GLOBAL PROPERTY METAFILL_COMPRESSED_FILES)
if(compressed)
    add_custom_target(metafill_compressed_docs ALL DEPENDS ${compressed})
endif()

# The version is written by hand in the Debian changelog, the manual pages and
# the AppStream releases: say so when one of them was not updated for a new version.
file(STRINGS "${linux_dir}/changelog.Debian" changelog_head LIMIT_COUNT 1)
if(NOT changelog_head MATCHES "^metafill \\(${PROJECT_VERSION}-")
    message(WARNING "packaging/linux/changelog.Debian does not start with an entry for ${PROJECT_VERSION}")
endif()
foreach(page metafill-cli.1 metafill.1)
    file(STRINGS "${linux_dir}/${page}" title REGEX "^\\.TH ")
    if(NOT title MATCHES "\"Metafill ${PROJECT_VERSION}\"")
        message(WARNING "packaging/linux/${page}: the .TH line does not name Metafill ${PROJECT_VERSION}")
    endif()
endforeach()
file(READ "${linux_dir}/${METAFILL_APP_ID}.metainfo.xml" metainfo)
if(NOT metainfo MATCHES "<release version=\"${PROJECT_VERSION}\"")
    message(WARNING "packaging/linux/${METAFILL_APP_ID}.metainfo.xml has no <release> for ${PROJECT_VERSION}")
endif()

if(METAFILL_BUILD_TESTS)
    # The top level enables testing only after reading this folder, and add_test
    # is ignored where testing is not enabled yet.
    enable_testing()
    # Both install the build into a folder of their own and check what landed
    # there (check-install.sh says what; "desktop" needs appstreamcli and
    # desktop-file-validate and is skipped without them).
    add_test(NAME InstalledTreeWorks
        COMMAND bash "${linux_dir}/check-install.sh" tree "${CMAKE_BINARY_DIR}" "${PROJECT_SOURCE_DIR}")
    add_test(NAME InstalledDesktopFilesValid
        COMMAND bash "${linux_dir}/check-install.sh" desktop "${CMAKE_BINARY_DIR}" "${PROJECT_SOURCE_DIR}")
    set_tests_properties(InstalledTreeWorks InstalledDesktopFilesValid PROPERTIES SKIP_RETURN_CODE 77 TIMEOUT 300)
    # Every command and option the programs' --help lists is in their manual pages.
    add_test(NAME CliManPageComplete
        COMMAND bash "${linux_dir}/check-man-page.sh" "$<TARGET_FILE:metafill-cli>" "${linux_dir}/metafill-cli.1")
    if(METAFILL_BUILD_GUI)
        add_test(NAME GuiManPageComplete
            COMMAND bash "${linux_dir}/check-man-page.sh" "$<TARGET_FILE:metafill>" "${linux_dir}/metafill.1")
    endif()
endif()

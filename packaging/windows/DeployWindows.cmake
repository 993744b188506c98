# Runs at install time (install(SCRIPT) in WindowsPackage.cmake), for
# `cmake --install` and for CPack alike. Afterwards the installed folder runs
# on a Windows PC that has neither Qt nor any of the libraries: every DLL the
# programs load lies next to them.
#
# Set before by install(CODE): METAFILL_DEPLOY_WINDEPLOYQT, _QT_PROGRAMS,
# _PROBE, _BINDIR, _DATADIR, _QT_TRANSLATIONS, _DLL_DIRS, _DEPENDENCY_TOOL
# (see WindowsPackage.cmake).
#
# Untested here: written on Linux (see packaging/README.md).

# CPack's NSIS and ZIP generators install into a staging folder passed as
# CMAKE_INSTALL_PREFIX; DESTDIR has no meaning with drive letters.
set(metafill_prefix "${CMAKE_INSTALL_PREFIX}")
set(metafill_bin "${metafill_prefix}/${METAFILL_DEPLOY_BINDIR}")

if(NOT METAFILL_DEPLOY_WINDEPLOYQT OR NOT EXISTS "${METAFILL_DEPLOY_WINDEPLOYQT}")
    message(FATAL_ERROR "windeployqt was not found when Metafill was configured, so the installed programs would "
        "miss Qt. Configure again with -DMETAFILL_WINDEPLOYQT=<Qt folder>/bin/windeployqt.exe.")
endif()

# 1. The IMS probe goes next to the programs. Windows looks for a program's
#    DLLs in that program's own folder, not in the folder of the program that
#    started it: in bin the probe uses the DLLs that are there anyway (Qt Core,
#    HDF5, zlib) instead of needing its own copies in libexec\metafill.
set(metafill_probe "")
if(METAFILL_DEPLOY_PROBE)
    get_filename_component(metafill_probe_name "${METAFILL_DEPLOY_PROBE}" NAME)
    get_filename_component(metafill_probe_dir "${metafill_prefix}/${METAFILL_DEPLOY_PROBE}" DIRECTORY)
    set(metafill_probe "${metafill_bin}/${metafill_probe_name}")
    if(EXISTS "${metafill_prefix}/${METAFILL_DEPLOY_PROBE}")
        message(STATUS "Moving: ${METAFILL_DEPLOY_PROBE} to ${METAFILL_DEPLOY_BINDIR}")
        file(RENAME "${metafill_prefix}/${METAFILL_DEPLOY_PROBE}" "${metafill_probe}")
        # libexec\metafill and libexec, when nothing else is in them.
        get_filename_component(metafill_libexec_dir "${metafill_probe_dir}" DIRECTORY)
        foreach(metafill_dir IN ITEMS "${metafill_probe_dir}" "${metafill_libexec_dir}")
            file(GLOB metafill_left "${metafill_dir}/*")
            if(IS_DIRECTORY "${metafill_dir}" AND NOT metafill_left)
                file(REMOVE_RECURSE "${metafill_dir}")
            endif()
        endforeach()
    endif()
endif()

# 2. Qt: its DLLs, the platform plugin, styles and image formats. Qt's own
#    translations (standard buttons and dialogs) are copied as the qtbase_<lang>.qm
#    files Translations.cpp loads, for the languages Metafill has, into
#    bin\translations, where QLibraryInfo looks when QtCore.dll lies next to the
#    program (windeployqt would write merged qt_<lang>.qm files instead). The
#    compiler runtime is installed by InstallRequiredSystemLibraries, not as
#    windeployqt's redistributable installer that needs administrator rights.
file(GLOB metafill_qm_files "${metafill_prefix}/${METAFILL_DEPLOY_DATADIR}/metafill/translations/metafill_*.qm")
foreach(metafill_qm IN LISTS metafill_qm_files)
    get_filename_component(metafill_qm_name "${metafill_qm}" NAME_WE)
    string(REPLACE "metafill_" "" metafill_language "${metafill_qm_name}")
    set(metafill_qt_qm "${METAFILL_DEPLOY_QT_TRANSLATIONS}/qtbase_${metafill_language}.qm")
    if(EXISTS "${metafill_qt_qm}")
        file(INSTALL "${metafill_qt_qm}" DESTINATION "${metafill_bin}/translations")
    endif()
endforeach()

set(metafill_programs "")
foreach(metafill_program IN LISTS METAFILL_DEPLOY_QT_PROGRAMS)
    set(metafill_path "${metafill_prefix}/${metafill_program}")
    list(APPEND metafill_programs "${metafill_path}")
    message(STATUS "windeployqt: ${metafill_program}")
    execute_process(
        COMMAND "${METAFILL_DEPLOY_WINDEPLOYQT}" --no-compiler-runtime --no-system-d3d-compiler --no-opengl-sw
                --no-translations "${metafill_path}"
        RESULT_VARIABLE metafill_result)
    if(NOT metafill_result EQUAL 0)
        message(FATAL_ERROR "windeployqt failed (${metafill_result}) for ${metafill_path}")
    endif()
endforeach()
if(metafill_probe)
    list(APPEND metafill_programs "${metafill_probe}")
endif()

# 3. Every other DLL (yaml-cpp, libcurl, SQLite, pugixml, zlib, HDF5 and what
#    they load), looked up in vcpkg's and Qt's bin folders and copied to bin.
if(METAFILL_DEPLOY_DEPENDENCY_TOOL)
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_PLATFORM "windows+pe")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_TOOL "dumpbin")
    set(CMAKE_GET_RUNTIME_DEPENDENCIES_COMMAND "${METAFILL_DEPLOY_DEPENDENCY_TOOL}")
endif()
file(GET_RUNTIME_DEPENDENCIES
    EXECUTABLES ${metafill_programs}
    RESOLVED_DEPENDENCIES_VAR metafill_resolved
    UNRESOLVED_DEPENDENCIES_VAR metafill_unresolved
    CONFLICTING_DEPENDENCIES_PREFIX metafill_conflicting
    DIRECTORIES ${METAFILL_DEPLOY_DLL_DIRS}
    # API sets (api-ms-win-*.dll) are names Windows maps internally, not files.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
    # Windows' own DLLs (C:\Windows\System32 and the like) stay where they are.
    POST_EXCLUDE_REGEXES "^[A-Za-z]:[/\\\\][Ww][Ii][Nn][Dd][Oo][Ww][Ss][/\\\\]")

if(metafill_unresolved)
    list(JOIN metafill_unresolved ", " metafill_unresolved_text)
    message(FATAL_ERROR "DLLs the programs need were not found: ${metafill_unresolved_text}. Searched "
        "${METAFILL_DEPLOY_DLL_DIRS}; add their folder with -DMETAFILL_RUNTIME_DLL_DIRS=<folder> and install again.")
endif()
foreach(metafill_name IN LISTS metafill_conflicting_FILENAMES)
    list(JOIN metafill_conflicting_${metafill_name} ", " metafill_candidates)
    message(WARNING "${metafill_name} was found in several folders (${metafill_candidates}); the first was taken.")
endforeach()

foreach(metafill_dll IN LISTS metafill_resolved)
    get_filename_component(metafill_dll_dir "${metafill_dll}" DIRECTORY)
    file(TO_CMAKE_PATH "${metafill_dll_dir}" metafill_dll_dir)
    if(NOT metafill_dll_dir STREQUAL metafill_bin)
        file(INSTALL "${metafill_dll}" DESTINATION "${metafill_bin}")
    endif()
endforeach()

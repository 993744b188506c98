# Runs at install time (install(SCRIPT) in MacPackage.cmake), for
# `cmake --install` and for CPack alike. Afterwards Metafill.app runs on a Mac
# without Qt or Homebrew: the frameworks and libraries are inside it, and it is
# signed when METAFILL_CODESIGN_IDENTITY is set in the environment.
#
# Set before by install(CODE): METAFILL_DEPLOY_MACDEPLOYQT, _BUNDLE, _HELPERS,
# _DATADIR, _QT_TRANSLATIONS, _SIGN_SCRIPT (see MacPackage.cmake).
#
# Untested here: written on Linux (see packaging/README.md).

set(metafill_prefix "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}")
set(metafill_bundle "${metafill_prefix}/${METAFILL_DEPLOY_BUNDLE}")
set(metafill_contents "${metafill_bundle}/Contents")
if(NOT IS_DIRECTORY "${metafill_contents}")
    message(FATAL_ERROR "${metafill_bundle} was not installed")
endif()
if(NOT METAFILL_DEPLOY_MACDEPLOYQT OR NOT EXISTS "${METAFILL_DEPLOY_MACDEPLOYQT}")
    message(FATAL_ERROR "macdeployqt was not found when Metafill was configured, so the bundle would miss Qt. "
        "Configure again with -DMETAFILL_MACDEPLOYQT=<Qt folder>/bin/macdeployqt.")
endif()

# 1. The programs look for their data in <program folder>/../share/metafill;
#    the data lies in Resources (BundleLayout.cmake). The bundle copied from the
#    build tree carries the build tree's link, which is replaced.
file(REMOVE "${metafill_contents}/share")
file(CREATE_LINK "Resources" "${metafill_contents}/share" SYMBOLIC)

# 2. Qt's own translations (standard buttons and dialogs) for the languages
#    Metafill has. macdeployqt does not copy them; qt.conf below says where.
file(GLOB metafill_qm_files "${metafill_prefix}/${METAFILL_DEPLOY_DATADIR}/metafill/translations/metafill_*.qm")
foreach(metafill_qm IN LISTS metafill_qm_files)
    get_filename_component(metafill_qm_name "${metafill_qm}" NAME_WE)
    string(REPLACE "metafill_" "" metafill_language "${metafill_qm_name}")
    set(metafill_qt_qm "${METAFILL_DEPLOY_QT_TRANSLATIONS}/qtbase_${metafill_language}.qm")
    if(EXISTS "${metafill_qt_qm}")
        file(INSTALL "${metafill_qt_qm}" DESTINATION "${metafill_contents}/Resources/translations")
    endif()
endforeach()

# 3. qt.conf, written before macdeployqt, which keeps an existing one: its own
#    would name the plugins only. Paths are relative to Contents.
file(WRITE "${metafill_contents}/Resources/qt.conf"
    "[Paths]\nPlugins = PlugIns\nTranslations = Resources/translations\n")

# 4. Qt's frameworks and plugins, and the other libraries (yaml-cpp, pugixml,
#    HDF5, … from Homebrew) into Contents/Frameworks, with the install names of
#    every program rewritten. -executable covers the command line and the IMS
#    probe, which macdeployqt would not look at otherwise. Signing is step 5:
#    macdeployqt's own signing does not reach the probe in Contents/Helpers.
set(metafill_args "${metafill_bundle}" -verbose=1)
foreach(metafill_helper IN LISTS METAFILL_DEPLOY_HELPERS)
    list(APPEND metafill_args "-executable=${metafill_prefix}/${metafill_helper}")
endforeach()
message(STATUS "macdeployqt: ${metafill_bundle}")
execute_process(COMMAND "${METAFILL_DEPLOY_MACDEPLOYQT}" ${metafill_args}
    RESULT_VARIABLE metafill_result
    OUTPUT_VARIABLE metafill_output
    ERROR_VARIABLE metafill_output)
message("${metafill_output}")
# macdeployqt reports most failures (a library it cannot find or copy) as
# "ERROR:" lines and still exits with 0.
if(NOT metafill_result EQUAL 0 OR metafill_output MATCHES "ERROR:")
    message(FATAL_ERROR "macdeployqt failed for ${metafill_bundle} (see its ERROR lines above)")
endif()

# 5. Signing, when an identity is given: every nested binary, then the bundle.
if(NOT "$ENV{METAFILL_CODESIGN_IDENTITY}" STREQUAL "")
    execute_process(COMMAND bash "${METAFILL_DEPLOY_SIGN_SCRIPT}" "${metafill_bundle}" RESULT_VARIABLE metafill_result)
    if(NOT metafill_result EQUAL 0)
        message(FATAL_ERROR "Signing ${metafill_bundle} failed")
    endif()
else()
    message(STATUS "Not signed: METAFILL_CODESIGN_IDENTITY is not set (packaging/README.md, macOS)")
endif()

# Windows: icon and version information in the programs, every DLL they need
# copied next to them at install time, and the installer settings
# (WindowsInstaller.cmake). Included by packaging/Platforms.cmake on WIN32.
#
# Untested here: this was written on Linux. What was checked and what was not
# is in packaging/README.md.

set(METAFILL_WINDOWS_DIR ${CMAKE_CURRENT_LIST_DIR})
# Made from resources/icons/org.metafill.Metafill.svg by make-ico.sh and
# committed: rc.exe needs it at build time, and Windows has no SVG rasterizer
# on the command line.
set(METAFILL_WINDOWS_ICON ${METAFILL_WINDOWS_DIR}/org.metafill.Metafill.ico)
if(NOT EXISTS ${METAFILL_WINDOWS_ICON})
    message(WARNING "${METAFILL_WINDOWS_ICON} is missing: the programs and the installer get Windows' default "
        "icon. Make it with packaging/windows/make-ico.sh.")
endif()

# --- Icon and version information -------------------------------------------
# Explorer, the task manager and "Open with" show the icon and the file
# description compiled into each program.
foreach(metafill_program IN ITEMS metafill metafill-cli)
    if(NOT TARGET ${metafill_program})
        continue() # the GUI is optional (METAFILL_BUILD_GUI)
    endif()
    set(METAFILL_RC_PROGRAM ${metafill_program})
    if(metafill_program STREQUAL "metafill")
        set(METAFILL_RC_DESCRIPTION "Metafill")
    else()
        set(METAFILL_RC_DESCRIPTION "Metafill command line")
    endif()
    if(EXISTS ${METAFILL_WINDOWS_ICON})
        set(METAFILL_RC_ICON "IDI_ICON1 ICON \"${METAFILL_WINDOWS_ICON}\"")
    else()
        set(METAFILL_RC_ICON "")
    endif()
    configure_file(${METAFILL_WINDOWS_DIR}/metafill.rc.in ${CMAKE_CURRENT_BINARY_DIR}/${metafill_program}.rc @ONLY)
    target_sources(${metafill_program} PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/${metafill_program}.rc)
endforeach()

# --- Runtime libraries ------------------------------------------------------
# The Visual C++ runtime goes next to the programs: an IT-managed PC may lack
# the redistributable, and the person installing cannot add it.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS_SKIP TRUE)
include(InstallRequiredSystemLibraries)
if(CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS)
    install(PROGRAMS ${CMAKE_INSTALL_SYSTEM_RUNTIME_LIBS} DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

# Qt's DLLs and plugins come from windeployqt; the other libraries (yaml-cpp,
# libcurl, SQLite, pugixml, zlib, HDF5 from vcpkg) are found by
# file(GET_RUNTIME_DEPENDENCIES) in these folders.
find_program(METAFILL_WINDEPLOYQT windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}"
    DOC "Qt's windeployqt, run at install time")
if(NOT METAFILL_WINDEPLOYQT)
    message(WARNING "windeployqt not found next to Qt: installing and packaging will stop. "
        "Set METAFILL_WINDEPLOYQT to <Qt folder>/bin/windeployqt.exe.")
endif()
set(METAFILL_RUNTIME_DLL_DIRS "" CACHE STRING
    "More folders with DLLs the programs need (for libraries that come from neither Qt nor vcpkg)")
set(metafill_dll_dirs "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")
if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND metafill_dll_dirs "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}$<$<CONFIG:Debug>:/debug>/bin")
endif()
list(APPEND metafill_dll_dirs ${METAFILL_RUNTIME_DLL_DIRS})

# dumpbin lies next to MSVC's link.exe; MinGW's objdump is found by CMake itself.
set(metafill_dependency_tool "")
if(MSVC)
    get_filename_component(metafill_linker_dir "${CMAKE_LINKER}" DIRECTORY)
    find_program(METAFILL_DUMPBIN dumpbin HINTS "${metafill_linker_dir}" DOC "MSVC's dumpbin, run at install time")
    if(METAFILL_DUMPBIN)
        set(metafill_dependency_tool "${METAFILL_DUMPBIN}")
    endif()
endif()

# The programs, relative to the installation prefix. The IMS probe is moved
# from libexec\metafill to bin by DeployWindows.cmake (see there why).
set(metafill_qt_programs "")
foreach(metafill_program IN ITEMS metafill metafill-cli)
    if(TARGET ${metafill_program})
        list(APPEND metafill_qt_programs "${CMAKE_INSTALL_BINDIR}/$<TARGET_FILE_NAME:${metafill_program}>")
    endif()
endforeach()
set(metafill_probe "")
if(TARGET metafill-ims-probe)
    set(metafill_probe "${CMAKE_INSTALL_LIBEXECDIR}/metafill/$<TARGET_FILE_NAME:metafill-ims-probe>")
endif()

# install(CODE) hands the configure-time facts to the install-time script;
# generator expressions are evaluated in install(CODE), not in install(SCRIPT).
install(CODE "
set(METAFILL_DEPLOY_WINDEPLOYQT [[${METAFILL_WINDEPLOYQT}]])
set(METAFILL_DEPLOY_QT_PROGRAMS [[${metafill_qt_programs}]])
set(METAFILL_DEPLOY_PROBE [[${metafill_probe}]])
set(METAFILL_DEPLOY_BINDIR [[${CMAKE_INSTALL_BINDIR}]])
set(METAFILL_DEPLOY_DATADIR [[${CMAKE_INSTALL_DATADIR}]])
set(METAFILL_DEPLOY_QT_TRANSLATIONS [[${QT6_INSTALL_PREFIX}/${QT6_INSTALL_TRANSLATIONS}]])
set(METAFILL_DEPLOY_DLL_DIRS [[${metafill_dll_dirs}]])
set(METAFILL_DEPLOY_DEPENDENCY_TOOL [[${metafill_dependency_tool}]])
")
install(SCRIPT ${METAFILL_WINDOWS_DIR}/DeployWindows.cmake)

include(${METAFILL_WINDOWS_DIR}/WindowsInstaller.cmake)

# CPack settings for Windows: an NSIS installer and a portable ZIP of the same
# files. Included by WindowsPackage.cmake; uses no target, so a scratch project
# can include it to build a test installer with makensis on Linux (see
# packaging/README.md, "What was checked here").
#
# Why NSIS and not WiX/MSI: CPack's NSIS generator gives a Start-menu entry, an
# entry in "Apps & features" with an uninstaller, upgrades over an earlier
# version and silent installation (Metafill-…-windows-x64.exe /S, what IT
# departments' software deployment runs) without a template of our own. WiX
# would need an upgrade GUID kept forever, a license in RTF and a patch file for
# the file association; add it (cpack -G WIX) when a facility's IT accepts MSI
# packages only.
#
# Expects METAFILL_WINDOWS_DIR, METAFILL_WINDOWS_ICON (WindowsPackage.cmake).

if(CMAKE_SYSTEM_PROCESSOR MATCHES "^(ARM64|arm64|aarch64)$")
    set(metafill_windows_arch "arm64")
elseif(CMAKE_SIZEOF_VOID_P EQUAL 8)
    set(metafill_windows_arch "x64")
else()
    set(metafill_windows_arch "x86")
endif()

set(CPACK_GENERATOR "NSIS;ZIP")
set(CPACK_PACKAGE_FILE_NAME "Metafill-${PROJECT_VERSION}-windows-${metafill_windows_arch}")
if(NOT CPACK_PACKAGE_VENDOR)
    set(CPACK_PACKAGE_VENDOR "Metafill")
endif()
# "C:\Program Files\Metafill", the Start-menu folder, and one registry key for
# every version, so that an upgrade replaces the installation it finds.
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Metafill")
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Metafill")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
# Start menu: bin\metafill.exe as "Metafill".
set(CPACK_PACKAGE_EXECUTABLES "metafill;Metafill")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY "${CMAKE_INSTALL_BINDIR}")

set(CPACK_NSIS_PACKAGE_NAME "Metafill")
set(CPACK_NSIS_DISPLAY_NAME "Metafill ${PROJECT_VERSION}")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
# The MIT license asks for no consent; LICENSE is installed with the documents.
set(CPACK_NSIS_IGNORE_LICENSE_PAGE ON)
# No "add to PATH" page: CPack's template edits PATH in NSIS strings of at most
# 1024 characters, and on a lab PC with a longer PATH it only shows "PATH too
# long" and leaves it (the check in NSIS.template.in). metafill-cli is run as
# "C:\Program Files\Metafill\bin\metafill-cli.exe" or from a PATH the person
# sets (packaging/README.md).
set(CPACK_NSIS_MODIFY_PATH OFF)

if(EXISTS "${METAFILL_WINDOWS_ICON}")
    set(CPACK_NSIS_MUI_ICON "${METAFILL_WINDOWS_ICON}")
    set(CPACK_NSIS_MUI_UNIICON "${METAFILL_WINDOWS_ICON}")
endif()

# NSIS needs backslashes in paths inside the installation. CPack writes every
# CPACK_ value into CPackConfig.cmake, where it is parsed once more unless
# CPACK_VERBATIM_VARIABLES is on; a backslash must then be doubled twice.
if(CPACK_VERBATIM_VARIABLES)
    set(metafill_nsis_backslash "\\")
else()
    set(metafill_nsis_backslash "\\\\")
endif()
string(REPLACE "/" "${metafill_nsis_backslash}" metafill_nsis_bindir "${CMAKE_INSTALL_BINDIR}")
# The icon of the entry in "Apps & features".
set(CPACK_NSIS_INSTALLED_ICON_NAME "${metafill_nsis_bindir}${metafill_nsis_backslash}metafill.exe")

# "Open with" for records. The registry commands live in .nsh files written in
# plain NSIS, so no CMake or CPack escaping touches them; !include takes the
# path in single quotes, which neither CMake nor CPack rewrites.
string(REPLACE "/" "\\" METAFILL_NSIS_BINDIR "${CMAKE_INSTALL_BINDIR}")
configure_file(${METAFILL_WINDOWS_DIR}/RegisterRecordType.nsh.in
    ${CMAKE_CURRENT_BINARY_DIR}/RegisterRecordType.nsh @ONLY)
set(CPACK_NSIS_EXTRA_INSTALL_COMMANDS "!include '${CMAKE_CURRENT_BINARY_DIR}/RegisterRecordType.nsh'")
set(CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS "!include '${METAFILL_WINDOWS_DIR}/UnregisterRecordType.nsh'")

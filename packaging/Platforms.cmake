# Installers for the platforms other than Debian: a Windows installer (NSIS)
# and portable ZIP, and a macOS app bundle on a disk image (DragNDrop).
#
# packaging/CMakeLists.txt includes this file right before include(CPack), so
# the generator-specific CPACK_* variables set here reach CPack. On Linux it
# does nothing: the Debian package is configured in packaging/CMakeLists.txt.
#
# The recipes and what has (not) been tried are in packaging/README.md.

if(WIN32)
    include(${CMAKE_CURRENT_LIST_DIR}/windows/WindowsPackage.cmake)
elseif(APPLE)
    include(${CMAKE_CURRENT_LIST_DIR}/macos/MacPackage.cmake)
endif()

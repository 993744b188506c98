# The Debian package (cpack -G DEB), for Debian 12 and later and Ubuntu 22.04 and
# later. Build it from a Release or RelWithDebInfo build configured with
# -DCMAKE_INSTALL_PREFIX=/usr; packaging/debian-fresh-root.sh does all of it and
# proves the package on a clean Debian.
set(CPACK_DEBIAN_PACKAGE_SECTION "science")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
# <name>_<version>-<release>_<architecture>.deb: metafill_0.1.0-1_amd64.deb
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_COMPRESSION_TYPE "xz")

# The shared libraries the programs link, with the versions they need, come from
# dpkg-shlibdeps (package dpkg-dev). It reads every program in the package,
# so metafill-ims-probe brings in libhdf5.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

# The Ontology Lookup Service is reached over HTTPS, with certificates checked.
set(recommends "ca-certificates")
if(METAFILL_BUILD_GUI)
    # Qt loads its platform plugins (xcb, wayland, offscreen) at run time, where
    # dpkg-shlibdeps cannot see them; without one the window cannot open.
    set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins")
    # Native Wayland windows (else XWayland), and Qt's own dialog texts in German.
    list(APPEND recommends "qt6-wayland" "qt6-translations-l10n")
    # Qt's SVG icon engine draws the window icon from the SVG at any size; without
    # it the PNG sizes built into the program are used.
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "libqt6svg6")
endif()
string(JOIN ", " CPACK_DEBIAN_PACKAGE_RECOMMENDS ${recommends})

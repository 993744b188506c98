# Initial cache for macOS packages: cmake -C packaging/macos/BundleLayout.cmake …
# (packaging/macos/build.sh passes it). Read before the project, so that
# GNUInstallDirs takes these folders and every install rule lands inside the
# app bundle, which a disk image then holds alone:
#
#   Metafill.app/Contents/MacOS/Metafill         the application (main_gui)
#   Metafill.app/Contents/MacOS/metafill-cli     the command line
#   Metafill.app/Contents/Helpers/metafill/…     metafill-ims-probe
#   Metafill.app/Contents/Resources/metafill/…   templates, term index, translations
#   Metafill.app/Contents/Resources/doc/…        README, LICENSE, FORMAT.md
#
# The programs look for their data in <program folder>/../share/metafill;
# DeployMac.cmake links Contents/share to Resources, so that data stays in
# Resources, where Apple's code signing expects files that are not code.
#
# "Metafill.app" must match the bundle name MacPackage.cmake gives the
# metafill target (OUTPUT_NAME Metafill).

set(CMAKE_INSTALL_BINDIR "Metafill.app/Contents/MacOS" CACHE PATH "Programs: inside the app bundle")
set(CMAKE_INSTALL_LIBEXECDIR "Metafill.app/Contents/Helpers" CACHE PATH "Helper programs: inside the app bundle")
set(CMAKE_INSTALL_DATAROOTDIR "Metafill.app/Contents/Resources" CACHE PATH "Data: inside the app bundle")

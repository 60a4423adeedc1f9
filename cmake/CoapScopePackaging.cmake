# SPDX-License-Identifier: BSD-2-Clause
# CPack: a Debian package and a .tar.gz on Linux, an NSIS installer and a .zip on Windows, a
# drag-and-drop disk image on macOS, all of what the install rules put in place.
# `cpack -G DEB` (or `cmake --build build --target package` for every generator of the
# platform) in the build directory makes them; packaging/README.md has the details.

set(COAPSCOPE_PACKAGE_MAINTAINER "The CoapScope developers <maintainers@coapscope.invalid>"
    CACHE STRING "Name <address> of whoever answers for the packages (Debian's Maintainer field)")

# The values below reach CPack as written (no second round of escaping).
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PACKAGE_NAME coapscope)
set(CPACK_PACKAGE_VENDOR "The CoapScope developers")
set(CPACK_PACKAGE_CONTACT "${COAPSCOPE_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# Without this, CPack would describe the package with its own placeholder text. The lines are
# short because CPack keeps them as they are, and Debian wants them under 80 columns.
set(CPACK_PACKAGE_DESCRIPTION [[
CoapScope is a desktop application for exploring and debugging CoAP
(RFC 7252) sessions, with coapscope-cli, a command-line companion built on
the same engine. Both speak CoAP over UDP, DTLS 1.2, TCP and TLS (RFC 8323),
as client and server, with pre-shared keys or certificates.

The desktop application shows every session live (reference counts, MTU,
queues, security), composes requests and renders the responses, browses
resources, follows observations, runs an embedded demo server with the ETSI
plugtest resources, injects faults, keeps connection profiles and decodes
messages. coapscope-cli sends requests, observes, discovers, pings, serves
and decodes, and both export traces that Wireshark opens, DTLS included.]])
set(CPACK_PACKAGE_INSTALL_DIRECTORY CoapScope)
set(CPACK_PACKAGE_EXECUTABLES coapscope CoapScope) # start menu entry (NSIS)
# NSIS, WiX and the disk image want the license as a .txt file.
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt COPYONLY)
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_BINARY_DIR}/LICENSE.txt)
# Packages carry no debug information, as distributions ship it (the build keeps its own).
set(CPACK_STRIP_FILES ON)
# `package_source` archives the sources, never a build directory or the Git metadata.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_IGNORE_FILES "/\\.git/" "/build[^/]*/" "/\\.cache/")

if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    set(CPACK_GENERATOR DEB TGZ)
    set(CPACK_DEBIAN_PACKAGE_NAME coapscope)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # coapscope_VERSION_ARCH.deb
    set(CPACK_DEBIAN_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # dpkg-shlibdeps computes Depends from the libraries the programs link: Qt (whose Gui
    # package holds the xcb platform plugin and whose Network package holds the OpenSSL TLS
    # backend), OpenSSL and the C++ runtime.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # Qt's own catalogues, which the programs load beside theirs (packaging/CMakeLists.txt).
    # QtKeychain loads libsecret at run time and talks to a Secret Service such as GNOME Keyring;
    # without them profiles keep their keys elsewhere, so they are recommended, not required.
    set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, libsecret-1-0, gnome-keyring")
    set(CPACK_DEBIAN_PACKAGE_SUGGESTS "wireshark | tshark")
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
elseif(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
    set(CPACK_NSIS_PACKAGE_NAME CoapScope)
    set(CPACK_NSIS_DISPLAY_NAME CoapScope)
    set(CPACK_NSIS_MUI_ICON ${PROJECT_SOURCE_DIR}/resources/icons/coapscope.ico)
    set(CPACK_NSIS_MUI_UNIICON ${PROJECT_SOURCE_DIR}/resources/icons/coapscope.ico)
    set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\coapscope.exe")
    set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
    # Offers to put bin\ on PATH, for coapscope-cli.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME CoapScope)
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_PACKAGE_ICON ${PROJECT_SOURCE_DIR}/resources/icons/coapscope.icns)
endif()

include(CPack)

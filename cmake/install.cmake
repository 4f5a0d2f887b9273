# What `cmake --install` (and `make install`, `make deb`) puts where
# (docs/install.md): the binary to bin/, the data it reads at run time to
# share/webtruong/ (found relative to the binary, core/installation.hpp), the
# docs to share/doc/webtruong/, a man page made by help2man when it is
# installed. webtruong-source-tree.txt, the development fallback, is never
# installed. CPack makes the .deb from the same rules.

install(TARGETS webtruong RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
set(WT_INSTALL_DATA "${CMAKE_INSTALL_DATADIR}/webtruong")
install(DIRECTORY themes/ DESTINATION "${WT_INSTALL_DATA}/themes")
install(DIRECTORY schemas/ DESTINATION "${WT_INSTALL_DATA}/schemas")
install(DIRECTORY content/scaffold/ DESTINATION "${WT_INSTALL_DATA}/content/scaffold")
# The CMS's npm package list (docs/cms.md): `npm ci` in share/webtruong/cms installs Decap and
# decap-server where `webtruong serve` finds them; node_modules is not packaged (390 MB).
install(FILES cms/package.json cms/package-lock.json DESTINATION "${WT_INSTALL_DATA}/cms")
file(GLOB WT_DOCS "${CMAKE_SOURCE_DIR}/docs/*.md")
install(FILES README.md ${WT_DOCS} DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# The man page: help2man reads `webtruong --help` and `--version` (its first
# line) of the binary just built. Without help2man there is no man page, and
# nothing fails. help2man runs the binary with LC_ALL set to its --locale
# (C by default, for which --help is Vietnamese): en_US.UTF-8 keeps the page
# English, like its headings; the locale need not be installed.
find_program(WT_HELP2MAN help2man)
find_program(WT_GZIP gzip)
if(WT_HELP2MAN AND WT_GZIP)
  set(WT_MAN "${CMAKE_BINARY_DIR}/webtruong.1.gz")
  add_custom_command(OUTPUT "${WT_MAN}"
    COMMAND "${WT_HELP2MAN}" --no-info --section=1 --source=Webtruong --locale=en_US.UTF-8
            "--name=static site generator for the websites of Vietnamese schools"
            --output=webtruong.1 "$<TARGET_FILE:webtruong>"
    COMMAND "${WT_GZIP}" -9nf webtruong.1
    DEPENDS webtruong WORKING_DIRECTORY "${CMAKE_BINARY_DIR}" VERBATIM)
  add_custom_target(wt_man ALL DEPENDS "${WT_MAN}")
  install(FILES "${WT_MAN}" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
endif()

# The Debian package (`make deb`; cpack -G DEB in a build configured with
# -DWT_SOURCE_FALLBACK=OFF -DCMAKE_INSTALL_PREFIX=/usr). Depends come from
# dpkg-shlibdeps: the packages of the libraries the binary links.
set(WT_DEB_MAINTAINER "Webtruong maintainers <webtruong@localhost>" CACHE STRING "Maintainer field of the .deb")
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME webtruong)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "static site generator for the websites of Vietnamese schools")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "static site generator for the websites of Vietnamese schools
Webtruong builds the website of a Vietnamese school (introduction,
news, public disclosures under Circular 09/2024, administrative
procedures, fees, timetables, admissions, documents) from Markdown and
data files, checks it against Circular 37/2020, and audits live school
websites against a province's rubric.")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${WT_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# libvips is loaded with dlopen (images/vips_codec.cpp), which dpkg-shlibdeps
# cannot see: its package is named here (libvips.so.42 -> libvips42), and the
# detected ones are added to it.
string(REGEX REPLACE "^lib([a-z]+)\\.so\\.([0-9]+)$" "lib\\1\\2" wt_vips_package "${WT_VIPS_SONAME}")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "${wt_vips_package}")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGING_INSTALL_PREFIX "${CMAKE_INSTALL_PREFIX}")
include(CPack)

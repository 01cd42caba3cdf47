# Installing and packaging both programs.
#   cmake --install <build> --prefix /usr   lays out the programs, desktop entry, icons, AppStream
#                                           metadata and man pages;
#   cpack -G DEB   (in <build>)             makes salon-admin_<version>_<arch>.deb from the same rules.
# The German and English translations are compiled into both programs (:/i18n), so nothing is looked up
# at run time and the installed programs speak exactly what the tests checked; Qt's own German texts
# come from Debian's qt6-translations-l10n (recommended).
include(GNUInstallDirs)

set(salon_resources ${PROJECT_SOURCE_DIR}/resources)

# Desktop integration: the menu entry, the AppStream metadata for software centres, the icon in every
# size we draw (hicolor).
install(FILES ${salon_resources}/salon-admin.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
# Software centres expect the metainfo file to be named after the component id it declares.
file(STRINGS ${salon_resources}/salon-admin.metainfo.xml salon_appstream_id REGEX "<id>.*</id>" LIMIT_COUNT 1)
string(REGEX REPLACE ".*<id>(.*)</id>.*" "\\1" salon_appstream_id "${salon_appstream_id}")
install(FILES ${salon_resources}/salon-admin.metainfo.xml
    DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo RENAME ${salon_appstream_id}.metainfo.xml)
install(FILES ${salon_resources}/icons/salon-admin.svg
    DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
foreach(icon "salon-admin.png:32x32" "salon-admin@2x.png:64x64" "salon-admin-256.png:256x256")
    string(REPLACE ":" ";" icon "${icon}")
    list(GET icon 0 file)
    list(GET icon 1 size)
    install(FILES ${salon_resources}/icons/${file}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps RENAME salon-admin.png)
endforeach()

# Man pages made from the programs' own --help at every build, so they never drift from it; the version
# is the project's (help2man would read "Salon Admin 0.1.0" as a program named "Salon"). No display and
# no user settings: English, whoever builds.
find_program(SALON_HELP2MAN help2man)
if(SALON_HELP2MAN)
    set(salon_man_dir ${CMAKE_BINARY_DIR}/man)
    set(salon_man_pages)
    foreach(entry "salon-admin:keep a hair salon's bookings and its Cal.com account in step"
            "salon-admin-cli:the command line of Salon Admin, for scheduled jobs and checklists")
        string(FIND "${entry}" ":" colon)
        string(SUBSTRING "${entry}" 0 ${colon} program)
        math(EXPR colon "${colon} + 1")
        string(SUBSTRING "${entry}" ${colon} -1 summary)
        set(page ${salon_man_dir}/${program}.1)
        add_custom_command(OUTPUT ${page}.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${salon_man_dir}/home
            COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
                    --unset=LANGUAGE LC_ALL=C.UTF-8 HOME=${salon_man_dir}/home
                    XDG_CONFIG_HOME=${salon_man_dir}/home
                    ${SALON_HELP2MAN} --no-info --section=1 "--source=Salon Admin" "--name=${summary}"
                    --version-string=${PROJECT_VERSION} --output=${page} $<TARGET_FILE:${program}>
            COMMAND gzip -9nf ${page}
            DEPENDS ${program}
            COMMENT "Man page for ${program} from its --help"
            VERBATIM)
        list(APPEND salon_man_pages ${page}.gz)
    endforeach()
    add_custom_target(man_pages ALL DEPENDS ${salon_man_pages})
    install(FILES ${salon_man_pages} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
    message(WARNING "help2man not found: no man pages (scripts/install-deps.sh installs it)")
endif()

# The licence (LICENSE: proprietary until the owners choose one) where Debian keeps it for every package.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/salon-admin RENAME copyright)

# The Debian package. Its Depends come from dpkg-shlibdeps over the installed programs (libqt6core6,
# libqt6widgets6, libqt6keychain1, ...) plus the SQL drivers, which Qt loads as plugins at run time.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME salon-admin)
set(CPACK_PACKAGE_VENDOR "Salon Admin")
set(CPACK_PACKAGE_CONTACT "Salon Admin Dev <dev@salon-admin.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Salon Admin books every staff segment of a hair salon's composite appointments\n"
    "in Cal.com, on the event type the salon's event map names, and makes sure no\n"
    "booking lands on an event type that cannot be booked. It has a desktop\n"
    "application (salon-admin) and a command line for scheduled jobs\n"
    "(salon-admin-cli); salon-admin --demo runs on a built-in Cal.com simulator.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, libqt6sql6-psql")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)

# The man pages and the shell completions, made at build time from the
# built program's own --help texts (scripts/help/), so that they cannot
# drift from it: entente.1 and entente-COMMAND.1 in the build directory
# (`man ./entente.1` reads one there), completion/entente (bash) and
# completion/_entente (zsh).
find_package(Python3 REQUIRED COMPONENTS Interpreter)
set(ENT_HELP_DIR ${PROJECT_SOURCE_DIR}/scripts/help)

# Prints the names the completions offer (metrics, layers, ...) from the
# library's own tables. Not installed.
add_executable(entente_words ${ENT_HELP_DIR}/words.c)
target_include_directories(entente_words PRIVATE ${PROJECT_SOURCE_DIR}/src)
target_link_libraries(entente_words PRIVATE libentente entente_flags)

set(ENT_HELP_STAMP ${PROJECT_BINARY_DIR}/help.stamp)
# Graphviz's context (entente --version) keeps a few kilobytes for good:
# no leak report from a sanitizer build while it only prints its help.
set(ENT_HELP_ENV ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0)
add_custom_command(OUTPUT ${ENT_HELP_STAMP}
  COMMAND ${ENT_HELP_ENV} ${Python3_EXECUTABLE} ${ENT_HELP_DIR}/make-man
          $<TARGET_FILE:entente> ${PROJECT_BINARY_DIR}
  COMMAND ${ENT_HELP_ENV} ${Python3_EXECUTABLE} ${ENT_HELP_DIR}/make-completion
          $<TARGET_FILE:entente> $<TARGET_FILE:entente_words>
          ${PROJECT_BINARY_DIR}/completion
  COMMAND ${CMAKE_COMMAND} -E touch ${ENT_HELP_STAMP}
  DEPENDS entente entente_words ${ENT_HELP_DIR}/helptext.py
          ${ENT_HELP_DIR}/make-man ${ENT_HELP_DIR}/make-completion
  COMMENT "Man pages and completions from --help"
  VERBATIM)
add_custom_target(entente_help ALL DEPENDS ${ENT_HELP_STAMP})

# The pages are one per command, whatever commands --help lists.
install(CODE "
  file(GLOB ENT_MAN_PAGES \"${PROJECT_BINARY_DIR}/entente*.1\")
  file(INSTALL \${ENT_MAN_PAGES}
       DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_MANDIR}/man1\")")
install(FILES ${PROJECT_BINARY_DIR}/completion/entente
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${PROJECT_BINARY_DIR}/completion/_entente
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)

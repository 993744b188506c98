# Fails when a user-visible message has no German translation: the sources are
# scanned again into a copy of the .ts file, so a new tr() text not yet added
# to the file counts as untranslated too.
set(copy "${WORK_DIR}/metafill_de.check.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${count} message(s) have no German translation; build the update_translations target and translate them in ${TS_FILE}")
endif()
message(STATUS "every message has a German translation")

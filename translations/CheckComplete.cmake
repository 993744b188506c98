# Fails when a user-visible message has no translation: the sources are
# scanned again into a copy of the .ts file, so a new tr() text not yet added
# to the file counts as untranslated too.
#   TS_FILE, SOURCE_DIR, WORK_DIR, LUPDATE: the file, the project, a scratch folder, lupdate.
#   PLURALS_ONLY: the file holds the plural messages alone (metafill_en.ts), scanned with
#   lupdate -pluralonly; each needs its singular and plural form.
get_filename_component(name "${TS_FILE}" NAME_WE)
set(copy "${WORK_DIR}/${name}.check.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
set(scan_options -silent -no-obsolete -locations none)
if(PLURALS_ONLY)
    list(APPEND scan_options -pluralonly)
endif()
execute_process(COMMAND "${LUPDATE}" ${scan_options} "${SOURCE_DIR}/app" -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
# A plural form left empty is as bad as a message left unfinished.
string(REGEX MATCHALL "<numerusform></numerusform>|<numerusform/>" empty_forms "${ts}")
list(LENGTH empty_forms empty_count)
if(PLURALS_ONLY)
    set(what "English plural form")
else()
    set(what "German translation")
endif()
if(count GREATER 0)
    message(FATAL_ERROR "${count} message(s) have no ${what}; build the update_translations target and translate them in ${TS_FILE}")
endif()
if(empty_count GREATER 0)
    message(FATAL_ERROR "${empty_count} plural form(s) are empty in ${TS_FILE}; fill in the singular and the plural")
endif()
message(STATUS "every message has a ${what}")

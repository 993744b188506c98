# Fails when the German translation has unfinished or missing messages.
file(READ "${TS_FILE}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
if(count GREATER 0)
    message(FATAL_ERROR "${TS_FILE}: ${count} message(s) are not translated yet; run the update_translations target and translate them")
endif()
message(STATUS "${TS_FILE}: every message is translated")

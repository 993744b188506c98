# Builds core_layering_probe and passes only if the layer guard stopped it.
execute_process(COMMAND ${CMAKE_COMMAND} --build ${BUILD_DIR} --target core_layering_probe
    RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(result EQUAL 0)
    message(FATAL_ERROR "a widget include compiled with the core's settings")
endif()
if(NOT output MATCHES "belongs in a higher layer")
    message(FATAL_ERROR "the probe failed, but not because of the layer guard:\n${output}")
endif()
message(STATUS "the layer guard stopped the widget include, as it should")

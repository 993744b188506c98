// Every QtNetwork header includes this one first. metafill_core puts this folder
// ahead of Qt's own, so any QtNetwork include in the core layer stops the build.
#error "metafill_core links only QtCore, yaml-cpp and nlohmann_json: QtNetwork belongs in a higher layer (gui, ontology, readers)"

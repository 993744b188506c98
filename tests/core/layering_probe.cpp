// Compiled with metafill_core's include settings; must not compile (see CMakeLists.txt).
#include <QtWidgets/QWidget>
#include <QtNetwork/QNetworkAccessManager>

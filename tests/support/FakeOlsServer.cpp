#include "FakeOlsServer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QMutexLocker>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <deque>

#ifdef Q_OS_WIN
#include <winsock2.h>
#else
#include <sys/socket.h>
#endif

using namespace Qt::StringLiterals;

namespace {

using Query = QList<QPair<QString, QString>>;

const QStringList ListParameters = {u"ontology"_s, u"type"_s, u"fieldList"_s, u"slim"_s, u"queryFields"_s};
constexpr qsizetype MaxRequestHead = 64 * 1024;

struct Canned
{
    QByteArray method = "GET";
    QByteArray path;
    Query query;
    int status = 200;
    QByteArray contentType;
    QByteArray body;
};

QByteArray reason(int status)
{
    switch (status) {
    case 200: return "OK";
    case 302: return "Found";
    case 404: return "Not Found";
    case 503: return "Service Unavailable";
    default: return "Status";
    }
}

QByteArray head(int status, const QByteArray &contentType, qint64 contentLength, const QByteArray &extra = {})
{
    QByteArray text = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason(status) + "\r\n";
    if (!contentType.isEmpty())
        text += "Content-Type: " + contentType + "\r\n";
    if (contentLength >= 0)
        text += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    return text + extra + "Connection: close\r\n\r\n";
}

const QByteArray NginxUnavailable = "<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n"
                                    "<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n"
                                    "</body>\r\n</html>\r\n";
const QByteArray CutJson = R"({"responseHeader":{"status":0,"QTime":3},"response":{"numFound":3,"start":0,"docs":[{"id":"fbbi:class:http://purl.obolibrary.org/obo/FBbi_00000251","iri":"http://purl.obolibrary.org/obo/FBbi_000)";

// SO_LINGER with a zero timeout: close() sends RST instead of FIN.
void resetOnClose(qintptr descriptor)
{
    struct linger option;
    option.l_onoff = 1;
    option.l_linger = 0;
#ifdef Q_OS_WIN
    ::setsockopt(SOCKET(descriptor), SOL_SOCKET, SO_LINGER, reinterpret_cast<const char *>(&option), sizeof option);
#else
    ::setsockopt(int(descriptor), SOL_SOCKET, SO_LINGER, &option, sizeof option);
#endif
}

} // namespace

struct FakeOlsServer::Private
{
    // Shared with the server thread; guarded by mutex.
    mutable QMutex mutex;
    QList<Canned> canned;
    QStringList ignored;
    std::deque<Fault> faults;
    Fault defaultFault = Fault::None;
    int delayMs = 500;
    int trickleMs = 500;
    QByteArray redirectTarget = "http://127.0.0.2:9/ols4/api/select?q=elsewhere";
    qint64 hugeBytes = 8 * 1024 * 1024;
    QList<Request> requests;
    int connections = 0;

    // Owned by the server thread once started.
    QThread thread;
    QObject *context = nullptr;
    QTcpServer *server = nullptr;
    quint16 port = 0;
    bool tls = false;

    Fault nextFault()
    {
        QMutexLocker lock(&mutex);
        ++connections;
        if (faults.empty())
            return defaultFault;
        const Fault fault = faults.front();
        faults.pop_front();
        return fault;
    }

    Query withoutIgnored(Query query) const
    {
        query.removeIf([this](const QPair<QString, QString> &pair) { return ignored.contains(pair.first); });
        return query;
    }

    const Canned *match(const Request &request) const
    {
        const Query asked = withoutIgnored(request.query);
        for (const Canned &entry : canned) {
            if (entry.method == request.method && entry.path == request.path && withoutIgnored(entry.query) == asked)
                return &entry;
        }
        return nullptr;
    }

    void serve(QTcpSocket *socket);
};

QString FakeOlsServer::Request::queryValue(const QString &name) const
{
    QStringList values;
    for (const auto &[key, value] : query) {
        if (key == name)
            values.append(value);
    }
    return values.join(u',');
}

bool FakeOlsServer::Request::hasParameter(const QString &name) const
{
    return std::any_of(query.begin(), query.end(), [&](const auto &pair) { return pair.first == name; });
}

QList<QPair<QString, QString>> FakeOlsServer::normalisedQuery(const QByteArray &rawQuery)
{
    Query query;
    for (const QByteArray &part : rawQuery.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype equals = part.indexOf('=');
        const QString name = QString::fromUtf8(QByteArray::fromPercentEncoding(part.left(equals < 0 ? part.size() : equals)));
        const QString value = equals < 0 ? QString() : QString::fromUtf8(QByteArray::fromPercentEncoding(part.mid(equals + 1)));
        if (ListParameters.contains(name)) {
            for (const QString &item : value.split(u','))
                query.append({name, item});
        } else {
            query.append({name, value});
        }
    }
    std::sort(query.begin(), query.end());
    return query;
}

void FakeOlsServer::Private::serve(QTcpSocket *socket)
{
    const Fault fault = nextFault();
    if (fault == Fault::ResetOnAccept) {
        {
            QMutexLocker lock(&mutex);
            Request request;
            request.fault = fault;
            requests.append(request);
        }
        resetOnClose(socket->socketDescriptor());
        socket->abort();
        socket->deleteLater();
        return;
    }

    // Per connection: what has been read, and whether the server itself ended it.
    struct Connection
    {
        QByteArray buffer;
        bool answered = false;
        bool serverClosing = false;
        qsizetype recordIndex = -1;
        QElapsedTimer sinceRequest;
        qint64 streamed = 0;
    };
    auto connection = std::make_shared<Connection>();

    QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket, connection] {
        if (connection->recordIndex >= 0 && !connection->serverClosing) {
            QMutexLocker lock(&mutex);
            Request &request = requests[connection->recordIndex];
            request.closedByClient = true;
            request.closedAfterMs = connection->sinceRequest.elapsed();
        }
        socket->deleteLater();
    });

    const auto finish = [socket, connection](const QByteArray &bytes) {
        connection->serverClosing = true;
        socket->write(bytes);
        socket->disconnectFromHost(); // after the bytes are out
    };

    const auto stream = [socket, connection](qint64 total) {
        // Feeds the socket as it drains, so that a client that gives up
        // stops the stream without megabytes piling up in Qt's buffers.
        const auto feed = [socket, connection, total] {
            while (connection->streamed < total && socket->bytesToWrite() < 256 * 1024
                   && socket->state() == QAbstractSocket::ConnectedState) {
                const qint64 chunk = std::min<qint64>(64 * 1024, total - connection->streamed);
                socket->write(QByteArray(chunk, ' '));
                connection->streamed += chunk;
            }
            if (connection->streamed >= total && socket->state() == QAbstractSocket::ConnectedState) {
                connection->serverClosing = true;
                socket->disconnectFromHost();
            }
        };
        QObject::connect(socket, &QTcpSocket::bytesWritten, socket, feed);
        socket->write("[");
        feed();
    };

    QObject::connect(socket, &QTcpSocket::readyRead, socket, [=, this] {
        if (connection->answered)
            return;
        connection->buffer += socket->readAll();
        const qsizetype end = connection->buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            if (connection->buffer.size() > MaxRequestHead)
                finish(head(431, {}, 0));
            return;
        }
        connection->answered = true;
        connection->sinceRequest.start();

        Request request;
        request.fault = fault;
        const QList<QByteArray> lines = connection->buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        const qsizetype questionMark = request.target.indexOf('?');
        request.path = questionMark < 0 ? request.target : request.target.left(questionMark);
        request.query = normalisedQuery(questionMark < 0 ? QByteArray() : request.target.mid(questionMark + 1));
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(), lines[i].mid(colon + 1).trimmed());
        }

        Canned answer;
        {
            QMutexLocker lock(&mutex);
            connection->recordIndex = requests.size();
            requests.append(request);
            if (const Canned *found = match(request)) {
                answer = *found;
            } else {
                answer.status = 404;
                answer.contentType = "application/json";
                QJsonObject error;
                error.insert(u"status"_s, 404);
                error.insert(u"message"_s, QString(u"No fixture for "_s + QString::fromUtf8(request.target)));
                answer.body = QJsonDocument(error).toJson(QJsonDocument::Compact);
            }
        }
        const QByteArray normal = head(answer.status, answer.contentType, answer.body.size()) + answer.body;

        int delay = 0;
        int trickle = 0;
        QByteArray redirect;
        qint64 huge = 0;
        {
            QMutexLocker lock(&mutex);
            delay = delayMs;
            trickle = trickleMs;
            redirect = redirectTarget;
            huge = hugeBytes;
        }
        switch (fault) {
        case Fault::None:
        case Fault::ResetOnAccept:
            finish(normal);
            break;
        case Fault::ResetConnection:
            connection->serverClosing = true;
            resetOnClose(socket->socketDescriptor());
            socket->abort();
            break;
        case Fault::NeverAnswer:
            break;
        case Fault::Delay:
            QTimer::singleShot(delay, socket, [finish, normal] { finish(normal); });
            break;
        case Fault::Trickle: {
            socket->write(head(answer.status, answer.contentType, answer.body.size()));
            auto *timer = new QTimer(socket);
            auto position = std::make_shared<qsizetype>(0);
            QObject::connect(timer, &QTimer::timeout, socket, [socket, timer, position, body = answer.body, connection] {
                if (*position >= body.size()) {
                    timer->stop();
                    connection->serverClosing = true;
                    socket->disconnectFromHost();
                    return;
                }
                socket->write(body.mid(*position, 1));
                ++*position;
            });
            timer->start(trickle);
            break;
        }
        case Fault::ServiceUnavailable:
            finish(head(503, "text/html", NginxUnavailable.size(), "Server: nginx\r\nRetry-After: 0\r\n") + NginxUnavailable);
            break;
        case Fault::MalformedJson:
            finish(head(200, "application/json", CutJson.size()) + CutJson);
            break;
        case Fault::NotFoundJson: {
            const QByteArray body = R"({"status":404,"message":"No term with id http://purl.obolibrary.org/obo/FBbi_99999999 in fbbi"})";
            finish(head(404, "application/json", body.size()) + body);
            break;
        }
        case Fault::HugeBody:
            socket->write(head(200, "application/json", -1));
            stream(huge);
            break;
        case Fault::HugeDeclaredBody:
            socket->write(head(200, "application/json", huge + 1));
            stream(huge);
            break;
        case Fault::Redirect: {
            const QByteArray body = "<html><body>Moved</body></html>";
            finish(head(302, "text/html", body.size(), "Location: " + redirect + "\r\n") + body);
            break;
        }
        }
    });
}

FakeOlsServer::FakeOlsServer()
    : d(std::make_unique<Private>())
{
}

FakeOlsServer::~FakeOlsServer()
{
    if (d->context) {
        QMetaObject::invokeMethod(
            d->context, [this] { delete d->server; }, Qt::BlockingQueuedConnection);
        d->thread.quit();
        d->thread.wait();
        delete d->context;
    }
}

bool FakeOlsServer::start(const QString &certificateFile, const QString &keyFile)
{
    d->context = new QObject;
    d->context->moveToThread(&d->thread);
    d->thread.setObjectName(u"FakeOlsServer"_s);
    d->thread.start();
    bool listening = false;
    QMetaObject::invokeMethod(
        d->context,
        [&] {
            if (!certificateFile.isEmpty()) {
                QFile certificate(certificateFile);
                QFile key(keyFile);
                if (!certificate.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
                    return;
                QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
                configuration.setLocalCertificate(QSslCertificate(certificate.readAll(), QSsl::Pem));
                configuration.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
                configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
                auto *tlsServer = new QSslServer;
                tlsServer->setSslConfiguration(configuration);
                d->server = tlsServer;
                d->tls = true;
            } else {
                d->server = new QTcpServer;
            }
            QObject::connect(d->server, &QTcpServer::pendingConnectionAvailable, d->server, [this] {
                while (QTcpSocket *socket = d->server->nextPendingConnection())
                    d->serve(socket);
            });
            listening = d->server->listen(QHostAddress::LocalHost, 0);
            d->port = d->server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return listening;
}

quint16 FakeOlsServer::port() const
{
    return d->port;
}

QString FakeOlsServer::baseUrl() const
{
    return (d->tls ? u"https"_s : u"http"_s) + u"://127.0.0.1:"_s + QString::number(d->port) + u"/ols4"_s;
}

int FakeOlsServer::loadFixtures(const QString &directory, QString *error)
{
    const auto fail = [&](const QString &message) {
        if (error)
            *error = message;
        return -1;
    };
    const QDir dir(directory);
    QFile indexFile(dir.filePath(u"index.json"_s));
    if (!indexFile.open(QIODevice::ReadOnly))
        return fail(u"cannot open "_s + indexFile.fileName());
    const QJsonArray fixtures = QJsonDocument::fromJson(indexFile.readAll()).object().value(u"fixtures").toArray();
    int loaded = 0;
    for (const QJsonValue &entry : fixtures) {
        QFile file(dir.filePath(entry.toObject().value(u"file").toString()));
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"cannot open "_s + file.fileName());
        const QJsonObject fixture = QJsonDocument::fromJson(file.readAll()).object();
        const QJsonObject request = fixture.value(u"request").toObject();
        const QJsonObject response = fixture.value(u"response").toObject();
        Canned canned;
        canned.method = request.value(u"method").toString(u"GET"_s).toUtf8();
        canned.path = request.value(u"path").toString().toUtf8();
        QByteArray rawQuery;
        for (const QJsonValue &pair : request.value(u"query").toArray()) {
            const QJsonArray kv = pair.toArray();
            rawQuery += (rawQuery.isEmpty() ? "" : "&") + QUrl::toPercentEncoding(kv.at(0).toString()) + '='
                + QUrl::toPercentEncoding(kv.at(1).toString(), ",");
        }
        canned.query = normalisedQuery(rawQuery);
        canned.status = response.value(u"status").toInt(200);
        canned.contentType = response.value(u"headers").toObject().value(u"Content-Type").toString(u"application/json"_s).toUtf8();
        const QJsonValue body = response.value(u"body");
        if (body.isString())
            canned.body = body.toString().toUtf8();
        else if (body.isArray())
            canned.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
        else
            canned.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
        QMutexLocker lock(&d->mutex);
        d->canned.append(canned);
        ++loaded;
    }
    return loaded;
}

void FakeOlsServer::addResponse(const QByteArray &target, int status, const QByteArray &body, const QByteArray &contentType)
{
    Canned canned;
    const qsizetype questionMark = target.indexOf('?');
    canned.path = questionMark < 0 ? target : target.left(questionMark);
    canned.query = normalisedQuery(questionMark < 0 ? QByteArray() : target.mid(questionMark + 1));
    canned.status = status;
    canned.body = body;
    canned.contentType = contentType;
    QMutexLocker lock(&d->mutex);
    d->canned.prepend(canned); // inline answers win over fixtures
}

void FakeOlsServer::setIgnoredParameters(const QStringList &names)
{
    QMutexLocker lock(&d->mutex);
    d->ignored = names;
}

void FakeOlsServer::queueFault(Fault fault, int connections)
{
    QMutexLocker lock(&d->mutex);
    for (int i = 0; i < connections; ++i)
        d->faults.push_back(fault);
}

void FakeOlsServer::setDefaultFault(Fault fault)
{
    QMutexLocker lock(&d->mutex);
    d->defaultFault = fault;
}

void FakeOlsServer::setDelayMs(int milliseconds)
{
    QMutexLocker lock(&d->mutex);
    d->delayMs = milliseconds;
}

void FakeOlsServer::setTrickleIntervalMs(int milliseconds)
{
    QMutexLocker lock(&d->mutex);
    d->trickleMs = milliseconds;
}

void FakeOlsServer::setRedirectTarget(const QByteArray &url)
{
    QMutexLocker lock(&d->mutex);
    d->redirectTarget = url;
}

void FakeOlsServer::setHugeBodyBytes(qint64 bytes)
{
    QMutexLocker lock(&d->mutex);
    d->hugeBytes = bytes;
}

QList<FakeOlsServer::Request> FakeOlsServer::requests() const
{
    QMutexLocker lock(&d->mutex);
    return d->requests;
}

int FakeOlsServer::connectionCount() const
{
    QMutexLocker lock(&d->mutex);
    return d->connections;
}

void FakeOlsServer::clearRecords()
{
    QMutexLocker lock(&d->mutex);
    d->requests.clear();
    d->connections = 0;
}

bool FakeOlsServer::waitForRequests(int count, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    while (requests().size() < count) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
    return true;
}

bool FakeOlsServer::waitForClientClose(int requestIndex, int timeoutMs) const
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const QList<Request> all = requests();
        if (requestIndex < all.size() && all[requestIndex].closedByClient)
            return true;
        if (timer.elapsed() > timeoutMs)
            return false;
        QThread::msleep(5);
    }
}

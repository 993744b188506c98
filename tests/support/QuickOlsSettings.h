#pragma once

#include "FakeOlsServer.h"
#include "OlsSettings.h"

#include <QUrl>

#include <chrono>

// Settings for a test's Ontology Lookup Service client: short limits, so that
// every fault ends within a second or two, and no pause after failures (each
// test decides what it provokes). No test may reach the internet: only this
// computer, or a plain-http address the client refuses before sending anything.
inline metafill::OlsSettings quickOlsSettings(const QString &baseUrl)
{
    using namespace std::chrono_literals;
    const QUrl url(baseUrl);
    if (!metafill::OlsSettings::isLoopbackHost(url.host()) && url.scheme() != u"http")
        qFatal("a test would talk to %s", qPrintable(baseUrl));
    metafill::OlsSettings settings;
    settings.baseUrl = baseUrl;
    settings.connectTimeout = 1'000ms;
    settings.requestTimeout = 2'000ms;
    settings.typeAheadTimeout = 1'500ms;
    settings.lowSpeedBytesPerSecond = 64;
    settings.lowSpeedWindow = 1'000ms;
    settings.retryBaseDelay = 50ms;
    settings.retryMaxDelay = 200ms;
    settings.failuresBeforePause = 0;
    return settings;
}

inline metafill::OlsSettings quickOlsSettings(const FakeOlsServer &server)
{
    return quickOlsSettings(server.baseUrl());
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the whole-window tests share: settings isolated for the run, a fresh
// clinic with its booking service for each test, the window, and a teardown
// in the order they depend on each other.

#include "../core/clinicfixture.h"
#include "desktoptestsupport.h"

#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QSettings>

#include <memory>
#include <vector>

namespace tbib::test {

class WindowTest : public QObject
{
protected:
    explicit WindowTest(QString application) : m_application(std::move(application)) {}

    // initTestCase(): never the user's settings, the interface in French.
    [[nodiscard]] bool isolateSettings() { return isolateDesktopSettings(m_settingsDir, m_application); }
    // init(): the window's settings cleared, a new clinic and its service.
    [[nodiscard]] bool startClinic()
    {
        QSettings().clear();
        m_clinic = std::make_unique<ClinicFixture>();
        if (!m_clinic->setUp())
            return false;
        m_service = std::make_unique<BookingService>(*m_clinic->db, m_clinic->clock);
        return true;
    }
    // cleanup(): the model testers and the window before the service they
    // observe, the service before its clinic.
    void endClinic()
    {
        m_testers.clear();
        m_window.reset();
        m_service.reset();
        m_clinic.reset();
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ClinicFixture> m_clinic;
    std::unique_ptr<BookingService> m_service;
    std::unique_ptr<MainWindow> m_window;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;

private:
    QString m_application;
};

} // namespace tbib::test

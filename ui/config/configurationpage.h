// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"

#include <QWidget>

class QComboBox;
class QTabWidget;

namespace tbib {

class AbsencesPage;
class ClinicPage;
class ConfigurationService;
class HoursPage;
class OnlineBookingPage;
class TypesPage;

// The Configuration page (sidebar "⚙️ Configuration"): one tab per section.
// Types, absences and hours are a doctor's, chosen once at the top for the
// three; online booking and the clinic are the whole practice's.
class ConfigurationPage final : public QWidget
{
    Q_OBJECT
public:
    enum Section { Types, Absences, Hours, OnlineBooking, Clinic };

    explicit ConfigurationPage(ConfigurationService &config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ConfigurationPage)

    void setDoctor(DoctorId doctor);
    [[nodiscard]] DoctorId doctor() const;
    void showSection(Section section);

    [[nodiscard]] TypesPage *types() const { return m_types; }
    [[nodiscard]] AbsencesPage *absences() const { return m_absences; }
    [[nodiscard]] HoursPage *hours() const { return m_hours; }
    [[nodiscard]] OnlineBookingPage *onlineBooking() const { return m_online; }
    [[nodiscard]] ClinicPage *clinic() const { return m_clinic; }

private:
    QComboBox *m_doctors = nullptr;
    QTabWidget *m_tabs = nullptr;
    TypesPage *m_types = nullptr;
    AbsencesPage *m_absences = nullptr;
    HoursPage *m_hours = nullptr;
    OnlineBookingPage *m_online = nullptr;
    ClinicPage *m_clinic = nullptr;
};

} // namespace tbib

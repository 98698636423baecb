// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"
#include "formerrors.h"

#include <QWidget>

#include <array>

class QLabel;
class QLineEdit;

namespace tbib {

class ConfigurationService;

// Configuration → Horaires: the doctor's week, one line per weekday with its
// intervals ("09:00-12:30, 14:00-18:30"; empty = closed). Saved as a whole
// week; a reversed or overlapping interval is refused on its day's line and
// nothing is written. The agenda's visible hours follow at once.
class HoursPage final : public QWidget
{
    Q_OBJECT
public:
    explicit HoursPage(ConfigurationService &config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HoursPage)

    void setDoctor(DoctorId doctor);
    // The line edit of a weekday (Qt's 1 = Monday … 7 = Sunday).
    [[nodiscard]] QLineEdit *dayEdit(int qtWeekday) const { return m_days[size_t(qtWeekday - 1)]; }
    void reset();
    bool save();

private:
    ConfigurationService &m_config;
    DoctorId m_doctor;
    FormErrors m_errors;
    std::array<QLineEdit *, 7> m_days{};
    QLabel *m_status = nullptr;
};

} // namespace tbib

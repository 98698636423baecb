// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/ids.h"
#include "formerrors.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace tbib {

class ConfigurationService;
class DatabaseForm;

// Configuration → Cabinet: the clinic's name, its time zone and each
// doctor's no-show limit (0 = never block by count), saved together, and
// this workstation's interface language and database (both used from the
// next start; the database has its own Save, DatabaseForm).
class ClinicPage final : public QWidget
{
    Q_OBJECT
public:
    explicit ClinicPage(ConfigurationService &config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(ClinicPage)

    void reset();
    bool save();
    [[nodiscard]] DatabaseForm *database() const { return m_database; }

private:
    ConfigurationService &m_config;
    FormErrors m_errors;
    QLineEdit *m_name = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_language = nullptr;
    QFormLayout *m_limitsForm = nullptr;
    QList<std::pair<DoctorId, QSpinBox *>> m_limits;
    QLabel *m_status = nullptr;
    DatabaseForm *m_database = nullptr;
};

} // namespace tbib

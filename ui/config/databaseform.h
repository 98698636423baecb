// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formerrors.h"

#include <QGroupBox>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace tbib {

class ConfigurationService;
struct DatabaseLocation;

// Configuration → Cabinet → "Base de données": where this workstation's data
// lives, a SQLite file or a PostgreSQL server shared by several desks. Saved
// for this machine (the password into ~/.pgpass, never the settings file)
// and used from the next start; "Tester la connexion" opens it once.
class DatabaseForm final : public QGroupBox
{
    Q_OBJECT
public:
    explicit DatabaseForm(ConfigurationService &config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(DatabaseForm)

    void reset();
    bool save();
    // Says plainly whether the database in the form can be opened.
    bool test();

private:
    [[nodiscard]] DatabaseLocation settings() const;
    void browse();
    void updateEngine();

    ConfigurationService &m_config;
    FormErrors m_errors;
    QRadioButton *m_sqlite = nullptr;
    QRadioButton *m_postgres = nullptr;
    QStackedWidget *m_engines = nullptr;
    QLineEdit *m_path = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
    QString m_schema;       // kept from the saved location (not in the form)
    QStringList m_options;  // likewise
};

} // namespace tbib

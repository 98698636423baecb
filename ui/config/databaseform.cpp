// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseform.h"

#include "service/configurationservice.h"

#include <QApplication>
#include <QButtonGroup>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tbib {

DatabaseForm::DatabaseForm(ConfigurationService &config, QWidget *parent)
    : QGroupBox(tr("Database"), parent), m_config(config)
{
    setObjectName(QStringLiteral("databaseGroupBox"));
    setAccessibleName(tr("Database"));
    auto *layout = new QVBoxLayout(this);
    auto *inUse = new QLabel(tr("In use now: %1").arg(m_config.databaseInUse()), this);
    inUse->setObjectName(QStringLiteral("databaseInUseLabel"));
    inUse->setWordWrap(true);
    inUse->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(inUse);

    m_sqlite = new QRadioButton(tr("A file on this computer (SQLite)"), this);
    m_sqlite->setObjectName(QStringLiteral("sqliteRadioButton"));
    m_postgres = new QRadioButton(tr("A PostgreSQL server shared by several workstations"), this);
    m_postgres->setObjectName(QStringLiteral("postgresRadioButton"));
    m_sqlite->setAccessibleName(m_sqlite->text());
    m_postgres->setAccessibleName(m_postgres->text());
    auto *engines = new QButtonGroup(this);
    engines->addButton(m_sqlite);
    engines->addButton(m_postgres);
    layout->addWidget(m_sqlite);
    layout->addWidget(m_postgres);

    const auto field = [this](QFormLayout *form, const QString &label, QWidget *control, const QString &errorField) {
        control->setAccessibleName(label);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(control);
        cell->addWidget(m_errors.add(errorField, this));
        form->addRow(label, cell);
        return cell;
    };
    m_engines = new QStackedWidget(this);
    auto *sqlitePage = new QWidget(m_engines);
    auto *sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 4, 0, 0);
    sqliteForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *pathRow = new QWidget(sqlitePage);
    auto *pathLayout = new QHBoxLayout(pathRow);
    pathLayout->setContentsMargins(0, 0, 0, 0);
    m_path = new QLineEdit(pathRow);
    m_path->setObjectName(QStringLiteral("databasePathLineEdit"));
    m_path->setAccessibleName(tr("Database file"));
    auto *browse = new QPushButton(tr("Browse…"), pathRow);
    browse->setObjectName(QStringLiteral("browseDatabaseButton"));
    browse->setAccessibleName(tr("Choose the database file"));
    pathLayout->addWidget(m_path, 1);
    pathLayout->addWidget(browse);
    field(sqliteForm, tr("Database file"), pathRow, QStringLiteral("databasePath"));
    pathRow->setAccessibleName(QString()); // the line edit carries the name
    m_engines->addWidget(sqlitePage);

    auto *postgresPage = new QWidget(m_engines);
    auto *postgresForm = new QFormLayout(postgresPage);
    postgresForm->setContentsMargins(0, 4, 0, 0);
    postgresForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_host = new QLineEdit(postgresPage);
    m_host->setObjectName(QStringLiteral("databaseHostLineEdit"));
    m_host->setPlaceholderText(QStringLiteral("192.168.1.10"));
    field(postgresForm, tr("Server"), m_host, QStringLiteral("databaseHost"));
    m_port = new QLineEdit(postgresPage);
    m_port->setObjectName(QStringLiteral("databasePortLineEdit"));
    m_port->setMaximumWidth(120);
    field(postgresForm, tr("Port"), m_port, QStringLiteral("databasePort"));
    m_name = new QLineEdit(postgresPage);
    m_name->setObjectName(QStringLiteral("databaseNameLineEdit"));
    field(postgresForm, tr("Database name"), m_name, QStringLiteral("databaseName"));
    m_user = new QLineEdit(postgresPage);
    m_user->setObjectName(QStringLiteral("databaseUserLineEdit"));
    field(postgresForm, tr("User"), m_user, QStringLiteral("databaseUser"));
    m_password = new QLineEdit(postgresPage);
    m_password->setObjectName(QStringLiteral("databasePasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Empty: keep the saved one"));
    QVBoxLayout *passwordCell = field(postgresForm, tr("Password"), m_password, QStringLiteral("databasePassword"));
    auto *passwordHint = new QLabel(tr("Kept in %1, readable by you only, never in the settings file.")
                                        .arg(ConfigurationService::passwordFilePath()),
                                    postgresPage);
    passwordHint->setObjectName(QStringLiteral("hintLabel"));
    passwordHint->setWordWrap(true);
    passwordCell->addWidget(passwordHint);
    m_engines->addWidget(postgresPage);
    layout->addWidget(m_engines);

    auto *hint = new QLabel(tr("Used from the next start of TBIB on this computer. Every workstation that points "
                               "at the same server shares one agenda, live."),
                            this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *general = makeErrorLabel(QStringLiteral("databaseErrorLabel"), this);
    m_errors.setGeneral(general);
    layout->addWidget(general);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *testButton = new QPushButton(tr("Test the connection"), this);
    testButton->setObjectName(QStringLiteral("testDatabaseButton"));
    testButton->setAccessibleName(tr("Test the connection"));
    auto *saveButton = new QPushButton(tr("Save the database"), this);
    saveButton->setObjectName(QStringLiteral("saveDatabaseButton"));
    saveButton->setAccessibleName(tr("Save the database"));
    buttons->addWidget(testButton);
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_sqlite, &QRadioButton::toggled, this, &DatabaseForm::updateEngine);
    connect(browse, &QPushButton::clicked, this, &DatabaseForm::browse);
    connect(testButton, &QPushButton::clicked, this, [this] { (void)test(); });
    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    reset();
}

void DatabaseForm::reset()
{
    m_errors.clear();
    m_status->clear();
    const DatabaseLocation s = m_config.databaseSettings();
    const bool postgres = s.engine == Engine::Postgres;
    m_sqlite->setChecked(!postgres);
    m_postgres->setChecked(postgres);
    m_path->setText(postgres ? ConfigurationService::defaultDatabasePath() : s.path);
    m_host->setText(s.host);
    m_port->setText(QString::number(postgres ? s.port : DatabaseLocation::DefaultPort));
    m_name->setText(s.name);
    m_user->setText(s.user);
    m_password->clear();
    m_schema = s.schema;
    m_options = s.options;
    updateEngine();
}

void DatabaseForm::updateEngine()
{
    m_engines->setCurrentIndex(m_sqlite->isChecked() ? 0 : 1);
}

DatabaseLocation DatabaseForm::settings() const
{
    DatabaseLocation s;
    s.engine = m_sqlite->isChecked() ? Engine::Sqlite : Engine::Postgres;
    s.path = m_path->text();
    s.host = m_host->text().trimmed();
    bool ok = false;
    const int port = m_port->text().trimmed().toInt(&ok);
    s.port = ok ? port : 0; // refused by the check, next to the field
    s.name = m_name->text().trimmed();
    s.user = m_user->text().trimmed();
    s.password = m_password->text();
    s.schema = m_schema;
    s.options = m_options;
    return s;
}

void DatabaseForm::browse()
{
    // A new file is fine: it is created (and migrated) at the next start.
    const QString current = m_path->text().trimmed();
    const QString chosen = QFileDialog::getSaveFileName(
        this, tr("Database file"), current.isEmpty() ? ConfigurationService::defaultDatabasePath() : current,
        tr("TBIB database (*.sqlite);;All files (*)"), nullptr, QFileDialog::DontConfirmOverwrite);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

bool DatabaseForm::save()
{
    m_status->clear();
    if (auto r = m_config.saveDatabase(settings()); !r) {
        m_errors.show(r.error());
        return false;
    }
    m_errors.clear();
    m_password->clear();
    m_status->setStyleSheet(QStringLiteral("color: #1B5E20;"));
    m_status->setText(tr("Database saved. TBIB will use it from its next start on this computer."));
    return true;
}

bool DatabaseForm::test()
{
    m_status->clear();
    const DatabaseLocation s = settings();
    if (auto r = ConfigurationService::validateDatabase(s); !r) {
        m_errors.show(r.error());
        return false;
    }
    m_errors.clear();
    QApplication::setOverrideCursor(Qt::WaitCursor); // a server that does not answer takes seconds
    const auto checked = ConfigurationService::testDatabase(s);
    QApplication::restoreOverrideCursor();
    if (!checked) {
        m_status->setStyleSheet(QStringLiteral("color: #B71C1C;"));
        m_status->setText(u"✗ " + tr("Connection failed: %1").arg(checked.error()));
        m_status->setAccessibleName(m_status->text());
        return false;
    }
    m_status->setStyleSheet(QStringLiteral("color: #1B5E20;"));
    m_status->setText(*checked == ConfigurationService::DatabaseCheck::Opened
                          ? u"✓ " + tr("Connection succeeded: the database answers.")
                          : u"✓ " + tr("The file does not exist yet: TBIB will create it at its next start."));
    m_status->setAccessibleName(m_status->text());
    return true;
}

} // namespace tbib

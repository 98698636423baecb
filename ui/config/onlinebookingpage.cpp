// SPDX-License-Identifier: GPL-3.0-or-later
#include "onlinebookingpage.h"

#include "service/configurationservice.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tbib {

OnlineBookingPage::OnlineBookingPage(ConfigurationService &config, QWidget *parent)
    : QWidget(parent), m_config(config)
{
    setObjectName(QStringLiteral("onlineBookingPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 14);
    const auto field = [this](QFormLayout *form, const QString &label, QWidget *control, const QString &errorField) {
        control->setAccessibleName(label);
        auto *cell = new QVBoxLayout;
        cell->setSpacing(2);
        cell->addWidget(control);
        if (!errorField.isEmpty())
            cell->addWidget(m_errors.add(errorField, this));
        form->addRow(label, cell);
    };

    auto *server = new QGroupBox(tr("Booking server on this computer"), this);
    auto *serverForm = new QFormLayout(server);
    serverForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_enabled = new QCheckBox(tr("Serve online booking from this computer"), server);
    m_enabled->setObjectName(QStringLiteral("onlineEnabledCheckBox"));
    m_enabled->setAccessibleName(m_enabled->text());
    serverForm->addRow(m_enabled);
    m_address = new QLineEdit(server);
    m_address->setObjectName(QStringLiteral("listenAddressLineEdit"));
    m_address->setToolTip(tr("127.0.0.1: this computer only (behind a proxy); 0.0.0.0: every network."));
    field(serverForm, tr("Listen address"), m_address, QStringLiteral("address"));
    m_port = new QSpinBox(server);
    m_port->setMinimumWidth(160);
    m_port->setMaximumWidth(220);
    m_port->setObjectName(QStringLiteral("portSpinBox"));
    m_port->setRange(0, 65535);
    m_port->setGroupSeparatorShown(false);
    field(serverForm, tr("Port"), m_port, QStringLiteral("port"));
    m_publicAddress = new QLineEdit(server);
    m_publicAddress->setObjectName(QStringLiteral("publicAddressLineEdit"));
    m_publicAddress->setPlaceholderText(tr("e.g. https://rdv.my-clinic.ma (empty: the listen address)"));
    field(serverForm, tr("Public address (optional)"), m_publicAddress, QStringLiteral("publicAddress"));
    auto *patientRow = new QWidget(server);
    auto *patientLayout = new QHBoxLayout(patientRow);
    patientLayout->setContentsMargins(0, 0, 0, 0);
    m_patientAddress = new QLineEdit(patientRow);
    m_patientAddress->setObjectName(QStringLiteral("patientAddressLineEdit"));
    m_patientAddress->setReadOnly(true);
    m_patientAddress->setAccessibleName(tr("Address to give patients"));
    auto *copyAddress = new QPushButton(tr("Copy"), patientRow);
    copyAddress->setObjectName(QStringLiteral("copyAddressButton"));
    copyAddress->setAccessibleName(tr("Copy the address to give patients"));
    patientLayout->addWidget(m_patientAddress, 1);
    patientLayout->addWidget(copyAddress);
    serverForm->addRow(tr("Address to give patients"), patientRow);
    server->setMaximumWidth(820);
    layout->addWidget(server);

    auto *rules = new QGroupBox(tr("Online booking rules (whole clinic)"), this);
    auto *rulesForm = new QFormLayout(rules);
    m_minNotice = new QSpinBox(rules);
    m_minNotice->setMinimumWidth(160);
    m_minNotice->setMaximumWidth(220);
    m_minNotice->setObjectName(QStringLiteral("minNoticeSpinBox"));
    m_minNotice->setRange(0, ConfigurationService::MaxNoticeMinutes);
    m_minNotice->setSingleStep(15);
    m_minNotice->setSuffix(tr(" min"));
    field(rulesForm, tr("Minimum notice"), m_minNotice, QStringLiteral("minNotice"));
    m_horizon = new QSpinBox(rules);
    m_horizon->setMinimumWidth(160);
    m_horizon->setMaximumWidth(220);
    m_horizon->setObjectName(QStringLiteral("horizonSpinBox"));
    m_horizon->setRange(1, ConfigurationService::MaxHorizonDays);
    m_horizon->setSuffix(tr(" days"));
    field(rulesForm, tr("Horizon"), m_horizon, QStringLiteral("horizon"));
    m_rateLimit = new QSpinBox(rules);
    m_rateLimit->setMinimumWidth(160);
    m_rateLimit->setMaximumWidth(220);
    m_rateLimit->setObjectName(QStringLiteral("rateLimitSpinBox"));
    m_rateLimit->setRange(0, ConfigurationService::MaxRateLimit);
    m_rateLimit->setSuffix(tr(" per minute"));
    m_rateLimit->setSpecialValueText(tr("no limit"));
    field(rulesForm, tr("Requests per address"), m_rateLimit, QStringLiteral("rateLimit"));
    rules->setMaximumWidth(820);
    layout->addWidget(rules);

    auto *token = new QGroupBox(tr("Doctor API token"), this);
    auto *tokenLayout = new QVBoxLayout(token);
    auto *tokenRow = new QHBoxLayout;
    m_tokenEdit = new QLineEdit(token);
    m_tokenEdit->setObjectName(QStringLiteral("tokenLineEdit"));
    m_tokenEdit->setAccessibleName(tr("Doctor API token"));
    m_tokenEdit->setReadOnly(true);
    m_tokenEdit->setEchoMode(QLineEdit::Password);
    m_showToken = new QPushButton(tr("Show"), token);
    m_showToken->setObjectName(QStringLiteral("showTokenButton"));
    m_showToken->setAccessibleName(tr("Show the token"));
    m_showToken->setCheckable(true);
    m_copyToken = new QPushButton(tr("Copy"), token);
    m_copyToken->setObjectName(QStringLiteral("copyTokenButton"));
    m_copyToken->setAccessibleName(tr("Copy the token"));
    auto *regenerate = m_regenerate = new QPushButton(tr("Regenerate"), token);
    regenerate->setObjectName(QStringLiteral("regenerateTokenButton"));
    regenerate->setAccessibleName(tr("Regenerate the token"));
    tokenRow->addWidget(m_tokenEdit, 1);
    tokenRow->addWidget(m_showToken);
    tokenRow->addWidget(m_copyToken);
    tokenRow->addWidget(regenerate);
    tokenLayout->addLayout(tokenRow);
    m_tokenHint = new QLabel(token);
    m_tokenHint->setObjectName(QStringLiteral("tokenHintLabel"));
    m_tokenHint->setWordWrap(true);
    tokenLayout->addWidget(m_tokenHint);
    token->setMaximumWidth(820);
    layout->addWidget(token);

    auto *general = makeErrorLabel(QStringLiteral("onlineErrorLabel"), this);
    m_errors.setGeneral(general);
    layout->addWidget(general);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("onlineStatusLabel"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    auto *saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("saveOnlineButton"));
    saveButton->setAccessibleName(tr("Save the online booking settings"));
    buttons->addWidget(saveButton);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(saveButton, &QPushButton::clicked, this, [this] { (void)save(); });
    connect(regenerate, &QPushButton::clicked, this, &OnlineBookingPage::requestRegeneration);
    connect(m_showToken, &QPushButton::toggled, this, [this](bool shown) {
        m_tokenEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_showToken->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_copyToken, &QPushButton::clicked, this, [this] {
        if (!m_token.isEmpty())
            QApplication::clipboard()->setText(m_token);
    });
    connect(copyAddress, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_patientAddress->text()); });
    for (QLineEdit *edit : {m_address, m_publicAddress})
        connect(edit, &QLineEdit::textChanged, this, &OnlineBookingPage::updatePatientAddress);
    connect(m_port, &QSpinBox::valueChanged, this, &OnlineBookingPage::updatePatientAddress);
    reset();
}

void OnlineBookingPage::reset()
{
    m_errors.clear();
    m_confirming = false;
    m_regenerate->setText(tr("Regenerate"));
    const OnlineBookingSettings s = m_config.onlineBooking();
    m_enabled->setChecked(s.enabled);
    m_address->setText(s.address);
    m_port->setValue(s.port);
    m_publicAddress->setText(s.publicAddress);
    m_minNotice->setValue(s.minNoticeMinutes);
    m_horizon->setValue(s.horizonDays);
    m_rateLimit->setValue(s.rateLimitPerMinute);
    updateToken();
    updatePatientAddress();
}

void OnlineBookingPage::updateToken()
{
    // The stored token cannot be read back (only its salted hash is kept).
    m_tokenEdit->setText(m_token.isEmpty() ? QStringLiteral("••••••••••••••••") : m_token);
    m_showToken->setEnabled(!m_token.isEmpty());
    m_copyToken->setEnabled(!m_token.isEmpty());
    m_tokenHint->setText(m_token.isEmpty()
                             ? tr("The token is stored hashed and cannot be shown again. Regenerate it to give a "
                                  "new one to the doctors' tools; the old one stops working at once.")
                             : tr("Copy this token now: it will not be shown again."));
}

void OnlineBookingPage::updatePatientAddress()
{
    OnlineBookingSettings s;
    s.address = m_address->text().trimmed();
    s.port = m_port->value();
    s.publicAddress = m_publicAddress->text();
    m_patientAddress->setText(s.patientAddress());
}

bool OnlineBookingPage::save()
{
    m_status->clear();
    OnlineBookingSettings s;
    s.enabled = m_enabled->isChecked();
    s.address = m_address->text();
    s.port = m_port->value();
    s.publicAddress = m_publicAddress->text();
    s.minNoticeMinutes = m_minNotice->value();
    s.horizonDays = m_horizon->value();
    s.rateLimitPerMinute = m_rateLimit->value();
    if (auto r = m_config.saveOnlineBooking(s); !r) {
        m_errors.show(r.error());
        return false;
    }
    reset();
    m_status->setText(s.enabled ? tr("Saved. Online booking is on: give patients %1").arg(s.patientAddress())
                                : tr("Saved. Online booking is off on this computer."));
    return true;
}

void OnlineBookingPage::requestRegeneration()
{
    if (m_confirming) {
        regenerateToken();
        return;
    }
    m_confirming = true;
    m_regenerate->setText(tr("Confirm: regenerate"));
    m_tokenHint->setText(tr("The current token will stop working at once: every tool using it needs the new one. "
                            "Click again to confirm."));
}

void OnlineBookingPage::regenerateToken()
{
    m_confirming = false;
    m_regenerate->setText(tr("Regenerate"));
    auto token = m_config.regenerateToken();
    if (!token) {
        m_errors.show({token.error().code, {}, token.error().message()});
        return;
    }
    m_token = *token;
    m_showToken->setChecked(false);
    updateToken(); // the rest of the form keeps what staff typed
    m_status->setText(tr("A new token was created; the previous one no longer works."));
}

} // namespace tbib

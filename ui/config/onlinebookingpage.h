// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formerrors.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace tbib {

class ConfigurationService;

// Configuration → Réservation en ligne: the server on this workstation
// (on/off, listen address and port, the address to give patients), the
// clinic's online rules (minimum notice, horizon, rate limit) and the doctor
// API token. Only a salted hash of the token is stored, so the page can show
// a token only right after "Régénérer" (masked until asked, with a copy
// button); afterwards it is gone for good. The program restarts its server
// when on/off, the address or the token change.
class OnlineBookingPage final : public QWidget
{
    Q_OBJECT
public:
    explicit OnlineBookingPage(ConfigurationService &config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(OnlineBookingPage)

    void reset();
    bool save();
    // The first click asks for confirmation (the doctors' tools lose access
    // until they get the new token); the second regenerates.
    void requestRegeneration();
    void regenerateToken();
    // The token created by the last "Régénérer" on this page (empty otherwise).
    [[nodiscard]] QString shownToken() const { return m_token; }

private:
    void updatePatientAddress();
    void updateToken();

    ConfigurationService &m_config;
    FormErrors m_errors;
    QString m_token;

    QCheckBox *m_enabled = nullptr;
    QLineEdit *m_address = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_publicAddress = nullptr;
    QLineEdit *m_patientAddress = nullptr;
    QSpinBox *m_minNotice = nullptr;
    QSpinBox *m_horizon = nullptr;
    QSpinBox *m_rateLimit = nullptr;
    QLineEdit *m_tokenEdit = nullptr;
    QPushButton *m_showToken = nullptr;
    QPushButton *m_copyToken = nullptr;
    QPushButton *m_regenerate = nullptr;
    bool m_confirming = false;
    QLabel *m_tokenHint = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace tbib

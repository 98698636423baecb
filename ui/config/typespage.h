// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/entities.h"
#include "formerrors.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QToolButton;

namespace tbib {

class ConfigurationService;
class TypesModel;

// Configuration → Types de consultation: the doctor's types in a table, and a
// form to add or edit one. Saving goes through ConfigurationService, whose
// refusal is shown next to its field; "Retirer" deletes an unused type and
// deactivates one that appointments use.
class TypesPage final : public QWidget
{
    Q_OBJECT
public:
    TypesPage(ConfigurationService &config, QWidget *parent = nullptr);
    Q_DISABLE_COPY_MOVE(TypesPage)

    void setDoctor(DoctorId doctor);
    [[nodiscard]] TypesModel *model() const { return m_model; }
    // The form for a new type (the "Nouveau type" button).
    void startNew();
    // Loads a listed type into the form.
    void edit(TypeId id);
    // Saves the form; false when refused (the message is next to its field).
    bool save();
    void removeCurrent();

private:
    void setColor(const QString &hex);
    [[nodiscard]] ConsultationType formType() const;

    ConfigurationService &m_config;
    TypesModel *m_model = nullptr;
    DoctorId m_doctor;
    TypeId m_editing;
    bool m_reselecting = false; // a reset re-selects the row; it must not reload the form
    FormErrors m_errors;

    QTableView *m_table = nullptr;
    QLabel *m_formTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_duration = nullptr;
    QLineEdit *m_price = nullptr;
    QLineEdit *m_color = nullptr;
    QToolButton *m_swatch = nullptr;
    QCheckBox *m_emergency = nullptr;
    QCheckBox *m_existing = nullptr;
    QCheckBox *m_active = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace tbib

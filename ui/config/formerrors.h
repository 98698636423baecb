// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

class QLabel;
class QWidget;

namespace tbib {

struct ConfigError;

// The error sentences of one form, each shown next to its field: the core
// names the field (ConfigError::field), the form maps it to a label placed
// under the control. An error without a known field goes to the form's
// general label.
class FormErrors final
{
public:
    // A hidden label for `field`, named "<field>ErrorLabel" for tests and
    // screen readers; the caller puts it in its layout.
    QLabel *add(const QString &field, QWidget *parent);
    void setGeneral(QLabel *label) { m_general = label; }
    void show(const ConfigError &error);
    void clear();
    [[nodiscard]] QLabel *label(const QString &field) const { return m_labels.value(field); }

private:
    QHash<QString, QLabel *> m_labels;
    QLabel *m_general = nullptr;
};

// A red, word-wrapped, hidden label for an error sentence.
[[nodiscard]] QLabel *makeErrorLabel(const QString &objectName, QWidget *parent);

} // namespace tbib

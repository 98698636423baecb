// SPDX-License-Identifier: GPL-3.0-or-later
#include "formerrors.h"

#include "service/configurationservice.h"

#include <QLabel>

namespace tbib {

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #B71C1C;"));
    label->hide();
    return label;
}

QLabel *FormErrors::add(const QString &field, QWidget *parent)
{
    QString name = field;
    name.replace(u':', u'_');
    QLabel *label = makeErrorLabel(name + u"ErrorLabel", parent);
    m_labels.insert(field, label);
    return label;
}

void FormErrors::show(const ConfigError &error)
{
    clear();
    QLabel *label = m_labels.value(error.field, m_general);
    if (!label)
        return;
    label->setText(error.message);
    label->setAccessibleName(error.message);
    label->show();
}

void FormErrors::clear()
{
    for (QLabel *label : std::as_const(m_labels))
        label->hide();
    if (m_general)
        m_general->hide();
}

} // namespace tbib

// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityform.h"

#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace tbib {

namespace {

// The birth date field's "nothing chosen yet": shown blank, read as no date.
const QDate NoDate(1800, 1, 1);

} // namespace

IdentityForm::IdentityForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("identityForm"));
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setHorizontalSpacing(16);
    const auto addField = [&](const QString &label, QWidget *field, const char *problemField, const char *errorName) {
        auto *error = new QLabel(this);
        error->setObjectName(QString::fromLatin1(errorName));
        error->setProperty("fieldError", true);
        error->setWordWrap(true);
        error->setAccessibleName(tr("Error"));
        error->hide();
        auto *box = new QVBoxLayout;
        box->setSpacing(2);
        box->addWidget(field);
        box->addWidget(error);
        form->addRow(label, box);
        m_errors.append({QString::fromLatin1(problemField), error});
    };
    m_firstName = new QLineEdit(this);
    m_firstName->setObjectName(QStringLiteral("firstNameEdit"));
    m_firstName->setAccessibleName(tr("First name"));
    addField(tr("First name"), m_firstName, "first_name", "firstNameError");
    m_lastName = new QLineEdit(this);
    m_lastName->setObjectName(QStringLiteral("lastNameEdit"));
    m_lastName->setAccessibleName(tr("Last name"));
    addField(tr("Last name"), m_lastName, "last_name", "lastNameError");
    m_birthDate = new QDateEdit(this);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setAccessibleName(tr("Birth date"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // A wide range on purpose: the rule (1900 to today) is core's, and a
    // refused date gets its sentence instead of being silently clamped.
    m_birthDate->setDateRange(NoDate, QDate(2200, 12, 31));
    m_birthDate->setSpecialValueText(QStringLiteral(" "));
    m_birthDate->setDate(NoDate);
    addField(tr("Birth date"), m_birthDate, "birth_date", "birthDateError");
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_phone->setAccessibleName(tr("Phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    addField(tr("Phone"), m_phone, "phone", "phoneError");

    for (QLineEdit *edit : {m_firstName, m_lastName, m_phone}) {
        connect(edit, &QLineEdit::textEdited, this, &IdentityForm::edited);
        connect(edit, &QLineEdit::returnPressed, this, &IdentityForm::returnPressed);
    }
    connect(m_birthDate, &QDateEdit::dateChanged, this, [this] {
        if (!m_filling)
            Q_EMIT edited();
    });
}

PatientIdentity IdentityForm::identity() const
{
    const QDate birth = m_birthDate->date();
    return {m_firstName->text(), m_lastName->text(), birth == NoDate ? QDate() : birth, m_phone->text()};
}

void IdentityForm::setIdentity(const PatientIdentity &identity)
{
    m_filling = true;
    m_firstName->setText(identity.firstName);
    m_lastName->setText(identity.lastName);
    m_birthDate->setDate(identity.birthDate.isValid() ? identity.birthDate : NoDate);
    m_phone->setText(identity.phone);
    m_filling = false;
}

void IdentityForm::showProblems(const QList<FieldProblem> &problems)
{
    for (const auto &[field, label] : std::as_const(m_errors)) {
        const auto it = std::find_if(problems.cbegin(), problems.cend(),
                                     [&field](const FieldProblem &p) { return p.field == field; });
        label->setVisible(it != problems.cend());
        label->setText(it != problems.cend() ? it->message : QString());
    }
}

void IdentityForm::clearProblems()
{
    showProblems({});
}

} // namespace tbib

// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingerror.h"

#include <QCoreApplication>

namespace tbib {

namespace {

struct CodeInfo
{
    ErrorCode code;
    const char *name;
    const char *sentence;
};

const CodeInfo Codes[] = {
    {ErrorCode::InvalidInput, "invalid_input",
     QT_TRANSLATE_NOOP("BookingError", "Some of the information given is missing or not valid.")},
    {ErrorCode::NotFound, "not_found",
     QT_TRANSLATE_NOOP("BookingError", "This doctor, consultation type or appointment does not exist or is no longer offered.")},
    {ErrorCode::EmergencyOnly, "emergency_only",
     QT_TRANSLATE_NOOP("BookingError", "This consultation is for emergencies only and can be booked for today or tomorrow.")},
    {ErrorCode::ExistingPatientRequired, "existing_patient_required",
     QT_TRANSLATE_NOOP("BookingError", "This consultation is reserved for patients already followed by this doctor.")},
    {ErrorCode::PatientBlocked, "patient_blocked",
     QT_TRANSLATE_NOOP("BookingError", "Online booking is not available for you. Please call the clinic.")},
    {ErrorCode::DoctorAbsent, "doctor_absent",
     QT_TRANSLATE_NOOP("BookingError", "The doctor is absent at this time.")},
    {ErrorCode::OutsideWorkingHours, "outside_working_hours",
     QT_TRANSLATE_NOOP("BookingError", "This time is outside the doctor's working hours.")},
    {ErrorCode::NotOnGrid, "not_on_grid",
     QT_TRANSLATE_NOOP("BookingError", "This time does not match the schedule of this consultation type.")},
    {ErrorCode::InThePast, "in_the_past",
     QT_TRANSLATE_NOOP("BookingError", "This time has already passed or is too close to be booked.")},
    {ErrorCode::BeyondHorizon, "beyond_horizon",
     QT_TRANSLATE_NOOP("BookingError", "This date is too far ahead: the agenda is not open yet.")},
    {ErrorCode::SlotTaken, "slot_taken",
     QT_TRANSLATE_NOOP("BookingError", "This time is no longer available. Please choose another one.")},
    {ErrorCode::RateLimited, "rate_limited",
     QT_TRANSLATE_NOOP("BookingError", "Too many requests. Please wait a minute and try again.")},
    {ErrorCode::Unauthorized, "unauthorized",
     QT_TRANSLATE_NOOP("BookingError", "Access denied: a valid token is required.")},
    {ErrorCode::StorageFailure, "storage_failure",
     QT_TRANSLATE_NOOP("BookingError", "The database could not save the change. Nothing was modified.")},
};

const CodeInfo &info(ErrorCode code)
{
    for (const auto &c : Codes) {
        if (c.code == code)
            return c;
    }
    Q_UNREACHABLE();
}

} // namespace

QString errorCodeName(ErrorCode code)
{
    return QString::fromLatin1(info(code).name);
}

std::optional<ErrorCode> errorCodeFromName(QStringView name)
{
    for (const auto &c : Codes) {
        if (name == QLatin1StringView(c.name))
            return c.code;
    }
    return std::nullopt;
}

const char *errorSentence(ErrorCode code)
{
    return info(code).sentence;
}

QString errorMessage(ErrorCode code)
{
    return QCoreApplication::translate("BookingError", info(code).sentence);
}

QString BookingError::codeName() const
{
    return errorCodeName(code);
}

QString BookingError::message() const
{
    return errorMessage(code);
}

} // namespace tbib

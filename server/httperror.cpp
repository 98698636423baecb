// SPDX-License-Identifier: GPL-3.0-or-later
#include "httperror.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "service/translations.h"

namespace tbib {

int httpStatus(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return 400;
    case ErrorCode::Unauthorized:
        return 401;
    case ErrorCode::NotFound:
        return 404;
    case ErrorCode::SlotTaken:
        return 409;
    case ErrorCode::RateLimited:
        return 429;
    case ErrorCode::StorageFailure:
        return 500;
    case ErrorCode::EmergencyOnly:
    case ErrorCode::PatientBlocked:
    case ErrorCode::ExistingPatientRequired:
    case ErrorCode::InThePast:
    case ErrorCode::BeyondHorizon:
    case ErrorCode::DoctorAbsent:
    case ErrorCode::OutsideWorkingHours:
    case ErrorCode::NotOnGrid:
        return 422;
    }
    return 500;
}

namespace {

QByteArray body(ErrorCode code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), errorCodeName(code)}, {QStringLiteral("message"), message}};
    return QJsonDocument(QJsonObject{{QStringLiteral("error"), error}}).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray errorBody(ErrorCode code)
{
    return body(code, errorMessage(code));
}

QByteArray errorBody(ErrorCode code, const QString &language)
{
    return body(code, errorMessage(code, language));
}

} // namespace tbib

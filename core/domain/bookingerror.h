// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>
#include <optional>

namespace tbib {

// The typed refusals of DESIGN §3, in precedence order: when several rules fail
// at once, the one listed first is reported. rate_limited and unauthorized are
// only produced by the web server but share the same sentences.
enum class ErrorCode {
    InvalidInput,
    NotFound,
    EmergencyOnly,
    PatientBlocked,
    ExistingPatientRequired,
    InThePast,
    BeyondHorizon,
    DoctorAbsent,
    OutsideWorkingHours,
    NotOnGrid,
    SlotTaken,
    RateLimited,
    Unauthorized,
    StorageFailure, // the database refused; never a rule, never shown as one
};

// A code plus a detail for logs and import messages (which record, which field).
struct BookingError final
{
    ErrorCode code = ErrorCode::InvalidInput;
    QString detail;

    [[nodiscard]] QString codeName() const;
    [[nodiscard]] QString message() const; // the translated sentence for the code
};

template <typename T>
using Result = std::expected<T, BookingError>;

[[nodiscard]] QString errorCodeName(ErrorCode code);
[[nodiscard]] std::optional<ErrorCode> errorCodeFromName(QStringView name);
// One translated sentence per code, the same on the desk and on the web page.
[[nodiscard]] QString errorMessage(ErrorCode code);
// That sentence untranslated (English, context "BookingError"), for callers
// that translate into a language of their own (the web, per request).
[[nodiscard]] const char *errorSentence(ErrorCode code);

[[nodiscard]] inline std::unexpected<BookingError> fail(ErrorCode code, QString detail = {})
{
    return std::unexpected(BookingError{code, std::move(detail)});
}

} // namespace tbib

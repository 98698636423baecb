// SPDX-License-Identifier: GPL-3.0-or-later
#include "entities.h"

namespace tbib {

QString normalizedPhone(QStringView phone)
{
    QString digits;
    digits.reserve(phone.size());
    for (QChar c : phone) {
        if (c.unicode() >= '0' && c.unicode() <= '9')
            digits += c;
    }
    constexpr qsizetype NationalDigits = 9;
    if (digits.size() > NationalDigits)
        return digits.right(NationalDigits);
    return digits;
}

} // namespace tbib

// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "profileerror.h"
#include "security/securitysettings.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QStringList>

#include <limits>
#include <optional>

namespace coapscope {

// Reads the members of one JSON object of the profile file into settings, checking each one's
// type. The first problem is kept in *error, naming the field by its path
// ("profiles[2].transmission.nstart"), and every later read does nothing. A member that is
// absent or null leaves the setting as it was.
class ProfileFieldReader
{
public:
    ProfileFieldReader(QJsonObject object, QString at, std::optional<ProfileError> *error,
                       const QString &path);

    bool failed() const { return m_error->has_value(); }
    // Records why key (the object itself when empty) is refused, unless something already was.
    void fail(QLatin1StringView key, const QString &why);

    // Whether the member is there (and not null).
    bool has(QLatin1StringView key) const { return value(key).has_value(); }
    void text(QLatin1StringView key, QString &out);
    void boolean(QLatin1StringView key, bool &out);
    // A whole number within [minimum, maximum], or current when the member is absent.
    qint64 integer(QLatin1StringView key, qint64 current, qint64 minimum,
                   qint64 maximum = std::numeric_limits<int>::max());
    void number(QLatin1StringView key, double &out);
    // Text as UTF-8, or {"hex": "..."}.
    void bytes(QLatin1StringView key, QByteArray &out);
    // {"file": "..."} or {"base64": "..."}.
    void source(QLatin1StringView key, PkiSource &out);
    void strings(QLatin1StringView key, QStringList &out);
    // The reader of a nested object, or nothing when it is absent (or refused).
    std::optional<ProfileFieldReader> object(QLatin1StringView key);

private:
    QString fieldName(QLatin1StringView key) const;
    std::optional<QJsonValue> value(QLatin1StringView key) const;

    QJsonObject m_object;
    QString m_at;
    std::optional<ProfileError> *m_error;
    QString m_path;
};

} // namespace coapscope

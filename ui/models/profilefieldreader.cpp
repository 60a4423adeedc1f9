// SPDX-License-Identifier: BSD-2-Clause
#include "profilefieldreader.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace coapscope {

namespace {

struct ProfileFileText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileFileText)
};

} // namespace

ProfileFieldReader::ProfileFieldReader(QJsonObject object, QString at,
                                       std::optional<ProfileError> *error, const QString &path)
    : m_object(std::move(object))
    , m_at(std::move(at))
    , m_error(error)
    , m_path(path)
{}

void ProfileFieldReader::fail(QLatin1StringView key, const QString &why)
{
    if (failed())
        return;
    *m_error = ProfileError{ProfileError::Kind::InvalidProfile, m_path, {}, fieldName(key), why};
}

QString ProfileFieldReader::fieldName(QLatin1StringView key) const
{
    return key.isEmpty() ? m_at : m_at + QLatin1Char('.') + key;
}

std::optional<QJsonValue> ProfileFieldReader::value(QLatin1StringView key) const
{
    const QJsonValue v = m_object.value(key);
    if (failed() || v.isUndefined() || v.isNull())
        return std::nullopt;
    return v;
}

void ProfileFieldReader::text(QLatin1StringView key, QString &out)
{
    if (auto v = value(key)) {
        if (v->isString())
            out = v->toString();
        else
            fail(key, ProfileFileText::tr("expected text"));
    }
}

void ProfileFieldReader::boolean(QLatin1StringView key, bool &out)
{
    if (auto v = value(key)) {
        if (v->isBool())
            out = v->toBool();
        else
            fail(key, ProfileFileText::tr("expected true or false"));
    }
}

qint64 ProfileFieldReader::integer(QLatin1StringView key, qint64 current, qint64 minimum,
                                   qint64 maximum)
{
    auto v = value(key);
    if (!v)
        return current;
    const double d = v->toDouble(std::nan(""));
    if (!v->isDouble() || d != std::floor(d) || d < double(minimum) || d > double(maximum)) {
        fail(
            key,
            ProfileFileText::tr("expected a whole number from %1 to %2").arg(minimum).arg(maximum));
        return current;
    }
    return qint64(d);
}

void ProfileFieldReader::number(QLatin1StringView key, double &out)
{
    if (auto v = value(key)) {
        if (v->isDouble())
            out = v->toDouble();
        else
            fail(key, ProfileFileText::tr("expected a number"));
    }
}

void ProfileFieldReader::bytes(QLatin1StringView key, QByteArray &out)
{
    auto v = value(key);
    if (!v)
        return;
    if (v->isString()) {
        out = v->toString().toUtf8();
        return;
    }
    const QString hex = v->toObject().value(QLatin1StringView("hex")).toString();
    const auto decoded = QByteArray::fromHex(hex.toLatin1());
    if (hex.isEmpty() || hex.size() % 2 != 0 || decoded.toHex() != hex.toLatin1().toLower())
        fail(key, ProfileFileText::tr("expected text or {\"hex\": \"...\"}"));
    else
        out = decoded;
}

void ProfileFieldReader::source(QLatin1StringView key, PkiSource &out)
{
    auto v = value(key);
    if (!v)
        return;
    const QJsonObject object = v->toObject();
    const QJsonValue file = object.value(QLatin1StringView("file"));
    const QJsonValue base64 = object.value(QLatin1StringView("base64"));
    if (file.isString() && !file.toString().isEmpty()) {
        out = PkiSource::fromFile(file.toString());
        return;
    }
    auto decoded = QByteArray::fromBase64Encoding(base64.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (base64.isString() && decoded && !decoded.decoded.isEmpty())
        out = PkiSource::fromMemory(decoded.decoded);
    else
        fail(key, ProfileFileText::tr("expected {\"file\": \"...\"} or {\"base64\": \"...\"}"));
}

void ProfileFieldReader::strings(QLatin1StringView key, QStringList &out)
{
    auto v = value(key);
    if (!v)
        return;
    const QJsonArray array = v->toArray();
    const bool allText = std::all_of(array.cbegin(), array.cend(),
                                     [](const QJsonValue &item) { return item.isString(); });
    if (!v->isArray() || !allText) {
        fail(key, ProfileFileText::tr("expected a list of texts"));
        return;
    }
    out.clear();
    for (const QJsonValue &item : array)
        out.append(item.toString());
}

std::optional<ProfileFieldReader> ProfileFieldReader::object(QLatin1StringView key)
{
    auto v = value(key);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(key, ProfileFileText::tr("expected an object"));
        return std::nullopt;
    }
    return ProfileFieldReader(v->toObject(), fieldName(key), m_error, m_path);
}

} // namespace coapscope

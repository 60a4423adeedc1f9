// SPDX-License-Identifier: BSD-2-Clause
#include "profileerror.h"

#include <QCoreApplication>

namespace coapscope {

namespace {

struct ProfileErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ProfileErrorText)
};

} // namespace

QLatin1StringView ProfileError::kindId(Kind kind)
{
    switch (kind) {
    case Kind::CannotRead:
        return QLatin1StringView("cannot-read");
    case Kind::CannotWrite:
        return QLatin1StringView("cannot-write");
    case Kind::NotJson:
        return QLatin1StringView("not-json");
    case Kind::NotAProfileFile:
        return QLatin1StringView("not-a-profile-file");
    case Kind::NewerVersion:
        return QLatin1StringView("newer-version");
    case Kind::InvalidProfile:
        return QLatin1StringView("invalid-profile");
    case Kind::DuplicateName:
        return QLatin1StringView("duplicate-name");
    case Kind::EmptyName:
        return QLatin1StringView("empty-name");
    case Kind::UnknownProfile:
        return QLatin1StringView("unknown-profile");
    case Kind::BrokenFileKept:
        return QLatin1StringView("broken-file-kept");
    }
    return QLatin1StringView("cannot-read");
}

QString describeProfileError(const ProfileError &error)
{
    using Kind = ProfileError::Kind;
    switch (error.kind) {
    case Kind::CannotRead:
        return ProfileErrorText::tr("Cannot read %1: %2").arg(error.path, error.detail);
    case Kind::CannotWrite:
        return ProfileErrorText::tr("Cannot write %1: %2. The file was not changed.")
            .arg(error.path, error.detail);
    case Kind::NotJson:
        return ProfileErrorText::tr("%1 is not valid JSON: %2 at line %3, column %4 (byte %5).")
            .arg(error.path, error.detail)
            .arg(error.line)
            .arg(error.column)
            .arg(error.offset);
    case Kind::NotAProfileFile:
        return ProfileErrorText::tr("%1 is not a CoapScope profile file.").arg(error.path);
    case Kind::NewerVersion:
        return ProfileErrorText::tr("%1 was written by a newer CoapScope (format version %2).")
            .arg(error.path, error.detail);
    case Kind::InvalidProfile:
        return ProfileErrorText::tr("%1: %2 is invalid: %3")
            .arg(error.path, error.field, error.detail);
    case Kind::DuplicateName:
        return ProfileErrorText::tr("A profile named \"%1\" already exists.").arg(error.name);
    case Kind::EmptyName:
        return ProfileErrorText::tr("A profile needs a name.");
    case Kind::UnknownProfile:
        return ProfileErrorText::tr("There is no profile named \"%1\".").arg(error.name);
    case Kind::BrokenFileKept:
        return ProfileErrorText::tr("Changes are not saved: %1 could not be loaded and is kept "
                                    "as it is. Fix it, or move it aside to start afresh.")
            .arg(error.path);
    }
    return {};
}

} // namespace coapscope

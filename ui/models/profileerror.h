// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QLatin1StringView>
#include <QString>

namespace coapscope {

// Why profiles could not be read, written or changed.
struct ProfileError
{
    enum class Kind : quint8
    {
        CannotRead,      // detail: the system's words
        CannotWrite,     // detail: the system's words; the file on disk is unchanged
        NotJson,         // line, column and offset say where; detail: Qt's parser's words
        NotAProfileFile, // valid JSON, but not a CoapScope profile file
        NewerVersion,    // written by a newer CoapScope (detail: its version)
        InvalidProfile,  // field says which ("profiles[2].transmission.nstart"), detail why
        DuplicateName,   // name: the name already taken
        EmptyName,
        UnknownProfile, // name: the one asked for
        BrokenFileKept, // save refused: the file could not be loaded, and is kept as it is
    };

    Kind kind = Kind::CannotRead;
    // {} so that an error may name only the members it needs without a warning.
    QString path{}; // the file concerned, if any
    QString name{}; // the profile concerned, if any
    QString field{};
    QString detail{};
    qint64 offset = -1; // bytes into the file, for NotJson
    int line = 0;       // 1-based, for NotJson
    int column = 0;     // 1-based, in bytes

    static QLatin1StringView kindId(Kind kind);
};

// The error in words for people.
QString describeProfileError(const ProfileError &error);

} // namespace coapscope

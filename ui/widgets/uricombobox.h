// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QComboBox>

namespace coapscope {

// The composer's URI field: free text, with the URIs sent before (newest first, kept in
// QSettings under "composer/history") in its list and offered as completions while typing.
class UriComboBox : public QComboBox
{
    Q_OBJECT

public:
    static constexpr int HistorySize = 20;
    static inline const QString SettingsKey = QStringLiteral("composer/history");

    explicit UriComboBox(QWidget *parent = nullptr);

    QStringList history() const;
    // Moves uri to the top of the history and saves it; the text being edited stays as it is.
    void remember(const QString &uri);

private:
    void setHistory(const QStringList &uris);
};

} // namespace coapscope

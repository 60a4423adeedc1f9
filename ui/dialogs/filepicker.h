// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace coapscope {

// A path typed or chosen with the file dialog: a file to open or a directory.
class FilePicker : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        File,
        Directory,
    };

    // name is the field's name ("Certificate") for the accessible names and the file dialog.
    FilePicker(Kind kind, const QString &name, QWidget *parent = nullptr);

    // "Certificates (*.pem *.crt *.der)" and the like, for the file dialog.
    void setNameFilters(const QStringList &filters) { m_filters = filters; }
    QString path() const;
    void setPath(const QString &path);

    QLineEdit *lineEdit() const { return m_edit; }
    QPushButton *browseButton() const { return m_browse; }

signals:
    void pathChanged(const QString &path);

private:
    void browse();

    Kind m_kind;
    QString m_name;
    QStringList m_filters;
    QLineEdit *m_edit;
    QPushButton *m_browse;
};

} // namespace coapscope

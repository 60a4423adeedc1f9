// SPDX-License-Identifier: BSD-2-Clause
#include "filepicker.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace coapscope {

FilePicker::FilePicker(Kind kind, const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_name(name)
    , m_edit(new QLineEdit(this))
    , m_browse(new QPushButton(tr("Browse…"), this))
{
    m_edit->setAccessibleName(name);
    m_edit->setClearButtonEnabled(true);
    m_edit->setPlaceholderText(kind == Kind::File ? tr("No file") : tr("No directory"));
    m_browse->setAccessibleName(tr("Choose %1").arg(name));
    // Browse buttons stay out of the dialog's default-button business.
    m_browse->setAutoDefault(false);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_browse);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textChanged, this, &FilePicker::pathChanged);
    connect(m_browse, &QPushButton::clicked, this, &FilePicker::browse);
}

QString FilePicker::path() const
{
    return m_edit->text().trimmed();
}

void FilePicker::setPath(const QString &path)
{
    m_edit->setText(path);
}

void FilePicker::browse()
{
    // Start where the current path points, so picking the key next to the certificate is quick.
    const QFileInfo current(path());
    const QString start = current.exists() ? current.absoluteFilePath() : current.absolutePath();
    QString chosen;
    if (m_kind == Kind::Directory) {
        chosen = QFileDialog::getExistingDirectory(this, tr("Choose %1").arg(m_name),
                                                   path().isEmpty() ? QString() : start);
    } else {
        QStringList filters = m_filters;
        filters.append(tr("All files (*)"));
        chosen = QFileDialog::getOpenFileName(this, tr("Choose %1").arg(m_name),
                                              path().isEmpty() ? QString() : start,
                                              filters.join(QStringLiteral(";;")));
    }
    if (!chosen.isEmpty())
        setPath(chosen);
}

} // namespace coapscope

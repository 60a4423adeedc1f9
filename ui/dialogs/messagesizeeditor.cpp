// SPDX-License-Identifier: BSD-2-Clause
#include "messagesizeeditor.h"

#include "fieldproblem.h"
#include "models/connectionprofile.h"
#include "session/session.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace coapscope {

MessageSizeEditor::MessageSizeEditor(QWidget *parent)
    : QWidget(parent)
    , m_mtuEdit(new QLineEdit(this))
    , m_mtuProblem(new FieldProblem(this))
    , m_blockSize(new QComboBox(this))
{
    m_mtuEdit->setAccessibleName(tr("MTU"));
    m_mtuEdit->setPlaceholderText(tr("Default (File ▸ Settings)"));
    const QString mtuExplanation =
        tr("The largest datagram of the session in bytes (%1 to %2), IP and UDP headers "
           "excluded; empty for the default")
            .arg(Session::MinimumMtu)
            .arg(Session::MaximumMtu);
    m_mtuEdit->setAccessibleDescription(mtuExplanation);
    m_mtuEdit->setToolTip(mtuExplanation);
    m_mtuProblem->setObjectName(QStringLiteral("mtuProblem"));
    m_blockSize->addItem(tr("Automatic"), 0);
    for (int size = 16; size <= 1024; size *= 2)
        m_blockSize->addItem(tr("%1 bytes").arg(size), size);
    m_blockSize->setAccessibleName(tr("Block size"));
    const QString blockExplanation = tr("The block size the request composer starts with for "
                                        "block-wise transfers (RFC 7959)");
    m_blockSize->setAccessibleDescription(blockExplanation);
    m_blockSize->setToolTip(blockExplanation);

    // One row: the profile editor is tall enough as it is.
    auto *mtuLabel = new QLabel(tr("&MTU:"), this);
    mtuLabel->setBuddy(m_mtuEdit);
    auto *blockLabel = new QLabel(tr("&Block size:"), this);
    blockLabel->setBuddy(m_blockSize);
    auto *row = new QHBoxLayout;
    row->addWidget(mtuLabel);
    row->addWidget(m_mtuEdit, 1);
    row->addSpacing(8);
    row->addWidget(blockLabel);
    row->addWidget(m_blockSize);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_mtuProblem);

    connect(m_mtuEdit, &QLineEdit::textEdited, this, [this] {
        takeMtu();
        emit edited();
    });
    connect(m_blockSize, &QComboBox::activated, this, &MessageSizeEditor::edited);
}

void MessageSizeEditor::setSizes(std::optional<int> mtu, int blockSize)
{
    m_mtuEdit->setText(mtu ? QString::number(*mtu) : QString());
    takeMtu();
    const int index = m_blockSize->findData(blockSize);
    m_blockSize->setCurrentIndex(index < 0 ? 0 : index);
}

int MessageSizeEditor::blockSize() const
{
    return m_blockSize->currentData().toInt();
}

QString MessageSizeEditor::problem() const
{
    return m_mtuProblem->text();
}

void MessageSizeEditor::takeMtu()
{
    const QString text = m_mtuEdit->text().trimmed();
    bool isNumber = false;
    const int mtu = text.toInt(&isNumber);
    if (text.isEmpty()) {
        m_mtu.reset();
        m_mtuProblem->setText(QString());
    } else if (isNumber && ConnectionProfile::isValidMtu(mtu)) {
        m_mtu = mtu;
        m_mtuProblem->setText(QString());
    } else {
        m_mtuProblem->setText(tr("The MTU must be a whole number from %1 to %2 bytes.")
                                  .arg(Session::MinimumMtu)
                                  .arg(Session::MaximumMtu));
    }
}

} // namespace coapscope

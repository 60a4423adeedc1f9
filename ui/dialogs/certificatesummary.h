// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include "security/certificateinfo.h"

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace coapscope {

class FieldProblem;

// What a certificate says about itself, and what a peer may hold against it.
class CertificateSummary : public QWidget
{
    Q_OBJECT

public:
    explicit CertificateSummary(QWidget *parent = nullptr);

    // Shows the chain's first certificate; the rest are counted. now decides validity.
    void setChain(const CertificateChain &chain,
                  const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Shows text (why there is nothing to show) instead of a certificate.
    void clear(const QString &text);

    // "subject", "issuer", "validity", "fingerprint", "names", "chain": what is shown.
    QString fieldText(const QString &field) const;
    QStringList warnings() const { return m_warnings; }

private:
    QLabel *addField(const QString &key, const QString &label);

    QLabel *m_empty;
    QWidget *m_fields;
    QFormLayout *m_form;
    QHash<QString, QLabel *> m_values;
    QList<FieldProblem *> m_warningLabels;
    QStringList m_warnings;
};

} // namespace coapscope

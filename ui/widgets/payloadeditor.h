// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;

namespace coapscope {

class FieldProblem;

// A request payload typed as text, JSON, hex or CBOR diagnostic notation, or taken from a
// file. What is typed is checked as it changes and stays as typed when the kind changes.
class PayloadEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Mode
    {
        Text,
        Json,
        Hex,
        CborDiagnostic,
        File
    };
    Q_ENUM(Mode)

    // Larger files are refused rather than read into memory.
    static constexpr qint64 MaxFileSize = 16 * 1024 * 1024;

    explicit PayloadEditor(QWidget *parent = nullptr);

    Mode mode() const;
    void setMode(Mode mode);
    QString text() const;
    void setText(const QString &text);
    QString filePath() const;
    void setFilePath(const QString &path);

    // The payload bytes, or nullopt with the problem shown (and returned in *problem).
    std::optional<QByteArray> payload(QString *problem = nullptr);
    // The Content-Format that goes with the mode: text/plain, JSON or CBOR; none otherwise.
    std::optional<quint16> suggestedContentFormat() const;

signals:
    void modeChanged(coapscope::PayloadEditor::Mode mode);

private:
    void modeSelected();
    void check();
    void browse();
    std::optional<QByteArray> bytesFromText(QString *problem) const;
    std::optional<QByteArray> bytesFromFile(QString *problem) const;

    QComboBox *m_mode;
    QStackedWidget *m_pages;
    QPlainTextEdit *m_text;
    QLineEdit *m_file;
    QPushButton *m_browse;
    FieldProblem *m_problem;
    QLabel *m_size;
    QTimer *m_checkTimer;
};

} // namespace coapscope

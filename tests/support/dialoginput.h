// SPDX-License-Identifier: BSD-2-Clause
#pragma once

// Typing into dialogs the way a user does, for the GUI tests of ui/dialogs.

#include "dialogs/fieldproblem.h"

#include <QLineEdit>
#include <QTest>

// Shows a dialog and waits until it is on the screen.
inline void showDialog(QWidget *dialog)
{
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
}

// Replaces the text of edit by typing, as a user would: every keystroke is an edit.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// The words of the FieldProblem called objectName under parent, if it is showing.
inline QString visibleProblem(const QWidget *parent, const char *objectName)
{
    const auto *problem =
        parent->findChild<coapscope::FieldProblem *>(QString::fromLatin1(objectName));
    return problem && problem->isVisible() ? problem->text() : QString();
}

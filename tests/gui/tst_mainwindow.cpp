// SPDX-License-Identifier: BSD-2-Clause
#include "dialogs/fieldproblem.h"
#include "models/logmodel.h"
#include "models/tracemodel.h"
#include "models/workspace.h"
#include "text/translations.h"
#include "tracefixtures.h"
#include "widgets/appicons.h"
#include "widgets/decoderpanel.h"
#include "widgets/importportsdialog.h"
#include "widgets/mainwindow.h"
#include "widgets/tracefileactions.h"
#include "widgets/tracepanel.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace coapscope;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsInARealWindow();
    void decodesPastedDatagram();
    void explainsMalformedBytes();
    void decodesTcpFrames();
    void rejectsNonHex();
    void everyControlHasAnAccessibleName();
    void iconsAreBundled();
    void importsATraceIntoTheTraceView();
    void importRefusesNonsensePorts();

private:
    QTreeWidget *tree() const { return m_window->decoderPanel()->findChild<QTreeWidget *>(); }
    QLabel *status() const;
    void typeInput(const QString &text);

    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QApplication::setOrganizationName(QStringLiteral("CoapScopeTests"));
    text::installTranslations(*qApp);
    m_workspace = std::make_unique<Workspace>();
    m_window = std::make_unique<MainWindow>(m_workspace.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QLabel *TestMainWindow::status() const
{
    for (QLabel *label : m_window->findChildren<QLabel *>()) {
        if (label->accessibleName() == QStringLiteral("Decoder status"))
            return label;
    }
    return nullptr;
}

void TestMainWindow::typeInput(const QString &text)
{
    auto *input = m_window->decoderPanel()->findChild<QPlainTextEdit *>();
    input->clear();
    input->setFocus();
    QTest::keyClicks(input, text);
}

void TestMainWindow::showsInARealWindow()
{
    QCOMPARE(m_window->windowTitle(), QStringLiteral("CoapScope"));
    QVERIFY(m_window->isVisible());
    QStringList menus;
    for (QAction *action : m_window->menuBar()->actions())
        menus << action->text();
    QCOMPARE(menus, (QStringList{QStringLiteral("&File"), QStringLiteral("&Session"),
                                 QStringLiteral("Se&curity"), QStringLiteral("&View"),
                                 QStringLiteral("&Help")}));
}

void TestMainWindow::decodesPastedDatagram()
{
    typeInput(QStringLiteral("44 01 00 01 a1 b2 c3 d4 b4 74 65 6d 70 11 32 ff 68 69"));
    QTRY_COMPARE(tree()->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree()->topLevelItem(0);
    QCOMPARE(root->text(1), QStringLiteral("GET (0.01)"));
    QStringList fields;
    for (int i = 0; i < root->childCount(); ++i)
        fields << root->child(i)->text(0) + QStringLiteral(" = ") + root->child(i)->text(1);
    QVERIFY(fields.contains(QStringLiteral("Token = 0xa1b2c3d4")));
    QVERIFY(fields.contains(QStringLiteral("Uri-Path (11) = \"temp\"")));
    QVERIFY(fields.contains(QStringLiteral("Content-Format (12) = 50 (application/json)")));
    QVERIFY(fields.contains(QStringLiteral("Payload (2 bytes) = hi")));
    QCOMPARE(status()->text(), QStringLiteral("Decoded 18 bytes."));
}

void TestMainWindow::explainsMalformedBytes()
{
    typeInput(QStringLiteral("40 01 00 01 f0"));
    QTRY_COMPARE(status()->text(),
                 QStringLiteral("Malformed: byte 4: option delta nibble 15 is reserved for the "
                                "payload marker 0xFF"));
    QCOMPARE(tree()->topLevelItemCount(), 0);
}

void TestMainWindow::decodesTcpFrames()
{
    auto *framing = m_window->decoderPanel()->findChild<QComboBox *>();
    framing->setCurrentIndex(1);
    typeInput(QStringLiteral("40 e1 22 04 80 20 00 e2"));
    QTRY_COMPARE(tree()->topLevelItemCount(), 2);
    QCOMPARE(tree()->topLevelItem(0)->text(1), QStringLiteral("CSM (7.01)"));
    QCOMPARE(tree()->topLevelItem(1)->text(1), QStringLiteral("Ping (7.02)"));
    QCOMPARE(status()->text(), QStringLiteral("Decoded 2 frames."));
    framing->setCurrentIndex(0);
}

void TestMainWindow::rejectsNonHex()
{
    typeInput(QStringLiteral("40 01 zz"));
    QTRY_VERIFY(status()->text().startsWith(QStringLiteral("Not hex: character 7")));
}

void TestMainWindow::everyControlHasAnAccessibleName()
{
    const auto widgets = m_window->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        // Line edits and popups inside spin and combo boxes are named through their owner.
        const bool inner = qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                           qobject_cast<QComboBox *>(widget->parentWidget()) ||
                           widget->inherits("QComboBoxListView");
        const bool isControl =
            !inner && !qobject_cast<QHeaderView *>(widget) &&
            (qobject_cast<QPlainTextEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
             qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QLineEdit *>(widget) ||
             qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QCheckBox *>(widget) ||
             qobject_cast<QPushButton *>(widget));
        if (isControl) {
            QVERIFY2(!widget->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 %2").arg(
                         QLatin1String(widget->metaObject()->className()), widget->objectName())));
        }
    }
}

void TestMainWindow::iconsAreBundled()
{
    QCOMPARE(applicationIcon().availableSizes().size(), 7);
    QVERIFY(!applicationIcon().pixmap(48, 48).isNull());
    // Whatever the theme, the toolbar has an icon for each action.
    for (const char *name : {"session-new", "reference", "release", "mtu"}) {
        const QIcon icon = actionIcon(QStringLiteral("no-such-theme-icon"), QLatin1String(name));
        QVERIFY2(!icon.pixmap(16, 16).isNull(), name);
        QVERIFY2(!icon.pixmap(32, 32).isNull(), name);
    }
}

void TestMainWindow::importsATraceIntoTheTraceView()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("imported.pcapng"));
    QVERIFY(testing::writeFile(path, testing::pcapngOf(testing::traceRecords(500))));
    QAction *action = m_window->traceFiles()->importAction();
    QCOMPARE(action->shortcut(), QKeySequence(QStringLiteral("Ctrl+I")));
    QVERIFY(m_window->menuBar()->actions().first()->menu()->actions().contains(action));

    TraceModel *model = m_window->traceModel();
    model->flush();
    const int before = model->rowCount();
    QSignalSpy finished(m_window->traceFiles(), &TraceFileActions::importFinished);
    m_window->importTrace(path);
    QVERIFY(!action->isEnabled()); // one import at a time
    QVERIFY(finished.wait(10000));
    QVERIFY(action->isEnabled());
    QTRY_COMPARE(model->rowCount(), before + 500);
    // Imported sessions are numbered apart from live ones.
    QCOMPARE(model->index(before, 0).data(TraceModel::SessionIdRole).toULongLong(), 1000001u);

    QAbstractItemView *view = m_window->tracePanel()->view();
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), before + 500);

    // "datagram(s)" until the catalogues carry the new plural (update_translations).
    const QRegularExpression line(
        QStringLiteral("^Imported 500 datagram(s|\\(s\\)) from %1$")
            .arg(QRegularExpression::escape(QDir::toNativeSeparators(path))));
    LogModel *log = m_window->log();
    QTRY_VERIFY([&] {
        for (int row = 0; row < log->rowCount(); ++row) {
            if (line.match(log->index(row, LogModel::MessageColumn).data().toString()).hasMatch())
                return true;
        }
        return false;
    }());
}

void TestMainWindow::importRefusesNonsensePorts()
{
    ImportPortsDialog dialog(QStringLiteral("x.pcapng"), m_window.get());
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>();
    QVERIFY(edit);
    auto *problem = dialog.findChild<FieldProblem *>();
    QVERIFY(problem);
    QVERIFY(problem->isHidden());
    edit->setText(QStringLiteral("15683, banana"));
    dialog.accept();
    QVERIFY(dialog.isVisible());
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("banana")));
    edit->setText(QStringLiteral("15683, 25683"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.ports(), (QList<quint16>{15683, 25683}));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

// SPDX-License-Identifier: BSD-2-Clause
#include "profilesdialog.h"

#include "codec/uri.h"
#include "fieldproblem.h"
#include "models/profilemodel.h"
#include "models/profilesecrets.h"
#include "models/profilestore.h"
#include "models/secretstore.h"
#include "profileeditor.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace coapscope {

namespace {

constexpr int saveDelayMs = 500; // typing in a field saves once, not per keystroke

QPushButton *plainButton(const QString &text, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setAutoDefault(false);
    return button;
}

} // namespace

ProfilesDialog::ProfilesDialog(ProfileStore *store, QWidget *parent)
    : ProfilesDialog(store, static_cast<ProfileSecrets *>(nullptr), parent)
{}

ProfilesDialog::ProfilesDialog(ProfileStore *store, ProfileSecrets *secrets, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_secrets(secrets ? secrets : new ProfileSecrets(store, new SecretStore({}, this), this))
    , m_model(new ProfileModel(store, this))
    , m_list(new QListView(this))
    , m_editor(new ProfileEditor(this))
    , m_new(plainButton(tr("&New"), this))
    , m_duplicate(plainButton(tr("D&uplicate"), this))
    , m_rename(plainButton(tr("Rena&me"), this))
    , m_delete(plainButton(tr("&Delete…"), this))
    , m_import(plainButton(tr("&Import…"), this))
    , m_export(plainButton(tr("E&xport"), this))
    , m_moveAside(plainButton(tr("Move the file aside"), this))
    , m_storeProblem(new FieldProblem(this))
    , m_note(new FieldProblem(this, FieldProblem::Severity::Note))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
    , m_connect(m_buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole))
{
    setWindowTitle(tr("Connection Profiles"));
    m_storeProblem->setObjectName(QStringLiteral("storeProblem"));
    m_note->setObjectName(QStringLiteral("profilesNote"));
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Profiles"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_editor->setAccessibleName(tr("Selected profile"));
    m_moveAside->setToolTip(tr("Rename the file that could not be loaded to .broken and start "
                               "afresh"));

    auto *splitter = new QSplitter(this);
    splitter->addWidget(makeListPane());
    splitter->addWidget(m_editor);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    auto *problemRow = new QHBoxLayout;
    problemRow->addWidget(m_storeProblem, 1);
    problemRow->addWidget(m_moveAside, 0, Qt::AlignTop);
    layout->addLayout(problemRow);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(saveDelayMs);
    connect(&m_saveTimer, &QTimer::timeout, this, &ProfilesDialog::saveNow);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProfilesDialog::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { selectProfile(m_shownName); });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &index) {
        // A rename in the list: the editor's profile goes by its new name now. Or keys read
        // from the keychain: the editor takes those it lacks.
        if (index.row() == m_list->currentIndex().row()) {
            m_shownName = m_model->nameAt(index.row());
            if (auto profile = m_store->profile(m_shownName))
                m_editor->fillKeys(*profile);
            m_saveTimer.start();
        }
    });
    connect(m_model, &ProfileModel::renameRefused, this, &ProfilesDialog::showStoreProblem);
    connect(m_editor, &ProfileEditor::edited, this, &ProfilesDialog::takeEdits);
    connect(m_new, &QPushButton::clicked, this, &ProfilesDialog::newProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfilesDialog::duplicateProfile);
    connect(m_rename, &QPushButton::clicked, this, &ProfilesDialog::renameProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfilesDialog::deleteProfile);
    connect(m_import, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Profiles"), QString(),
                                                          tr("CoapScope profiles (*.json)"));
        if (!path.isEmpty())
            importFrom(path);
    });
    connect(m_secrets, &ProfileSecrets::problem, this, &ProfilesDialog::showStoreProblem);
    connect(m_secrets->keychain(), &SecretStore::statusChanged, this,
            &ProfilesDialog::showKeychainStatus);
    connect(m_moveAside, &QPushButton::clicked, this, [this] {
        if (auto moved = m_store->moveKeptFileAside()) {
            m_note->setText(tr("The file that could not be loaded is now %1.").arg(*moved));
            showStoreProblem(QString());
            saveNow();
        } else {
            showStoreProblem(describeProfileError(moved.error()));
        }
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        m_chosen = m_store->profile(selectedName());
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    showStoreProblem(QString());
    selectProfile(m_model->nameAt(0));
    showKeychainStatus();
    if (m_secrets->keychain()->status() == SecretStore::Status::Unknown)
        m_secrets->keychain()->checkAvailability();
}

ProfilesDialog::~ProfilesDialog()
{
    if (m_saveTimer.isActive())
        saveNow();
}

QWidget *ProfilesDialog::makeListPane()
{
    makeExportMenu();

    auto *pane = new QWidget(this);
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_new, 0, 0);
    buttons->addWidget(m_duplicate, 0, 1);
    buttons->addWidget(m_rename, 1, 0);
    buttons->addWidget(m_delete, 1, 1);
    buttons->addWidget(m_import, 2, 0);
    buttons->addWidget(m_export, 2, 1);
    auto *layout = new QVBoxLayout(pane);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("Profi&les:"), pane);
    label->setBuddy(m_list);
    layout->addWidget(label);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    return pane;
}

QString ProfilesDialog::selectedName() const
{
    return m_model->nameAt(m_list->currentIndex().row());
}

void ProfilesDialog::selectProfile(const QString &name)
{
    int row = m_model->rowOf(name);
    if (row < 0 && m_model->rowCount() > 0)
        row = 0;
    m_list->setCurrentIndex(m_model->index(row));
    showSelected();
}

QString ProfilesDialog::problem() const
{
    if (!m_storeProblem->text().isEmpty())
        return m_storeProblem->text();
    return selectedName().isEmpty() ? QString() : m_editor->problem();
}

QString ProfilesDialog::note() const
{
    return m_note->text();
}

void ProfilesDialog::showSelected()
{
    const QString name = selectedName();
    m_shownName = name;
    if (auto profile = m_store->profile(name)) {
        const QSignalBlocker blocker(m_editor);
        m_editor->setProfile(*profile);
        // Its keys from the keychain, so that editing them starts from them.
        // The editor takes them as they come in (see the dataChanged handler).
        if (profile->keyStorage == KeyStorage::Keychain && profile->lacksKey())
            m_secrets->fill({name}, this, [](const QString &) {});
    }
    m_editor->setEnabled(!name.isEmpty());
    updateButtons();
}

void ProfilesDialog::showKeychainStatus()
{
    const SecretStore *keychain = m_secrets->keychain();
    m_editor->setKeychainProblem(keychain->status() == SecretStore::Status::Unavailable
                                     ? keychain->unavailableReason()
                                     : QString());
    // The answer comes after the dialog opened: make room for what the editor now says.
    QTimer::singleShot(0, this, [this] { resize(size().expandedTo(sizeHint())); });
}

void ProfilesDialog::takeEdits()
{
    if (m_shownName.isEmpty())
        return;
    ConnectionProfile profile = m_editor->profile();
    profile.name = m_shownName;
    // While the URI does not parse (the editor says why), the stored one stays: a profile the
    // file could not be read back with is never saved.
    const auto stored = m_store->profile(m_shownName);
    if (stored && !Uri::parse(profile.uri))
        profile.uri = stored->uri;
    if (auto refused = m_store->replace(m_shownName, profile))
        showStoreProblem(describeProfileError(*refused));
    m_saveTimer.start();
    updateButtons();
}

bool ProfilesDialog::saveNow()
{
    m_saveTimer.stop();
    const auto error = m_store->save();
    // A kept file is explained by showStoreProblem itself; other failures are said as they are.
    if (error && !m_store->isFileKept()) {
        showStoreProblem(describeProfileError(*error));
        m_saveFailed = true;
        return false;
    }
    // A save that works again takes back what the failed one said, and nothing else.
    if (!error && m_saveFailed)
        showStoreProblem(QString());
    return !error;
}

void ProfilesDialog::showStoreProblem(const QString &text)
{
    m_saveFailed = false;
    QString shown = text;
    if (shown.isEmpty() && m_store->isFileKept() && m_store->loadError())
        shown = tr("%1 The file is kept as it is, and changes are not saved until it is fixed "
                   "or moved aside.")
                    .arg(describeProfileError(*m_store->loadError()));
    m_storeProblem->setText(shown);
    m_moveAside->setVisible(m_store->isFileKept());
    updateButtons();
}

void ProfilesDialog::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_duplicate->setEnabled(selected);
    m_rename->setEnabled(selected);
    m_delete->setEnabled(selected);
    const QString why = selected ? m_editor->problem() : tr("Select a profile first.");
    m_connect->setEnabled(why.isEmpty());
    m_connect->setToolTip(why);
}

void ProfilesDialog::done(int result)
{
    if (m_saveTimer.isActive())
        saveNow();
    QDialog::done(result);
}

} // namespace coapscope

#include "gui/memberpicker.h"
#include "ui_memberpicker.h"

#include "models/membersearchmodel.h"

#include <QKeyEvent>
#include <QPushButton>

MemberPicker::MemberPicker(const Store &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::MemberPicker>())
    , m_model(std::make_unique<MemberSearchModel>(store))
{
    m_ui->setupUi(this);
    m_model->setFilter(QString());
    m_ui->list->setModel(m_model.get());
    m_ui->list->setUniformItemSizes(true);
    m_ui->filter->installEventFilter(this);
    connect(m_ui->filter, &QLineEdit::textChanged, m_model.get(),
            [this](const QString &text) { m_model->setFilter(text); });
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->list, &QListView::activated, this, &QDialog::accept);
    // A new filter result starts on its first row, so OK and Enter have
    // someone to act on without a click.
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->rowCount() > 0)
            m_ui->list->setCurrentIndex(m_model->index(0, 0));
        updateOk();
    });
    connect(m_ui->list->selectionModel(), &QItemSelectionModel::currentChanged, this, &MemberPicker::updateOk);
    if (m_model->rowCount() > 0)
        m_ui->list->setCurrentIndex(m_model->index(0, 0));
    updateOk();
}

MemberPicker::~MemberPicker() = default;

void MemberPicker::updateOk()
{
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedMember() != 0);
}

bool MemberPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_ui->filter || event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
        m_ui->list->setFocus(Qt::TabFocusReason);
        return true;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter) {
        // One match: that is who was meant. Several: choose in the list.
        if (m_model->rowCount() == 1)
            accept();
        else if (m_model->rowCount() > 1)
            m_ui->list->setFocus(Qt::TabFocusReason);
        return true;
    }
    return QDialog::eventFilter(watched, event);
}

qint64 MemberPicker::selectedMember() const
{
    const QModelIndex current = m_ui->list->currentIndex();
    return current.isValid() ? m_model->memberIdAt(current.row()) : 0;
}

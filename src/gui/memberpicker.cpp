#include "gui/memberpicker.h"
#include "ui_memberpicker.h"

#include "models/membersearchmodel.h"

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
    connect(m_ui->filter, &QLineEdit::textChanged, m_model.get(), &MemberSearchModel::setFilter);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->list, &QListView::doubleClicked, this, &QDialog::accept);
    auto updateOk = [this] { m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(selectedMember() != 0); };
    connect(m_model.get(), &QAbstractItemModel::modelReset, this, updateOk);
    connect(m_ui->list->selectionModel(), &QItemSelectionModel::currentChanged, this, updateOk);
    updateOk();
}

MemberPicker::~MemberPicker() = default;

qint64 MemberPicker::selectedMember() const
{
    const QModelIndex current = m_ui->list->currentIndex();
    return current.isValid() ? m_model->memberIdAt(current.row()) : 0;
}

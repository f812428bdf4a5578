#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ContactsDialog;
}
class ContactListModel;
class QTableView;
class Store;

// Manage imported contacts: the member's address book as imported, to
// look through and delete from.
class ContactsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContactsDialog)
public:
    ContactsDialog(const Store &store, qint64 member, QWidget *parent = nullptr);
    ~ContactsDialog() override;

    QTableView *view() const;
    ContactListModel *model() const { return m_model.get(); }
    void deleteSelected();
    void deleteAll();
    void reload();
    // Shows only contacts whose name, address or company contain `text`.
    void setFilter(const QString &text);

signals:
    void contactsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateButtons();

    std::unique_ptr<Ui::ContactsDialog> m_ui;
    const Store &m_store;
    qint64 m_member;
    std::unique_ptr<ContactListModel> m_model;
};

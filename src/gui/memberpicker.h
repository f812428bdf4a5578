#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class MemberPicker;
}
class MemberSearchModel;
class Store;

// Picks the member the window acts as, from a searchable list. Works from
// the keyboard alone: type, Down into the list, Enter; a filter with one
// match signs in on Enter.
class MemberPicker final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemberPicker)
public:
    MemberPicker(const Store &store, QWidget *parent = nullptr);
    ~MemberPicker() override;

    qint64 selectedMember() const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateOk();

    std::unique_ptr<Ui::MemberPicker> m_ui;
    std::unique_ptr<MemberSearchModel> m_model;
};

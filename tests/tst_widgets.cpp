// The small widgets that keep layouts cheap: a label that measures its text
// once per width, a stack page that counts only while shown.
#include "gui/prompts.h"
#include "gui/stackpage.h"
#include "gui/wraplabel.h"

#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTimer>
#include <QVBoxLayout>

class TestWidgets : public QObject
{
    Q_OBJECT
private slots:
    void wrapLabelMeasuresLikeQLabel();
    void wrapLabelMeasuresAgainWhenTextOrFontChange();
    void hiddenStackPageDoesNotSizeTheStack();
    void confirmationsDefaultToCancel();
};

namespace {
const QString kParagraph = QStringLiteral(
    "We don't recognize this file's header. Tell us what each column contains; the first values of each "
    "column are shown beside it, so that you can tell names from addresses and companies.");
}

void TestWidgets::wrapLabelMeasuresLikeQLabel()
{
    WrapLabel wrap;
    QLabel plain;
    plain.setWordWrap(true);
    QVERIFY(wrap.wordWrap());
    wrap.setText(kParagraph);
    plain.setText(kParagraph);
    for (int width : {120, 300, 800, 120}) {
        QCOMPARE(wrap.heightForWidth(width), plain.heightForWidth(width));
        QCOMPARE(wrap.heightForWidth(width), plain.heightForWidth(width)); // from the cache
    }
    QCOMPARE(wrap.sizeHint(), plain.sizeHint());
    QCOMPARE(wrap.minimumSizeHint(), plain.minimumSizeHint());
    QVERIFY(wrap.heightForWidth(120) > wrap.heightForWidth(800));
}

void TestWidgets::wrapLabelMeasuresAgainWhenTextOrFontChange()
{
    WrapLabel wrap;
    wrap.setText(kParagraph);
    const int longText = wrap.heightForWidth(200);
    const QSize longHint = wrap.sizeHint();
    wrap.setText(QStringLiteral("Short."));
    QVERIFY(wrap.heightForWidth(200) < longText);
    QVERIFY(wrap.sizeHint() != longHint);

    wrap.setText(kParagraph);
    QCOMPARE(wrap.heightForWidth(200), longText);
    QFont big = wrap.font();
    big.setPointSizeF(big.pointSizeF() * 2);
    wrap.setFont(big);
    QVERIFY(wrap.heightForWidth(200) > longText);

    QLabel plain;
    plain.setWordWrap(true);
    plain.setFont(big);
    plain.setText(kParagraph);
    wrap.setContentsMargins(0, 20, 0, 20);
    plain.setContentsMargins(0, 20, 0, 20);
    QCOMPARE(wrap.heightForWidth(200), plain.heightForWidth(200));
}

void TestWidgets::hiddenStackPageDoesNotSizeTheStack()
{
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *stack = new QStackedWidget;
    layout->addWidget(stack);
    auto *small = new StackPage;
    (new QVBoxLayout(small))->addWidget(new QLabel(QStringLiteral("Choose a file")));
    auto *tall = new StackPage;
    auto *tallLayout = new QVBoxLayout(tall);
    auto *paragraph = new WrapLabel;
    paragraph->setText(kParagraph.repeated(6));
    tallLayout->addWidget(paragraph);
    auto *block = new QWidget;
    block->setMinimumHeight(500);
    tallLayout->addWidget(block);
    stack->addWidget(small);
    stack->addWidget(tall);
    window.resize(300, 100);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // Only the page shown counts: the tall one does not hold the window up.
    QVERIFY(stack->minimumSizeHint().height() < 200);
    QVERIFY(!stack->hasHeightForWidth());
    QTRY_VERIFY(window.height() < 200);

    stack->setCurrentWidget(tall);
    QTRY_VERIFY(stack->minimumSizeHint().height() >= 500);
    QVERIFY(stack->hasHeightForWidth());
    QTRY_VERIFY(window.height() >= 500);
    QVERIFY(paragraph->isVisible());

    // And back: the small page alone again; the window keeps its size.
    stack->setCurrentWidget(small);
    QTRY_VERIFY(stack->minimumSizeHint().height() < 200);
}

// Remove, Withdraw, Delete, Restore: Enter on the question keeps things as
// they are; the action needs its own button.
void TestWidgets::confirmationsDefaultToCancel()
{
    QString defaultText;
    QTimer::singleShot(0, [&defaultText] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        defaultText = box->defaultButton() ? box->defaultButton()->text() : QString();
        QTest::keyClick(box, Qt::Key_Return);
    });
    const bool yes = Prompts::confirm(nullptr, QStringLiteral("Remove connection"), QStringLiteral("Remove Anna?"),
                                      QStringLiteral("Remove"));
    QVERIFY(!yes);
    QVERIFY(!defaultText.isEmpty());
    QVERIFY(defaultText != QLatin1String("Remove"));
}

QTEST_MAIN(TestWidgets)
#include "tst_widgets.moc"

#include "gui/photocropdialog.h"

#include "gui/style.h"

#include "gui/cardpainter.h"
#include "import/photoimage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

CropView::CropView(const QImage &image, QWidget *parent)
    : QWidget(parent)
    , m_image(image)
    , m_crop(PhotoImage::centredSquare(image.size()))
{
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 200);
    setAccessibleName(tr("Part of the picture to use"));
    setAccessibleDescription(tr("Arrow keys move the square; plus and minus change its size."));
}

QRectF CropView::shown() const
{
    const QSizeF fitted = QSizeF(m_image.size()).scaled(QSizeF(size()), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

double CropView::scale() const
{
    return m_image.width() > 0 ? shown().width() / m_image.width() : 1.0;
}

void CropView::setCrop(QRect crop)
{
    const int shorter = qMin(m_image.width(), m_image.height());
    const int side = qBound(qMax(1, shorter / 10), crop.width(), shorter);
    crop.setSize({side, side});
    crop.moveLeft(qBound(0, crop.left(), m_image.width() - side));
    crop.moveTop(qBound(0, crop.top(), m_image.height() - side));
    if (crop == m_crop)
        return;
    m_crop = crop;
    update();
    emit cropChanged(m_crop);
}

void CropView::setSizePercent(int percent)
{
    const int side = qMin(m_image.width(), m_image.height()) * percent / 100;
    const QPoint centre = m_crop.center();
    setCrop(QRect(centre.x() - side / 2, centre.y() - side / 2, side, side));
}

int CropView::sizePercent() const
{
    const int shorter = qMax(1, qMin(m_image.width(), m_image.height()));
    return m_crop.width() * 100 / shorter;
}

void CropView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    const QRectF picture = shown();
    p.drawImage(picture, m_image);
    const double s = scale();
    const QRectF square(picture.left() + m_crop.left() * s, picture.top() + m_crop.top() * s, m_crop.width() * s,
                        m_crop.height() * s);
    // Outside the circle that will be seen: dimmed with the palette's
    // shadow, half see-through (dark on light, dark and high-contrast
    // desktops alike: it dims the picture, not the window).
    QPainterPath outside;
    outside.addRect(picture);
    outside.addEllipse(square);
    QColor veil = palette().color(QPalette::Shadow);
    veil.setAlpha(140);
    p.fillPath(outside, veil);
    p.setPen(QPen(palette().color(QPalette::Highlight), hasFocus() ? 3 : 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(square);
}

void CropView::mousePressEvent(QMouseEvent *event)
{
    const double s = scale();
    const QPointF at = (event->position() - shown().topLeft()) / s;
    m_grab = at - QPointF(m_crop.topLeft());
    if (!QRectF(m_crop).contains(at)) // a press outside moves the square there
        m_grab = QPointF(m_crop.width() / 2.0, m_crop.height() / 2.0);
    mouseMoveEvent(event);
}

void CropView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF at = (event->position() - shown().topLeft()) / scale() - m_grab;
    setCrop(QRect(at.toPoint(), m_crop.size()));
}

void CropView::wheelEvent(QWheelEvent *event)
{
    setSizePercent(qBound(10, sizePercent() + (event->angleDelta().y() > 0 ? 5 : -5), 100));
}

void CropView::keyPressEvent(QKeyEvent *event)
{
    const int step = qMax(1, m_crop.width() / 20);
    QRect moved = m_crop;
    switch (event->key()) {
    case Qt::Key_Left:
        moved.translate(-step, 0);
        break;
    case Qt::Key_Right:
        moved.translate(step, 0);
        break;
    case Qt::Key_Up:
        moved.translate(0, -step);
        break;
    case Qt::Key_Down:
        moved.translate(0, step);
        break;
    case Qt::Key_Plus:
        setSizePercent(qMin(100, sizePercent() + 5));
        return;
    case Qt::Key_Minus:
        setSizePercent(qMax(10, sizePercent() - 5));
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    setCrop(moved);
}

PhotoCropDialog::PhotoCropDialog(const QImage &image, QWidget *parent)
    : QDialog(parent)
    , m_image(image)
    , m_view(new CropView(image, this))
    , m_size(new QSlider(Qt::Horizontal, this))
    , m_preview(new QLabel(this))
{
    setWindowTitle(tr("Crop your photo"));
    auto *layout = new QVBoxLayout(this);
    auto *hint = new QLabel(tr("Move the square over your face; the part in the circle is what people see."), this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    auto *row = new QHBoxLayout;
    row->addWidget(m_view, 1);
    m_preview->setFixedSize(96, 96);
    m_preview->setAccessibleName(tr("Preview"));
    row->addWidget(m_preview, 0, Qt::AlignTop);
    layout->addLayout(row, 1);
    auto *sizeLabel = new QLabel(tr("&Size"), this);
    sizeLabel->setBuddy(m_size);
    m_size->setRange(10, 100);
    m_size->setValue(m_view->sizePercent());
    m_size->setAccessibleName(tr("Size of the square"));
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(sizeLabel);
    sizeRow->addWidget(m_size, 1);
    layout->addLayout(sizeRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(tr("Use this photo"), QDialogButtonBox::AcceptRole)->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_size, &QSlider::valueChanged, m_view, &CropView::setSizePercent);
    connect(m_view, &CropView::cropChanged, this, [this] {
        m_size->blockSignals(true);
        m_size->setValue(m_view->sizePercent());
        m_size->blockSignals(false);
        updatePreview();
    });
    updatePreview();
    m_view->setFocus();
    Style::fitToScreen(this, QSize(520, 460));
}

QRect PhotoCropDialog::crop() const
{
    return m_view->crop();
}

void PhotoCropDialog::updatePreview()
{
    QPixmap pixmap(m_preview->size());
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    CardPainter::photo(&p, pixmap.rect(), m_image.copy(m_view->crop()));
    p.end();
    m_preview->setPixmap(pixmap);
}

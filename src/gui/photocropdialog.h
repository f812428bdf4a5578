#pragma once

#include <QDialog>
#include <QImage>
#include <QRect>

class QLabel;
class QSlider;

// Where the square of a photo is: the picture fitted into the widget, the
// square over it, the rest dimmed. Drag or arrow keys move it; the wheel
// or +/- change its size.
class CropView final : public QWidget
{
    Q_OBJECT
public:
    explicit CropView(const QImage &image, QWidget *parent = nullptr);
    QRect crop() const { return m_crop; } // in the image's pixels
    void setCrop(QRect crop);
    // The square's side as a share of the picture's shorter side, 10–100 %.
    void setSizePercent(int percent);
    int sizePercent() const;
    QSize sizeHint() const override { return {360, 360}; }

signals:
    void cropChanged(const QRect &crop);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QRectF shown() const; // where the picture is drawn
    double scale() const;

    QImage m_image;
    QRect m_crop;
    QPointF m_grab; // the press, in image pixels relative to the crop
};

// Choosing the square of a new photo, with the round result beside it.
class PhotoCropDialog final : public QDialog
{
    Q_OBJECT
public:
    PhotoCropDialog(const QImage &image, QWidget *parent = nullptr);
    QRect crop() const;

private:
    void updatePreview();

    QImage m_image;
    CropView *m_view;
    QSlider *m_size;
    QLabel *m_preview;
};

#include "import/photoimage.h"

#include "base/heldfiles.h"
#include "base/textlimits.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

QString PhotoImage::tooLarge(const QString &name)
{
    return tr("%1 is larger than %2 MB. Please choose a smaller picture.")
        .arg(name)
        .arg(TextLimits::kPictureFileBytes / (1024 * 1024));
}

QImage PhotoImage::load(const QString &path, QString *error)
{
    const QString name = QFileInfo(path).fileName();
    // Opening and closing it would cost the store its locks (HeldFiles).
    if (HeldFiles::isHeld(path)) {
        *error = tr("%1 is the database My Network is using, not a picture.").arg(name);
        return {};
    }
    QFile file(path);
    if (file.size() > TextLimits::kPictureFileBytes) {
        *error = tooLarge(name);
        return {};
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(name, file.errorString());
        return {};
    }
    return read(&file, name, error);
}

QImage PhotoImage::fromBytes(const QByteArray &bytes, const QString &name, QString *error)
{
    if (bytes.size() > TextLimits::kPictureFileBytes) {
        *error = tooLarge(name);
        return {};
    }
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, name, error);
}

QImage PhotoImage::read(QIODevice *device, const QString &name, QString *error)
{
    QImageReader reader(device);
    // What the header says decides before anything is decoded: a small
    // file can unpack into gigabytes.
    const QSize size = reader.size();
    if (size.isValid() && qint64(size.width()) * size.height() > TextLimits::kPicturePixels) {
        *error = tr("%1 is %2 × %3 pixels, more than 40 megapixels. Please choose a smaller picture.")
                     .arg(name)
                     .arg(size.width())
                     .arg(size.height());
        return {};
    }
    if (!reader.canRead()) {
        *error = tr("%1 is not a picture My Network can read (PNG, JPEG or WebP).").arg(name);
        return {};
    }
    reader.setAutoTransform(true); // a phone's JPEG stands as it was taken
    QImage image = reader.read();
    if (image.isNull()) {
        *error = tr("%1 is not a picture My Network can read (%2).").arg(name, reader.errorString());
        return {};
    }
    return image;
}

QRect PhotoImage::centredSquare(const QSize &size)
{
    const int side = qMin(size.width(), size.height());
    return QRect((size.width() - side) / 2, (size.height() - side) / 2, side, side);
}

QByteArray PhotoImage::png(const QImage &square, int side)
{
    const QImage scaled = square.scaled(side, side, Qt::IgnoreAspectRatio, Qt::SmoothTransformation)
                              .convertToFormat(QImage::Format_RGB32);
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    scaled.save(&buffer, "PNG");
    return out;
}

PhotoImage::Encoded PhotoImage::encode(const QImage &image, const QRect &crop)
{
    const QRect square = crop.intersected(image.rect());
    const QImage part = image.copy(square);
    return {png(part, TextLimits::kPhotoSmallPx), png(part, TextLimits::kPhotoLargePx)};
}

QImage PhotoImage::decode(const QByteArray &png)
{
    QImage image;
    if (!png.isEmpty())
        image.loadFromData(png, "PNG");
    return image;
}

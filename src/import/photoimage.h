#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QRect>
#include <QString>

// A person's photo (R19): a picture file read with care, a square part of
// it, and that square re-encoded as PNG in the store's two sizes. The
// original bytes are never kept.
class PhotoImage final
{
    Q_DECLARE_TR_FUNCTIONS(PhotoImage)
public:
    struct Encoded
    {
        QByteArray small; // TextLimits::kPhotoSmallPx square
        QByteArray large; // TextLimits::kPhotoLargePx square
    };

    // The picture in `path` (PNG, JPEG, WebP or any format Qt reads), or a
    // null image and `error` naming the file and the reason: not a picture,
    // larger than 10 MB, more than 40 megapixels, or the store itself.
    static QImage load(const QString &path, QString *error);
    // The same for bytes that came from elsewhere (a vCard's PHOTO); `name`
    // says where, for the message.
    static QImage fromBytes(const QByteArray &bytes, const QString &name, QString *error);
    // The largest square in the middle of `size`: what a crop starts with.
    static QRect centredSquare(const QSize &size);
    // `crop` (a square within `image`) in both sizes.
    static Encoded encode(const QImage &image, const QRect &crop);
    // A stored photo back as an image, or a null one.
    static QImage decode(const QByteArray &png);

private:
    static QImage read(QIODevice *device, const QString &name, QString *error);
    static QString tooLarge(const QString &name);
    static QByteArray png(const QImage &square, int side);
};

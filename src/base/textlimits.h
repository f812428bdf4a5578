#pragma once

#include <QString>

#include <optional>

struct Member;

// How long a stored text may be, in characters, and how much one member may
// keep or look up. The team store's schema holds the same limits (its
// migration 10 is filled from these), so a member's psql gets no further
// than the app: nobody can grow the store with a 10 MB phone number.
namespace TextLimits {

inline constexpr int kName = 200;
inline constexpr int kHeadline = 300;
inline constexpr int kCompany = 200;
inline constexpr int kSchool = 200;
inline constexpr int kLocation = 200;
// RFC 5321 allows 64 + 1 + 255 characters.
inline constexpr int kEmail = 320;
inline constexpr int kPhone = 64;
// PostgreSQL's identifiers.
inline constexpr int kLogin = 63;
// "name:" + name + "|" + company (ContactRepository's key for contacts
// without an address).
inline constexpr int kDedupeKey = 5 + kName + 1 + kCompany;
inline constexpr int kSettingName = 100;
inline constexpr int kSettingValue = 2000;

// A member's photo (R19), square PNG images the app encodes: their sides in
// pixels and what one may weigh in the store.
inline constexpr int kPhotoSmallPx = 64;
inline constexpr int kPhotoLargePx = 256;
inline constexpr int kPhotoSmallBytes = 64 * 1024;
inline constexpr int kPhotoLargeBytes = 512 * 1024;
// What a picture file may be before it is even decoded, and what it may
// decode to (a small file can unpack into gigabytes).
inline constexpr qint64 kPictureFileBytes = 10 * 1024 * 1024;
inline constexpr qint64 kPicturePixels = 40 * 1000 * 1000;

// Imported contacts one member keeps (R7's import; issue 30, item 8).
inline constexpr int kMaxContacts = 50000;
// Addresses one member may look up for the first time per UTC day on a team
// store (issue 30, item 10); an address once looked up stays free.
inline constexpr int kDailyLookups = 2000;

// The first of a member's fields past its length, named as a person reads
// it ("Headline"), with its limit; none: all fit.
struct TooLong
{
    QString field;
    int limit = 0;
};
std::optional<TooLong> firstTooLong(const Member &member);

}

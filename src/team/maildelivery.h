#pragma once

#include "team/invitationmail.h"
#include "team/smtpclient.h"

#include <QObject>

#include <atomic>
#include <memory>
#include <optional>

class Clock;
class QTimer;
class Store;
struct SmtpResult;

// R20: the team store's outbox delivered through the organisation's mail
// server. Runs on its own thread with its own connection, and only while
// its engine leads (R17). Each e-mail is claimed in one short transaction
// (marked as being sent by this connection's backend), handed to the
// server with no transaction open and no lock held, and its outcome
// recorded in another. An e-mail is therefore never sent twice, except
// when the engine dies after the server took it and before the outcome
// was recorded: the next leader finds it claimed by a session that no
// longer exists and sends it again, with the same Message-ID.
class MailDelivery final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailDelivery)
public:
    static constexpr qint64 kFirstRetryMs = 60 * 1000;
    static constexpr qint64 kLongestRetryMs = 6 * 60 * 60 * 1000;
    static constexpr qint64 kGiveUpMs = 3 * 24 * 60 * 60 * 1000;
    static constexpr int kLookMs = 2000;

    // `leading` is the engine's: read before each e-mail.
    MailDelivery(const Store &primary, const SmtpSettings &smtp, const std::atomic<bool> &leading, Clock &clock);
    ~MailDelivery() override;

    // R21: the join code of an outbox row: 160 bits of HMAC-SHA256 under
    // the store's secret, in 32 base32 letters; grouped by four for people.
    static QString joinCode(const QByteArray &secret, qint64 outboxId);
    static QString groupedCode(const QString &code);
    // 1 minute after the first failure, doubling, at most 6 hours.
    static qint64 retryDelayMs(int attempts);

    // On the delivery thread: its own connection, and a look every 2 s.
    void start();
    // Hands over what is due now, one e-mail after another, while leading;
    // returns how many the server took.
    int deliverDue(int max = 200);

signals:
    void delivered(qint64 outboxId, const QString &to, const QString &reply);
    void deferred(qint64 outboxId, const QString &to, const QString &error, qint64 retryInMs);
    void failed(qint64 outboxId, const QString &to, const QString &error);
    void storeFailed(const QString &error);

private:
    struct Claimed
    {
        OutboxMail mail;
        qint64 invitationId = 0;
        qint64 senderId = 0;
        qint64 createdMs = 0;
        int attempts = 0;
    };
    std::optional<Claimed> claim(QString *error);
    bool describe(Claimed *c, QString *error);
    bool storeJoinCode(Claimed *c, QString *error);
    bool loadJoinSettings(QString *error);
    bool record(const Claimed &c, const SmtpResult &result, QString *error);
    bool release(const Claimed &c, QString *error);

    const Store &m_primary;
    std::unique_ptr<Store> m_store;
    SmtpClient m_smtp;
    SmtpSettings m_settings;
    const std::atomic<bool> &m_leading;
    Clock &m_clock;
    QTimer *m_timer = nullptr;
    QByteArray m_secret; // store_secrets' join_codes: the owner's alone
    QString m_joinRole;
};

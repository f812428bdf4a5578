#include "team/smtpclient.h"

#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace {

struct Upload
{
    const QByteArray *message;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype left = upload->message->size() - upload->offset;
    const qsizetype n = qMin(left, qsizetype(size * count));
    std::memcpy(buffer, upload->message->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// The server's lines as they arrive (the last few).
int keepReplies(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN) {
        auto *lines = static_cast<QStringList *>(user);
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        if (!line.isEmpty())
            lines->append(line.left(1000));
        if (lines->size() > 8)
            lines->removeFirst();
    }
    return 0;
}

// The line that carries `code`: after a refusal curl still says QUIT, and
// the server's "221 Bye" is not what the sender needs to read.
QString replyFor(const QStringList &lines, long code)
{
    const QString prefix = QString::number(code);
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        if (code && lines.at(i).startsWith(prefix))
            return lines.at(i);
    }
    return lines.isEmpty() ? QString() : lines.last();
}

int stopWhenTold(void *carryOn, curl_off_t, curl_off_t, curl_off_t, curl_off_t)
{
    return carryOn && !static_cast<const std::atomic<bool> *>(carryOn)->load() ? 1 : 0;
}

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

}

bool SmtpSettings::parse(const QString &location, SmtpSettings *s, QString *error)
{
    const QUrl url(location, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("smtp") && scheme != QLatin1String("smtps"))
        || url.host().isEmpty()) {
        *error = tr("The mail server %1 is not smtp://[user@]host[:port] or smtps://[user@]host[:port].").arg(location);
        return false;
    }
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems()) {
        if (key != QLatin1String("tls") || (value != QLatin1String("off") && value != QLatin1String("on"))) {
            *error = tr("The mail server %1 has the unknown parameter “%2” (known: tls=off).").arg(location, key);
            return false;
        }
    }
    s->user = url.userName();
    s->requireTls = query.queryItemValue(QStringLiteral("tls")) != QLatin1String("off");
    const int port = url.port(scheme == QLatin1String("smtps") ? 465 : 587);
    s->url = QStringLiteral("%1://%2:%3").arg(scheme, url.host(QUrl::FullyEncoded)).arg(port);
    return true;
}

SmtpClient::SmtpClient(const SmtpSettings &settings)
    : m_settings(settings)
{
    initialiseOnce();
}

SmtpResult SmtpClient::send(const QString &to, const QByteArray &message, const std::atomic<bool> *carryOn) const
{
    SmtpResult result;
    CURL *curl = curl_easy_init();
    if (!curl) {
        result.reply = QStringLiteral("libcurl could not start");
        return result;
    }
    const QByteArray url = m_settings.url.toUtf8();
    const QByteArray from = QByteArray("<") + m_settings.mailFrom.toUtf8() + '>';
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, (QByteArray("<") + to.toUtf8() + '>').constData());
    Upload upload{&message};
    char errors[CURL_ERROR_SIZE] = {};
    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    // smtps:// is TLS from the start; on smtp:// STARTTLS is a must.
    curl_easy_setopt(curl, CURLOPT_USE_SSL, long(m_settings.requireTls ? CURLUSESSL_ALL : CURLUSESSL_NONE));
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, long(qMin(m_settings.timeoutSeconds, 30)));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // a worker thread: no SIGALRM
    if (carryOn) {
        curl_easy_setopt(curl, CURLOPT_NOPROGRESS, 0L);
        curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, stopWhenTold);
        curl_easy_setopt(curl, CURLOPT_XFERINFODATA, const_cast<std::atomic<bool> *>(carryOn));
    }
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errors);
    QStringList lines;
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, keepReplies);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &lines);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds the debug function, prints nothing
    const CURLcode code = curl_easy_perform(curl);
    long reply = 0;
    curl_easy_getinfo(curl, CURLINFO_RESPONSE_CODE, &reply);
    result.code = int(reply);
    result.reply = replyFor(lines, reply);
    result.ok = code == CURLE_OK;
    result.stopped = code == CURLE_ABORTED_BY_CALLBACK;
    result.permanent = !result.ok && reply >= 500 && reply < 600;
    if (!result.ok && (reply == 0 || result.reply.isEmpty()))
        result.reply = QString::fromUtf8(errors[0] ? errors : curl_easy_strerror(code));
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    return result;
}

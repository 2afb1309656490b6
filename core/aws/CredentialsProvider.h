#pragma once

#include "AwsCredentials.h"

#include <QDateTime>
#include <QObject>

#include <chrono>

/// Supplies credentials that may expire and have to be fetched again: from a
/// credential_process helper, from STS, from the OS keychain, or fixed ones.
///
/// fetch() is asynchronous and always ends in fetched() or fetchFailed(), never
/// inside the call itself; calls made while a fetch runs join it.
class CredentialsProvider : public QObject
{
    Q_OBJECT

public:
    explicit CredentialsProvider(QObject *parent = nullptr);

    /// The credentials last obtained; not valid before the first successful fetch.
    AwsCredentials credentials() const;

    /// Whether there are no credentials yet or they expire within \a margin.
    bool needsRefresh(std::chrono::seconds margin = std::chrono::minutes(5)) const;

    bool isFetching() const;

    /// Starts obtaining fresh credentials, unless a fetch is already running.
    void fetch();

    /// Forgets the current credentials, for example after the service called them expired.
    void invalidate();

signals:
    void fetched();
    void fetchFailed(const QString &message);

protected:
    /// Begins the work of a fetch; it must end in finishFetch() or failFetch(), later.
    virtual void startFetch() = 0;

    void finishFetch(const AwsCredentials &credentials);

    /// Ends a fetch with \a message for the user. The message may quote a helper's own words,
    /// which can hold secrets, so only \a logText (the source and a code) reaches the log.
    void failFetch(const QString &message, const QString &logText = {});

private:
    AwsCredentials m_credentials;
    bool m_fetching = false;
};

/// Credentials known up front: an access key pair from the environment or a shared file.
class StaticCredentialsProvider : public CredentialsProvider
{
    Q_OBJECT

public:
    explicit StaticCredentialsProvider(const AwsCredentials &credentials,
                                       QObject *parent = nullptr);

protected:
    void startFetch() override;

private:
    AwsCredentials m_fixed;
};

#pragma once

#include <QByteArray>
#include <QIODevice>

namespace salon::calcom
{

// A request body that can be read only once. Qt silently re-sends a request on a fresh connection when
// a kept-alive one closed under it; for POST /v2/bookings that could book twice. With this body Qt
// cannot rewind and fails the reply with ContentReSendError instead, which the caller reconciles like
// any other unclear network error.
class OneShotBody final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBody(QByteArray data, QObject* parent = nullptr);

    bool isSequential() const override { return true; }
    // Qt asks for a rewind before a re-send; refusing here (not in seek()) spares the log a warning.
    bool reset() override { return false; }
    qint64 bytesAvailable() const override { return m_data.size() - m_offset + QIODevice::bytesAvailable(); }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    QByteArray m_data;
    qint64 m_offset = 0;
};

} // namespace salon::calcom

#include "OneShotBody.h"

#include <cstring>

namespace salon::calcom
{

OneShotBody::OneShotBody(QByteArray data, QObject* parent)
    : QIODevice(parent)
    , m_data(std::move(data))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::readData(char* data, qint64 maxSize)
{
    const qint64 count = qMin(maxSize, m_data.size() - m_offset);
    if (count <= 0)
        return m_offset >= m_data.size() ? -1 : 0;
    std::memcpy(data, m_data.constData() + m_offset, size_t(count));
    m_offset += count;
    return count;
}

} // namespace salon::calcom

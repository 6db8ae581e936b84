#include "SecureBytes.h"

#include "SodiumBytes.h"

#include <sodium.h>

#include <new>
#include <utility>

namespace relais {

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0)
        return;
    m_data = static_cast<unsigned char *>(sodium_malloc(size));
    if (!m_data)
        throw std::bad_alloc();
    sodium_memzero(m_data, size);
}

SecureBytes::SecureBytes(const unsigned char *data, std::size_t size)
    : SecureBytes(size)
{
    if (size > 0)
        std::copy(data, data + size, m_data);
}

SecureBytes::~SecureBytes()
{
    release();
}

SecureBytes::SecureBytes(SecureBytes &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{}

SecureBytes &SecureBytes::operator=(SecureBytes &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

void SecureBytes::release()
{
    if (m_data)
        sodium_free(m_data); // zeroes before unmapping
    m_data = nullptr;
    m_size = 0;
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::takeFrom(QByteArray &bytes)
{
    SecureBytes out(inBytes(bytes), static_cast<std::size_t>(bytes.size()));
    wipe(bytes);
    return out;
}

SecureBytes SecureBytes::clone() const
{
    return SecureBytes(m_data, m_size);
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char *>(hex.data()), hex.size(), m_data, m_size);
    // Drop the terminating zero from the visible size.
    SecureBytes trimmed(hex.data(), m_size * 2);
    return trimmed;
}

bool SecureBytes::equals(const SecureBytes &other) const
{
    return m_size == other.m_size &&
           (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

void wipe(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    // data() detaches; wiping a shared copy would leave the original, so only wipe when unique.
    sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    bytes.clear();
}

} // namespace relais

#pragma once

#include <QByteArray>

#include <cstddef>

namespace relais {

// Bytes that must not outlive their use: kept in libsodium's guarded, locked memory (never
// swapped out, surrounded by guard pages) and wiped when freed. Move-only so that no stray copy
// is left behind in an ordinary heap block.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    SecureBytes(const unsigned char *data, std::size_t size);
    ~SecureBytes();

    SecureBytes(SecureBytes &&other) noexcept;
    SecureBytes &operator=(SecureBytes &&other) noexcept;
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;

    static SecureBytes random(std::size_t size);
    // Takes the bytes of a QByteArray and wipes the array; the caller must hold the only copy.
    static SecureBytes takeFrom(QByteArray &bytes);

    unsigned char *data() { return m_data; }
    const unsigned char *data() const { return m_data; }
    const char *chars() const { return reinterpret_cast<const char *>(m_data); }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    SecureBytes clone() const;
    // Lower-case hexadecimal, itself kept in secure memory.
    SecureBytes toHex() const;
    bool equals(const SecureBytes &other) const;

private:
    void release();

    unsigned char *m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes an ordinary byte array in place (for buffers that third-party APIs hand us).
void wipe(QByteArray &bytes);

} // namespace relais

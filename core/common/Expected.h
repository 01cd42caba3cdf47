#pragma once

#include <utility>
#include <variant>

namespace salon
{

// The error half of an Expected, as std::unexpected is in C++23.
template <typename E> struct Unexpected {
    // A constructor (not aggregate init) so class template argument deduction works on clang 14 too.
    explicit Unexpected(E e)
        : error(std::move(e))
    {
    }
    E error;
};
template <typename E> Unexpected(E) -> Unexpected<E>;

// A value or an error; a small stand-in for C++23's std::expected (Debian 12 ships GCC 12 / C++20).
template <typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    template <typename U>
    Expected(Unexpected<U> error)
        : m_data(std::in_place_index<1>, E(std::move(error.error)))
    {
    }

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const E& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, E> m_data;
};

// Success without a value.
struct Done {
};

} // namespace salon

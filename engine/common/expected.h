// SPDX-License-Identifier: BSD-2-Clause
#pragma once

#include <utility>
#include <variant>

namespace coapscope {

// Wraps an error so that Expected<T, E> can be built from it without ambiguity.
template <typename E> struct Unexpected
{
    E error;
};

template <typename E> Unexpected<E> unexpected(E error)
{
    return Unexpected<E>{std::move(error)};
}

// A value or a structured error; std::expected is C++23 and we build as C++20.
template <typename T, typename E> class Expected
{
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {}
    Expected(Unexpected<E> error)
        : m_data(std::in_place_index<1>, std::move(error.error))
    {}

    bool hasValue() const { return m_data.index() == 0; }
    explicit operator bool() const { return hasValue(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const E &error() const { return std::get<1>(m_data); }

    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

private:
    std::variant<T, E> m_data;
};

} // namespace coapscope

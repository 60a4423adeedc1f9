// SPDX-License-Identifier: BSD-2-Clause
// Recycles MessageData blocks per thread. Decoding allocates one per datagram and the engine
// frees most of them within the same event-loop turn, so a short free list makes the receive
// path nearly allocation-free. Under AddressSanitizer the pool is off, so that every block is
// a fresh allocation and use-after-free stays detectable.

#include "messagedata_p.h"

#include <new>

#if defined(__SANITIZE_ADDRESS__)
#define COAPSCOPE_MESSAGE_POOL 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COAPSCOPE_MESSAGE_POOL 0
#endif
#endif
#ifndef COAPSCOPE_MESSAGE_POOL
#define COAPSCOPE_MESSAGE_POOL 1
#endif

namespace coapscope {

#if COAPSCOPE_MESSAGE_POOL

namespace {

constexpr int MaxPooledBlocks = 256;

struct FreeBlock
{
    FreeBlock *next;
};

// Trivially destructible, so it stays usable while other thread-locals and statics are torn
// down; `closed` then routes every block back to the global allocator.
struct PoolState
{
    FreeBlock *head = nullptr;
    int count = 0;
    bool closed = false;
};

thread_local PoolState pool;

// Returns the pooled blocks when the thread ends.
struct PoolDrain
{
    void arm() {}
    ~PoolDrain()
    {
        while (pool.head) {
            FreeBlock *next = pool.head->next;
            ::operator delete(pool.head);
            pool.head = next;
        }
        pool.count = 0;
        pool.closed = true;
    }
};

thread_local PoolDrain drain;

} // namespace

void *MessageData::operator new(size_t size)
{
    if (size == sizeof(MessageData) && pool.head) {
        FreeBlock *block = pool.head;
        pool.head = block->next;
        --pool.count;
        return block;
    }
    return ::operator new(size);
}

void MessageData::operator delete(void *pointer, size_t size)
{
    if (size == sizeof(MessageData) && !pool.closed && pool.count < MaxPooledBlocks) {
        drain.arm(); // first use registers the drain for this thread's exit
        auto *block = static_cast<FreeBlock *>(pointer);
        block->next = pool.head;
        pool.head = block;
        ++pool.count;
        return;
    }
    ::operator delete(pointer);
}

#else

void *MessageData::operator new(size_t size)
{
    return ::operator new(size);
}

void MessageData::operator delete(void *pointer, size_t)
{
    ::operator delete(pointer);
}

#endif

} // namespace coapscope

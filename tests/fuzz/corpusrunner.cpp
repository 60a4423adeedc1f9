// SPDX-License-Identifier: BSD-2-Clause
// Stands in for libFuzzer where it is not available (gcc builds, CI): runs a fuzz target on
// every file of its seed corpus, then on seeded random mutations of them, reproducibly.
// Usage: fuzz_target [--mutations N] [--seed S] FILE|DIRECTORY...

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRandomGenerator>
#include <QStringList>

#include <csignal>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

const QByteArray *currentInput = nullptr;

// On a crash, print the input that caused it as hex, so it can become a regression test.
// Only async-signal-safe calls here.
extern "C" void reportCrashingInput(int signal)
{
#ifdef Q_OS_UNIX
    static constexpr char digits[] = "0123456789abcdef";
    static constexpr char prefix[] = "\ncrashing input (hex): ";
    (void)!write(STDERR_FILENO, prefix, sizeof prefix - 1);
    if (currentInput) {
        for (char byte : *currentInput) {
            const char pair[2] = {digits[uchar(byte) >> 4], digits[uchar(byte) & 0xf]};
            (void)!write(STDERR_FILENO, pair, 2);
        }
    }
    (void)!write(STDERR_FILENO, "\n", 1);
#endif
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void runOne(const QByteArray &input)
{
    currentInput = &input;
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()),
                           size_t(input.size()));
    currentInput = nullptr;
}

QByteArray mutate(QByteArray input, QRandomGenerator &random)
{
    const int edits = 1 + int(random.bounded(4));
    for (int i = 0; i < edits; ++i) {
        const qsizetype size = input.size();
        switch (random.bounded(6)) {
        case 0: // flip a bit
            if (size > 0)
                input[random.bounded(size)] ^= char(1 << random.bounded(8));
            break;
        case 1: // set a byte to an interesting value
            if (size > 0) {
                static constexpr char interesting[] = {
                    0, 1, 0x0d, 0x0e, 0x0f, char(0xd0), char(0xe0), char(0xf0), char(0xff), 0x7f};
                input[random.bounded(size)] = interesting[random.bounded(int(sizeof interesting))];
            }
            break;
        case 2: // insert a random byte
            input.insert(size > 0 ? random.bounded(size + 1) : 0, char(random.bounded(256)));
            break;
        case 3: // delete a byte
            if (size > 0)
                input.remove(random.bounded(size), 1);
            break;
        case 4: // truncate
            if (size > 0)
                input.truncate(random.bounded(size));
            break;
        default: // duplicate a slice, to make repeated frames and options
            if (size > 1) {
                const qsizetype from = random.bounded(size);
                const qsizetype length = 1 + random.bounded(size - from);
                input.insert(random.bounded(size + 1), input.mid(from, length));
            }
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char *argv[])
{
    int mutations = 0;
    quint32 seed = 1;
    QList<QByteArray> corpus;
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1StringView("--mutations") && i + 1 < argc) {
            mutations = QString::fromLocal8Bit(argv[++i]).toInt();
        } else if (argument == QLatin1StringView("--seed") && i + 1 < argc) {
            seed = QString::fromLocal8Bit(argv[++i]).toUInt();
        } else if (QFileInfo(argument).isDir()) {
            QDirIterator files(argument, QDir::Files);
            QStringList paths;
            while (files.hasNext())
                paths << files.next();
            paths.sort(); // reproducible order
            for (const QString &path : paths) {
                QFile file(path);
                if (file.open(QIODevice::ReadOnly))
                    corpus.append(file.readAll());
            }
        } else {
            QFile file(argument);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", argv[i]);
                return 2;
            }
            corpus.append(file.readAll());
        }
    }
    if (corpus.isEmpty()) {
        std::fprintf(stderr, "no corpus given\n");
        return 2;
    }
    std::signal(SIGABRT, reportCrashingInput);
    std::signal(SIGSEGV, reportCrashingInput);
    QRandomGenerator random(seed);
    for (const QByteArray &input : corpus)
        runOne(input);
    for (int i = 0; i < mutations; ++i) {
        const QByteArray input = mutate(corpus[random.bounded(corpus.size())], random);
        runOne(input);
    }
    std::printf("%lld inputs ran without a crash\n",
                static_cast<long long>(corpus.size()) + mutations);
    return 0;
}

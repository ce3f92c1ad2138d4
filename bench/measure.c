/* measure.c: run one command and report its wall time and peak RSS (used by bench/run.py).
 *
 * Why this exists: on Linux a process's ru_maxrss includes the memory it had *before* execve,
 * i.e. the copy of whatever forked it. If bench/run.py (a Python process of 10-15 MiB) forked
 * the interpreters itself, every benchmark would report at least the runner's own size, which
 * hides exactly the small numbers (an empty script's footprint) we want to compare. This
 * launcher is tiny, so the figure it reports is the interpreter's own peak.
 *
 * usage: measure RESULT_FILE PROGRAM [ARGS...]
 * Writes "<wait status> <wall nanoseconds> <ru_maxrss KiB>\n" to RESULT_FILE. stdin, stdout
 * and stderr are passed through to PROGRAM unchanged. Exit status: 0 if the result was
 * written, 127 if PROGRAM could not be started, 1 on any other failure.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s RESULT_FILE PROGRAM [ARGS...]\n", argv[0]);
        return 1;
    }
    long long start = now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        perror("measure: fork");
        return 1;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror("measure: exec");
        _exit(127);
    }
    int status = 0;
    struct rusage usage;
    if (wait4(pid, &status, 0, &usage) < 0) {
        perror("measure: wait4");
        return 1;
    }
    long long wall = now_ns() - start;
    FILE *out = fopen(argv[1], "w");
    if (!out) {
        perror("measure: result file");
        return 1;
    }
    fprintf(out, "%d %lld %ld\n", status, wall, usage.ru_maxrss);
    return fclose(out) == 0 ? 0 : 1;
}

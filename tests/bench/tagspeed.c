/* tagspeed.c - tagging throughput alone: dl_tag over a text file, CPU time.
 * usage: tagspeed FILE [ROUNDS]   (prints MB/s and expressions found)
 * Each round tags the file PASSES times and is timed with the process's
 * CPU clock, so that one pass of a few milliseconds is not lost in the
 * clock's granularity; the best round counts. */
#define _POSIX_C_SOURCE 200809L
#include "timex.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(stderr, "usage: tagspeed FILE [ROUNDS]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) {
        perror(argv[1]);
        return 1;
    }
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *text = malloc((size_t)n + 1);
    if (!text || fread(text, 1, (size_t)n, f) != (size_t)n) {
        fprintf(stderr, "tagspeed: cannot read %s\n", argv[1]);
        return 1;
    }
    fclose(f);
    text[n] = '\0';
    int rounds = argc > 2 ? atoi(argv[2]) : 5;
    dl_date dct = { .year = 2000, .month = 1, .day = 1, .prec = DL_PREC_DAY };
    enum { PASSES = 10 };
    double best = 1e30;
    size_t found = 0;
    for (int r = 0; r < rounds; r++) {
        struct timespec t0, t1;
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t0);
        for (int p = 0; p < PASSES; p++) {
            dl_timexes t = { 0 };
            if (dl_tag(text, (size_t)n, &dct, &t) != 0) {
                fprintf(stderr, "tagspeed: out of memory\n");
                return 1;
            }
            found = t.n;
            dl_timexes_free(&t);
        }
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t1);
        double s = ((double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9) /
                   PASSES;
        if (s < best)
            best = s;
    }
    printf("%.1f MB/s (%ld bytes, %zu expressions, best of %d rounds of %d passes: %.4f s CPU "
           "a pass)\n",
           n / best / 1e6, n, found, rounds, PASSES, best);
    free(text);
    return 0;
}

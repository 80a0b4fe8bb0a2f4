#!/bin/sh
# gen-events.sh N - a benchmark event CSV of N events on stdout: clustered
# years, mixed precision, long and short labels, four groups.  The same
# seed every time, so every benchmark draws the same chart.
awk -v n="$1" 'BEGIN {
    srand(42); print "date,end,label,text,group,color,source";
    split("Summit opens|Ceasefire agreed|Talks collapse|Election called|Flood warning issued for the lower river valley|Minister resigns|Strike ends|Treaty signed after nine years of negotiation", L, "|");
    for (i = 0; i < n; i++) {
        y = 1990 + int(rand() * 35); m = 1 + int(rand() * 12); d = 1 + int(rand() * 28);
        p = rand();
        if (p < 0.2) date = sprintf("%d", y);
        else if (p < 0.4) date = sprintf("%d-%02d", y, m);
        else date = sprintf("%d-%02d-%02d", y, m, d);
        printf "%s,,%s %d,,Group %d,,bench\n", date, L[1 + i % 8], i, i % 4;
    }
}'

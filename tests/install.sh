#!/bin/sh
# install.sh - make install into a temporary DESTDIR, build the library
# example against the installed pkg-config file, run it, and check that
# make uninstall removes everything again.
set -u
# a plain build, whatever flags the calling make (e.g. check-asan) carries:
# the installed library is for other programs, not for the sanitizers
unset MAKEFLAGS MFLAGS MAKELEVEL
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
fails=0
fail() { fails=$((fails + 1)); echo "FAIL: $*"; }
P=$T/prefix

MAKEFLAGS= MFLAGS= make -s install PREFIX="$P" OPT="-O2 -g" LDFLAGS= >"$T/log" 2>&1 || { cat "$T/log"; echo "install.sh: make install failed"; exit 1; }
for f in bin/dateline lib/libdateline.a lib/libdateline.so lib/libdateline.so.0 include/dateline.h \
         lib/pkgconfig/dateline.pc share/dateline/fonts/NotoSans-Regular.ttf \
         share/dateline/fonts/OFL.txt share/man/man1/dateline.1 \
         lib/dateline/dateline-chart.so lib/dateline/dateline-raster.so; do
    [ -e "$P/$f" ] || fail "not installed: $f"
done

# the installed binary finds the installed fonts, wherever the checkout is
# and its chart modules: PNG (Cairo alone), SVG (neither), PDF and other
# scripts (Cairo + Pango)
for x in png svg pdf; do
    "$P/bin/dateline" examples/chip-plant-2024-10-08.txt -o "$T/chart.$x" || fail "installed binary: $x"
done
printf 'date,label\n2014-02-20,Київ\n' >"$T/cyr.csv"
"$P/bin/dateline" --events "$T/cyr.csv" -o "$T/cyr.png" || fail "installed binary: Cyrillic PNG"

# the example program, built only from what pkg-config says
export PKG_CONFIG_PATH="$P/lib/pkgconfig"
if cc -std=c11 -Wall -Wextra examples/report.c -o "$T/report" \
       $(pkg-config --cflags dateline cairo) -L"$P/lib" -Wl,-rpath,"$P/lib" \
       $(pkg-config --libs dateline cairo) 2>"$T/cc.log"; then
    if "$T/report" examples/river-floods-2025-02-14.txt "$T/report.pdf" >"$T/out"; then
        grep -q 'events' "$T/out" || fail "report printed nothing"
        if command -v pdftoppm >/dev/null; then
            pdftoppm -r 30 -png "$T/report.pdf" "$T/page" || fail "report PDF does not open"
        fi
    else
        fail "report example failed"
    fi
    ldd "$T/report" | grep -q "$P/lib/libdateline.so" || fail "report not linked to the shared library"
else
    cat "$T/cc.log"; fail "report example does not compile against the installed library"
fi

MAKEFLAGS= MFLAGS= make -s uninstall PREFIX="$P" >/dev/null 2>&1 || fail "make uninstall"
left=$(find "$P" -type f | wc -l)
[ "$left" -eq 0 ] || fail "uninstall left $left files: $(find "$P" -type f | head -5)"

echo "install.sh: $fails failed"
[ "$fails" -eq 0 ]

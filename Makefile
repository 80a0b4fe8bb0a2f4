# dateline - news text to timeline charts.
# make            build ./dateline (thin main.c over libdateline; charts drawn by
#                 the module build/dateline-chart.so, loaded when needed)
# make check      every test (unit tests tests/test_*.c, then tests/*.sh)
# make check-asan the tests under AddressSanitizer + UBSan
# make check-valgrind  the examples under valgrind, no errors or leaks
# make examples   render the bundled examples to PNG, SVG and PDF
# make eval       TempEval-3 scores on ../shared/eval, when present
# make bench      speed and memory at every size -> bench/results.md

CC      ?= cc
PKGS    := cairo pangocairo pangoft2 fontconfig libpng libdeflate
CSTD    := -std=c11 -D_POSIX_C_SOURCE=200809L
WARN    := -Wall -Wextra
OPT     ?= -O2 -g
CFLAGS  ?= $(OPT)
BUILD   ?= build
GEN     ?= $(BUILD)/gen
ALL_CFLAGS := $(CSTD) $(WARN) $(CFLAGS) -I$(GEN) $(shell pkg-config --cflags $(PKGS))
LIBS    := $(shell pkg-config --libs $(PKGS)) -lcsv -lm
BIN     ?= dateline
FONTDIR ?= $(CURDIR)/fonts

LIB_SRC := $(filter-out src/main.c src/cli_chart.c src/fontgen.c,$(wildcard src/*.c))
LIB_OBJ := $(LIB_SRC:src/%.c=$(BUILD)/%.o)
# The files that use Cairo, Pango or libpng.  The command line gets them
# from a module loaded only when it draws a chart (src/cli_chart.c), so
# runs that write CSV or JSON do not load those libraries at all.
CHART_SRC := src/fonts.c src/render.c src/backend.c
CORE_OBJ := $(filter-out $(CHART_SRC:src/%.c=$(BUILD)/%.o),$(LIB_OBJ))
CHART_MOD := $(BUILD)/dateline-chart.so
CHART_MODULE ?= $(abspath $(CHART_MOD))
# The raster module: render.c and backend.c without Pango (DL_NO_PANGO),
# for PNGs of charts set in the compiled-in fonts (glyphs.c); Cairo only.
RASTER_SRC := src/render.c src/backend.c
RASTER_MOD := $(BUILD)/dateline-raster.so
RASTER_MODULE ?= $(abspath $(RASTER_MOD))
CHART_LIBS := $(shell pkg-config --libs $(PKGS)) -lm
TEST_SRC := $(wildcard tests/test_*.c)
TEST_BIN := $(TEST_SRC:tests/%.c=$(BUILD)/%)
HDRS    := $(wildcard src/*.h)

PREFIX  ?= /usr/local
DESTDIR ?=
SOVER   := 0
INSTALL_FONTDIR := $(PREFIX)/share/dateline/fonts
INSTALL_MODDIR := $(PREFIX)/lib/dateline
IB      := build-install

.PHONY: all check check-unit check-sh check-asan check-valgrind examples eval bench clean \
	install uninstall install-build shared

all: $(BIN)

$(BUILD):
	mkdir -p $(BUILD)

$(BUILD)/%.o: src/%.c $(HDRS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -DDL_FONTDIR='"$(FONTDIR)"' -c $< -o $@

# The bundled fonts' metrics and outlines as C tables (src/fontgen.c, a
# build-time tool linked with FreeType and HarfBuzz), for glyphs.c.
FONTS   := fonts/NotoSans-Regular.ttf fonts/NotoSans-Bold.ttf
$(GEN)/fontgen: src/fontgen.c
	@mkdir -p $(GEN)
	$(CC) $(CSTD) $(WARN) -O2 $(shell pkg-config --cflags freetype2 harfbuzz) -o $@ $< \
	    $(shell pkg-config --libs freetype2 harfbuzz)

$(GEN)/fontdata.h: $(GEN)/fontgen $(FONTS)
	$(GEN)/fontgen $(FONTS) >$@.tmp
	mv $@.tmp $@

$(BUILD)/glyphs.o $(BUILD)/pic/glyphs.o: $(GEN)/fontdata.h

$(BUILD)/libdateline.a: $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(BUILD)/cli_chart.o: src/cli_chart.c $(HDRS) | $(BUILD)
	$(CC) $(ALL_CFLAGS) -DDL_CHART_MODULE='"$(CHART_MODULE)"' \
	    -DDL_RASTER_MODULE='"$(RASTER_MODULE)"' -c $< -o $@

# The library without the chart files: what the command line links.
$(BUILD)/libdateline-core.a: $(CORE_OBJ)
	rm -f $@
	ar rcs $@ $(CORE_OBJ)

# The chart module: the chart files and the libraries they need, built
# knowing that they own the process (DL_OWN_PROCESS, see fonts.c).
$(BUILD)/mod/%.o: src/%.c $(HDRS)
	@mkdir -p $(BUILD)/mod
	$(CC) $(ALL_CFLAGS) -fPIC -DDL_OWN_PROCESS -DDL_FONTDIR='"$(FONTDIR)"' -c $< -o $@

$(CHART_MOD): $(CHART_SRC:src/%.c=$(BUILD)/mod/%.o)
	$(CC) -shared $(LDFLAGS) -o $@ $^ $(CHART_LIBS)

$(BUILD)/rmod/%.o: src/%.c $(HDRS)
	@mkdir -p $(BUILD)/rmod
	$(CC) $(ALL_CFLAGS) -fPIC -DDL_NO_PANGO -c $< -o $@

$(RASTER_MOD): $(RASTER_SRC:src/%.c=$(BUILD)/rmod/%.o)
	$(CC) -shared $(LDFLAGS) -o $@ $^ $(shell pkg-config --libs cairo libdeflate) -lm

# The symbols the modules take from the binary: those of their undefined
# symbols that the core library defines.  The binary exports just these.
$(BUILD)/chart-imports: $(CHART_MOD) $(RASTER_MOD) $(BUILD)/libdateline-core.a
	nm -D --undefined-only $(CHART_MOD) $(RASTER_MOD) | awk 'NF == 2 {print $$2}' | sort -u >$@.u
	nm -g --defined-only $(BUILD)/libdateline-core.a | awk 'NF == 3 {print $$3}' | sort -u >$@.d
	comm -12 $@.u $@.d | sed 's/.*/-Wl,-u,& -Wl,--export-dynamic-symbol=&/' >$@
	rm -f $@.u $@.d

$(BIN): $(BUILD)/main.o $(BUILD)/cli_chart.o $(BUILD)/libdateline-core.a $(BUILD)/chart-imports
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) $$(cat $(BUILD)/chart-imports) -o $@ $(BUILD)/main.o \
	    $(BUILD)/cli_chart.o $(BUILD)/libdateline-core.a -lcsv -lm

# Position-independent objects for the shared library.
$(BUILD)/pic/%.o: src/%.c $(HDRS)
	@mkdir -p $(BUILD)/pic
	$(CC) $(ALL_CFLAGS) -fPIC -DDL_FONTDIR='"$(FONTDIR)"' -c $< -o $@

$(BUILD)/libdateline.so.$(SOVER): $(LIB_SRC:src/%.c=$(BUILD)/pic/%.o)
	$(CC) -shared -Wl,-soname,libdateline.so.$(SOVER) $(LDFLAGS) -o $@ $^ $(LIBS)

shared: $(BUILD)/libdateline.so.$(SOVER)

$(BUILD)/test_%: tests/test_%.c tests/testlib.h $(BUILD)/libdateline.a $(HDRS)
	$(CC) $(ALL_CFLAGS) -Isrc $(LDFLAGS) -o $@ $< $(BUILD)/libdateline.a $(LIBS)

check: check-unit check-sh

check-unit: $(TEST_BIN)
	@set -e; for t in $(TEST_BIN); do echo "== $$t"; $$t; done

SH_TESTS := $(filter-out tests/eval.sh,$(wildcard tests/*.sh))

check-sh: $(BIN)
	@set -e; for t in $(SH_TESTS); do echo "== $$t"; DATELINE=$(abspath $(BIN)) sh $$t; done

# fontconfig keeps process-wide state that LeakSanitizer reports: one
# documented suppression (tests/fuzz/lsan.supp), as for valgrind.
ASAN_BUILD ?= build-asan
check-asan:
	LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp $(MAKE) BUILD=$(ASAN_BUILD) BIN=$(ASAN_BUILD)/dateline OPT='-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined' \
	    LDFLAGS='-fsanitize=address,undefined' check

# The examples under valgrind: no errors, nothing definitely or indirectly lost.
VALGRIND := valgrind -q --error-exitcode=99 --leak-check=full \
	--errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect \
	--suppressions=tests/valgrind.supp
check-valgrind: $(BIN)
	@mkdir -p out
	@set -e; for f in examples/*.txt; do echo "== valgrind $$f"; \
	  for x in png svg pdf csv; do $(VALGRIND) $(abspath $(BIN)) -q $$f --events examples/events.csv -o out/vg.$$x; done; done
	@echo "check-valgrind: no errors, no leaks"

examples: dateline
	@mkdir -p out
	@set -e; for f in examples/*.txt; do b=out/$$(basename $$f .txt); \
	  for x in png svg pdf; do ./dateline $$f -o $$b.$$x; done; \
	  echo "rendered $$b.png $$b.svg $$b.pdf"; done
	@set -e; for x in png svg pdf; do \
	  ./dateline examples/river-floods-2025-02-14.txt --events examples/events.csv \
	    --title "Floods on the Tana River" --credit "Source: dateline example" -o out/tana-history.$$x; done
	@echo "rendered out/tana-history.png out/tana-history.svg out/tana-history.pdf"

eval: dateline
	@sh tests/eval.sh

# Whole-process timings at every size; writes bench/results.md.
bench:
	$(MAKE) OPT='-O2' $(BIN) $(BUILD)/libdateline.a
	DATELINE=$(abspath $(BIN)) DATELINE_LIB=$(BUILD)/libdateline.a sh tests/bench/bench.sh

# Install: binary, static and shared library, header, pkg-config file,
# fonts and man page.  The installed build looks for fonts in
# $(INSTALL_FONTDIR), so it is compiled apart in $(IB).
install-build:
	rm -rf $(IB)
	$(MAKE) BUILD=$(IB) BIN=$(IB)/dateline FONTDIR=$(INSTALL_FONTDIR) \
	    CHART_MODULE=$(INSTALL_MODDIR)/dateline-chart.so \
	    RASTER_MODULE=$(INSTALL_MODDIR)/dateline-raster.so \
	    $(IB)/dateline $(IB)/libdateline.a $(IB)/libdateline.so.$(SOVER)

install: install-build
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/lib $(DESTDIR)$(PREFIX)/include \
	    $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(INSTALL_FONTDIR) \
	    $(DESTDIR)$(PREFIX)/share/man/man1 $(DESTDIR)$(INSTALL_MODDIR)
	install -m 755 $(IB)/dateline $(DESTDIR)$(PREFIX)/bin/dateline
	install -m 755 $(IB)/dateline-chart.so $(DESTDIR)$(INSTALL_MODDIR)/dateline-chart.so
	install -m 755 $(IB)/dateline-raster.so $(DESTDIR)$(INSTALL_MODDIR)/dateline-raster.so
	install -m 644 $(IB)/libdateline.a $(DESTDIR)$(PREFIX)/lib/libdateline.a
	install -m 755 $(IB)/libdateline.so.$(SOVER) $(DESTDIR)$(PREFIX)/lib/libdateline.so.$(SOVER)
	ln -sf libdateline.so.$(SOVER) $(DESTDIR)$(PREFIX)/lib/libdateline.so
	install -m 644 src/dateline.h $(DESTDIR)$(PREFIX)/include/dateline.h
	install -m 644 fonts/*.ttf fonts/OFL.txt $(DESTDIR)$(INSTALL_FONTDIR)/
	install -m 644 src/dateline.1 $(DESTDIR)$(PREFIX)/share/man/man1/dateline.1
	sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|'"$$(sed -n 's/^#define DL_VERSION "\(.*\)"/\1/p' src/dateline.h)"'|g' \
	    src/dateline.pc.in >$(DESTDIR)$(PREFIX)/lib/pkgconfig/dateline.pc

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/dateline $(DESTDIR)$(PREFIX)/lib/libdateline.a \
	    $(DESTDIR)$(PREFIX)/lib/libdateline.so $(DESTDIR)$(PREFIX)/lib/libdateline.so.$(SOVER) \
	    $(DESTDIR)$(PREFIX)/include/dateline.h $(DESTDIR)$(PREFIX)/lib/pkgconfig/dateline.pc \
	    $(DESTDIR)$(PREFIX)/share/man/man1/dateline.1
	rm -f $(DESTDIR)$(INSTALL_MODDIR)/dateline-chart.so $(DESTDIR)$(INSTALL_MODDIR)/dateline-raster.so
	-rmdir $(DESTDIR)$(INSTALL_MODDIR) 2>/dev/null
	rm -rf $(DESTDIR)$(INSTALL_FONTDIR)
	-rmdir $(DESTDIR)$(PREFIX)/share/dateline 2>/dev/null

# Fuzzing (make fuzz) and the hostile-input suite live in their own file.
-include tests/fuzz/fuzz.mk
# make gallery: every example in every theme and layout, for a person to look at.
-include tests/gallery.mk

clean:
	rm -rf build build-asan $(IB) dateline out

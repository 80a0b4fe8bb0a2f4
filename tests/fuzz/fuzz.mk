# fuzz.mk - libFuzzer targets, the hostile-input extras and the flags of
# the fault-injection tests.  Included by the top Makefile.
#
# make fuzz              build every target in build-fuzz/ with clang
#                        (-fsanitize=fuzzer,address,undefined) and run each
#                        for FUZZ_SECONDS (default 60) on a seed corpus made
#                        from examples/ and tests/ at run time
# make fuzz-build        only build them
# make check-slow        the hostile cases at full size (100 MB article)
#
# A crash leaves build-fuzz/crash-TARGET-* and fails the run; copy the input
# to tests/fuzz/regress/TARGET/ so tests/test_fuzz_regress.c (make check)
# replays it through the same entry point.

FUZZ_CC      ?= clang
FUZZ_DIR     ?= build-fuzz
FUZZ_SECONDS ?= 60
FUZZ_TARGETS := article csv timeml date pipeline
FUZZ_SAN     := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS  := $(CSTD) $(WARN) -g -O1 $(FUZZ_SAN) -I$(GEN) $(shell pkg-config --cflags $(PKGS))
FUZZ_LIB_OBJ := $(LIB_SRC:src/%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_BINS    := $(FUZZ_TARGETS:%=$(FUZZ_DIR)/fuzz_%)

.PHONY: fuzz fuzz-build fuzz-corpus check-slow

$(FUZZ_DIR)/obj/%.o: src/%.c $(HDRS)
	@mkdir -p $(FUZZ_DIR)/obj
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -DDL_FONTDIR='"$(FONTDIR)"' -c $< -o $@

$(FUZZ_DIR)/libdateline-fuzz.a: $(FUZZ_LIB_OBJ)
	rm -f $@
	ar rcs $@ $(FUZZ_LIB_OBJ)

$(FUZZ_DIR)/fuzz_%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz_common.h $(FUZZ_DIR)/libdateline-fuzz.a
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer -Isrc -o $@ $< $(FUZZ_DIR)/libdateline-fuzz.a $(LIBS)

fuzz-build: $(FUZZ_BINS)

# Seed corpora, made afresh from the project's own examples and tests.
fuzz-corpus:
	@sh tests/fuzz/seeds.sh $(FUZZ_DIR)/corpus

fuzz: fuzz-build fuzz-corpus
	@set -e; for t in $(FUZZ_TARGETS); do \
	  echo "== fuzz_$$t for $(FUZZ_SECONDS) s"; \
	  mkdir -p $(FUZZ_DIR)/corpus/$$t $(FUZZ_DIR)/log; \
	  LSAN_OPTIONS=suppressions=$(CURDIR)/tests/fuzz/lsan.supp $(FUZZ_DIR)/fuzz_$$t -max_total_time=$(FUZZ_SECONDS) -timeout=30 -rss_limit_mb=4096 \
	    -print_final_stats=1 -artifact_prefix=$(FUZZ_DIR)/crash-$$t- \
	    -dict=tests/fuzz/$$t.dict $(FUZZ_DIR)/corpus/$$t tests/fuzz/regress/$$t \
	    >$(FUZZ_DIR)/log/$$t.log 2>&1 || { tail -n 60 $(FUZZ_DIR)/log/$$t.log; \
	    echo "fuzz_$$t: crash, see $(FUZZ_DIR)/crash-$$t-*"; exit 1; }; \
	  grep -E '^(#[0-9]+.*(DONE|pulse)|stat::number_of_executed_units|stat::peak_rss)' \
	    $(FUZZ_DIR)/log/$$t.log | tail -n 3; \
	done

# The fault-injection tests wrap the library's calls at link time; override
# so check-asan's command-line LDFLAGS keeps them.
$(BUILD)/test_writefail: override LDFLAGS += -Wl,--wrap=write,--wrap=fsync,--wrap=rename,--wrap=mkstemp
$(BUILD)/test_oom: override LDFLAGS += -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=strdup
$(BUILD)/test_fuzz_regress: $(wildcard tests/fuzz/*.c tests/fuzz/*.h)

check-slow: $(BIN)
	DATELINE=$(abspath $(BIN)) HOSTILE_SLOW=1 sh tests/hostile.sh

$(FUZZ_DIR)/obj/glyphs.o: $(GEN)/fontdata.h

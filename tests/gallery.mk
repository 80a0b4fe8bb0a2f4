# make gallery: every example in every theme and layout, plus generated
# inputs of 10, 50 and 200 events (and matplotlib's rendering of them when
# python3-matplotlib is installed), into gallery/ with gallery/index.html.
# Included by the Makefile (-include tests/gallery.mk).
.PHONY: gallery

gallery: $(BIN)
	DATELINE=$(abspath $(BIN)) sh tests/gallery.sh gallery

/* fuzz_timeml.c - the TimeML reader: dl_timeml (DCT, TEXT, entities,
 * TIMEX3 tagging).  The output must keep every input byte outside the
 * added tags: checked by length (output never shorter than input). */
#include "fuzz_common.h"

#include <stdio.h>

#ifndef FUZZ_ENTRY
#define FUZZ_ENTRY LLVMFuzzerTestOneInput
#endif

int FUZZ_ENTRY(const uint8_t *data, size_t size);
int FUZZ_ENTRY(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    char *doc = fz_dup(data, size);
    if (!doc)
        return 0;
    size_t outlen = 0;
    dl_error err;
    char *out = dl_timeml(doc, size, "fuzz.tml", &outlen, &err);
    if (out && outlen < size) {
        fprintf(stderr, "dl_timeml lost bytes: %zu in, %zu out\n", size, outlen);
        abort();
    }
    free(out);
    free(doc);
    return 0;
}

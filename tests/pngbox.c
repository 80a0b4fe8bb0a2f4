/* pngbox.c - the white boxes of a screenshot, for tests/browser.sh.
 *
 *   pngbox FILE.png
 *
 * Prints one line "x y width height ink" (pixels) for each run of rows
 * that hold pure white (#ffffff, opaque) pixels: the box from the leftmost
 * to the rightmost white pixel of those rows, and how many dark pixels
 * (drawing: lines, text) those rows hold.  A page tinted off-white shows
 * each chart's white canvas as one box.  Rows with fewer than 8 white
 * pixels are ignored (stray pixels of antialiased text). */
#include <png.h>
#include <stdio.h>
#include <stdlib.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: pngbox FILE.png\n");
        return 2;
    }
    png_image img = {0};
    img.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(&img, argv[1])) {
        fprintf(stderr, "pngbox: %s: %s\n", argv[1], img.message);
        return 1;
    }
    img.format = PNG_FORMAT_RGBA;
    size_t stride = (size_t)img.width * 4;
    unsigned char *px = malloc(stride * img.height);
    if (!px || !png_image_finish_read(&img, NULL, px, (png_int_32)stride, NULL)) {
        fprintf(stderr, "pngbox: %s: cannot read\n", argv[1]);
        free(px);
        return 1;
    }
    long top = -1, x0 = 0, x1 = 0, ink = 0;
    for (unsigned y = 0; y <= img.height; y++) {
        long lo = -1, hi = -1, n = 0, dark = 0;
        for (unsigned x = 0; y < img.height && x < img.width; x++) {
            const unsigned char *p = px + y * stride + (size_t)x * 4;
            if (p[0] == 255 && p[1] == 255 && p[2] == 255 && p[3] == 255) {
                if (lo < 0)
                    lo = x;
                hi = x;
                n++;
            } else if (p[0] + p[1] + p[2] < 3 * 160) {
                dark++;
            }
        }
        if (n >= 8) {
            if (top < 0) {
                top = y;
                x0 = lo;
                x1 = hi;
                ink = 0;
            }
            ink += dark;
            if (lo < x0)
                x0 = lo;
            if (hi > x1)
                x1 = hi;
        } else if (top >= 0) {
            printf("%ld %ld %ld %ld %ld\n", x0, top, x1 - x0 + 1, (long)y - top, ink);
            top = -1;
        }
    }
    free(px);
    return 0;
}

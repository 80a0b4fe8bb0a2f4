/* pngdiff.c - how far apart two pictures of the same size are, for
 * tests/svg.sh.
 *
 *   pngdiff A.png B.png
 *
 * Prints "MEAN SHARE": the mean absolute difference of the colour channels
 * (0-255, alpha composed over white), and the per cent of pixels where a
 * channel differs by more than 160: two antialiasing methods stay below
 * that, a glyph or line missing or moved does not.  Exit status 2 when the
 * files cannot be read or differ in size. */
#include <png.h>
#include <stdio.h>
#include <stdlib.h>

static unsigned char *load(const char *path, png_image *img)
{
    img->version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_file(img, path)) {
        fprintf(stderr, "pngdiff: %s: %s\n", path, img->message);
        return NULL;
    }
    img->format = PNG_FORMAT_RGB;        /* libpng composes alpha over the background */
    unsigned char *px = malloc((size_t)img->width * img->height * 3);
    png_color white = {255, 255, 255};
    if (!px || !png_image_finish_read(img, &white, px, 0, NULL)) {
        fprintf(stderr, "pngdiff: %s: cannot read the pixels\n", path);
        free(px);
        return NULL;
    }
    return px;
}

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: pngdiff A.png B.png\n");
        return 2;
    }
    png_image a = {0}, b = {0};
    unsigned char *pa = load(argv[1], &a), *pb = pa ? load(argv[2], &b) : NULL;
    if (!pa || !pb || a.width != b.width || a.height != b.height) {
        if (pa && pb)
            fprintf(stderr, "pngdiff: sizes differ: %ux%u and %ux%u\n", a.width, a.height,
                    b.width, b.height);
        free(pa);
        free(pb);
        return 2;
    }
    size_t n = (size_t)a.width * a.height, far = 0;
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        int worst = 0;
        for (int c = 0; c < 3; c++) {
            int d = abs((int)pa[3 * i + c] - (int)pb[3 * i + c]);
            sum += d;
            if (d > worst)
                worst = d;
        }
        far += worst > 160;
    }
    printf("%.4f %.4f\n", sum / (3.0 * (double)n), 100.0 * (double)far / (double)n);
    free(pa);
    free(pb);
    return 0;
}

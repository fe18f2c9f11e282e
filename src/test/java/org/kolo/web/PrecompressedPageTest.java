package org.kolo.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class PrecompressedPageTest {

    private static final String HOLE = "kolo-form-token-hole";
    private static final String PAGE = "<p>Құқықтарыңызды біліңіз. Знайте свої права: ґ є ї.</p>".repeat(300)
            + "<input value=\"" + HOLE + "\">" + "<p>Әділет, Өтініш, Ұстау, Үкім, Һ, І.</p>".repeat(200);

    @Test
    void the_gzip_body_is_one_valid_member_holding_the_page_with_the_value_in_the_hole() throws IOException {
        PrecompressedPage page = PrecompressedPage.withHole(PAGE, HOLE);

        String expected = PAGE.replace(HOLE, "tok_EN-123");
        assertEquals(expected, gunzip(page.gzip("tok_EN-123")));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), page.plain("tok_EN-123"));
    }

    @Test
    void every_occurrence_of_the_hole_gets_the_value_even_next_to_each_other_and_at_both_ends() throws IOException {
        String page = HOLE + PAGE + "<form><input value=\"" + HOLE + "\"></form>" + HOLE + HOLE;
        PrecompressedPage precompressed = PrecompressedPage.withHole(page, HOLE);

        String expected = page.replace(HOLE, "tok_2");
        assertEquals(expected, gunzip(precompressed.gzip("tok_2")));
        assertArrayEquals(expected.getBytes(StandardCharsets.UTF_8), precompressed.plain("tok_2"));
    }

    @Test
    void an_empty_value_a_page_without_hole_and_an_empty_page_stay_valid() throws IOException {
        assertEquals(
                PAGE.replace(HOLE, ""),
                gunzip(PrecompressedPage.withHole(PAGE, HOLE).gzip("")));
        assertEquals(PAGE, gunzip(PrecompressedPage.of(PAGE).gzip("ignored")));
        assertEquals("", gunzip(PrecompressedPage.of("").gzip(null)));
        assertEquals("x", gunzip(PrecompressedPage.withHole(HOLE + "x", HOLE).gzip(null)));
    }

    @Test
    void the_page_is_compressed_once_at_the_best_level() {
        byte[] gzip = PrecompressedPage.withHole(PAGE, HOLE).gzip("tok");
        assertTrue(gzip.length * 20 < PAGE.getBytes(StandardCharsets.UTF_8).length, "compressed: " + gzip.length);
    }

    @Test
    void the_response_is_gzip_only_for_clients_that_take_it() {
        PrecompressedPage page = PrecompressedPage.of(PAGE);
        assertEquals("gzip", page.response(null, "gzip, deflate, br").build().getHeaderString("Content-Encoding"));
        assertEquals(null, page.response(null, "gzip;q=0, deflate").build().getHeaderString("Content-Encoding"));
        assertEquals(null, page.response(null, null).build().getHeaderString("Content-Encoding"));
    }

    private static String gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

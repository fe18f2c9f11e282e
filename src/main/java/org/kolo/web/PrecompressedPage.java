package org.kolo.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.regex.Pattern;
import java.util.zip.Deflater;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A rendered page compressed once, at the best level, with at most one hole for a short per-request value (a form
 * token). Serving it costs a copy instead of a template run and a gzip pass.
 *
 * <p>The gzip body is one valid gzip member whose deflate stream is three runs of blocks: the part before the hole
 * (compressed once, ended with a sync flush so the next block starts on a byte), the hole's value as a stored block,
 * and the part after it (compressed once, final block). Each run refers to nothing before it, which deflate allows;
 * parallel gzip tools join streams the same way. The checksum and length in the trailer cover the whole text.
 */
public final class PrecompressedPage {

    private static final Pattern REFUSES_GZIP = Pattern.compile("gzip\\s*;\\s*q\\s*=\\s*0(\\.0*)?\\s*(,|$)");
    private static final byte[] GZIP_HEADER = { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff };

    private final byte[] before;
    private final byte[] after;
    private final byte[] beforeDeflated;
    private final byte[] afterDeflated;
    private final boolean hasHole;

    private PrecompressedPage(String page, String hole) {
        int at = hole == null ? -1 : page.indexOf(hole);
        hasHole = at >= 0;
        before = (hasHole ? page.substring(0, at) : page).getBytes(StandardCharsets.UTF_8);
        after = (hasHole ? page.substring(at + hole.length()) : "").getBytes(StandardCharsets.UTF_8);
        beforeDeflated = deflate(before, false);
        afterDeflated = deflate(after, true);
    }

    /** A page without a hole. */
    public static PrecompressedPage of(String page) {
        return new PrecompressedPage(page, null);
    }

    /** A page whose first occurrence of {@code hole} is filled per request by {@link #gzip(String)}. */
    public static PrecompressedPage withHole(String page, String hole) {
        return new PrecompressedPage(page, hole);
    }

    /** An HTML response with {@code fill} in the hole, gzip when the client's {@code Accept-Encoding} takes it. */
    public Response.ResponseBuilder response(String fill, String acceptEncoding) {
        boolean gzip = acceptEncoding != null && acceptEncoding.contains("gzip")
                && !REFUSES_GZIP.matcher(acceptEncoding).find();
        Response.ResponseBuilder response = Response.ok(gzip ? gzip(fill) : plain(fill))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzip ? response.header("Content-Encoding", "gzip") : response;
    }

    /** The page as UTF-8, with {@code fill} in the hole. */
    public byte[] plain(String fill) {
        byte[] value = fillBytes(fill);
        byte[] out = new byte[before.length + value.length + after.length];
        System.arraycopy(before, 0, out, 0, before.length);
        System.arraycopy(value, 0, out, before.length, value.length);
        System.arraycopy(after, 0, out, before.length + value.length, after.length);
        return out;
    }

    /** The page as gzip, with {@code fill} (short: under 64 KB) in the hole. */
    public byte[] gzip(String fill) {
        byte[] value = fillBytes(fill);
        int stored = value.length == 0 ? 0 : 5 + value.length;
        byte[] out = new byte[GZIP_HEADER.length + beforeDeflated.length + stored + afterDeflated.length + 8];
        int at = put(out, 0, GZIP_HEADER);
        at = put(out, at, beforeDeflated);
        if (stored > 0) {
            out[at++] = 0; // not final, stored
            out[at++] = (byte) value.length;
            out[at++] = (byte) (value.length >>> 8);
            out[at++] = (byte) ~value.length;
            out[at++] = (byte) (~value.length >>> 8);
            at = put(out, at, value);
        }
        at = put(out, at, afterDeflated);
        CRC32 crc = new CRC32();
        crc.update(before);
        crc.update(value);
        crc.update(after);
        at = putInt(out, at, (int) crc.getValue());
        putInt(out, at, before.length + value.length + after.length);
        return out;
    }

    private byte[] fillBytes(String fill) {
        if (!hasHole || fill == null) {
            return new byte[0];
        }
        byte[] value = fill.getBytes(StandardCharsets.UTF_8);
        if (value.length > 0xffff) {
            throw new IllegalArgumentException("a hole holds less than 64 KB");
        }
        return value;
    }

    private static byte[] deflate(byte[] input, boolean last) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        try {
            deflater.setInput(input);
            if (last) {
                deflater.finish();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(input.length / 3 + 64);
            byte[] buffer = new byte[8192];
            while (true) {
                int n = last ? deflater.deflate(buffer) : deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static int put(byte[] out, int at, byte[] bytes) {
        System.arraycopy(bytes, 0, out, at, bytes.length);
        return at + bytes.length;
    }

    private static int putInt(byte[] out, int at, int value) {
        out[at] = (byte) value;
        out[at + 1] = (byte) (value >>> 8);
        out[at + 2] = (byte) (value >>> 16);
        out[at + 3] = (byte) (value >>> 24);
        return at + 4;
    }
}

package org.kolo.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A rendered page compressed once, at the best level, with holes for a short per-request value (a form token,
 * which the lesson's form and the layout's sign-out button both carry). Serving it costs a copy instead of a
 * template run and a gzip pass.
 *
 * <p>The gzip body is one valid gzip member whose deflate stream alternates runs of blocks: each part of the page
 * between holes (compressed once, ended with a sync flush so the next block starts on a byte, the last one with the
 * final block) and the value as a stored block in each hole. Each run refers to nothing before it, which deflate
 * allows; parallel gzip tools join streams the same way. The checksum and length in the trailer cover the whole text.
 */
public final class PrecompressedPage {

    private static final Pattern REFUSES_GZIP = Pattern.compile("gzip\\s*;\\s*q\\s*=\\s*0(\\.0*)?\\s*(,|$)");
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 2, (byte) 0xff};

    /** The page's text between holes: one part when it has none. */
    private final List<byte[]> parts = new ArrayList<>();

    private final List<byte[]> deflatedParts = new ArrayList<>();

    private PrecompressedPage(String page, String hole) {
        int from = 0;
        for (int at = hole == null ? -1 : page.indexOf(hole); at >= 0; at = page.indexOf(hole, from)) {
            parts.add(page.substring(from, at).getBytes(StandardCharsets.UTF_8));
            from = at + hole.length();
        }
        parts.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
        for (int i = 0; i < parts.size(); i++) {
            deflatedParts.add(deflate(parts.get(i), i == parts.size() - 1));
        }
    }

    /** A page without a hole. */
    public static PrecompressedPage of(String page) {
        return new PrecompressedPage(page, null);
    }

    /** A page whose every occurrence of {@code hole} is filled per request by {@link #gzip(String)}. */
    public static PrecompressedPage withHole(String page, String hole) {
        return new PrecompressedPage(page, hole);
    }

    /** An HTML response with {@code fill} in the holes, gzip when the client's {@code Accept-Encoding} takes it. */
    public Response.ResponseBuilder response(String fill, String acceptEncoding) {
        boolean gzip = acceptEncoding != null
                && acceptEncoding.contains("gzip")
                && !REFUSES_GZIP.matcher(acceptEncoding).find();
        Response.ResponseBuilder response = Response.ok(gzip ? gzip(fill) : plain(fill))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzip ? response.header("Content-Encoding", "gzip") : response;
    }

    /** The page as UTF-8, with {@code fill} in the holes. */
    public byte[] plain(String fill) {
        byte[] value = fillBytes(fill);
        ByteArrayOutputStream out = new ByteArrayOutputStream(length(value));
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.writeBytes(value);
            }
            out.writeBytes(parts.get(i));
        }
        return out.toByteArray();
    }

    /** The page as gzip, with {@code fill} (short: under 64 KB) in the holes. */
    public byte[] gzip(String fill) {
        byte[] value = fillBytes(fill);
        ByteArrayOutputStream out = new ByteArrayOutputStream(GZIP_HEADER.length
                + 8
                + deflatedParts.stream().mapToInt(part -> part.length).sum()
                + (parts.size() - 1) * (5 + value.length));
        out.writeBytes(GZIP_HEADER);
        CRC32 crc = new CRC32();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0 && value.length > 0) {
                out.write(0); // not final, stored
                out.write(value.length);
                out.write(value.length >>> 8);
                out.write(~value.length);
                out.write(~value.length >>> 8);
                out.writeBytes(value);
                crc.update(value);
            }
            out.writeBytes(deflatedParts.get(i));
            crc.update(parts.get(i));
        }
        writeInt(out, (int) crc.getValue());
        writeInt(out, length(value));
        return out.toByteArray();
    }

    private int length(byte[] value) {
        return parts.stream().mapToInt(part -> part.length).sum() + (parts.size() - 1) * value.length;
    }

    private byte[] fillBytes(String fill) {
        if (parts.size() == 1 || fill == null) {
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
                int n = last
                        ? deflater.deflate(buffer)
                        : deflater.deflate(buffer, 0, buffer.length, Deflater.SYNC_FLUSH);
                out.write(buffer, 0, n);
                if (last ? deflater.finished() : n < buffer.length) {
                    return out.toByteArray();
                }
            }
        } finally {
            deflater.end();
        }
    }

    private static void writeInt(ByteArrayOutputStream out, int value) {
        out.write(value);
        out.write(value >>> 8);
        out.write(value >>> 16);
        out.write(value >>> 24);
    }
}

package org.kolo.testing;

import static io.restassured.RestAssured.given;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * What a page weighs on a phone: its HTML and every script, style sheet and picture it loads, each compressed as
 * Kolo sends it. Budget tests count all of them, so a new asset cannot slip past the budget.
 */
public record PageWeight(int compressedBytes, List<String> assets) {

    private static final Pattern ASSET = Pattern.compile(
            "<(?:script[^>]*\\ssrc|link[^>]*\\shref|img[^>]*\\ssrc|video[^>]*\\sposter)=\"(/[^\"/][^\"]*)\"");

    /** The page at {@code path} (in the given language) with all it loads. */
    public static PageWeight of(String path, String language) {
        byte[] html = given().cookie("kolo-lang", language).get(path).asByteArray();
        Set<String> assets = new LinkedHashSet<>();
        Matcher asset = ASSET.matcher(new String(html, StandardCharsets.UTF_8));
        while (asset.find()) {
            String address = asset.group(1).replace("&amp;", "&");
            if (!address.startsWith("/media/")) { // media is what she chose to play, not what the page loads
                assets.add(address);
            }
        }
        int total = gzipSize(html);
        for (String address : assets) {
            total += gzipSize(given().get(address).asByteArray());
        }
        return new PageWeight(total, new ArrayList<>(assets));
    }

    private static int gzipSize(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}

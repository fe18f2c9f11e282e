package org.kolo.media;

import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one contract between a rendered lesson and its players: lesson rendering writes a placeholder for each
 * {@code ![title](media:id)}, and {@link MediaEmbeds} replaces each placeholder with the player when the page is
 * served (media changes without the lesson being rendered again).
 */
public final class MediaPlaceholder {

    private static final Pattern ID = Pattern.compile("[a-z0-9-]+");
    private static final Pattern PLACEHOLDER =
            Pattern.compile("<div class=\"media-ref\" data-media=\"([a-z0-9-]+)\" data-title=\"([^\"]*)\"></div>");

    private MediaPlaceholder() {}

    /** Whether {@code id} can name a media item; anything else gets no placeholder. */
    public static boolean isId(String id) {
        return ID.matcher(id).matches();
    }

    /** The placeholder for a media item, with the lesson's title for it. */
    public static String html(String id, String title) {
        if (!isId(id)) {
            throw new IllegalArgumentException("not a media id: " + id);
        }
        return "<div class=\"media-ref\" data-media=\"" + id + "\" data-title=\"" + escape(title) + "\"></div>";
    }

    /** The HTML with each placeholder replaced by what {@code player} makes of its id and (plain text) title. */
    public static String expand(String html, BiFunction<String, String, String> player) {
        if (!html.contains("media-ref")) {
            return html;
        }
        Matcher matcher = PLACEHOLDER.matcher(html);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String replacement = player.apply(matcher.group(1), unescape(matcher.group(2)));
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(expanded);
        return expanded.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}

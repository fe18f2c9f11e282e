package org.kolo.media;

import java.util.List;
import java.util.Map;
import org.kolo.web.Language;
import org.kolo.web.Messages;

/** A media item as its uploader sees it: each file's state (with the reason of a failure), subtitles, lessons. */
public record MediaView(
        String id,
        MediaKind kind,
        String language,
        Map<String, String> titles,
        String originalName,
        MediaState state,
        Integer durationSeconds,
        List<FileView> files,
        List<String> subtitles,
        List<String> usedIn) {

    /** One file: original or rendition. */
    public record FileView(
            String variant, MediaState state, Long sizeBytes, Double megabytes, String reason, int attempts) {}

    /** The view with any failure's reason in the reader's words: always the generic one, never a program's output. */
    public static MediaView of(MediaItem item, Messages messages, Language language) {
        String reason = messages.format(language, "media.reason." + MediaStore.UNPROCESSABLE);
        List<FileView> files = MediaFile.of(item.id).stream()
                .map(f -> new FileView(
                        f.variant, f.state, f.sizeBytes, f.megabytes(), f.reason == null ? null : reason, f.attempts))
                .toList();
        List<String> subtitles =
                MediaSubtitle.of(item.id).stream().map(s -> s.language).toList();
        return new MediaView(
                item.id,
                item.kind,
                item.language,
                item.titles,
                item.originalName,
                item.state,
                item.durationSeconds,
                files,
                subtitles,
                MediaUsage.lessonsUsing(item.id));
    }
}

package org.kolo.media;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.kolo.web.Language;
import org.kolo.web.Texts;

/**
 * Fills a lesson's media placeholders with players: every version with its size in MB (a download link each),
 * subtitles, the transcript as text, and a note when no lighter version exists or one is being made.
 */
@ApplicationScoped
public class MediaEmbeds {

    /** What the player shows of one item. */
    public record Embed(
            MediaItem item,
            String title,
            List<MediaFile> versions,
            MediaFile poster,
            boolean preparing,
            boolean noLighter,
            List<MediaSubtitle> subtitles,
            List<String> transcript,
            String transcriptLanguage) {

        public MediaFile original() {
            return versions.stream()
                    .filter(f -> MediaFile.ORIGINAL.equals(f.variant))
                    .findFirst()
                    .orElse(null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance embed(Embed embed, String fallbackTitle, Language language);
    }

    public String expand(String lessonHtml, Language language) {
        return MediaPlaceholder.expand(
                lessonHtml,
                (id, title) -> Templates.embed(embed(id, language).orElse(null), title, language)
                        .render());
    }

    private Optional<Embed> embed(String mediaId, Language language) {
        MediaItem item = MediaItem.findById(mediaId);
        if (item == null || item.state != MediaState.READY) {
            return Optional.empty();
        }
        List<MediaFile> files = MediaFile.of(mediaId);
        List<MediaFile> versions = files.stream()
                .filter(MediaFile::isReady)
                .filter(f -> !MediaFile.POSTER.equals(f.variant))
                .sorted(Comparator.comparing((MediaFile f) -> f.sizeBytes == null ? 0 : -f.sizeBytes))
                .toList();
        MediaFile poster = files.stream()
                .filter(f -> MediaFile.POSTER.equals(f.variant) && f.isReady())
                .findFirst()
                .orElse(null);
        boolean preparing = files.stream().anyMatch(f -> f.state.isPreparing());
        boolean noLighter = item.isPlayable() && files.size() == 1;
        List<MediaSubtitle> subtitles = MediaSubtitle.of(mediaId);
        MediaSubtitle forTranscript = subtitles.stream()
                .filter(s -> s.language.equals(language.code()))
                .findFirst()
                .or(() -> subtitles.stream()
                        .filter(s -> s.language.equals(item.language))
                        .findFirst())
                .or(() -> subtitles.stream().findFirst())
                .orElse(null);
        return Optional.of(new Embed(
                item,
                Texts.pick(item.titles, language),
                versions,
                poster,
                preparing,
                noLighter,
                subtitles,
                forTranscript == null ? List.of() : WebVtt.transcript(forTranscript.vtt),
                forTranscript == null ? null : forTranscript.language));
    }
}

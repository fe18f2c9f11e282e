package org.kolo.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.kolo.web.Language;
import org.kolo.web.Messages;
import org.kolo.web.RefusedRequest;

/** Saves WebVTT subtitles after checking them; problems come back translated, by line, and nothing is saved. */
@ApplicationScoped
public class MediaSubtitles {

    @Inject
    Messages messages;

    @Inject
    Event<MediaChanged> changed;

    @Transactional
    public void save(String mediaId, String language, String vtt, Language reader) {
        if (MediaItem.findById(mediaId) == null) {
            throw new NotFoundException();
        }
        List<WebVtt.Problem> problems = WebVtt.check(vtt == null ? "" : vtt);
        if (!problems.isEmpty()) {
            String list = problems.stream()
                    .limit(10)
                    .map(p -> messages.format(reader, "media.subtitles." + p.code(), p.line()))
                    .collect(Collectors.joining("; "));
            throw new RefusedRequest(422, "subtitles-invalid", list);
        }
        MediaSubtitle subtitle = MediaSubtitle.find("mediaId = ?1 and language = ?2", mediaId, language)
                .firstResult();
        if (subtitle == null) {
            subtitle = new MediaSubtitle();
            subtitle.mediaId = mediaId;
            subtitle.language = language;
        }
        subtitle.vtt = vtt.replace("\r\n", "\n");
        subtitle.updatedAt = Instant.now();
        subtitle.persist();
        changed.fire(new MediaChanged(mediaId));
    }
}

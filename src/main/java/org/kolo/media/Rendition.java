package org.kolo.media;

import java.util.List;

/** How each light version is made with ffmpeg. */
enum Rendition {
    /** 360 lines, H.264 at about 400 kbit/s with mono AAC at 48 kbit/s, ready to play while it downloads. */
    VIDEO_360P(
            MediaFile.VIDEO_360P,
            "video/mp4",
            "mp4",
            "-vf",
            "scale=-2:360",
            "-c:v",
            "libx264",
            "-preset",
            "veryfast",
            "-b:v",
            "400k",
            "-maxrate",
            "450k",
            "-bufsize",
            "800k",
            "-pix_fmt",
            "yuv420p",
            "-c:a",
            "aac",
            "-b:a",
            "48k",
            "-ac",
            "1",
            "-movflags",
            "+faststart"),
    /** The sound alone, mono AAC at 48 kbit/s. */
    AUDIO(
            MediaFile.AUDIO,
            "audio/mp4",
            "m4a",
            "-vn",
            "-c:a",
            "aac",
            "-b:a",
            "48k",
            "-ac",
            "1",
            "-movflags",
            "+faststart"),
    /** One frame a second in, 360 lines high. */
    POSTER(MediaFile.POSTER, "image/jpeg", "jpg", "-frames:v", "1", "-vf", "scale=-2:360", "-q:v", "5");

    private final String variant;
    private final String contentType;
    private final String extension;
    private final List<String> options;

    Rendition(String variant, String contentType, String extension, String... options) {
        this.variant = variant;
        this.contentType = contentType;
        this.extension = extension;
        this.options = List.of(options);
    }

    static Rendition of(String variant) {
        for (Rendition rendition : values()) {
            if (rendition.variant.equals(variant)) {
                return rendition;
            }
        }
        throw new IllegalArgumentException(variant);
    }

    String contentType() {
        return contentType;
    }

    String extension() {
        return extension;
    }

    /** Options before the input: the poster is taken a second in. */
    List<String> inputOptions() {
        return this == POSTER ? List.of("-ss", "1") : List.of();
    }

    List<String> outputOptions() {
        return options;
    }
}

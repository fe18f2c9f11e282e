package org.kolo.media;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jboss.logging.Logger;
import org.kolo.web.Language;

/**
 * For the local run only ({@code kolo.media.demo=true}): the demo course's sample video, made here by ffmpeg from a
 * test pattern and a tone, with subtitles in ru, uk and kk, and a one-page handout. Nothing of it is in git.
 */
@ApplicationScoped
public class DemoMedia {

    private static final Logger LOG = Logger.getLogger(DemoMedia.class);
    static final String VIDEO = "know-your-rights-intro";
    static final String HANDOUT = "know-your-rights-handout";

    @Inject
    MediaStore store;

    @Inject
    MediaSubtitles subtitles;

    @Inject
    Ffmpeg ffmpeg;

    @Inject
    MediaConfig config;

    void seed(@Observes StartupEvent start) {
        if (config.demo()) {
            Infrastructure.getDefaultWorkerPool().execute(this::seedNow);
        }
    }

    void seedNow() {
        try {
            if (missing(HANDOUT)) {
                Path pdf = Files.createTempFile("kolo-handout", ".pdf");
                writeHandout(pdf);
                add(
                        HANDOUT,
                        MediaKind.DOCUMENT,
                        titles(
                                "Памятка: ваши права коротко",
                                "Пам’ятка: ваші права коротко",
                                "Жадынама: құқықтарыңыз қысқаша",
                                "Handout: your rights in short"),
                        pdf);
            }
            if (missing(VIDEO) && ffmpeg.isAvailable()) {
                Path video = Files.createTempFile("kolo-demo", ".mp4");
                ffmpeg.generate(List.of(
                        "-f",
                        "lavfi",
                        "-i",
                        "testsrc2=size=1280x720:rate=25:duration=20",
                        "-f",
                        "lavfi",
                        "-i",
                        "sine=frequency=330:duration=20",
                        "-c:v",
                        "libx264",
                        "-b:v",
                        "1500k",
                        "-pix_fmt",
                        "yuv420p",
                        "-c:a",
                        "aac",
                        "-b:a",
                        "128k",
                        "-shortest",
                        "-movflags",
                        "+faststart",
                        video.toString()));
                add(
                        VIDEO,
                        MediaKind.VIDEO,
                        titles(
                                "Знай свои права: вводное видео",
                                "Знай свої права: вступне відео",
                                "Құқықтарыңызды біліңіз: кіріспе бейне",
                                "Know your rights: introduction"),
                        video);
                for (Language language : Language.CONTENT) {
                    subtitles.save(
                            VIDEO,
                            language.code(),
                            resource("/demo-media/" + VIDEO + "." + language.code() + ".vtt"),
                            Language.DEFAULT);
                }
                LOG.info("Demo media made: a 20-second sample video with ru, uk and kk subtitles, and a handout");
            }
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Demo media not made: %s", e.toString());
        }
    }

    private static Map<String, String> titles(String ru, String uk, String kk, String en) {
        return Map.of(Language.RU.code(), ru, Language.UK.code(), uk, Language.KK.code(), kk, Language.EN.code(), en);
    }

    private void add(String id, MediaKind kind, Map<String, String> titles, Path file) throws IOException {
        QuarkusTransaction.requiringNew().run(() -> {
            MediaItem item = new MediaItem();
            item.id = id;
            item.kind = kind;
            item.language = Language.SOURCE.code();
            item.titles = titles;
            item.state = MediaState.UPLOADING;
            item.uploadedBy = "demo";
            item.createdAt = Instant.now();
            item.updatedAt = item.createdAt;
            item.persist();
        });
        store.storeOriginal(id, file, Files.size(file));
        Files.deleteIfExists(file);
    }

    private static void writeHandout(Path file) throws IOException {
        try (PDDocument document = new PDDocument();
                InputStream font = DemoMedia.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font regular = PDType0Font.load(document, font, true);
            try (PDPageContentStream text = new PDPageContentStream(document, page)) {
                text.beginText();
                text.setFont(regular, 13);
                text.setLeading(20);
                text.newLineAtOffset(56, 780);
                for (String line : HANDOUT_LINES) {
                    text.showText(line);
                    text.newLine();
                }
                text.endText();
            }
            document.getDocumentInformation().setTitle("Памятка / Пам’ятка / Жадынама");
            document.save(file.toFile());
        }
    }

    private static final List<String> HANDOUT_LINES = List.of(
            "Памятка: ваши права коротко",
            "• Употребление наркотиков не отменяет ваших прав.",
            "• Вы можете молчать и требовать адвоката.",
            "• Запишите имена, время и место; сфотографируйте травмы.",
            "",
            "Пам’ятка: ваші права коротко",
            "• Вживання наркотиків не скасовує ваших прав.",
            "• Ви можете мовчати й вимагати адвоката.",
            "",
            "Жадынама: құқықтарыңыз қысқаша",
            "• Есірткі тұтыну сіздің құқықтарыңызды жоймайды.",
            "• Сіз үндемеуге және адвокат талап етуге құқылысыз.");

    private static String resource(String name) throws IOException {
        try (InputStream in = DemoMedia.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static boolean missing(String id) {
        return QuarkusTransaction.requiringNew().call(() -> MediaItem.findById(id) == null);
    }
}

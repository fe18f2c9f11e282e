package org.kolo.certificates;

import static io.restassured.RestAssured.given;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.restassured.http.ContentType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.kolo.courses.Catalog.CatalogCourse;
import org.kolo.quizzes.QuizFixtures;
import org.kolo.testing.Tokens;

/** Learners who complete courses through the API, and what a downloaded certificate says. */
final class CertificateFixtures {

    static final String KAZAKH_NAME = "Әйгерім Құрманғалиқызы";

    private CertificateFixtures() {}

    static void nameOnCertificates(String learner, String name, String language) {
        given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("name", name, "language", language))
                .put("/api/certificates/holder")
                .then()
                .statusCode(200);
    }

    /** Passes the required quizzes and marks every lesson but the last one done. */
    static void completeAllButLastLesson(String learner, CatalogCourse course) {
        course.requiredQuizzes().forEach(quiz -> QuizFixtures.takeAndSubmit(learner, quiz, true));
        List<String> lessons = course.lessons().stream().map(l -> l.id()).toList();
        lessons.subList(0, lessons.size() - 1).forEach(lesson -> markDone(learner, lesson));
    }

    static void markDone(String learner, String lessonId) {
        given().auth()
                .oauth2(Tokens.of(learner))
                .contentType(ContentType.JSON)
                .body(Map.of("done", true))
                .put("/api/me/progress/" + lessonId)
                .then()
                .statusCode(200);
    }

    static String lastLesson(CatalogCourse course) {
        return course.lessons().get(course.lessons().size() - 1).id();
    }

    /** The learner's certificates as the API lists them (issuing any that are due). */
    static List<Map<String, Object>> certificatesOf(String learner) {
        return given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/certificates/mine")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
    }

    static byte[] download(String learner, Object certificateId) {
        return given().auth()
                .oauth2(Tokens.of(learner))
                .get("/api/certificates/" + certificateId + "/pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
    }

    static String textOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Renders the page as a print at 300 dpi, and reads its QR code. At 200 dpi a 36 mm code of about 60 modules
     * gets under 5 pixels a module, and with some signatures the whole-page decoder then misreads a module
     * (a checksum error one run in many).
     */
    static String qrCodeOf(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 300);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new BinaryBitmap(
                    new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (com.google.zxing.ReaderException e) {
            throw new AssertionError("no QR code found on the certificate", e);
        }
    }
}

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.kolo.certificates.CertificatePdf;
import org.kolo.certificates.CertificateTemplate;
import org.kolo.certificates.CertificateText;

/**
 * How many certificate PDFs Kolo renders per second, one thread and two, each certificate with its own name and
 * code, and how large they are. With a third argument, also writes a Kazakh sample certificate as PDF and as a
 * 150 dpi PNG (the PDF beside the PNG).
 *
 * java -cp "target/classes:target/quarkus-app/lib/boot/*:target/quarkus-app/lib/main/*" \
 *     bench/certificates/CertificateRate.java \
 *     content/certificates 3000 [docs/certificate-sample-kk.png]
 */
public class CertificateRate {

    static final String[] FIRST = {"Әйгерім", "Айгүл", "Ольга", "Наталія", "Гүлнар", "Мадина", "Ірина", "Жанар",
            "Светлана", "Ґаліна", "Євгенія", "Нұргүл"};
    static final String[] LAST = {"Құрманғалиқызы-Нұрсұлтанова", "Сейітқали", "Коваленко", "Іваненко",
            "Смагулова", "Өтегенова", "Петрова", "Шевчук", "Үсенова", "Мұхамедиярова"};
    static final String CODE_LETTERS = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static void main(String[] args) throws Exception {
        CertificateTemplate template = CertificateTemplate.load(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        CertificatePdf pdf = new CertificatePdf();
        List<CertificateText> texts = texts(count, new Random(7));

        renderAll(pdf, template, texts, 1);
        renderAll(pdf, template, texts, 2);
        System.out.printf("template %s, %d certificates each run, after a warm-up of %d%n", template.version(),
                count, 2 * count);
        int[] sizes = new int[0];
        for (int threads = 1; threads <= 2; threads++) {
            long started = System.nanoTime();
            sizes = renderAll(pdf, template, texts, threads);
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%d thread%s: %.0f PDFs/s (%.2f ms per PDF per thread)%n", threads,
                    threads == 1 ? " " : "s", count / seconds, seconds * 1000 * threads / count);
        }
        Arrays.sort(sizes);
        System.out.printf("size: min %d B, median %d B, max %d B%n", sizes[0], sizes[sizes.length / 2],
                sizes[sizes.length - 1]);
        if (args.length > 2) {
            writeSample(pdf, template, Path.of(args[2]));
        }
    }

    static int[] renderAll(CertificatePdf pdf, CertificateTemplate template, List<CertificateText> texts,
            int threads) throws Exception {
        int[] sizes = new int[texts.size()];
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int first = t;
            parts.add(pool.submit(() -> {
                for (int i = first; i < texts.size(); i += threads) {
                    sizes[i] = pdf.render(texts.get(i), template).length;
                }
            }));
        }
        for (Future<?> part : parts) {
            part.get();
        }
        pool.shutdown();
        return sizes;
    }

    static List<CertificateText> texts(int count, Random random) {
        List<CertificateText> texts = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
            texts.add(kazakh(name, code(random), random));
        }
        return texts;
    }

    static CertificateText kazakh(String name, String code, Random random) {
        String url = "http://127.0.0.1:8080/verify/" + code;
        return new CertificateText("kk", "Сертификат", name, "келесі курсты аяқтады",
                "Құқықтық сауаттылық курсы: адам құқықтары, денсаулық және құқық қорғау органдарымен қарым-қатынас",
                "12 сағат", "29 қараша 2026 ж.", "Коло — әйелдердің өзара қолдау желісі", "Айгүл Сейітқали",
                "Бағдарлама үйлестірушісі", "Сертификат коды", code, "Тексеру:", url,
                url + "#" + randomText(random, BASE64URL, 250), Instant.parse("2026-11-29T10:15:30Z"));
    }

    static String code(Random random) {
        String letters = randomText(random, CODE_LETTERS, 16);
        return String.join("-", letters.substring(0, 4), letters.substring(4, 8), letters.substring(8, 12),
                letters.substring(12));
    }

    static String randomText(Random random, String alphabet, int length) {
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return text.toString();
    }

    static void writeSample(CertificatePdf pdf, CertificateTemplate template, Path png) throws IOException {
        byte[] bytes = pdf.render(kazakh("Әйгерім Құрманғалиқызы-Нұрсұлтанова", "K7QM-4HXD-9TZP-2RWA",
                new Random(1)), template);
        Path sample = png.resolveSibling(png.getFileName().toString().replaceFirst("\\.png$", "") + ".pdf");
        Files.write(sample, bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
            ImageIO.write(image, "png", png.toFile());
        }
        System.out.printf("sample: %s (%d B), %s (%d B)%n", sample, bytes.length, png, Files.size(png));
    }
}

package org.kolo.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A copy of the content's certificate template that tests may change without touching the content folder. */
public final class CertificateTemplateCopy {

    public static final Path FOLDER =
            Path.of("target", "test-certificate-template").toAbsolutePath();

    private CertificateTemplateCopy() {}

    static Path make() {
        try {
            Files.createDirectories(FOLDER);
            try (Stream<Path> files = Files.list(Path.of("content", "certificates"))) {
                for (Path file : files.toList()) {
                    Files.copy(file, FOLDER.resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return FOLDER;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

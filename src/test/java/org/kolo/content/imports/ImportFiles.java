package org.kolo.content.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The sample files under src/test/resources/imports. */
final class ImportFiles {

    static final Path FOLDER = Path.of("src/test/resources/imports");

    private ImportFiles() {}

    static String read(String name) {
        try {
            return Files.readString(FOLDER.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String path(String name) {
        return FOLDER.resolve(name).toString();
    }
}

package org.kolo.content;

import jakarta.inject.Inject;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test that reads content of its own: before each test Kolo loads what {@link #content} writes, after it the
 * shipped content again, so that no other test meets the fixture.
 */
public abstract class WithOwnContent {

    @Inject
    protected ContentLoader loader;

    @TempDir
    protected Path temp;

    /** Writes the test's content folder under {@code temp} and returns it. */
    protected abstract Path content(Path temp) throws Exception;

    @BeforeEach
    void loadTheTestsOwnContent() throws Exception {
        TestCourse.load(loader, content(temp));
    }

    @AfterEach
    void restoreTheShippedContent() {
        loader.load(Path.of("content"));
    }
}

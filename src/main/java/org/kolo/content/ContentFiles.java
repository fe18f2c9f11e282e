package org.kolo.content;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads content files strictly: a file that is not UTF-8 or not YAML is a problem at its line, never an exception
 * and never text with replacement characters shown to learners.
 */
public final class ContentFiles {

    private ContentFiles() {}

    /** The YAML in {@code file}; empty, with the problem added, when it cannot be read as YAML. */
    public static Optional<YamlNode> yaml(Path file, List<ContentProblem> problems) {
        return text(file, read(file), problems).flatMap(text -> yaml(file, text, 0, problems));
    }

    /**
     * The YAML {@code text}, which starts {@code linesBefore} lines into {@code file}; empty, with the problem at its
     * line, when it is not YAML.
     */
    static Optional<YamlNode> yaml(Path file, String text, int linesBefore, List<ContentProblem> problems) {
        try {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            if (node == null) {
                problems.add(ContentProblem.error(file, linesBefore + 1, "the file is empty"));
            }
            return Optional.ofNullable(node).map(found -> new YamlNode(found, linesBefore));
        } catch (MarkedYAMLException e) {
            problems.add(ContentProblem.error(
                    file,
                    linesBefore + e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem()
                            + (e.getProblem().contains("mapping values")
                                    ? " (a value with ': ' in it goes in quotes)"
                                    : "")));
        } catch (YAMLException e) {
            // Limits such as too many aliases have no mark.
            problems.add(ContentProblem.error(file, linesBefore + 1, "not valid YAML: " + e.getMessage()));
        }
        return Optional.empty();
    }

    /** The bytes of {@code file} as UTF-8 text; empty, with the line of the first bad byte, when they are not. */
    static Optional<String> text(Path file, byte[] bytes, List<ContentProblem> problems) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            problems.add(
                    ContentProblem.error(file, lineAt(bytes, in.position()), "not UTF-8 text: save the file as UTF-8"));
            return Optional.empty();
        }
        return Optional.of(out.flip().toString());
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int lineAt(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position && i < bytes.length; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
    }
}

package org.kolo.certificates;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.kolo.certificates.CertificateTemplate.Colours;
import org.kolo.certificates.CertificateTemplate.ImageType;
import org.kolo.certificates.CertificateTemplate.Logo;
import org.kolo.hashing.Sha256;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads and checks {@code template.yaml}; the first problem is thrown with the file, line and field. */
final class TemplateReader {

    static final String FILE_NAME = "template.yaml";
    static final int MAX_LOGO_BYTES = 100 * 1024;
    private static final Pattern VERSION = Pattern.compile("[1-9][0-9]{0,5}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}");
    private static final Pattern COLOUR = Pattern.compile("#[0-9A-Fa-f]{6}");
    private static final Pattern FILE_IN_FOLDER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    private final Path folder;
    private final Path file;

    TemplateReader(Path folder) {
        this.folder = folder;
        this.file = folder.resolve(FILE_NAME);
    }

    CertificateTemplate read() {
        byte[] yaml = readFile();
        MappingNode top = parse(yaml);
        Section root = new Section("", top, top.getValue());
        root.allowOnly("version", "title", "organisation", "signatory", "colours", "logo");
        Section signatory = root.section("signatory", false);
        signatory.allowOnly("name", "role");
        Section colours = root.section("colours", true);
        colours.allowOnly("primary", "accent", "text");
        Optional<Logo> logo = root.get("logo").map(this::logo);
        return new CertificateTemplate(
                version(root) + "-" + digest(yaml, logo.map(Logo::bytes).orElse(new byte[0])),
                root.texts("title", 40, false),
                root.texts("organisation", 80, true),
                signatory.texts("name", 60, false),
                signatory.texts("role", 80, false),
                new Colours(colour(colours, "primary"), colour(colours, "accent"), colour(colours, "text")),
                logo);
    }

    private byte[] readFile() {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new CertificateTemplateException(file + ": the certificate template file does not exist");
        } catch (IOException e) {
            throw new CertificateTemplateException(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private MappingNode parse(byte[] yaml) {
        try {
            Node node = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .compose(new InputStreamReader(new ByteArrayInputStream(yaml), StandardCharsets.UTF_8));
            if (node instanceof MappingNode map) {
                return map;
            }
            throw new CertificateTemplateException(file + ":1: expected fields such as 'version: 1', found none");
        } catch (MarkedYAMLException e) {
            throw new CertificateTemplateException(
                    file + ":" + (e.getProblemMark().getLine() + 1) + ": not valid YAML: " + e.getProblem(), e);
        } catch (YAMLException e) {
            throw new CertificateTemplateException(file + ": not valid YAML: " + e.getMessage(), e);
        }
    }

    private int version(Section root) {
        Node node = root.required("version");
        String value = scalar(node, "version");
        if (!VERSION.matcher(value).matches()) {
            throw problem(node, "version", "'" + value + "' is not a whole number such as 1");
        }
        return Integer.parseInt(value);
    }

    private Color colour(Section colours, String key) {
        Node node = colours.required(key);
        String value = scalar(node, colours.path + key);
        if (value.isEmpty()) {
            throw problem(
                    node,
                    colours.path + key,
                    "is empty; put the colour in quotes, as in " + key
                            + ": \"#5B2A86\" (without quotes YAML reads # as the start of a comment)");
        }
        if (!COLOUR.matcher(value).matches()) {
            throw problem(node, colours.path + key, "'" + value + "' is not a colour written as \"#RRGGBB\"");
        }
        return Color.decode(value);
    }

    private Logo logo(Node node) {
        String name = scalar(node, "logo");
        if (!FILE_IN_FOLDER.matcher(name).matches()) {
            throw problem(node, "logo", "'" + name + "' must be a file name in " + folder + ", such as logo.png");
        }
        Path path = folder.resolve(name);
        if (!Files.isRegularFile(path)) {
            throw problem(node, "logo", path + " does not exist");
        }
        byte[] bytes = readLogo(node, path);
        ImageType type = startsWith(bytes, PNG_SIGNATURE)
                ? ImageType.PNG
                : startsWith(bytes, JPEG_SIGNATURE) ? ImageType.JPEG : null;
        if (type == null) {
            throw problem(node, "logo", path + " is neither a PNG nor a JPEG image");
        }
        if (!decodes(bytes)) {
            throw problem(node, "logo", path + " is a damaged or unsupported " + type + " image (use RGB or grey)");
        }
        return new Logo(bytes, type);
    }

    private byte[] readLogo(Node node, Path path) {
        try {
            long size = Files.size(path);
            if (size > MAX_LOGO_BYTES) {
                throw problem(
                        node,
                        "logo",
                        path + " is " + size + " bytes; a logo may have at most " + MAX_LOGO_BYTES + " (100 KB)");
            }
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new CertificateTemplateException(path + ": cannot be read: " + e.getMessage(), e);
        }
    }

    private static boolean decodes(byte[] image) {
        try {
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(image));
            return decoded != null && decoded.getWidth() > 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static String digest(byte[] yaml, byte[] logo) {
        return Sha256.hex(yaml, logo).substring(0, 12);
    }

    private String scalar(Node node, String field) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getValue().trim();
        }
        throw problem(node, field, "expected a single value");
    }

    private CertificateTemplateException problem(Node node, String field, String message) {
        return new CertificateTemplateException(
                file + ":" + (node.getStartMark().getLine() + 1) + ": " + field + ": " + message);
    }

    /** A mapping of the file, with the dotted path of its fields for messages. */
    private final class Section {

        private final String path;
        private final Node node;
        private final Map<String, NodeTuple> fields = new LinkedHashMap<>();

        /** {@code node} is where a missing field is reported: the mapping itself, or its parent when absent. */
        Section(String path, Node node, List<NodeTuple> tuples) {
            this.path = path;
            this.node = node;
            for (NodeTuple tuple : tuples) {
                String key = scalar(tuple.getKeyNode(), path + "?");
                if (fields.putIfAbsent(key, tuple) != null) {
                    throw problem(tuple.getKeyNode(), path + key, "appears twice");
                }
            }
        }

        void allowOnly(String... known) {
            List<String> knownKeys = List.of(known);
            fields.forEach((key, tuple) -> {
                if (!knownKeys.contains(key)) {
                    throw problem(
                            tuple.getKeyNode(),
                            path + key,
                            "unknown field; known here: " + String.join(", ", knownKeys));
                }
            });
        }

        Optional<Node> get(String key) {
            return Optional.ofNullable(fields.get(key)).map(NodeTuple::getValueNode);
        }

        Node required(String key) {
            return get(key).orElseThrow(() -> problem(node, path + key, "is missing"));
        }

        /** The mapping under {@code key}; an absent optional one reads as empty. */
        Section section(String key, boolean required) {
            Optional<Node> value = required ? Optional.of(required(key)) : get(key);
            if (value.isEmpty()) {
                return new Section(path + key + ".", node, List.of());
            }
            if (value.get() instanceof MappingNode map) {
                return new Section(path + key + ".", map, map.getValue());
            }
            throw problem(value.get(), path + key, "expected fields on the lines below, indented");
        }

        /** Texts per language, such as {@code title: {ru: Сертификат, en: Certificate}}. */
        Map<String, String> texts(String key, int maxLength, boolean required) {
            Section texts = section(key, required);
            if (required && texts.fields.isEmpty()) {
                throw problem(texts.node, path + key, "needs a text in at least one language, such as ru:");
            }
            Map<String, String> values = new LinkedHashMap<>();
            texts.fields.forEach((language, tuple) -> {
                String field = texts.path + language;
                if (!LANGUAGE.matcher(language).matches()) {
                    throw problem(tuple.getKeyNode(), field, "not a language code such as ru, uk, kk or en");
                }
                String text = scalar(tuple.getValueNode(), field);
                int length = text.codePointCount(0, text.length());
                if (length == 0 || length > maxLength) {
                    throw problem(
                            tuple.getValueNode(), field, length + " characters; a certificate fits 1 to " + maxLength);
                }
                values.put(language, text);
            });
            return Collections.unmodifiableMap(values);
        }
    }
}

package org.kolo.courses;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Lesson Markdown: what it refers to, whether it hides HTML, how long it is, and its HTML for the page.
 * Raw HTML is never passed through: it is shown as text. Kolo's own references ({@code lesson:}, {@code images/},
 * {@code media:}, {@code quiz:}) become Kolo addresses.
 */
public final class LessonMarkdown {

    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    /** Where Kolo's references lead; empty when the target does not exist. */
    public interface Targets {
        Optional<String> lessonUrl(String lessonId);

        /** The image's URL with its width and height, so pages reserve its space before it loads. */
        Optional<SizedImage> image(String path);
    }

    /** An image address with its pixel size. */
    public record SizedImage(String url, int width, int height) {}

    /** One reference in the text and the body line it stands on (1-based). */
    public record Reference(String destination, boolean image, int line) {}

    /** HTML written into the Markdown, at its body line. */
    public record RawHtml(String html, int line) {}

    /** Deeper than this, a lesson is refused: the renderer recurses, and no lesson needs a tenth of it. */
    public static final int MOST_NESTING = 32;

    private final Node document;
    private final int nesting;

    private LessonMarkdown(Node document) {
        this.document = document;
        this.nesting = nestingOf(document);
    }

    public static LessonMarkdown parse(String markdown) {
        return new LessonMarkdown(PARSER.parse(markdown));
    }

    /** How deep the deepest element sits (a plain paragraph's text is 3 deep); counted without recursion. */
    public int nesting() {
        return nesting;
    }

    /** Too deep to walk: the checker refuses such a lesson, and every other answer about it is empty. */
    private boolean tooDeep() {
        return nesting > MOST_NESTING;
    }

    public List<Reference> references() {
        List<Reference> references = new ArrayList<>();
        if (tooDeep()) {
            return references;
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                references.add(new Reference(link.getDestination(), false, lineOf(link)));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                references.add(new Reference(image.getDestination(), true, lineOf(image)));
            }
        });
        return references;
    }

    public List<RawHtml> rawHtml() {
        List<RawHtml> html = new ArrayList<>();
        if (tooDeep()) {
            return html;
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlBlock block) {
                html.add(new RawHtml(block.getLiteral(), lineOf(block)));
            }

            @Override
            public void visit(HtmlInline inline) {
                html.add(new RawHtml(inline.getLiteral(), lineOf(inline)));
            }
        });
        return html;
    }

    public int words() {
        int[] count = {0};
        if (tooDeep()) {
            return 0;
        }
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                for (String token : text.getLiteral().split("\\s+")) {
                    if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                        count[0]++;
                    }
                }
            }
        });
        return count[0];
    }

    /**
     * Safe HTML for the lesson page. A media reference becomes a placeholder,
     * {@code <div class="media-ref" data-media="id" data-title="…"></div>}, that the page fills at request time with
     * the item's player as it is then (renditions and subtitles come after the lesson).
     */
    public String toHtml(Targets targets) {
        if (tooDeep()) {
            return "";
        }
        Map<Image, SizedImage> sizes = rewriteReferences(targets);
        return HtmlRenderer.builder()
                .escapeHtml(true)
                .sanitizeUrls(true)
                .attributeProviderFactory(context -> attributes(sizes))
                .nodeRendererFactory(MediaReference.Renderer::new)
                .build()
                .render(document);
    }

    /** Points Kolo's references at Kolo addresses; returns the size of each picture found. */
    private Map<Image, SizedImage> rewriteReferences(Targets targets) {
        Map<Image, SizedImage> sizes = new IdentityHashMap<>();
        List<Image> media = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                String destination = link.getDestination();
                if (destination.startsWith("lesson:")) {
                    link.setDestination(
                            targets.lessonUrl(destination.substring(7)).orElse("#"));
                } else if (!destination.startsWith("https://")) {
                    link.setDestination("#");
                }
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                if (image.getDestination().startsWith("media:")) {
                    media.add(image);
                    return;
                }
                Optional<SizedImage> sized = image.getDestination().startsWith("images/")
                        ? targets.image(image.getDestination())
                        : Optional.empty();
                sized.ifPresent(s -> sizes.put(image, s));
                image.setDestination(sized.map(SizedImage::url).orElse(""));
            }
        });
        media.forEach(MediaReference::replace);
        return sizes;
    }

    private static AttributeProvider attributes(Map<Image, SizedImage> sizes) {
        return (node, tagName, attributes) -> {
            if (node instanceof Image image) {
                attributes.put("loading", "lazy");
                attributes.put("decoding", "async");
                SizedImage sized = sizes.get(image);
                if (sized != null) {
                    attributes.put("width", String.valueOf(sized.width()));
                    attributes.put("height", String.valueOf(sized.height()));
                }
            } else if (node instanceof Link link && link.getDestination().startsWith("https://")) {
                attributes.put("rel", "noopener noreferrer");
            }
        };
    }

    private static int nestingOf(Node root) {
        int depth = 1;
        int most = 1;
        Node node = root;
        while (true) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                most = Math.max(most, ++depth);
                continue;
            }
            while (node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            if (node == root) {
                return most;
            }
            node = node.getNext();
        }
    }

    private static int lineOf(Node node) {
        return node.getSourceSpans().isEmpty()
                ? 1
                : node.getSourceSpans().get(0).getLineIndex() + 1;
    }
}

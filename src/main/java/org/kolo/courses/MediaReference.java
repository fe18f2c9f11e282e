package org.kolo.courses;

import java.util.Set;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.kolo.media.MediaPlaceholder;

/**
 * A lesson's {@code ![title](media:id)} in the Markdown tree: it takes the place of the image (and of its
 * paragraph when it stands alone, since a player is a block) and renders as the {@link MediaPlaceholder}.
 */
final class MediaReference extends CustomBlock {

    private final String id;
    private final String title;

    private MediaReference(String id, String title) {
        this.id = id;
        this.title = title;
    }

    /** Puts a reference where a media image was; an id that cannot name an item leaves nothing behind. */
    static void replace(Image image) {
        String id = image.getDestination().substring("media:".length());
        Node parent = image.getParent();
        Node place =
                parent instanceof Paragraph && image.getPrevious() == null && image.getNext() == null ? parent : image;
        if (MediaPlaceholder.isId(id)) {
            place.insertAfter(new MediaReference(id, altText(image)));
        }
        place.unlink();
    }

    private static String altText(Image image) {
        StringBuilder text = new StringBuilder();
        for (Node child = image.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text literal) {
                text.append(literal.getLiteral());
            }
        }
        return text.toString();
    }

    static final class Renderer implements NodeRenderer {

        private final HtmlNodeRendererContext context;

        Renderer(HtmlNodeRendererContext context) {
            this.context = context;
        }

        @Override
        public Set<Class<? extends Node>> getNodeTypes() {
            return Set.of(MediaReference.class);
        }

        @Override
        public void render(Node node) {
            MediaReference reference = (MediaReference) node;
            context.getWriter().raw(MediaPlaceholder.html(reference.id, reference.title));
        }
    }
}

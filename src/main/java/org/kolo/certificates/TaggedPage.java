package org.kolo.certificates;

import java.awt.Color;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDNumberTreeNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDParentTreeValue;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.StandardStructureTypes;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * A one-page tagged PDF: each block of text becomes a structure element (H1, P) linked to its marked content,
 * in reading order, and every drawing is marked as an artifact, so screen readers and copy-paste get the text
 * and nothing else.
 */
final class TaggedPage implements Closeable {

    record Style(PDFont font, float size, Color colour) {}

    /** A line of text starting at (x, y), y being the baseline. */
    record Run(String text, Style style, float x, float y) {}

    interface Drawing {
        void draw(PDPageContentStream content) throws IOException;
    }

    private static final int PAGE_KEY = 0;

    private final PDPage page;
    private final PDPageContentStream content;
    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document = new PDStructureElement(StandardStructureTypes.DOCUMENT, root);
    private final COSArray elementsByMcid = new COSArray();

    TaggedPage(PDDocument pdf, PDPage page) throws IOException {
        this.page = page;
        this.content = new PDPageContentStream(pdf, page);
        root.appendKid(document);
        pdf.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        pdf.getDocumentCatalog().setMarkInfo(markInfo);
        page.setStructParents(PAGE_KEY);
    }

    /** Writes the runs as one structure element of {@code type}, such as P. */
    void text(String type, List<Run> runs) throws IOException {
        int mcid = elementsByMcid.size();
        content.beginMarkedContent(COSName.getPDFName(type), mcid);
        content.beginText();
        for (Run run : runs) {
            content.setFont(run.style().font(), run.style().size());
            content.setNonStrokingColor(run.style().colour());
            content.setTextMatrix(Matrix.getTranslateInstance(run.x(), run.y()));
            content.showText(run.text());
        }
        content.endText();
        content.endMarkedContent();
        PDStructureElement element = new PDStructureElement(type, document);
        element.setPage(page);
        element.appendKid(mcid);
        document.appendKid(element);
        elementsByMcid.add(element);
    }

    void artifact(Drawing drawing) throws IOException {
        content.beginMarkedContent(COSName.ARTIFACT);
        content.saveGraphicsState();
        drawing.draw(content);
        content.restoreGraphicsState();
        content.endMarkedContent();
    }

    @Override
    public void close() throws IOException {
        content.close();
        PDNumberTreeNode parentTree = new PDNumberTreeNode(PDParentTreeValue.class);
        parentTree.setNumbers(Map.of(PAGE_KEY, new PDParentTreeValue(elementsByMcid)));
        root.setParentTree(parentTree);
        root.setParentTreeNextKey(PAGE_KEY + 1);
    }
}

package org.kolo.courses;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.kolo.printing.PdfFonts;
import org.kolo.printing.TextLines;

/**
 * A lesson's pocket card: the section its front matter names ({@code card: <heading>}), printed on one A6 page
 * (a quarter of A4, to fold into a pocket) in DejaVu Sans, so Kazakh and Ukrainian letters print. It carries the
 * section's heading and "Kolo" only: no course title, nothing that says more than the card itself.
 */
public final class PocketCard {

    private static final Parser PARSER = Parser.builder().build();
    private static final PDRectangle PAGE = PDRectangle.A6;
    private static final float MARGIN = 22;
    private static final float LARGEST = 10;
    private static final float SMALLEST = 6.5f;

    private PocketCard() {}

    /** The section under the heading {@code title} (the same level or a higher one ends it), as Markdown. */
    public static Optional<String> section(String markdown, String title) {
        String[] lines = markdown.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int level = level(lines[i]);
            if (level > 0 && lines[i].substring(level).strip().equals(title.strip())) {
                StringBuilder section = new StringBuilder();
                for (int j = i + 1; j < lines.length && !(level(lines[j]) > 0 && level(lines[j]) <= level); j++) {
                    section.append(lines[j]).append('\n');
                }
                return Optional.of(section.toString().strip());
            }
        }
        return Optional.empty();
    }

    /** The card's lines: each paragraph and each list item, numbered or bulleted as in the lesson. */
    public static List<String> lines(String section) {
        List<String> lines = new ArrayList<>();
        PARSER.parse(section).accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                String prefix = "";
                if (paragraph.getParent() instanceof ListItem item) {
                    prefix = item.getParent() instanceof OrderedList ordered
                            ? (ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber())
                                    + indexOf(item) + ". "
                            : "• ";
                }
                lines.add(prefix + plain(paragraph));
            }

            @Override
            public void visit(Heading heading) {
                lines.add(plain(heading));
            }
        });
        return lines;
    }

    /** Whether the card fits its page at the smallest size Kolo prints. */
    public static boolean fits(String title, List<String> lines) {
        try (PDDocument pdf = new PDDocument()) {
            PDFont font = PdfFonts.regular(pdf);
            return layout(font, font, title, lines, SMALLEST) != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The card as a one-page PDF, its text at the largest size that fits. */
    public static byte[] pdf(String title, List<String> lines, String language) {
        try (PDDocument pdf = new PDDocument()) {
            pdf.getDocumentInformation().setTitle(title);
            pdf.getDocumentCatalog().setLanguage(language);
            PDFont regular = PdfFonts.regular(pdf);
            PDFont bold = PdfFonts.bold(pdf);
            List<Placed> placed = null;
            for (float size = LARGEST; placed == null && size >= SMALLEST; size -= 0.5f) {
                placed = layout(regular, bold, title, lines, size);
            }
            if (placed == null) {
                placed = layout(regular, bold, title, lines.subList(0, 1), SMALLEST);
            }
            PDPage page = new PDPage(PAGE);
            pdf.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                for (Placed line : placed) {
                    content.beginText();
                    content.setFont(line.font(), line.size());
                    content.newLineAtOffset(line.x(), line.y());
                    content.showText(line.text());
                    content.endText();
                }
                content.beginText();
                content.setFont(regular, 6);
                content.newLineAtOffset(MARGIN, MARGIN / 2);
                content.showText("Kolo");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(30_000);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("the pocket card could not be written", e);
        }
    }

    private record Placed(String text, PDFont font, float size, float x, float y) {}

    /** Every line wrapped and placed from the top; null when it does not fit. */
    private static List<Placed> layout(PDFont regular, PDFont bold, String title, List<String> lines, float size)
            throws IOException {
        float width = PAGE.getWidth() - 2 * MARGIN;
        float y = PAGE.getHeight() - MARGIN - size * 1.3f;
        List<Placed> placed = new ArrayList<>();
        for (String part : TextLines.wrap(bold, size * 1.2f, title, width)) {
            placed.add(new Placed(part, bold, size * 1.2f, MARGIN, y));
            y -= size * 1.5f;
        }
        y -= size * 0.4f;
        for (String line : lines) {
            boolean bulleted = line.startsWith("• ") || line.matches("\\d+\\. .*");
            String marker = bulleted ? line.substring(0, line.indexOf(' ') + 1) : "";
            float indent = bulleted ? regular.getStringWidth(marker) / 1000 * size : 0;
            List<String> parts = TextLines.wrap(regular, size, line.substring(marker.length()), width - indent);
            for (int i = 0; i < parts.size(); i++) {
                if (i == 0 && bulleted) {
                    placed.add(new Placed(marker.strip(), regular, size, MARGIN, y));
                }
                placed.add(new Placed(parts.get(i), regular, size, MARGIN + indent, y));
                y -= size * 1.3f;
            }
            y -= size * 0.35f;
        }
        return y < MARGIN ? null : placed;
    }

    private static String plain(Node node) {
        StringBuilder text = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text literal) {
                text.append(literal.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }

            @Override
            public void visit(SoftLineBreak lineBreak) {
                text.append(' ');
            }
        });
        return text.toString().replace('\u00A0', ' ').strip();
    }

    private static int indexOf(ListItem item) {
        int index = 0;
        for (Node node = item.getPrevious(); node != null; node = node.getPrevious()) {
            index++;
        }
        return index;
    }

    private static int level(String line) {
        int level = 0;
        while (level < line.length() && line.charAt(level) == '#') {
            level++;
        }
        return level > 0 && level <= 6 && line.length() > level && line.charAt(level) == ' ' ? level : 0;
    }
}

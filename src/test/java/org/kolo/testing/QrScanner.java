package org.kolo.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Reads the QR code on a PDF's first page, as a phone would read the print. */
public final class QrScanner {

    private QrScanner() {}

    /**
     * Renders the page at 150 dpi without anti-aliasing and reads the QR code: a module is under 3 pixels there,
     * and blurred module edges mislead ZXing's desktop detector, unlike a phone camera that sees the print with
     * many pixels per module.
     */
    public static String scan(PDDocument document) throws IOException {
        PDFRenderer renderer = new PDFRenderer(document);
        renderer.setRenderingHints(
                new RenderingHints(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF));
        BufferedImage image = renderer.renderImageWithDPI(0, 150);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(
                new HybridBinarizer(new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        try {
            return new QRCodeReader()
                    .decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE))
                    .getText();
        } catch (ReaderException e) {
            throw new AssertionError("no QR code found on the page", e);
        }
    }
}

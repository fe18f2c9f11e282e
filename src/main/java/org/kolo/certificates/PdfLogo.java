package org.kolo.certificates;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.kolo.certificates.CertificateTemplate.ImageType;
import org.kolo.certificates.CertificateTemplate.Logo;

/**
 * A template's logo encoded for PDF once (a JPEG as it is, a PNG as deflated samples and alpha), so that each
 * certificate only copies bytes instead of decoding and compressing the picture again.
 */
final class PdfLogo {

    final Logo source;
    final int width;
    final int height;
    private final byte[] samples;
    private final COSName filter;
    private final PDColorSpace colourSpace;
    private final byte[] alpha;

    private PdfLogo(
            Logo source, BufferedImage image, byte[] samples, COSName filter, PDColorSpace colourSpace, byte[] alpha) {
        this.source = source;
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.samples = samples;
        this.filter = filter;
        this.colourSpace = colourSpace;
        this.alpha = alpha;
    }

    static PdfLogo of(Logo logo) {
        BufferedImage image = decode(logo.bytes());
        if (logo.type() == ImageType.JPEG) {
            PDColorSpace space =
                    image.getColorModel().getNumColorComponents() == 1 ? PDDeviceGray.INSTANCE : PDDeviceRGB.INSTANCE;
            return new PdfLogo(logo, image, logo.bytes(), COSName.DCT_DECODE, space, null);
        }
        return new PdfLogo(
                logo,
                image,
                deflate(channels(image, 16, 8, 0)),
                COSName.FLATE_DECODE,
                PDDeviceRGB.INSTANCE,
                image.getColorModel().hasAlpha() ? deflate(channels(image, 24)) : null);
    }

    PDImageXObject embedIn(PDDocument document) throws IOException {
        PDImageXObject image = xObject(document, samples, filter, colourSpace);
        if (alpha != null) {
            image.getCOSObject()
                    .setItem(COSName.SMASK, xObject(document, alpha, COSName.FLATE_DECODE, PDDeviceGray.INSTANCE));
        }
        return image;
    }

    private PDImageXObject xObject(PDDocument document, byte[] encoded, COSName filter, PDColorSpace space)
            throws IOException {
        return new PDImageXObject(document, new ByteArrayInputStream(encoded), filter, width, height, 8, space);
    }

    /** The bytes at the given bit shifts of each sRGB pixel, row by row: (16, 8, 0) is RGB, (24) is alpha. */
    private static byte[] channels(BufferedImage image, int... shifts) {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        byte[] bytes = new byte[pixels.length * shifts.length];
        int i = 0;
        for (int pixel : pixels) {
            for (int shift : shifts) {
                bytes[i++] = (byte) (pixel >>> shift);
            }
        }
        return bytes;
    }

    private static byte[] deflate(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try (DeflaterOutputStream compressing = new DeflaterOutputStream(out, deflater)) {
            compressing.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deflater.end();
        }
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("the template's logo could not be decoded", e);
        }
    }
}

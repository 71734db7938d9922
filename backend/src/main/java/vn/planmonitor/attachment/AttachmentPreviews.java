package vn.planmonitor.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.jboss.logging.Logger;
import vn.planmonitor.common.ApiException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Iterator;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The picture the web app shows of an attached file: a PDF's first page rendered by PDFBox, or a large photo
 * scaled down, as a PNG at most {@link #WIDTH} wide. Drawn on the server so that the browser only ever shows
 * an image: the app's Content-Security-Policy frames nothing (a PDF viewer in a frame on a blob: URL was
 * what it used to need), and a 20 MB scan is not sent whole to a ward's phone to be looked at.
 * <p>
 * A file is whatever its uploader sent, so every cost is bounded before it is paid: the picture's size
 * (a page of 1 × 10 000 points would otherwise give a picture of millions of pixels), the pixels an image
 * may decode to (a few kilobytes of PNG can claim a billion), PDFBox's parsed streams kept in temporary
 * files rather than the heap, images inside a page decoded subsampled to the size they are drawn at, and at
 * most {@link #SLOTS} pictures drawn at once — the rest wait a little, then are told to come back.
 */
@ApplicationScoped
public class AttachmentPreviews {

    private static final Logger LOG = Logger.getLogger(AttachmentPreviews.class);

    /** Wide enough to read an A4 page's body text on a laptop, a quarter of what a 150 dpi scan would be. */
    static final int WIDTH = 800;
    /** Three A4 pages' worth at {@link #WIDTH}: a longer page is drawn narrower so that it fits. */
    static final int MAX_HEIGHT = 3 * 1132;
    /** A 100-megapixel photo decodes in about a second; beyond that a file is more likely a bomb than a photo. */
    static final long MAX_IMAGE_PIXELS = 100_000_000L;
    /** Pictures drawn at once: each may hold a few tens of megabytes while it is drawn. */
    static final int SLOTS = 2;
    private static final Duration WAIT = Duration.ofSeconds(20);

    private final Semaphore slots = new Semaphore(SLOTS, true);

    /** Whether a type has a picture: PDFs and the images Java decodes (WebP it cannot, office files have none). */
    static boolean hasPreview(AttachmentType type) {
        return type == AttachmentType.PDF || type == AttachmentType.PNG || type == AttachmentType.JPEG;
    }

    /** The PNG of {@code file}, of a type {@link #hasPreview} accepts; a file that cannot be drawn is a 422. */
    byte[] render(AttachmentType type, Path file) {
        try {
            if (!slots.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw ApiException.unavailable("preview-busy", Duration.ofSeconds(5));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ApiException.unavailable("preview-busy", Duration.ofSeconds(5));
        }
        try {
            BufferedImage picture = type == AttachmentType.PDF ? firstPage(file) : scaledDown(file);
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(picture, "png", png);
            return png.toByteArray();
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException refusal) {
                throw refusal;
            }
            // Corrupt, truncated, encrypted with a password, or beyond what PDFBox or ImageIO understand: the
            // file is still there to download; only its picture cannot be drawn.
            LOG.debugf(e, "No preview of a %s attachment", type);
            throw new ApiException(422, "preview-unreadable");
        } finally {
            slots.release();
        }
    }

    private static BufferedImage firstPage(Path file) throws IOException {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()),
                IOUtils.createTempFileOnlyStreamCache())) {
            if (document.getNumberOfPages() == 0) {
                throw new IOException("no pages");
            }
            PDPage page = document.getPage(0);
            PDRectangle box = page.getCropBox();
            boolean turned = Math.floorMod(page.getRotation(), 180) == 90;
            double width = turned ? box.getHeight() : box.getWidth();
            double height = turned ? box.getWidth() : box.getHeight();
            if (!(width >= 1 && height >= 1)) {
                throw new IOException("page of " + width + " × " + height + " points");
            }
            float scale = (float) Math.min(WIDTH / width, MAX_HEIGHT / height);
            PDFRenderer renderer = new PDFRenderer(document);
            // Images inside the page are decoded only at the resolution they are drawn at, not their own.
            renderer.setSubsamplingAllowed(true);
            return renderer.renderImage(0, scale, ImageType.RGB);
        }
    }

    /** The image itself when it is small enough; otherwise decoded subsampled (never whole) and then smoothed. */
    private static BufferedImage scaledDown(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("no image reader");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > MAX_IMAGE_PIXELS) {
                    throw new ApiException(422, "preview-too-large", width, height);
                }
                double scale = Math.min(1, Math.min((double) WIDTH / width, (double) MAX_HEIGHT / height));
                int step = Math.max(1, (int) Math.floor(1 / scale));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage decoded = reader.read(0, param);
                int targetWidth = Math.max(1, (int) Math.round(width * scale));
                int targetHeight = Math.max(1, (int) Math.round(height * scale));
                return resized(decoded, targetWidth, targetHeight);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage resized(BufferedImage source, int width, int height) {
        boolean alpha = source.getColorModel().hasAlpha();
        BufferedImage target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB
                : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}

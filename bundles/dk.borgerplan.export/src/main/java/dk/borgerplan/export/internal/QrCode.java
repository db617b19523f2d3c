package dk.borgerplan.export.internal;

import java.awt.geom.Path2D;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** The QR code of the link back to the plan, as one shape of dark modules (vectors in the PDF, sharp in the PNG). */
final class QrCode {

    /** The light border a reader needs around the code, in modules. */
    static final int QUIET_ZONE = 4;

    private final BitMatrix modules;

    private QrCode(BitMatrix modules) {
        this.modules = modules;
    }

    static QrCode of(URI link) {
        try {
            // Level M survives a printed page's smudges and folds at a size that still fits the header.
            BitMatrix matrix = new QRCodeWriter().encode(link.toASCIIString(), BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                            EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));
            return new QrCode(matrix);
        } catch (WriterException e) {
            throw new IllegalArgumentException("The plan's link is too long for a QR code", e);
        }
    }

    /** Modules across, quiet zone included. */
    int size() {
        return modules.getWidth() + 2 * QUIET_ZONE;
    }

    /** The dark modules, each row's runs joined, with the code's top-left corner (inside the quiet zone) at x, y. */
    Path2D shape(double x, double y, double module) {
        Path2D.Double path = new Path2D.Double();
        for (int row = 0; row < modules.getHeight(); row++) {
            int column = 0;
            while (column < modules.getWidth()) {
                if (!modules.get(column, row)) {
                    column++;
                    continue;
                }
                int start = column;
                while (column < modules.getWidth() && modules.get(column, row)) {
                    column++;
                }
                double left = x + (QUIET_ZONE + start) * module;
                double top = y + (QUIET_ZONE + row) * module;
                path.append(new java.awt.geom.Rectangle2D.Double(left, top, (column - start) * module, module), false);
            }
        }
        return path;
    }
}

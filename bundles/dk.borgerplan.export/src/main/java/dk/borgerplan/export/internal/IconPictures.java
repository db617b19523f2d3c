package dk.borgerplan.export.internal;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;

import dk.borgerplan.icons.IconCatalog;
import dk.borgerplan.icons.IconImage;

/**
 * The icons' pictures, parsed for drawing. Icon packs can be swapped while the platform runs, so every render asks
 * the catalogue again; what is kept between renders is keyed by the served picture's etag (which changes whenever its
 * bytes do), so a swapped pack is drawn from its new pictures at once.
 */
final class IconPictures {

    private static final Logger LOG = LoggerFactory.getLogger(IconPictures.class);
    private static final int KEPT_PICTURES = 512;
    private static final URI NO_BASE = URI.create("borgerplan:icon");

    /** A picture that draws itself into a box, keeping its proportions. */
    interface Picture {
        void draw(Graphics2D g, double x, double y, double width, double height);
    }

    private final Map<String, Picture> parsedByEtag = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Picture> eldest) {
            return size() > KEPT_PICTURES;
        }
    };

    /** The pictures one render uses: each concept asked of the catalogue once per render. */
    final class ForOneRender {
        private final IconCatalog catalog;
        private final boolean grey;
        private final Map<String, Optional<Picture>> asked = new HashMap<>();

        private ForOneRender(IconCatalog catalog, boolean grey) {
            this.catalog = catalog;
            this.grey = grey;
        }

        Optional<Picture> picture(String conceptId) {
            return asked.computeIfAbsent(conceptId, id -> catalog.image(id).flatMap(image -> parsed(image, grey)));
        }
    }

    ForOneRender forRender(IconCatalog catalog, boolean grey) {
        return new ForOneRender(catalog, grey);
    }

    private Optional<Picture> parsed(IconImage image, boolean grey) {
        // The etag is only promised to be strong per concept, so the concept is part of the key.
        String key = image.conceptId() + '\n' + image.etag() + '\n' + (grey ? "grey" : "colour");
        synchronized (parsedByEtag) {
            Picture known = parsedByEtag.get(key);
            if (known != null) {
                return Optional.of(known);
            }
        }
        Optional<Picture> picture = parse(image, grey);
        picture.ifPresent(p -> {
            synchronized (parsedByEtag) {
                parsedByEtag.put(key, p);
            }
        });
        return picture;
    }

    private static Optional<Picture> parse(IconImage image, boolean grey) {
        try {
            if ("image/svg+xml".equals(image.mediaType())) {
                SVGDocument document = new SVGLoader().load(new ByteArrayInputStream(image.bytes()), NO_BASE,
                        LoaderContext.createDefault());
                if (document != null) {
                    return Optional.of(new SvgPicture(document));
                }
            } else if ("image/png".equals(image.mediaType())) {
                BufferedImage read = ImageIO.read(new ByteArrayInputStream(image.bytes()));
                if (read != null) {
                    return Optional.of(new RasterPicture(grey ? greyCopy(read) : read));
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The icon {} from pack {} cannot be drawn: {}", image.conceptId(), image.packId(),
                    e.getMessage());
            return Optional.empty();
        }
        LOG.warn("The icon {} from pack {} cannot be drawn ({})", image.conceptId(), image.packId(),
                image.mediaType());
        return Optional.empty();
    }

    /** Grey by luminance, keeping transparency: the neutral look has no colour, pictures included. */
    private static BufferedImage greyCopy(BufferedImage source) {
        BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < source.getHeight(); y++) {
            for (int x = 0; x < source.getWidth(); x++) {
                int argb = source.getRGB(x, y);
                int luminance = (((argb >> 16) & 0xff) * 77 + ((argb >> 8) & 0xff) * 150 + (argb & 0xff) * 29) >> 8;
                copy.setRGB(x, y, (argb & 0xff000000) | luminance << 16 | luminance << 8 | luminance);
            }
        }
        return copy;
    }

    private static final class SvgPicture implements Picture {
        private final SVGDocument document;

        SvgPicture(SVGDocument document) {
            this.document = document;
        }

        @Override
        public void draw(Graphics2D g, double x, double y, double width, double height) {
            FloatSize size = document.size();
            double scale = Math.min(width / size.width, height / size.height);
            double drawnWidth = size.width * scale;
            double drawnHeight = size.height * scale;
            Graphics2D icon = (Graphics2D) g.create();
            try {
                ViewBox box = new ViewBox((float) (x + (width - drawnWidth) / 2), (float) (y + (height - drawnHeight) / 2),
                        (float) drawnWidth, (float) drawnHeight);
                // One parsed document may be shared by two renders at once; JSVG does not promise that is safe.
                synchronized (document) {
                    document.render((Component) null, icon, box);
                }
            } finally {
                icon.dispose();
            }
        }
    }

    private static final class RasterPicture implements Picture {
        private final BufferedImage image;

        RasterPicture(BufferedImage image) {
            this.image = image;
        }

        @Override
        public void draw(Graphics2D g, double x, double y, double width, double height) {
            double scale = Math.min(width / image.getWidth(), height / image.getHeight());
            AffineTransform place = new AffineTransform();
            place.translate(x + (width - image.getWidth() * scale) / 2, y + (height - image.getHeight() * scale) / 2);
            place.scale(scale, scale);
            Object before = g.getRenderingHint(RenderingHints.KEY_INTERPOLATION);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, place, null);
            if (before != null) {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, before);
            }
        }
    }
}

package dk.borgerplan.platform.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogLevel;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The framework and SCR report failures (a component that cannot activate, a bundle that fails to start) through
 * the OSGi log. This forwards warnings and errors to the operator's log, one line each.
 */
@Component(immediate = true)
public class LogForwarder implements LogListener {

    private final LogReaderService reader;

    @Activate
    public LogForwarder(@Reference LogReaderService reader) {
        this.reader = reader;
        reader.addLogListener(this);
    }

    @Deactivate
    void deactivate() {
        reader.removeLogListener(this);
    }

    @Override
    public void logged(LogEntry entry) {
        LogLevel level = entry.getLogLevel();
        if (level != LogLevel.ERROR && level != LogLevel.WARN) {
            return;
        }
        Logger logger = LoggerFactory.getLogger(entry.getBundle() == null ? "osgi" : entry.getBundle().getSymbolicName());
        Throwable exception = entry.getException();
        String message = exception == null ? entry.getMessage()
                : entry.getMessage() + " (" + exception.getClass().getName() + ": " + exception.getMessage() + ")";
        if (level == LogLevel.ERROR) {
            logger.error(message);
        } else {
            logger.warn(message);
        }
    }
}

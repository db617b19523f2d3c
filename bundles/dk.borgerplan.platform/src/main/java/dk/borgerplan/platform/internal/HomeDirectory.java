package dk.borgerplan.platform.internal;

import java.io.File;
import java.nio.file.Path;

/** The rule for the home directory, kept free of OSGi so that it can be unit tested. */
final class HomeDirectory {

    private HomeDirectory() {
    }

    /**
     * An explicit {@code borgerplan.home} wins; otherwise the folder of the executable jar when started with
     * {@code java -jar}; otherwise the working directory.
     */
    static Path decide(String configuredHome, String classPath, String workingDirectory) {
        if (configuredHome != null && !configuredHome.isBlank()) {
            return Path.of(configuredHome).toAbsolutePath().normalize();
        }
        if (classPath != null && !classPath.contains(File.pathSeparator) && classPath.endsWith(".jar")) {
            Path parent = Path.of(classPath).toAbsolutePath().normalize().getParent();
            if (parent != null) {
                return parent;
            }
        }
        return Path.of(workingDirectory).toAbsolutePath().normalize();
    }
}

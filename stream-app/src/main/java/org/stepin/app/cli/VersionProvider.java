package org.stepin.app.cli;

import org.stepin.core.Detector;
import picocli.CommandLine;

/** Prints the application, model and packaged lexicon versions for {@code --version}. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        Package pkg = VersionProvider.class.getPackage();
        String version = pkg == null || pkg.getImplementationVersion() == null
                ? "development" : pkg.getImplementationVersion();
        return new String[] {"stepin detector " + version, "model " + Detector.MODEL_VERSION};
    }
}

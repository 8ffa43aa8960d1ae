package org.stic.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import picocli.CommandLine.IVersionProvider;

/** {@code stic --version}: "stic 0.1.0 (build 202501011200)", taken from this bundle's version. */
public class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {versionLine(bundleVersion())};
    }

    static String versionLine(Version v) {
        String base = "stic " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
        return v.getQualifier().isEmpty() ? base : base + " (build " + v.getQualifier() + ")";
    }

    static Version bundleVersion() {
        Bundle bundle = FrameworkUtil.getBundle(VersionProvider.class);
        return bundle != null ? bundle.getVersion() : Version.emptyVersion;
    }
}

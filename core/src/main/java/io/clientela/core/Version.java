package io.clientela.core;

/** The one version of Clientela: shown by {@code --version}, written into every workspace and every run's provenance. */
public final class Version {
    /** The release number; the build's project version without its {@code -SNAPSHOT}. */
    public static final String NUMBER = "0.1.0";

    private Version() {
    }
}

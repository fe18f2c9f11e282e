package org.kolo.courses;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where course content comes from. */
@ConfigMapping(prefix = "kolo.content")
public interface ContentConfig {

    /** The content folder (with courses/ inside); an organisation can point it at its own repository. */
    @WithDefault("content")
    String dir();

    /** Import the folder when Kolo starts. */
    @WithDefault("true")
    boolean loadAtStart();
}

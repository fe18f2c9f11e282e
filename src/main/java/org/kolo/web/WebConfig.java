package org.kolo.web;

import io.smallrye.config.ConfigMapping;

/** Settings of the web shell. */
@ConfigMapping(prefix = "kolo.web")
public interface WebConfig {

    /** Where the quick exit goes: a neutral, widely used site. */
    String quickExitUrl();
}

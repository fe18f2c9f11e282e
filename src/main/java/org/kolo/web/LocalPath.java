package org.kolo.web;

import java.util.regex.Pattern;

/** Keeps redirects on Kolo: only a plain local path is followed, never another site. */
final class LocalPath {

    private static final Pattern SAFE = Pattern.compile("/[A-Za-z0-9/_.~-]*");

    private LocalPath() {}

    static String orHome(String path) {
        if (path == null || path.startsWith("//") || !SAFE.matcher(path).matches()) {
            return "/";
        }
        return path;
    }
}

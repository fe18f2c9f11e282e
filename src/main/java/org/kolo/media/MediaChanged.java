package org.kolo.media;

/** A media item's files, subtitles or titles changed: pages that show it are rendered again. */
public record MediaChanged(String mediaId) {}

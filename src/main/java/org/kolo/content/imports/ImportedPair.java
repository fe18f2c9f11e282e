package org.kolo.content.imports;

/** One pair of a matching question: the left side and the right side that belongs to it. */
record ImportedPair(String left, String right) {}

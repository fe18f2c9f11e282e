package org.kolo.content.imports;

/** One option of a choice question; feedback is null when absent. */
record ImportedOption(String text, boolean correct, String feedback) {}

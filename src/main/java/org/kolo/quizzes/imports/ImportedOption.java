package org.kolo.quizzes.imports;

/** One option of a choice question; feedback is null when absent. */
record ImportedOption(String text, boolean correct, String feedback) {
}

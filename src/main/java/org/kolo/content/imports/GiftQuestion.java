package org.kolo.content.imports;

/**
 * A GIFT question once its name, text and general feedback are read: what is left to read is the inside of its
 * braces, {@code answers}, which begin at {@code line}.
 */
record GiftQuestion(String id, String text, String explanation, GiftText answers, int line) {}

package org.kolo.people;

/** A login slip's words in the woman's language, for the page and the PDF alike. */
public record SlipWords(String heading, String address, String nickname, String password, String scan, String note) {}

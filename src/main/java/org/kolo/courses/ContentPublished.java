package org.kolo.courses;

/** Fired after a content import: what readers see of courses, lessons and quizzes is rebuilt from the database. */
public record ContentPublished() {}

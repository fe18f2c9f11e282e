package org.kolo.content.imports;

import java.util.List;

/** What the quiz file is written from: the quiz id, its one language, its title and the imported questions. */
record ImportedQuiz(String id, String language, String title, List<ImportedQuestion> questions) {}

package org.kolo.content.imports;

import java.util.List;
import org.kolo.content.imports.ImportProblem.Kind;

/** The questions a parser could take over and, in file order, the problems it found. */
record ImportResult(List<ImportedQuestion> questions, List<ImportProblem> problems) {

    long count(Kind kind) {
        return problems.stream().filter(problem -> problem.kind() == kind).count();
    }
}

package org.kolo.content.imports;

import static org.kolo.content.imports.ImportProblem.Kind.ERROR;
import static org.kolo.content.imports.ImportProblem.Kind.UNSUPPORTED;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

/**
 * The Moodle import's command line: {@code mvn -q -Pimport-quiz -Dkolo.import.file=… -Dkolo.import.language=…
 * -Dkolo.import.id=…} (content/README.md, "Importing Moodle questions"). The quiz file goes to standard output
 * and nothing else does; problems go to standard error. Exit status 1 when the file has errors or unsupported
 * items that may not be left out, 2 on wrong arguments.
 */
public final class ImportQuiz {

    private static final String BOM = "\uFEFF";

    private ImportQuiz() {}

    public static void main(String[] args) {
        int status = run(args, utf8(System.out), utf8(System.err));
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        ImportArguments arguments;
        try {
            arguments = ImportArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(ImportArguments.USAGE);
            return 2;
        }
        String file = arguments.file().toString();
        String content;
        try {
            content = Files.readString(arguments.file(), StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            err.println(file + ":1: error: not a UTF-8 text file");
            return 1;
        } catch (IOException e) {
            err.println("cannot read " + file + ": " + e.getMessage());
            return 2;
        }
        content = content.startsWith(BOM) ? content.substring(BOM.length()) : content;
        ImportResult result = arguments.format().parse(content, arguments.language());
        result.problems().forEach(problem -> err.println(problem.format(file)));
        return finish(arguments, result, looksLikeGift(content), out, err);
    }

    private static int finish(
            ImportArguments arguments, ImportResult result, boolean looksLikeGift, PrintStream out, PrintStream err) {
        long errors = result.count(ERROR);
        long unsupported = result.count(UNSUPPORTED);
        if (errors > 0) {
            err.println(count(errors, "error") + ": nothing written");
            if (arguments.formatGuessed() && arguments.format() == ImportFormat.AIKEN && looksLikeGift) {
                // Moodle exports GIFT with the .txt extension too.
                err.println("this looks like GIFT: add -Dkolo.import.format=gift");
            }
            return 1;
        }
        if (unsupported > 0 && !arguments.skipUnsupported()) {
            err.println(count(unsupported, "unsupported item") + ": nothing written; change the file, or add "
                    + "-Dkolo.import.skip-unsupported=true to import it without them");
            return 1;
        }
        if (result.questions().isEmpty()) {
            err.println(arguments.file() + ": no question to import");
            return 1;
        }
        out.print(QuizYamlWriter.write(
                new ImportedQuiz(arguments.id(), arguments.language(), arguments.title(), result.questions())));
        out.flush();
        err.println("imported " + count(result.questions().size(), "question")
                + (unsupported > 0 ? ", without the " + count(unsupported, "unsupported item") + " above" : ""));
        return 0;
    }

    private static boolean looksLikeGift(String content) {
        return content.contains("{") && content.contains("}");
    }

    private static String count(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static PrintStream utf8(PrintStream stream) {
        return new PrintStream(stream, true, StandardCharsets.UTF_8);
    }
}

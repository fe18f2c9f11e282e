package org.kolo.quizzes;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kolo.quizzes.AttemptView.Choice;
import org.kolo.quizzes.AttemptView.QuestionView;
import org.kolo.quizzes.AttemptView.Result;
import org.kolo.quizzes.AttemptView.Review;
import org.kolo.quizzes.Question.Item;
import org.kolo.quizzes.Question.Option;
import org.kolo.quizzes.Question.Pair;
import org.kolo.quizzes.QuizAttempt.AskedQuestion;
import org.kolo.web.Language;
import org.kolo.web.Texts;

/** Builds what the owner of an attempt may see of it, in the language of the request. */
@RequestScoped
public class AttemptViews {

    @Inject
    Texts texts;

    public String title(Quiz quiz) {
        return texts.pick(quiz.titles());
    }

    public String intro(Quiz quiz) {
        return quiz.intro().isEmpty() ? null : texts.pick(quiz.intro());
    }

    public AttemptView of(QuizAttempt attempt, Quiz quiz) {
        return of(
                attempt,
                quiz,
                QuizAnswer.of(attempt.id).stream().collect(Collectors.toMap(a -> a.questionId, Function.identity())));
    }

    /** An attempt just started or resumed: a new one has no answers to read. */
    public AttemptView of(Attempts.Started started, Quiz quiz) {
        return started.resumed() ? of(started.attempt(), quiz) : of(started.attempt(), quiz, Map.of());
    }

    /** An attempt just submitted: when this submit graded it, its answers are at hand already. */
    public AttemptView of(Attempts.Submitted submitted, Quiz quiz) {
        return submitted.graded() == null
                ? of(submitted.attempt(), quiz)
                : of(submitted.attempt(), quiz, submitted.graded());
    }

    private AttemptView of(QuizAttempt attempt, Quiz quiz, Map<String, QuizAnswer> answers) {
        List<QuestionView> questions = new ArrayList<>();
        for (AskedQuestion asked : attempt.layout) {
            quiz.question(asked.question())
                    .ifPresent(question -> questions.add(question(
                            question,
                            asked,
                            answers.get(question.id()),
                            questions.size() + 1,
                            reviewed(attempt, quiz, answers, question))));
        }
        Instant now = Instant.now();
        Long secondsLeft = attempt.deadline == null || attempt.isSubmitted()
                ? null
                : Math.max(0, Duration.between(now, attempt.deadline).toSeconds());
        Result result = attempt.isSubmitted()
                ? new Result(
                        attempt.score,
                        attempt.maxScore,
                        attempt.percent,
                        Boolean.TRUE.equals(attempt.passed),
                        quiz.passMark(),
                        attempt.submittedAt)
                : null;
        return new AttemptView(
                attempt.id,
                quiz.id(),
                quiz.courseId(),
                texts.pick(quiz.titles()),
                attempt.number,
                attempt.isSubmitted() ? AttemptView.SUBMITTED : AttemptView.IN_PROGRESS,
                attempt.startedAt,
                attempt.deadline,
                secondsLeft,
                quiz.feedback().code(),
                result,
                questions);
    }

    public AttemptView.SavedAnswer saved(Attempts.Answered saved) {
        return new AttemptView.SavedAnswer(
                saved.question().id(),
                saved.answer(),
                saved.reviewed() ? review(saved.question(), saved.answer()) : null);
    }

    private static boolean reviewed(
            QuizAttempt attempt, Quiz quiz, Map<String, QuizAnswer> answers, Question question) {
        return quiz.feedback() == Quiz.Feedback.AFTER_EACH
                ? attempt.isSubmitted() || answers.containsKey(question.id())
                : quiz.feedback() == Quiz.Feedback.AFTER_SUBMIT && attempt.isSubmitted();
    }

    private QuestionView question(
            Question question, AskedQuestion asked, QuizAnswer saved, int position, boolean reviewed) {
        Answer answer = saved == null ? null : saved.answer;
        List<Choice> choices = switch (question.type()) {
            case SINGLE, MULTIPLE ->
                asked.order().stream()
                        .flatMap(id -> question.option(id).stream())
                        .map(o -> new Choice(o.id(), texts.pick(o.text())))
                        .toList();
            case ORDERING ->
                asked.order().stream()
                        .flatMap(id -> question.items().stream().filter(i -> i.id().equals(id)))
                        .map(i -> new Choice(i.id(), texts.pick(i.text())))
                        .toList();
            case MATCHING ->
                asked.order().stream()
                        .flatMap(id -> question.pairs().stream().filter(p -> p.id().equals(id)))
                        .map(p -> new Choice(p.id(), texts.pick(p.right())))
                        .toList();
            case TRUE_FALSE, SHORT -> null;
        };
        List<Choice> lefts = question.type() == QuestionType.MATCHING
                ? question.pairs().stream()
                        .map(p -> new Choice(p.id(), texts.pick(p.left())))
                        .toList()
                : null;
        return new QuestionView(
                question.id(),
                question.type().code(),
                position,
                texts.pick(question.text()),
                question.points(),
                choices,
                lefts,
                answer,
                reviewed ? review(question, answer) : null);
    }

    private Review review(Question question, Answer answer) {
        double score = Grader.score(question, answer);
        String explanation = question.explanation().isEmpty() ? null : texts.pick(question.explanation());
        return new Review(
                score,
                Grader.isCorrect(question, answer),
                feedback(question, answer),
                explanation,
                rightAnswer(question),
                rightAnswerText(question));
    }

    private List<String> feedback(Question question, Answer answer) {
        if (answer == null) {
            return List.of();
        }
        return switch (question.type()) {
            case SINGLE ->
                question.option(answer.option()).map(this::feedbackOf).stream()
                        .filter(f -> !f.isEmpty())
                        .toList();
            case MULTIPLE ->
                answer.options().stream()
                        .flatMap(id -> question.option(id).stream())
                        .map(this::feedbackOf)
                        .filter(f -> !f.isEmpty())
                        .toList();
            case TRUE_FALSE -> {
                Map<String, String> chosen = answer.value() ? question.feedbackTrue() : question.feedbackFalse();
                yield chosen.isEmpty() ? List.of() : List.of(texts.pick(chosen));
            }
            case MATCHING, ORDERING, SHORT -> List.of();
        };
    }

    private String feedbackOf(Option option) {
        return option.feedback().isEmpty() ? "" : texts.pick(option.feedback());
    }

    private static Answer rightAnswer(Question question) {
        return switch (question.type()) {
            case SINGLE ->
                new Answer(
                        question.options().stream()
                                .filter(Option::correct)
                                .map(Option::id)
                                .findFirst()
                                .orElse(null),
                        null,
                        null,
                        null,
                        null,
                        null);
            case MULTIPLE ->
                new Answer(
                        null,
                        question.options().stream()
                                .filter(Option::correct)
                                .map(Option::id)
                                .toList(),
                        null,
                        null,
                        null,
                        null);
            case TRUE_FALSE -> new Answer(null, null, question.answer(), null, null, null);
            case MATCHING ->
                new Answer(
                        null,
                        null,
                        null,
                        question.pairs().stream().collect(Collectors.toMap(Pair::id, Pair::id)),
                        null,
                        null);
            case ORDERING ->
                new Answer(
                        null,
                        null,
                        null,
                        null,
                        question.items().stream().map(Item::id).toList(),
                        null);
            case SHORT -> null;
        };
    }

    /** The right answer in words, for the result page. */
    private String rightAnswerText(Question question) {
        return switch (question.type()) {
            case SINGLE, MULTIPLE ->
                question.options().stream()
                        .filter(Option::correct)
                        .map(o -> texts.pick(o.text()))
                        .collect(Collectors.joining("; "));
            case TRUE_FALSE -> texts.get(question.answer() ? "quiz.true" : "quiz.false");
            case MATCHING ->
                question.pairs().stream()
                        .map(p -> texts.pick(p.left()) + " → " + texts.pick(p.right()))
                        .collect(Collectors.joining("; "));
            case ORDERING ->
                question.items().stream().map(i -> texts.pick(i.text())).collect(Collectors.joining(" → "));
            case SHORT -> acceptedIn(question);
        };
    }

    private String acceptedIn(Question question) {
        List<String> accepted = Language.pick(question.accepted(), texts.lang());
        return accepted == null || accepted.isEmpty() ? "" : accepted.get(0);
    }
}

package org.kolo.quizzes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kolo.courses.CourseWorkDone;
import org.kolo.quizzes.QuizAttempt.AskedQuestion;
import org.kolo.web.RefusedRequest;

/**
 * Starting, answering and submitting attempts. Every step checks the attempt against the person asking: someone
 * else's attempt does not exist for her. Every answer is stored when it is sent, so nothing is lost with the
 * connection; submitting twice grades once.
 */
@ApplicationScoped
public class Attempts {

    private static final Random RANDOM = new SecureRandom();

    @Inject
    QuizBank quizzes;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Event<CourseWorkDone> workDone;

    @Inject
    AttemptFacts facts;

    @Inject
    AnswerStore answerStore;

    /** An attempt in progress, and whether it was already open. */
    public record Started(QuizAttempt attempt, boolean resumed) {}

    /** The person's attempt in progress, or a new one when none is open and attempts are left. */
    public Started startOrResume(String quizId, String accountId, String city) {
        Quiz quiz = quizzes.quiz(quizId).orElseThrow(NotFoundException::new);
        Started started;
        try {
            started = QuarkusTransaction.requiringNew().call(() -> startOrResume(quiz, accountId, city));
        } catch (RefusedRequest e) {
            throw e;
        } catch (RuntimeException e) {
            // Two taps at once: the other request opened the attempt (one open attempt per person); resume it.
            started = QuarkusTransaction.requiringNew()
                    .call(() -> new Started(QuizAttempt.open(quizId, accountId).orElseThrow(() -> e), true));
        }
        facts.started(started.attempt());
        return started;
    }

    private Started startOrResume(Quiz quiz, String accountId, String city) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        // One light query for how many she took and which one is open; only an open one is loaded.
        Object[] taken = (Object[]) entityManager
                .createNativeQuery("""
                select count(*), max(case when submitted_at is null then cast(id as text) end)
                from quiz_attempt where quiz_id = ?1 and account_id = ?2
                """)
                .setParameter(1, quiz.id())
                .setParameter(2, accountId)
                .getSingleResult();
        int count = ((Number) taken[0]).intValue();
        QuizAttempt open = taken[1] == null ? null : QuizAttempt.findById(UUID.fromString((String) taken[1]));
        if (open != null && !open.isOverdue(now)) {
            return new Started(open, true);
        }
        if (open != null) {
            grade(open, quiz, open.deadline);
        }
        if (!quiz.unlimitedAttempts() && count >= quiz.attempts()) {
            throw new RefusedRequest(409, "no-attempts-left", quiz.attempts());
        }
        QuizAttempt attempt = new QuizAttempt();
        attempt.id = UUID.randomUUID();
        attempt.quizId = quiz.id();
        attempt.accountId = accountId;
        attempt.city = city;
        attempt.number = count + 1;
        attempt.quizVersion = quiz.version();
        attempt.layout = layout(quiz);
        attempt.startedAt = now;
        attempt.deadline = quiz.timeLimit().map(now::plus).orElse(null);
        attempt.persistAndFlush();
        return new Started(attempt, false);
    }

    /** Questions drawn (all of them, or {@code draw} at random) and their choices in the order shown. */
    static List<AskedQuestion> layout(Quiz quiz) {
        List<Question> questions = new ArrayList<>(quiz.questions());
        if (quiz.draw() != null) {
            Collections.shuffle(questions, RANDOM);
            questions = questions.subList(0, quiz.asked());
        }
        return questions.stream()
                .map(q -> new AskedQuestion(q.id(), choiceOrder(quiz, q)))
                .toList();
    }

    private static List<String> choiceOrder(Quiz quiz, Question question) {
        List<String> ids = switch (question.type()) {
            case SINGLE, MULTIPLE ->
                question.options().stream().map(Question.Option::id).toList();
            case MATCHING -> question.pairs().stream().map(Question.Pair::id).toList();
            case ORDERING -> question.items().stream().map(Question.Item::id).toList();
            case TRUE_FALSE, SHORT -> List.of();
        };
        List<String> order = new ArrayList<>(ids);
        boolean shuffled =
                question.type() == QuestionType.ORDERING || question.type() == QuestionType.MATCHING || quiz.shuffle();
        if (shuffled) {
            Collections.shuffle(order, RANDOM);
            if (question.type() == QuestionType.ORDERING && order.equals(ids) && ids.size() > 1) {
                Collections.rotate(order, 1); // shown in the right order, it would answer itself
            }
        }
        return order;
    }

    /** One attempt of the person, or not found, whoever else it belongs to. Overdue attempts are graded first. */
    public QuizAttempt mine(UUID attemptId, String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuizAttempt attempt = owned(attemptId, accountId, LockModeType.NONE);
            if (!attempt.isSubmitted() && attempt.isOverdue(Instant.now())) {
                attempt = owned(attemptId, accountId, LockModeType.PESSIMISTIC_WRITE);
                if (!attempt.isSubmitted()) {
                    grade(attempt, quiz(attempt), attempt.deadline);
                }
            }
            return attempt;
        });
    }

    /**
     * Saves one answer; nothing changes when it is refused. The hot path of a quiz: the attempt's fixed facts are
     * remembered, and the answer is one statement on its own (one round trip, one commit), which writes only while
     * the attempt is not submitted and holds the attempt's row against a submit until it is done.
     */
    public Answered answer(UUID attemptId, String accountId, String questionId, Answer answer) {
        AttemptFacts.Facts attempt =
                facts.of(attemptId).filter(f -> f.accountId().equals(accountId)).orElseThrow(NotFoundException::new);
        Quiz quiz = quizzes.quiz(attempt.quizId()).orElseThrow(NotFoundException::new);
        Question question = quiz.question(questionId)
                .filter(q -> attempt.asks(q.id()))
                .orElseThrow(() -> new RefusedRequest(422, "question-not-in-attempt", questionId));
        AnswerCheck.problem(question, answer).ifPresent(problem -> {
            throw new RefusedRequest(422, problem);
        });
        boolean finalAnswers = quiz.feedback() == Quiz.Feedback.AFTER_EACH;
        answerStore.save(attemptId, questionId, json(answer), finalAnswers).ifPresent(refusal -> {
            throw new RefusedRequest(409, refusal);
        });
        return new Answered(quiz, question, answer, finalAnswers);
    }

    /** A saved answer, with what its review needs when the quiz shows feedback after each question. */
    public record Answered(Quiz quiz, Question question, Answer answer, boolean reviewed) {}

    /**
     * A submitted attempt; {@code graded} holds its answers by question when this submit graded it (so that its
     * view need not read them again), and is null when it had been graded before.
     */
    public record Submitted(QuizAttempt attempt, Map<String, QuizAnswer> graded) {}

    /** Grades the attempt once; a second submit (a double tap, a retry) returns the same result. */
    public Submitted submit(UUID attemptId, String accountId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            QuizAttempt attempt = owned(attemptId, accountId, LockModeType.PESSIMISTIC_WRITE);
            if (attempt.isSubmitted()) {
                return new Submitted(attempt, null);
            }
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it
            return new Submitted(
                    attempt, grade(attempt, quiz(attempt), attempt.isOverdue(now) ? attempt.deadline : now));
        });
    }

    private Map<String, QuizAnswer> grade(QuizAttempt attempt, Quiz quiz, Instant at) {
        Map<String, QuizAnswer> answers =
                QuizAnswer.of(attempt.id).stream().collect(Collectors.toMap(a -> a.questionId, Function.identity()));
        double score = 0;
        double max = 0;
        List<String> graded = new ArrayList<>();
        List<BigDecimal> points = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        for (AskedQuestion asked : attempt.layout) {
            Question question = quiz.question(asked.question()).orElse(null);
            if (question == null) {
                continue; // removed from the quiz since: neither counted for nor against her
            }
            max += question.points();
            QuizAnswer answer = answers.get(question.id());
            if (answer != null) {
                double earned = Grader.score(question, answer.answer);
                graded.add(question.id());
                points.add(decimal(earned));
                correct.add(Grader.isCorrect(question, answer.answer));
                score += earned;
            }
        }
        // One statement for all answers rather than one per answer.
        entityManager
                .createNativeQuery("""
                update quiz_answer a set score = g.score, correct = g.correct
                from unnest(cast(?2 as varchar[]), cast(?3 as numeric[]), cast(?4 as boolean[])) as g(question, score, correct)
                where a.attempt_id = ?1 and a.question_id = g.question
                """)
                .setParameter(1, attempt.id)
                .setParameter(2, graded.toArray(String[]::new))
                .setParameter(3, points.toArray(BigDecimal[]::new))
                .setParameter(4, correct.toArray(Boolean[]::new))
                .executeUpdate();
        attempt.score = decimal(score);
        attempt.maxScore = decimal(max);
        attempt.percent = max == 0
                ? BigDecimal.ZERO
                : BigDecimal.valueOf(100 * score / max).setScale(2, RoundingMode.HALF_UP);
        attempt.passed = attempt.percent.compareTo(BigDecimal.valueOf(quiz.passMark())) >= 0;
        attempt.submittedAt = at;
        if (attempt.passed) {
            workDone.fire(new CourseWorkDone(attempt.accountId, quiz.courseId()));
        }
        return answers;
    }

    private QuizAttempt owned(UUID attemptId, String accountId, LockModeType lock) {
        QuizAttempt attempt = QuizAttempt.findById(attemptId, lock);
        if (attempt == null || !attempt.accountId.equals(accountId)) {
            throw new NotFoundException();
        }
        return attempt;
    }

    private Quiz quiz(QuizAttempt attempt) {
        return quizzes.quiz(attempt.quizId).orElseThrow(NotFoundException::new);
    }

    private String json(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP);
    }
}

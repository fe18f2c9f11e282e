package org.kolo.certificates;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Sends verification answers no sooner than a fixed time after the request came, whether the code exists, does not,
 * or is malformed: the few hundred microseconds by which those paths differ cannot then be measured from outside.
 * The wait holds no thread.
 */
@ApplicationScoped
public class SteadyAnswers {

    private final Duration answerTime;

    @Inject
    public SteadyAnswers(CertificateConfig config) {
        this.answerTime = config.verificationAnswerTime();
    }

    /** Does the work now and hands its result, or its failure, over once the answer time has passed. */
    public <T> Uni<T> answer(long startedNanos, Supplier<T> work) {
        T result = null;
        RuntimeException failure = null;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            failure = e;
        }
        Duration left = answerTime.minusNanos(System.nanoTime() - startedNanos);
        // Timers run in whole milliseconds; less than one left is not worth a timer.
        Uni<Void> pause = left.toMillis() < 1
                ? Uni.createFrom().voidItem()
                : Uni.createFrom().voidItem().onItem().delayIt().by(left);
        RuntimeException refused = failure;
        T answer = result;
        if (refused != null) {
            return pause.onItem().transformToUni(nothing -> Uni.createFrom().failure(refused));
        }
        return pause.replaceWith(answer);
    }
}

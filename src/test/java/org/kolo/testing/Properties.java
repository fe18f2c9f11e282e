package org.kolo.testing;

import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Property-based checks: a property is tried on many generated inputs, and a failure is reported with the seed
 * that reproduces it and the smallest input that still fails. jqwik would do this, but jqwik 1.9 runs on JUnit
 * Platform 1 while Quarkus 3.33 brings Platform 6, and jqwik 1.10's licence asks not to be used by coding agents.
 *
 * <p>Runs are bounded by a number of tries ({@code -Dkolo.property.tries}, 2000 by default) and repeatable: the
 * seed is fixed unless {@code -Dkolo.property.seed} gives another, or {@code random}.
 */
public final class Properties {

    private static final long DEFAULT_SEED = 20261207L;
    private static final int TRIES = Integer.getInteger("kolo.property.tries", 2000);
    private static final int MOST_SHRINKS = 2000;

    private Properties() {}

    /** What a property says about one input; it fails by throwing. */
    @FunctionalInterface
    public interface Check<T> {
        void accept(T input) throws Exception;
    }

    /** The property holds for every input {@code inputs} makes; {@code smaller} offers simpler inputs to shrink to. */
    public static <T> void forAll(
            String property, Function<Random, T> inputs, Function<T, Stream<T>> smaller, Check<T> check) {
        long seed = seed();
        Random random = new Random(seed);
        for (int i = 0; i < TRIES; i++) {
            T input = inputs.apply(random);
            Throwable failure = failure(check, input);
            if (failure != null) {
                Failing<T> smallest = shrink(new Failing<>(input, failure), smaller, check);
                throw new AssertionError(
                        property + " fails on try " + (i + 1) + " of seed " + seed + " (-Dkolo.property.seed=" + seed
                                + "); smallest failing input: " + show(smallest.input()),
                        smallest.failure());
            }
        }
        System.out.println("property '" + property + "': " + TRIES + " tries, seed " + seed + ", held");
    }

    /** Strings shrink by losing a part: halves first, then smaller parts, down to one character. */
    public static Stream<String> shorter(String text) {
        return Stream.iterate(Math.max(1, text.length() / 2), size -> size >= 1, size -> size / 2)
                .flatMap(size -> Stream.iterate(0, from -> from < text.length(), from -> from + size)
                        .map(from -> text.substring(0, from) + text.substring(Math.min(text.length(), from + size))));
    }

    /** Byte arrays shrink as strings do. */
    public static Stream<byte[]> shorter(byte[] bytes) {
        return Stream.iterate(Math.max(1, bytes.length / 2), size -> size >= 1, size -> size / 2)
                .flatMap(size -> Stream.iterate(0, from -> from < bytes.length, from -> from + size)
                        .map(from -> {
                            int to = Math.min(bytes.length, from + size);
                            byte[] less = new byte[bytes.length - (to - from)];
                            System.arraycopy(bytes, 0, less, 0, from);
                            System.arraycopy(bytes, to, less, from, bytes.length - to);
                            return less;
                        }));
    }

    private static long seed() {
        String given = System.getProperty("kolo.property.seed");
        if (given == null || given.isBlank()) {
            return DEFAULT_SEED;
        }
        return given.equals("random") ? new Random().nextLong() : Long.parseLong(given);
    }

    private static <T> Throwable failure(Check<T> check, T input) {
        try {
            check.accept(input);
            return null;
        } catch (Exception | AssertionError | StackOverflowError e) {
            return e;
        }
    }

    /** An input and how the property failed on it. */
    private record Failing<T>(T input, Throwable failure) {}

    /** The smallest input found that fails the same way (the same kind of throwable). */
    private static <T> Failing<T> shrink(Failing<T> failing, Function<T, Stream<T>> smaller, Check<T> check) {
        Failing<T> smallest = failing;
        int tries = 0;
        boolean shrunk = true;
        while (shrunk && tries < MOST_SHRINKS) {
            shrunk = false;
            for (T candidate : (Iterable<T>) smaller.apply(smallest.input())::iterator) {
                if (++tries > MOST_SHRINKS) {
                    break;
                }
                Throwable again = failure(check, candidate);
                if (again != null && again.getClass() == failing.failure().getClass()) {
                    smallest = new Failing<>(candidate, again);
                    shrunk = true;
                    break;
                }
            }
        }
        return smallest;
    }

    private static String show(Object input) {
        String text = input instanceof byte[] bytes ? java.util.HexFormat.of().formatHex(bytes) : String.valueOf(input);
        StringBuilder shown = new StringBuilder("\"");
        text.codePoints().limit(2000).forEach(c -> {
            if (c == '"' || c == '\\') {
                shown.append('\\').appendCodePoint(c);
            } else if (c >= 0x20 && c < 0x7F || Character.isLetterOrDigit(c) && c < 0x2000) {
                shown.appendCodePoint(c);
            } else {
                shown.append(c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\U%06X", c));
            }
        });
        return shown.append(text.length() > 2000 ? "…\" (" + text.length() + " chars)" : "\"")
                .toString();
    }
}

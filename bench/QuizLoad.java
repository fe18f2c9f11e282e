import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * N learners take a quiz at the same moment: each starts an attempt, answers every question (one PUT each),
 * submits twice (a double tap) and reads the attempt back, pausing at random (0 to twice the think time) before
 * each request, as people do; with no think time it measures how many requests Kolo can take. Prints latency percentiles and checks that every
 * answer was stored once, every learner has one attempt, and both submits gave the same result.
 * Run by bench/quiz-load; the learners are created in Keycloak by {@link Learners}. The requests go through Vert.x's
 * HTTP client on one event loop, one connection per learner.
 */
public class QuizLoad {

    static final ObjectMapper JSON = new ObjectMapper();
    static final Vertx VERTX = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(1).setWorkerPoolSize(1));
    /** For setting up the learners only. */
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .executor(Executors.newFixedThreadPool(8, daemon())).build();
    static final Map<String, List<Long>> TIMES = new ConcurrentHashMap<>();
    static final AtomicInteger ERRORS = new AtomicInteger();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String quiz = args[1];
        int count = Integer.parseInt(args[2]);
        long thinkMillis = Long.parseLong(args[6]);
        List<String> tokens = new Learners(args[3], args[4], args[5]).tokens(count);
        String tokensFile = System.getenv("QUIZ_LOAD_TOKENS_FILE");
        if (tokensFile != null) { // bench/quiz-burst: only the signed-in learners, for wrk to drive
            java.nio.file.Files.write(java.nio.file.Path.of(tokensFile), tokens);
            System.exit(0);
        }
        // One connection per learner, all on one event loop: the generator must not need a thread per learner,
        // nor take the CPU that Kolo is measured on.
        io.vertx.core.http.HttpClient client = VERTX.createHttpClient(
                new HttpClientOptions().setKeepAlive(true).setConnectTimeout(10_000),
                new PoolOptions().setHttp1MaxSize(tokens.size()).setMaxWaitQueueSize(-1));
        // The generator's own first requests load and compile its HTTP and JSON code, holding its one event loop for
        // a few hundred ms: measured, that was put on Kolo's account. A few unmeasured reads warm it up first.
        for (int i = 0; i < 20; i++) {
            new Learner(client, base, quiz, tokens.get(i % tokens.size()), 0)
                    .send("warm-up", "GET", base + "/api/quizzes/" + quiz, null).join();
        }
        TIMES.clear();
        long started = System.nanoTime();
        long cpuBefore = processCpuNanos();
        List<CompletableFuture<Outcome>> outcomes = tokens.stream()
                .map(token -> new Learner(client, base, quiz, token, thinkMillis).take()).toList();
        List<Outcome> results = outcomes.stream().map(CompletableFuture::join).toList();
        double seconds = (System.nanoTime() - started) / 1e9;
        double generatorCpu = (processCpuNanos() - cpuBefore) / 1e9;

        int requests = TIMES.values().stream().mapToInt(List::size).sum();
        System.out.printf("learners %d, think time up to %d ms: %d requests in %.1f s (%.0f requests/s), "
                + "errors %d%n", tokens.size(), 2 * thinkMillis, requests, seconds, requests / seconds, ERRORS.get());
        System.out.printf("load generator: %.1f CPU-seconds during the run (%.0f%% of one core)%n", generatorCpu,
                100 * generatorCpu / seconds);
        for (String kind : List.of("start", "answer", "submit", "submit-again", "read")) {
            List<Long> times = new ArrayList<>(TIMES.getOrDefault(kind, List.of()));
            Collections.sort(times);
            if (!times.isEmpty()) {
                System.out.printf("%-13s n=%5d  p50 %6.1f ms  p90 %6.1f ms  p99 %6.1f ms  max %6.1f ms%n", kind,
                        times.size(), pct(times, 50), pct(times, 90), pct(times, 99), times.get(times.size() - 1) / 1e6);
            }
        }
        long answered = results.stream().mapToLong(Outcome::answersSent).sum();
        long stored = results.stream().mapToLong(Outcome::answersStored).sum();
        long sameResult = results.stream().filter(Outcome::sameResultTwice).count();
        long submitted = results.stream().filter(Outcome::submitted).count();
        System.out.printf("answers sent %d, stored (read back) %d; attempts submitted %d of %d; "
                + "double submit gave one result: %d of %d%n", answered, stored, submitted, results.size(), sameResult,
                results.size());
        results.forEach(r -> System.err.println("attempt " + r.attempt()));
        boolean ok = ERRORS.get() == 0 && answered == stored && submitted == results.size()
                && sameResult == results.size();
        System.out.flush();
        System.exit(ok ? 0 : 1); // Vert.x and the HTTP client would keep the JVM alive otherwise
    }

    static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Threads that do not keep the JVM alive once the run is over. */
    static java.util.concurrent.ThreadFactory daemon() {
        return runnable -> {
            Thread thread = new Thread(runnable);
            thread.setDaemon(true);
            return thread;
        };
    }

    record Outcome(String attempt, long answersSent, long answersStored, boolean submitted, boolean sameResultTwice) {
    }

    /** One learner as a chain of requests, with a pause before each. */
    record Learner(io.vertx.core.http.HttpClient client, String base, String quiz, String token, long thinkMillis) {

        CompletableFuture<Outcome> take() {
            return call("start", "POST", base + "/api/quizzes/" + quiz + "/attempts", "").thenCompose(attempt -> {
                String id = attempt.get("id").asText();
                CompletableFuture<Void> answers = CompletableFuture.completedFuture(null);
                int sent = 0;
                for (JsonNode question : attempt.get("questions")) {
                    String url = base + "/api/attempts/" + id + "/answers/" + question.get("id").asText();
                    answers = answers.thenCompose(x -> call("answer", "PUT", url, answerTo(question).toString()))
                            .thenApply(x -> null);
                    sent++;
                }
                long answersSent = sent;
                String submit = base + "/api/attempts/" + id + "/submit";
                return answers.thenCompose(x -> call("submit", "POST", submit, ""))
                        .thenCompose(first -> call("submit-again", "POST", submit, "")
                                .thenCompose(again -> call("read", "GET", base + "/api/attempts/" + id, null)
                                        .thenApply(read -> outcome(id, answersSent, first, again, read))));
            });
        }

        private static Outcome outcome(String id, long sent, JsonNode first, JsonNode again, JsonNode read) {
            long stored = 0;
            for (JsonNode question : read.get("questions")) {
                stored += question.has("answer") ? 1 : 0;
            }
            boolean same = first.get("result").equals(again.get("result"));
            if (!same) {
                System.err.println("different results: " + first.get("result") + " / " + again.get("result"));
            }
            return new Outcome(id, sent, stored, "submitted".equals(read.get("state").asText()), same);
        }

        private CompletableFuture<JsonNode> call(String kind, String method, String url, String body) {
            long pause = thinkMillis == 0 ? 0 : ThreadLocalRandom.current().nextLong(1, 2 * thinkMillis);
            if (pause == 0) {
                return send(kind, method, url, body);
            }
            CompletableFuture<Void> paused = new CompletableFuture<>();
            VERTX.setTimer(pause, timer -> paused.complete(null));
            return paused.thenCompose(x -> send(kind, method, url, body));
        }

        private CompletableFuture<JsonNode> send(String kind, String method, String url, String body) {
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.valueOf(method)).setAbsoluteURI(url)
                    .setIdleTimeout(60_000).putHeader("Authorization", "Bearer " + token)
                    .putHeader("Accept", "application/json");
            if (body != null) {
                request.putHeader("Content-Type", "application/json");
            }
            long start = System.nanoTime();
            return client.request(request).compose(r -> body == null ? r.send() : r.send(body))
                    .compose(response -> response.body().map(payload -> {
                        TIMES.computeIfAbsent(kind, k -> Collections.synchronizedList(new ArrayList<>()))
                                .add(System.nanoTime() - start);
                        if (response.statusCode() >= 300) {
                            ERRORS.incrementAndGet();
                            throw new IllegalStateException(kind + " " + response.statusCode() + " " + payload);
                        }
                        try {
                            return JSON.readTree(payload.getBytes());
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    }))
                    .toCompletionStage().toCompletableFuture();
        }
    }

    /** A well-formed answer of the question's type (right or wrong does not matter here). */
    static ObjectNode answerTo(JsonNode question) {
        ObjectNode answer = JSON.createObjectNode();
        JsonNode choices = question.get("choices");
        switch (question.get("type").asText()) {
            case "single" -> answer.put("option", choices.get(0).get("id").asText());
            case "multiple" -> answer.putArray("options").add(choices.get(0).get("id").asText());
            case "true-false" -> answer.put("value", true);
            case "short" -> answer.put("text", "адвокат");
            case "ordering" -> {
                var order = answer.putArray("order");
                choices.forEach(c -> order.add(c.get("id").asText()));
            }
            case "matching" -> {
                ObjectNode pairs = answer.putObject("pairs");
                JsonNode lefts = question.get("lefts");
                for (int i = 0; i < lefts.size(); i++) {
                    pairs.put(lefts.get(i).get("id").asText(), choices.get(i).get("id").asText());
                }
            }
            default -> throw new IllegalStateException(question.toString());
        }
        return answer;
    }

    static double pct(List<Long> sorted, int p) {
        int index = Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1);
        return sorted.get(Math.max(0, index)) / 1e6;
    }
}

/** Bench learners in Keycloak: created once (bench-learner-001 …), tokens by password grant, allowed only meanwhile. */
class Learners {

    static final String PASSWORD = "bench-learner-2026";
    /** A city code of the city table, so that what the learners do counts where Kolo's reports look. */
    static final String CITY = System.getenv().getOrDefault("KOLO_BENCH_CITY", "almaty");
    final String keycloak;
    final String admin;
    final String adminPassword;

    Learners(String keycloak, String admin, String adminPassword) {
        this.keycloak = keycloak;
        this.admin = admin;
        this.adminPassword = adminPassword;
    }

    private String adminToken;
    private long adminTokenUntil;

    /** The master realm's admin token lives a minute; creating hundreds of learners takes longer. */
    synchronized String adminToken() throws Exception {
        if (System.nanoTime() >= adminTokenUntil) {
            adminToken = form(keycloak + "/realms/master/protocol/openid-connect/token", java.util.Map.of(
                    "grant_type", "password", "client_id", "admin-cli", "username", admin, "password", adminPassword))
                    .get("access_token").asText();
            adminTokenUntil = System.nanoTime() + 30_000_000_000L;
        }
        return adminToken;
    }

    java.util.List<String> tokens(int count) throws Exception {
        String realm = keycloak + "/admin/realms/kolo";
        com.fasterxml.jackson.databind.node.ObjectNode client = (com.fasterxml.jackson.databind.node.ObjectNode)
                get(adminToken(), realm + "/clients?clientId=kolo").get(0);
        String clientId = client.get("id").asText();
        boolean grants = client.path("directAccessGrantsEnabled").asBoolean(false);
        String secret = get(adminToken(), realm + "/clients/" + clientId + "/client-secret").get("value").asText();
        com.fasterxml.jackson.databind.JsonNode role = get(adminToken(), realm + "/roles/activist");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            client.put("directAccessGrantsEnabled", true);
            send(adminToken(), "PUT", realm + "/clients/" + clientId, client.toString());
            // All accounts first, then all sign-ins: tokens live 5 minutes, and creating accounts can take longer.
            java.util.List<java.util.concurrent.Future<?>> created = new java.util.ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = String.format("bench-learner-%03d", i);
                created.add(pool.submit(() -> {
                    ensure(realm, name, role);
                    return null;
                }));
            }
            for (var account : created) {
                account.get();
            }
            java.util.List<java.util.concurrent.Future<String>> tokens = new java.util.ArrayList<>();
            for (int i = 1; i <= count; i++) {
                String name = String.format("bench-learner-%03d", i);
                tokens.add(pool.submit(() -> form(keycloak + "/realms/kolo/protocol/openid-connect/token",
                        java.util.Map.of("grant_type", "password", "client_id", "kolo", "client_secret", secret,
                                "scope", "openid", "username", name, "password", PASSWORD))
                        .get("access_token").asText()));
            }
            java.util.List<String> result = new java.util.ArrayList<>();
            for (var token : tokens) {
                result.add(token.get());
            }
            System.out.printf("%d learners signed in%n", result.size());
            return result;
        } finally {
            pool.shutdown();
            client.put("directAccessGrantsEnabled", grants);
            send(adminToken(), "PUT", realm + "/clients/" + clientId, client.toString());
        }
    }

    void ensure(String realm, String name, com.fasterxml.jackson.databind.JsonNode role)
            throws Exception {
        if (!get(adminToken(), realm + "/users?exact=true&username=" + name).isEmpty()) {
            return;
        }
        String user = """
                {"username": "%s", "enabled": true, "attributes": {"city": ["%s"]},
                 "credentials": [{"type": "password", "value": "%s", "temporary": false}]}
                """.formatted(name, CITY, PASSWORD);
        send(adminToken(), "POST", realm + "/users", user);
        String id = get(adminToken(), realm + "/users?exact=true&username=" + name).get(0).get("id").asText();
        send(adminToken(), "POST", realm + "/users/" + id + "/role-mappings/realm", "[" + role + "]");
    }

    static com.fasterxml.jackson.databind.JsonNode get(String token, String url) throws Exception {
        return exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token).GET().build());
    }

    static void send(String token, String method, String url, String body) throws Exception {
        exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static com.fasterxml.jackson.databind.JsonNode form(String url, java.util.Map<String, String> values)
            throws Exception {
        String body = values.entrySet().stream().map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(
                e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).collect(java.util.stream.Collectors.joining("&"));
        return exchange(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static com.fasterxml.jackson.databind.JsonNode exchange(java.net.http.HttpRequest request) throws Exception {
        var response = QuizLoad.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException(request.method() + " " + request.uri().getPath() + ": "
                    + response.statusCode() + " " + response.body());
        }
        return response.body().isBlank() ? QuizLoad.JSON.nullNode() : QuizLoad.JSON.readTree(response.body());
    }
}

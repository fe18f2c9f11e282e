package org.kolo.quizzes;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.RunOnVirtualThread;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.kolo.accounts.CurrentUser;
import org.kolo.quizzes.QuizAttempt.AskedQuestion;
import org.kolo.web.RefusedRequest;
import org.kolo.web.Texts;

/**
 * Taking a quiz in plain HTML forms, a few questions a page, without JavaScript. Each page's answers are saved
 * when it is sent, so a lost connection or a closed browser loses nothing: opening the quiz again resumes it.
 */
@Path("/quizzes")
@Authenticated
@Produces(MediaType.TEXT_HTML)
public class QuizPages {

    @Inject
    QuizAccess access;

    @Inject
    CurrentUser user;

    @Inject
    Attempts attempts;

    @Inject
    AttemptViews views;

    @Inject
    QuizResults results;

    @Inject
    Texts texts;

    /** One page of an attempt: its questions, where it is, and what went wrong with the last send, if anything. */
    public record AttemptPage(
            AttemptView attempt,
            Quiz quiz,
            List<AttemptView.QuestionView> questions,
            int page,
            int pages,
            List<String> problems) {

        public boolean first() {
            return page == 1;
        }

        public boolean last() {
            return page == pages;
        }

        /** With feedback after each question, a page whose questions are all answered shows their review. */
        public boolean reviewed() {
            return questions.stream().allMatch(q -> q.review() != null);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance quiz(Quiz quiz, String title, String intro, QuizResults.Standing standing);

        static native TemplateInstance attempt(AttemptPage view);

        static native TemplateInstance result(AttemptView attempt, Quiz quiz, QuizResults.Standing standing);
    }

    @GET
    @Path("/{quiz}")
    public TemplateInstance quiz(@PathParam("quiz") String quizId) {
        Quiz quiz = access.readable(quizId);
        return Templates.quiz(quiz, views.title(quiz), views.intro(quiz), results.standing(quiz, me()));
    }

    @POST
    @Path("/{quiz}/attempts")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RunOnVirtualThread
    public Response start(@PathParam("quiz") String quizId) {
        Quiz quiz = access.readable(quizId);
        QuizAttempt attempt = attempts.startOrResume(
                        quiz.id(), me(), user.city().orElse(null))
                .attempt();
        return Response.seeOther(URI.create("/quizzes/attempts/" + attempt.id)).build();
    }

    @GET
    @Path("/attempts/{attempt}")
    public Response page(@PathParam("attempt") String attemptId, @QueryParam("page") @DefaultValue("0") int page) {
        QuizAttempt attempt = attempts.mine(AttemptResource.id(attemptId), me());
        if (attempt.isSubmitted()) {
            return Response.seeOther(URI.create("/quizzes/attempts/" + attempt.id + "/result"))
                    .build();
        }
        Quiz quiz = access.of(attempt);
        AttemptView view = views.of(attempt, quiz);
        int shown = page > 0 ? page : firstOpenPage(view, quiz);
        return noStore(Templates.attempt(page(view, quiz, shown, List.of())), 200);
    }

    /** Saves the page's answers, then goes where the learner asked: next, back, or submit. */
    @POST
    @Path("/attempts/{attempt}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RunOnVirtualThread
    public Response send(@PathParam("attempt") String attemptId, MultivaluedMap<String, String> form) {
        UUID id = AttemptResource.id(attemptId);
        QuizAttempt attempt = attempts.mine(id, me());
        if (attempt.isSubmitted()) {
            return result(id);
        }
        Quiz quiz = access.of(attempt);
        int page = Math.max(1, Math.min(parse(form.getFirst("page")), quiz.pages(attempt.layout.size())));
        int first = (page - 1) * quiz.perPage();
        List<AskedQuestion> onPage =
                attempt.layout.subList(first, Math.min(first + quiz.perPage(), attempt.layout.size()));
        List<String> problems = new ArrayList<>();
        boolean savedAny = false;
        for (int i = 0; i < onPage.size(); i++) {
            Question question = quiz.question(onPage.get(i).question()).orElse(null);
            try {
                Optional<Answer> answer = question == null ? Optional.empty() : FormAnswers.read(question, form);
                if (answer.isPresent()) {
                    attempts.answer(id, me(), question.id(), answer.get());
                    savedAny = true;
                }
            } catch (RefusedRequest refused) {
                switch (refused.code()) {
                    case "time-up", "attempt-submitted" -> {
                        return result(id);
                    }
                    case "answer-final" -> {
                        // reviewed already: its answer stays as it was
                    }
                    default ->
                        problems.add(texts.format("quiz.page.problem", first + i + 1) + " "
                                + texts.get("problem." + refused.code()));
                }
            }
        }
        AttemptPage now = page(views.of(attempt, quiz), quiz, page, problems);
        if (!problems.isEmpty()) {
            return noStore(Templates.attempt(now), 422);
        }
        String action = Optional.ofNullable(form.getFirst("action")).orElse("next");
        if (action.equals("submit")) {
            attempts.submit(id, me());
            return result(id);
        }
        // With feedback after each question, answers just made final are shown reviewed before going on.
        if (quiz.feedback() == Quiz.Feedback.AFTER_EACH && action.equals("next") && savedAny && now.reviewed()) {
            return Response.seeOther(URI.create("/quizzes/attempts/" + id + "?page=" + page))
                    .build();
        }
        int target = action.equals("back") ? page - 1 : action.equals("next") ? page + 1 : page;
        return Response.seeOther(
                        URI.create("/quizzes/attempts/" + id + "?page=" + Math.max(1, Math.min(target, now.pages()))))
                .build();
    }

    @GET
    @Path("/attempts/{attempt}/result")
    public Response resultPage(@PathParam("attempt") String attemptId) {
        QuizAttempt attempt = attempts.mine(AttemptResource.id(attemptId), me());
        if (!attempt.isSubmitted()) {
            return Response.seeOther(URI.create("/quizzes/attempts/" + attempt.id))
                    .build();
        }
        Quiz quiz = access.of(attempt);
        return noStore(Templates.result(views.of(attempt, quiz), quiz, results.standing(quiz, me())), 200);
    }

    private static AttemptPage page(AttemptView view, Quiz quiz, int page, List<String> problems) {
        int pages = quiz.pages(view.questions().size());
        int shown = Math.max(1, Math.min(page, pages));
        int from = (shown - 1) * quiz.perPage();
        List<AttemptView.QuestionView> questions = view.questions()
                .subList(
                        Math.min(from, view.questions().size()),
                        Math.min(from + quiz.perPage(), view.questions().size()));
        return new AttemptPage(view, quiz, questions, shown, pages, problems);
    }

    /** Resuming opens the first page with an unanswered question. */
    private static int firstOpenPage(AttemptView view, Quiz quiz) {
        for (int i = 0; i < view.questions().size(); i++) {
            if (!view.questions().get(i).answered()) {
                return i / quiz.perPage() + 1;
            }
        }
        return quiz.pages(view.questions().size());
    }

    private Response result(UUID id) {
        return Response.seeOther(URI.create("/quizzes/attempts/" + id + "/result"))
                .build();
    }

    private static Response noStore(TemplateInstance page, int status) {
        return Response.status(status)
                .entity(page)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private String me() {
        return user.id().orElseThrow();
    }

    private static int parse(String number) {
        try {
            return number == null ? 1 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

package org.kolo.certificates;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.kolo.media.ObjectStorage;
import org.kolo.web.Language;
import org.kolo.web.Messages;

/** Sends a stored certificate PDF as it was issued, named by its code in the reader's language. */
@ApplicationScoped
public class CertificateFiles {

    @Inject
    ObjectStorage storage;

    @Inject
    Messages messages;

    public Response download(Certificate certificate, Language language) {
        String name = messages.format(language, "certificate.file-name", certificate.printedCode()) + ".pdf";
        StreamingOutput body = out -> {
            try (InputStream in = storage.get(certificate.objectKey)) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, "application/pdf")
                .header(HttpHeaders.CONTENT_LENGTH, certificate.sizeBytes)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"certificate-" + certificate.printedCode() + ".pdf\"; filename*=UTF-8''"
                                + URLEncoder.encode(name, StandardCharsets.UTF_8)
                                        .replace("+", "%20"))
                .header(HttpHeaders.ETAG, "\"" + certificate.sha256 + "\"")
                .build();
    }
}

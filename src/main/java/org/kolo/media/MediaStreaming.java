package org.kolo.media;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;

/**
 * Proxy mode: Kolo streams a stored file itself, the whole of it or one byte range (206), or says the range is past
 * the end (416). The bytes pass through a small buffer; no file is ever held in memory.
 */
@ApplicationScoped
public class MediaStreaming {

    @Inject
    ObjectStorage storage;

    public Response response(MediaFile file, String rangeHeader, String disposition) {
        long size = file.sizeBytes;
        Optional<ByteRange> range;
        try {
            range = ByteRange.parse(rangeHeader, size);
        } catch (ByteRange.Unsatisfiable e) {
            return Response.status(416)
                    .header("Content-Range", "bytes */" + size)
                    .header("Accept-Ranges", "bytes")
                    .build();
        }
        StreamingOutput body = out -> {
            try (InputStream in = range.isPresent()
                    ? storage.getRange(
                            file.objectKey, range.get().first(), range.get().length())
                    : storage.get(file.objectKey)) {
                in.transferTo(out);
            }
        };
        Response.ResponseBuilder response = Response.status(range.isPresent() ? 206 : 200)
                .entity(body)
                .type(file.contentType)
                .header("Accept-Ranges", "bytes")
                .header(HttpHeaders.CONTENT_LENGTH, range.map(ByteRange::length).orElse(size));
        range.ifPresent(r -> response.header("Content-Range", "bytes " + r.first() + "-" + r.last() + "/" + size));
        if (disposition != null) {
            response.header("Content-Disposition", disposition);
        }
        return response.build();
    }
}

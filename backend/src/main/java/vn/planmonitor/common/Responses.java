package vn.planmonitor.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Builds the success responses every resource shares: the body with its ETag, a 201 with its Location. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Versioned body) {
        return Response.ok(body).tag(new EntityTag(String.valueOf(body.version()))).build();
    }

    public static Response created(String collectionPath, Versioned body) {
        return Response.created(URI.create(collectionPath + "/" + body.id()))
                .entity(body).tag(new EntityTag(String.valueOf(body.version()))).build();
    }

    /** Implemented by every API representation of a versioned resource. */
    public interface Versioned {
        long id();

        long version();
    }
}

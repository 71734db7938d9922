package vn.planmonitor.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.planmonitor.security.Role;

import java.net.URI;
import java.util.List;

/** A report's evidence files: listed, uploaded (multipart), downloaded, removed. */
@Path(AttachmentResource.PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Role.REPORTER_ROLE, Role.READER_ROLE})
public class AttachmentResource {

    static final String PATH = "/api/v1/submissions/{id}/attachments";
    private static final String PNG = "image/png";

    @Inject
    AttachmentService service;

    public record Attachments(List<AttachmentView> items) {
    }

    @GET
    public Attachments list(@PathParam("id") long id) {
        return new Attachments(service.list(id));
    }

    @POST
    @RolesAllowed(Role.REPORTER_ROLE)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") long id, @RestForm("file") FileUpload file,
                           @RestForm("indicatorCode") String indicatorCode) {
        AttachmentUpload upload = file == null ? null
                : new AttachmentUpload(file.uploadedFile(), file.fileName(), file.size(), indicatorCode);
        AttachmentView view = service.upload(id, upload);
        return Response.created(URI.create("/api/v1/submissions/" + id + "/attachments/" + view.id()))
                .entity(view).build();
    }

    @GET
    @Path("{attachmentId}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        AttachmentView file = service.get(id, attachmentId);
        StreamingOutput body = out -> service.copy(file, out);
        return Response.ok(body, file.contentType())
                .header(HttpHeaders.CONTENT_LENGTH, file.size())
                .header("Content-Disposition", FileNames.contentDisposition(file.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    /**
     * A PNG of the file's first page or the image scaled down. Kept by the browser but checked again each time
     * ({@code private, no-cache}): the picture never changes, whether the caller may still see it can.
     */
    @GET
    @Path("{attachmentId}/preview.png")
    @Produces(MediaType.WILDCARD)
    public Response preview(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        AttachmentPreview preview = service.preview(id, attachmentId, ifNoneMatch);
        Response.ResponseBuilder response = preview.png() == null ? Response.notModified()
                : Response.ok(preview.png(), PNG).header(HttpHeaders.CONTENT_LENGTH, preview.png().length);
        return response.header(HttpHeaders.ETAG, preview.etag())
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @DELETE
    @RolesAllowed(Role.REPORTER_ROLE)
    @Path("{attachmentId}")
    public void delete(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        service.delete(id, attachmentId);
    }
}

package vn.planmonitor.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;

/**
 * ETags for the GETs that other systems poll (the change feed, plan and target progress, the reports list):
 * 304 to a matching {@code If-None-Match}. The tag is a hash of the answer itself: the answers are computed live
 * from many rows (a plan's progress reads every report of the plan, and "today"), so no cheaper version number
 * both changes whenever the answer would and stays put otherwise. Hashing what is sent is right by construction;
 * it costs one more serialisation of the answer, small beside computing it.
 * <p>
 * {@code generatedAt}, the moment the answer was computed, is left out of the hash: it changes on every call and
 * says nothing about the data. So the tag is weak ({@code W/}): two answers with one tag are the same data, not
 * always the same bytes. It follows the caller's scope and language, as the answer does.
 */
@ApplicationScoped
public class EntityTags {

    @Inject
    ObjectMapper json;

    /** 200 with the body and its tag, or 304 with the tag alone when {@code ifNoneMatch} names it. */
    public Response conditional(String ifNoneMatch, Object body) {
        return conditional(ifNoneMatch, body, tagOf(body));
    }

    /** The same, with the body's tag already known (see {@link #tagOf}). */
    public Response conditional(String ifNoneMatch, Object body, String tag) {
        if (matches(ifNoneMatch, tag)) {
            return Response.notModified().header(HttpHeaders.ETAG, tag).build();
        }
        return Response.ok(body).header(HttpHeaders.ETAG, tag).build();
    }

    /** The body's weak tag: a hash of its JSON without {@code generatedAt}. */
    public String tagOf(Object body) {
        JsonNode tree = json.valueToTree(body);
        if (tree instanceof ObjectNode object) {
            object.remove("generatedAt");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(tree));
            return "W/\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + "\"";
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("an answer that was just built is JSON, and SHA-256 is always there", e);
        }
    }

    /** {@code If-None-Match} compares weakly (RFC 9110 13.1.2): a list of tags, {@code W/} ignored, or {@code *}. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String wanted = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || opaque(t).equals(wanted)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}

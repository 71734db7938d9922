package vn.planmonitor.orgunit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Violations;
import vn.planmonitor.security.CallerScope;

import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Units' shapes for the maps of the target pages. An upload is the whole set: every unit it matches gets
 * the uploaded shape, every other unit loses the one it had, in one transaction — a file that fails
 * validation stores nothing. Features whose code names no unit are ignored and named in the answer (a
 * city-wide file may hold far more wards than one plan has), so the administrator can check a dry run first.
 * Nothing is invented: units without a shape simply have no map.
 */
@ApplicationScoped
@Transactional
public class BoundaryService {

    @Inject
    Clock clock;

    /** The feature property holding the unit code, unless the upload names another. */
    public static final String DEFAULT_PROPERTY = "code";
    private static final Pattern PROPERTY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,49}");

    @Inject
    ObjectMapper json;

    @Inject
    CallerScope caller;

    public BoundaryUploadView upload(JsonNode collection, String property, boolean dryRun) {
        if (collection == null || collection.isNull()) {
            throw ApiException.badRequest("body-required");
        }
        Violations v = new Violations();
        String key = property == null || property.isBlank() ? DEFAULT_PROPERTY : property.trim();
        if (!PROPERTY.matcher(key).matches()) {
            v.add("property", "code-format");
            v.throwIfAny();
        }
        List<BoundaryFile.Shape> shapes = BoundaryFile.read(collection, key, v);
        v.throwIfAny();

        Map<String, OrgUnit> units = OrgUnit.<OrgUnit>listAll().stream()
                .collect(Collectors.toMap(u -> u.code, Function.identity()));
        List<BoundaryFile.Shape> matched = shapes.stream().filter(s -> units.containsKey(s.code())).toList();
        List<String> unmatched = shapes.stream().map(BoundaryFile.Shape::code).filter(c -> !units.containsKey(c))
                .toList();
        Set<String> matchedCodes = matched.stream().map(BoundaryFile.Shape::code).collect(Collectors.toSet());
        List<UnitBoundary> existing = UnitBoundary.listAllByCode();
        List<String> removed = existing.stream().map(b -> b.unit.code).filter(c -> !matchedCodes.contains(c))
                .toList();
        LocalDate today = LocalDate.now(clock);
        Set<String> types = matched.stream().map(s -> units.get(s.code()).type).collect(Collectors.toSet());
        List<String> withoutShape = units.values().stream()
                .filter(u -> u.isValidOn(today) && (types.isEmpty() || types.contains(u.type)) && !matchedCodes.contains(u.code))
                .map(u -> u.code).sorted().toList();
        BoundaryUploadView answer = new BoundaryUploadView(dryRun, key,
                matchedCodes.stream().sorted().toList(), unmatched.stream().sorted().toList(), removed, withoutShape);
        if (dryRun) {
            return answer;
        }
        Map<String, UnitBoundary> byCode = existing.stream().collect(Collectors.toMap(b -> b.unit.code, b -> b));
        Instant now = Instant.now();
        for (UnitBoundary b : existing) {
            if (!matchedCodes.contains(b.unit.code)) {
                b.delete();
            }
        }
        for (BoundaryFile.Shape shape : matched) {
            UnitBoundary b = byCode.get(shape.code());
            if (b == null) {
                b = new UnitBoundary();
                b.unit = units.get(shape.code());
            }
            b.geometry = text(shape.geometry());
            b.uploadedBy = caller.name();
            b.uploadedAt = now;
            b.persist();
        }
        return answer;
    }

    /** Every stored shape, as a FeatureCollection whose features carry the unit's code and names. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode all() {
        return collection(UnitBoundary.listAllByCode());
    }

    /** The shapes of these units only (the public portal asks for the units of one target). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ObjectNode of(Collection<String> unitCodes) {
        return collection(UnitBoundary.listForCodes(new HashSet<>(unitCodes)));
    }

    private ObjectNode collection(List<UnitBoundary> boundaries) {
        ObjectNode root = json.createObjectNode().put("type", "FeatureCollection");
        ArrayNode features = root.putArray("features");
        for (UnitBoundary b : boundaries) {
            ObjectNode feature = features.addObject().put("type", "Feature");
            feature.putObject("properties").put("code", b.unit.code).put("nameVi", b.unit.nameVi)
                    .put("nameEn", b.unit.nameEn);
            feature.set("geometry", parse(b.geometry));
        }
        return root;
    }

    private String text(JsonNode node) {
        try {
            return json.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private JsonNode parse(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package vn.planmonitor.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;
import vn.planmonitor.common.Violations;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A kind of reporting unit (a district, a ward, a province, a commune, …): data an administrator manages.
 * Units and indicators refer to it by its code; indicators say which kinds report them.
 */
@Entity
@Table(name = "unit_type")
public class UnitType extends VersionedEntity {

    @Column(nullable = false, length = 30)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    /** Units of this type stand at the top of a tree and need no parent. */
    @Column(name = "top_level", nullable = false)
    public boolean topLevel;

    public static Optional<UnitType> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<UnitType> listInOrder() {
        return list("order by sortOrder, code");
    }

    /** The given codes in the types' order (not the alphabet), so lists of types read the same everywhere. */
    public static List<String> inOrder(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery(
                        "select t.code from UnitType t where t.code in ?1 order by t.sortOrder, t.code", String.class)
                .setParameter(1, codes).getResultList();
    }

    /**
     * An optional type filter of a query string: null when absent; otherwise an existing code, or a
     * {@code not-one-of} violation naming the types there are.
     */
    public static String param(String raw, String field, Violations violations) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String code = raw.trim();
        if (findByCode(code).isEmpty()) {
            violations.add(field, "not-one-of", codes());
            return null;
        }
        return code;
    }

    /** Refuses a type that does not exist with {@code not-one-of}, naming the types there are. */
    public static void checkExists(Violations violations, String field, String code) {
        if (code != null && findByCode(code).isEmpty()) {
            violations.add(field, "not-one-of", codes());
        }
    }

    private static String codes() {
        return String.join(", ", listInOrder().stream().map(t -> t.code).toList());
    }
}

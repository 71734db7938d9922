package vn.planmonitor.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A reporting unit in the district's tree: the district, a ward, an agency, a public service unit, a school. */
@Entity
@Table(name = "org_unit")
public class OrgUnit extends VersionedEntity {

    @Column(nullable = false, length = 50)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** The code of its {@link UnitType}. */
    @Column(name = "unit_type", nullable = false)
    public String type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    public OrgUnit parent;

    @Column(nullable = false)
    public boolean active;

    public static Optional<OrgUnit> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static long countChildren(OrgUnit unit) {
        return count("parent", unit);
    }

    /** The unit and all its descendants, walking the tree level by level (depth is small: district → unit → school). */
    public static List<OrgUnit> subtree(OrgUnit root) {
        List<OrgUnit> all = new ArrayList<>();
        all.add(root);
        Collection<OrgUnit> level = List.of(root);
        while (!level.isEmpty()) {
            List<OrgUnit> children = list("parent in ?1 order by code", level);
            all.addAll(children);
            level = children;
        }
        return all;
    }

    /** True if {@code candidate} is this unit or one of its descendants: such a parent would make a cycle. */
    public boolean isSelfOrAncestorOf(OrgUnit candidate) {
        for (OrgUnit u = candidate; u != null; u = u.parent) {
            if (u.id != null && u.id.equals(id)) {
                return true;
            }
        }
        return false;
    }
}

package vn.planmonitor.orgunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;

import io.quarkus.panache.common.Parameters;
import vn.planmonitor.period.Period;

import java.time.LocalDate;
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

    /** The first day the unit exists (inclusive); {@code null}: since always. */
    @Column(name = "valid_from")
    public LocalDate validFrom;

    /**
     * The first day the unit no longer exists (exclusive: a ward merged away on 1 July 2018 has
     * {@code validTo} 2018-07-01, its last day is 30 June); {@code null}: still valid.
     */
    @Column(name = "valid_to")
    public LocalDate validTo;

    /** An HQL condition: the unit (alias {@code u}) is valid on the day bound to {@code :day}. */
    public static final String VALID_ON = "(u.validFrom is null or u.validFrom <= :day) and (u.validTo is null or u.validTo > :day)";

    public boolean isValidOn(LocalDate day) {
        return isValidOn(validFrom, validTo, day);
    }

    /** The validity rule itself: from {@code validFrom} (empty: always) until the day before {@code validTo}. */
    public static boolean isValidOn(LocalDate validFrom, LocalDate validTo, LocalDate day) {
        return (validFrom == null || !validFrom.isAfter(day)) && (validTo == null || validTo.isAfter(day));
    }

    /**
     * Whether the unit is expected to report a period: it is valid on the period's last day. One rule for
     * a reorganisation in the middle of a year: a merge effective 1 July 2018 makes the new unit the one
     * expected for 2018 (and for July 2018 on, monthly), the merged wards for 2017 and before (and up to
     * June 2018). A year is never expected twice over the same territory, and a unit ended today still
     * owes every earlier period — its figures stay as they were. {@code ProgressCells.EXPECTED_IN_PERIOD}
     * says the same in SQL.
     */
    public boolean isExpectedIn(Period period) {
        return isValidOn(period.endDate());
    }

    public static List<OrgUnit> validOn(LocalDate day) {
        return find("from OrgUnit u where " + VALID_ON + " order by u.code", Parameters.with("day", day)).list();
    }

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

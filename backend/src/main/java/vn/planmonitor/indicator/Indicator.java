package vn.planmonitor.indicator;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import vn.planmonitor.common.VersionedEntity;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.period.PeriodRollUp;
import vn.planmonitor.period.PeriodType;
import vn.planmonitor.plan.Plan;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Something a reporting unit reports each period, for one plan. */
@Entity
@Table(name = "indicator")
public class Indicator extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    public Plan plan;

    @Column(nullable = false, length = 50)
    public String code;

    @Column(name = "name_vi", nullable = false)
    public String nameVi;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "unit_vi", nullable = false)
    public String unitVi;

    @Column(name = "unit_en", nullable = false)
    public String unitEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_type", nullable = false)
    public PeriodType periodType;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", nullable = false)
    public ValueKind valueKind;

    /** For a COUNT: each counted thing must be named (e.g. each S&T application model). */
    @Column(name = "items_required", nullable = false)
    public boolean itemsRequired;

    /** For named items: an optional yes/no mark per item, e.g. "IT applied to administrative procedures". */
    @Column(name = "item_flag_vi")
    public String itemFlagVi;

    @Column(name = "item_flag_en")
    public String itemFlagEn;

    /** For a RATIO: the two parts, each with the data element code bulk exchange uses. */
    @Column(name = "numerator_code")
    public String numeratorCode;

    @Column(name = "numerator_vi")
    public String numeratorVi;

    @Column(name = "numerator_en")
    public String numeratorEn;

    @Column(name = "denominator_code")
    public String denominatorCode;

    @Column(name = "denominator_vi")
    public String denominatorVi;

    @Column(name = "denominator_en")
    public String denominatorEn;

    @Column(nullable = false)
    public boolean active;

    /** MONTHLY or QUARTERLY only: how its periods make a year ({@link PeriodRollUp}); {@code null}: they don't. */
    @Enumerated(EnumType.STRING)
    @Column(name = "period_roll_up")
    public PeriodRollUp periodRollUp;

    /**
     * A derived indicator (K12) is computed by this formula from two other indicators of its plan and
     * reported by nobody: it has no reporting unit types, so {@link #isReportedBy} is false for every unit
     * and no form, template, completeness grid or import asks for it. {@code null} for a reported one.
     */
    @Enumerated(EnumType.STRING)
    @Column(name = "formula_operator")
    public FormulaOperator formulaOperator;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "formula_a_id")
    public Indicator formulaA;

    /** RATIO, SUM, DIFFERENCE: the second operand. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "formula_b_id")
    public Indicator formulaB;

    /** SCALE: the constant A is multiplied by. */
    @Column(name = "formula_factor")
    public BigDecimal formulaFactor;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_unit_type", joinColumns = @JoinColumn(name = "indicator_id"))
    /** Codes of {@link vn.planmonitor.orgunit.UnitType}s. */
    @Column(name = "unit_type")
    public Set<String> reportingUnitTypes = new HashSet<>();

    /** When not empty, only these units (of the types above) report the indicator. */
    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "indicator_reporting_unit", joinColumns = @JoinColumn(name = "indicator_id"),
            inverseJoinColumns = @JoinColumn(name = "org_unit_id"))
    public Set<OrgUnit> reportingUnits = new HashSet<>();

    public static Optional<Indicator> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }

    public static List<Indicator> listForPlan(Plan plan) {
        return list("plan = ?1 order by code", plan);
    }

    public boolean isDerived() {
        return formulaOperator != null;
    }

    /** The indicators whose formula uses this one as an operand. */
    public static List<Indicator> usingAsOperand(Indicator operand) {
        return list("formulaA = ?1 or formulaB = ?1 order by code", operand);
    }

    /**
     * Whether this unit is expected to report this indicator in a period: an active indicator, a unit of a
     * reporting type (among the named units if any are named) that is valid in the period
     * ({@link OrgUnit#isExpectedIn}).
     */
    public boolean isReportedBy(OrgUnit unit, Period period) {
        return reportsAtAll(unit) && unit.isExpectedIn(period);
    }

    /** Whether the unit would report this indicator in a period it is valid in: the rule without the dates. */
    public boolean reportsAtAll(OrgUnit unit) {
        return active && reportingUnitTypes.contains(unit.type)
                && (reportingUnits.isEmpty() || reportingUnits.contains(unit));
    }
}

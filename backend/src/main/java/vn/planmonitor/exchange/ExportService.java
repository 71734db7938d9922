package vn.planmonitor.exchange;

import vn.planmonitor.common.ApiException;
import vn.planmonitor.security.CallerScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import vn.planmonitor.common.Decimals;
import vn.planmonitor.common.Violations;
import vn.planmonitor.exchange.DataElements.DataElement;
import vn.planmonitor.exchange.DataValueSet.DataValue;
import vn.planmonitor.indicator.Indicator;
import vn.planmonitor.indicator.ValueKind;
import vn.planmonitor.submission.SubmissionInput.ItemInput;
import vn.planmonitor.orgunit.OrgUnit;
import vn.planmonitor.period.Period;
import vn.planmonitor.plan.Plan;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a plan's stored values out in the exchange shapes: data values (JSON, CSV) or sheet lines (XLSX). */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ExportService {

    @Inject
    EntityManager em;

    @Inject
    CallerScope scope;

    /** What to export or template: a plan, optionally one period, optionally some units. */
    public record Selection(Plan plan, Period period, List<OrgUnit> units, List<Indicator> indicators) {

        /** The plan's active data elements, for the period's type when one is given; derived ones are computed. */
        List<DataElement> columns() {
            return indicators.stream().filter(i -> i.active && !i.isDerived()
                            && (period == null || i.periodType == period.type()))
                    .flatMap(i -> DataElements.of(i).stream()).toList();
        }
    }

    /** One stored value with where it belongs. */
    record Stored(OrgUnit unit, String period, Indicator indicator, BigDecimal number, BigDecimal numerator,
                  BigDecimal denominator, Boolean answer, String lastUpdated, List<ItemInput> items) {
    }

    public Selection select(String planCode, String periodCode, String unitCodes, String unitsField,
                            boolean periodRequired) {
        Violations v = new Violations();
        Plan plan = null;
        if (planCode == null) {
            v.add("plan", "required");
        } else {
            plan = Plan.findByCode(planCode).orElse(null);
            if (plan == null) {
                v.add("plan", "unknown-code", planCode);
            }
        }
        Period period = null;
        if (periodCode == null) {
            if (periodRequired) {
                v.add("period", "required");
            }
        } else {
            period = Period.parse(periodCode).orElse(null);
            if (period == null) {
                v.add("period", "invalid-period", periodCode);
            } else if (plan != null && !plan.covers(period)) {
                v.add("period", "outside-plan", plan.firstYear, plan.lastYear);
            }
        }
        List<OrgUnit> units = null;
        if (unitCodes != null) {
            List<String> codes = Arrays.stream(unitCodes.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                    .distinct().toList();
            Map<String, OrgUnit> found = new HashMap<>();
            OrgUnit.<OrgUnit>list("code in ?1", codes).forEach(u -> found.put(u.code, u));
            units = new ArrayList<>();
            for (String code : codes) {
                if (found.containsKey(code)) {
                    units.add(found.get(code));
                } else {
                    v.add(unitsField, "unknown-code", code);
                }
            }
        }
        v.throwIfAny();
        return new Selection(plan, period, units, Indicator.listForPlan(plan));
    }

        /** The template's lines: the units asked for, or every unit reporting in the period — within the caller's units. */
    public List<OrgUnit> templateUnits(Selection s) {
        if (s.units() != null) {
            s.units().stream().filter(u -> !scope.mayRead(u)).findFirst().ifPresent(u -> {
                throw new ApiException(403, "unit-not-allowed", u.code);
            });
            return s.units();
        }
        return OrgUnit.<OrgUnit>list("order by code").stream()
                .filter(scope::mayRead)
                .filter(u -> s.indicators().stream().anyMatch(i -> i.periodType == s.period().type() && i.isReportedBy(u, s.period())))
                .toList();
    }

    List<Stored> stored(Selection s) {
        Map<Long, Indicator> indicators = new HashMap<>();
        s.indicators().forEach(i -> indicators.put(i.id, i));
        Map<Long, OrgUnit> units = new LinkedHashMap<>();
        List<Object> args = new ArrayList<>();
        StringBuilder sql = new StringBuilder("SELECT s.org_unit_id, s.period_code, v.indicator_id, v.number_value,"
                + " v.numerator, v.denominator, v.answer, s.updated_at, v.id FROM submission_value v"
                + " JOIN submission s ON s.id = v.submission_id JOIN org_unit u ON u.id = s.org_unit_id"
                + " WHERE s.plan_id = ?");
        args.add(s.plan().id);
        if (s.period() != null) {
            sql.append(" AND s.period_code = ?");
            args.add(s.period().code());
        }
        if (s.units() != null) {
            if (s.units().isEmpty()) {
                return List.of();
            }
            sql.append(" AND s.org_unit_id IN (").append(String.join(",", Collections.nCopies(s.units().size(), "?")))
                    .append(")");
            s.units().forEach(u -> args.add(u.id));
        }
        sql.append(" ORDER BY u.code, s.period_code, v.indicator_id");
        List<Object[]> raw = new ArrayList<>();
        Map<Long, List<ItemInput>> items = new HashMap<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement ps = connection.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        boolean answer = rs.getBoolean(7);
                        Boolean stored = rs.wasNull() ? null : answer;
                        raw.add(new Object[]{rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getBigDecimal(4),
                                rs.getBigDecimal(5), rs.getBigDecimal(6), stored,
                                rs.getObject(8, java.time.LocalDateTime.class).toInstant(ZoneOffset.UTC).toString(),
                                rs.getLong(9)});
                    }
                }
            }
            // Named items, only for the counts that keep them, a thousand values at a time.
            List<Long> withItems = raw.stream().filter(r -> takesItems(indicators.get((Long) r[2])))
                    .map(r -> (Long) r[8]).toList();
            for (int from = 0; from < withItems.size(); from += 1000) {
                List<Long> chunk = withItems.subList(from, Math.min(withItems.size(), from + 1000));
                try (PreparedStatement ps = connection.prepareStatement("SELECT value_id, name, flagged FROM value_item"
                        + " WHERE value_id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")"
                        + " ORDER BY value_id, position")) {
                    for (int i = 0; i < chunk.size(); i++) {
                        ps.setLong(i + 1, chunk.get(i));
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            items.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                    .add(new ItemInput(rs.getString(2), rs.getBoolean(3)));
                        }
                    }
                }
            }
        });
        if (s.units() != null) {
            s.units().forEach(u -> units.put(u.id, u));
        } else {
            List<Long> ids = raw.stream().map(r -> (Long) r[0]).distinct().toList();
            if (!ids.isEmpty()) {
                OrgUnit.<OrgUnit>list("id in ?1", ids).forEach(u -> units.put(u.id, u));
            }
        }
        List<Stored> values = new ArrayList<>(raw.size());
        for (Object[] r : raw) {
            values.add(new Stored(units.get((Long) r[0]), (String) r[1], indicators.get((Long) r[2]),
                    Decimals.strip((BigDecimal) r[3]), Decimals.strip((BigDecimal) r[4]),
                    Decimals.strip((BigDecimal) r[5]), (Boolean) r[6], (String) r[7],
                    takesItems(indicators.get((Long) r[2])) ? items.getOrDefault((Long) r[8], List.of()) : null));
        }
        return values;
    }

    public DataValueSet dataValueSet(Selection s) {
        List<DataValue> out = new ArrayList<>();
        for (Stored v : stored(s)) {
            for (DataElement element : DataElements.of(v.indicator())) {
                String value = valueOf(v, element);
                if (value != null) {
                    out.add(new DataValue(element.code(), v.period(), v.unit().code, null, null, value, null, null,
                            v.lastUpdated(), null, false, false, v.items()));
                }
            }
        }
        String singleUnit = s.units() != null && s.units().size() == 1 ? s.units().get(0).code : null;
        return new DataValueSet(s.plan().code, s.period() == null ? null : s.period().code(), singleUnit, null,
                null, out);
    }

    /** A count whose indicator asks for named items: its data value carries them ({@code planmonitorItems}). */
    static boolean takesItems(Indicator indicator) {
        return indicator.valueKind == ValueKind.COUNT && indicator.itemsRequired;
    }

    /** The text a data element's cell or row carries: plain decimals, {@code true}/{@code false}. */
    static String valueOf(Stored v, DataElement element) {
        return switch (element.part()) {
            case NUMERATOR -> plain(v.numerator());
            case DENOMINATOR -> plain(v.denominator());
            case VALUE -> v.answer() != null ? v.answer().toString() : plain(v.number());
        };
    }

    private static String plain(BigDecimal n) {
        return n == null ? null : n.toPlainString();
    }
}

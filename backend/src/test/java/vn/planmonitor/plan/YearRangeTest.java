package vn.planmonitor.plan;

import org.junit.jupiter.api.Test;
import vn.planmonitor.common.ApiException;
import vn.planmonitor.common.Violations;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The from/to years of a progress request on a 2016–2020 plan: defaults, the plan's edges, and which
 * problems are reported together. Plain JUnit: the plan is a bare object, never persisted.
 */
class YearRangeTest {

    private static Plan plan2016To2020() {
        Plan plan = new Plan();
        plan.firstYear = 2016;
        plan.lastYear = 2020;
        return plan;
    }

    private final Violations v = new Violations();

    /** As a request is read: the text at the edge, then the years against the plan, problems gathered in one place. */
    private YearRange parse(String from, String to) {
        return YearRange.of(plan2016To2020(), YearRange.parseYear(from, "from", v), YearRange.parseYear(to, "to", v), v);
    }

    /** Every problem recorded, as "field code args…", in the order found. */
    private List<String> problems() {
        if (v.isEmpty()) {
            return List.of();
        }
        ApiException e = assertThrows(ApiException.class, v::throwIfAny);
        return e.errors().stream().map(x -> (x.field() + " " + x.code() + " " + Arrays.toString(x.args())).trim())
                .toList();
    }

    @Test
    void withoutParametersTheRangeIsThePlansYears() {
        assertEquals(new YearRange(2016, 2020), parse(null, null));
        assertEquals(new YearRange(2016, 2020), parse(" ", ""));
        assertEquals(List.of(), problems());
    }

    @Test
    void oneYearOrASpanWithinThePlanIsTakenAsAsked() {
        assertEquals(new YearRange(2018, 2018), parse("2018", "2018")); // from = to is one year, not "before"
        assertEquals(new YearRange(2017, 2020), parse("2017", null));
        assertEquals(new YearRange(2016, 2019), parse(null, " 2019 "));
        assertEquals(List.of(), problems());
    }

    @Test
    void thePlansFirstAndLastYearsAreInsideAndTheYearsBeyondAreNot() {
        assertEquals(new YearRange(2016, 2020), parse("2016", "2020"));
        assertEquals(List.of(), problems());
        parse("2015", "2021");
        assertEquals(List.of("from outside-plan [2016, 2020]", "to outside-plan [2016, 2020]"), problems());
    }

    @Test
    void toBeforeFromIsReportedOnTo() {
        parse("2019", "2018");
        assertEquals(List.of("to before-from []"), problems());
    }

    @Test
    void aYearAlreadyRefusedIsNotAlsoReportedAsBeforeTheOther() {
        // 2021 is outside the plan; "2020 before 2021" would be a second, misleading problem for the same mistake.
        parse("2021", "2020");
        assertEquals(List.of("from outside-plan [2016, 2020]"), problems());
    }

    @Test
    void aToYearAlreadyRefusedIsNotAlsoReportedAsBeforeFrom() {
        parse("2019", "2015");
        assertEquals(List.of("to outside-plan [2016, 2020]"), problems());
    }

    @Test
    void aYearThatIsNoYearIsReportedOnceAndFallsBackToThePlan() {
        // Not a number, and a number outside every calendar the app knows (1900–2999): one problem each,
        // never a second "outside-plan" for the same field.
        YearRange range = parse("2019a", "99999");
        assertEquals(List.of("from not-an-integer []", "to out-of-range [1900, 2999]"), problems());
        assertEquals(new YearRange(2016, 2020), range);
    }

    @Test
    void containsIsInclusiveAtBothEnds() {
        YearRange range = new YearRange(2017, 2019);
        assertFalse(range.contains(2016));
        assertTrue(range.contains(2017));
        assertTrue(range.contains(2018));
        assertTrue(range.contains(2019));
        assertFalse(range.contains(2020));
    }
}

package vn.planmonitor.submission;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The pure checks the report form and the bulk import share; both render their answer, neither restates it. */
class ValueRulesTest {

    private static Optional<ValueProblem> figure(String n, boolean wholeNumber) {
        return ValueRules.figure(new BigDecimal(n), wholeNumber);
    }

    @Test
    void shouldNameTheFirstLimitAFigureBreaksInTheOrderAPersonFixesThem() {
        assertEquals(Optional.of(ValueProblem.NEGATIVE), figure("-1.5", true));
        assertEquals(Optional.of(ValueProblem.TOO_LARGE), figure("1000000000000.5", true));
        assertEquals(Optional.of(ValueProblem.NOT_WHOLE_NUMBER), figure("2.12345", true));
        assertEquals(Optional.of(ValueProblem.TOO_PRECISE), figure("2.12345", false));
    }

    @Test
    void shouldTakeFiguresUpToTheLimits() {
        assertEquals(Optional.empty(), figure("999999999999", true));
        assertEquals(Optional.empty(), figure("0", true));
        assertEquals(Optional.empty(), figure("2.1234", false));
        assertEquals(Optional.empty(), figure("7.000000", true)); // trailing zeros are not decimals
    }

    @Test
    void shouldCarryTheLimitAFieldErrorPrints() {
        assertEquals("999999999999", ValueProblem.TOO_LARGE.limit());
        assertEquals(4, ValueProblem.TOO_PRECISE.limit());
        assertEquals(null, ValueProblem.NEGATIVE.limit());
    }

    @Test
    void shouldRefuseANumeratorAboveItsDenominator() {
        assertEquals(Optional.of(ValueProblem.NUMERATOR_ABOVE_DENOMINATOR),
                ValueRules.ratio(new BigDecimal("3"), new BigDecimal("2.9999")));
        assertEquals(Optional.empty(), ValueRules.ratio(new BigDecimal("3.0"), new BigDecimal("3")));
    }

    @Test
    void shouldMatchACountToItsItemsAsNumbersNotAsAWrappedInt() {
        assertTrue(ValueRules.countMatchesItems(new BigDecimal("3.0000"), 3));
        assertFalse(ValueRules.countMatchesItems(new BigDecimal("2"), 3));
        // 2^32 as an int is 0: it must not match an empty list.
        assertFalse(ValueRules.countMatchesItems(new BigDecimal("4294967296"), 0));
    }
}

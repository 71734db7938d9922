package vn.planmonitor.period;

/**
 * How the months (or quarters) of a monthly or quarterly indicator make its year (K14), so a yearly
 * target over it is judged on the year. Each unit's year is formed first, then the units are aggregated
 * by the target's rule:
 * <ul>
 * <li>FLOW: the periods add up (cases handled: 10 a month → 120 a year);</li>
 * <li>STOCK: the last period with a value counts (staff on payroll: 30 … 36 → 36, never 396; a unit whose
 * last months are missing counts with its last month that has a value);</li>
 * <li>RATIO: numerators and denominators add up, and the year is their ratio (a ratio of sums).</li>
 * </ul>
 * None ({@code null}): each period is judged on its own, and a year's status looks at its last period
 * with a figure — the behaviour before roll-ups existed, kept for the indicators that had none.
 */
public enum PeriodRollUp {
    FLOW, STOCK, RATIO
}

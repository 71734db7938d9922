-- The plan-progress figures, hand-written, from the summary rows the endpoint reads (progress_cell:
-- one row per target, period, status and reporter flag, kept up to date by each approval).
-- One statement for the whole plan. Placeholders (the harness puts numbers in):
--   :scope  which targets: "t.plan_id = <plan id>" or "t.id = <target id>"
--   :year   the current year: later periods have no figure
-- Per target and period, counting APPROVED reports only:
--   reported = sum of value_count
--   expected = active units of the indicator's unit types (and among its named units, if it has any;
--              none if the indicator is inactive) + the values of units that are not reporters now
--   figure   SUM: number_sum; AVERAGE: number_sum / reported; RATIO_OF_SUMS: 100 * numerators /
--            denominators (none when 0); SHARE_OF_UNITS_MEETING: 100 * meeting / expected;
--            rounded to 4 decimals half up; none without a counted report or after the current year
--   met      figure >= threshold
SELECT g.target_id, g.period_code, g.expected, g.reported, g.figure,
       CASE WHEN g.figure IS NULL THEN NULL WHEN g.figure >= g.threshold THEN 1 ELSE 0 END AS met
FROM (
    SELECT f.target_id, f.period_code, f.expected, f.reported, f.threshold,
           CASE
               WHEN CAST(LEFT(f.period_code, 4) AS UNSIGNED) > :year OR f.reported = 0 THEN NULL
               WHEN f.aggregation = 'SUM' THEN f.number_sum
               WHEN f.aggregation = 'AVERAGE' THEN ROUND(f.number_sum * 1.00000000 / f.reported, 4)
               WHEN f.aggregation = 'RATIO_OF_SUMS' THEN
                   CASE WHEN f.denominator_sum = 0 THEN NULL
                        ELSE ROUND(100 * f.numerator_sum * 1.00000000 / f.denominator_sum, 4) END
               ELSE ROUND(100 * f.meeting * 1.00000000 / f.expected, 4)
           END AS figure
    FROM (
        SELECT t.id AS target_id, t.aggregation, t.threshold, c.period_code, c.reported, c.number_sum,
               c.numerator_sum, c.denominator_sum, c.meeting,
               CASE WHEN i.active THEN COALESCE(e.reporters, 0) ELSE 0 END + c.not_reporters AS expected
        FROM plan_target t
        JOIN indicator i ON i.id = t.indicator_id
        JOIN (SELECT pc.target_id, pc.period_code,
                     SUM(pc.value_count) AS reported,
                     SUM(CASE WHEN pc.reporter THEN 0 ELSE pc.value_count END) AS not_reporters,
                     SUM(pc.number_sum) AS number_sum,
                     SUM(pc.numerator_sum) AS numerator_sum,
                     SUM(pc.denominator_sum) AS denominator_sum,
                     SUM(pc.meeting_count) AS meeting
              FROM plan_target t
              JOIN progress_cell pc ON pc.target_id = t.id AND pc.status = 'APPROVED'
              WHERE :scope
              GROUP BY pc.target_id, pc.period_code) c ON c.target_id = t.id
        LEFT JOIN (SELECT it.indicator_id, SUM(ut.active_units) AS reporters
                   FROM indicator_unit_type it
                   JOIN (SELECT unit_type, COUNT(*) AS active_units FROM org_unit WHERE active GROUP BY unit_type) ut
                     ON ut.unit_type = it.unit_type
                   WHERE NOT EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = it.indicator_id)
                   GROUP BY it.indicator_id
                   UNION ALL
                   SELECT r.indicator_id, COUNT(*)
                   FROM indicator_reporting_unit r
                   JOIN org_unit u ON u.id = r.org_unit_id AND u.active
                   JOIN indicator_unit_type it ON it.indicator_id = r.indicator_id AND it.unit_type = u.unit_type
                   GROUP BY r.indicator_id) e ON e.indicator_id = i.id
        WHERE :scope
    ) f
) g
ORDER BY g.target_id, g.period_code

-- The same figures as progress-summary.sql, computed by one GROUP BY straight over the reports
-- (submission_value joined to submission): what a live query costs without summary rows.
-- Placeholders: :scope ("t.plan_id = <plan id>" or "t.id = <target id>"), :year (the current year),
-- :hint (STRAIGHT_JOIN for a whole plan: one pass over the values in key order beats one index range per
-- indicator, 30 s against 130 s at 10 million values with a 128 MiB buffer pool; empty for one target).
-- A value's unit is a reporter when the indicator and the unit are active, the unit's type is among the
-- indicator's, and the unit is among the indicator's named units if it has any. A unit's own value:
-- RATIO 100 * numerator / denominator rounded to 4 decimals (none when the denominator is 0), BOOLEAN
-- 1 or 0, else the number; it meets the target when it reaches unit_threshold, or the threshold when
-- there is none (SUM has none).
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
        JOIN (SELECT :hint t.id AS target_id, s.period_code,
                     COUNT(*) AS reported,
                     SUM(CASE WHEN i.active AND u.active AND it.unit_type IS NOT NULL
                                   AND (named.indicator_id IS NULL OR r.org_unit_id IS NOT NULL)
                              THEN 0 ELSE 1 END) AS not_reporters,
                     SUM(CASE WHEN i.value_kind = 'BOOLEAN' THEN v.answer ELSE v.number_value END) AS number_sum,
                     SUM(v.numerator) AS numerator_sum,
                     SUM(v.denominator) AS denominator_sum,
                     SUM(CASE WHEN (CASE i.value_kind
                                        WHEN 'RATIO' THEN CASE WHEN v.denominator = 0 THEN NULL
                                                               ELSE ROUND(100 * v.numerator / v.denominator, 4) END
                                        WHEN 'BOOLEAN' THEN v.answer
                                        ELSE v.number_value END)
                                   >= COALESCE(t.unit_threshold, CASE WHEN t.aggregation = 'SUM' THEN NULL ELSE t.threshold END)
                              THEN 1 ELSE 0 END) AS meeting
              FROM submission_value v
              JOIN submission s ON s.id = v.submission_id AND s.status = 'APPROVED'
              JOIN plan_target t ON t.indicator_id = v.indicator_id AND t.plan_id = s.plan_id
              JOIN indicator i ON i.id = t.indicator_id
              JOIN org_unit u ON u.id = s.org_unit_id
              LEFT JOIN indicator_unit_type it ON it.indicator_id = i.id AND it.unit_type = u.unit_type
              LEFT JOIN indicator_reporting_unit r ON r.indicator_id = i.id AND r.org_unit_id = u.id
              LEFT JOIN (SELECT DISTINCT indicator_id FROM indicator_reporting_unit) named ON named.indicator_id = i.id
              WHERE :scope
              GROUP BY t.id, s.period_code) c ON c.target_id = t.id
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

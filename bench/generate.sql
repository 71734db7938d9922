-- Plan monitor benchmark data generator (bench/README.md explains the shapes and presets).
--
-- Plain SQL for MariaDB 10.11 and MySQL 8.4: no stored procedures, no DELIMITER, no sequence engine.
-- Runs in a database the backend has migrated (Liquibase 001..006 and later): it only INSERTs into the
-- application's tables, through a few large INSERT ... SELECT statements over helper tables
-- (bench_gen_*, real tables, dropped at the end; MySQL cannot name a TEMPORARY table twice in one query).
--
-- Form: every statement ends with ';' at the end of a line, and a comment is a whole line starting
-- with '--', so a plain JDBC runner can split the file on lines ending with ';' and run each statement
-- on ONE connection (user variables live in the session). The mysql client runs it as it is.
--
-- Parameters: user variables the runner sets first, e.g. for the 100x preset
--   SET @seed = 42; SET @units = 3700; SET @monthly = 0; SET @yearly = 8;
--   SET @first_year = 2021; SET @last_year = 2026; SET @plan_code = 'BENCH-100X'; SET @prefix = 'B';
-- @units      generated reporting units, 1..99999 (codes <prefix>-U00001 ...), plus one root unit <prefix>-ROOT
-- @monthly    monthly indicators (codes <prefix>-M001 ...), 0..999
-- @yearly     yearly indicators (codes <prefix>-Y001 ...), 0..999
-- @first_year, @last_year  the plan's years. Reports are generated for @first_year .. @last_year - 1;
--             the plan's last year is left without any report (the import measurements write there).
-- @plan_code  the new plan's code (must not exist yet)
-- @prefix     prefix of every generated code; District 11's seed uses none of 'B-...'.
-- @seed       everything pseudo-random is CRC32(CONCAT(@seed, ':', ...)) arithmetic: the same
--             parameters give the same rows (codes, statuses, values, timestamps), on either server.
--
-- Shape (by position, so small presets keep the mix):
-- units      unit n is a WARD (n mod 20 in 0..11), SCHOOL (12..15), PUBLIC_SERVICE_UNIT (16, 17) or
--            AGENCY (18, 19); inactive when n mod 37 = 17 (those reported in the first two data years only).
-- indicators the k-th of each period type is a RATIO (k mod 4 = 1), COUNT (2), BOOLEAN (3) or NUMBER (0);
--            reported by every type, except k mod 10 = 3 (wards and schools) and k mod 10 = 7 (wards only);
--            the 2nd yearly indicator is reported by named agencies only (indicator_reporting_unit);
--            the 8th yearly indicator is inactive (retired: it has past values, nobody is expected now).
-- targets    one per indicator: RATIO_OF_SUMS, SUM, SHARE_OF_UNITS_MEETING and AVERAGE, EVERY_YEAR or
--            BY_YEAR (due the plan's last year) when k mod 3 = 0.
-- reports    one per unit and period of each period type: 2% missing, 1% DRAFT, 1% RETURNED,
--            5% SUBMITTED, 91% APPROVED, each with a value for every indicator the unit reports.

SET @data_years = @last_year - @first_year;
SET @stamp = TIMESTAMP(CONCAT(@first_year - 1, '-12-01 08:00:00'));
SET @deadline_days = 20;

DROP TABLE IF EXISTS bench_gen_digit;
CREATE TABLE bench_gen_digit (d INT NOT NULL PRIMARY KEY);
INSERT INTO bench_gen_digit (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);

-- 1 .. 100000: a real table built by cross-joining the digits.
DROP TABLE IF EXISTS bench_gen_num;
CREATE TABLE bench_gen_num (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_gen_num (n)
SELECT 1 + a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
FROM bench_gen_digit a CROSS JOIN bench_gen_digit b CROSS JOIN bench_gen_digit c
CROSS JOIN bench_gen_digit e CROSS JOIN bench_gen_digit f;

-- The periods that get reports: every year and month of the data years.
DROP TABLE IF EXISTS bench_gen_period;
CREATE TABLE bench_gen_period (
    code VARCHAR(10) NOT NULL PRIMARY KEY,
    period_type VARCHAR(20) NOT NULL,
    yr INT NOT NULL,
    year_offset INT NOT NULL,
    ends DATE NOT NULL
);
INSERT INTO bench_gen_period (code, period_type, yr, year_offset, ends)
SELECT CAST(@first_year + y.n - 1 AS CHAR), 'YEARLY', @first_year + y.n - 1, y.n - 1,
       MAKEDATE(@first_year + y.n, 1) - INTERVAL 1 DAY
FROM bench_gen_num y
WHERE y.n <= @data_years;
INSERT INTO bench_gen_period (code, period_type, yr, year_offset, ends)
SELECT CONCAT(@first_year + y.n - 1, LPAD(m.n, 2, '0')), 'MONTHLY', @first_year + y.n - 1, y.n - 1,
       MAKEDATE(@first_year + y.n - 1, 1) + INTERVAL m.n MONTH - INTERVAL 1 DAY
FROM bench_gen_num y CROSS JOIN bench_gen_num m
WHERE y.n <= @data_years AND m.n <= 12 AND @monthly > 0;

-- The plans already in the database keep their reporters: an indicator that names no units is reported by
-- every active unit of its types, which would make the generated units (of the same types) expected to
-- report District 11's indicators too. Naming their current reporters keeps those plans' figures as they were.
INSERT INTO indicator_reporting_unit (indicator_id, org_unit_id)
SELECT i.id, u.id
FROM indicator i
JOIN indicator_unit_type it ON it.indicator_id = i.id
JOIN org_unit u ON u.unit_type = it.unit_type AND u.active
WHERE NOT EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = i.id);

-- Units: a root (reports nothing) and @units reporting units under it.
INSERT INTO org_unit (code, name_vi, name_en, unit_type, parent_id, active, created_at, updated_at, version)
VALUES (CONCAT(@prefix, '-ROOT'), CONCAT('Đơn vị thử tải ', @plan_code), CONCAT('Benchmark body ', @plan_code),
        'DISTRICT', NULL, TRUE, @stamp, @stamp, 0);
SET @root = LAST_INSERT_ID();

DROP TABLE IF EXISTS bench_gen_unit;
CREATE TABLE bench_gen_unit (
    n INT NOT NULL PRIMARY KEY,
    code VARCHAR(50) NOT NULL,
    unit_type VARCHAR(30) NOT NULL,
    active BOOLEAN NOT NULL,
    unit_id BIGINT NULL
);
INSERT INTO bench_gen_unit (n, code, unit_type, active)
SELECT n, CONCAT(@prefix, '-U', LPAD(n, 5, '0')),
       CASE WHEN n % 20 < 12 THEN 'WARD' WHEN n % 20 < 16 THEN 'SCHOOL'
            WHEN n % 20 < 18 THEN 'PUBLIC_SERVICE_UNIT' ELSE 'AGENCY' END,
       n % 37 <> 17
FROM bench_gen_num
WHERE n <= @units;

INSERT INTO org_unit (code, name_vi, name_en, unit_type, parent_id, active, created_at, updated_at, version)
SELECT g.code,
       CONCAT(CASE g.unit_type WHEN 'WARD' THEN 'Phường' WHEN 'SCHOOL' THEN 'Trường'
                  WHEN 'PUBLIC_SERVICE_UNIT' THEN 'Đơn vị sự nghiệp' ELSE 'Phòng' END, ' thử tải ', g.n),
       CONCAT(CASE g.unit_type WHEN 'WARD' THEN 'Benchmark ward' WHEN 'SCHOOL' THEN 'Benchmark school'
                  WHEN 'PUBLIC_SERVICE_UNIT' THEN 'Benchmark public service unit' ELSE 'Benchmark office' END, ' ', g.n),
       g.unit_type, @root, g.active, @stamp, @stamp, 0
FROM bench_gen_unit g
ORDER BY g.n;
-- An inactive unit is valid in no year, as the migration 020-unit-validity makes every unit that was
-- inactive before dates existed; the references below keep reading the flag, which stays in step.
UPDATE org_unit SET valid_to = '1000-01-01' WHERE active = FALSE AND code LIKE CONCAT(@prefix, '-U%');
UPDATE bench_gen_unit g JOIN org_unit u ON u.code = g.code SET g.unit_id = u.id;
CREATE INDEX ix_bench_gen_unit_id ON bench_gen_unit (unit_id);

-- The plan.
INSERT INTO plan (code, title_vi, title_en, first_year, last_year, issuing_body_vi, issuing_body_en, source_url,
                  source_text, report_deadline_days, created_at, updated_at, version)
VALUES (@plan_code, CONCAT('Kế hoạch thử tải ', @plan_code, ' (', @units, ' đơn vị)'),
        CONCAT('Benchmark plan ', @plan_code, ' (', @units, ' units)'),
        @first_year, @last_year, 'Dữ liệu thử tải (bench/generate.sql)', 'Benchmark data (bench/generate.sql)',
        NULL, NULL, @deadline_days, @stamp, @stamp, 0);
SET @plan = LAST_INSERT_ID();

-- Indicators and their targets, described once here.
DROP TABLE IF EXISTS bench_gen_ind;
CREATE TABLE bench_gen_ind (
    code VARCHAR(50) NOT NULL PRIMARY KEY,
    letter CHAR(1) NOT NULL,
    k INT NOT NULL,
    period_type VARCHAR(20) NOT NULL,
    value_kind VARCHAR(20) NOT NULL,
    scope VARCHAR(20) NOT NULL,
    active BOOLEAN NOT NULL,
    aggregation VARCHAR(40) NOT NULL,
    base INT NOT NULL,
    indicator_id BIGINT NULL,
    reporters INT NOT NULL DEFAULT 0
);
INSERT INTO bench_gen_ind (code, letter, k, period_type, value_kind, scope, active, aggregation, base)
SELECT CONCAT(@prefix, '-', t.letter, LPAD(x.n, 3, '0')), t.letter, x.n, t.period_type,
       CASE x.n % 4 WHEN 1 THEN 'RATIO' WHEN 2 THEN 'COUNT' WHEN 3 THEN 'BOOLEAN' ELSE 'NUMBER' END,
       CASE WHEN t.letter = 'Y' AND x.n = 2 THEN 'NAMED' WHEN x.n % 10 = 3 THEN 'WARD_SCHOOL'
            WHEN x.n % 10 = 7 THEN 'WARD' ELSE 'ALL' END,
       NOT (t.letter = 'Y' AND x.n = 8),
       CASE x.n % 4
           WHEN 1 THEN CASE WHEN (x.n DIV 4) % 2 = 0 THEN 'RATIO_OF_SUMS' ELSE 'SHARE_OF_UNITS_MEETING' END
           WHEN 2 THEN CASE WHEN (x.n DIV 4) % 2 = 0 THEN 'SUM' ELSE 'SHARE_OF_UNITS_MEETING' END
           WHEN 3 THEN 'SHARE_OF_UNITS_MEETING'
           ELSE CASE WHEN (x.n DIV 4) % 2 = 0 THEN 'AVERAGE' ELSE 'SUM' END
       END,
       40 + CRC32(CONCAT(@seed, ':i:', t.letter, x.n)) % 21
FROM bench_gen_num x
JOIN (SELECT 'M' AS letter, 'MONTHLY' AS period_type, @monthly AS how_many
      UNION ALL SELECT 'Y', 'YEARLY', @yearly) t ON x.n <= t.how_many;

INSERT INTO indicator (plan_id, code, name_vi, name_en, unit_vi, unit_en, period_type, value_kind, items_required,
                       item_flag_vi, item_flag_en, numerator_code, numerator_vi, numerator_en, denominator_code,
                       denominator_vi, denominator_en, active, created_at, updated_at, version)
SELECT @plan, g.code,
       CONCAT('Chỉ tiêu thử tải ', g.code), CONCAT('Benchmark indicator ', g.code),
       CASE g.value_kind WHEN 'RATIO' THEN 'người' WHEN 'COUNT' THEN 'mô hình' WHEN 'BOOLEAN' THEN 'có/không'
           ELSE 'triệu đồng' END,
       CASE g.value_kind WHEN 'RATIO' THEN 'people' WHEN 'COUNT' THEN 'models' WHEN 'BOOLEAN' THEN 'yes/no'
           ELSE 'million VND' END,
       g.period_type, g.value_kind, FALSE, NULL, NULL,
       CASE WHEN g.value_kind = 'RATIO' THEN CONCAT(g.code, '-N') END,
       CASE WHEN g.value_kind = 'RATIO' THEN 'Số người đạt' END,
       CASE WHEN g.value_kind = 'RATIO' THEN 'People meeting it' END,
       CASE WHEN g.value_kind = 'RATIO' THEN CONCAT(g.code, '-D') END,
       CASE WHEN g.value_kind = 'RATIO' THEN 'Tổng số người' END,
       CASE WHEN g.value_kind = 'RATIO' THEN 'People in all' END,
       g.active, @stamp, @stamp, 0
FROM bench_gen_ind g
ORDER BY g.letter, g.k;
UPDATE bench_gen_ind g JOIN indicator i ON i.code = g.code SET g.indicator_id = i.id;

INSERT INTO indicator_unit_type (indicator_id, unit_type)
SELECT g.indicator_id, t.unit_type
FROM bench_gen_ind g
JOIN (SELECT 'WARD' AS unit_type UNION ALL SELECT 'SCHOOL' UNION ALL SELECT 'PUBLIC_SERVICE_UNIT'
      UNION ALL SELECT 'AGENCY') t
  ON g.scope = 'ALL'
  OR (g.scope = 'WARD_SCHOOL' AND t.unit_type IN ('WARD', 'SCHOOL'))
  OR (g.scope = 'WARD' AND t.unit_type = 'WARD')
  OR (g.scope = 'NAMED' AND t.unit_type = 'AGENCY');

-- The named indicator: reported by every other generated office (n mod 20 = 18) only.
INSERT INTO indicator_reporting_unit (indicator_id, org_unit_id)
SELECT g.indicator_id, u.unit_id
FROM bench_gen_ind g JOIN bench_gen_unit u ON u.unit_type = 'AGENCY' AND u.n % 20 = 18
WHERE g.scope = 'NAMED';

-- Who reports what: the application's own rule (type, and the named units if any), from the rows just written.
DROP TABLE IF EXISTS bench_gen_reporting;
CREATE TABLE bench_gen_reporting (
    indicator_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    PRIMARY KEY (indicator_id, unit_id)
);
INSERT INTO bench_gen_reporting (indicator_id, unit_id)
SELECT g.indicator_id, u.unit_id
FROM bench_gen_ind g
JOIN indicator_unit_type t ON t.indicator_id = g.indicator_id
JOIN bench_gen_unit u ON u.unit_type = t.unit_type
WHERE NOT EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = g.indicator_id)
   OR EXISTS (SELECT 1 FROM indicator_reporting_unit r WHERE r.indicator_id = g.indicator_id AND r.org_unit_id = u.unit_id);
UPDATE bench_gen_ind g
JOIN (SELECT indicator_id, COUNT(*) AS how_many FROM bench_gen_reporting GROUP BY indicator_id) r
  ON r.indicator_id = g.indicator_id
SET g.reporters = r.how_many;

-- Targets: thresholds sensible for the kind; a SUM's threshold scales with the units reporting it.
INSERT INTO plan_target (plan_id, indicator_id, code, statement_vi, statement_en, aggregation, unit_threshold,
                         threshold, timing, due_year, sort_order, created_at, updated_at, version)
SELECT @plan, g.indicator_id, CONCAT('T-', g.letter, LPAD(g.k, 3, '0')),
       CONCAT('Mục tiêu thử tải cho ', g.code), CONCAT('Benchmark target on ', g.code),
       g.aggregation,
       CASE
           WHEN g.aggregation = 'SHARE_OF_UNITS_MEETING' AND g.value_kind = 'RATIO' THEN 50
           WHEN g.aggregation = 'SHARE_OF_UNITS_MEETING' THEN 1
       END,
       CASE
           WHEN g.aggregation = 'RATIO_OF_SUMS' THEN 60 + g.base % 31
           WHEN g.aggregation = 'SHARE_OF_UNITS_MEETING' AND g.value_kind = 'BOOLEAN' THEN 90
           WHEN g.aggregation = 'SHARE_OF_UNITS_MEETING' THEN 70
           WHEN g.aggregation = 'AVERAGE' THEN 540
           WHEN g.value_kind = 'COUNT' THEN GREATEST(1, CEIL(g.reporters * 1.8))
           ELSE GREATEST(1, g.reporters * 520)
       END,
       CASE WHEN g.k % 3 = 0 THEN 'BY_YEAR' ELSE 'EVERY_YEAR' END,
       CASE WHEN g.k % 3 = 0 THEN @last_year END,
       CASE g.letter WHEN 'M' THEN 0 ELSE 1000 END + g.k,
       @stamp, @stamp, 0
FROM bench_gen_ind g
ORDER BY g.letter, g.k;

-- Which period types each unit reports at all (a report needs at least one indicator).
DROP TABLE IF EXISTS bench_gen_unit_type;
CREATE TABLE bench_gen_unit_type (
    unit_id BIGINT NOT NULL,
    period_type VARCHAR(20) NOT NULL,
    PRIMARY KEY (unit_id, period_type)
);
INSERT INTO bench_gen_unit_type (unit_id, period_type)
SELECT DISTINCT r.unit_id, g.period_type
FROM bench_gen_reporting r JOIN bench_gen_ind g ON g.indicator_id = r.indicator_id;
CREATE INDEX ix_bench_gen_ind_type ON bench_gen_ind (period_type);

-- Reports: one per unit and period (an inactive unit only in the first two data years), with a status
-- drawn from the seed, submitted 1-25 days after the period ended (on time within 20 days), decided
-- 1-4 days later. Written period by period, so the values below come out in key order.
INSERT INTO submission (plan_id, org_unit_id, period_code, status, comment_text, demo, created_at, updated_at,
                        version, first_submitted_at, submitted_at, submitted_by, on_time, decided_at, decided_by,
                        review_comment)
SELECT @plan, x.unit_id, x.period_code, x.status, NULL, FALSE,
       x.sent - INTERVAL 2 DAY,
       CASE x.status WHEN 'DRAFT' THEN x.sent - INTERVAL 2 DAY WHEN 'SUBMITTED' THEN x.sent
           ELSE x.sent + INTERVAL (1 + (x.h DIV 900000000) % 4) DAY + INTERVAL 3 HOUR END,
       CASE x.status WHEN 'DRAFT' THEN 0 WHEN 'SUBMITTED' THEN 1 ELSE 2 END,
       CASE WHEN x.status <> 'DRAFT' THEN x.sent END,
       CASE WHEN x.status <> 'DRAFT' THEN x.sent END,
       CASE WHEN x.status <> 'DRAFT' THEN 'bench-reporter' END,
       CASE WHEN x.status <> 'DRAFT' THEN DATE(x.sent) <= x.ends + INTERVAL @deadline_days DAY END,
       CASE WHEN x.status IN ('APPROVED', 'RETURNED')
           THEN x.sent + INTERVAL (1 + (x.h DIV 900000000) % 4) DAY + INTERVAL 3 HOUR END,
       CASE WHEN x.status IN ('APPROVED', 'RETURNED') THEN 'bench-reviewer' END,
       CASE WHEN x.status = 'RETURNED' THEN 'Số liệu chưa khớp, đề nghị kiểm tra lại / Figures do not add up, please check' END
FROM (
    SELECT s0.unit_id, s0.period_code, s0.ends, s0.h,
           CASE WHEN s0.h % 1000 < 30 THEN 'DRAFT' WHEN s0.h % 1000 < 40 THEN 'RETURNED'
                WHEN s0.h % 1000 < 90 THEN 'SUBMITTED' ELSE 'APPROVED' END AS status,
           TIMESTAMP(s0.ends, '01:30:00') + INTERVAL (1 + (s0.h DIV 1000) % 25) DAY
               + INTERVAL ((s0.h DIV 25000) % 36000) SECOND AS sent
    FROM (SELECT u.unit_id, p.code AS period_code, p.ends,
                 CRC32(CONCAT(@seed, ':s:', u.code, ':', p.code)) AS h
          FROM bench_gen_unit u
          CROSS JOIN bench_gen_period p
          JOIN bench_gen_unit_type t ON t.unit_id = u.unit_id AND t.period_type = p.period_type
          WHERE u.active OR p.year_offset < 2) s0
    WHERE s0.h % 1000 >= 20
) x
ORDER BY x.period_code, x.unit_id;

-- Values: one per report and indicator the unit reports, in report order. RATIO: denominator 1..40
-- (0 in one report of 500), numerator <= denominator; COUNT 0..4; BOOLEAN; NUMBER 0..999.99 (+20 a year).
-- Every figure drifts upwards year by year, so targets end in different statuses. h below is
-- CRC32(CONCAT(@seed, ':v:', unit code, ':', period code, ':', indicator code)), written out where it is
-- used: a derived table would be merged and lose the join order that keeps the reports in key order.
INSERT INTO submission_value (submission_id, indicator_id, number_value, numerator, denominator, answer)
SELECT STRAIGHT_JOIN s.id, g.indicator_id,
       CASE g.value_kind
           WHEN 'COUNT' THEN CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) % 4 + CASE WHEN (CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) DIV 4) % 10 < p.year_offset THEN 1 ELSE 0 END
           WHEN 'NUMBER' THEN (CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) % 100000) / 100 + 20 * p.year_offset
       END,
       CASE WHEN g.value_kind = 'RATIO' THEN
           FLOOR(CASE WHEN (CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) DIV 1000000) % 500 = 0 THEN 0 ELSE 1 + CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) % 40 END
                 * LEAST(100, g.base + 5 * p.year_offset + (CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) DIV 40) % 30) / 100)
       END,
       CASE WHEN g.value_kind = 'RATIO' THEN
           CASE WHEN (CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) DIV 1000000) % 500 = 0 THEN 0 ELSE 1 + CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) % 40 END
       END,
       CASE WHEN g.value_kind = 'BOOLEAN' THEN CRC32(CONCAT(@seed, ':v:', u.code, ':', p.code, ':', g.code)) % 100 < LEAST(98, g.base + 20 + 8 * p.year_offset) END
FROM submission s FORCE INDEX (PRIMARY)
JOIN bench_gen_period p ON p.code = s.period_code
JOIN bench_gen_unit u ON u.unit_id = s.org_unit_id
JOIN bench_gen_ind g ON g.period_type = p.period_type
JOIN bench_gen_reporting r ON r.indicator_id = g.indicator_id AND r.unit_id = u.unit_id
WHERE s.plan_id = @plan;

ANALYZE TABLE org_unit, indicator, plan_target, submission, submission_value;

DROP TABLE bench_gen_unit_type;
DROP TABLE bench_gen_reporting;
DROP TABLE bench_gen_ind;
DROP TABLE bench_gen_unit;
DROP TABLE bench_gen_period;
DROP TABLE bench_gen_num;
DROP TABLE bench_gen_digit;

-- What was generated (the runner prints this row).
SELECT p.code AS plan_code, p.id AS plan_id,
       (SELECT COUNT(*) FROM org_unit u WHERE u.code LIKE CONCAT(@prefix, '-U%')) AS units,
       (SELECT COUNT(*) FROM indicator i WHERE i.plan_id = p.id) AS indicators,
       (SELECT COUNT(*) FROM plan_target t WHERE t.plan_id = p.id) AS targets,
       (SELECT COUNT(*) FROM submission s WHERE s.plan_id = p.id) AS submissions,
       (SELECT COUNT(*) FROM submission_value v JOIN submission s ON s.id = v.submission_id
        WHERE s.plan_id = p.id) AS submission_values
FROM plan p
WHERE p.id = @plan;

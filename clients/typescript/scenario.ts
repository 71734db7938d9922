// An integrator's first hour with TypeScript types generated from openapi.yaml by openapi-typescript,
// through openapi-fetch: scripts/test-clients.sh compiles this with tsc (strict) and runs it against the
// real backend. Arguments: the backend's base URL and a short tag that keeps this client's codes apart.
import createClient from 'openapi-fetch';
import type { components, paths } from './api.js';

type Submission = components['schemas']['Submission'];

const PLAN = 'D11-STI-2016-2020';
const [base, tag] = process.argv.slice(2) as [string, string];

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`typescript client: ${what}`);
  console.log(`  ok  ${what}`);
}

function client(token?: string) {
  return createClient<paths>({ baseUrl: base, headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

async function signIn(username: string, password: string) {
  const { data, error } = await client().POST('/api/v1/session', { body: { username, password } });
  if (!data) throw new Error(`sign-in failed: ${JSON.stringify(error)}`);
  return client(data.token);
}

const etag = (report: Submission) => `"${report.version}"`;

function must<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.data === undefined) throw new Error(`${result.response.status}: ${JSON.stringify(result.error)}`);
  return result.data;
}

const admin = await signIn('admin', 'quan11-admin');
const plans = must(await admin.GET('/api/v1/plans', { params: { query: { size: 50 } } }));
const plan = plans.items.find((p) => p.code === PLAN)!;
const progress = must(await admin.GET('/api/v1/plans/{id}/progress', { params: { path: { id: plan.id } } }));
check(progress.targets.length >= 7, "plan progress lists the plan's targets");
const first = progress.targets[0]!;
const one = must(await admin.GET('/api/v1/targets/{id}/progress', { params: { path: { id: first.targetId } } }));
check(one.targets.length === 1 && one.targets[0]!.targetCode === first.targetCode, "target progress answers in the plan's shape");

const unit = must(await admin.POST('/api/v1/org-units', {
  body: { code: `CLI-${tag}`, nameVi: `Trường thử ${tag}`, nameEn: `Test school ${tag}`, type: 'SCHOOL', parentCode: 'PGDDT' },
}));
check(unit.active, 'a new unit is active');
const indicator = must(await admin.POST('/api/v1/indicators', {
  body: {
    code: `CLI_${tag}_CLUBS`, planCode: PLAN, nameVi: 'Số câu lạc bộ', nameEn: 'Clubs', unitVi: 'câu lạc bộ', unitEn: 'clubs',
    valueKind: 'COUNT', reportingUnitTypes: ['SCHOOL'], reportingUnitCodes: [unit.code],
  },
}));

let report = must(await admin.POST('/api/v1/submissions', {
  body: {
    planCode: PLAN, orgUnitCode: unit.code, period: '2017',
    values: [{ indicatorCode: 'CREATIVITY_CLUB', answer: true }, { indicatorCode: indicator.code, number: 3 }],
  },
}));
report = must(await admin.POST('/api/v1/submissions/{id}/submit', {
  params: { path: { id: report.id }, header: { 'If-Match': etag(report) } }, body: { comment: 'Gửi từ client TypeScript' },
}));
check(report.status === 'SUBMITTED', 'submitted');
const reviewer = await signIn('reviewer', 'quan11-duyet');
report = must(await reviewer.POST('/api/v1/submissions/{id}/approve', {
  params: { path: { id: report.id }, header: { 'If-Match': etag(report) } }, body: {},
}));
check(report.status === 'APPROVED', 'approved by the reviewer');

const csv = await client().GET('/api/v1/public/plans/{code}/targets/{targetCode}/data.csv', {
  params: { path: { code: PLAN, targetCode: first.targetCode } },
  parseAs: 'arrayBuffer', // text() would drop the byte-order mark while decoding
});
const csvText = new TextDecoder('utf-8', { ignoreBOM: true }).decode(csv.data);
check(csvText.startsWith('\uFEFFplan,target,period'), 'the public CSV, with its BOM');

const refused = await admin.POST('/api/v1/submissions', {
  body: { planCode: PLAN, orgUnitCode: 'P01', period: '2017', values: [{ indicatorCode: 'ECON_OFFICER_TRAINING', numerator: 5, denominator: 3 }] },
});
const fieldError = refused.error?.errors?.[0];
const problemOk = refused.response.status === 400 && refused.error?.code === 'validation'
  && fieldError?.field === 'values[0].numerator' && fieldError.code === 'numerator-above-denominator';
check(problemOk, `the problem's field error${problemOk ? '' : `: ${JSON.stringify(refused.error)}`}`);
console.log('typescript client: every step passed');

import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AssignmentView } from '../../src/services/collection/departments/assign-items.ts';
import type { DepartmentDueList } from '../../src/services/collection/progress/list-due-items.ts';
import type { PlanDetailResponse, PlansResponse } from '../../src/services/plans/plan.types.ts';
import { ensureWebBuilt, ROOT, type RunningServer, startServer } from './start-server.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM} (required in CI)`);
  console.warn(
    `\n[planwatch] Chromium not found at ${CHROMIUM}: browser smoke tests SKIPPED (set CHROMIUM_PATH).\n`,
  );
}

const RESULTS = join(ROOT, 'test-results');

/** A small plan report of our own: two-part structure, a targets paragraph, one task section. */
const SMALL_REPORT = `关于江城市2025年国民经济和社会发展计划执行情况与2026年国民经济和社会发展计划草案的报告

一、2025年计划执行情况

2025年，全市生产总值增长5.2%。

二、2026年国民经济和社会发展的主要目标

建议2026年江城市经济社会发展主要目标为：经济发展提质增效，全市生产总值增长5.5%左右，地方一般公共预算收入增长3%。人民生活品质稳步提高，城镇新增就业3万人以上，城镇调查失业率5.5%以内。

三、2026年主要任务

（一）全力扩大有效需求

着力扩大有效投资。全年安排重大项目50项，加快建设城北快速路，开工建设江城大桥。新增公园10座，改造老旧小区120个。
`;

describe.skipIf(!haveChromium)('web app in Chromium', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  let plan: PlanDetailResponse;
  let api: (url: string, init?: RequestInit) => Promise<Response>;

  beforeAll(async () => {
    ensureWebBuilt();
    server = await startServer();
    // The API calls the test makes itself use the demo account's session too.
    const login = await fetch(`${server.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(server.demo),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers.get('set-cookie')!.split(';')[0];
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    api = (url, init = {}) =>
      fetch(url, { ...init, headers: { cookie, 'x-csrf-token': csrfToken, ...(init.headers ?? {}) } });
    const { plans } = (await (await api(`${server.baseUrl}/api/plans`)).json()) as PlansResponse;
    expect(plans.length).toBeGreaterThan(0);
    const first = plans.find((p) => p.status === 'published') ?? plans[0];
    plan = (await (await api(`${server.baseUrl}/api/plans/${first.id}`)).json()) as PlanDetailResponse;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    mkdirSync(RESULTS, { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('signs in with the demo account, then shows the plan title and status tiles on the overview', async () => {
    await page.goto(`${server.baseUrl}/`);
    // Signed out, the app shows the sign-in page, naming the demo account.
    await page.getByTestId('login-submit').waitFor({ state: 'visible', timeout: 20_000 });
    await page.getByText('演示账号', { exact: false }).first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('#password').fill('wrong-password-1');
    await page.locator('#username').fill(server.demo.username);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('login-error').waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('#password').fill(server.demo.password);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('signed-in-user').waitFor({ state: 'visible', timeout: 20_000 });
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await heading.textContent()).toBe(plan.title);
    expect(plan.title).toContain('报告');
    await page.getByTestId('status-tiles').waitFor({ state: 'visible', timeout: 20_000 });
    // The leaders' screen lists what is behind, not only how many.
    await page
      .getByTestId('attention')
      .locator('tbody tr.ant-table-row')
      .first()
      .waitFor({ timeout: 20_000 });
    await page.screenshot({ path: join(RESULTS, 'overview.png'), fullPage: true });
  }, 60_000);

  it('lists the indicators on the 指标 page', async () => {
    await page.getByRole('menuitem', { name: '指标' }).click();
    await page.waitForURL(/\/plans\/\d+\/indicators$/);
    expect(plan.indicators.length).toBeGreaterThan(0);
    const tables = page.getByTestId('indicator-table');
    await tables.first().waitFor({ state: 'visible', timeout: 20_000 });
    for (const indicator of plan.indicators.slice(0, 3)) {
      await expect.poll(() => tables.getByText(indicator.name, { exact: true }).count()).toBeGreaterThan(0);
    }
    await tables.getByText(plan.indicators[0].name, { exact: true }).first().click();
    await page.getByTestId('explanation-drawer').waitFor({ state: 'visible', timeout: 10_000 });
    // The numbers compared are named in words and written with their unit, not as the rule's keys.
    const comparison = page.getByTestId('comparison');
    await comparison.waitFor({ state: 'visible', timeout: 10_000 });
    expect(await comparison.textContent()).toContain('实际值');
    expect(await comparison.textContent()).not.toMatch(/greenLower|trajectoryPoint|shortfall/);
    await page.screenshot({ path: join(RESULTS, 'indicators.png') });
    await page.keyboard.press('Escape');
  }, 60_000);

  it('lists every error of a rejected observations file on the 数据填报 page', async () => {
    await page.getByRole('menuitem', { name: '数据填报' }).click();
    await page.waitForURL(/\/plans\/\d+\/data$/);
    const csv = `indicator,region,period,kind,value,unit\n${plan.indicators[0].name},${plan.region ?? ''},2025Q9,ytd_growth,abc,%\n`;
    await page.locator('input[type=file][accept^=".csv"]').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const errors = page.getByTestId('import-errors');
    await errors.waitFor({ state: 'visible', timeout: 20_000 });
    expect(await errors.textContent()).toContain('abc');
    await page.screenshot({ path: join(RESULTS, 'data-entry.png') });
  }, 60_000);

  it('reports a delayed measure for a department, reviews it and shows the due list', async () => {
    const { assignments } = (await (
      await api(`${server.baseUrl}/api/plans/${plan.id}/assignments`)
    ).json()) as { assignments: AssignmentView[] };
    const lead = assignments.find((a) => a.itemType === 'measure' && a.role === 'lead');
    expect(lead).toBeDefined();
    const measure = plan.sections
      .flatMap((s) => s.tasks.flatMap((t) => t.measures))
      .find((m) => m.id === lead!.itemId)!;
    await page.goto(
      `${server.baseUrl}/plans/${plan.id}/data?tab=progress&type=measure&department=${lead!.departmentId}`,
    );
    // Pick the measure from the department's list.
    await page.getByTestId('item-select').click();
    await page.keyboard.type(measure.text.slice(0, 12));
    await page.keyboard.press('Enter');
    const form = page.getByTestId('progress-form');
    await form.waitFor({ state: 'visible', timeout: 20_000 });
    await form.getByText('滞后', { exact: true }).click();
    // A delay needs its reason and remedy: saving without them is refused in the form.
    await page.getByTestId('delay-reason').fill('');
    await page.getByTestId('remedy').fill('');
    await page.getByTestId('save-progress').click();
    await form.getByText('滞后时必须填写滞后原因').waitFor({ state: 'visible', timeout: 5_000 });
    await page.getByTestId('delay-reason').fill('征收补偿谈判未完成（端到端测试）');
    await page.getByTestId('remedy').fill('建立专班，每周调度');
    await page.getByTestId('progress-text').fill('前期工作推进中');
    await page.getByTestId('save-progress').click();
    await page.getByText(/已保存到报送 #\d+/).waitFor({ state: 'visible', timeout: 20_000 });
    const history = page.getByTestId('progress-history');
    await expect.poll(() => history.textContent(), { timeout: 10_000 }).toContain('征收补偿谈判未完成');
    expect(await history.textContent()).toContain('草稿');
    await page.screenshot({ path: join(RESULTS, 'progress-form.png'), fullPage: true });

    // The department submits its draft; the plan office opens it and confirms.
    await page.getByRole('menuitem', { name: '报送审核' }).click();
    await page.waitForURL(/\/plans\/\d+\/submissions$/);
    const queue = page.getByTestId('submissions-table');
    const row = queue.locator('tr', { hasText: lead!.departmentName });
    await row.first().waitFor({ state: 'visible', timeout: 20_000 });
    expect(await row.first().textContent()).toContain('草稿');
    await row
      .first()
      .getByRole('button', { name: /提\s*交/ })
      .click();
    await expect.poll(() => row.first().textContent(), { timeout: 10_000 }).toContain('待审核');
    await row
      .first()
      .getByRole('button', { name: /查\s*看/ })
      .click();
    const drawer = page.getByRole('dialog');
    await drawer.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => drawer.textContent(), { timeout: 10_000 }).toContain('征收补偿谈判未完成');
    await page.waitForTimeout(500); // the drawer slides in
    await page.screenshot({ path: join(RESULTS, 'submission-review.png') });
    await drawer.getByRole('button', { name: /确\s*认/ }).click();
    await expect.poll(() => row.first().textContent(), { timeout: 10_000 }).toContain('已确认');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden', timeout: 10_000 });

    // 督办: the due list renders, with overdue items highlighted.
    await page.getByRole('menuitem', { name: '督办' }).click();
    await page.waitForURL(/\/plans\/\d+\/due$/);
    await page.getByTestId('due-tiles').waitFor({ state: 'visible', timeout: 20_000 });
    const due = page.getByTestId('due-table');
    await due.waitFor({ state: 'visible', timeout: 20_000 });
    await expect
      .poll(() => due.locator('tbody tr.ant-table-row').count(), { timeout: 10_000 })
      .toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'due.png'), fullPage: true });
  }, 120_000);

  it('reports a commitment for the period it owes, with evidence, and moves on to the next one', async () => {
    const dueList = async () =>
      (
        (await (await api(`${server.baseUrl}/api/plans/${plan.id}/due`)).json()) as {
          departments: DepartmentDueList[];
        }
      ).departments.flatMap((d) => d.items.map((i) => ({ ...i, departmentId: d.departmentId })));
    // Monthly reporting for one commitment whose (demo) reports are quarterly: it owes several months.
    const chosen = (await dueList()).find((i) => i.itemType === 'commitment' && i.departmentId !== null);
    expect(chosen).toBeDefined();
    const put = await api(`${server.baseUrl}/api/plans/${plan.id}/schedules/commitment/${chosen!.itemId}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ frequency: 'monthly' }),
    });
    expect(put.status).toBe(200);
    const owed = (await dueList()).find((i) => i.itemType === 'commitment' && i.itemId === chosen!.itemId);
    expect(owed?.unreportedPeriods.length).toBeGreaterThan(1);
    // Where the 督办 list's 填报进展 button leads.
    await page.goto(
      `${server.baseUrl}/plans/${plan.id}/data?tab=progress&type=commitment&item=${owed!.itemId}&department=${owed!.departmentId}`,
    );
    const form = page.getByTestId('progress-form');
    await form.waitFor({ state: 'visible', timeout: 20_000 });
    // The form proposes the oldest period owed, not simply last month.
    const period = form.locator('#period');
    expect(await period.inputValue()).toBe(owed!.unreportedPeriods[0]);
    await form.getByText('规划处直接录入', { exact: false }).click();
    await form.locator('#completedQuantity').fill('1');
    await form.locator('input[type=file]').setInputFiles({
      name: 'evidence-e2e.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await page.getByTestId('save-progress').click();
    await page.getByText('进展已保存并生效').waitFor({ state: 'visible', timeout: 20_000 });
    await page
      .getByRole('link', { name: /evidence-e2e\.pdf/ })
      .waitFor({ state: 'visible', timeout: 10_000 });
    // That period is reported; the form moves on to the next one owed.
    await expect.poll(() => period.inputValue(), { timeout: 10_000 }).toBe(owed!.unreportedPeriods[1]);
    const after = (await dueList()).find((i) => i.itemType === 'commitment' && i.itemId === owed!.itemId);
    expect(after?.unreportedPeriods).not.toContain(owed!.unreportedPeriods[0]);
    await page.screenshot({ path: join(RESULTS, 'commitment-progress.png'), fullPage: true });
  }, 60_000);

  it('imports a pasted report and highlights what it recognised', async () => {
    await page.getByRole('menuitem', { name: '导入' }).click();
    await page.getByRole('tab', { name: '粘贴文本' }).click();
    await page.getByTestId('paste-text').fill(SMALL_REPORT);
    await page.getByTestId('submit-text').click();
    await page.waitForURL(/\/plans\/\d+\/review$/, { timeout: 30_000 });
    const view = page.getByTestId('document-view');
    await view.waitFor({ state: 'visible', timeout: 20_000 });
    await expect.poll(() => view.locator('.pw-hl-indicator').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    await expect.poll(() => view.locator('.pw-hl-commitment').count()).toBeGreaterThan(0);
    expect(await view.textContent()).toContain('江城市');
    // Clicking an item in the side list flashes its text.
    await page.getByTestId('item-list').getByText('城镇调查失业率', { exact: false }).first().click();
    await expect.poll(() => view.locator('.pw-flash').count(), { timeout: 5_000 }).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'review.png') });

    // Select 城北快速路 in the text and add it as a major project.
    const projects = page.getByTestId('item-list').locator('[data-key^="project-"]');
    const before = await projects.count();
    // Runs in the page (the test's own tsconfig has no DOM library, hence a string).
    const selectScript = `(() => {
      const wanted = ${JSON.stringify('城北快速路')};
      for (const run of document.querySelectorAll('[data-testid=document-view] span[data-s]')) {
        const at = run.textContent.indexOf(wanted);
        if (!run.firstChild || at < 0) continue;
        const range = document.createRange();
        range.setStart(run.firstChild, at);
        range.setEnd(run.firstChild, at + wanted.length);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        run.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
        return true;
      }
      return false;
    })()`;
    const selected = await page.evaluate(selectScript);
    expect(selected).toBe(true);
    await page.getByTestId('add-as').click();
    await page.locator('.ant-dropdown').getByRole('menuitem', { name: '重大项目' }).click();
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /保\s*存/ })
      .click();
    await expect.poll(() => projects.count(), { timeout: 10_000 }).toBe(before + 1);
    expect(await view.locator('.pw-hl-project').allTextContents()).toContain('城北快速路');

    // Publish the draft; the office is pointed to its next step, assigning departments.
    await page.getByTestId('publish').click();
    await page
      .locator('.ant-popconfirm')
      .getByRole('button', { name: /确\s*定|OK/ })
      .click();
    const next = page.getByTestId('next-steps');
    await next.waitFor({ state: 'visible', timeout: 20_000 });
    await next.getByRole('button', { name: '分配部门' }).click();
    await page.waitForURL(/\/plans\/\d+\/departments$/, { timeout: 10_000 });
  }, 90_000);
});

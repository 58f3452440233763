// A class session from end to end: a teacher, six students (two per team) in their own
// browsers, a projector and a spectator. The teacher balances the teams, locks the room,
// starts, pauses, extends the clock, injects an event, ends a phase and then the match; a
// student refreshes mid-week. Then the debrief's CSV and JSON exports are checked against
// what happened, the projector's and the spectator's WebSocket frames are searched for
// anything private, and the replay must tell the same news week by week. Three students
// answer the knowledge check before the start and after the end; the console follows the
// results, the debrief shows the class's gain per concept (axe-checked, phone and laptop).
// A team writes its memo together (one on a phone); the teacher reads it and reveals it.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { CHECK_QUESTIONS } from '../../shared/check/index.ts';
import { parseCsv } from '../../shared/debrief/index.ts';
import { addAnOrder, markReady, newPlayer, openSide, openTalk, settle, skipPlayback, watchConsole } from './support.ts';

const SHOTS = '/tmp/classroom-shots';
const TEAM_SECRET = 'Team plan 5521, keep it quiet';
const INJECTED = 'auMediationCall';
const INJECTED_TITLE = 'AU calls for mediation (hypothetical)';
const NAMES = ['Amina', 'Bakary', 'Chaima', 'Djibril', 'Elias', 'Fatou'];

interface Seat {
  name: string;
  context: BrowserContext;
  page: Page;
  console: ReturnType<typeof watchConsole>;
}

async function open(browser: Browser, name: string, width: number, height: number): Promise<Seat> {
  return { name, ...(await newPlayer(browser, name, { width, height })) };
}

/** Every frame a page receives over its WebSockets, as text (msgpack keeps strings readable). */
function recordFrames(page: Page): string[] {
  const frames: string[] = [];
  page.on('websocket', (ws) => ws.on('framereceived', (f) => frames.push(typeof f.payload === 'string' ? f.payload : f.payload.toString('utf8'))));
  return frames;
}

async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await settle(page);
  mkdirSync(SHOTS, { recursive: true });
  const size = page.viewportSize();
  await page.screenshot({ path: join(SHOTS, `${name}-${size?.width}x${size?.height}${fullPage ? '-full' : ''}.png`), fullPage });
}

/** Waits until the page (a student's, the spectator's or the console) shows this phase and week. */
async function reach(page: Page, phaseName: string, week?: number): Promise<void> {
  await expect(async () => {
    await skipPlayback(page);
    await expect(page.getByTestId('phase').first()).toHaveText(phaseName, { timeout: 1000 });
    if (week !== undefined) await expect(page.getByTestId('week').first()).toContainText(`Week ${week} of`, { timeout: 1000 });
  }).toPass({ timeout: 90_000, intervals: [250, 500, 1000] });
}

/** A control of the console, by its name in the controls table. */
const control = (page: Page, name: string) => page.getByTestId(`ctl-${name}-go`);

/** A student's row in the console, and one of its generated per-student forms. */
async function manage(page: Page, nickname: string, command: 'move' | 'rename' | 'kick') {
  const row = page.getByTestId('student').filter({ hasText: nickname });
  await row.getByTestId(`manage-${nickname}`).click();
  return row.locator(`form[data-testid^="ctl-${command}-"]`);
}

/** A student answers every question of the check now due, the first `right` of them rightly. */
async function answerCheck(page: Page, stage: 'before' | 'after', right: number): Promise<void> {
  const box = page.getByTestId('knowledge-check');
  await expect(box).toHaveAttribute('data-stage', stage);
  const ids = await box.locator('li[data-testid^="check-q-"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')!.slice('check-q-'.length)));
  expect(ids.length).toBeGreaterThanOrEqual(5);
  for (const [i, id] of ids.entries()) {
    const q = CHECK_QUESTIONS[id];
    const choice = page.getByTestId(`check-${id}-${i < right ? q.correct : q.choices.find((c) => c !== q.correct)}`);
    await choice.click();
    await expect(choice).toBeChecked();
  }
  await expect(box).toHaveAttribute('data-done', 'true');
}

/** axe-core's WCAG 2.2 A/AA rules on the page as it stands. */
async function expectAxeClean(page: Page, where: string): Promise<void> {
  await settle(page);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).exclude('canvas').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 4).join(' | ')}`), `${where}: axe`).toEqual([]);
}

const newsTexts = (scope: ReturnType<Page['locator']>) => scope.locator('.news-text').allTextContents();

test('classroom: a teacher, six students, a projector and a spectator play a session', async ({ browser }) => {
  test.setTimeout(900_000);
  const teacher = await open(browser, 'teacher', 1366, 768);
  const projector = await open(browser, 'projector', 1920, 1080);
  const spectator = await open(browser, 'spectator', 1366, 768);
  const projectorFrames = recordFrames(projector.page);
  const spectatorFrames = recordFrames(spectator.page);

  // --- One click from the home page to a session; the console keeps its secret in the fragment.
  await teacher.page.goto('/');
  await expect(teacher.page.getByTestId('record-list')).toBeVisible();
  await shot(teacher.page, 'home', true);
  await teacher.page.getByTestId('new-class-session').click();
  await expect(teacher.page.getByTestId('teacher-console')).toBeVisible();
  const code = ((await teacher.page.getByTestId('room-code').textContent()) ?? '').trim();
  expect(code).toMatch(/^[A-Z2-9]{5}$/);
  await expect(teacher.page).toHaveURL(new RegExp(`/teach/${code}#.{8,}`));
  const token = decodeURIComponent(new URL(teacher.page.url()).hash.slice(1));
  await expect(teacher.page.getByTestId('join-url')).toHaveText(new RegExp(`/join/${code}$`));
  // The test server listens on 127.0.0.1 only: the console warns that phones cannot reach it.
  await expect(teacher.page.getByTestId('invite-unreachable-note')).toBeVisible();
  await expect(teacher.page.getByTestId('join-qr')).toBeVisible();
  await expect(teacher.page.getByTestId('console-link')).not.toContainText(token);
  // The console's checklist starts at the first step: students join.
  const step = (id: string) => teacher.page.getByTestId('class-steps').locator(`[data-step="${id}"]`);
  await expect(step('join')).toHaveClass(/step-next/);
  await expect(step('join')).toHaveAttribute('data-done', 'false');

  // The console survives a refresh (the token is in the address).
  await teacher.page.reload();
  await expect(teacher.page.getByTestId('teacher-console')).toBeVisible();
  await expect(teacher.page.getByTestId('room-code')).toHaveText(code);

  // Short timers through the options form generated from the table.
  await teacher.page.getByTestId('ctl-settings-options-turns').fill('4');
  await teacher.page.getByTestId('ctl-settings-options-planningSeconds').fill('150');
  await teacher.page.getByTestId('ctl-settings-options-briefingSeconds').fill('2');
  await teacher.page.getByTestId('ctl-settings-options-resolutionSeconds').fill('3');
  await control(teacher.page, 'settings').click();

  // --- The projector shows the join wall; the spectator joins to watch.
  await projector.page.goto(`/projector/${code}`);
  await expect(projector.page.getByTestId('projector-lobby')).toBeVisible();
  await expect(projector.page.getByTestId('room-code')).toHaveText(code);
  await expect(projector.page.getByTestId('join-qr')).toBeVisible();
  await expect(step('projector')).toHaveAttribute('data-done', 'true');
  await spectator.page.goto(`/join/${code}`);
  await spectator.page.getByTestId('class-watch').click();
  await expect(spectator.page.getByTestId('class-lobby')).toBeVisible();

  // --- Six students join from the link: a nickname, no role; the server places them.
  const students: Seat[] = [];
  for (const [i, name] of NAMES.entries()) {
    const phone = i === NAMES.length - 1;
    const s = await open(browser, name, phone ? 375 : 1366, phone ? 667 : 768);
    await s.page.goto(`/join/${code}`);
    await expect(s.page.getByTestId('class-code')).toHaveValue(code);
    if (phone) await shot(s.page, 'student-join');
    await s.page.getByTestId('class-nickname').fill(name);
    await s.page.getByTestId('class-join-submit').click();
    await expect(s.page.getByTestId('my-team')).toBeVisible();
    students.push(s);
  }
  const teamOf = async (s: Seat) => (await s.page.getByTestId('my-team').getAttribute('data-role')) ?? '';
  expect(await Promise.all(students.map(teamOf))).toEqual(['algeria', 'mali', 'aes', 'algeria', 'mali', 'aes']);
  await expect(teacher.page.getByTestId('student')).toHaveCount(6);
  await shot(students[5].page, 'student-lobby');

  // The knowledge check before: three students answer in the lobby (one on a phone); the console follows.
  await answerCheck(students[5].page, 'before', 2);
  await answerCheck(students[0].page, 'before', 6);
  await answerCheck(students[1].page, 'before', 0);
  await expect(students[2].page.getByTestId('check-progress')).toHaveText(/^0 of \d answered\.$/);
  await shot(students[5].page, 'student-check-before');
  await shot(students[5].page, 'student-check-before', true);
  await expectAxeClean(students[5].page, 'student check, phone');
  await expect(teacher.page.getByTestId('check-took')).toContainText('Check before: 3 answered; check after: 0 answered (6 students');
  await teacher.page.getByTestId('check-results').locator('summary').click();
  await expect(teacher.page.getByTestId('check-students').locator('tr').filter({ hasText: 'Amina' })).toContainText(/right of \d/);

  // Move Amina to Mali, then auto-balance evens the teams out again (2, 2, 2).
  const move = await manage(teacher.page, 'Amina', 'move');
  await move.locator('select').selectOption('mali');
  await move.locator('button[type="submit"]').click();
  await expect(students[0].page.getByTestId('my-team')).toHaveAttribute('data-role', 'mali');
  await expect(teacher.page.getByTestId('team-mali').getByTestId('student')).toHaveCount(3);
  await teacher.page.getByTestId('roster').getByTestId('ctl-autoBalance-go').click();
  for (const role of ['algeria', 'mali', 'aes']) await expect(teacher.page.getByTestId(`team-${role}`).getByTestId('student')).toHaveCount(2);
  // Rename Fatou; her phone says so.
  const rename = await manage(teacher.page, 'Fatou', 'rename');
  await shot(teacher.page, 'console-manage');
  await rename.locator('input[type="text"]').fill('Fatou B');
  await rename.locator('button[type="submit"]').click();
  await expect(students[5].page.getByText('Welcome, Fatou B.')).toBeVisible();
  await expect(teacher.page.getByTestId('student').filter({ hasText: 'Fatou B' })).toHaveCount(1);

  // Lock the room: a newcomer is refused, members with their seat still come back.
  await control(teacher.page, 'lock').click();
  await expect(teacher.page.getByTestId('room-state')).toHaveText('Locked');
  await expect(step('join')).toHaveAttribute('data-done', 'true');
  await expect(step('lock')).toHaveAttribute('data-done', 'true');
  // A projector opened from the console's browser still gets in; another browser's would not.
  const second = await teacher.context.newPage();
  await second.goto(`/projector/${code}`);
  await expect(second.getByTestId('projector-lobby')).toBeVisible();
  await expect(teacher.page.getByTestId('console-status')).toContainText('2 projectors');
  await second.close();
  await expect(teacher.page.getByTestId('console-status')).toContainText('1 projector');
  await expect(projector.page.getByTestId('projector-lobby')).toContainText('2 students');
  await shot(teacher.page, 'console-lobby');
  await shot(teacher.page, 'console-lobby', true);
  await shot(projector.page, 'projector-lobby');

  const teams = new Map<string, Seat[]>();
  for (const s of students) {
    const role = await teamOf(s);
    teams.set(role, [...(teams.get(role) ?? []), s]);
  }
  // Each team's drafter: its first member on a laptop.
  const drafters = [...teams.entries()].map(([role, list]) => ({ role, seat: list.find((s) => s.page.viewportSize()!.width > 400)! }));

  // --- Start.
  await control(teacher.page, 'start').click();
  await reach(teacher.page, 'Planning', 1);
  for (const s of students) await reach(s.page, 'Planning', 1);
  await reach(projector.page, 'Planning', 1);
  // A student who has not taken the check before finds it in the match while week 1 lasts; one who has, does not.
  await expect(students[2].page.getByTestId('knowledge-check')).toHaveAttribute('data-stage', 'before');
  await expect(students[0].page.getByTestId('knowledge-check')).toHaveCount(0);

  // Pause: every screen shows the stopped clock; resume; extend by 90 seconds.
  await control(teacher.page, 'pause').click();
  await expect(projector.page.getByTestId('countdown')).toContainText('Paused');
  await expect(students[1].page.getByTestId('notices')).toContainText('paused the clock');
  await control(teacher.page, 'resume').click();
  await expect(projector.page.getByTestId('countdown')).not.toContainText('Paused');
  await teacher.page.getByTestId('ctl-extend-seconds').fill('90');
  await control(teacher.page, 'extend').click();
  await expect(students[1].page.getByTestId('notices')).toContainText('added 90 seconds');

  // Inject an event: it waits, secret, in the console only.
  await teacher.page.getByTestId('ctl-injectEvent-card').selectOption(INJECTED);
  await control(teacher.page, 'injectEvent').click();
  await expect(teacher.page.getByTestId('pending-event')).toContainText(INJECTED_TITLE);

  // A word in a team channel: for that team (and the teacher) only.
  const talker = drafters[0].seat;
  await openTalk(talker.page, 'team');
  await talker.page.getByTestId('chat-input').fill(TEAM_SECRET);
  await talker.page.getByTestId('chat-send').click();
  await expect(talker.page.getByTestId('chat-list')).toContainText(TEAM_SECRET);

  // Each team drafts an order; one drafter refreshes and finds team and draft again.
  for (const d of drafters) {
    await openSide(d.seat.page, 'orders');
    await addAnOrder(d.seat.page);
  }
  await expect(teacher.page.getByTestId(`draft-${drafters[0].role}`)).toContainText('1 order');
  const refresher = drafters[0].seat;
  const drafted = await refresher.page.getByTestId('draft-list').locator('li .draft-order').allTextContents();
  await refresher.page.reload();
  await expect(refresher.page.locator('.bar-you .role-badge')).toHaveClass(new RegExp(`role-${drafters[0].role}`));
  await openSide(refresher.page, 'orders');
  await expect(refresher.page.getByTestId('draft-list').locator('li .draft-order')).toHaveText(drafted);
  await shot(students[5].page, 'student-planning');
  await shot(projector.page, 'projector-planning');
  await shot(teacher.page, 'console-planning');
  // The console on a phone and on a large screen: every control still reachable.
  for (const [width, height] of [[375, 667], [1920, 1080]]) {
    await teacher.page.setViewportSize({ width, height });
    await control(teacher.page, 'pause').scrollIntoViewIfNeeded();
    await expect(control(teacher.page, 'pause')).toBeInViewport();
    // Nothing wider than the screen: no sideways scrolling on a phone.
    expect(await teacher.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await shot(teacher.page, 'console-planning');
    await shot(teacher.page, 'console-planning', true);
  }
  await teacher.page.setViewportSize({ width: 1366, height: 768 });

  // Nothing of the queued card reached the room before it is played.
  const beforeResolution = projectorFrames.length;
  const spectatorBeforeResolution = spectatorFrames.length;
  for (const d of drafters) await markReady(d.seat.page);

  // --- Week 1 resolves with the teacher's card; the projector's timeline says so.
  const week1 = projector.page.getByTestId('projector-timeline').locator('[data-week="1"]');
  await expect(week1).toContainText(`The teacher plays an event card this week: ${INJECTED_TITLE}.`, { timeout: 60_000 });
  expect(projectorFrames.slice(0, beforeResolution).some((f) => f.includes(INJECTED))).toBe(false);
  expect(spectatorFrames.slice(0, spectatorBeforeResolution).some((f) => f.includes(INJECTED))).toBe(false);
  await expect(teacher.page.getByTestId('pending-event-none')).toBeVisible();
  await reach(teacher.page, 'Planning', 2);
  await shot(projector.page, 'projector-week2');

  // --- Week 2: the teacher ends planning early (asked first; "Cancel" changes nothing).
  await control(teacher.page, 'endPhase').click();
  await teacher.page.getByTestId('confirm-no').click();
  await expect(teacher.page.getByTestId('confirm-dialog')).toHaveCount(0);
  await expect(teacher.page.getByTestId('phase')).toHaveText('Planning');
  await control(teacher.page, 'endPhase').click();
  await expect(teacher.page.getByTestId('confirm-question')).toContainText('End the current phase now');
  await teacher.page.getByTestId('confirm-yes').click();
  await expect(projector.page.getByTestId('projector-timeline').locator('[data-week="2"]')).toBeVisible({ timeout: 60_000 });

  // --- Week 3: end the match now.
  await reach(teacher.page, 'Planning', 3);
  const objectivesChecked = { projector: projectorFrames.length, spectator: spectatorFrames.length };
  await control(teacher.page, 'endMatch').click();
  await teacher.page.getByTestId('confirm-yes').click();
  await expect(teacher.page.getByTestId('console-ended')).toBeVisible({ timeout: 60_000 });
  await expect(teacher.page.getByTestId('weeks-played')).toHaveText('2 of 4 weeks played');
  // (A playback still running on a busy machine is skipped, as a student would.)
  for (const s of students) {
    await expect(async () => {
      await skipPlayback(s.page);
      await expect(s.page.getByTestId('end-title')).toBeVisible({ timeout: 1000 });
    }).toPass({ timeout: 60_000 });
  }
  // Stopped by the teacher: said as such, not as "no resolution by the last week".
  await expect(students[0].page.getByTestId('end-title')).toHaveText('The teacher ended the match');
  await expect(students[0].page.locator('.end-hero .lead')).toHaveText('Stopped after 2 weeks played: the scores count the situation as it stood.');
  await expect(students[0].page.getByTestId('rematch')).toHaveCount(0);
  await expect(students[2].page.getByTestId('debrief-bar')).toBeVisible();
  await expect(projector.page.getByTestId('projector-outcome')).toContainText('The teacher ended the match');
  await expect(teacher.page.getByTestId('console-ended')).toContainText('The teacher ended the match');
  // The check after, on the end screen; the console's table has both columns filled.
  await answerCheck(students[5].page, 'after', 5);
  await answerCheck(students[0].page, 'after', 6);
  await answerCheck(students[1].page, 'after', 3);
  await expect(teacher.page.getByTestId('check-took')).toContainText('Check before: 3 answered; check after: 3 answered');
  // Participation, teacher only: each drafter put an order in the team's draft.
  await teacher.page.getByTestId('console-participation').locator('summary').click();
  await expect(teacher.page.getByTestId('participation-note')).toContainText('activity, not quality');
  for (const d of drafters) await expect(teacher.page.getByTestId('participation').locator('tr').filter({ hasText: d.seat.name }).locator('td').first()).toHaveText(/^[1-9]\d* \(\d+\)$/);
  // The team line said earlier counts for its author (public / team / private messages).
  await expect(teacher.page.getByTestId('participation').locator('tr').filter({ hasText: talker.name }).locator('td').nth(2)).toHaveText(/^\d+ \/ [1-9]\d* \/ \d+$/);
  await shot(teacher.page, 'console-participation', true);
  await expectAxeClean(teacher.page, 'console with the check results');

  // The team memo: the phone student and a teammate write it together; the teacher reads it, then shows it.
  const phone = students[5];
  const mate = [...teams.values()].find((list) => list.includes(phone))!.find((s) => s !== phone)!;
  const outsider = students.find((s) => ![...teams.values()].find((list) => list.includes(phone))!.includes(s))!;
  const MEMO_1 = 'We wanted the border calm and our envoys back.';
  const MEMO_2 = 'It cost us the airspace; next time, talk earlier.';
  await phone.page.getByTestId('memo-text').fill(MEMO_1);
  await expect(phone.page.getByTestId('memo-saved')).toHaveAttribute('data-saved', 'true');
  await expect(mate.page.getByTestId('memo-text')).toHaveValue(MEMO_1);
  await mate.page.getByTestId('memo-text').fill(`${MEMO_1}\n${MEMO_2}`);
  await expect(phone.page.getByTestId('memo-text')).toHaveValue(`${MEMO_1}\n${MEMO_2}`);
  await expect(phone.page.getByTestId('memo-authors')).toHaveText(`Written by: Fatou B, ${mate.name}`);
  await expect(teacher.page.getByTestId('console-memos')).toContainText(MEMO_2);
  await expect(teacher.page.getByTestId('memos-visibility')).toContainText('Only you see them');
  expect(await outsider.page.locator('body').innerText()).not.toContain(MEMO_1);
  expect(projectorFrames.some((f) => f.includes(MEMO_1)), 'projector: memo before it is revealed').toBe(false);
  expect(spectatorFrames.some((f) => f.includes(MEMO_1)), 'spectator: memo before it is revealed').toBe(false);
  await phone.page.getByTestId('team-memo').scrollIntoViewIfNeeded();
  await shot(phone.page, 'student-memo');
  await expectAxeClean(phone.page, 'student memo, phone');
  await shot(teacher.page, 'console-memos', true);
  await control(teacher.page, 'revealMemos').click();
  await teacher.page.getByTestId('confirm-yes').click();
  await expect(outsider.page.getByTestId('memos-revealed')).toContainText(MEMO_2);
  await expect(projector.page.getByTestId('projector-memos')).toContainText(MEMO_2);
  await expect(teacher.page.getByTestId('memos-visibility')).toContainText('Shown to the class');
  await outsider.page.getByTestId('memos-revealed').scrollIntoViewIfNeeded();
  await shot(outsider.page, 'student-memos-revealed');
  await shot(teacher.page, 'console-ended');
  await shot(teacher.page, 'console-ended', true);
  await shot(students[5].page, 'student-end');
  await shot(students[5].page, 'student-check-after', true);
  await shot(projector.page, 'projector-ended');

  // The students are done: fewer browsers for the rest.
  for (const s of students) {
    s.console.check();
    await s.context.close();
  }

  const debriefHref = (await teacher.page.getByTestId('open-debrief').getAttribute('href')) ?? '';
  const matchId = debriefHref.split('/').pop() ?? '';
  expect(matchId).toMatch(/^[\w-]{8,}$/);

  // --- The debrief, from the teacher's browser (which holds the token: the full record).
  const debrief = await teacher.context.newPage();
  const debriefConsole = watchConsole(debrief, 'debrief');
  await debrief.goto(`/debrief/${matchId}`);
  await expect(debrief.getByTestId('debrief-title')).toHaveText('The teacher ended the match');
  await expect(debrief.getByTestId('debrief-charts').locator('canvas')).toHaveCount(6);
  await expect(debrief.getByTestId('debrief-weeks').locator('.debrief-week')).toHaveCount(2);
  await expect(debrief.getByTestId('debrief-weeks').locator('[data-week="1"]')).toContainText('chosen by the teacher');
  await expect(debrief.getByTestId('debrief-history')).toContainText('beside the real week of');
  await expect(debrief.getByTestId('debrief-prompts').locator('li').first()).toBeVisible();
  await expect(debrief.getByText('The full record (teacher): every channel and every draft')).toBeVisible();
  // What the class learned: five concepts, each with a gain; twelve questions (six per check).
  const learned = debrief.getByTestId('debrief-checks');
  await expect(learned.getByTestId('debrief-concepts').locator('tbody tr')).toHaveCount(5);
  for (const row of await learned.locator('[data-testid^="gain-"]').allTextContents()) expect(row).toMatch(/^[+−]?\d+$/);
  await expect(learned.getByTestId('debrief-questions').locator('tbody tr')).toHaveCount(12);
  await expect(debrief.getByTestId('debrief-memos')).toContainText(MEMO_2);
  await expectAxeClean(debrief, 'debrief');
  await learned.scrollIntoViewIfNeeded();
  await shot(debrief, 'debrief-checks');

  // Grades: a level and a comment for Amina and for a team's memo, saved, exported, printed alone.
  const grading = debrief.getByTestId('debrief-grades');
  await expect(debrief.getByTestId('debrief-participation')).toContainText('activity, not quality');
  const amina = grading.getByTestId('grade-student-Amina');
  await amina.locator('select').first().selectOption({ index: 3 });
  await amina.locator('textarea').fill('Led the team, calmly');
  const memoCard = grading.getByTestId(`grade-team-${[...teams.entries()].find(([, list]) => list.includes(phone))![0]}`);
  await expect(memoCard).toContainText(MEMO_2);
  await memoCard.locator('select').last().selectOption({ index: 4 });
  await grading.getByTestId('grades-save').click();
  await expect(grading.getByTestId('grades-status')).toHaveAttribute('data-status', 'saved');
  await grading.scrollIntoViewIfNeeded();
  await shot(debrief, 'debrief-grades');
  const [gradesDownload] = await Promise.all([debrief.waitForEvent('download'), grading.getByTestId('grades-csv').click()]);
  const graded = parseCsv(readFileSync((await gradesDownload.path())!, 'utf8'));
  expect(graded.map((r) => r.Nickname).sort()).toEqual(['Amina', 'Bakary', 'Chaima', 'Djibril', 'Elias', 'Fatou B']);
  expect(graded.find((r) => r.Nickname === 'Amina')).toMatchObject({ 'Check before': '6/6', 'Check after': '6/6', 'Understanding of the crisis': 'Secure', Comment: 'Led the team, calmly' });
  expect(graded.find((r) => r.Nickname === 'Fatou B')).toMatchObject({ 'Check before': '2/6', 'Check after': '5/6', 'Team memo: Reasoning in writing': 'Excellent' });
  await debrief.evaluate(() => document.body.classList.add('print-grades'));
  await debrief.emulateMedia({ media: 'print' });
  await expect(debrief.getByTestId('debrief-charts')).toBeHidden();
  await shot(debrief, 'grades-print', true);
  await debrief.emulateMedia({ media: 'screen' });
  await debrief.evaluate(() => document.body.classList.remove('print-grades'));
  // Saved with the record: a reload shows them again.
  await debrief.reload();
  await expect(debrief.getByTestId('grade-student-Amina').locator('textarea')).toHaveValue('Led the team, calmly');
  await shot(debrief, 'debrief');
  await shot(debrief, 'debrief', true);
  await debrief.emulateMedia({ media: 'print' });
  await shot(debrief, 'debrief-print', true);
  await debrief.emulateMedia({ media: 'screen' });

  // CSV: one row per week played and team, the injected card in week 1, the drafted orders, the scores.
  const [csvDownload] = await Promise.all([debrief.waitForEvent('download'), debrief.getByTestId('export-csv').click()]);
  const rows = parseCsv(readFileSync((await csvDownload.path())!, 'utf8'));
  expect(rows).toHaveLength(6);
  expect(rows.map((r) => `${r.week}:${r.role}`)).toEqual(['1:algeria', '1:mali', '1:aes', '2:algeria', '2:mali', '2:aes']);
  for (const r of rows.filter((x) => x.week === '1')) {
    expect(r.event).toBe(INJECTED);
    expect(r.orders.length, `week 1 ${r.role} drafted an order`).toBeGreaterThan(0);
  }
  for (const r of rows.filter((x) => x.week === '2')) {
    expect(r.orders).toBe('');
    expect(r.score).not.toBe('');
  }

  // JSON: the full record (teacher's token), ended early, the card and the team's words in it.
  const [jsonDownload] = await Promise.all([debrief.waitForEvent('download'), debrief.getByTestId('export-json').click()]);
  const exported = JSON.parse(readFileSync((await jsonDownload.path())!, 'utf8'));
  expect(exported.format).toBe('sahel-standoff/match-record');
  expect(exported.full).toBe(true);
  const record = exported.record;
  expect(record.header.code).toBe(code);
  expect(record.endedEarly).toBe(true);
  expect(record.turns).toHaveLength(2);
  expect(record.turns[0].event).toBe(INJECTED);
  expect(record.turns[0].injected).toBe(true);
  expect(record.turns[0].news.some((n: { text: { key: string } }) => n.text.key === 'news.eventInjected')).toBe(true);
  expect(record.chat.some((m: { text: string }) => m.text === TEAM_SECRET)).toBe(true);
  for (const d of drafters) expect(record.turns[0].orders[d.role].length).toBe(1);
  expect(record.seats.some((x: { nickname: string; change: string }) => x.nickname === 'Fatou B' && x.change === 'renamed')).toBe(true);
  // The public part (no token) keeps the team channel out.
  const pub = await (await debrief.request.get(`/api/records/${matchId}`)).json();
  expect(pub.full).toBe(false);
  expect(JSON.stringify(pub)).not.toContain(TEAM_SECRET);

  // --- Nothing private reached the projector or the spectator, on the wire.
  for (const [who, frames, beforeEnd] of [
    ['projector', projectorFrames, objectivesChecked.projector],
    ['spectator', spectatorFrames, objectivesChecked.spectator],
  ] as const) {
    expect(frames.length, who).toBeGreaterThan(20);
    expect(frames.some((f) => f.includes(token)), `${who}: teacher token`).toBe(false);
    expect(frames.some((f) => f.includes(TEAM_SECRET)), `${who}: team channel`).toBe(false);
    expect(frames.some((f) => f.includes('pendingEvent')), `${who}: console message`).toBe(false);
    // Secret objectives are revealed to everyone at the end, never before.
    for (const id of Object.values(record.initial.objectives) as string[]) {
      expect(frames.slice(0, beforeEnd).some((f) => f.includes(id)), `${who}: objective ${id}`).toBe(false);
    }
  }
  expect(await spectator.page.locator('body').innerText()).not.toContain(TEAM_SECRET);

  // --- The replay tells the same news, week by week, as the projector did live.
  const replay = spectator.page;
  await replay.goto(`/replay/${matchId}`);
  await expect(replay.getByTestId('replay-news')).toHaveAttribute('data-week', '0');
  for (const week of [1, 2]) {
    await replay.getByTestId('replay-week').selectOption(String(week));
    const news = replay.getByTestId('replay-news');
    await expect(news).toHaveAttribute('data-week', String(week));
    const live = await newsTexts(projector.page.getByTestId('projector-timeline').locator(`[data-week="${week}"]`));
    expect(live.length).toBeGreaterThan(0);
    expect(await newsTexts(news)).toEqual(live);
  }
  await replay.getByTestId('replay-week').selectOption('0');
  await replay.getByTestId('replay-forward').click();
  await expect(replay.getByTestId('replay-news')).toHaveAttribute('data-week', '1');
  await expect(replay.locator('.news-playing')).toHaveCount(1, { timeout: 15_000 });
  await shot(replay, 'replay-playing');
  // Play from the start, pause on the way, then jump to the last week.
  await replay.getByTestId('replay-week').selectOption('0');
  await replay.getByTestId('replay-play').click();
  await expect(replay.getByTestId('replay-pause')).toBeVisible();
  await expect(replay.getByTestId('replay-news')).toHaveAttribute('data-week', '1');
  await replay.getByTestId('replay-pause').click();
  await expect(replay.getByTestId('replay-play')).toBeVisible();
  await expect(replay.locator('.news-playing')).toHaveCount(0);
  await replay.getByTestId('replay-week').selectOption('2');
  await expect(replay.getByTestId('replay-where')).toHaveText('Week 2 of 2');
  await shot(replay, 'replay');

  for (const s of [teacher, projector, spectator]) s.console.check();
  debriefConsole.check();
  for (const s of [teacher, projector, spectator]) await s.context.close();
});

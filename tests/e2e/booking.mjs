// SPDX-License-Identifier: GPL-3.0-or-later
// End-to-end test of the booking wizard (DESIGN §8) in headless Chromium
// against the real `tbib --serve`.
//
//   node tests/e2e/booking.mjs /path/to/tbib
//
// Exit 0: passed; 77: skipped (no /usr/bin/chromium); anything else: failed.
// TBIB_SCREENSHOTS=1 rewrites docs/screenshots/booking-*.png.
// TBIB_E2E_KEEP=1 keeps the temporary directory (database, server log).
//
// No fixed sleeps: every wait is for a condition (a line on stdout, a selector,
// a heading, a network answer), bounded by a timeout.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const SKIP = 77;
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-quic',
  '--no-first-run', '--disable-component-update', '--disable-sync',
];
const TOKEN = 'e2e-doctor-token-0123456789';
// A browser zone far from the clinic's (Africa/Casablanca): the page must show
// the clinic's wall-clock times anyway.
const BROWSER_ZONE = 'America/Los_Angeles';
const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '..', '..');
const shots = process.env.TBIB_SCREENSHOTS === '1' ? join(repo, 'docs', 'screenshots') : null;

const tbib = process.argv[2];
if (!tbib || !existsSync(tbib)) {
  console.error(`usage: node booking.mjs /path/to/tbib (got ${tbib ?? 'nothing'})`);
  process.exit(2);
}
if (!existsSync(CHROMIUM)) {
  console.log(`SKIP: ${CHROMIUM} is absent (Debian package "chromium").`);
  process.exit(SKIP);
}
// Imported only now, so that a machine without Chromium skips before needing it.
const { chromium } = await import('playwright-core');

const started = Date.now();
const log = (...a) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s]`, ...a);

const work = mkdtempSync(join(tmpdir(), 'tbib-e2e-'));
const db = join(work, 'clinic.sqlite');
let server = null;
let serverExit = null;
let serverLog = '';
let context = null;

// ---- the server ------------------------------------------------------------

function startServer() {
  return new Promise((resolvePromise, reject) => {
    server = spawn(tbib, ['--db', db, '--serve', '--listen', '127.0.0.1:0', '--token', TOKEN],
      { stdio: ['ignore', 'pipe', 'pipe'] });
    serverExit = new Promise((r) => server.on('exit', (code, signal) => r({ code, signal })));
    let out = '';
    const timer = setTimeout(() => reject(new Error(`no "listening on" line within 30 s:\n${serverLog}`)), 30000);
    server.stdout.setEncoding('utf8');
    server.stderr.setEncoding('utf8');
    server.stderr.on('data', (d) => { serverLog += d; });
    server.stdout.on('data', (d) => {
      out += d;
      serverLog += d;
      const m = /^listening on (http:\/\/\S+)\s*$/m.exec(out);
      if (m) {
        clearTimeout(timer);
        resolvePromise(m[1]);
      }
    });
    server.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`tbib --serve exited early (code ${code}, signal ${signal}):\n${serverLog}`));
    });
  });
}

async function stopServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return serverExit && serverExit;
  server.kill('SIGTERM');
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('tbib --serve did not stop within 20 s of SIGTERM')), 20000));
  return Promise.race([serverExit, timeout]);
}

// ---- the API, from the test's side ------------------------------------------------

let base = '';
async function call(method, path, body, token) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Bearer ${token}`;
  const r = await fetch(base + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null };
}

// The wall-clock parts written in an API instant, and the French words the page must show.
function wall(instant) {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(instant);
  assert.ok(m, `not an API instant: ${instant}`);
  const date = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]));
  const long = new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).format(date);
  return { time: `${m[4]}:${m[5]}`, dateFr: long.charAt(0).toUpperCase() + long.slice(1), day: `${m[1]}-${m[2]}-${m[3]}` };
}

// ---- the browser ---------------------------------------------------------------

async function openBrowser(name, options) {
  const profile = join(work, `profile-${name}`);
  mkdirSync(profile);
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    timezoneId: BROWSER_ZONE,
    locale: 'fr-FR',
    ...options,
  });
  const page = context.pages()[0] ?? await context.newPage();
  page.setDefaultTimeout(15000);
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (msg) => {
    // Chromium logs every 4xx answer; the refusals this test provokes are expected.
    if (msg.type() === 'error' && !/Failed to load resource: the server responded with a status of (409|422)\b/.test(msg.text()))
      problems.push(`console error: ${msg.text()}`);
  });
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.origin !== base) problems.push(`request outside the server: ${req.url()}`);
    if (/\/slots$/.test(url.pathname) && !url.searchParams.get('type_id'))
      problems.push(`slots asked without type_id: ${req.url()}`);
  });
  return { page, problems };
}

async function closeBrowser() {
  if (context) await context.close();
  context = null;
}

const heading = (page, name) => page.getByRole('heading', { level: 1, name, exact: true });

// The step's heading is shown and has the keyboard focus.
async function atStep(page, name) {
  await heading(page, name).waitFor({ state: 'visible' });
  await page.waitForFunction((n) => document.activeElement?.tagName === 'H1' && document.activeElement.textContent === n, name);
}

async function visibleAlert(page) {
  const alert = page.locator('.step:not([hidden]) [role="alert"]');
  await page.waitForFunction(() => document.querySelector('.step:not([hidden]) [role="alert"]')?.textContent.trim());
  return (await alert.textContent()).trim();
}

const button = (page, name) => page.getByRole('button', { name, exact: true });

async function fillIdentity(page, p) {
  await page.getByLabel('Prénom', { exact: true }).fill(p.first_name);
  await page.getByLabel('Nom', { exact: true }).fill(p.last_name);
  await page.getByLabel('Téléphone', { exact: true }).fill(p.phone);
  const birth = page.getByLabel('Date de naissance', { exact: true });
  assert.equal(await birth.getAttribute('type'), 'date', '"Date de naissance" is an <input type="date">');
  await birth.fill(p.birth_date);
  await page.getByLabel('Motif de la visite', { exact: true }).fill(p.motif);
}

// Events of the calendar, in document order: [{start, text}].
async function freeSlots(page) {
  await page.locator('#calendar .fc-event', { hasText: 'Disponible' }).first().waitFor({ state: 'visible' });
  return page.$$eval('#calendar .fc-event', (els) => els.map((e) => ({
    start: e.dataset.slotStart, text: e.textContent, title: e.querySelector('.fc-event-title')?.textContent,
  })));
}

async function shot(page, file) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, file) });
  log(`screenshot ${file}`);
}

// ---- the scenario -------------------------------------------------------------------

async function desktop() {
  const doctors = (await call('GET', '/api/doctors')).body;
  const doctor = doctors.find((d) => d.name === 'Dr Amina Benali');
  assert.ok(doctor, 'the demo clinic has Dr Amina Benali');
  const types = (await call('GET', `/api/doctors/${doctor.id}/consultation-types`)).body;
  const existingOnly = types.find((t) => t.require_existing_patient && !t.is_emergency_only);
  const plain = types.find((t) => !t.require_existing_patient && !t.is_emergency_only);
  assert.ok(existingOnly && plain, 'the demo doctor has an existing-patients-only type and a plain one');

  const patient = { first_name: 'Inès', last_name: 'Testeuse', phone: '06 99 88 77 66', birth_date: '1988-03-14' };
  const motif = 'Douleur au genou depuis une semaine';

  const { page, problems } = await openBrowser('desktop', { viewport: { width: 1280, height: 800 } });
  await page.goto(`${base}/`);

  // 1. The doctor.
  await atStep(page, 'Choisissez un praticien');
  await page.getByRole('radio', { name: doctor.name, exact: true }).check();
  await button(page, 'Continuer').click();

  // 2. The type: first the one for existing patients only.
  await atStep(page, 'Choisissez le motif');
  for (const t of types) await page.getByRole('radio', { name: t.name, exact: true }).waitFor();
  await page.getByRole('radio', { name: existingOnly.name, exact: true }).check();
  await shot(page, 'booking-desktop-step2.png');
  await button(page, 'Continuer').click();

  // 3. A new patient is refused at once, with the API's sentence.
  await atStep(page, 'Vos coordonnées');
  await fillIdentity(page, { ...patient, motif });
  await button(page, 'Continuer').click();
  const refusal = await visibleAlert(page);
  const expected = await call('POST', '/api/eligibility', { doctor_id: doctor.id, type_id: existingOnly.id, patient });
  assert.equal(expected.status, 422);
  assert.equal(expected.body.error.code, 'existing_patient_required');
  assert.equal(refusal, expected.body.error.message, 'step 3 shows the API\'s existing_patient_required sentence');
  log(`step 3 refusal shown: "${refusal}"`);

  // Back to step 2, the plain type; the fields keep what was typed.
  await button(page, 'Retour').click();
  await atStep(page, 'Choisissez le motif');
  await page.getByRole('radio', { name: plain.name, exact: true }).check();
  await button(page, 'Continuer').click();
  await atStep(page, 'Vos coordonnées');
  assert.equal(await page.getByLabel('Prénom', { exact: true }).inputValue(), patient.first_name);
  await button(page, 'Continuer').click();

  // 4. The week of free slots, at the clinic's wall-clock times.
  await atStep(page, 'Choisissez un créneau');
  await page.locator('#calendar .fc-timeGridWeek-view').waitFor();
  let slots = await freeSlots(page);
  assert.ok(slots.length > 0, 'free slots are shown');
  assert.ok(slots.every((s) => s.title === 'Disponible'), 'every free slot is titled "Disponible"');
  for (const s of slots.slice(0, 5))
    assert.ok(s.text.includes(wall(s.start).time), `slot ${s.start} is shown at ${wall(s.start).time} (shown: "${s.text}")`);
  await shot(page, 'booking-desktop-step4.png');
  const first = slots[0].start;
  await page.locator(`#calendar .fc-event[data-slot-start="${first}"]`).click();
  await page.locator('#calendar .fc-event.is-selected').waitFor();
  await button(page, 'Continuer').click();

  // 5. The summary; meanwhile someone else takes that time.
  await atStep(page, 'Confirmation');
  const summary = await page.locator('#booking-summary').textContent();
  for (const word of [doctor.name, plain.name, wall(first).dateFr, wall(first).time, patient.first_name, patient.last_name])
    assert.ok(summary.includes(word), `the summary names "${word}": ${summary}`);
  const other = { first_name: 'Autre', last_name: 'Patient', phone: '06 11 22 33 44', birth_date: '1975-06-01' };
  const taken = await call('POST', '/api/bookings', { doctor_id: doctor.id, type_id: plain.id, start: first, motif: '', patient: other });
  assert.equal(taken.status, 201, `the other patient books ${first}: ${JSON.stringify(taken.body)}`);
  const again = await call('POST', '/api/bookings', { doctor_id: doctor.id, type_id: plain.id, start: first, motif: '', patient: other });
  assert.equal(again.status, 409);
  await button(page, 'Confirmer le rendez-vous').click();
  const conflict = await visibleAlert(page);
  assert.equal(conflict, again.body.error.message, 'step 5 shows the API\'s slot_taken sentence');
  log(`step 5 refusal shown: "${conflict}"`);

  // Another slot: the taken one is gone from the calendar.
  await button(page, 'Choisir un autre créneau').click();
  await atStep(page, 'Choisissez un créneau');
  await page.waitForFunction((s) => !document.querySelector(`#calendar .fc-event[data-slot-start="${s}"]`)
      && document.querySelector('#calendar .fc-event'), first);
  slots = await freeSlots(page);
  const second = slots[0].start;
  await page.locator(`#calendar .fc-event[data-slot-start="${second}"]`).focus();
  await page.keyboard.press('Enter'); // the keyboard chooses a slot too
  await page.locator('#calendar .fc-event.is-selected').waitFor();
  await button(page, 'Continuer').click();
  await atStep(page, 'Confirmation');
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/bookings') && r.request().method() === 'POST');
  await button(page, 'Confirmer le rendez-vous').click();
  assert.equal((await answer).status(), 201);

  await atStep(page, 'Rendez-vous confirmé');
  const done = await page.locator('#step-done').textContent();
  assert.ok(done.includes(wall(second).dateFr) && done.includes(wall(second).time),
    `the final screen gives the date and time (${wall(second).dateFr}, ${wall(second).time}): ${done}`);
  await shot(page, 'booking-confirmed.png');

  // The booking is in the database: the doctor's feed has it.
  const day = wall(second).day;
  const next = new Date(Date.parse(`${day}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
  const feed = await call('GET', `/api/doctor/appointments?start=${day}&end=${next}&doctor_id=${doctor.id}`, undefined, TOKEN);
  assert.equal(feed.status, 200);
  const mine = feed.body.find((e) => e.start === second && e.title.includes(patient.last_name));
  assert.ok(mine, `the appointment at ${second} is in the doctor's feed`);
  assert.equal(mine.extendedProps.status, 'booked');
  assert.equal(mine.extendedProps.motif, motif);
  assert.equal(mine.extendedProps.type_id, plain.id);

  assert.deepEqual(problems, [], 'no page error, console error or foreign request');
  await closeBrowser();
  return patient;
}

async function phone(patient) {
  const doctors = (await call('GET', '/api/doctors')).body;
  const doctor = doctors.find((d) => d.name === 'Dr Amina Benali');
  const types = (await call('GET', `/api/doctors/${doctor.id}/consultation-types`)).body;
  const plain = types.find((t) => !t.require_existing_patient && !t.is_emergency_only);

  const { page, problems } = await openBrowser('phone', {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  });
  log('phone: browser started');
  await page.goto(`${base}/`);
  await atStep(page, 'Choisissez un praticien');
  await page.getByRole('radio', { name: doctor.name, exact: true }).check();
  await button(page, 'Continuer').click();
  await atStep(page, 'Choisissez le motif');
  await page.getByRole('radio', { name: plain.name, exact: true }).check();
  await button(page, 'Continuer').click();
  await atStep(page, 'Vos coordonnées');
  await fillIdentity(page, { ...patient, motif: '' });
  log('phone: identity filled');
  await button(page, 'Continuer').click();
  await atStep(page, 'Choisissez un créneau');
  log('phone: at step 4');
  await page.locator('#calendar .fc-timeGridDay-view').waitFor();
  assert.equal(await page.locator('#calendar .fc-timeGridWeek-view').count(), 0, 'a phone shows the day view');
  const slots = await freeSlots(page);
  assert.ok(slots.length > 0 && slots.every((s) => s.title === 'Disponible'));
  assert.equal(new Set(slots.map((s) => wall(s.start).day)).size, 1, 'one day on a phone');
  await shot(page, 'booking-phone-step4.png');
  assert.deepEqual(problems, [], 'no page error, console error or foreign request');
  await closeBrowser();
}

// A Moroccan phone set to Arabic: the page chooses Arabic from Accept-Language,
// reads right to left, its calendar is FullCalendar's ar-ma (Monday first,
// Latin digits) with slots titled in Arabic, and a refusal of the API is the
// Arabic sentence; the language links switch to French.
async function arabic(patient) {
  const doctors = (await call('GET', '/api/doctors')).body;
  const doctor = doctors.find((d) => d.name === 'Dr Amina Benali');
  const types = (await call('GET', `/api/doctors/${doctor.id}/consultation-types`)).body;
  const existingOnly = types.find((t) => t.require_existing_patient && !t.is_emergency_only);
  const plain = types.find((t) => !t.require_existing_patient && !t.is_emergency_only);

  const { page, problems } = await openBrowser('arabic', { locale: 'ar-MA', viewport: { width: 1280, height: 900 } });
  log('arabic: browser started');
  await page.goto(`${base}/`);
  await atStep(page, 'اختاروا طبيبًا');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
  await page.getByRole('radio', { name: doctor.name, exact: true }).check();
  await button(page, 'متابعة').click();
  await atStep(page, 'اختاروا نوع الاستشارة');
  await page.getByRole('radio', { name: existingOnly.name, exact: true }).check();
  await button(page, 'متابعة').click();
  await atStep(page, 'معلوماتكم');
  await page.getByLabel('الاسم الشخصي', { exact: true }).fill('Salma');
  await page.getByLabel('الاسم العائلي', { exact: true }).fill(`Arabe ${Date.now() % 100000}`);
  await page.getByLabel('الهاتف', { exact: true }).fill('0661 77 88 99');
  await page.getByLabel('تاريخ الميلاد', { exact: true }).fill('1991-07-23');
  await button(page, 'متابعة').click();
  // A newcomer asking for an existing-patients-only type: the API's Arabic sentence.
  const refusal = await visibleAlert(page);
  const expected = (await fetch(`${base}/api/eligibility`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept-Language': 'ar' },
    body: JSON.stringify({ doctor_id: doctor.id, type_id: existingOnly.id,
      patient: { first_name: 'Salma', last_name: 'X', phone: '0661 77 88 99', birth_date: '1991-07-23' } }),
  }).then((r) => r.json())).error.message;
  assert.equal(refusal, expected, 'the refusal is the API\'s Arabic sentence');
  assert.ok(/[\u0600-\u06FF]/.test(refusal), `an Arabic sentence: ${refusal}`);
  await button(page, 'رجوع').click();
  await atStep(page, 'اختاروا نوع الاستشارة');
  await page.getByRole('radio', { name: plain.name, exact: true }).check();
  await button(page, 'متابعة').click();
  await atStep(page, 'معلوماتكم');
  await button(page, 'متابعة').click();
  await atStep(page, 'اختاروا موعدًا');
  await page.locator('#calendar .fc-event', { hasText: 'متاح' }).first().waitFor({ state: 'visible' });
  const headers = await page.$$eval('#calendar .fc-col-header-cell', (els) => els.map((e) => e.getBoundingClientRect().left));
  assert.ok(headers.length >= 2 && headers[0] > headers[1], 'the days run right to left');
  const first = await page.locator('#calendar .fc-col-header-cell').first().textContent();
  assert.ok(first.includes('الاثنين'), `the week starts on Monday: ${first}`);
  const times = await page.$$eval('#calendar .fc-event .fc-event-time', (els) => els.map((e) => e.textContent));
  assert.ok(times.length > 0 && times.every((t) => /^\d{2}:\d{2}/.test(t)), `Latin digits: ${times.slice(0, 3)}`);
  await shot(page, 'booking-arabic-step4.png');
  await page.locator('.languages a[data-lang="fr"]').click();
  await atStep(page, 'Choisissez un praticien');
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  assert.deepEqual(problems, [], 'no page error, console error or foreign request');
  await closeBrowser();
}

let failed = false;
try {
  const demo = spawnSync(tbib, ['--db', db, '--demo'], { encoding: 'utf8' });
  assert.equal(demo.status, 0, `tbib --demo failed: ${demo.stdout}${demo.stderr}`);
  base = await startServer();
  log(`server at ${base}`);
  const patient = await desktop();
  log('desktop: 5 steps, two refusals shown, booking confirmed and found in the feed');
  await phone(patient);
  log('phone: day view');
  await arabic(patient);
  log('arabic: right to left, Arabic sentences, back to French');
  const exit = await stopServer();
  assert.deepEqual(exit, { code: 0, signal: null }, 'tbib --serve exits 0 on SIGTERM');
  log('server stopped by SIGTERM, exit code 0');
} catch (e) {
  failed = true;
  console.error(e && e.stack ? e.stack : e);
  if (serverLog) console.error(`--- tbib --serve output ---\n${serverLog}`);
} finally {
  await closeBrowser().catch(() => {});
  if (server && server.exitCode === null && server.signalCode === null) server.kill('SIGKILL');
  if (process.env.TBIB_E2E_KEEP === '1') console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
log(failed ? 'FAILED' : 'passed');
process.exit(failed ? 1 : 0);

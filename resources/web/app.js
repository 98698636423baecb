// SPDX-License-Identifier: GPL-3.0-or-later
// TBIB booking wizard (DESIGN §8): doctor → type → identity → slot → confirmation.
//
// Time: the API writes every instant with the clinic's UTC offset
// ("2026-11-24T09:00:00+01:00"). The page shows the wall-clock time written
// there, whatever the browser's zone: a wall-clock time is carried as a Date
// whose UTC fields are that time, and formatted with timeZone 'UTC'
// (FullCalendar runs with timeZone: 'UTC' and is given the offset-less local
// part). The original API strings are what is sent back. See docs/web-wizard.md.
'use strict';

(() => {
  const PHONE_QUERY = '(max-width: 699px)';
  const RANGE_DAYS = 62; // the API's longest range

  const state = {
    step: 1,
    doctors: [],
    doctor: null,
    types: [],
    type: null,
    patient: null,
    motif: '',
    existingPatient: false,
    slot: null, // {start, end}: the API's strings
    calendar: null,
    calendarKey: '', // doctor/type the calendar was set up for
    clinicOffsetMinutes: null,
    busy: false,
  };

  const $ = (selector, root = document) => root.querySelector(selector);
  const $$ = (selector, root = document) => Array.from(root.querySelectorAll(selector));

  // ---- Text -------------------------------------------------------------

  // The page's language, chosen by the server (?lang=, else Accept-Language),
  // and its sentences: index.html carries them as a JSON data block keyed by
  // the English text (server/weblanguage.h); %1… are tr()'s further arguments.
  const LANG = document.documentElement.lang || 'fr';
  const TEXTS = (() => {
    try {
      return JSON.parse(document.getElementById('texts').textContent);
    } catch {
      return {};
    }
  })();
  const tr = (source, ...args) => (TEXTS[source] || source).replace(/%(\d)/g, (m, i) => String(args[Number(i) - 1] ?? m));
  // Dates and times in the page's language; Arabic as written in Morocco
  // (Latin digits). FullCalendar's locale: fr, ar-ma, and its built-in English.
  const LOCALE = { fr: 'fr-FR', ar: 'ar-MA', en: 'en-GB' }[LANG] || 'fr-FR';
  const CALENDAR_LOCALE = { fr: 'fr', ar: 'ar-ma', en: 'en-gb' }[LANG] || 'fr';

  const fmtDate = new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric',
  });
  const fmtDayShort = new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC', weekday: 'long', day: 'numeric', month: 'long',
  });
  const fmtTime = new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  });
  const fmtBirth = new Intl.DateTimeFormat(LOCALE, {
    timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric',
  });

  const capitalize = (s) => (s ? s.charAt(0).toLocaleUpperCase(LOCALE) + s.slice(1) : s);

  function initials(name) {
    const words = name.replace(/^(Dr|Pr|Dre)\.?\s+/i, '').split(/\s+/).filter(Boolean);
    return words.slice(0, 2).map((w) => w.charAt(0).toLocaleUpperCase(LOCALE)).join('');
  }

  // ---- Time: wall clock as written by the API ------------------------------

  // "2026-11-24T09:00:00+01:00" → {local: "2026-11-24T09:00:00", wall: Date
  // whose UTC fields read 2026-11-24 09:00, offsetMinutes: 60}.
  function parseApiInstant(text) {
    const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text);
    if (!m) return null;
    const [, y, mo, d, h, mi, s = '00', zone = 'Z'] = m;
    let offsetMinutes = 0;
    if (zone !== 'Z') {
      const digits = zone.slice(1).replace(':', '');
      offsetMinutes = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4))) * (zone[0] === '-' ? -1 : 1);
    }
    return {
      local: `${y}-${mo}-${d}T${h}:${mi}:${s}`,
      date: `${y}-${mo}-${d}`,
      minutes: Number(h) * 60 + Number(mi),
      wall: new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s))),
      offsetMinutes,
    };
  }

  const isoDate = (date) => date.toISOString().slice(0, 10); // of a wall-clock Date
  const addDays = (date, n) => new Date(date.getTime() + n * 86400000);

  // The clinic's "now" as a wall-clock Date (known once an answer gave the offset).
  function clinicNowWall() {
    const offset = state.clinicOffsetMinutes ?? -new Date().getTimezoneOffset();
    return new Date(Date.now() + offset * 60000);
  }

  function describeSlot(slot) {
    const a = parseApiInstant(slot.start);
    const b = parseApiInstant(slot.end);
    return {
      date: capitalize(fmtDate.format(a.wall)),
      day: fmtDayShort.format(a.wall), // mid-sentence: lower case
      from: fmtTime.format(a.wall),
      to: fmtTime.format(b.wall),
    };
  }

  // ---- API ---------------------------------------------------------------

  class ApiError extends Error {
    constructor(code, message, status) {
      super(message);
      this.code = code;
      this.status = status;
    }
  }

  async function api(method, path, body) {
    let response;
    try {
      response = await fetch(path, {
        method,
        // The API's sentences in the page's language.
        headers: body === undefined ? { Accept: 'application/json', 'Accept-Language': LANG }
                                    : { Accept: 'application/json', 'Accept-Language': LANG, 'Content-Type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        cache: 'no-store',
        credentials: 'same-origin',
      });
    } catch {
      throw new ApiError('network', tr('The clinic does not answer. Check your connection and try again.'), 0);
    }
    let data = null;
    try {
      data = await response.json();
    } catch {
      data = null;
    }
    if (!response.ok) {
      // Every refusal shows the API's own sentence.
      const error = data && data.error;
      if (error && typeof error.message === 'string' && error.message)
        throw new ApiError(error.code || '', error.message, response.status);
      throw new ApiError('', tr('The server refused the request (error %1).', response.status), response.status);
    }
    return data;
  }

  // ---- Steps and messages -----------------------------------------------------

  function stepElement(step) {
    return document.getElementById(step === 'done' ? 'step-done' : `step-${step}`);
  }

  function showError(step, message) {
    const box = $('.alert', stepElement(step));
    if (box) box.textContent = message || '';
  }

  function clearError(step) {
    showError(step, '');
  }

  function updateStepper() {
    const current = state.step === 'done' ? 6 : state.step;
    for (const li of $$('#stepper li')) {
      const n = Number(li.dataset.step);
      li.classList.toggle('is-done', n < current);
      li.classList.toggle('is-current', n === current);
      $('.dot', li).textContent = n < current ? '✓' : String(n);
      $('.step-state', li).textContent = n < current ? ` ${tr('(done)')}` : n === current ? ` ${tr('(current step)')}` : '';
      if (n === current) li.setAttribute('aria-current', 'step');
      else li.removeAttribute('aria-current');
    }
  }

  function show(step) {
    state.step = step;
    for (const el of $$('.step')) el.hidden = el.dataset.step !== String(step);
    updateStepper();
    const section = stepElement(step);
    for (const recap of $$('[data-recap]', section)) renderRecap(recap);
    const heading = $('h1', section);
    document.title = `${heading.textContent} · ${tr('Online booking')}`;
    window.scrollTo(0, 0);
    heading.focus({ preventScroll: true });
    if (step === 4) enterSlotStep();
  }

  function setBusy(form, busy) {
    state.busy = busy;
    form.setAttribute('aria-busy', busy ? 'true' : 'false');
    for (const b of $$('button', form)) b.classList.toggle('is-busy', busy && b.type === 'submit');
  }

  // ---- Recap cards --------------------------------------------------------

  function renderRecap(box) {
    box.replaceChildren();
    if (!state.doctor) return;
    const avatar = document.createElement('span');
    avatar.className = 'avatar';
    avatar.setAttribute('aria-hidden', 'true');
    avatar.textContent = initials(state.doctor.name);
    const text = document.createElement('div');
    text.className = 'recap-text';
    const name = document.createElement('strong');
    name.textContent = state.doctor.name;
    const sub = document.createElement('span');
    if (box.dataset.recap === 'type' && state.type) {
      const dot = document.createElement('span');
      dot.className = 'color-dot';
      dot.setAttribute('aria-hidden', 'true');
      dot.style.background = state.type.color;
      avatar.replaceWith(dot);
      box.append(dot);
      sub.textContent = ` · ${state.type.name} (${tr('%1 min', state.type.duration)}) · ${state.type.price}`;
      text.append(name, sub);
      box.append(text);
    } else {
      sub.className = 'recap-sub';
      sub.textContent = state.doctor.specialty || '';
      text.append(name, sub);
      box.append(avatar, text);
    }
    const change = document.createElement('button');
    change.type = 'button';
    change.className = 'link-button';
    change.textContent = tr('Change');
    const target = box.dataset.recap === 'type' ? 2 : 1;
    change.setAttribute('aria-label', target === 1 ? tr('Change the doctor') : tr('Change the consultation'));
    change.addEventListener('click', () => show(target));
    box.append(change);
  }

  // ---- Radio cards ---------------------------------------------------------

  // A radio whose accessible name is exactly `name` (the contract's word), with
  // the rest of the card as its description.
  function radioCard({ group, value, idBase, name, checked, build }) {
    const label = document.createElement('label');
    label.className = 'choice-card';
    const input = document.createElement('input');
    input.type = 'radio';
    input.name = group;
    input.value = String(value);
    input.className = 'choice-input';
    input.checked = checked;
    input.setAttribute('aria-labelledby', `${idBase}-name`);
    input.setAttribute('aria-describedby', `${idBase}-desc`);
    const check = document.createElement('span');
    check.className = 'choice-check';
    check.setAttribute('aria-hidden', 'true');
    const body = document.createElement('span');
    body.className = 'choice-body';
    const title = document.createElement('span');
    title.className = 'choice-title';
    title.id = `${idBase}-name`;
    title.textContent = name;
    const desc = document.createElement('span');
    desc.className = 'choice-desc';
    desc.id = `${idBase}-desc`;
    const lead = build({ title, desc });
    body.append(title, desc);
    label.append(input);
    if (lead) label.append(lead);
    label.append(body, check);
    return { label, input };
  }

  // ---- Step 1: doctors -----------------------------------------------------

  async function loadDoctors() {
    const list = $('#doctor-list');
    try {
      state.doctors = await api('GET', '/api/doctors');
    } catch (e) {
      list.replaceChildren();
      list.setAttribute('aria-busy', 'false');
      showError(1, e.message);
      return;
    }
    list.replaceChildren();
    list.setAttribute('aria-busy', 'false');
    if (!state.doctors.length) {
      const p = document.createElement('p');
      p.className = 'notice';
      p.textContent = tr('No doctor offers online booking at the moment.');
      list.append(p);
      return;
    }
    for (const doctor of state.doctors) {
      const { label, input } = radioCard({
        group: 'doctor', value: doctor.id, idBase: `doctor-${doctor.id}`, name: doctor.name,
        checked: state.doctor && state.doctor.id === doctor.id,
        build: ({ desc }) => {
          desc.textContent = doctor.specialty || tr('Physician');
          const avatar = document.createElement('span');
          avatar.className = 'avatar avatar-lg';
          avatar.setAttribute('aria-hidden', 'true');
          avatar.textContent = initials(doctor.name);
          return avatar;
        },
      });
      label.classList.add('doctor-card');
      input.addEventListener('change', () => selectDoctor(doctor));
      list.append(label);
    }
  }

  function selectDoctor(doctor) {
    if (!state.doctor || state.doctor.id !== doctor.id) {
      state.doctor = doctor;
      state.type = null;
      state.types = [];
      state.slot = null;
    }
    clearError(1);
    $('#doctor-summary').textContent = `${doctor.name} · ${doctor.specialty || ''}`;
  }

  async function submitDoctor() {
    if (!state.doctor) {
      showError(1, tr('Choose a doctor to continue.'));
      return;
    }
    const form = stepElement(1);
    setBusy(form, true);
    try {
      state.types = await api('GET', `/api/doctors/${encodeURIComponent(state.doctor.id)}/consultation-types`);
    } catch (e) {
      showError(1, e.message);
      return;
    } finally {
      setBusy(form, false);
    }
    renderTypes();
    show(2);
  }

  // ---- Step 2: consultation types -----------------------------------------------

  function renderTypes() {
    const list = $('#type-list');
    list.replaceChildren();
    clearError(2);
    if (!state.types.length) {
      const p = document.createElement('p');
      p.className = 'notice';
      p.textContent = tr('This doctor offers no consultation online at the moment.');
      list.append(p);
    }
    for (const type of state.types) {
      const { label, input } = radioCard({
        group: 'type', value: type.id, idBase: `type-${type.id}`, name: type.name,
        checked: state.type && state.type.id === type.id,
        build: ({ title, desc }) => {
          const dot = document.createElement('span');
          dot.className = 'color-dot';
          dot.setAttribute('aria-hidden', 'true');
          dot.style.background = type.color;
          title.prepend(dot);
          const meta = document.createElement('span');
          meta.className = 'choice-meta';
          const duration = document.createElement('span');
          duration.textContent = tr('%1 min', type.duration);
          const sep = document.createElement('span');
          sep.className = 'sep';
          sep.setAttribute('aria-hidden', 'true');
          sep.textContent = '·';
          const price = document.createElement('span');
          price.textContent = type.price;
          meta.append(duration, sep, price);
          desc.append(meta);
          if (type.require_existing_patient) desc.append(badge('badge-info', tr('Existing patients')));
          if (type.is_emergency_only) desc.append(badge('badge-urgent', tr('Emergency: today or tomorrow')));
        },
      });
      // The radio is named by the type (contract); the colour shows on the card's edge.
      label.style.setProperty('--type-color', type.color);
      input.addEventListener('change', () => selectType(type));
      list.append(label);
    }
    $('#type-summary').textContent = state.type ? typeLine(state.type) : '';
  }

  function badge(kind, text) {
    const b = document.createElement('span');
    b.className = `badge ${kind}`;
    b.textContent = text;
    return b;
  }

  const typeLine = (type) => `${type.name} · ${tr('%1 min', type.duration)} · ${type.price}`;

  function selectType(type) {
    if (!state.type || state.type.id !== type.id) {
      state.type = type;
      state.slot = null;
    }
    clearError(2);
    $('#type-summary').textContent = typeLine(type);
  }

  function submitType() {
    if (!state.type) {
      showError(2, tr('Choose a consultation to continue.'));
      return;
    }
    show(3);
  }

  // ---- Step 3: identity and eligibility ------------------------------------------

  const FIELDS = [
    { id: 'first-name', key: 'first_name', empty: tr('Enter your first name.') },
    { id: 'last-name', key: 'last_name', empty: tr('Enter your last name.') },
    { id: 'phone', key: 'phone', empty: tr('Enter your phone number.') },
    { id: 'birth-date', key: 'birth_date', empty: tr('Enter your date of birth.') },
  ];

  function fieldProblem(field, value) {
    if (!value) return field.empty;
    if (field.key === 'phone' && value.replace(/\D/g, '').length < 6)
      return tr('This phone number looks incomplete.');
    if (field.key === 'birth_date') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return tr('Enter a complete date of birth.');
      if (value > isoDate(clinicNowWall())) return tr('The date of birth cannot be in the future.');
      if (value < '1900-01-01') return tr('Check the year of birth.');
    }
    return '';
  }

  function setFieldError(id, message) {
    const input = document.getElementById(id);
    const error = document.getElementById(`${id}-error`);
    error.textContent = message;
    if (message) input.setAttribute('aria-invalid', 'true');
    else input.removeAttribute('aria-invalid');
  }

  async function submitIdentity() {
    clearError(3);
    const patient = {};
    let firstBad = null;
    for (const field of FIELDS) {
      const input = document.getElementById(field.id);
      const value = input.value.trim();
      const problem = fieldProblem(field, value);
      setFieldError(field.id, problem);
      if (problem && !firstBad) firstBad = input;
      patient[field.key] = value;
    }
    if (firstBad) {
      showError(3, tr('Check the fields marked.'));
      firstBad.focus();
      return;
    }
    state.motif = $('#motif').value.trim();
    const form = stepElement(3);
    setBusy(form, true);
    try {
      const answer = await api('POST', '/api/eligibility', {
        doctor_id: state.doctor.id, type_id: state.type.id, patient,
      });
      state.patient = patient;
      state.existingPatient = Boolean(answer && answer.existing_patient);
    } catch (e) {
      showError(3, e.message);
      return;
    } finally {
      setBusy(form, false);
    }
    show(4);
  }

  // ---- Step 4: slots -----------------------------------------------------------

  const isPhone = () => window.matchMedia(PHONE_QUERY).matches;

  function slotsUrl(start, end) {
    const d = encodeURIComponent(state.doctor.id);
    const t = encodeURIComponent(state.type.id);
    return `/api/doctors/${d}/slots?type_id=${t}&start=${start}&end=${end}`;
  }

  function toEvent(slot) {
    const a = parseApiInstant(slot.start);
    const b = parseApiInstant(slot.end);
    if (a && state.clinicOffsetMinutes === null) state.clinicOffsetMinutes = a.offsetMinutes;
    return {
      id: slot.start,
      title: tr('Available'),
      start: a.local, // no offset: read in the calendar's zone (UTC), so shown as written
      end: b.local,
      classNames: ['slot-event'],
      extendedProps: { apiStart: slot.start, apiEnd: slot.end },
    };
  }

  function toolbarFor(phone) {
    return phone
      ? { left: 'prev', center: 'title', right: 'next' }
      : { left: 'prev,next today', center: 'title', right: 'timeGridWeek,timeGridDay' };
  }

  // What the next 62 days hold: first free day, the hours to show, the weekdays never open.
  async function surveySlots() {
    const today = clinicNowWall();
    const start = isoDate(addDays(today, -1));
    const end = isoDate(addDays(today, RANGE_DAYS - 1));
    const data = await api('GET', slotsUrl(start, end));
    const slots = data.slots || [];
    let min = 24 * 60;
    let max = 0;
    const openDays = new Set();
    const byDay = new Map(); // "YYYY-MM-DD" → {min, max} minutes of that day's free slots
    for (const s of slots) {
      const a = parseApiInstant(s.start);
      const b = parseApiInstant(s.end);
      if (!a || !b) continue;
      if (state.clinicOffsetMinutes === null) state.clinicOffsetMinutes = a.offsetMinutes;
      min = Math.min(min, a.minutes);
      max = Math.max(max, b.date === a.date ? b.minutes : 24 * 60);
      openDays.add(a.wall.getUTCDay());
      const day = byDay.get(a.date) ?? { min: 24 * 60, max: 0 };
      day.min = Math.min(day.min, a.minutes);
      day.max = Math.max(day.max, b.date === a.date ? b.minutes : 24 * 60);
      byDay.set(a.date, day);
    }
    return { slots, min, max, openDays, byDay };
  }

  const hhmm = (minutes) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}:00`;

  async function enterSlotStep() {
    clearError(4);
    const key = `${state.doctor.id}/${state.type.id}`;
    updateSlotSummary();
    if (state.calendar && state.calendarKey === key) {
      state.calendar.refetchEvents();
      state.calendar.updateSize();
      return;
    }
    const notice = $('#slots-notice');
    notice.hidden = true;
    const holder = $('#calendar');
    holder.setAttribute('aria-busy', 'true');
    let survey;
    try {
      survey = await surveySlots();
    } catch (e) {
      holder.setAttribute('aria-busy', 'false');
      showError(4, e.message);
      return;
    }
    if (state.step !== 4) return;
    if (state.calendar) {
      state.calendar.destroy();
      state.calendar = null;
    }
    state.calendarKey = key;
    const today = clinicNowWall();
    const first = survey.slots.length ? parseApiInstant(survey.slots[0].start).date : isoDate(today);
    if (!survey.slots.length) {
      notice.textContent = tr('No time is free for this consultation in the coming weeks. Choose another consultation or call the clinic.');
      notice.hidden = false;
    }
    const minTime = survey.slots.length ? Math.floor(survey.min / 60) * 60 : 8 * 60;
    const maxTime = survey.slots.length ? Math.min(24 * 60, Math.ceil(survey.max / 60) * 60) : 19 * 60;
    const hiddenDays = survey.slots.length ? [0, 1, 2, 3, 4, 5, 6].filter((d) => !survey.openDays.has(d)) : [];
    const phone = isPhone();
    const hours = { from: hhmm(minTime), to: hhmm(maxTime) }; // what the calendar shows now

    state.calendar = new FullCalendar.Calendar(holder, {
      locale: CALENDAR_LOCALE,
      firstDay: 1, // the clinic's week starts on Monday in every language (ar-ma's would be Saturday)
      timeZone: 'UTC', // clinic wall clock, see the top of this file
      now: () => clinicNowWall(),
      initialView: phone ? 'timeGridDay' : 'timeGridWeek',
      initialDate: first,
      headerToolbar: toolbarFor(phone),
      buttonText: { today: tr('Today'), week: tr('Week'), day: tr('Day') },
      buttonHints: { prev: tr('Previous $0'), next: tr('Next $0'), today: tr('Back to today') },
      titleFormat: phone ? { weekday: 'long', day: 'numeric', month: 'long' } : undefined,
      dayHeaderFormat: phone ? { weekday: 'long', day: 'numeric' } : { weekday: 'short', day: 'numeric', month: 'short' },
      // From this week's Monday (past days show as past, not as missing), to the API's range.
      validRange: { start: isoDate(addDays(today, -((today.getUTCDay() + 6) % 7))), end: isoDate(addDays(today, RANGE_DAYS)) },
      hiddenDays,
      allDaySlot: false,
      slotDuration: '00:15:00',
      slotLabelInterval: '01:00',
      slotMinTime: hhmm(minTime),
      slotMaxTime: hhmm(maxTime),
      slotLabelFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      eventTimeFormat: { hour: '2-digit', minute: '2-digit', hour12: false },
      displayEventEnd: true,
      views: {
        timeGridWeek: { displayEventEnd: false }, // narrow columns: "09:20 Disponible"
        timeGridDay: { dayHeaders: false }, // the title already names the day
      },
      expandRows: false,
      height: 'auto',
      nowIndicator: false,
      slotEventOverlap: false,
      editable: false,
      selectable: false,
      eventSources: [{
        id: 'slots',
        events: (info, success, failure) => {
          api('GET', slotsUrl(info.startStr.slice(0, 10), info.endStr.slice(0, 10)))
            .then((data) => success((data.slots || []).map(toEvent)))
            .catch((e) => {
              showError(4, e.message);
              failure(e);
            });
        },
      }],
      // A phone shows one day: fit its hours to that day's free slots (less scrolling).
      datesSet: (info) => {
        const cal = state.calendar;
        if (!cal) return;
        const day = info.view.type === 'timeGridDay' ? survey.byDay.get(info.startStr.slice(0, 10)) : null;
        const from = hhmm(day ? Math.floor(day.min / 60) * 60 : minTime);
        const to = hhmm(day ? Math.min(24 * 60, Math.ceil(day.max / 60) * 60) : maxTime);
        if (hours.from !== from) cal.setOption('slotMinTime', (hours.from = from));
        if (hours.to !== to) cal.setOption('slotMaxTime', (hours.to = to));
      },
      loading: (isLoading) => holder.setAttribute('aria-busy', isLoading ? 'true' : 'false'),
      eventClassNames: (arg) => (state.slot && arg.event.extendedProps.apiStart === state.slot.start ? ['is-selected'] : []),
      // Time, the title "Disponible", a chevron: one line, whatever the event's height.
      eventContent: (arg) => {
        const row = document.createElement('div');
        row.className = 'slot-content';
        const time = document.createElement('span');
        time.className = 'fc-event-time';
        time.textContent = arg.timeText;
        const title = document.createElement('span');
        title.className = 'fc-event-title';
        title.textContent = arg.event.title;
        const chevron = document.createElement('span');
        chevron.className = 'slot-chevron';
        chevron.setAttribute('aria-hidden', 'true');
        chevron.textContent = '›';
        row.append(time, title, chevron);
        return { domNodes: [row] };
      },
      eventDidMount: (arg) => {
        const s = describeSlot({ start: arg.event.extendedProps.apiStart, end: arg.event.extendedProps.apiEnd });
        arg.el.dataset.slotStart = arg.event.extendedProps.apiStart;
        arg.el.setAttribute('role', 'button');
        arg.el.setAttribute('aria-label', tr('Available, %1, from %2 to %3', s.day, s.from, s.to));
        arg.el.setAttribute('aria-pressed', state.slot && arg.event.extendedProps.apiStart === state.slot.start ? 'true' : 'false');
      },
      eventClick: (arg) => {
        if (arg.jsEvent) arg.jsEvent.preventDefault();
        selectSlot({ start: arg.event.extendedProps.apiStart, end: arg.event.extendedProps.apiEnd });
      },
      windowResize: () => {
        const nowPhone = isPhone();
        const cal = state.calendar;
        if (!cal) return;
        const wanted = nowPhone ? 'timeGridDay' : 'timeGridWeek';
        if ((cal.view.type === 'timeGridDay') !== nowPhone) {
          cal.setOption('headerToolbar', toolbarFor(nowPhone));
          cal.setOption('titleFormat', nowPhone ? { weekday: 'long', day: 'numeric', month: 'long' } : undefined);
          cal.changeView(wanted);
        }
      },
    });
    state.calendar.render();
  }

  function selectSlot(slot) {
    state.slot = slot;
    clearError(4);
    for (const el of $$('#calendar .fc-event')) {
      el.classList.remove('is-selected');
      el.setAttribute('aria-pressed', 'false');
    }
    // Marked on the elements in place: a re-render would lose keyboard focus.
    for (const el of $$('#calendar .fc-event[data-slot-start]')) {
      if (el.dataset.slotStart === slot.start) {
        el.classList.add('is-selected');
        el.setAttribute('aria-pressed', 'true');
      }
    }
    updateSlotSummary();
  }

  function updateSlotSummary() {
    const summary = $('#slot-summary');
    const next = $('#step-4 button[type="submit"]');
    if (state.slot) {
      const s = describeSlot(state.slot);
      summary.textContent = tr('Chosen time: %1, %2 – %3.', s.day, s.from, s.to);
      next.setAttribute('aria-disabled', 'false');
    } else {
      summary.textContent = tr('Tap an “Available” time to continue.');
      next.setAttribute('aria-disabled', 'true');
    }
  }

  function submitSlot() {
    if (!state.slot) {
      showError(4, tr('Choose an “Available” time in the calendar.'));
      return;
    }
    renderSummary();
    show(5);
  }

  // ---- Step 5: confirmation -------------------------------------------------------

  function summaryRow(list, term, ...lines) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    lines.filter(Boolean).forEach((line, i) => {
      const span = document.createElement('span');
      span.className = i === 0 ? 'summary-main' : 'summary-sub';
      span.textContent = line;
      dd.append(span);
    });
    list.append(dt, dd);
  }

  function renderSummary() {
    const list = $('#booking-summary');
    list.replaceChildren();
    const s = describeSlot(state.slot);
    const birth = parseApiInstant(`${state.patient.birth_date}T00:00:00Z`);
    summaryRow(list, tr('Doctor'), state.doctor.name, state.doctor.specialty);
    summaryRow(list, tr('Consultation'), state.type.name, `${tr('%1 min', state.type.duration)} · ${state.type.price}`);
    summaryRow(list, tr('Date'), s.date);
    summaryRow(list, tr('Time'), `${s.from} – ${s.to}`);
    summaryRow(list, tr('Patient'), `${state.patient.first_name} ${state.patient.last_name}`,
      `${tr('Born on %1', birth ? fmtBirth.format(birth.wall) : state.patient.birth_date)} · ${state.patient.phone}`);
    if (state.motif) summaryRow(list, tr('Reason for the visit'), state.motif);
    clearError(5);
    $('#retry-slot').hidden = true;
    $('#confirm-button').hidden = false;
  }

  async function submitBooking() {
    if (state.busy) return;
    clearError(5);
    $('#retry-slot').hidden = true;
    const form = stepElement(5);
    setBusy(form, true);
    let booking;
    try {
      booking = await api('POST', '/api/bookings', {
        doctor_id: state.doctor.id,
        type_id: state.type.id,
        start: state.slot.start,
        motif: state.motif,
        patient: state.patient,
      });
    } catch (e) {
      showError(5, e.message);
      // A slot refused at the last moment (taken meanwhile, now too close...):
      // the patient picks another one.
      if (!['invalid_input', 'not_found', 'patient_blocked', 'existing_patient_required', 'rate_limited', 'network'].includes(e.code))
        $('#retry-slot').hidden = false;
      return;
    } finally {
      setBusy(form, false);
    }
    const s = describeSlot({ start: booking.start || state.slot.start, end: booking.end || state.slot.end });
    $('#done-when').textContent = tr('%1 at %2', s.date, s.from);
    $('#done-who').textContent = tr('%1 with %2 (%3 – %4), for %5.', state.type.name, state.doctor.name, s.from, s.to,
      `${state.patient.first_name} ${state.patient.last_name}`);
    state.slot = null;
    if (state.calendar) state.calendar.refetchEvents();
    show('done');
  }

  function chooseOtherSlot() {
    state.slot = null;
    state.calendarKey = ''; // ask the API again what is free, from scratch
    show(4);
  }

  function restart() {
    state.slot = null;
    state.type = null;
    state.doctor = null;
    for (const input of $$('input[type="radio"]')) input.checked = false;
    $('#doctor-summary').textContent = '';
    show(1);
  }

  // ---- Wiring -----------------------------------------------------------------

  function init() {
    const handlers = { 1: submitDoctor, 2: submitType, 3: submitIdentity, 4: submitSlot, 5: submitBooking };
    for (const [step, handler] of Object.entries(handlers)) {
      const form = stepElement(Number(step));
      form.addEventListener('submit', (event) => {
        event.preventDefault();
        if (!state.busy) handler();
      });
      for (const back of $$('[data-back]', form)) back.addEventListener('click', () => show(Number(step) - 1));
    }
    $('#choose-other-slot').addEventListener('click', chooseOtherSlot);
    $('#book-again').addEventListener('click', restart);
    for (const field of FIELDS) {
      document.getElementById(field.id).addEventListener('input', () => setFieldError(field.id, ''));
    }
    $('#birth-date').max = isoDate(clinicNowWall());
    for (const link of $$('.languages a')) {
      if (link.dataset.lang === LANG) link.setAttribute('aria-current', 'true');
    }
    show(1);
    loadDoctors();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
  else init();
})();

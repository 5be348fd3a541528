/*
 * thi-dua: what Tasklist 7.24 and its form viewer (form-js 1.8.7) leave in English or leave unsaid, for the
 * officers. Loaded by scripts/config.js (customScripts) as an ES module before Tasklist starts; see
 * docs/webapps.md, section "Tasklist script". It changes only what is shown, never what is submitted:
 *  - form-js's built-in validation messages, "Select", "Nothing to show." … in Vietnamese;
 *  - date fields as ngày/tháng/năm with a Vietnamese calendar, an impossible day or month refused (15/07 is
 *    July, 07/15 is refused, not 3 March of the next year), and the calendar opening in the cycle's year;
 *  - a refused submission shows only the server's Vietnamese message per field (no "Cannot submit task form …");
 *  - after "Hoàn thành", a confirmation of what was sent and what comes next (GET /api/tasks/{id}/notice);
 *  - relative dates ("3 ngày nữa") re-rendered once the Vietnamese locale has loaded;
 *  - a count next to every filter, not only the open one;
 *  - "Tạo nhiệm vụ" and "Khởi tạo quy trình" only for users of the Admin app.
 */

const base = document.querySelector('base');
const APP_ROOT = base.getAttribute('app-root');
const ENGINE = base.getAttribute('engine-api') + 'engine/default';

// ---------------------------------------------------------------- form-js texts

const MESSAGES = [
  [/^Field is required\.$/, (m, field) =>
    field && field.classList.contains('fjs-form-field-checkbox') ? 'Bắt buộc đánh dấu ô này.' : 'Bắt buộc nhập.'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `Không được nhỏ hơn ${decimal(m[1])}.`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `Không được lớn hơn ${decimal(m[1])}.`],
  [/^Field must have minimum length of (\d+)\.$/, (m) => `Tối thiểu ${m[1]} ký tự.`],
  [/^Field must have maximum length of (\d+)\.$/, (m) => `Tối đa ${m[1]} ký tự.`],
  [/^Field must match pattern [\s\S]*\.$/, (m, field) => {
    const hint = field && field.querySelector('.fjs-form-field-description');
    return hint && hint.textContent.trim() ? `Chưa đúng định dạng — ${hint.textContent.trim()}.` : 'Chưa đúng định dạng.';
  }],
  [/^Value is not a number\.$/, () => 'Phải là số.'],
  [/^Value is expected to be an integer\.$/, () => 'Phải là số nguyên.'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, (m) => `Tối đa ${m[1]} chữ số thập phân.`],
  [/^Field must be a valid email\.$/, () => 'Địa chỉ email chưa đúng.'],
  [/^Field must be a valid\s+international phone number[\s\S]*$/, () => 'Số điện thoại chưa đúng (dạng quốc tế, ví dụ +84912345678).'],
  [/^Date and time must both be entered\.$/, () => 'Cần nhập cả ngày và giờ.'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    (m) => `Giá trị không hợp lệ; hai giá trị gần nhất là ${decimal(m[1])} và ${decimal(m[2])}.`]
];

const TEXTS = {
  'Select': 'Chọn…',
  'Nothing to show.': 'Không có dữ liệu.',
  'No results': 'Không có kết quả',
  'All values selected': 'Đã chọn hết'
};

const ATTRIBUTES = [
  [/^Search$/, () => 'Tìm…'],
  [/^Click to sort by ([\s\S]+) descending$/, (m) => `Bấm để sắp xếp theo ${m[1]}, giảm dần`],
  [/^Click to sort by ([\s\S]+) ascending$/, (m) => `Bấm để sắp xếp theo ${m[1]}, tăng dần`],
  [/^Previous page$/, () => 'Trang trước'],
  [/^Next page$/, () => 'Trang sau']
];

function decimal(text) {
  return String(text).replace(/^(-?\d+)\.(\d+)$/, '$1,$2');
}

function translated(rules, text, field) {
  for (const [pattern, vietnamese] of rules) {
    const match = pattern.exec(text);
    if (match) {
      return vietnamese(match, field);
    }
  }
  return null;
}

function translateForm(container) {
  const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.data.trim();
    if (!text) {
      continue;
    }
    const parent = node.parentElement;
    let vietnamese = null;
    if (parent && parent.closest('.fjs-form-field-error')) {
      vietnamese = translated(MESSAGES, text, parent.closest('.fjs-form-field'));
    } else if (Object.prototype.hasOwnProperty.call(TEXTS, text)) {
      vietnamese = TEXTS[text];
    }
    if (vietnamese !== null && vietnamese !== text) {
      node.data = vietnamese;
    }
  }
  for (const element of container.querySelectorAll('[placeholder], [aria-label]')) {
    for (const attribute of ['placeholder', 'aria-label']) {
      const value = element.getAttribute(attribute);
      const vietnamese = value && translated(ATTRIBUTES, value);
      if (vietnamese) {
        element.setAttribute(attribute, vietnamese);
      }
    }
  }
}

// ---------------------------------------------------------------- dates

const CALENDAR = {
  weekdays: {
    shorthand: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'],
    longhand: ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy']
  },
  months: {
    shorthand: ['Th1', 'Th2', 'Th3', 'Th4', 'Th5', 'Th6', 'Th7', 'Th8', 'Th9', 'Th10', 'Th11', 'Th12'],
    longhand: ['Tháng 1', 'Tháng 2', 'Tháng 3', 'Tháng 4', 'Tháng 5', 'Tháng 6', 'Tháng 7', 'Tháng 8', 'Tháng 9',
      'Tháng 10', 'Tháng 11', 'Tháng 12']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' đến ',
  weekAbbreviation: 'Tuần',
  scrollTitle: 'Cuộn để tăng',
  toggleTitle: 'Bấm để chuyển',
  yearAriaLabel: 'Năm',
  monthAriaLabel: 'Tháng',
  hourAriaLabel: 'Giờ',
  minuteAriaLabel: 'Phút',
  time_24hr: true
};

const DAY_MONTH_YEAR = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/;

/** The day typed as ngày/tháng/năm, or the reason it is not a day of the calendar. */
function parseDay(text) {
  const match = DAY_MONTH_YEAR.exec(text);
  if (!match) {
    return { error: `"${text.trim()}" không phải là ngày — nhập theo ngày/tháng/năm, ví dụ 15/07/2024.` };
  }
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12) {
    return { error: `"${text.trim()}": không có tháng ${month} — nhập theo ngày/tháng/năm, ví dụ 15/07/2024.` };
  }
  const date = new Date(year, month - 1, day);
  if (day < 1 || date.getMonth() !== month - 1) {
    return { error: `"${text.trim()}": tháng ${month}/${year} không có ngày ${day}.` };
  }
  return { date };
}

/** The refused dates' messages, by the date input's id; drawn again whenever form-js redraws the field. */
const dateErrors = new Map();

function showDateError(input, message) {
  if (message) {
    dateErrors.set(input.id, message);
  } else {
    dateErrors.delete(input.id);
  }
  drawDateErrors();
}

function drawDateErrors() {
  for (const box of document.querySelectorAll('.thidua-date-error')) {
    if (!dateErrors.has(box.dataset.input) || !document.getElementById(box.dataset.input)) {
      box.remove();
    }
  }
  for (const [id, message] of dateErrors) {
    const input = document.getElementById(id);
    const field = input && input.closest('.fjs-form-field');
    if (!field) {
      continue;
    }
    let box = field.querySelector(':scope > .thidua-date-error');
    if (!box) {
      box = document.createElement('div');
      box.className = 'fjs-form-field-error thidua-date-error';
      box.setAttribute('aria-live', 'polite');
      box.dataset.input = id;
      field.appendChild(box);
    }
    if (box.textContent !== message) {
      box.textContent = message;
    }
  }
}

/** Per task: the date a calendar without a date opens at (the cycle's year), fetched when a date field appears. */
const calendarStart = new Map();

function currentTaskId() {
  const match = /[?&]task=([^&]+)/.exec(window.location.hash);
  return match ? decodeURIComponent(match[1]) : null;
}

async function json(url) {
  const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(url + ': ' + response.status);
  }
  return response.json();
}

function loadCalendarStart(taskId) {
  if (!taskId || calendarStart.has(taskId)) {
    return;
  }
  calendarStart.set(taskId, null);
  Promise.all([json(`${ENGINE}/task/${taskId}`),
    json(`${ENGINE}/task/${taskId}/form-variables?variableNames=year&deserializeValues=false`)])
    .then(([task, variables]) => {
      const year = variables.year && Number(variables.year.value);
      const today = new Date();
      if (!year || year === today.getFullYear()) {
        return;
      }
      const due = task.due ? new Date(task.due) : null;
      calendarStart.set(taskId, due && due.getFullYear() === year ? due
        : new Date(year, year < today.getFullYear() ? 11 : 0, 1));
    })
    .catch(() => { /* the calendar opens at today's month, as form-js does */ });
}

function setUpDateInput(input) {
  const picker = input._flatpickr;
  if (!picker) {
    return false;
  }
  if (!input.dataset.thidua) {
    input.dataset.thidua = 'date';
    picker.config.parseDate = (text) => {
      const parsed = parseDay(text);
      showDateError(input, parsed.error);
      return parsed.date;
    };
    picker.set('locale', CALENDAR);
    picker.set('dateFormat', 'd/m/Y');
    input.setAttribute('placeholder', 'ngày/tháng/năm');
    // typing again clears the message (the calendar's own "input" after it refused the day does not)
    input.addEventListener('input', (event) => event.isTrusted && showDateError(input, null));
    input.addEventListener('change', () => input.value && showDateError(input, null));
  }
  return true;
}

function setUpDates(container) {
  const inputs = [...container.querySelectorAll('.fjs-form-field-datetime input[id$="-date"]')];
  if (inputs.length) {
    loadCalendarStart(currentTaskId());
  }
  for (const input of inputs) {
    if (!setUpDateInput(input)) {
      // form-js creates the calendar in an effect after the input is shown
      setTimeout(() => setUpDateInput(input), 50);
    }
  }
}

// Before form-js opens the calendar (its own focus handler runs after this capturing one).
document.addEventListener('focus', (event) => {
  const input = event.target;
  if (!(input instanceof HTMLInputElement) || !input.closest('.fjs-form-field-datetime') || !setUpDateInput(input)) {
    return;
  }
  const start = calendarStart.get(currentTaskId());
  if (start && input._flatpickr.selectedDates.length === 0) {
    input._flatpickr.jumpToDate(start);
  }
}, true);

// ---------------------------------------------------------------- watching the forms

let scheduled = false;
new MutationObserver((mutations) => {
  if (scheduled || !mutations.some((m) => inForm(m.target) || [...m.addedNodes].some(containsForm))) {
    return;
  }
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    for (const container of document.querySelectorAll('.fjs-container')) {
      translateForm(container);
      setUpDates(container);
    }
    drawDateErrors();
  });
}).observe(document.documentElement, {
  subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['placeholder', 'aria-label']
});

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return !!(element && element.closest('.fjs-container'));
}

function containsForm(node) {
  return node.nodeType === Node.ELEMENT_NODE && (node.matches('.fjs-container') || !!node.querySelector('.fjs-container'));
}

// ---------------------------------------------------------------- submissions

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => ({
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'
}[c]));

/**
 * "Cannot submit task form <id>: Dữ liệu chưa hợp lệ: target1 — Chỉ tiêu …; target2 — …" (the engine's REST
 * wrapping of the server's validation) becomes the list of the Vietnamese messages, one per field.
 */
function refusal(message) {
  const match = /^Cannot (?:submit task form|complete task|submit form)[^:]*: ([\s\S]*)$/.exec(message || '');
  if (!match) {
    return null;
  }
  const body = match[1].replace(/^Dữ liệu chưa hợp lệ:\s*/, '');
  const items = body.split(/;\s+(?=[A-Za-z][A-Za-z0-9_]* — )/).map((item) => item.replace(/^[A-Za-z][A-Za-z0-9_]* — /, ''));
  return items.length === 1 ? escapeHtml(items[0])
    : '<ul class="thidua-refusal">' + items.map((item) => `<li>${escapeHtml(item)}</li>`).join('') + '</ul>';
}

/** What the server says the user has just done and what comes next, fetched when the task is opened. */
const notices = new Map();

function loadNotice(taskId) {
  if (!taskId || notices.has(taskId)) {
    return;
  }
  notices.set(taskId, null);
  json(`${APP_ROOT.replace(/\/camunda$/, '')}/api/tasks/${encodeURIComponent(taskId)}/notice`)
    .then((notice) => notices.set(taskId, notice))
    .catch(() => notices.delete(taskId));
}

function whenSubmitted(url, status) {
  const match = /\/task\/([^/?]+)\/submit-form(?:\?|$)/.exec(url);
  if (!match || status < 200 || status >= 300) {
    return;
  }
  const notice = notices.get(decodeURIComponent(match[1]));
  withTasklist((injector) => injector.get('Notifications').addMessage({
    type: 'success',
    status: 'Đã gửi',
    message: notice ? `${escapeHtml(notice.done)}<br>${escapeHtml(notice.next)}` : 'Nhiệm vụ đã hoàn thành.',
    unsafe: true,
    exclusive: true
  }));
}

const open = XMLHttpRequest.prototype.open;
XMLHttpRequest.prototype.open = function (method, url) {
  this.thiduaRequest = { method: String(method).toUpperCase(), url: String(url) };
  return open.apply(this, arguments);
};
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function () {
  const request = this.thiduaRequest;
  if (request && request.method === 'POST' && request.url.includes('/submit-form')) {
    this.addEventListener('loadend', () => whenSubmitted(request.url, this.status));
  }
  return send.apply(this, arguments);
};

// ---------------------------------------------------------------- Tasklist (AngularJS) services

function withTasklist(use) {
  const injector = window.angular && window.angular.element(document.body).injector();
  if (injector) {
    use(injector);
  } else {
    setTimeout(() => withTasklist(use), 50);
  }
}

withTasklist((injector) => {
  const notifications = injector.get('Notifications');
  const addError = notifications.addError;
  notifications.addError = function (notification) {
    const message = notification && refusal(notification.message);
    if (message) {
      notification.message = message;
      notification.unsafe = true;
      notification.status = escapeHtml(notification.status || '');
    }
    return addError.call(this, notification);
  };

  const $rootScope = injector.get('$rootScope');
  const $translate = injector.get('$translate');
  // am-time-ago renders once with the locale of the moment; Tasklist defines the Vietnamese one when vi.json
  // has loaded, which may be after the list was drawn ("in 15 days"): draw the relative dates again then.
  if (injector.has('amMoment')) {
    const relocalize = () => $translate.use() && injector.get('amMoment').changeLocale($translate.use());
    $rootScope.$on('$translateChangeSuccess', relocalize);
    relocalize();
  }

  // Tasklist counts the tasks of the open filter only: count the others too (every 10 s, as Tasklist refreshes),
  // once Tasklist's own requests are answered, so that the counts never delay the list an officer waits for.
  const $http = injector.get('$http');
  const countFilters = () => {
    if ($http.pendingRequests.length) {
      setTimeout(countFilters, 100);
      return;
    }
    for (const element of document.querySelectorAll('.task-filter:not(.active)')) {
      const scope = window.angular.element(element).scope();
      const link = element.querySelector('h4 a');
      if (!scope || !scope.filter || !link) {
        continue;
      }
      json(`${ENGINE}/filter/${scope.filter.id}/count`).then((result) => {
        let count = link.querySelector('.thidua-count');
        if (!count) {
          count = document.createElement('span');
          count.className = 'counter thidua-count';
          link.appendChild(count);
        }
        count.textContent = String(result.count);
      }).catch(() => { /* the open filter keeps Tasklist's own count */ });
    }
  };
  $rootScope.$on('refresh', countFilters);
  $rootScope.$on('$locationChangeSuccess', () => setTimeout(countFilters, 300));

  const taskOpened = () => loadNotice(currentTaskId());
  $rootScope.$on('$locationChangeSuccess', taskOpened);
  taskOpened();

  const showActions = (authentication) => document.body.classList.toggle('thidua-may-create',
    !!(authentication && (authentication.authorizedApps || []).includes('admin')));
  $rootScope.$watch('authentication', showActions);
});

export default [];

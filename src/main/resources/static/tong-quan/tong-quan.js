/*
 * Tổng quan thi đua: the overview page over /api/overview (docs/api.md). Signs in through the webapps' session:
 * a visitor without one is sent to the Tasklist login and brought back here by Tasklist's
 * scripts/tong-quan-link.js. Every text comes from the server as data and is put in the page as text, never as HTML.
 */
(function () {
  'use strict';

  var RETURN_KEY = 'thidua.returnTo';
  var LOGIN = '/camunda/app/tasklist/default/#/login';
  var view = document.getElementById('view');
  var landing = null;
  var charts = [];

  // ---- small helpers ----

  function h(tag, attributes) {
    var element = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value == null || value === undefined || value === false) {
        return;
      }
      if (name === 'text') {
        element.textContent = value;
      } else if (name.indexOf('on') === 0) {
        element.addEventListener(name.substring(2), value);
      } else {
        element.setAttribute(name, value === true ? '' : value);
      }
    });
    for (var i = 2; i < arguments.length; i++) {
      append(element, arguments[i]);
    }
    return element;
  }

  function append(element, child) {
    if (child == null || child === undefined || child === false) {
      return;
    }
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(element, c); });
    } else if (typeof child === 'string' || typeof child === 'number') {
      element.appendChild(document.createTextNode(String(child)));
    } else {
      element.appendChild(child);
    }
  }

  var numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

  function number(value) {
    return value == null || value === undefined ? '—' : numberFormat.format(value);
  }

  /** "2024-03-31" → "31/03/2024" */
  function day(iso) {
    if (!iso) {
      return '—';
    }
    var parts = String(iso).substring(0, 10).split('-');
    return parts[2] + '/' + parts[1] + '/' + parts[0];
  }

  function unitName(unit) {
    if (!unit) {
      return '—';
    }
    return unit.nowPartOf ? unit.name + ' (nay thuộc ' + unit.nowPartOf + ')' : unit.name;
  }

  function table(columns, rows, className) {
    return h('table', { 'class': className },
      h('thead', {}, h('tr', {}, columns.map(function (c) {
        return typeof c === 'string' ? h('th', { text: c }) : h('th', { 'class': c.className, text: c.text });
      }))),
      h('tbody', {}, rows));
  }

  function cell(content, className) {
    return h('td', { 'class': className }, content);
  }

  function badge(text, className) {
    return h('span', { 'class': 'badge ' + (className || '') , text: text });
  }

  /** Replaces the page's content with the given nodes (lists of nodes are flattened). */
  function show() {
    view.replaceChildren();
    append(view, Array.prototype.slice.call(arguments));
  }

  function showError(message) {
    show(h('p', { 'class': 'error', role: 'alert', text: message }));
  }

  function toLogin() {
    sessionStorage.setItem(RETURN_KEY, location.pathname + location.hash);
    location.assign(LOGIN);
  }

  /** GETs JSON from /api with the webapps' session; 401 leads to the login, other errors to a Vietnamese message. */
  function get(path) {
    return fetch(path, { credentials: 'same-origin', headers: { Accept: 'application/json' } }).then(function (response) {
      if (response.status === 401) {
        toLogin();
        return new Promise(function () { /* leaving the page */ });
      }
      return response.json().catch(function () { return {}; }).then(function (body) {
        if (!response.ok) {
          var error = new Error(body.message || ('Lỗi ' + response.status));
          error.status = response.status;
          throw error;
        }
        return body;
      });
    });
  }

  function clearCharts() {
    charts.forEach(function (chart) { chart.destroy(); });
    charts = [];
  }

  function chart(caption, id, config) {
    var canvas = h('canvas', { id: id, role: 'img', 'aria-label': caption });
    var figure = h('figure', { 'class': 'chart' }, h('figcaption', { text: caption }), h('div', { 'class': 'canvas-box' }, canvas));
    setTimeout(function () {
      if (window.Chart && document.body.contains(canvas)) {
        config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options || {});
        charts.push(new window.Chart(canvas, config));
      }
    }, 0);
    return figure;
  }

  function setActiveNav(id) {
    ['nav-year', 'nav-years'].forEach(function (n) {
      document.getElementById(n).classList.toggle('active', n === id);
    });
  }

  // ---- the year: every cluster ----

  function yearView(year, onlyLate) {
    setActiveNav('nav-year');
    return get('/api/overview/years/' + year + (onlyLate ? '?onlyLate=true' : '')).then(function (data) {
      return get('/api/overview/awards?year=' + year).then(function (awards) {
        var yearSelect = h('select', {
          id: 'year', 'aria-label': 'Năm',
          onchange: function (e) { location.hash = '#/nam/' + e.target.value + (onlyLate ? '/tre-han' : ''); }
        }, landing.years.map(function (y) {
          return h('option', { value: y, selected: y === year, text: String(y) });
        }));
        var lateFilter = h('input', {
          type: 'checkbox', id: 'only-late', checked: onlyLate,
          onchange: function (e) { location.hash = '#/nam/' + year + (e.target.checked ? '/tre-han' : ''); }
        });
        var rows = data.clusters.map(clusterRow);
        show(
          h('h2', { text: 'Các cụm thi đua năm ' + year }),
          h('div', { 'class': 'toolbar' },
            h('label', {}, 'Năm ', yearSelect),
            h('label', {}, lateFilter, 'Chỉ các cụm có đơn vị trễ hạn'),
            data.summaryPdf ? h('a', { 'class': 'button', id: 'summary-pdf', href: data.summaryPdf, text: 'Báo cáo tổng hợp (PDF)' }) : null,
            data.summaryXlsx ? h('a', { 'class': 'button', id: 'summary-xlsx', href: data.summaryXlsx, text: 'Số liệu toàn quốc (XLSX)' }) : null),
          rows.length ? table(['Cụm', 'Giai đoạn hiện tại', 'Hạn', { text: 'Đã nộp', className: 'number' },
            'Trễ hạn', { text: 'Đóng, không nộp', className: 'number' }, 'Cụm trưởng', 'Cụm phó', ''], rows, 'clusters')
            : h('p', { 'class': 'muted', id: 'no-clusters', text: onlyLate ? 'Không có cụm nào có đơn vị trễ hạn.' : 'Không có cụm nào bạn được xem trong năm này.' }),
          h('div', { 'class': 'grid' },
            completionChart(data.clusters.filter(function (c) { return c.businessKey; })),
            scoreChart(data.clusters.filter(function (c) { return c.scores.length; }))),
          h('h3', { text: 'Khen thưởng năm ' + year }),
          awardsTable(awards, false));
      });
    });
  }

  function clusterRow(c) {
    var late = c.late == null ? '—' : [h('span', { text: String(c.late) }),
      c.lateUnits.length ? h('div', { 'class': 'late-units', text: c.lateUnits.map(unitName).join(', ') }) : null];
    return h('tr', { 'class': c.somethingLate ? 'late' : null, 'data-cluster': c.cluster },
      cell(c.clusterName),
      cell(c.phaseLabel),
      cell(day(c.due)),
      cell(c.submitted == null ? '—' : c.submitted + '/' + c.members, 'number'),
      cell(late),
      cell(c.closedWithoutSubmission == null ? '—' : String(c.closedWithoutSubmission), 'number'),
      cell(unitName(c.head)),
      cell(unitName(c.deputy)),
      cell(c.businessKey ? h('a', { href: '#/chu-ky/' + c.businessKey, text: 'Xem chu kỳ' }) : ''));
  }

  function completionChart(clusters) {
    return chart('Tỷ lệ đơn vị đã nộp trong giai đoạn hiện tại (%)', 'chart-completion', {
      type: 'bar',
      data: {
        labels: clusters.map(function (c) { return 'Cụm ' + c.cluster; }),
        datasets: [{ label: 'Đã nộp (%)', data: clusters.map(function (c) { return c.settledPercent; }),
          backgroundColor: clusters.map(function (c) { return c.somethingLate ? '#d9534f' : '#1f5aa6'; }) }]
      },
      options: {
        scales: { y: { min: 0, max: 100 } },
        plugins: { legend: { display: false },
          tooltip: { callbacks: { afterLabel: function (item) { return clusters[item.dataIndex].phaseLabel; } } } }
      }
    });
  }

  function scoreChart(clusters) {
    var points = [];
    clusters.forEach(function (c) {
      c.scores.forEach(function (s) { points.push({ x: c.cluster, y: Number(s) }); });
    });
    if (!points.length) {
      return h('figure', { 'class': 'chart' }, h('figcaption', { text: 'Phân bố điểm tổng kết theo cụm' }),
        h('p', { 'class': 'muted', text: 'Chưa có cụm nào chấm điểm tổng kết trong năm này.' }));
    }
    return chart('Phân bố điểm tổng kết theo cụm', 'chart-scores', {
      type: 'scatter',
      data: { datasets: [{ label: 'Điểm của một đơn vị', data: points, backgroundColor: '#1f5aa6', pointRadius: 5 }] },
      options: {
        scales: { x: { min: 0.5, max: 9.5, ticks: { stepSize: 1, callback: function (v) { return Number.isInteger(v) ? 'Cụm ' + v : ''; } } } },
        plugins: { legend: { display: false },
          tooltip: { callbacks: { label: function (item) { return 'Cụm ' + item.raw.x + ': ' + number(item.raw.y) + ' điểm'; } } } }
      }
    });
  }

  function awardsTable(awards, withYear) {
    if (!awards.length) {
      return h('p', { 'class': 'muted', text: 'Chưa có quyết định khen thưởng.' });
    }
    var columns = (withYear ? ['Năm'] : []).concat(['Cụm', 'Đơn vị', 'Danh hiệu', 'Quyết định', 'Tình trạng']);
    return table(columns, awards.map(function (a) {
      return h('tr', { 'class': a.revoked ? 'revoked-row' : null },
        withYear ? cell(String(a.year)) : null,
        cell('Cụm ' + a.cluster),
        cell(unitName(a.unit)),
        cell(a.titleName),
        cell(a.decisionNumber + ' ngày ' + day(a.decisionDate)),
        cell(a.revoked ? [badge('Đã thu hồi', 'revoked'), ' ' + (a.revocationReason || '')] : 'Còn hiệu lực', 'status'));
    }), 'awards');
  }

  // ---- one cycle ----

  function cycleView(key) {
    setActiveNav(null);
    return get('/api/overview/cycles/' + encodeURIComponent(key)).then(function (c) {
      var phases = c.timeline.filter(function (s) { return s.phase !== 'COUNCIL'; });
      show(
        h('p', { 'class': 'no-print' }, h('a', { href: '#/nam/' + c.year, text: '← Các cụm năm ' + c.year })),
        h('h2', { text: c.clusterName + ' — năm ' + c.year }),
        h('ul', { 'class': 'facts' },
          h('li', {}, 'Giai đoạn: ', h('strong', { id: 'cycle-phase', text: c.phaseLabel })),
          h('li', { text: 'Cụm trưởng: ' + unitName(c.head) }),
          h('li', { text: 'Cụm phó: ' + unitName(c.deputy) }),
          h('li', { text: 'Mở ngày ' + day(c.openedOn) + (c.closedOn ? ', kết thúc ngày ' + day(c.closedOn) : '') })),
        h('h3', { text: 'Các giai đoạn' }),
        h('ol', { 'class': 'timeline' }, c.timeline.map(function (s) {
          return h('li', { 'class': s.state },
            h('span', { 'class': 'label', text: s.label }),
            h('span', { 'class': 'state', text: { DONE: 'Đã xong', CURRENT: 'Đang diễn ra', UPCOMING: 'Chưa đến' }[s.state] }),
            h('div', { text: 'Hạn: ' + day(s.due) }),
            s.submitted == null ? null : h('div', { text: 'Đã nộp ' + s.submitted + '/' + c.units.length + (s.late ? ', trễ hạn ' + s.late : '') }));
        })),
        h('h3', { text: 'Tình hình của từng đơn vị' }),
        table(['Đơn vị', 'Vai trò'].concat(phases.map(function (s) { return s.label; })), c.units.map(function (u) {
          return h('tr', { 'data-unit': u.unit.code },
            cell(h('a', { href: '#/don-vi/' + u.unit.code, text: unitName(u.unit) })),
            cell(u.role || ''),
            phases.map(function (s) {
              var p = u.phases[s.phase];
              return cell(p ? [badge(p.label, p.standing), p.submittedOn ? h('div', { 'class': 'muted', text: 'ngày ' + day(p.submittedOn) }) : null] : '—');
            }));
        }), 'units'),
        rankingSection(c),
        voteSection(c),
        councilSection(c),
        documentsSection(c));
    });
  }

  function rankingSection(c) {
    return [h('h3', { text: 'Điểm và xếp hạng' }), c.ranking.length
      ? table([{ text: 'Hạng', className: 'number' }, 'Đơn vị', { text: 'Điểm', className: 'number' }, { text: 'Tỷ lệ hoàn thành chỉ tiêu', className: 'number' }],
        c.ranking.map(function (r) {
          return h('tr', {}, cell(String(r.rank), 'number'), cell(unitName(r.unit)), cell(number(r.score), 'number'),
            cell(number(r.reachedPercent) + ' %', 'number'));
        }), 'ranking')
      : h('p', { 'class': 'muted', text: 'Chưa chấm điểm tổng kết.' })];
  }

  function voteSection(c) {
    var v = c.vote;
    var parts = [h('h3', { text: 'Bình xét, suy tôn' })];
    if (!v.rounds.length && !v.outcomes.length) {
      parts.push(h('p', { 'class': 'muted', text: 'Chưa bỏ phiếu.' }));
      return parts;
    }
    parts.push(h('p', { 'class': 'muted', text: 'Bỏ phiếu kín: chỉ hiển thị đơn vị nào đã bỏ phiếu, không bao giờ hiển thị phiếu bầu.' }));
    v.rounds.forEach(function (r) {
      parts.push(h('p', { 'class': 'turnout', text: (r.runoffTitle ? 'Vòng ' + r.number + ' (bầu lại, ' + r.runoffTitle + ')' : 'Vòng ' + r.number)
        + ': ' + r.voted.length + '/' + r.members + ' đơn vị đã bỏ phiếu' + (r.voted.length ? ' — ' + r.voted.map(unitName).join(', ') : '') }));
    });
    if (v.outcomes.length) {
      parts.push(table(['Đơn vị', 'Danh hiệu', 'Kết quả', 'Đề nghị', 'Lý do'], v.outcomes.map(function (o) {
        return h('tr', {}, cell(unitName(o.unit)), cell(o.title), cell(o.threshold), cell(o.proposed ? 'Đề nghị' : 'Không'), cell(o.reason));
      }), 'outcomes'));
    }
    if (v.election) {
      var e = v.election;
      parts.push(h('p', { id: 'election', text: 'Bầu cụm trưởng, cụm phó năm sau: cụm trưởng ' + unitName(e.head)
        + (e.head ? ' (' + e.headVotes + '/' + c.units.length + ' phiếu)' : '') + ', cụm phó ' + unitName(e.deputy)
        + (e.deputy ? ' (' + e.deputyVotes + '/' + c.units.length + ' phiếu)' : '') + '.' }));
    }
    return parts;
  }

  function councilSection(c) {
    var k = c.council;
    var parts = [h('h3', { text: 'Hội đồng Thi đua – Khen thưởng' })];
    if (!k.approvals.length && !k.decision) {
      parts.push(h('p', { 'class': 'muted', text: 'Hội đồng chưa biểu quyết.' }));
      return parts;
    }
    parts.push(h('p', { text: k.voters.length + ' thành viên Hội đồng đã biểu quyết.' }));
    parts.push(table(['Đơn vị', 'Danh hiệu', { text: 'Tán thành', className: 'number' }, 'Kết quả', 'Giải thích'], k.approvals.map(function (a) {
      return h('tr', {}, cell(unitName(a.unit)), cell(a.title), cell(a.approvals + '/' + a.base, 'number'),
        cell(a.approved ? 'Thông qua' : 'Không thông qua'), cell(a.explanation));
    }), 'council'));
    if (k.decision) {
      parts.push(h('p', { id: 'decision', text: 'Quyết định khen thưởng số ' + k.decision.number + ' ngày ' + day(k.decision.date) }));
    }
    k.awards.forEach(function (a) {
      parts.push(h('p', {}, unitName(a.unit) + ': ' + a.title + ' ', a.revoked ? badge('Đã thu hồi: ' + (a.revocationReason || ''), 'revoked') : null));
    });
    return parts;
  }

  function documentsSection(c) {
    return [h('h3', { text: 'Văn bản và số liệu' }),
      h('ul', { 'class': 'documents' },
        c.documents.map(function (d) {
          return h('li', {}, h('a', { href: d.href, 'data-kind': d.kind, 'data-format': d.format,
            text: d.name + ' (phiên bản ' + d.version + ', ' + d.format.toUpperCase() + ')' }));
        }),
        h('li', {}, h('a', { href: c.exportHref, id: 'cycle-xlsx', text: 'Số liệu của chu kỳ (XLSX)' })))];
  }

  // ---- across years ----

  function unitPicker(selected) {
    return get('/api/overview/units').then(function (units) {
      return h('label', {}, 'Lịch sử của đơn vị ', h('select', {
        id: 'unit', onchange: function (e) { if (e.target.value) { location.hash = '#/don-vi/' + e.target.value; } }
      }, h('option', { value: '', text: '— chọn đơn vị —' }), units.map(function (u) {
        return h('option', { value: u.code, selected: u.code === selected, text: unitName(u) });
      })));
    });
  }

  function yearsView() {
    setActiveNav('nav-years');
    return Promise.all([unitPicker(null), get('/api/overview/awards')]).then(function (results) {
      var awards = results[1];
      var years = Array.from(new Set(awards.map(function (a) { return a.year; }))).sort();
      function count(year, title, revoked) {
        return awards.filter(function (a) { return a.year === year && (revoked ? a.revoked : !a.revoked && a.title === title); }).length;
      }
      show(
        h('h2', { text: 'Qua các năm' }),
        h('div', { 'class': 'toolbar' }, results[0]),
        chart('Khen thưởng theo năm', 'chart-awards', {
          type: 'bar',
          data: {
            labels: years.map(String),
            datasets: [
              { label: 'Cờ thi đua', data: years.map(function (y) { return count(y, 'FLAG', false); }), backgroundColor: '#d9534f' },
              { label: 'Bằng khen', data: years.map(function (y) { return count(y, 'MERIT', false); }), backgroundColor: '#1f5aa6' },
              { label: 'Đã thu hồi', data: years.map(function (y) { return count(y, null, true); }), backgroundColor: '#999' }]
          },
          options: { scales: { x: { stacked: true }, y: { stacked: true, ticks: { precision: 0 } } } }
        }),
        h('h3', { text: 'Khen thưởng của các cụm qua các năm' }),
        awardsTable(awards.slice().sort(function (a, b) { return b.year - a.year || a.cluster - b.cluster; }), true));
    });
  }

  function unitView(code) {
    setActiveNav('nav-years');
    return Promise.all([unitPicker(code), get('/api/overview/units/' + encodeURIComponent(code))]).then(function (results) {
      var u = results[1];
      show(
        h('div', { 'class': 'toolbar' }, results[0]),
        h('h2', { text: 'Lịch sử thi đua của ' + unitName(u.unit) }),
        u.predecessors.length ? h('p', { id: 'predecessors', text: 'Gồm cả các năm trước hợp nhất của: ' + u.predecessors.map(function (p) { return p.name; }).join(', ') + '.' }) : null,
        u.years.length ? table(['Năm', 'Cụm', 'Đơn vị (tên khi đó)', 'Vai trò', { text: 'Điểm', className: 'number' },
          { text: 'Hạng', className: 'number' }, 'Cụm đề nghị', 'Được khen thưởng'], u.years.map(function (y) {
          return h('tr', {},
            cell(y.businessKey ? h('a', { href: '#/chu-ky/' + y.businessKey, text: String(y.year) }) : String(y.year)),
            cell(y.clusterName),
            cell(y.asUnit.name),
            cell(y.role || ''),
            cell(number(y.score), 'number'),
            cell(y.rank ? y.rank + (y.members ? '/' + y.members : '') : '—', 'number'),
            cell(y.proposed.join(', ')),
            cell(y.awarded.map(function (t) {
              return h('div', {}, t.title + ' (' + t.decisionNumber + ')', t.revoked ? [' ', badge('Đã thu hồi', 'revoked')] : null);
            })));
        }), 'history') : h('p', { 'class': 'muted', text: 'Chưa có năm thi đua nào của đơn vị này.' }));
    });
  }

  // ---- routing ----

  function route() {
    clearCharts();
    var parts = location.hash.replace(/^#\/?/, '').split('/');
    var shown;
    if (parts[0] === 'chu-ky' && parts[1]) {
      shown = cycleView(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'don-vi' && parts[1]) {
      shown = unitView(decodeURIComponent(parts[1]));
    } else if (parts[0] === 'qua-cac-nam') {
      shown = yearsView();
    } else {
      var year = parts[0] === 'nam' && /^\d{4}$/.test(parts[1]) ? Number(parts[1]) : landing.currentYear;
      shown = yearView(year, parts[2] === 'tre-han');
    }
    shown.catch(function (error) {
      showError(error.status === 403 ? 'Bạn không có quyền xem mục này. ' + error.message
        : error.status === 404 ? 'Không tìm thấy: ' + error.message : 'Không tải được dữ liệu: ' + error.message);
    });
  }

  /** Asks the webapps who is signed in (404 when nobody is) before asking /api, so no browser shows a password box. */
  function start() {
    fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          toLogin();
          return null;
        }
        return get('/api/overview');
      })
      .then(function (data) {
        if (!data) {
          return;
        }
        landing = data;
        document.getElementById('user').textContent = 'Đăng nhập: ' + data.user;
        window.addEventListener('hashchange', route);
        route();
      })
      .catch(function (error) { showError('Không tải được trang tổng quan: ' + error.message); });
  }

  start();
}());

/*
 * SPDX-License-Identifier: MPL-2.0
 *
 * This Source Code Form is subject to the terms of the Mozilla Public
 * License, v. 2.0. If a copy of the MPL was not distributed with this
 * file, You can obtain one at https://mozilla.org/MPL/2.0/.
 */
/*
 * The rule catalogue's "try it": sends an example's facts to POST /areas/{area}/evaluate and
 * shows the answer. No dependencies; everything it writes goes through textContent.
 */
(function () {
  'use strict';

  var labels = document.body.dataset;

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) {
      e.textContent = String(text);
    }
    if (cls) {
      e.className = cls;
    }
    return e;
  }

  function list(values) {
    return String(values || '')
      .split(',')
      .map(function (v) { return v.trim(); })
      .filter(function (v) { return v.length > 0; });
  }

  function ruleLink(id) {
    var a = el('a', id, 'id');
    a.href = labels.rules + encodeURIComponent(id) + '?lang=' + document.documentElement.lang;
    return a;
  }

  function pair(dl, term, value) {
    dl.appendChild(el('dt', term));
    var dd = el('dd');
    if (value instanceof Node) {
      dd.appendChild(value);
    } else {
      dd.textContent = value;
    }
    dl.appendChild(dd);
  }

  function showAnswer(out, answer, form) {
    var box = el('div', null, 'box');
    box.appendChild(el('h4', labels.lAnswer));
    var dl = el('dl', null, 'facts');
    pair(dl, labels.lOutcome, el('span', answer.outcome, 'outcome outcome-' + answer.outcome));
    var decision = answer.decision || {};
    var d = el('span', decision.kind || '');
    if (decision.decidedBy) {
      d.appendChild(document.createTextNode(' — ' + labels.lDecidedBy + ' '));
      d.appendChild(ruleLink(decision.decidedBy));
    }
    pair(dl, labels.lDecision, d);
    if (decision.reasonText) {
      pair(dl, '', decision.reasonText);
    }
    box.appendChild(dl);

    var expectOutcome = form.dataset.expectOutcome;
    var expectDecision = form.dataset.expectDecision;
    if (expectOutcome || expectDecision) {
      var same = (!expectOutcome || expectOutcome === answer.outcome) &&
        (!expectDecision || expectDecision === decision.kind);
      box.appendChild(el('p', same ? labels.lAsExpected : labels.lNotAsExpected,
        'expected ' + (same ? 'ok' : 'bad')));
    }

    var results = answer.results || [];
    box.appendChild(el('h4', labels.lViolations));
    var violations = el('ul', null, 'violations');
    results.forEach(function (r) {
      (r.violations || []).forEach(function (v) {
        var li = el('li', null, 'violation');
        li.dataset.rule = v.ruleId;
        li.appendChild(ruleLink(v.ruleId));
        li.appendChild(document.createTextNode(' (' + v.severity + (v.path ? ', ' + v.path : '') + '): '));
        li.appendChild(el('span', v.text));
        violations.appendChild(li);
      });
    });
    box.appendChild(violations.children.length ? violations : el('p', labels.lNoViolations));

    box.appendChild(el('h4', labels.lDerived));
    var derived = el('ul', null, 'derived');
    results.forEach(function (r) {
      (r.derivedValues || []).forEach(function (v) {
        var li = el('li');
        li.appendChild(el('code', v.path));
        var value = v.value === undefined ? '' : JSON.stringify(v.value);
        li.appendChild(document.createTextNode(' = ' + value));
        if (v.previous !== undefined) {
          li.appendChild(document.createTextNode(' (' + labels.lPrevious + ' ' + JSON.stringify(v.previous) + ')'));
        }
        if (v.reasonText) {
          li.appendChild(document.createTextNode(' — ' + v.reasonText));
        }
        derived.appendChild(li);
      });
    });
    box.appendChild(derived.children.length ? derived : el('p', labels.lNoDerived));

    box.appendChild(el('h4', labels.lResults));
    var table = el('ul', null, 'results');
    results.forEach(function (r) {
      var li = el('li');
      li.appendChild(ruleLink(r.ruleId));
      li.appendChild(document.createTextNode(': '));
      li.appendChild(el('span', r.outcome, 'outcome-' + r.outcome));
      if (r.explanationText) {
        li.appendChild(document.createTextNode(' — ' + r.explanationText));
      }
      table.appendChild(li);
    });
    box.appendChild(table);
    out.appendChild(box);
  }

  function showProblem(out, problem, status) {
    var box = el('div', null, 'box problem');
    box.setAttribute('role', 'alert');
    box.appendChild(el('h4', labels.lError + ' (' + status + ')'));
    box.appendChild(el('p', problem.title || '', 'bad'));
    if (problem.detail) {
      box.appendChild(el('p', problem.detail));
    }
    var dl = el('dl', null, 'facts');
    if (problem.field) {
      pair(dl, labels.lField, problem.field);
    }
    if (problem.line) {
      pair(dl, labels.lLine, problem.line);
    }
    if (problem.column) {
      pair(dl, labels.lColumn, problem.column);
    }
    if (dl.children.length) {
      box.appendChild(dl);
    }
    out.appendChild(box);
  }

  function evaluate(form) {
    var out = form.querySelector('.answer');
    out.textContent = '';
    out.appendChild(el('p', labels.lRunning, 'muted'));
    var query = ['at=' + encodeURIComponent(form.elements.at.value),
      'lang=' + encodeURIComponent(document.documentElement.lang)];
    list(form.elements.enable && form.elements.enable.value).forEach(function (e) {
      query.push('enable=' + encodeURIComponent(e));
    });
    list(form.elements.switchOff && form.elements.switchOff.value).forEach(function (s) {
      query.push('switchOff=' + encodeURIComponent(s));
    });
    var url = labels.api + encodeURIComponent(form.dataset.area) + '/evaluate?' + query.join('&');
    fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: form.elements.facts.value
    }).then(function (response) {
      return response.text().then(function (text) {
        var body;
        try {
          body = JSON.parse(text);
        } catch (e) {
          body = { title: String(response.status), detail: text.slice(0, 300) };
        }
        out.textContent = '';
        if (response.ok) {
          showAnswer(out, body, form);
        } else {
          showProblem(out, body, response.status);
        }
        out.dataset.done = 'true';
      });
    }).catch(function () {
      out.textContent = '';
      showProblem(out, { title: labels.lNetwork }, '—');
      out.dataset.done = 'true';
    });
  }

  document.querySelectorAll('details.try').forEach(function (d) {
    d.hidden = false;
  });
  document.querySelectorAll('form.try-form').forEach(function (form) {
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      evaluate(form);
    });
  });
}());

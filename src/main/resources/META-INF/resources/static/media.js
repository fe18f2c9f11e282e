// Media players: play another version in place (each link names its size), and with the data saver on, start
// with the smallest. The choice is remembered in a cookie on this phone and on the account.
(function () {
  'use strict';
  var SAVER = 'kolo-data-saver';
  function saverOn() { return document.cookie.split('; ').indexOf(SAVER + '=1') >= 0; }
  function remember(on) {
    document.cookie = SAVER + '=' + (on ? '1' : '0') + '; path=/; max-age=31536000; samesite=lax';
    // Kolo refuses a change without the page's form token; a page without a form keeps the choice on the phone.
    var token = document.querySelector('input[name=csrf]');
    if (document.body.getAttribute('data-signed-in') === 'true' && token) {
      fetch('/media/preferences', { method: 'PUT', headers: { 'Content-Type': 'application/json', 'X-CSRF-TOKEN': token.value },
        body: JSON.stringify({ dataSaver: on }), credentials: 'same-origin' });
    }
  }
  function play(figure, link) {
    var player = figure.querySelector('[data-player]');
    var wasPlaying = !player.paused;
    player.src = link.getAttribute('data-play');
    figure.querySelectorAll('[data-play]').forEach(function (l) { l.removeAttribute('aria-current'); });
    link.setAttribute('aria-current', 'true');
    if (wasPlaying) { player.play(); }
  }
  function smallest(figure) {
    var links = Array.prototype.slice.call(figure.querySelectorAll('[data-play]'));
    return links.sort(function (a, b) { return +a.getAttribute('data-bytes') - +b.getAttribute('data-bytes'); })[0];
  }
  var figures = document.querySelectorAll('figure.media');
  // On a new phone the account's choice is fetched once and kept in the cookie.
  if (figures.length && document.cookie.indexOf(SAVER + '=') < 0 && document.body.getAttribute('data-signed-in') === 'true') {
    fetch('/media/preferences', { credentials: 'same-origin' }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (p) {
        if (!p) { return; }
        document.cookie = SAVER + '=' + (p.dataSaver ? '1' : '0') + '; path=/; max-age=31536000; samesite=lax';
        if (p.dataSaver) { figures.forEach(function (f) { play(f, smallest(f)); f.querySelector('[data-saver]').checked = true; }); }
      });
  }
  figures.forEach(function (figure) {
    figure.querySelectorAll('[data-play]').forEach(function (link) {
      link.addEventListener('click', function (event) { event.preventDefault(); play(figure, link); });
    });
    var box = figure.querySelector('[data-saver]');
    box.closest('p').hidden = false;
    box.checked = saverOn();
    box.addEventListener('change', function () {
      remember(box.checked);
      if (box.checked) { play(figure, smallest(figure)); }
    });
    if (saverOn()) { play(figure, smallest(figure)); }
  });
}());

// The upload form: the file goes in chunks with a progress bar; after a failure it goes on from where the server
// says it stopped.
(function () {
  'use strict';
  var form = document.querySelector('form[data-upload]');
  if (!form) { return; }
  var bar = form.querySelector('progress');
  var status = form.querySelector('[data-status]');
  var token = form.querySelector('input[name=csrf]').value;
  function say(text) { status.textContent = text; }
  function request(method, url, body, type) {
    return fetch(url, { method: method, body: body, credentials: 'same-origin',
      headers: { 'Content-Type': type, 'Accept': 'application/json', 'X-CSRF-TOKEN': token,
        'Accept-Language': document.documentElement.lang } })
      .then(function (response) {
        return response.json().then(function (json) {
          if (!response.ok) { var error = new Error(json.detail || response.statusText); error.status = response.status; throw error; }
          return json;
        });
      });
  }
  function send(file, progress, retries) {
    if (progress.complete) { return Promise.resolve(progress); }
    var end = Math.min(progress.received + progress.chunkBytes, file.size);
    return request('PUT', form.getAttribute('data-chunks') + progress.uploadId + '?offset=' + progress.received,
      file.slice(progress.received, end), 'application/octet-stream')
      .then(function (next) {
        bar.value = next.received; say(form.getAttribute('data-sent').replace('{0}', Math.floor(100 * next.received / file.size)));
        return send(file, next, 5);
      }, function (error) {
        if (error.status && error.status < 500 && error.status !== 409) { throw error; }
        if (retries <= 0) { throw error; }
        say(form.getAttribute('data-retry'));
        return new Promise(function (resolve) { setTimeout(resolve, 3000); })
          .then(function () { return request('GET', form.getAttribute('data-chunks') + progress.uploadId); })
          .then(function (current) { return send(file, current, retries - 1); });
      });
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var file = form.querySelector('input[type=file]').files[0];
    if (!file) { return; }
    var titles = {};
    form.querySelectorAll('input[data-title]').forEach(function (input) {
      if (input.value.trim()) { titles[input.getAttribute('data-title')] = input.value.trim(); }
    });
    var start = form.getAttribute('data-replace')
      ? { fileName: file.name, size: file.size }
      : { id: form.querySelector('input[name=id]').value.trim() || null, titles: titles,
          language: form.querySelector('select[name=language]').value, fileName: file.name, size: file.size };
    bar.max = file.size; bar.value = 0; bar.hidden = false;
    form.querySelector('button[type=submit]').disabled = true;
    request('POST', form.getAttribute('data-start'), JSON.stringify(start), 'application/json')
      .then(function (progress) { return send(file, progress, 5); })
      .then(function (done) { say(form.getAttribute('data-done')); window.location.href = '/media/library/' + done.mediaId; })
      .catch(function (error) { say(error.message); form.querySelector('button[type=submit]').disabled = false; });
  });
}());
